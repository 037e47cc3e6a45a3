"""Pairing across the archive: a new article's statements meet the stored ones that share a term."""

from __future__ import annotations

import pytest

from claims.models import Pairing, Statement, StatementTerm
from claims.services import article_ingest

KREMLIN = "Russia insists Kursk is now under full control, the Kremlin said on Wednesday."
KYIV = "Ukraine maintains its troops still hold a thin line of territory in the Kursk region, its general staff said."

pytestmark = pytest.mark.django_db


def test_it_pairs_the_kursk_claims_from_two_articles():
    first, _ = article_ingest(raw=KREMLIN, outlet_name="Moscow Daily", url="https://moscow.example/kursk")
    second, _ = article_ingest(raw=KYIV, outlet_name="Kyiv Post", url="https://kyiv.example/kursk")

    pairing = Pairing.objects.with_statements().select_related("dispute").get()
    assert {pairing.statement_a.article, pairing.statement_b.article} == {first, second}
    assert {s.party.name for s in pairing.sides} == {"Russia", "Ukraine"}
    assert pairing.dispute.title == "control of Kursk"
    assert "opposed terms: full control ↔ still hold" in pairing.reasons


def test_a_cross_outlet_pair_shows_both_outlets_on_the_dispute_page(client, editor_client):
    article_ingest(raw=KREMLIN, outlet_name="Moscow Daily")
    article_ingest(raw=KYIV, outlet_name="Kyiv Post")
    pairing = Pairing.objects.select_related("dispute").get()

    page = editor_client.get(pairing.dispute.get_absolute_url()).content.decode()

    assert "Moscow Daily" in page
    assert "Kyiv Post" in page


def test_it_indexes_each_statement_by_its_terms():
    article, _ = article_ingest(raw=KREMLIN)

    terms = set(StatementTerm.objects.filter(statement__article=article).values_list("term", flat=True))

    assert {"kursk", "full", "control"} <= terms


def test_it_does_not_pair_a_statement_with_its_own_article_twice():
    article_ingest(raw=f"{KREMLIN} {KYIV}")

    assert Pairing.objects.count() == 1
    assert Statement.objects.count() == 4
