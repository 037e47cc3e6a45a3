"""What editors do: paste articles, review suggested pairs. Every view here checks ``_require_editor``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims.forms import PasteForm
from claims.models import Pairing
from claims.roles import is_editor
from claims.services import article_ingest, pairing_review


def _require_editor(request: HttpRequest) -> None:
    if not is_editor(request.user):
        raise PermissionDenied("Only editors may do this.")


@login_required
def paste(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    form = PasteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        article, created = article_ingest(
            raw=data["body"],
            url=data["url"],
            outlet_name=data["outlet"],
            title=data["title"],
            published=data["published"],
            pasted_by=request.user,
        )
        if created:
            found = article.statements.count()
            messages.success(request, f"Article saved: {found} statement{'s' if found != 1 else ''} found.")
        else:
            messages.info(request, "This article was already here, so nothing was added. Here it is.")
        return redirect(article)
    return render(request, "claims/paste.html", {"form": form})


@login_required
@require_POST
def review_pairing(request: HttpRequest, pk: int) -> HttpResponse:
    _require_editor(request)
    pairing = get_object_or_404(Pairing.objects.with_statements().select_related("dispute"), pk=pk)
    try:
        pairing_review(pairing=pairing, user=request.user, status=request.POST.get("status", ""))
    except ValidationError as error:
        return HttpResponseBadRequest(" ".join(error.messages))
    if request.htmx:
        return render(request, "claims/dispute.html#pairing", {"pairing": pairing})
    messages.success(request, f"Pair {pairing.get_status_display()}.")
    return redirect(f"{pairing.dispute.get_absolute_url()}#pairing-{pairing.pk}")
