from __future__ import annotations

import datetime
import json
import re

import pytest
from django.urls import reverse

from claims.models import Outlet, Pairing, Statement
from tests.builders import KURSK, make_dispute, make_pairing, make_statement, party

pytestmark = pytest.mark.django_db

CONFIRMED, SUGGESTED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.SUGGESTED, Pairing.Status.REJECTED


def page(client, dispute) -> str:
    response = client.get(dispute.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def review(client, pairing, status: str, **headers):
    pairing.refresh_from_db(fields=["version"])
    return client.post(
        reverse("pairing_review", args=[pairing.pk]), {"status": status, "version": pairing.version}, headers=headers
    )


def pairing_row(html: str, pairing) -> str:
    """The markup of ``pairing``'s row, up to the next row or the end of the list."""
    return re.search(rf'id="pairing-{pairing.pk}">(.*?)(?=<li class="pairing|</ol>\s*</section>)', html, re.S)[1]


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
    assert re.findall(r'<p class="column-head">.*?(\w+)</span></p>', html) == ["Russia", "Ukraine"]
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
    assert '<mark class="content">the bridge is intact</mark>' in html
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


def test_a_review_from_a_stale_page_is_refused_in_place_and_keeps_the_first_review(editor_client, editor):
    pairing = make_pairing()
    seen = pairing.version
    review(editor_client, pairing, REJECTED)  # another editor's review lands first

    response = editor_client.post(
        reverse("pairing_review", args=[pairing.pk]),
        {"status": CONFIRMED, "version": seen},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 409
    assert "Another editor changed this" in response.content.decode()
    assert f'id="pairing-{pairing.pk}"' in response.content.decode()
    pairing.refresh_from_db()
    assert pairing.status == REJECTED


def test_a_review_without_the_version_it_saw_is_refused(editor_client):
    pairing = make_pairing()

    response = editor_client.post(reverse("pairing_review", args=[pairing.pk]), {"status": CONFIRMED})

    assert response.status_code == 400
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
        paired = make_pairing(dispute=dispute, status=CONFIRMED, left=f"claim {n}", right=f"denial {n}")
        make_statement(article=paired.statement_a.article, side=dispute.party_a, content=f"aside {n}")
    dispute.pairings.update(reviewed_by=editor)

    # The dispute with its two parties; the pairs with statements, parties, articles and outlets;
    # the sides' unpaired statements in those articles; the evidence balance.
    with django_assert_num_queries(4):
        html = page(client, dispute)
    assert len(columns(html)) == 3 * pairs
    # An editor's request adds the session, the user and the editors-group check.
    with django_assert_num_queries(7):
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

    editor_client.post(reverse("pairing_review", args=[pairing.pk]), {"status": CONFIRMED, "version": pairing.version})
    html = page(client, pairing.dispute)

    assert re.findall(r'<p class="column-head">.*?(\w+)</span></p>', html) == ["Russia", "Ukraine"]
    row = pairing_row(html, pairing)
    assert columns(row) == [RUSSIA_SAYS, UKRAINE_SAYS]
    for statement in (russia, ukraine):
        assert f'href="{statement.get_absolute_url()}"' in row
    assert row.count('<span class="outlet">Example News</span>') == 2
    assert row.count('<a href="https://example.com/kursk" rel="nofollow noopener">Original</a>') == 2


# --- what each statement card, and the page around the pairs, tells a reader -----------------


def test_each_card_shows_the_quote_in_its_sentence_and_how_it_reached_us(client):
    pairing = make_pairing(status=CONFIRMED, outlet=Outlet.objects.create(name="Example News"))
    statement = pairing.statement_a
    statement.relay = "the Associated Press"
    statement.speaker = "A Russian spokesman"
    statement.save()

    card = re.search(r'<figure class="statement" id="claim-(\d+)">(.*?)</figure>', page(client, pairing.dispute), re.S)

    assert card[1] == str(statement.pk)
    assert '<span class="speaker">A Russian spokesman</span>' in card[2]
    assert 'In its sentence:</span> Russia says <mark class="content">the bridge is intact</mark>.' in card[2]
    hops = re.findall(r'<li class="hop hop-(\w+)">(.*?)</li>', card[2])
    assert hops == [("speaker", "A Russian spokesman"), ("relay", "AP"), ("outlet", "Example News")]


def test_the_sides_unpaired_statements_in_the_same_reports_follow_in_their_columns(client):
    dispute = make_dispute()
    pairing = make_pairing(dispute=dispute, status=CONFIRMED)
    article = pairing.statement_a.article
    make_statement(article=article, side=dispute.party_b, content="the river is rising")
    make_statement(article=article, side=party("Belarus"), content="it stays out of this")

    html = page(client, dispute)

    below = html[html.index('id="unpaired-heading"') :]
    left, right = re.findall(r'<ul class="unpaired-side">(.*?)</ul>', below, re.S)
    assert (columns(left), columns(right)) == ([], ["the river is rising"])
    assert "it stays out of this" not in html
    assert columns(html[: html.index('id="unpaired-heading"')]) == ["the bridge is intact", "the bridge is destroyed"]


def test_a_statement_paired_only_in_a_suggestion_is_unpaired_for_readers_and_paired_for_editors(
    client, reader_client, editor_client
):
    dispute = make_dispute()
    make_pairing(dispute=dispute, status=SUGGESTED, left="it is warm", right="it is cold")
    confirmed = make_pairing(dispute=dispute, status=CONFIRMED)
    make_statement(article=confirmed.statement_a.article, side=dispute.party_a, content="it is spring")

    for viewer in (client, reader_client):
        assert "unpaired-heading" in page(viewer, dispute)
        assert "it is warm" not in page(viewer, dispute)
    html = page(editor_client, dispute)
    assert "it is warm" in html
    assert columns(html[html.index('id="unpaired-heading"') :]) == ["it is spring"]


def test_it_draws_the_timeline_and_the_evidence_balance_of_confirmed_pairs(client, editor_client):
    dispute = make_dispute()
    make_pairing(
        dispute=dispute,
        status=CONFIRMED,
        outlet=Outlet.objects.create(name="Reuters"),
        published=datetime.date(2024, 8, 9),
    )
    make_pairing(dispute=dispute, left="it is day", right="it is night", published=datetime.date(2024, 8, 11))

    for viewer in (client, editor_client):
        html = page(viewer, dispute)
        timeline = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="timeline".*?</svg>', html, re.S)[0]
        # Editors see the suggestion in the columns, but the overview stands on what readers see.
        assert timeline.count('<circle class="timeline-point"') == 2
        assert 'style="' not in timeline
        assert " ".join(html.split()).count("1 statement · 1 outlet · 1 independent source") == 2


def test_its_json_ld_names_confirmed_pairs_only_even_for_editors(editor_client):
    dispute = make_dispute()
    confirmed = make_pairing(dispute=dispute, status=CONFIRMED)
    make_pairing(dispute=dispute, left="it is warm", right="it is cold")

    html = page(editor_client, dispute)

    data = json.loads(re.search(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', html, re.S)[1])
    claims = [node["text"] for node in data["@graph"] if node["@type"] == "Claim"]
    assert sorted(claims) == sorted([confirmed.statement_a.content, confirmed.statement_b.content])
    assert "it is warm" in html


def test_it_has_a_canonical_permalink_and_open_graph_tags(client):
    pairing = make_pairing(status=CONFIRMED)
    dispute = pairing.dispute

    html = page(client, dispute)

    url = f"http://testserver{dispute.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'<meta property="og:title" content="{dispute.title}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert 'content="What each side claims, side by side, with its source. Russia: 1 statement from 0 outlets.' in html


def test_it_escapes_what_the_articles_say(client):
    dispute = make_dispute()
    make_pairing(dispute=dispute, status=CONFIRMED, left='<img src=x onerror="alert(1)">', right="it is & isn't")

    html = page(client, dispute)

    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_a_merged_away_dispute_leads_to_the_dispute_it_was_merged_into(client):
    survivor = make_dispute(title="Who controls the Kursk region?")
    merged = make_dispute(title="Control of Kursk")
    merged.merged_into = survivor
    merged.save()

    response = client.get(merged.get_absolute_url())

    assert response.status_code == 302
    assert response["Location"] == survivor.get_absolute_url()
