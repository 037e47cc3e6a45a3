import json
from datetime import UTC, date, datetime

import pytest
from django.template.loader import render_to_string

from claims.jsonld import VOCABULARY, dispute_jsonld, jsonld_text
from claims.models import Article, Dispute, Outlet, Pairing, Party, Statement

PAGE = "https://claims.example/disputes/kursk/"


def absolute(path: str) -> str:
    return f"https://claims.example{path}"


def statement(pk: int, speaker: str, side: Party | None, **article_fields) -> Statement:
    """An unsaved statement with its article and outlet attached, as ``with_statements()`` would load it."""
    article = Article(pk=pk * 10, **{"url": "", "title": "", "published": None, "outlet": None, **article_fields})
    return Statement(
        pk=pk, article=article, speaker=speaker, party=side, cue="said", content=f"claim {pk}", kind="direct", relay=""
    )


@pytest.fixture
def russia() -> Party:
    return Party(pk=1, name="Russia", slug="russia")


@pytest.fixture
def ukraine() -> Party:
    return Party(pk=2, name="Ukraine", slug="ukraine")


@pytest.fixture
def dispute(russia, ukraine) -> Dispute:
    updated = datetime(2024, 8, 9, 12, 0, tzinfo=UTC)
    return Dispute(pk=7, title="Who controls Kursk?", slug="kursk", party_a=russia, party_b=ukraine, updated=updated)


@pytest.fixture
def pairing(dispute, russia, ukraine) -> Pairing:
    ministry = statement(
        3,
        "Russian Defence Ministry",
        russia,
        url="https://news.example/a",
        title="Russia says attack repelled",
        published=date(2024, 8, 7),
        outlet=Outlet(pk=1, name="The Guardian"),
    )
    ministry.relay = "Agence France-Presse"
    zelensky = statement(4, "Zelensky", ukraine)
    return Pairing(pk=9, dispute=dispute, statement_a=zelensky, statement_b=ministry, status="confirmed", score=1.0)


def graph(data: dict) -> dict[str, dict]:
    return {node["@id"]: node for node in data["@graph"]}


def test_it_uses_schema_org_and_names_our_own_vocabulary(dispute, pairing):
    data = dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute)

    assert data["@context"] == ["https://schema.org", {"cc": VOCABULARY}]


def test_it_describes_the_page(dispute, pairing):
    page = graph(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))[PAGE]

    assert page["@type"] == "WebPage"
    assert page["name"] == "Who controls Kursk?"
    assert page["dateModified"] == "2024-08-09T12:00:00+00:00"
    assert page["hasPart"] == [{"@id": f"{PAGE}#claim-3"}, {"@id": f"{PAGE}#claim-4"}]


def test_it_makes_each_statement_a_claim_with_author_and_appearance(dispute, pairing):
    claim = graph(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))[f"{PAGE}#claim-3"]

    assert claim["@type"] == "Claim"
    assert claim["text"] == "claim 3"
    assert claim["author"] == {
        "@type": "Person",
        "name": "Russian Defence Ministry",
        "affiliation": {"@type": "Organization", "name": "Russia"},
    }
    assert claim["appearance"] == {
        "@type": "NewsArticle",
        "url": "https://news.example/a",
        "archivedAt": "https://claims.example/articles/30/#s-3",
        "headline": "Russia says attack repelled",
        "datePublished": "2024-08-07",
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Guardian"},
    }
    assert claim["cc:reportingVerb"] == "said"
    assert claim["cc:relayedBy"] == {"@type": "Organization", "name": "AFP"}


def test_it_points_the_appearance_at_our_copy_when_the_original_is_unknown(dispute, pairing):
    claim = graph(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))[f"{PAGE}#claim-4"]

    assert claim["appearance"] == {
        "@type": "NewsArticle",
        "url": "https://claims.example/articles/40/#s-4",
        "archivedAt": "https://claims.example/articles/40/#s-4",
    }
    assert "cc:relayedBy" not in claim


def test_it_makes_a_party_speaking_as_itself_the_author_organisation(dispute, russia, ukraine):
    moscow = statement(5, "russia", russia)
    kyiv = statement(6, "Zelensky", None)
    pairing = Pairing(pk=1, dispute=dispute, statement_a=moscow, statement_b=kyiv, status="confirmed")

    claims = graph(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))

    assert claims[f"{PAGE}#claim-5"]["author"] == {"@type": "Organization", "name": "Russia"}
    assert claims[f"{PAGE}#claim-6"]["author"] == {"@type": "Person", "name": "Zelensky"}


def test_it_relates_two_claims_as_a_contradiction_in_column_order(dispute, pairing):
    contradiction = graph(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))[f"{PAGE}#pairing-9"]

    # Stored as (Zelensky, ministry); the page shows Russia's column first.
    assert contradiction == {
        "@type": "cc:Contradiction",
        "@id": f"{PAGE}#pairing-9",
        "cc:claims": [{"@id": f"{PAGE}#claim-3"}, {"@id": f"{PAGE}#claim-4"}],
        "cc:status": "confirmed",
    }


def test_it_describes_a_statement_in_two_pairings_once(dispute, pairing, russia):
    other = Pairing(pk=10, dispute=dispute, statement_a=pairing.statement_a, statement_b=statement(8, "Peskov", russia))
    other.status = "confirmed"

    data = dispute_jsonld(dispute, [pairing, other], page_url=PAGE, absolute=absolute)

    ids = [node["@id"] for node in data["@graph"]]
    assert len(ids) == len(set(ids))
    assert [node["@type"] for node in data["@graph"]].count("Claim") == 3


def test_its_text_cannot_close_the_script_element(dispute, pairing):
    pairing.statement_a.content = '</script><script>alert("x")</script> & more'

    text = jsonld_text(dispute_jsonld(dispute, [pairing], page_url=PAGE, absolute=absolute))

    assert "</script" not in text.lower()
    assert "<" not in text and "&" not in text
    assert json.loads(text)["@graph"][2]["text"] == '</script><script>alert("x")</script> & more'


def test_its_text_keeps_other_scripts_readable():
    assert jsonld_text({"name": "Зеленський"}) == '{"name": "Зеленський"}'


def test_the_snippet_writes_a_data_block_with_the_pages_nonce():
    html = render_to_string("claims/_jsonld.html", {"jsonld": jsonld_text({"a": "<b>"}), "csp_nonce": "n0nce"})

    assert html.strip() == '<script type="application/ld+json" nonce="n0nce">{"a": "\\u003Cb\\u003E"}</script>'


def test_the_snippet_writes_nothing_without_data():
    assert render_to_string("claims/_jsonld.html", {}).strip() == ""
