"""Open formats for readers and other newsrooms: a read-only JSON API, CSV export, and the embeddable dispute.

Everything here shows what a reader sees: disputes with confirmed pairings,
and only the confirmed pairings and their statements. Suggestions waiting for
an editor never leave the newsroom through these doors.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Substr
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.csp import CSP
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET

from claims.balance import SideBalance, dispute_balance, dispute_statements
from claims.jsonld import dispute_jsonld, jsonld_text
from claims.models import Dispute, Pairing, Party, Statement
from claims.provenance import statement_provenance
from claims.timeline import statement_points, timeline_svg

PAGE_SIZE = 50
READER = Pairing.READER_STATUSES
# The article columns a statement never needs: the pasted input and its HTML can be a megabyte each,
# and the sentence is cut out of the text by the database.
_HEAVY_ARTICLE_FIELDS = ("raw", "html", "text")
# An origin as frame-ancestors takes it: scheme, host (optionally *.wildcarded) and port, nothing after.
_ORIGIN = re.compile(r"https?://(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?")
# Spreadsheets run a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def reader_disputes() -> QuerySet[Dispute]:
    """Disputes a reader can see, newest activity first, with a stable order for paging."""
    return Dispute.objects.with_side_counts(READER).order_by("-updated", "-pk")


def _sentence(prefix: str) -> Substr:
    """The sentence a statement stands in, cut from its article by the database (offsets count from 0)."""
    start = F(f"{prefix}sentence_start")
    return Substr(f"{prefix}article__text", start + 1, F(f"{prefix}sentence_end") - start)


def _statements_shown() -> QuerySet[Statement]:
    return (
        Statement.objects.select_related("party", "article__outlet")
        .defer(*(f"article__{name}" for name in _HEAVY_ARTICLE_FIELDS))
        .annotate(sentence=_sentence(""))
    )


def reader_statements(dispute: Dispute) -> QuerySet[Statement]:
    """The statements of ``dispute``'s confirmed pairings, in the order they were published."""
    shown = dispute_statements(dispute, READER).values("pk")
    # Undated articles last on every database (SQLite and PostgreSQL disagree on where NULL sorts).
    published = F("article__published").asc(nulls_last=True)
    return _statements_shown().filter(pk__in=shown).order_by(published, "article_id", "start", "pk")


def _with_both_statements(pairings: QuerySet[Pairing]) -> QuerySet[Pairing]:
    return (
        pairings.with_statements()
        .defer(*(f"statement_{side}__article__{name}" for side in "ab" for name in _HEAVY_ARTICLE_FIELDS))
        .annotate(sentence_a=_sentence("statement_a__"), sentence_b=_sentence("statement_b__"))
    )


def reader_pairings(dispute: Dispute) -> QuerySet[Pairing]:
    """``dispute``'s confirmed pairings, strongest first, with both statements, articles, outlets and parties."""
    return _with_both_statements(dispute.pairings.filter(status__in=READER)).order_by("-score", "pk")


def _paired_sides(pairing: Pairing) -> tuple[Statement, Statement]:
    """The two statements in column order, each carrying the sentence the query cut for it."""
    pairing.statement_a.sentence = pairing.sentence_a
    pairing.statement_b.sentence = pairing.sentence_b
    return pairing.sides


def _split_sentence(statement: Statement) -> tuple[str, str, str]:
    """The sentence as (before the quote, the quote, after it); a quote running past the sentence is cut at its end."""
    sentence = statement.sentence
    start = max(0, statement.start - statement.sentence_start)
    end = max(start, min(len(sentence), statement.end - statement.sentence_start))
    return sentence[:start], sentence[start:end], sentence[end:]


# Serialisation. ``absolute`` is ``request.build_absolute_uri``: every link in the API is absolute.


