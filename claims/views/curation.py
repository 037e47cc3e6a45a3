"""What editors correct: statements the engine found, parties and their aliases, a preview of a
paste, and background jobs over the archive. Every view here checks ``_require_editor``."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import analysis
from claims.forms import paste_form
from claims.models import Article, Job, Party, Statement
from claims.roles import is_editor
from claims.services import (
    job_retry,
    job_start,
    party_merge,
    party_update,
    statement_add,
    statement_delete,
    statement_update,
)

# htmx stops polling on this status.
STOP_POLLING = 286


def _require_editor(request: HttpRequest) -> None:
    if not is_editor(request.user):
        raise PermissionDenied("Only editors may do this.")


class StatementForm(forms.Form):
    speaker = forms.CharField(max_length=300)
    party = forms.ModelChoiceField(Party.objects.all(), required=False, empty_label="(resolve from the speaker)")
    kind = forms.ChoiceField(choices=Statement.Kind.choices)
    # Offsets of the claimed words in the article's text, set by selecting them (article.js).
    start = forms.IntegerField(min_value=0, required=False, widget=forms.NumberInput(attrs={"data-span": "start"}))
    end = forms.IntegerField(min_value=0, required=False, widget=forms.NumberInput(attrs={"data-span": "end"}))

    def __init__(self, *args, span_required: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["start"].required = self.fields["end"].required = span_required


def _apply(form: forms.Form, error: ValidationError) -> None:
    """Show a service's validation errors on the form's fields."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
def statement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_editor(request)
    statement = get_object_or_404(Statement.objects.select_related("article", "party"), pk=pk)
    initial = {"speaker": statement.speaker, "party": statement.party, "kind": statement.kind}
    initial |= {"start": statement.start, "end": statement.end}
    form = StatementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            statement_update(
                statement=statement,
                speaker=data["speaker"],
                party=data["party"],
                kind=data["kind"],
                start=data["start"],
                end=data["end"],
            )
        except ValidationError as error:
            _apply(form, error)
        else:
            messages.success(request, "Statement saved; its pairs were found again.")
            return redirect(statement)
    status = 400 if form.errors else 200
    context = {"statement": statement, "article": statement.article, "form": form}
    return render(request, "claims/statement_edit.html", context, status=status)


@login_required
def statement_new(request: HttpRequest, pk: int) -> HttpResponse:
    """A statement from selected words: the form comes filled from the article page's selection."""
    _require_editor(request)
    article = get_object_or_404(Article, pk=pk)
    form = StatementForm(request.POST or None, initial=request.GET.dict(), span_required=True)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            statement = statement_add(
                article=article,
                start=data["start"],
                end=data["end"],
                speaker=data["speaker"],
                party=data["party"],
                kind=data["kind"],
            )
        except ValidationError as error:
            _apply(form, error)
        else:
            messages.success(request, "Statement added; its pairs were found.")
            return redirect(statement)
    status = 400 if form.errors else 200
    return render(request, "claims/statement_edit.html", {"article": article, "form": form}, status=status)


@login_required
@require_POST
def statement_remove(request: HttpRequest, pk: int) -> HttpResponse:
    _require_editor(request)
    statement = get_object_or_404(Statement.objects.select_related("article"), pk=pk)
    article = statement.article
    statement_delete(statement=statement)
    messages.success(request, "Statement deleted, with the pairs that used it.")
    return redirect(article)


PREVIEW_STATEMENTS = 50


@login_required
@require_POST
def paste_preview(request: HttpRequest) -> HttpResponse:
    """What a paste would find, before saving it: the engine runs, nothing is stored."""
    _require_editor(request)
    form = paste_form(request)
    context: dict[str, object] = {"form": form, "found": ()}
    if form.is_valid():
        body = form.cleaned_data["body"]
        result = analysis.analyze([analysis.Document(raw=body, path="preview")], Party.objects.lexicon())
        by_id = {s.id: s for s in result.statements}
        context |= {
            "found": result.statements[:PREVIEW_STATEMENTS],
            "more": max(0, len(result.statements) - PREVIEW_STATEMENTS),
            "pairs": [(by_id[p.a], by_id[p.b], p) for p in result.pairs],
        }
    if request.htmx:
        return render(request, "claims/paste.html#preview", context)
    return render(request, "claims/paste.html", context)


class PartyForm(forms.ModelForm):
    aliases = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}), required=False, help_text="One name per line: the engine reads them."
    )

    class Meta:
        model = Party
        fields = ["name", "description", "colour"]
        widgets = {"colour": forms.TextInput(attrs={"type": "color"}), "description": forms.Textarea(attrs={"rows": 3})}


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(Party.objects.all(), label="Merge into")


@login_required
def party_list(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    parties = Party.objects.annotate(statement_count=Count("statements")).prefetch_related("aliases").order_by("name")
    jobs = Job.objects.order_by("-created")[:5]
    return render(request, "claims/parties.html", {"parties": parties, "jobs": jobs})


@login_required
def party_edit(request: HttpRequest, slug: str) -> HttpResponse:
    _require_editor(request)
    party = get_object_or_404(Party, slug=slug)
    aliases = "\n".join(party.aliases.values_list("alias", flat=True))
    form = PartyForm(request.POST or None, instance=party, initial={"aliases": aliases})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            party_update(
                party=party,
                name=data["name"],
                description=data["description"],
                colour=data["colour"],
                aliases=data["aliases"].splitlines(),
            )
        except ValidationError as error:
            _apply(form, error)
        else:
            messages.success(request, f"{party.name} saved; statements naming a changed alias were resolved again.")
            return redirect("party", slug=party.slug)
    merge = MergeForm()
    merge.fields["into"].queryset = Party.objects.exclude(pk=party.pk)
    status = 400 if form.errors else 200
    return render(request, "claims/party.html", {"party": party, "form": form, "merge": merge}, status=status)


@login_required
@require_POST
def party_merge_into(request: HttpRequest, slug: str) -> HttpResponse:
    _require_editor(request)
    party = get_object_or_404(Party, slug=slug)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose the party to merge into.")
        return redirect("party", slug=party.slug)
    try:
        survivor = party_merge(survivor=form.cleaned_data["into"], other=party)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("party", slug=party.slug)
    messages.success(request, f"Merged into {survivor.name}: its statements and disputes moved there.")
    return redirect("party", slug=survivor.slug)


@login_required
@require_POST
def job_new(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    job = job_start(kind=Job.Kind.REFRESH, user=request.user)
    return redirect(job)


@login_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The job's progress; polled by htmx every second until it is finished."""
    _require_editor(request)
    job = get_object_or_404(Job, pk=pk)
    if request.htmx:
        return render(request, "claims/task.html#progress", {"job": job}, status=STOP_POLLING if job.finished else 200)
    return render(request, "claims/task.html", {"job": job})


@login_required
@require_POST
def job_again(request: HttpRequest, pk: int) -> HttpResponse:
    _require_editor(request)
    job = get_object_or_404(Job, pk=pk)
    try:
        job_retry(job=job)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(job)
