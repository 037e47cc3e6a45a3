"""Two editors acting on the same pair: the second, acting on a page the first made stale, is told so
and changes nothing."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from claims import services
from claims.models import Action, Dispute, Pairing
from claims.roles import EDITORS
from tests.builders import make_pairing, make_user
from tests.test_review import HTMX, act, flashed

CONFIRMED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.REJECTED


@pytest.fixture
def second_editor_client(db) -> Client:
    client = Client()
    client.force_login(make_user("eddie", editor=True))
    return client


@pytest.mark.django_db
def test_the_second_editor_on_a_stale_page_gets_409_and_the_first_change_stays(editor_client, second_editor_client):
    pairing = make_pairing()
    seen_by_both = {"version": pairing.version}

    first = act(editor_client, "review_confirm", pairing, HTMX, **seen_by_both)
    second = act(second_editor_client, "review_reject", pairing, HTMX, reason="Different towns", **seen_by_both)

    assert first.status_code == 200
    assert second.status_code == 409
    html = second.content.decode()
    assert "Another editor changed this pairing after your page showed it, so your change was not saved." in html
    assert "Confirmed by edith" in html
    stored = Pairing.objects.get(pk=pairing.pk)
    assert (stored.status, stored.reviewed_by.username, stored.version) == (CONFIRMED, "edith", 2)
    assert list(Action.objects.values_list("verb", "actor__username")) == [("confirm", "edith")]


@pytest.mark.django_db
def test_without_htmx_the_second_editor_is_sent_back_with_the_explanation(editor_client, second_editor_client):
    pairing = make_pairing()
    act(editor_client, "review_swap", pairing, version=1)

    response = act(second_editor_client, "review_confirm", pairing, version=1)

    assert response.status_code == 302
    assert flashed(response) == [
        "Another editor changed this pairing after your page showed it, so your change was not saved. "
        "This is how it stands now."
    ]
    assert Pairing.objects.get(pk=pairing.pk).status == Pairing.Status.SUGGESTED


@pytest.mark.django_db
def test_two_renames_from_the_same_page_keep_the_first(editor_client, second_editor_client):
    pairing = make_pairing()

    act(editor_client, "review_rename", pairing, HTMX, title="First title", dispute_version=1)
    response = act(second_editor_client, "review_rename", pairing, HTMX, title="Second title", dispute_version=1)

    assert response.status_code == 409
    assert "Another editor changed this dispute" in response.content.decode()
    assert Dispute.objects.get(pk=pairing.dispute_id).title == "First title"


@pytest.mark.django_db
def test_a_stale_merge_moves_no_pair(editor, editor_client):
    pairing = make_pairing()
    into = make_pairing(left="it is day", right="it is night").dispute
    services.dispute_rename(dispute=pairing.dispute, user=editor, version=1, title="Renamed first")

    response = act(editor_client, "review_merge", pairing, HTMX, into=into.slug, dispute_version=1)

    assert response.status_code == 409
    assert Pairing.objects.get(pk=pairing.pk).dispute_id == pairing.dispute_id
    assert Dispute.objects.get(pk=pairing.dispute_id).merged_into is None


@pytest.mark.django_db
def test_the_service_refuses_a_stale_version_and_writes_nothing(editor):
    pairing = make_pairing()
    services.pairing_confirm(pairing=pairing, user=editor, version=1)
    stale = Pairing.objects.get(pk=pairing.pk)
    Pairing.objects.filter(pk=pairing.pk).update(version=7)

    with pytest.raises(services.StaleVersion):
        services.pairing_reject(pairing=stale, user=editor, version=2)

    assert Pairing.objects.get(pk=pairing.pk).status == CONFIRMED
    assert Action.objects.count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite lets one writer at a time; the race needs a server")
def test_of_two_editors_racing_on_the_database_exactly_one_wins():
    # A test with real transactions empties the database after it, the editors group with it.
    Group.objects.get_or_create(name=EDITORS)
    pairing = make_pairing()
    editors = [make_user(name, editor=True) for name in ("edith", "eddie")]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def review(user, status: str) -> None:
        row = Pairing.objects.get(pk=pairing.pk)
        start.wait()
        try:
            if status == CONFIRMED:
                services.pairing_confirm(pairing=row, user=user, version=1)
            else:
                services.pairing_reject(pairing=row, user=user, version=1)
            outcomes.append(status)
        except services.StaleVersion:
            outcomes.append("stale")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=review, args=(editors[0], CONFIRMED)),
        threading.Thread(target=review, args=(editors[1], REJECTED)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("stale") == 1
    (winner,) = set(outcomes) - {"stale"}
    stored = Pairing.objects.get(pk=pairing.pk)
    assert (stored.status, stored.version) == (winner, 2)
    assert Action.objects.count() == 1
