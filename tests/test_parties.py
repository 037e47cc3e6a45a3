"""Editors manage parties: name, description, colour and aliases; merging two that are one side."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Dispute, Job, Party, PartyAlias, Statement
from claims.services import article_ingest
from tests.builders import make_pairing, party

pytestmark = pytest.mark.django_db

LIST = reverse("parties")


def edit_data(p: Party, **changes) -> dict:
    data = {
        "name": p.name,
        "description": p.description,
        "colour": p.colour,
        "aliases": "\n".join(p.aliases.values_list("alias", flat=True)),
    }
    return {**data, **changes}


def test_it_lists_parties_with_their_aliases_and_statement_counts(editor_client):
    pairing = make_pairing()
    PartyAlias.objects.create(party=pairing.dispute.party_a, alias="Moscow")

    page = editor_client.get(LIST).content.decode()

    assert "Russia" in page
    assert "Moscow" in page
    assert reverse("party", args=["russia"]) in page


@pytest.mark.parametrize("parties", [1, 6])
def test_the_list_has_a_fixed_number_of_queries(editor_client, django_assert_num_queries, parties):
    for n in range(parties):
        PartyAlias.objects.create(party=party(f"Side {n}"), alias=f"Alias {n}")

    # session, user, editors group, parties with counts, their aliases, recent jobs
    with django_assert_num_queries(6):
        editor_client.get(LIST)


def test_the_edit_page_has_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    side = party("Russia")
    for n in range(5):
        PartyAlias.objects.create(party=side, alias=f"Alias {n}")

    # session, user, editors group, party, its aliases, parties to merge into
    with django_assert_num_queries(6):
        editor_client.get(reverse("party", args=[side.slug]))


def test_it_edits_name_description_and_colour(editor_client):
    side = party("Russia")

    response = editor_client.post(
        reverse("party", args=[side.slug]),
        edit_data(side, name="Russian Federation", description="The state.", colour="#123abc"),
    )

    side.refresh_from_db()
    assert response.status_code == 302
    assert (side.name, side.description, side.colour) == ("Russian Federation", "The state.", "#123abc")


def test_the_colour_is_picked_with_a_colour_input(editor_client):
    page = editor_client.get(reverse("party", args=[party("Russia").slug])).content.decode()

    assert 'type="color"' in page


def test_it_refuses_a_colour_that_is_not_hex(editor_client):
    side = party("Russia")

    response = editor_client.post(reverse("party", args=[side.slug]), edit_data(side, colour="red"))

    side.refresh_from_db()
    assert response.status_code == 400
    assert side.colour == "#5b6770"


def test_adding_an_alias_re_resolves_the_statements_naming_it(editor_client):
    article, _ = article_ingest(raw="Prigozhin's men hold Bakhmut, the Wagner group said.")
    statement = Statement.objects.get(article=article)
    assert statement.party.name != "Russia"
    russia = party("Russia")

    editor_client.post(reverse("party", args=[russia.slug]), edit_data(russia, aliases="Wagner group"))

    statement.refresh_from_db()
    assert statement.party == russia


def test_removing_an_alias_re_resolves_the_statements_naming_it(editor_client):
    russia = party("Russia")
    PartyAlias.objects.create(party=russia, alias="Wagner group")
    article, _ = article_ingest(raw="Prigozhin's men hold Bakhmut, the Wagner group said.")
    statement = Statement.objects.get(article=article)
    assert statement.party == russia

    editor_client.post(reverse("party", args=[russia.slug]), edit_data(russia, aliases=""))

    statement.refresh_from_db()
    assert statement.party != russia


def test_an_alias_of_another_party_is_refused(editor_client):
    PartyAlias.objects.create(party=party("Ukraine"), alias="Kyiv")
    russia = party("Russia")

    response = editor_client.post(reverse("party", args=[russia.slug]), edit_data(russia, aliases="Kyiv"))

    assert response.status_code == 400
    assert PartyAlias.objects.get(alias="Kyiv").party.name == "Ukraine"


def test_merging_moves_statements_disputes_and_aliases_to_the_survivor(editor_client):
    pairing = make_pairing()
    russia = pairing.dispute.party_a
    kremlin = party("Kremlin")
    PartyAlias.objects.create(party=kremlin, alias="Putin's office")
    Statement.objects.filter(pk=pairing.statement_a_id).update(party=kremlin)
    Dispute.objects.filter(pk=pairing.dispute_id).update(party_a=kremlin)

    response = editor_client.post(reverse("party_merge", args=[kremlin.slug]), {"into": russia.pk})

    assert response.status_code == 302
    assert not Party.objects.filter(name="Kremlin").exists()
    assert Statement.objects.get(pk=pairing.statement_a_id).party == russia
    assert Dispute.objects.get(pk=pairing.dispute_id).party_a == russia
    assert set(russia.aliases.values_list("alias", flat=True)) >= {"Putin's office", "Kremlin"}


def test_merging_the_two_sides_of_a_dispute_leaves_it_one_column(editor_client):
    pairing = make_pairing()
    russia, ukraine = pairing.dispute.parties

    editor_client.post(reverse("party_merge", args=[ukraine.slug]), {"into": russia.pk})

    dispute = Dispute.objects.get(pk=pairing.dispute_id)
    assert (dispute.party_a, dispute.party_b) == (russia, None)


def test_merge_rejects_get(editor_client):
    assert editor_client.get(reverse("party_merge", args=[party("Russia").slug])).status_code == 405


@pytest.mark.parametrize("action", ["list", "edit", "merge"])
def test_only_editors_manage_parties(client, reader_client, action):
    side, other = party("Russia"), party("Kremlin")
    url, data = {
        "list": (LIST, None),
        "edit": (reverse("party", args=[side.slug]), {"name": "X", "colour": "#000000"}),
        "merge": (reverse("party_merge", args=[other.slug]), {"into": side.pk}),
    }[action]
    send = client.get if data is None else client.post
    send_reader = reader_client.get if data is None else reader_client.post

    assert send(url, data or {}).status_code == 302
    assert send_reader(url, data or {}).status_code == 403
    assert Party.objects.filter(name__in=["Russia", "Kremlin"]).count() == 2


def test_party_changes_need_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    side, other = party("Russia"), party("Kremlin")

    assert client.post(reverse("party_merge", args=[other.slug]), {"into": side.pk}).status_code == 403
    assert client.post(reverse("party", args=[side.slug]), {"name": "X"}).status_code == 403


def test_an_alias_naming_many_statements_is_applied_by_a_background_job(
    editor_client, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(services, "RESOLVE_INLINE_LIMIT", 0)
    article_ingest(raw="Prigozhin's men hold Bakhmut, the Wagner group said.")
    russia = party("Russia")

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("party", args=[russia.slug]), edit_data(russia, aliases="Wagner group"))

    job = Job.objects.get()
    assert (job.kind, job.status, job.task_id != "") == (Job.Kind.REFRESH, Job.Status.QUEUED, True)
    assert Statement.objects.get().party.name != "Russia"
