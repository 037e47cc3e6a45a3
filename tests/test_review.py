"""The review queue and the actions on its cards, with and without htmx."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from claims.models import Action, Dispute, Outlet, Pairing
from claims.services import article_ingest
from tests.builders import make_dispute, make_pairing, make_user, party

pytestmark = pytest.mark.django_db

CONFIRMED, SUGGESTED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.SUGGESTED, Pairing.Status.REJECTED
HTMX = {"HX-Request": "true"}
ACTIONS = ("review_confirm", "review_reject", "review_swap", "review_move", "review_rename", "review_merge")


def act(client: Client, name: str, pairing: Pairing, headers: dict | None = None, **data):
    """POSTs action ``name`` on ``pairing`` with the versions its card shows, unless ``data`` says otherwise."""
    form = {"version": pairing.version, "dispute_version": pairing.dispute.version, **data}
    return client.post(reverse(name, args=[pairing.pk]), form, headers=headers or {})


def queue(client: Client, **params) -> str:
    response = client.get(reverse("review"), params)
    assert response.status_code == 200
    return response.content.decode()


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def scored(score: float, **fields) -> Pairing:
    pairing = make_pairing(left=f"the bridge stood {score}", right=f"the bridge fell {score}", **fields)
    Pairing.objects.filter(pk=pairing.pk).update(score=score)
    return pairing


# The page


def test_it_lists_suggested_pairs_best_first(editor_client):
    scored(0.4)
    scored(2.5)
    scored(1.1)
    make_pairing(status=CONFIRMED, left="it is day", right="it is night")
    make_pairing(status=REJECTED, left="it is wet", right="it is dry")

    html = queue(editor_client)

    assert [html.index(f"the bridge stood {s}") for s in (2.5, 1.1, 0.4)] == sorted(
        html.index(f"the bridge stood {s}") for s in (2.5, 1.1, 0.4)
    )
    assert "it is day" not in html
    assert "it is wet" not in html
    assert "3 pairs waiting for review." in html


def test_each_card_shows_both_sides_with_party_outlet_date_sentence_and_reasons(editor_client):
    outlet = Outlet.objects.create(name="Example News", domain="example.com")
    pairing = make_pairing(outlet=outlet, published=datetime.date(2025, 3, 12))

    html = queue(editor_client)

    assert 'Russia says <mark class="content">the bridge is intact</mark>' in html
    assert 'Ukraine says <mark class="content">the bridge is destroyed</mark>' in html
    assert html.count('fill="#5b6770"/></svg>Russia</span>') == 1
    assert html.count('<span class="outlet">Example News</span>, <time datetime="2025-03-12">12 March 2025</time>') == 2
    assert "<li>opposed terms: intact ↔ destroyed</li>" in html
    assert f'href="{pairing.dispute.get_absolute_url()}"' in html
    assert f'<input type="hidden" name="version" value="{pairing.version}">' in html


def test_it_escapes_the_text_it_shows(editor_client):
    make_pairing(left="<script>alert(1)</script> holds", right="the bridge & the town fell")

    html = queue(editor_client)

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; holds" in html
    assert "the bridge &amp; the town fell" in html


def test_it_filters_by_party(editor_client):
    scored(1.0)
    other = scored(2.0, dispute=make_dispute(sides=("Israel", "Hamas")))

    html = queue(editor_client, party=party("Hamas").slug)

    assert "the bridge stood 2.0" in html
    assert "the bridge stood 1.0" not in html
    assert other.dispute.title in html


def test_it_filters_by_outlet_dispute_and_score(editor_client):
    reuters = Outlet.objects.create(name="Reuters")
    low = scored(0.5, outlet=reuters)
    high = scored(3.0)

    assert "stood 0.5" in queue(editor_client, outlet=reuters.pk)
    assert "stood 3.0" not in queue(editor_client, outlet=reuters.pk)
    assert "stood 0.5" not in queue(editor_client, dispute=high.dispute.slug)
    assert "stood 3.0" in queue(editor_client, dispute=high.dispute.slug)
    assert "stood 0.5" not in queue(editor_client, min_score="1")
    assert "stood 3.0" in queue(editor_client, min_score="1")
    assert low.pk


def test_it_filters_the_pairs_pasted_by_me(editor, editor_client):
    scored(1.0, pasted_by=editor)
    scored(2.0, pasted_by=make_user("other", editor=True))

    html = queue(editor_client, mine="on")

    assert "stood 1.0" in html
    assert "stood 2.0" not in html
    assert "1 pair waiting for review." in html


def test_it_explains_filters_it_cannot_use_and_shows_no_pairs(editor_client):
    scored(1.0)

    html = queue(editor_client, min_score="lots", party="nobody")

    assert "Score at least: Enter a number." in html
    assert "Party: Select a valid choice." in html
    assert "stood 1.0" not in html


def test_htmx_gets_only_the_list(editor_client):
    scored(1.0)

    response = editor_client.get(reverse("review"), {"min_score": "0.5"}, headers=HTMX)

    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"')
    assert "<html" not in html
    assert "stood 1.0" in html


def test_it_shows_twenty_pairs_a_page_with_links_that_keep_the_filters(editor_client):
    for n in range(21):
        scored(10 - n / 10)

    first = queue(editor_client, min_score="0")
    second = queue(editor_client, min_score="0", page="2")

    assert first.count("data-card") == 20
    assert second.count("data-card") == 1
    assert 'href="?min_score=0&amp;page=2"' in first
    assert 'hx-get="?min_score=0&amp;page=2"' in first


def test_it_lists_the_keyboard_shortcuts_and_loads_its_script_with_the_nonce(editor_client):
    html = queue(editor_client)

    for key in "jkcru":
        assert f"<dt><kbd>{key}</kbd></dt>" in html
    assert '<script src="/static/claims/review.js" nonce="' in html
    assert "onclick" not in html
    assert "style=" not in html


def test_editors_find_it_in_the_navigation(editor_client, reader_client):
    assert 'href="/review/">Review queue</a>' in editor_client.get(reverse("home")).content.decode()
    assert "Review queue" not in reader_client.get(reverse("home")).content.decode()


@pytest.mark.parametrize("pairs", [1, 6])
def test_its_query_count_does_not_grow_with_pairs(editor_client, django_assert_num_queries, pairs):
    for n in range(pairs):
        pairing = scored(n, outlet=Outlet.objects.create(name=f"Outlet {n}"))
        # Cards list their history: give each some.
        act(editor_client, "review_swap", pairing)

    # session, user, editors group, last action, disputes for the datalist, count, page, history;
    # and the filter form's parties, outlets and disputes.
    with django_assert_num_queries(11):
        html = queue(editor_client)

    assert html.count("data-card") == pairs


@pytest.mark.parametrize("pairs", [1, 6])
def test_its_query_count_with_filters_does_not_grow_with_pairs(editor, editor_client, django_assert_num_queries, pairs):
    dispute = make_dispute()
    for n in range(pairs):
        scored(n, dispute=dispute, pasted_by=editor)

    # As above, and one query per filter that names a row (the party, the dispute) to check it exists.
    with django_assert_num_queries(13):
        html = queue(editor_client, party="russia", dispute=dispute.slug, min_score="0", mine="on")

    assert html.count("data-card") == pairs


@pytest.mark.parametrize("pairs", [1, 6])
def test_the_htmx_lists_query_count_does_not_grow_with_pairs(editor_client, django_assert_num_queries, pairs):
    for n in range(pairs):
        act(editor_client, "review_swap", scored(n))

    # session, user, editors group, count, page, history: the filters and the dispute list are the page's.
    with django_assert_num_queries(6):
        response = editor_client.get(reverse("review"), headers=HTMX)

    assert response.content.decode().count("data-card") == pairs


# Who may see it and act


def test_it_sends_anonymous_visitors_to_sign_in(client):
    pairing = make_pairing()

    response = client.get(reverse("review"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    for name in ACTIONS:
        response = act(client, name, pairing, title="New title", into=pairing.dispute.slug)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    assert Pairing.objects.get(pk=pairing.pk).version == 1
    assert not Action.objects.exists()


def test_it_refuses_readers(reader_client):
    pairing = make_pairing()

    assert reader_client.get(reverse("review")).status_code == 403
    for name in ACTIONS:
        assert act(reader_client, name, pairing, title="New title").status_code == 403
    assert Pairing.objects.get(pk=pairing.pk).version == 1
    assert not Action.objects.exists()


@pytest.mark.parametrize("name", ACTIONS)
def test_every_action_rejects_get(editor_client, name):
    pairing = make_pairing()

    assert editor_client.get(reverse(name, args=[pairing.pk])).status_code == 405


@pytest.mark.parametrize("name", ACTIONS)
def test_every_action_needs_the_csrf_token(editor, name):
    pairing = make_pairing()
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert act(client, name, pairing, title="x").status_code == 403
    assert not Action.objects.exists()


@pytest.mark.parametrize("name", ACTIONS)
def test_every_action_says_it_needs_the_version_its_page_showed(editor_client, name):
    pairing = make_pairing()

    response = act(editor_client, name, pairing, version="", dispute_version="")

    assert response.status_code == 400
    assert b"which version" in response.content
    assert not Action.objects.exists()


def test_it_answers_404_for_a_pair_that_is_not_there(editor_client):
    assert editor_client.post(reverse("review_confirm", args=[999999]), {"version": 1}).status_code == 404


# Each action, with htmx and without


def test_confirm_in_place_returns_the_card_as_it_now_stands(editor_client, client):
    pairing = make_pairing()

    response = act(editor_client, "review_confirm", pairing, HTMX)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li class="pairing review-card pairing-confirmed" id="card-{pairing.pk}"')
    assert "Confirmed by edith" in html
    assert "Confirmed: readers now see this pair." in html
    assert '<div id="last-action" class="last-action" hx-swap-oob="true">' in html
    assert "the bridge is intact" in client.get(pairing.dispute.get_absolute_url()).content.decode()


def test_confirm_without_htmx_redirects_back_to_the_page_it_came_from(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_confirm", pairing, next="/review/?min_score=1")

    assert response.status_code == 302
    assert response.url == "/review/?min_score=1"
    assert flashed(response) == ["Confirmed: readers now see this pair."]
    assert Pairing.objects.get(pk=pairing.pk).status == CONFIRMED


def test_it_never_redirects_to_another_site(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_confirm", pairing, next="https://evil.example/")

    assert response.url == reverse("review")


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_reject_keeps_the_reason(editor_client, headers):
    pairing = make_pairing()

    response = act(editor_client, "review_reject", pairing, headers, reason="  Different bridges.  ")

    assert response.status_code == (200 if headers else 302)
    assert Pairing.objects.get(pk=pairing.pk).status == REJECTED
    assert Action.objects.get().reason == "Different bridges."


def test_reject_refuses_a_reason_too_long_with_a_plain_message(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_reject", pairing, HTMX, reason="x" * 501)

    assert response.status_code == 400
    assert "Keep the reason to 500 characters; this one has 501." in response.content.decode()
    assert Pairing.objects.get(pk=pairing.pk).status == SUGGESTED
    assert not Action.objects.exists()

    response = act(editor_client, "review_reject", pairing, reason="x" * 501)

    assert response.status_code == 302
    assert flashed(response) == ["Keep the reason to 500 characters; this one has 501."]


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_swap_puts_each_statement_in_the_other_column(editor_client, client, headers):
    pairing = make_pairing(status=CONFIRMED)

    response = act(editor_client, "review_swap", pairing, headers)

    assert response.status_code == (200 if headers else 302)
    html = client.get(pairing.dispute.get_absolute_url()).content.decode()
    assert html.index("the bridge is destroyed") < html.index("the bridge is intact")


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_rename_changes_the_title_and_keeps_the_address(editor_client, headers):
    pairing = make_pairing()
    slug = pairing.dispute.slug

    response = act(editor_client, "review_rename", pairing, headers, title="  Who holds the Sudzha bridge?  ")

    assert response.status_code == (200 if headers else 302)
    dispute = Dispute.objects.get(pk=pairing.dispute_id)
    assert (dispute.title, dispute.slug, dispute.version) == ("Who holds the Sudzha bridge?", slug, 2)


def test_rename_refuses_an_empty_title(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_rename", pairing, HTMX, title="   ")

    assert response.status_code == 400
    assert "This field cannot be blank." in response.content.decode()
    assert Dispute.objects.get(pk=pairing.dispute_id).version == 1


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_move_puts_the_pair_in_another_dispute(editor_client, headers):
    pairing = make_pairing()
    other = make_dispute(title="Who blew up the bridge?")

    response = act(editor_client, "review_move", pairing, headers, to=other.slug)

    assert response.status_code == (200 if headers else 302)
    assert Pairing.objects.get(pk=pairing.pk).dispute == other


def test_move_to_a_new_dispute_starts_it_with_the_same_columns(editor_client):
    pairing = make_pairing()

    act(editor_client, "review_move", pairing, HTMX, new_title="Was the bridge rebuilt?")

    moved = Pairing.objects.select_related("dispute").get(pk=pairing.pk).dispute
    assert (moved.title, moved.slug) == ("Was the bridge rebuilt?", "was-the-bridge-rebuilt")
    assert moved.parties == pairing.dispute.parties


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"to": "no-such-dispute"}, "No dispute has the address “no-such-dispute”"),
        ({}, "Choose a dispute to move the pair to, or give a title for a new one."),
    ],
)
def test_move_explains_what_it_cannot_do(editor_client, data, problem):
    pairing = make_pairing()

    response = act(editor_client, "review_move", pairing, HTMX, **data)

    assert response.status_code == 400
    assert problem in response.content.decode()
    assert Pairing.objects.get(pk=pairing.pk).dispute_id == pairing.dispute_id


def test_move_refuses_the_dispute_the_pair_is_in(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_move", pairing, to=pairing.dispute.slug)

    assert flashed(response) == ["The pair is already in this dispute."]


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_merge_moves_every_pair_into_the_other_dispute(editor_client, headers):
    first = make_pairing()
    second = make_pairing(dispute=first.dispute, left="it is day", right="it is night")
    into = make_dispute(title="Who holds the bridge?")

    response = act(editor_client, "review_merge", first, headers, into=into.slug)

    assert response.status_code == (200 if headers else 302)
    assert set(into.pairings.all()) == {first, second}
    assert Dispute.objects.get(pk=first.dispute_id).merged_into == into


def test_merge_refuses_a_dispute_into_itself(editor_client):
    pairing = make_pairing()

    response = act(editor_client, "review_merge", pairing, HTMX, into=pairing.dispute.slug)

    assert response.status_code == 400
    assert "A dispute cannot be merged into itself." in response.content.decode()


def test_pairs_found_later_about_a_merged_dispute_go_to_the_one_it_was_merged_into(editor, fake_engine):
    fake_engine.claims = [("Kremlin", "Russia", "the bridge is intact"), ("Kyiv", "Ukraine", "the bridge is gone")]
    fake_engine.pairs = [(0, 1, "Sudzha bridge")]
    article_ingest(raw="Kremlin: the bridge is intact. Kyiv: the bridge is gone.")
    merged = Dispute.objects.get(key="sudzha-bridge")
    into = make_dispute(title="Who holds the bridge?")
    Dispute.objects.filter(pk=merged.pk).update(merged_into=into)

    article_ingest(raw="Later. Kremlin: the bridge is intact. Kyiv: the bridge is gone.")

    assert into.pairings.count() == 1
