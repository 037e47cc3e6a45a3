"""What editors do: paste articles, review suggested pairs. Every view here checks ``_require_editor``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims.forms import paste_form
from claims.models import Pairing
from claims.roles import is_editor
from claims.services import StaleVersion, article_ingest, pairing_confirm, pairing_reject


def _require_editor(request: HttpRequest) -> None:
    if not is_editor(request.user):
        raise PermissionDenied("Only editors may do this.")


@login_required
def paste(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    form = paste_form(request)
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
    status = request.POST.get("status", "")
    write = {Pairing.Status.CONFIRMED: pairing_confirm, Pairing.Status.REJECTED: pairing_reject}.get(status)
    try:
        seen = int(request.POST.get("version", ""))
    except ValueError:
        return HttpResponseBadRequest("The form did not say which version of the pair it showed. Reload the page.")
    if write is None:
        return HttpResponseBadRequest(f"A review confirms or rejects a pair, not {status!r}.")
    try:
        write(pairing=pairing, user=request.user, version=seen)
    except StaleVersion as stale:
        # Another editor got there first: show the pair as it stands, with why nothing changed.
        current = get_object_or_404(Pairing.objects.with_statements().select_related("dispute"), pk=pk)
        if request.htmx:
            context = {"pairing": current, "note": str(stale), "error": True}
            return render(request, "claims/dispute.html#pairing", context, status=409)
        messages.error(request, str(stale))
        return redirect(f"{current.dispute.get_absolute_url()}#pairing-{pk}")
    pairing.refresh_from_db()
    if request.htmx:
        return render(request, "claims/dispute.html#pairing", {"pairing": pairing})
    messages.success(request, f"Pair {pairing.get_status_display()}.")
    return redirect(f"{pairing.dispute.get_absolute_url()}#pairing-{pairing.pk}")
