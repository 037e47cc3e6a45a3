"""Every editor's action is recorded with its before and after, shown, and can be undone for a while."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Action, Dispute, Pairing
from tests.builders import make_dispute, make_pairing, make_user
from tests.test_review import HTMX, act, flashed

pytestmark = pytest.mark.django_db

CONFIRMED, SUGGESTED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.SUGGESTED, Pairing.Status.REJECTED


def state(pairing: Pairing) -> tuple:
    p = Pairing.objects.select_related("dispute").get(pk=pairing.pk)
    return p.status, p.reviewed_by_id, p.reviewed_at, p.swapped, p.dispute_id, p.dispute.title, p.dispute.merged_into_id


def undo(client, action: Action, headers: dict | None = None, **data):
    return client.post(reverse("review_undo", args=[action.pk]), data, headers=headers or {})


def age(action: Action, seconds: float) -> None:
    """Moves the action's time into the past instead of waiting."""
    Action.objects.filter(pk=action.pk).update(created=timezone.now() - datetime.timedelta(seconds=seconds))


def do(verb: str, pairing: Pairing, user: User) -> Action:
    """Each editor action through its service, as the views call it."""
    if verb == "confirm":
        return services.pairing_confirm(pairing=pairing, user=user, version=pairing.version)
    if verb == "reject":
        return services.pairing_reject(
            pairing=pairing, user=user, version=pairing.version, reason="Not the same bridge"
        )
    if verb == "swap":
        return services.pairing_swap(pairing=pairing, user=user, version=pairing.version)
    if verb == "move":
        return services.pairing_move(pairing=pairing, user=user, version=pairing.version, new_title="Elsewhere")
    if verb == "rename":
        dispute = pairing.dispute
        return services.dispute_rename(dispute=dispute, user=user, version=dispute.version, title="Renamed")
    into = make_dispute(title="The bigger dispute")
    dispute = pairing.dispute
    return services.dispute_merge(dispute=dispute, into=into, user=user, version=dispute.version)


VERBS = ("confirm", "reject", "swap", "move", "rename", "merge")


@pytest.mark.parametrize("verb", VERBS)
def test_each_action_is_recorded_with_who_when_and_the_rows_before_and_after(editor, verb):
    pairing = make_pairing()
    was = state(pairing)

    action = do(verb, pairing, editor)

    recorded = Action.objects.get()
    assert (recorded.pk, recorded.actor, recorded.verb, recorded.undone_at) == (action.pk, editor, verb, None)
    assert recorded.created is not None
    assert recorded.before != recorded.after
    assert state(pairing) != was
    changed = recorded.changes()
    assert changed
    assert all(before != after for _, _, before, after in changed)


def test_confirming_records_the_review_fields(editor):
    pairing = make_pairing()

    action = do("confirm", pairing, editor)

    assert action.before == {
        "pairings": {str(pairing.pk): {"status": SUGGESTED, "reviewed_by_id": None, "reviewed_at": None, "version": 1}}
    }
    after = action.after["pairings"][str(pairing.pk)]
    assert (after["status"], after["reviewed_by_id"], after["version"]) == (CONFIRMED, editor.pk, 2)


def test_merging_records_the_dispute_and_each_pair_it_moved(editor):
    pairing = make_pairing()
    other = make_pairing(dispute=pairing.dispute, left="it is day", right="it is night")

    action = do("merge", pairing, editor)

    assert set(action.before["pairings"]) == {str(pairing.pk), str(other.pk)}
    assert set(action.before["disputes"]) == {str(pairing.dispute_id)}


def test_the_dispute_page_review_is_recorded_too(editor_client):
    pairing = make_pairing()

    editor_client.post(reverse("pairing_review", args=[pairing.pk]), {"status": CONFIRMED, "version": pairing.version})

    assert Action.objects.get().verb == Action.Verb.CONFIRM


@pytest.mark.parametrize("verb", VERBS)
def test_undo_restores_the_rows_as_they_were_and_is_recorded(editor, verb):
    pairing = make_pairing()
    was = state(pairing)
    action = do(verb, pairing, editor)
    other = make_user("eddie", editor=True)

    undone = services.action_undo(action=action, user=other)

    assert state(pairing) == was
    action.refresh_from_db()
    assert (action.undone_by, undone.verb, undone.undoes, undone.actor) == (other, "undo", action, other)
    assert action.undone_at is not None
    assert undone.before == action.after


def test_an_undo_can_itself_be_undone(editor):
    pairing = make_pairing()
    action = do("confirm", pairing, editor)
    undone = services.action_undo(action=action, user=editor)

    services.action_undo(action=undone, user=editor)

    assert state(pairing)[0] == CONFIRMED


