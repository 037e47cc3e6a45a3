from __future__ import annotations

import pytest

from claims.models import Pairing
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

    # How many disputes there are (for the pages), then a page of them with parties and per-side counts.
    with django_assert_num_queries(2):
        html = home(client)
    assert html.count('class="card dispute-card"') == disputes
    # An editor's request adds the session, the user and the editors-group check.
    with django_assert_num_queries(5):
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
