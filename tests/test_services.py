from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims import analysis, services
from claims.models import Article, Dispute, Outlet, Pairing, Party, PartyAlias, Statement
from claims.services import article_ingest, pairing_review, text_hash
from tests.builders import make_article, make_pairing, make_statement, party

pytestmark = pytest.mark.django_db

TEXT = "Moscow said the bridge is intact. Kyiv said the bridge is destroyed. Kyiv said the road is open."


def claims_about_the_bridge(engine) -> None:
    engine.claims = [
        ("Moscow", "Russia", "the bridge is intact"),
        ("Kyiv", "Ukraine", "the bridge is destroyed"),
        ("Kyiv", "Ukraine", "the road is open"),
    ]
    engine.pairs = [(1, 0, "Is the bridge standing?"), (0, 2, "Is the bridge standing?")]


def test_it_stores_the_article_its_statements_and_suggested_pairs(fake_engine, editor):
    claims_about_the_bridge(fake_engine)

    article, created = article_ingest(
        raw=TEXT, url="https://www.example.com/a", outlet_name="Example News", title="Bridge", pasted_by=editor
    )

    assert created
    assert article.text == TEXT
    assert article.pasted_by == editor
    assert article.outlet.name == "Example News"
    assert article.outlet.domain == "example.com"
    assert [s.content for s in article.statements.all()] == [
        "the bridge is intact",
        "the bridge is destroyed",
        "the road is open",
    ]
    dispute = Dispute.objects.get()
    assert dispute.title == "Is the bridge standing?"
    assert (dispute.party_a.name, dispute.party_b.name) == ("Russia", "Ukraine")
    assert dispute.pairings.count() == 2
    assert set(dispute.pairings.values_list("status", flat=True)) == {Pairing.Status.SUGGESTED}


def test_it_stores_pairs_in_canonical_order(fake_engine):
    claims_about_the_bridge(fake_engine)

    article_ingest(raw=TEXT)

    for pairing in Pairing.objects.all():
        assert pairing.statement_a_id < pairing.statement_b_id


def test_it_gives_the_engine_the_parties_editors_added(fake_engine):
    atlantis = party("Atlantis")
    PartyAlias.objects.create(party=atlantis, alias="Atlantean")

    article_ingest(raw=TEXT)

    (lexicon,) = fake_engine.calls
    assert analysis.PartyEntry("Atlantis", ("Atlantean",)) in lexicon
    assert {entry.name for entry in lexicon} >= {"Atlantis", "Russia", "Ukraine"}


def test_it_creates_a_party_the_first_time_it_appears_with_its_default_aliases(fake_engine):
    claims_about_the_bridge(fake_engine)

    article_ingest(raw=TEXT)

    assert sorted(Party.objects.values_list("name", flat=True)) == ["Russia", "Ukraine"]
    assert set(Party.objects.get(name="Russia").aliases.values_list("alias", flat=True)) >= {"Kremlin", "Moscow"}
    assert len(set(Party.objects.values_list("colour", flat=True))) == 2


def test_it_reuses_parties_outlets_and_disputes_that_exist(fake_engine):
    claims_about_the_bridge(fake_engine)
    article_ingest(raw=TEXT, url="https://example.com/1", outlet_name="Example")
    fake_engine.claims = [("Moscow", "Russia", "the bridge is whole"), ("Kyiv", "Ukraine", "the bridge is gone")]
    fake_engine.pairs = [(0, 1, "Is the bridge standing?")]

    article_ingest(raw="Moscow: the bridge is whole. Kyiv: the bridge is gone.", url="https://example.com/2")

    assert Party.objects.count() == 2
    assert Outlet.objects.count() == 1
    assert Dispute.objects.get().pairings.count() == 3


def test_it_returns_the_existing_article_when_the_same_text_is_pasted_again(fake_engine):
    claims_about_the_bridge(fake_engine)
    first, _ = article_ingest(raw=TEXT)

    again, created = article_ingest(raw="  " + TEXT.replace(". ", ".\r\n\r\n") + "\n")

    assert (again, created) == (first, False)
    assert (Article.objects.count(), Statement.objects.count(), Pairing.objects.count()) == (1, 3, 2)


def test_it_returns_the_existing_article_when_the_same_url_is_pasted_again(fake_engine):
    first, _ = article_ingest(raw=TEXT, url="https://example.com/a")

    again, created = article_ingest(raw="An updated version of the text.", url="https://example.com/a")

    assert (again, created) == (first, False)


def test_it_stores_a_statement_found_twice_once(fake_engine):
    fake_engine.claims = [("Moscow", "Russia", "the bridge is intact"), ("Moscow", "Russia", "the bridge is intact")]

    article, _ = article_ingest(raw=TEXT)

    assert article.statements.count() == 1


def test_it_leaves_nothing_behind_when_a_statement_is_invalid(fake_engine):
    claims_about_the_bridge(fake_engine)
    fake_engine.claims[2] = ("K" * 400, "Ukraine", "the road is open")  # longer than a speaker may be

    with pytest.raises(ValidationError):
        article_ingest(raw=TEXT, outlet_name="Example")

    counts = [model.objects.count() for model in (Article, Statement, Pairing, Dispute, Outlet, Party)]
    assert counts == [0, 0, 0, 0, 0, 0]


def test_the_engine_sanitises_pasted_html_before_it_is_stored():
    raw = (
        '<p onclick="steal()">Kyiv said the bridge is gone.<script>alert(1)</script><img src=x onerror="alert(2)"></p>'
    )

    article, _ = article_ingest(raw=raw)

    for stored in (article.html, article.text):
        assert "<script" not in stored
        assert "alert" not in stored
        assert "onclick" not in stored
        assert "onerror" not in stored
    assert "Kyiv said the bridge is gone." in article.text


