"""Pages every reader sees. Editors see suggested pairs as well, to review them."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims.highlight import highlight
from claims.models import Article, Dispute, Pairing
from claims.roles import is_editor


def _shown_statuses(request: HttpRequest) -> tuple[str, ...]:
    return Pairing.EDITOR_STATUSES if is_editor(request.user) else Pairing.READER_STATUSES


DISPUTES_PER_PAGE = 25


def home(request: HttpRequest) -> HttpResponse:
    disputes = Dispute.objects.with_side_counts(_shown_statuses(request))
    page = Paginator(disputes, DISPUTES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "claims/home.html", {"page": page})


def dispute_detail(request: HttpRequest, slug: str) -> HttpResponse:
    dispute = get_object_or_404(Dispute.objects.select_related("party_a", "party_b"), slug=slug)
    pairings = (
        dispute.pairings.with_statements().select_related("reviewed_by").filter(status__in=_shown_statuses(request))
    )
    return render(request, "claims/dispute.html", {"dispute": dispute, "pairings": pairings})


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
    }
    return render(request, "claims/article.html", context)
