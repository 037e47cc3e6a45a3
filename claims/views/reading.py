"""Pages every reader sees. Editors see suggested pairs as well, to review them."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.paginator import Paginator
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Substr
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from claims.balance import dispute_balance
from claims.highlight import highlight
from claims.jsonld import dispute_jsonld, jsonld_text
from claims.models import Article, Dispute, Pairing, Statement
from claims.roles import is_editor
from claims.search import HEAVY_ARTICLE_FIELDS, SearchForm, search_disputes, search_statements
from claims.timeline import statement_points, timeline_svg


def _shown_statuses(request: HttpRequest) -> tuple[str, ...]:
    return Pairing.EDITOR_STATUSES if is_editor(request.user) else Pairing.READER_STATUSES


def _fragment(request: HttpRequest, template: str, fragment: str) -> str:
    """The page's fragment for htmx swaps; the whole page otherwise, and when htmx restores a page it had not cached."""
    if request.htmx and not request.htmx.history_restore_request:
        return f"{template}#{fragment}"
    return template


DISPUTES_PER_PAGE = 25
SEARCH_RESULTS_PER_PAGE = 20


def _outlet_counts(disputes: Iterable[Dispute], statuses: tuple[str, ...]) -> dict[int, int]:
    """How many outlets published the statements of each dispute's shown pairings, in one query."""
    outlets: dict[int, set[int]] = {dispute.pk: set() for dispute in disputes}
    rows = Pairing.objects.filter(dispute__in=list(outlets), status__in=statuses).values_list(
        "dispute_id", "statement_a__article__outlet_id", "statement_b__article__outlet_id"
    )
    for dispute_id, *published_by in rows:
        outlets[dispute_id].update(outlet for outlet in published_by if outlet is not None)
    return {dispute_id: len(found) for dispute_id, found in outlets.items()}


def home(request: HttpRequest) -> HttpResponse:
    statuses = _shown_statuses(request)
    # Most recent activity first: ingesting an article and reviewing a pair both touch ``updated``.
    disputes = Dispute.objects.with_side_counts(statuses).order_by("-updated", "-pk")
    page = Paginator(disputes, DISPUTES_PER_PAGE).get_page(request.GET.get("page"))
    outlets = _outlet_counts(page, statuses)
    for dispute in page:
        dispute.outlets = outlets[dispute.pk]
    return render(request, "claims/home.html", {"page": page})


def _sentence(prefix: str) -> Substr:
    """The sentence a statement stands in, cut from its article by the database (offsets count from 0)."""
    start = F(f"{prefix}sentence_start")
    return Substr(f"{prefix}article__text", start + 1, F(f"{prefix}sentence_end") - start)


def _dispute_pairings(dispute: Dispute, statuses: tuple[str, ...]) -> list[Pairing]:
    """The pairings shown, each statement carrying its sentence, without loading any article's text."""
    pairings = (
        dispute.pairings.with_statements()
        .select_related("reviewed_by")
        .defer(*(f"statement_{side}__{field}" for side in "ab" for field in HEAVY_ARTICLE_FIELDS))
        .annotate(sentence_a=_sentence("statement_a__"), sentence_b=_sentence("statement_b__"))
        .filter(status__in=statuses)
    )
    for pairing in pairings:
        pairing.dispute = dispute
        pairing.statement_a.sentence, pairing.statement_b.sentence = pairing.sentence_a, pairing.sentence_b
    return list(pairings)


def _unpaired(dispute: Dispute, paired: dict[int, Statement]) -> QuerySet[Statement]:
    """The sides' other statements in the articles of the pairs shown: said in the same reports, paired with nothing."""
    return (
        Statement.objects.filter(
            party__in=[p for p in dispute.parties if p], article__in={s.article_id for s in paired.values()}
        )
        .exclude(pk__in=paired)
        .select_related("party", "article__outlet")
        .defer(*HEAVY_ARTICLE_FIELDS)
        .annotate(sentence=_sentence(""))
        .order_by(F("article__published").asc(nulls_last=True), "article_id", "start")
    )


def dispute_detail(request: HttpRequest, slug: str) -> HttpResponse:
    dispute = get_object_or_404(Dispute.objects.select_related("party_a", "party_b", "merged_into"), slug=slug)
    if dispute.merged_into is not None:
        # Links to a dispute an editor merged away keep working: they lead to where its pairs went.
        return redirect(dispute.merged_into, permanent=False)
    pairings = _dispute_pairings(dispute, _shown_statuses(request))
    paired = {s.pk: s for p in pairings for s in p.sides}
    unpaired = list(_unpaired(dispute, paired))
    page_url = request.build_absolute_uri(dispute.get_absolute_url())
    # The overview (balance, timeline) and the data other sites read (JSON-LD) stand on what an editor
    # confirmed, even when an editor is looking: suggestions show only in the columns, marked as such.
    confirmed = [p for p in pairings if p.status == Pairing.Status.CONFIRMED]
    context = {
        "dispute": dispute,
        "pairings": pairings,
        "unpaired": [[s for s in unpaired if party and s.party_id == party.pk] for party in dispute.parties],
        "balance": dispute_balance(dispute, Pairing.READER_STATUSES),
        "timeline": timeline_svg(
            statement_points({s.pk: s for p in confirmed for s in p.sides}.values()),
            title=f"{dispute.title}: who said what, when",
        ),
        "page_url": page_url,
        "jsonld": jsonld_text(
            dispute_jsonld(dispute, confirmed, page_url=page_url, absolute=request.build_absolute_uri)
        ),
    }
    return render(request, "claims/dispute.html", context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    statements = list(article.statements.select_related("party"))
    pairings = (
        Pairing.objects.with_statements()
        .select_related("dispute")
        .filter(Q(statement_a__article=article) | Q(statement_b__article=article))
        .filter(status__in=_shown_statuses(request))
    )
    context = {
        "article": article,
        "body": highlight(article.text, statements),
        "statements": statements,
        "pairings": pairings,
        "page_url": request.build_absolute_uri(article.get_absolute_url()),
    }
    return render(request, "claims/article.html", context)


def search(request: HttpRequest) -> HttpResponse:
    """Statements and disputes by their words, filtered by party, outlet and dates; see ``claims.search``."""
    form = SearchForm(request.GET or None)
    terms = form.terms()
    context = {"form": form, "terms": terms}
    if terms is not None:
        statuses = _shown_statuses(request)
        statements = search_statements(terms, statuses)
        context["page"] = Paginator(statements, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        # Disputes head the first page only; later pages continue the statements.
        context["disputes"] = search_disputes(terms, statuses) if context["page"].number == 1 else []
    return render(request, _fragment(request, "claims/search.html", "results"), context)