def test_the_content_hash_ignores_spacing_and_line_endings():
    assert text_hash("Kyiv said\r\nno.") == text_hash("  Kyiv  said\nno. ")
    assert text_hash("Kyiv said no.") != text_hash("Kyiv said yes.")


def test_review_confirms_a_pair(editor):
    pairing = make_pairing()

    pairing_review(pairing=pairing, user=editor, status=Pairing.Status.CONFIRMED)

    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.CONFIRMED
    assert pairing.reviewed_by == editor
    assert pairing.reviewed_at is not None


def test_review_rejects_a_pair(editor):
    pairing = make_pairing()

    pairing_review(pairing=pairing, user=editor, status=Pairing.Status.REJECTED)

    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.REJECTED


def test_review_refuses_to_set_a_pair_back_to_suggested(editor):
    pairing = make_pairing(status=Pairing.Status.CONFIRMED)

    with pytest.raises(ValidationError):
        pairing_review(pairing=pairing, user=editor, status=Pairing.Status.SUGGESTED)


def test_the_lexicon_is_one_query_with_the_defaults_under_the_editors_parties(django_assert_num_queries):
    russia = party("Russia")
    PartyAlias.objects.create(party=russia, alias="RF")
    party("Atlantis")

    with django_assert_num_queries(1):
        lexicon = Party.objects.lexicon()

    by_name = {entry.name: entry.aliases for entry in lexicon}
    assert by_name["Russia"] == ("RF",)
    assert by_name["Atlantis"] == ()
    assert by_name["Ukraine"] == {e.name: e.aliases for e in analysis.DEFAULT_LEXICON}["Ukraine"]


# --- constraints in the database -----------------------------------------------------


def _violates(**fields) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Pairing.objects.create(score=1, **fields)


def test_the_database_refuses_a_pair_of_a_statement_with_itself_or_out_of_order_or_twice():
    pairing = make_pairing()
    a, b, dispute = pairing.statement_a, pairing.statement_b, pairing.dispute

    _violates(dispute=dispute, statement_a=a, statement_b=a)
    _violates(dispute=dispute, statement_a=b, statement_b=a)
    _violates(dispute=dispute, statement_a=a, statement_b=b)


def test_the_database_refuses_an_unknown_status_or_an_undated_review():
    pairing = make_pairing()
    for status, reviewed_at in (("maybe", timezone.now()), (Pairing.Status.CONFIRMED, None)):
        with pytest.raises(IntegrityError), transaction.atomic():
            Pairing.objects.filter(pk=pairing.pk).update(status=status, reviewed_at=reviewed_at)


def test_the_database_refuses_a_colour_that_is_not_hex():
    with pytest.raises(IntegrityError), transaction.atomic():
        Party.objects.create(name="Atlantis", slug="atlantis", colour="red")


def test_the_database_refuses_empty_or_backwards_spans_and_unknown_kinds():
    article = make_article(text="Kyiv says no.")
    statement = make_statement(article=article, side=party("Kyiv"), content="no")
    for fields in ({"end": statement.start}, {"cue_end": 0}, {"kind": "rumour"}, {"sentence_end": 0}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Statement.objects.filter(pk=statement.pk).update(**fields)


def test_urls_and_domains_are_unique_only_when_given():
    make_article(text="One.")
    make_article(text="Two.")
    Outlet.objects.create(name="A")
    Outlet.objects.create(name="B")
    make_article(text="Three.", url="https://example.com/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(text="Four.", url="https://example.com/a")
    Outlet.objects.create(name="C", domain="example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outlet.objects.create(name="D", domain="example.com")


def test_a_paste_that_loses_a_race_with_the_same_paste_returns_the_winner(fake_engine, monkeypatch):
    winner = make_article(text="Won the race.")
    Article.objects.filter(pk=winner.pk).update(content_hash=text_hash(TEXT))
    real_lookup, lookups = services._existing_article, []

    def first_finds_nothing(**where):
        # As if the other paste had not committed yet when this one looked.
        lookups.append(where)
        return None if len(lookups) == 1 else real_lookup(**where)

    monkeypatch.setattr(services, "_existing_article", first_finds_nothing)

    article, created = article_ingest(raw=TEXT)

    assert (article, created) == (winner, False)
    assert len(lookups) == 2
    assert Article.objects.count() == 1


QUOTATION = (
    "“Kursk is now under full control,” said Russian defence ministry spokesman Igor Konashenkov. "
    "“Our forces finished the operation in the region on Monday and the enemy has been driven out.”"
)


def test_a_quotation_interrupted_by_its_attribution_is_stored_as_one_statement():
    other = "Ukraine’s general staff said aid deliveries resumed across the northern border on Tuesday."

    article, _ = article_ingest(raw=f"{QUOTATION}\n\n{other}")

    quotation = article.statements.get(party__name="Russia")
    assert quotation.content.startswith("Kursk is now under full control,” said")
    assert quotation.content.endswith("the enemy has been driven out.")
    assert article.text[quotation.start : quotation.end] == quotation.content


def test_a_quotation_whose_sentence_is_disputed_is_stored_in_its_sentences_and_the_pair_is_about_one():
    other = "Ukraine’s general staff said its troops still hold a thin line of territory across the border in Kursk."

    article, _ = article_ingest(raw=f"{QUOTATION}\n\n{other}")

    russian = article.statements.filter(party__name="Russia").order_by("start")
    assert [s.content for s in russian] == [
        "Kursk is now under full control",
        "Our forces finished the operation in the region on Monday and the enemy has been driven out.",
    ]
    pairing = Pairing.objects.get()
    assert {pairing.statement_a.content, pairing.statement_b.content} == {
        "Kursk is now under full control",
        "its troops still hold a thin line of territory across the border in Kursk",
    }
