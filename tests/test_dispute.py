from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Outlet, Pairing, Statement
from tests.builders import KURSK, make_dispute, make_pairing, party

pytestmark = pytest.mark.django_db

CONFIRMED, SUGGESTED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.SUGGESTED, Pairing.Status.REJECTED


def page(client, dispute) -> str:
    response = client.get(dispute.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def review(client, pairing, status: str, **headers):
    return client.post(reverse("pairing_review", args=[pairing.pk]), {"status": status}, headers=headers)


def columns(html: str) -> list[str]:
    """The text of each statement, in page order: left, right, left, right…"""
    return re.findall(r'<blockquote class="quote"><p>(.*?)</p></blockquote>', html)


def test_it_shows_each_side_in_its_column_with_its_sources(client):
    outlet = Outlet.objects.create(name="Example News", domain="example.com")
    pairing = make_pairing(
        status=CONFIRMED, url="https://example.com/a", outlet=outlet, published=datetime.date(2025, 3, 12)
    )

    html = page(client, pairing.dispute)

    assert columns(html) == ["the bridge is intact", "the bridge is destroyed"]
    assert re.findall(r'<h2 class="column-head">.*?(\w+)</span></h2>', html) == ["Russia", "Ukraine"]
    assert html.count('<span class="outlet">Example News</span>, <time datetime="2025-03-12">12 March 2025</time>') == 2
    for statement in (pairing.statement_a, pairing.statement_b):
        assert f'href="{statement.get_absolute_url()}"' in html
    assert html.count('<a href="https://example.com/a" rel="nofollow noopener">Original</a>') == 2
    assert '<span class="cue">says</span>' in html


def test_it_keeps_each_party_in_its_own_column_whatever_the_stored_order(client):
    dispute = make_dispute(sides=("Ukraine", "Russia"))
    pairing = make_pairing(dispute=dispute, status=CONFIRMED)
    # The builder stores Ukraine's statement first; swap the sides so Russia's comes first in the row.
    dispute.party_a, dispute.party_b = party("Russia"), party("Ukraine")
    dispute.save()

    html = page(client, dispute)

    assert columns(html) == [pairing.statement_b.content, pairing.statement_a.content]


def test_readers_see_confirmed_pairs_without_review_controls(client, reader_client):
    dispute = make_dispute()
    make_pairing(dispute=dispute, status=CONFIRMED, left="it is day", right="it is night")
    make_pairing(dispute=dispute, status=SUGGESTED, left="it is warm", right="it is cold")
    make_pairing(dispute=dispute, status=REJECTED, left="it is wet", right="it is dry")

    for viewer in (client, reader_client):
        html = page(viewer, dispute)
        assert columns(html) == ["it is day", "it is night"]
        assert 'name="status"' not in html


def test_editors_also_see_suggested_pairs_with_review_controls(editor_client):
    dispute = make_dispute()
    make_pairing(dispute=dispute, status=CONFIRMED, left="it is day", right="it is night")
    make_pairing(dispute=dispute, status=SUGGESTED, left="it is warm", right="it is cold")
    make_pairing(dispute=dispute, status=REJECTED, left="it is wet", right="it is dry")

    html = page(editor_client, dispute)

    assert sorted(columns(html)) == sorted(["it is day", "it is night", "it is warm", "it is cold"])
    assert html.count('value="confirmed"') == 1
    assert html.count('value="rejected"') == 2
    assert 'hx-post="/pairings/' in html
    assert 'hx-target="#pairing-' in html


def test_an_editor_confirms_a_pair_in_place_with_htmx(editor_client, editor):
    pairing = make_pairing()

    response = review(editor_client, pairing, CONFIRMED, HX_Request="true")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li class="pairing pairing-confirmed" id="pairing-{pairing.pk}">')
    assert "<html" not in html
    assert f"Confirmed by {editor.username}" in html
    assert columns(html) == ["the bridge is intact", "the bridge is destroyed"]
    pairing.refresh_from_db()
    assert (pairing.status, pairing.reviewed_by) == (CONFIRMED, editor)


def test_an_editor_rejects_a_pair_without_javascript(editor_client):
    pairing = make_pairing()

    response = review(editor_client, pairing, REJECTED)

    assert response.status_code == 302
    assert response["Location"] == f"{pairing.dispute.get_absolute_url()}#pairing-{pairing.pk}"
    pairing.refresh_from_db()
    assert pairing.status == REJECTED


def test_review_refuses_an_unknown_status(editor_client):
    pairing = make_pairing()

    assert review(editor_client, pairing, SUGGESTED).status_code == 400
    assert review(editor_client, pairing, "maybe").status_code == 400
    pairing.refresh_from_db()
    assert pairing.status == SUGGESTED


def test_review_refuses_get(editor_client):
    pairing = make_pairing()

    assert editor_client.get(reverse("pairing_review", args=[pairing.pk])).status_code == 405


def test_review_forbids_a_reader(reader_client):
    pairing = make_pairing()

    assert review(reader_client, pairing, CONFIRMED).status_code == 403
    assert review(reader_client, pairing, CONFIRMED, HX_Request="true").status_code == 403
    pairing.refresh_from_db()
    assert pairing.status == SUGGESTED


def test_review_sends_an_outsider_to_sign_in(client):
    pairing = make_pairing()

    response = review(client, pairing, CONFIRMED)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    pairing.refresh_from_db()
    assert pairing.status == SUGGESTED


def test_review_of_an_unknown_pair_is_404(editor_client):
    assert editor_client.post(reverse("pairing_review", args=[999999]), {"status": CONFIRMED}).status_code == 404


def test_an_unknown_dispute_is_404(client):
    assert client.get("/disputes/no-such-thing/").status_code == 404


@pytest.mark.parametrize("pairs", [1, 5])
def test_its_query_count_does_not_grow_with_pairs(client, editor_client, editor, django_assert_num_queries, pairs):
    dispute = make_dispute()
    for n in range(pairs):
        make_pairing(dispute=dispute, status=CONFIRMED, left=f"claim {n}", right=f"denial {n}")
    dispute.pairings.update(reviewed_by=editor)

    # The dispute with its two parties, then the pairs with statements, parties, articles and outlets.
    with django_assert_num_queries(2):
        html = page(client, dispute)
    assert len(columns(html)) == 2 * pairs
    # An editor's request adds the session, the user and the editors-group check.
    with django_assert_num_queries(5):
        page(editor_client, dispute)


# --- the Kursk article, through the real engine ------------------------------------------

RUSSIA_SAYS = "Kursk is now under full control"
UKRAINE_SAYS = "its troops still hold a thin line of territory across the border"


def test_the_kursk_dispute_shows_russias_claim_opposite_ukraines_each_with_its_source(editor_client, client):
    editor_client.post(
        reverse("paste"),
        {
            "body": KURSK.read_text(encoding="utf-8"),
            "url": "https://example.com/kursk",
            "outlet": "Example News",
            "title": "Kursk",
        },
    )
    pairing = Pairing.objects.select_related("dispute").get(
        statement_a__content__in=[RUSSIA_SAYS, UKRAINE_SAYS], statement_b__content__in=[RUSSIA_SAYS, UKRAINE_SAYS]
    )
    russia, ukraine = (Statement.objects.get(content=c) for c in (RUSSIA_SAYS, UKRAINE_SAYS))
    assert (russia.party.name, ukraine.party.name) == ("Russia", "Ukraine")

    editor_client.post(reverse("pairing_review", args=[pairing.pk]), {"status": CONFIRMED})
    html = page(client, pairing.dispute)

    assert re.findall(r'<h2 class="column-head">.*?(\w+)</span></h2>', html) == ["Russia", "Ukraine"]
    row = re.search(rf'<li class="pairing[^"]*" id="pairing-{pairing.pk}">(.*?)</li>', html, re.S)[1]
    assert columns(row) == [RUSSIA_SAYS, UKRAINE_SAYS]
    for statement in (russia, ukraine):
        assert f'href="{statement.get_absolute_url()}"' in row
    assert row.count('<span class="outlet">Example News</span>') == 2
    assert row.count('<a href="https://example.com/kursk" rel="nofollow noopener">Original</a>') == 2