def _party_json(party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    return {"id": party.pk, "name": party.name, "slug": party.slug, "colour": party.colour}


def statement_json(statement: Statement, absolute: Callable[[str], str]) -> dict[str, Any]:
    article, outlet = statement.article, statement.article.outlet
    before, quoted, _ = _split_sentence(statement)
    return {
        "id": statement.pk,
        "url": absolute(reverse("api_statement", args=[statement.pk])),
        "speaker": statement.speaker,
        "party": _party_json(statement.party),
        "reporting_verb": statement.cue,
        "quote": statement.content,
        "kind": statement.kind,
        "sentence": statement.sentence,
        # Where the quote stands in "sentence", so a client can highlight it.
        "quote_in_sentence": [len(before), len(before) + len(quoted)],
        "relay": statement.relay or None,
        "provenance": [{"role": hop.role, "name": hop.name} for hop in statement_provenance(statement)],
        "article": {
            "id": article.pk,
            "title": article.title,
            "published": article.published,
            "original_url": article.url or None,
            "our_copy": absolute(statement.get_absolute_url()),
        },
        "outlet": {"id": outlet.pk, "name": outlet.name, "domain": outlet.domain} if outlet else None,
    }


def pairing_json(pairing: Pairing, absolute: Callable[[str], str]) -> dict[str, Any]:
    return {
        "id": pairing.pk,
        "url": absolute(reverse("api_pairing", args=[pairing.pk])),
        "dispute": pairing.dispute_id,
        "status": pairing.status,
        "score": pairing.score,
        "reasons": pairing.reasons,
        "statements": [statement_json(s, absolute) for s in _paired_sides(pairing)],
    }


def _balance_json(balance: Iterable[SideBalance]) -> list[dict[str, Any]]:
    return [
        {"party": side.party.pk, "statements": side.statements, "outlets": side.outlets, "sources": side.sources}
        for side in balance
    ]


def dispute_json(dispute: Dispute, absolute: Callable[[str], str]) -> dict[str, Any]:
    return {
        "id": dispute.pk,
        "slug": dispute.slug,
        "title": dispute.title,
        "url": absolute(reverse("api_dispute", args=[dispute.pk])),
        "page": absolute(dispute.get_absolute_url()),
        "embed": absolute(reverse("dispute_embed", args=[dispute.slug])),
        "csv": absolute(reverse("dispute_csv", args=[dispute.slug])),
        "pairings": absolute(reverse("api_dispute_pairings", args=[dispute.pk])),
        "statements": absolute(reverse("api_dispute_statements", args=[dispute.pk])),
        "sides": [
            {"party": _party_json(dispute.party_a), "statements": dispute.party_a_statements},
            {"party": _party_json(dispute.party_b), "statements": dispute.party_b_statements},
        ],
        "created": dispute.created,
        "updated": dispute.updated,
    }


def _not_found(what: str) -> JsonResponse:
    return JsonResponse({"error": f"{what} not found"}, status=404)


def _api_response(data: dict[str, Any], status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # Public, read-only and without cookies: any site may read it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _paginated(request: HttpRequest, queryset: QuerySet, serialise: Callable[[Any], dict[str, Any]]) -> JsonResponse:
    paginator = Paginator(queryset, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except InvalidPage:
        return _not_found("page")

    def link(number: int) -> str:
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return _api_response(
        {
            "count": paginator.count,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [serialise(item) for item in page],
        }
    )


def _reader_dispute(view: Callable[[HttpRequest, Dispute], JsonResponse]) -> Callable[..., JsonResponse]:
    """Calls ``view`` with the dispute named by ``dispute_id``, or answers 404 if readers cannot see it."""

    @wraps(view)
    def with_dispute(request: HttpRequest, dispute_id: int) -> JsonResponse:
        found = reader_disputes().filter(pk=dispute_id).first()
        if found is None:
            return _not_found("dispute")
        return view(request, found)

    return with_dispute


@require_GET
def api_root(request: HttpRequest) -> JsonResponse:
    """Where to start: the list of disputes. Everything else is reached by the links in the answers."""
    return _api_response({"disputes": request.build_absolute_uri(reverse("api_disputes"))})


@require_GET
def disputes(request: HttpRequest) -> JsonResponse:
    return _paginated(request, reader_disputes(), lambda d: dispute_json(d, request.build_absolute_uri))


@require_GET
@_reader_dispute
def dispute(request: HttpRequest, found: Dispute) -> JsonResponse:
    data = dispute_json(found, request.build_absolute_uri)
    data["balance"] = _balance_json(dispute_balance(found, READER))
    return _api_response(data)


@require_GET
@_reader_dispute
def dispute_pairings(request: HttpRequest, found: Dispute) -> JsonResponse:
    return _paginated(request, reader_pairings(found), lambda p: pairing_json(p, request.build_absolute_uri))


@require_GET
@_reader_dispute
def dispute_statements_list(request: HttpRequest, found: Dispute) -> JsonResponse:
    return _paginated(request, reader_statements(found), lambda s: statement_json(s, request.build_absolute_uri))


@require_GET
def pairing(request: HttpRequest, pairing_id: int) -> JsonResponse:
    confirmed = Pairing.objects.filter(status__in=READER, pk=pairing_id).select_related("dispute")
    found = _with_both_statements(confirmed).first()
    if found is None:
        return _not_found("pairing")
    return _api_response(pairing_json(found, request.build_absolute_uri))


@require_GET
def statement(request: HttpRequest, statement_id: int) -> JsonResponse:
    paired = Pairing.objects.filter(Q(statement_a=OuterRef("pk")) | Q(statement_b=OuterRef("pk")), status__in=READER)
    found = _statements_shown().filter(Exists(paired), pk=statement_id).first()
    if found is None:
        return _not_found("statement")
    return _api_response(statement_json(found, request.build_absolute_uri))


# CSV: one row per confirmed pairing, the two statements side by side in the page's column order.

_CSV_SIDE = [
    "statement_id",
    "party",
    "speaker",
    "reporting_verb",
    "quote",
    "sentence",
    "relay",
    "outlet",
    "published",
    "original_url",
    "our_copy",
]
CSV_HEADER = ["pairing_id", "status", "score", *(f"{side}_{c}" for side in ("left", "right") for c in _CSV_SIDE)]


def _cell(value: object) -> object:
    """A quote starting like a formula ("=", "-", "@"…) gets a leading apostrophe, so spreadsheets show it as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return f"'{value}"
    return value


def _csv_side(statement: Statement, absolute: Callable[[str], str]) -> list[object]:
    article, outlet = statement.article, statement.article.outlet
    return [
        statement.pk,
        statement.party.name if statement.party else "",
        statement.speaker,
        statement.cue,
        statement.content,
        statement.sentence,
        statement.relay,
        outlet.name if outlet else "",
        article.published.isoformat() if article.published else "",
        article.url,
        absolute(statement.get_absolute_url()),
    ]


@require_GET
def dispute_csv(request: HttpRequest, slug: str) -> HttpResponse:
    found = get_object_or_404(reader_disputes(), slug=slug)
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{found.slug}.csv"', "Access-Control-Allow-Origin": "*"},
    )
    # The byte order mark is how Excel knows the file is UTF-8; without it Cyrillic names arrive as mojibake.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for paired in reader_pairings(found):
        left, right = _paired_sides(paired)
        row = [paired.pk, paired.status, f"{paired.score:.3f}"]
        row += _csv_side(left, request.build_absolute_uri) + _csv_side(right, request.build_absolute_uri)
        writer.writerow([_cell(value) for value in row])
    return response


# The embeddable dispute, for other newsrooms' pages.


def frame_ancestors() -> list[str]:
    """Who may frame the embed: this site and the origins in ``EMBED_ALLOWED_ORIGINS``."""
    origins = list(getattr(settings, "EMBED_ALLOWED_ORIGINS", []))
    if bad := [origin for origin in origins if not _ORIGIN.fullmatch(origin)]:
        raise ImproperlyConfigured(f"EMBED_ALLOWED_ORIGINS takes origins like https://news.example, not {bad!r}")
    return [CSP.SELF, *origins]


def _framable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Lets the allowed origins frame ``view``: ``frame-ancestors`` replaces X-Frame-Options, which cannot list them.

    The policy is the site's own with that one directive changed, built per
    request from the settings as they are then, so tests can override them.
    """

    @wraps(view)
    def framable_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        policy = {**settings.SECURE_CSP, "frame-ancestors": frame_ancestors()}
        return csp_override(policy)(view)(request, *args, **kwargs)

    return xframe_options_exempt(framable_view)


def _card(statement: Statement) -> dict[str, Any]:
    return {"statement": statement, "sentence": _split_sentence(statement), "chain": statement_provenance(statement)}


@require_GET
@_framable
def dispute_embed(request: HttpRequest, slug: str) -> HttpResponse:
    found = get_object_or_404(reader_disputes(), slug=slug)
    pairings = list(reader_pairings(found))
    # The full page is the canonical home of these claims, so the JSON-LD names them by its URL.
    page_url = request.build_absolute_uri(found.get_absolute_url())
    jsonld = dispute_jsonld(found, pairings, page_url=page_url, absolute=request.build_absolute_uri)
    statements = {s.pk: s for p in pairings for s in p.sides}.values()
    context = {
        "dispute": found,
        "rows": [(p, [_card(s) for s in _paired_sides(p)]) for p in pairings],
        "balance": dispute_balance(found, READER),
        "timeline": timeline_svg(
            statement_points(statements), title=f"{found.title}: who said what, when", new_tab=True
        ),
        "page_url": page_url,
        "jsonld": jsonld_text(jsonld),
    }
    return render(request, "claims/embed.html", context)