def test_undo_is_refused_after_the_window(editor, settings):
    settings.UNDO_WINDOW_SECONDS = 600
    pairing = make_pairing()
    action = do("confirm", pairing, editor)
    age(action, 601)

    with pytest.raises(services.UndoRefused, match="too old to undo: an action can be undone for 10 minutes"):
        services.action_undo(action=action, user=editor)

    assert state(pairing)[0] == CONFIRMED
    assert Action.objects.count() == 1


def test_undo_works_until_the_window_closes(editor, settings):
    settings.UNDO_WINDOW_SECONDS = 600
    pairing = make_pairing()
    action = do("confirm", pairing, editor)
    age(action, 590)

    services.action_undo(action=action, user=editor)

    assert state(pairing)[0] == SUGGESTED


def test_undo_is_refused_when_a_newer_action_changed_the_same_row(editor):
    pairing = make_pairing()
    confirm = do("confirm", pairing, editor)
    do("swap", pairing, editor)

    with pytest.raises(services.UndoRefused, match="This pairing was changed again since"):
        services.action_undo(action=confirm, user=editor)

    status, _, _, swapped, *_ = state(pairing)
    assert (status, swapped) == (CONFIRMED, True)


def test_undoing_a_merge_is_refused_if_one_moved_pair_changed_since_and_nothing_is_restored(editor):
    pairing = make_pairing()
    other = make_pairing(dispute=pairing.dispute, left="it is day", right="it is night")
    merge = do("merge", pairing, editor)
    other.refresh_from_db()
    do("confirm", other, editor)

    with pytest.raises(services.UndoRefused):
        services.action_undo(action=merge, user=editor)

    assert Pairing.objects.get(pk=pairing.pk).dispute_id == merge.dispute_id
    assert Dispute.objects.get(pk=pairing.dispute_id).merged_into_id == merge.dispute_id


def test_undo_is_refused_twice(editor):
    action = do("confirm", make_pairing(), editor)
    services.action_undo(action=action, user=editor)

    with pytest.raises(services.UndoRefused, match="already undone"):
        services.action_undo(action=action, user=editor)


def window(environment: dict[str, str]) -> subprocess.CompletedProcess:
    """The undo window the settings read from ``environment``, in a fresh interpreter."""
    env = {key: value for key, value in os.environ.items() if key != "UNDO_WINDOW_SECONDS"} | environment
    code = "from claims import settings; print(settings.UNDO_WINDOW_SECONDS)"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)


def test_the_undo_window_is_ten_minutes_unless_the_environment_says_otherwise():
    assert window({}).stdout == "600\n"
    assert window({"UNDO_WINDOW_SECONDS": "90"}).stdout == "90\n"
    assert "UNDO_WINDOW_SECONDS must be a whole number, not 'soon'" in window({"UNDO_WINDOW_SECONDS": "soon"}).stderr


# The undo endpoint


def test_undo_in_place_returns_the_card_as_it_was(editor_client, editor):
    pairing = make_pairing()
    act(editor_client, "review_confirm", pairing, HTMX)

    response = undo(editor_client, Action.objects.get(), HTMX, card=pairing.pk)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="card-{pairing.pk}"' in html
    assert "Undone." in html
    assert "Suggested" in html
    assert state(pairing)[0] == SUGGESTED


def test_undo_without_htmx_redirects_back(editor_client, editor):
    pairing = make_pairing()
    do("confirm", pairing, editor)

    response = undo(editor_client, Action.objects.get(), next=reverse("dispute_history", args=[pairing.dispute.slug]))

    assert response.status_code == 302
    assert response.url == reverse("dispute_history", args=[pairing.dispute.slug])
    assert flashed(response) == ["Undone."]


def test_a_refused_undo_says_why_in_place_and_without_htmx(editor_client, editor):
    pairing = make_pairing()
    action = do("confirm", pairing, editor)
    age(action, 3600)

    response = undo(editor_client, action, HTMX, card=pairing.pk)

    assert response.status_code == 409
    assert "This is too old to undo" in response.content.decode()
    response = undo(editor_client, action)
    assert response.status_code == 302
    assert flashed(response) == ["This is too old to undo: an action can be undone for 10 minutes."]


def test_undo_in_place_answers_404_for_a_card_that_is_not_there(editor_client, editor):
    action = do("confirm", make_pairing(), editor)

    assert undo(editor_client, action, HTMX, card=999999).status_code == 404


def test_undo_is_for_editors_only(client, reader_client, editor):
    action = do("confirm", make_pairing(), editor)

    response = undo(client, action)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert undo(reader_client, action).status_code == 403
    assert undo(reader_client, action, HTMX).status_code == 403
    action.refresh_from_db()
    assert action.undone_at is None


