from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Outlet, Pairing, Party
from claims.views import reading
from tests.builders import make_dispute, make_pairing, make_statement, pair

pytestmark = pytest.mark.django_db

CONFIRMED = Pairing.Status.CONFIRMED


def home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_it_lists_disputes_with_their_sides_and_statement_counts(client):
    dispute = make_dispute(title="Is the bridge standing?")
    first = make_pairing(dispute=dispute, status=CONFIRMED)
    second = make_statement(article=first.statement_a.article, side=dispute.party_b, content="the bridge fell")
    pair(dispute=dispute, statements=(first.statement_a, second), status=CONFIRMED)

    html = home(client)

    assert f'<a href="{dispute.get_absolute_url()}">Is the bridge standing?</a>' in html
    # Russia's one statement is paired twice; Ukraine has two statements.
    assert html.index("Russia") < html.index("1 statement<") < html.index("Ukraine") < html.index("2 statements")


def test_it_shows_each_partys_colour_as_an_svg_fill_not_a_style(client):
    dispute = make_dispute()
    Party.objects.filter(pk=dispute.party_a_id).update(colour="#b22222")
    make_pairing(dispute=dispute, status=CONFIRMED)

    html = home(client)

    assert '<circle cx="5" cy="5" r="5" fill="#b22222"/></svg>Russia</span>' in html
    assert "style=" not in html


def test_it_counts_the_outlets_each_dispute_was_reported_in(client, editor_client):
    dispute = make_dispute()
    reuters, ap = Outlet.objects.create(name="Reuters"), Outlet.objects.create(name="AP")
    make_pairing(dispute=dispute, status=CONFIRMED, outlet=reuters)
    make_pairing(dispute=dispute, status=CONFIRMED, left="it is day", right="it is night", outlet=reuters)
    make_pairing(dispute=dispute, left="it is warm", right="it is cold", outlet=ap)
    make_pairing(dispute=dispute, status=CONFIRMED, left="it is wet", right="it is dry")

    assert "1 outlet ·" in home(client)
    # Editors count the outlets of the suggestions they see too.
    assert "2 outlets ·" in home(editor_client)


def test_the_most_recently_active_dispute_comes_first(client, editor_client):
    older, newer = make_dispute(title="Older matter"), make_dispute(title="Newer matter")
    make_pairing(dispute=older, status=CONFIRMED)
    make_pairing(dispute=newer, status=CONFIRMED)
    assert home(client).index("Newer matter") < home(client).index("Older matter")

    # An editor confirming a pair is activity on its dispute.
    suggested = make_pairing(dispute=older, left="it is warm", right="it is cold")
    editor_client.post(
        reverse("pairing_review", args=[suggested.pk]), {"status": CONFIRMED, "version": suggested.version}
    )

    assert home(client).index("Older matter") < home(client).index("Newer matter")


def test_readers_see_only_disputes_with_confirmed_pairs(client, reader_client, editor_client):
    make_pairing(dispute=make_dispute(title="Reviewed matter"), status=CONFIRMED)
    make_pairing(dispute=make_dispute(title="Unreviewed matter"))
    make_pairing(dispute=make_dispute(title="Rejected matter"), status=Pairing.Status.REJECTED)

    for viewer in (client, reader_client):
        html = home(viewer)
        assert "Reviewed matter" in html
        assert "Unreviewed matter" not in html
    html = home(editor_client)
    assert "Reviewed matter" in html
    assert "Unreviewed matter" in html
    assert "Rejected matter" not in html


def test_it_says_so_when_there_is_nothing_to_show(client):
    assert "No disputes to show yet." in home(client)


@pytest.mark.parametrize("disputes", [1, 5])
def test_its_query_count_does_not_grow_with_disputes(client, editor_client, django_assert_num_queries, disputes):
    for _ in range(disputes):
        make_pairing(status=CONFIRMED)

    # How many disputes there are (for the pages), a page of them with parties and per-side counts,
    # and the outlets of that page's pairs.
    with django_assert_num_queries(3):
        html = home(client)
    assert html.count('class="card dispute-card"') == disputes
    # An editor's request adds the session, the user and the editors-group check.
    with django_assert_num_queries(6):
        home(editor_client)


def test_it_shows_disputes_a_page_at_a_time(client, monkeypatch):
    monkeypatch.setattr(reading, "DISPUTES_PER_PAGE", 2)
    for n in range(3):
        make_pairing(dispute=make_dispute(title=f"Matter {n}"), status=CONFIRMED)

    first, second = home(client), client.get("/", {"page": 2}).content.decode()

    assert first.count('class="card dispute-card"') == 2
    assert '<a href="?page=2" rel="next">Older disputes</a>' in first
    assert second.count('class="card dispute-card"') == 1
    assert "Page 2 of 2" in second
