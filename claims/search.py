"""Search over statements (their words, speakers and parties) and dispute titles, for the search page.

On PostgreSQL it is full-text search: statements match through the tsvector of
their content and speaker, which a GIN index covers (migration 0005), and come
ranked by ``SearchRank``; dispute titles match the same way. Elsewhere (SQLite
on a laptop) a portable fallback matches each field with ``icontains``, newest
first (SQLite folds case for ASCII letters only, so there "киев" does not find
"Киев"). Both find a party's statements by its name or one of its aliases, so
"Kyiv" finds Ukraine's.

Who sees what: the same rule as the pages. A statement is found only if it is
in a pairing the viewer may see (readers: confirmed; editors: confirmed and
suggested), and a dispute only if it has such a pairing. An article's other
statements are not searched: they are on its page, but a search result should
lead to a claim someone contradicts.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from claims.models import Dispute, Outlet, Pairing, Party, Statement

MAX_QUERY_LENGTH = 200
TOO_LONG = "Search for at most %(limit_value)d characters; this search has %(show_value)d."
BAD_DATE = "Write the date as year-month-day, e.g. 2024-08-09."
DATES_REVERSED = "The “from” date comes after the “to” date; swap them to search between them."

# "english" stems words, so "controls" finds "control"; the index must be built with the same configuration.
SEARCH_CONFIG = "english"
# The expression the GIN index of migration 0005 is built on: the query must use exactly this one to use the index.
STATEMENT_VECTOR = SearchVector("content", "speaker", config=SEARCH_CONFIG)
# How many disputes a search lists above the statements: titles are few and short, so no paging.
MAX_DISPUTES = 10
# The columns of an article a result never shows: the pasted input, its HTML and its text can be a megabyte each.
HEAVY_ARTICLE_FIELDS = ("article__raw", "article__html", "article__text")


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "A claim, a speaker, a party or a dispute"}),
    )
    party = forms.ModelChoiceField(
        Party.objects.only("name", "slug"), required=False, to_field_name="slug", empty_label="Any party"
    )
    outlet = forms.ModelChoiceField(Outlet.objects.only("name"), required=False, empty_label="Any outlet")
    since = forms.DateField(
        label="Published from",
        required=False,
        error_messages={"invalid": BAD_DATE},
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = forms.DateField(
        label="to",
        required=False,
        error_messages={"invalid": BAD_DATE},
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self) -> dict:
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            raise forms.ValidationError(DATES_REVERSED, code="dates_reversed")
        return data

    def terms(self) -> SearchTerms | None:
        """What to search for, or None when the form is invalid or asks for nothing."""
        if not self.is_valid():
            return None
        terms = SearchTerms(**self.cleaned_data)
        if not terms.asks_anything:
            return None
        if terms.q:
            # Looked up first, as a list of ids: PostgreSQL can then combine the party_id index with the
            # text index, where a subquery would make it scan every statement.
            named = Party.objects.filter(Q(name__iexact=terms.q) | Q(aliases__alias__iexact=terms.q))
            terms = replace(terms, parties_named=tuple(sorted(set(named.values_list("pk", flat=True)))))
        return terms


@dataclass(frozen=True)
class SearchTerms:
    q: str = ""
    party: Party | None = None
    outlet: Outlet | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None
    # The parties that ``q`` names, by name or alias.
    parties_named: tuple[int, ...] = ()

    @property
    def asks_anything(self) -> bool:
        return bool(self.q or self.party or self.outlet or self.since or self.until)


def _full_text() -> bool:
    return connection.vendor == "postgresql"


def _shown_pairings(statuses: Iterable[str]) -> QuerySet[Pairing]:
    return Pairing.objects.filter(status__in=list(statuses))


def _in_shown_pairing(shown: QuerySet[Pairing]) -> Q:
    return Q(Exists(shown.filter(statement_a=OuterRef("pk")))) | Q(Exists(shown.filter(statement_b=OuterRef("pk"))))


def _narrowed(statements: QuerySet[Statement], terms: SearchTerms) -> QuerySet[Statement]:
    """``statements`` within the filters of ``terms`` (party, outlet, dates), whatever their words."""
    if terms.party:
        statements = statements.filter(party=terms.party)
    if terms.outlet:
        statements = statements.filter(article__outlet=terms.outlet)
    if terms.since:
        statements = statements.filter(article__published__gte=terms.since)
    if terms.until:
        statements = statements.filter(article__published__lte=terms.until)
    return statements


def search_statements(terms: SearchTerms, statuses: Iterable[str]) -> QuerySet[Statement]:
    """Statements the viewer may see that match ``terms``, best match first, each with the dispute it is paired in.

    Each result carries ``dispute_slug`` and ``dispute_title``: of a confirmed
    pairing when it has one, else of a suggested one an editor may see.
    """
    shown = _shown_pairings(statuses)
    pairing_of = shown.filter(Q(statement_a=OuterRef("pk")) | Q(statement_b=OuterRef("pk"))).order_by("status", "pk")
    statements = (
        _narrowed(Statement.objects.filter(_in_shown_pairing(shown)), terms)
        .select_related("party", "article__outlet")
        .defer(*HEAVY_ARTICLE_FIELDS)
        .annotate(
            dispute_slug=Subquery(pairing_of.values("dispute__slug")[:1]),
            dispute_title=Subquery(pairing_of.values("dispute__title")[:1]),
        )
    )
    newest = (F("article__published").desc(nulls_last=True), "-pk")
    if not terms.q:
        return statements.order_by(*newest)
    by_party = Q(party__in=terms.parties_named)
    if _full_text():
        query = SearchQuery(terms.q, config=SEARCH_CONFIG, search_type="websearch")
        return (
            statements.annotate(rank=SearchRank(STATEMENT_VECTOR, query))
            .alias(vector=STATEMENT_VECTOR)
            .filter(Q(vector=query) | by_party)
            .order_by("-rank", *newest)
        )
    words = Q(content__icontains=terms.q) | Q(speaker__icontains=terms.q)
    return statements.filter(words | by_party).order_by(*newest)


def search_disputes(terms: SearchTerms, statuses: Iterable[str]) -> QuerySet[Dispute]:
    """Disputes the viewer may see whose title matches, or that a named party is a side of; at most ``MAX_DISPUTES``.

    The outlet and date filters keep the disputes with a shown pairing whose
    statements were published there and then.
    """
    shown = _shown_pairings(statuses)
    if terms.outlet or terms.since or terms.until:
        within = _narrowed(
            Statement.objects.all(), SearchTerms(outlet=terms.outlet, since=terms.since, until=terms.until)
        )
        shown = shown.filter(Q(statement_a__in=within) | Q(statement_b__in=within))
    disputes = Dispute.objects.filter(Exists(shown.filter(dispute=OuterRef("pk")))).select_related("party_a", "party_b")
    if terms.party:
        disputes = disputes.filter(Q(party_a=terms.party) | Q(party_b=terms.party))
    if terms.q:
        by_party = Q(party_a__in=terms.parties_named) | Q(party_b__in=terms.parties_named)
        if _full_text():
            query = SearchQuery(terms.q, config=SEARCH_CONFIG, search_type="websearch")
            disputes = disputes.alias(vector=SearchVector("title", config=SEARCH_CONFIG)).filter(
                Q(vector=query) | by_party
            )
        else:
            disputes = disputes.filter(Q(title__icontains=terms.q) | by_party)
    return disputes.order_by("-updated", "-pk")[:MAX_DISPUTES]