def test_undo_needs_the_csrf_token(editor):
    action = do("confirm", make_pairing(), editor)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert undo(client, action).status_code == 403
    assert undo(client, action, HTMX).status_code == 403
    action.refresh_from_db()
    assert action.undone_at is None


def test_undo_rejects_get(editor_client, editor):
    action = do("confirm", make_pairing(), editor)

    assert editor_client.get(reverse("review_undo", args=[action.pk])).status_code == 405


def test_the_queue_offers_to_undo_the_editors_last_action(editor_client, editor):
    pairing = make_pairing()
    make_pairing(left="it is day", right="it is night")
    act(editor_client, "review_confirm", pairing)
    action = Action.objects.get()

    html = editor_client.get(reverse("review")).content.decode()

    assert f'<form method="post" action="{reverse("review_undo", args=[action.pk])}">' in html
    assert "Your last action: confirmed the pair." in html
    age(action, 3600)
    assert "Your last action" not in editor_client.get(reverse("review")).content.decode()


# Where the history is shown


def test_each_card_shows_its_history(editor_client, editor):
    pairing = make_pairing()
    do("swap", pairing, editor)

    html = editor_client.get(reverse("review")).content.decode()

    assert "<summary>History (1)</summary>" in html
    assert "swapped the pair&#x27;s columns" in html
    assert "swapped: <del>False</del> → <ins>True</ins>" in html


def test_the_dispute_history_page_lists_what_was_done_to_it_and_its_pairs(editor_client, editor):
    pairing = make_pairing()
    do("reject", pairing, editor)
    do("rename", pairing, editor)
    moved = make_pairing(dispute=pairing.dispute, left="it is day", right="it is night")
    do("move", moved, editor)
    make_pairing()
    do("confirm", Pairing.objects.exclude(dispute=pairing.dispute).exclude(pk=moved.pk).get(), editor)

    response = editor_client.get(reverse("dispute_history", args=[pairing.dispute.slug]))

    html = response.content.decode()
    assert html.count('<li class="action') == 3
    assert "Reason: Not the same bridge" in html
    assert "renamed the dispute" in html
    assert "moved the pair" in html
    assert "confirmed the pair" not in html


def test_the_dispute_history_page_is_a_whole_page_with_htmx_too(editor_client, editor):
    pairing = make_pairing()
    do("swap", pairing, editor)

    html = editor_client.get(reverse("dispute_history", args=[pairing.dispute.slug]), headers=HTMX).content.decode()

    assert "<html" in html
    assert "swapped the pair&#x27;s columns" in html


def test_a_merged_away_dispute_still_shows_the_merge(editor_client, editor):
    pairing = make_pairing()
    dispute = pairing.dispute
    do("merge", pairing, editor)

    html = editor_client.get(reverse("dispute_history", args=[dispute.slug])).content.decode()

    assert "merged a dispute into this one" in html


def test_the_dispute_history_page_is_for_editors_only(client, reader_client):
    dispute = make_dispute()
    url = reverse("dispute_history", args=[dispute.slug])

    assert client.get(url).url.startswith(reverse("login"))
    assert reader_client.get(url).status_code == 403
    assert reader_client.get(url, headers=HTMX).status_code == 403


@pytest.mark.parametrize("actions", [1, 6])
def test_the_dispute_history_pages_query_count_does_not_grow(editor_client, editor, django_assert_num_queries, actions):
    dispute = make_dispute()
    for _ in range(actions):
        do("swap", make_pairing(dispute=dispute), editor)

    # session, user, editors group, the dispute, count, page of actions.
    with django_assert_num_queries(6):
        response = editor_client.get(reverse("dispute_history", args=[dispute.slug]))

    assert response.content.decode().count('<li class="action') == actions


# The admin shows the history and lets nobody change it


def test_the_admin_shows_actions_read_only(editor):
    admin = make_user("ada", is_staff=True, is_superuser=True)
    pairing = make_pairing()
    action = do("reject", pairing, editor)
    client = Client()
    client.force_login(admin)

    assert client.get(reverse("admin:claims_action_changelist")).status_code == 200
    assert client.get(reverse("admin:claims_action_change", args=[action.pk])).status_code == 200
    assert client.get(reverse("admin:claims_action_add")).status_code == 403
    assert client.post(reverse("admin:claims_action_delete", args=[action.pk]), {"post": "yes"}).status_code == 403
    html = client.get(reverse("admin:claims_pairing_change", args=[pairing.pk])).content.decode()
    assert "Not the same bridge" in html
    dispute_html = client.get(reverse("admin:claims_dispute_change", args=[pairing.dispute_id])).content.decode()
    assert "Actions" in dispute_html
