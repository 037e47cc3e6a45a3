"""The editors' review queue: suggested pairs best first, the actions on them, their history and undo.

Every action works in place through htmx (the card comes back as it now stands) and as a plain POST
that redirects back to the page it came from. Each form carries the version of the row its page showed;
a change to a row someone changed since is refused with HTTP 409 and the row's current state.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims import services
from claims.forms import ReviewFilterForm
from claims.models import Action, Dispute, Pairing, PairingQuerySet
from claims.roles import is_editor

PAIRS_PER_PAGE = 20
HISTORY_PER_PAGE = 50
SHORTCUTS = (
    ("j", "next pair"),
    ("k", "previous pair"),
    ("c", "confirm the pair"),
    ("r", "reject the pair (type a reason, then Enter)"),
    ("u", "undo your last action"),
)


def _require_editor(request: HttpRequest) -> None:
    if not is_editor(request.user):
        raise PermissionDenied("Only editors may do this.")


def _with_history(pairings: PairingQuerySet) -> PairingQuerySet:
    """Each card lists what editors did to its pair: one query for the whole page."""
    return pairings.prefetch_related(Prefetch("actions", queryset=Action.objects.with_people(), to_attr="history"))


def _last_action(request: HttpRequest) -> Action | None:
    """The editor's latest action that can still be undone, for the ``u`` key."""
    latest = Action.objects.filter(actor=request.user).exclude(verb=Action.Verb.UNDO).first()
    return latest if latest is not None and latest.undoable else None


def _dispute_choices() -> list[Dispute]:
    return list(Dispute.objects.filter(merged_into=None).order_by("title").only("title", "slug"))


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    _require_editor(request)
    form = ReviewFilterForm(request.GET)
    pairings = Pairing.objects.none()
    if form.is_valid():
        pairings = _with_history(Pairing.objects.for_review()).matching(**form.filters(request.user))
    page = Paginator(pairings, PAIRS_PER_PAGE).get_page(request.GET.get("page"))
    if request.htmx:
        return render(request, "claims/review.html#queue", {"form": form, "page": page})
    context = {
        "form": form,
        "page": page,
        "disputes": _dispute_choices(),
        "last_action": _last_action(request),
        "shortcuts": SHORTCUTS,
    }
    return render(request, "claims/review.html", context)


def _back(request: HttpRequest) -> str:
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return back
    return reverse("review")


def _card(request: HttpRequest, pairing_pk: int, *, note: str, status: int = 200, error: bool = False) -> HttpResponse:
    """For htmx: the pair's card as it now stands, and the ``u`` key's undo brought up to date."""
    pairings = Pairing.objects.with_statements().select_related("dispute__party_a", "dispute__party_b")
    context = {"pairing": get_object_or_404(_with_history(pairings), pk=pairing_pk), "note": note}
    context.update({"note_is_error": error, "next": _back(request), "last_action": _last_action(request)})
    html = render_to_string("claims/review.html#card", context, request)
    html += render_to_string("claims/review.html#last_action", {**context, "oob": True}, request)
    return HttpResponse(html, status=status)


def _act(
    request: HttpRequest, pairing: Pairing, write: Callable[[int], object], *, done: str, version: str
) -> HttpResponse:
    """Run ``write`` with the version the form was showing, and answer with the card or a redirect."""
    try:
        seen = int(request.POST.get(version, ""))
    except ValueError:
        return HttpResponseBadRequest("The form did not say which version of the pair it showed. Reload the page.")
    try:
        write(seen)
    except services.StaleVersion as stale:
        if request.htmx:
            return _card(request, pairing.pk, note=str(stale), status=409, error=True)
        messages.error(request, str(stale))
        return redirect(_back(request))
    except ValidationError as invalid:
        problem = " ".join(invalid.messages)
        if request.htmx:
            return _card(request, pairing.pk, note=problem, status=400, error=True)
        messages.error(request, problem)
        return redirect(_back(request))
    if request.htmx:
        return _card(request, pairing.pk, note=done)
    messages.success(request, done)
    return redirect(_back(request))


def _editor_pairing(request: HttpRequest, pk: int) -> Pairing:
    _require_editor(request)
    return get_object_or_404(Pairing.objects.select_related("dispute"), pk=pk)


def _dispute_named(slug: str) -> Dispute:
    try:
        return Dispute.objects.get(slug=slug.strip())
    except Dispute.DoesNotExist:
        raise ValidationError(f"No dispute has the address “{slug.strip()}”; pick one from the list.") from None


@login_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)

    def write(version: int) -> None:
        services.pairing_confirm(pairing=pairing, user=request.user, version=version)

    return _act(request, pairing, write, done="Confirmed: readers now see this pair.", version="version")


@login_required
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)
    reason = request.POST.get("reason", "")

    def write(version: int) -> None:
        services.pairing_reject(pairing=pairing, user=request.user, version=version, reason=reason)

    return _act(request, pairing, write, done="Rejected.", version="version")


@login_required
@require_POST
def swap(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)

    def write(version: int) -> None:
        services.pairing_swap(pairing=pairing, user=request.user, version=version)

    return _act(request, pairing, write, done="Columns swapped.", version="version")


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)
    to, title = request.POST.get("to", ""), request.POST.get("new_title", "")

    def write(version: int) -> None:
        target = _dispute_named(to) if to.strip() else None
        services.pairing_move(pairing=pairing, user=request.user, version=version, to=target, new_title=title)

    return _act(request, pairing, write, done="Moved.", version="version")


@login_required
@require_POST
def rename(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)
    title = request.POST.get("title", "")

    def write(version: int) -> None:
        services.dispute_rename(dispute=pairing.dispute, user=request.user, version=version, title=title)

    return _act(request, pairing, write, done="Dispute renamed.", version="dispute_version")


@login_required
@require_POST
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = _editor_pairing(request, pk)
    into = request.POST.get("into", "")

    def write(version: int) -> None:
        target = _dispute_named(into)
        services.dispute_merge(dispute=pairing.dispute, into=target, user=request.user, version=version)

    return _act(request, pairing, write, done="Disputes merged.", version="dispute_version")


@login_required
@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    _require_editor(request)
    action = get_object_or_404(Action, pk=pk)
    card = request.POST.get("card", "")
    try:
        services.action_undo(action=action, user=request.user)
    except services.UndoRefused as refused:
        if request.htmx and card.isdigit():
            return _card(request, int(card), note=str(refused), status=409, error=True)
        messages.error(request, str(refused))
        return redirect(_back(request))
    if request.htmx and card.isdigit():
        return _card(request, int(card), note="Undone.")
    messages.success(request, "Undone.")
    return redirect(_back(request))


@login_required
def dispute_history(request: HttpRequest, slug: str) -> HttpResponse:
    _require_editor(request)
    dispute = get_object_or_404(Dispute, slug=slug)
    actions = Action.objects.about_dispute(dispute).with_people().select_related("pairing")
    page = Paginator(actions, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    context = {"dispute": dispute, "page": page, "next": request.get_full_path()}
    return render(request, "claims/history.html", context)
