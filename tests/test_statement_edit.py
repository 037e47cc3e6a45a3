"""Editors correct what the engine found: a statement's speaker, party, kind and span; add one it
missed from selected words; delete a wrong one. Each change re-pairs what it touches."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Pairing, Party, Statement
from claims.services import article_ingest
from tests.builders import make_pairing

pytestmark = pytest.mark.django_db

KREMLIN = "Russia insists Kursk is now under full control, the Kremlin said on Wednesday."
KYIV = "Ukraine maintains its troops still hold a thin line of territory in the Kursk region, its general staff said."
TEXT = f"{KREMLIN} {KYIV}"


@pytest.fixture
def article():
    article, _ = article_ingest(raw=TEXT)
    return article


def russia_claim(article) -> Statement:
    return article.statements.get(speaker="Russia")


def edit_url(statement: Statement) -> str:
    return reverse("statement_edit", args=[statement.pk])


def form_data(statement: Statement, **changes) -> dict:
    data = {
        "speaker": statement.speaker,
        "party": statement.party_id or "",
        "kind": statement.kind,
        "start": statement.start,
        "end": statement.end,
    }
    return {**data, **changes}


def test_it_shows_the_form_with_the_article_text_to_select_in(editor_client, article):
    response = editor_client.get(edit_url(russia_claim(article)))

    assert response.status_code == 200
    assert b"data-selectable" in response.content
    assert f'data-text-length="{len(article.text)}"'.encode() in response.content


def test_it_fixes_the_speaker_and_the_kind(editor_client, article):
    statement = russia_claim(article)

    response = editor_client.post(edit_url(statement), form_data(statement, speaker="Kremlin", kind="direct"))

    statement.refresh_from_db()
    assert response.status_code == 302
    assert (statement.speaker, statement.kind) == ("Kremlin", "direct")
    assert (statement.speaker_start, statement.speaker_end) == (TEXT.index("Kremlin"), TEXT.index("Kremlin") + 7)


def test_it_takes_the_content_from_the_article_not_from_the_client(editor_client, article):
    statement = russia_claim(article)
    start = TEXT.index("full control")

    editor_client.post(edit_url(statement), form_data(statement, start=start, end=start + 12, content="forged"))

    statement.refresh_from_db()
    assert statement.content == "full control"
    assert statement.sentence_start == 0


def test_it_trims_spaces_around_the_selection(editor_client, article):
    statement = russia_claim(article)
    start = TEXT.index("full control")

    editor_client.post(edit_url(statement), form_data(statement, start=start - 1, end=start + 12))

    statement.refresh_from_db()
    assert (statement.start, statement.content) == (start, "full control")


@pytest.mark.parametrize(
    ("start", "end"), [(10, 10), (20, 10), (0, len(TEXT) + 1), (len(KREMLIN), len(KREMLIN) + 1)], ids=str
)
def test_it_refuses_a_span_outside_the_text_or_empty(editor_client, article, start, end):
    statement = russia_claim(article)
    before = (statement.start, statement.end)

    response = editor_client.post(edit_url(statement), form_data(statement, start=start, end=end))

    statement.refresh_from_db()
    assert response.status_code == 400
    assert (statement.start, statement.end) == before


def test_changing_the_party_re_pairs_the_statement(editor_client, article):
    statement = russia_claim(article)
    assert Pairing.objects.count() == 1
    ukraine = Party.objects.get(name="Ukraine")

    editor_client.post(edit_url(statement), form_data(statement, party=ukraine.pk))

    # Two statements of one side never contradict each other.
    assert Pairing.objects.count() == 0


def test_a_confirmed_pair_survives_an_edit(editor_client, editor, article):
    pairing = Pairing.objects.get()
    Pairing.objects.filter(pk=pairing.pk).update(status="confirmed", reviewed_at="2026-01-01T00:00Z")
    statement = russia_claim(article)

    editor_client.post(edit_url(statement), form_data(statement, kind="direct"))

    assert Pairing.objects.get().status == "confirmed"


def test_it_adds_a_statement_from_selected_words(editor_client, article):
    Statement.objects.filter(speaker="Ukraine").delete()
    assert Pairing.objects.count() == 0
    start = KYIV.index("its troops") + len(KREMLIN) + 1
    end = TEXT.index(" region") + len(" region")

    response = editor_client.post(
        reverse("statement_new", args=[article.pk]),
        {"speaker": "Ukraine", "party": "", "kind": "indirect", "start": start, "end": end},
    )

    added = Statement.objects.get(start=start)
    assert response.status_code == 302
    assert added.content == "its troops still hold a thin line of territory in the Kursk region"
    assert added.party.name == "Ukraine"
    assert Pairing.objects.filter(statement_b=added).exists()


def test_the_add_form_comes_filled_from_the_selection(editor_client, article):
    response = editor_client.get(reverse("statement_new", args=[article.pk]), {"start": 3, "end": 9})

    assert response.status_code == 200
    assert b'value="3"' in response.content
    assert b'value="9"' in response.content


def test_adding_needs_a_span(editor_client, article):
    response = editor_client.post(
        reverse("statement_new", args=[article.pk]), {"speaker": "Ukraine", "party": "", "kind": "indirect"}
    )

    assert response.status_code == 400


def test_it_deletes_a_statement_and_the_pairs_that_use_it(editor_client, article):
    statement = russia_claim(article)

    response = editor_client.post(reverse("statement_delete", args=[statement.pk]))

    assert response.status_code == 302
    assert not Statement.objects.filter(pk=statement.pk).exists()
    assert Pairing.objects.count() == 0


def test_delete_rejects_get(editor_client, article):
    statement = russia_claim(article)

    assert editor_client.get(reverse("statement_delete", args=[statement.pk])).status_code == 405


def test_the_article_page_offers_editors_the_selection_tools(editor_client, client, reader_client, article):
    url = article.get_absolute_url()

    assert b"claims/article.js" in editor_client.get(url).content
    assert b"claims/article.js" not in reader_client.get(url).content
    assert b"claims/article.js" not in client.get(url).content


@pytest.mark.parametrize("action", ["edit", "new", "delete"])
def test_only_editors_may_change_statements(client, reader_client, action):
    pairing = make_pairing()
    statement = pairing.statement_a
    url = {
        "edit": reverse("statement_edit", args=[statement.pk]),
        "new": reverse("statement_new", args=[statement.article_id]),
        "delete": reverse("statement_delete", args=[statement.pk]),
    }[action]
    data = {"speaker": "X", "kind": "direct", "start": 0, "end": 3}

    assert client.post(url, data).status_code == 302  # to the sign-in page
    assert reader_client.post(url, data).status_code == 403
    assert Statement.objects.filter(pk=statement.pk, speaker=statement.speaker).exists()


def test_changes_need_the_csrf_token(editor, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    statement = russia_claim(article)

    assert client.post(reverse("statement_delete", args=[statement.pk])).status_code == 403


@pytest.mark.parametrize("more_parties", [0, 5])
def test_the_edit_page_has_a_fixed_number_of_queries(editor_client, article, django_assert_num_queries, more_parties):
    statement = russia_claim(article)
    for n in range(more_parties):
        Party.objects.create(name=f"Side {n}", slug=f"side-{n}")

    # session, user, editors group, statement with article and party, parties for the choice
    with django_assert_num_queries(5):
        editor_client.get(edit_url(statement))
