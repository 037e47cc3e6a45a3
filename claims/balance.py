"""Evidence balance: how many outlets, and how many independent sources, report each side of a dispute.

Five papers printing the same AP copy are five outlets but one source, so a
source is the agency that relayed a statement where the text names one, and
otherwise the outlet that published it. An agency publishing its own
reporting counts once, whether it is named as the relay or as the outlet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, QuerySet

from claims.models import Dispute, Pairing, Party, Statement
from claims.provenance import agency_name


def dispute_statements(dispute: Dispute, statuses: Iterable[str] = Pairing.READER_STATUSES) -> QuerySet[Statement]:
    """The statements in ``dispute``'s pairings that have one of ``statuses``.

    A function rather than a ``Statement`` QuerySet method because pairings
    point at statements with ``related_name="+"``: there is no reverse name to
    filter on, so it takes two ``Exists`` subqueries.
    """
    shown = Pairing.objects.filter(dispute=dispute, status__in=list(statuses))
    return Statement.objects.filter(
        Exists(shown.filter(statement_a=OuterRef("pk"))) | Exists(shown.filter(statement_b=OuterRef("pk")))
    )


@dataclass(frozen=True)
class SideBalance:
    party: Party
    statements: int
    outlets: int
    sources: int


def dispute_balance(dispute: Dispute, statuses: Iterable[str] = Pairing.READER_STATUSES) -> list[SideBalance]:
    """The balance of each of ``dispute``'s two sides, in column order, in one query.

    Statements from articles without a known outlet count as statements but
    not as outlets, nor as sources unless the text names the agency that
    relayed them: nothing else shows they are independent.
    """
    sides = [party for party in (dispute.party_a, dispute.party_b) if party is not None]
    statements: dict[int, int] = {party.pk: 0 for party in sides}
    outlets: dict[int, set[int]] = {party.pk: set() for party in sides}
    sources: dict[int, set[str]] = {party.pk: set() for party in sides}
    rows = (
        dispute_statements(dispute, statuses)
        .filter(party__in=[party.pk for party in sides])
        .values_list("party_id", "article__outlet_id", "article__outlet__name", "relay")
    )
    for party_id, outlet_id, outlet_name, relay in rows:
        statements[party_id] += 1
        if outlet_id is not None:
            outlets[party_id].add(outlet_id)
        origin = relay or outlet_name
        if origin:
            sources[party_id].add(agency_name(origin).casefold())
    return [SideBalance(party, statements[party.pk], len(outlets[party.pk]), len(sources[party.pk])) for party in sides]
