from __future__ import annotations

import unicodedata

from django import forms
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest

from claims.models import Dispute, Outlet, Party
from claims.services import MAX_PASTE_BYTES

EMPTY = "Paste the article's text or HTML first: the box was empty."
TOO_LARGE = "This paste is larger than 1 MB. Paste one article at a time."
UNREADABLE = (
    "This paste is far larger than 1 MB, more than the server reads from one request, so it could not be "
    "kept. Paste one article at a time."
)
NOT_TEXT = "This looks like binary data, not text. Paste the article's words or its HTML."
# Above this share of control characters (and undecodable bytes) a paste is not an article.
MAX_CONTROL_SHARE = 0.1
TEXT_CONTROLS = frozenset("\t\n\r\f")


class PasteForm(forms.Form):
    body = forms.CharField(
        label="Article text or HTML",
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        # Kept exactly as pasted: statement offsets index into it.
        strip=False,
        error_messages={"required": EMPTY, "null_characters_not_allowed": NOT_TEXT},
    )
    url = forms.URLField(label="Original URL", required=False, assume_scheme="https", max_length=2000)
    outlet = forms.CharField(label="Outlet", required=False, max_length=200)
    title = forms.CharField(required=False, max_length=300)
    published = forms.DateField(label="Published on", required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(EMPTY, code="required")
        if len(body.encode("utf-8", errors="surrogatepass")) > MAX_PASTE_BYTES:
            raise forms.ValidationError(TOO_LARGE, code="too_large")
        if _control_share(body) > MAX_CONTROL_SHARE:
            raise forms.ValidationError(NOT_TEXT, code="not_text")
        return body


def paste_form(request: HttpRequest) -> PasteForm:
    """The paste form, bound on POST; a request too large to read becomes the form's error, not a bare 400."""
    if request.method != "POST":
        return PasteForm()
    try:
        return PasteForm(request.POST)
    except RequestDataTooBig:
        form = PasteForm(data={})
        form.is_valid()
        form.errors.clear()
        form.add_error("body", forms.ValidationError(UNREADABLE, code="too_large"))
        return form


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS))
    return controls / len(text)


class ReviewFilterForm(forms.Form):
    """The review queue's filters; every field may be left empty."""

    party = forms.ModelChoiceField(Party.objects.all(), required=False, to_field_name="slug", empty_label="Any party")
    outlet = forms.ModelChoiceField(Outlet.objects.all(), required=False, empty_label="Any outlet")
    dispute = forms.ModelChoiceField(
        Dispute.objects.filter(merged_into=None).order_by("title"),
        required=False,
        to_field_name="slug",
        empty_label="Any dispute",
    )
    min_score = forms.FloatField(label="Score at least", required=False, min_value=0)
    mine = forms.BooleanField(label="Pasted by me", required=False)

    def filters(self, user) -> dict:
        """Keyword arguments for ``PairingQuerySet.matching``."""
        data = self.cleaned_data
        return {
            "party": data["party"],
            "outlet": data["outlet"],
            "dispute": data["dispute"],
            "min_score": data["min_score"],
            "pasted_by": user if data["mine"] else None,
        }
