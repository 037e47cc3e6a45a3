from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection

from claims.models import Outlet, Pairing, PartyAlias
from claims.search import MAX_QUERY_LENGTH, SearchTerms, search_statements
from claims.views import reading
from tests.builders import make_dispute, make_pairing, party

pytestmark = pytest.mark.django_db

CONFIRMED, SUGGESTED, REJECTED = Pairing.Status.CONFIRMED, Pairing.Status.SUGGESTED, Pairing.Status.REJECTED
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")


def search(client, **params) -> str:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def quotes(html: str) -> list[str]:
    """The statements found, in the order shown."""
    return re.findall(r'<li class="card result result-statement">.*?<blockquote class="quote"><p>(.*?)</p>', html, re.S)


def disputes(html: str) -> list[str]:
    return re.findall(r'<li class="card result result-dispute">\s*<a href="[^"]+">(.*?)</a>', html)


def test_it_finds_a_statement_by_its_words_with_its_source_and_dispute(client):
    outlet = Outlet.objects.create(name="Example News")
    pairing = make_pairing(status=CONFIRMED, outlet=outlet, published=datetime.date(2024, 8, 9))

    html = search(client, q="intact")

    assert quotes(html) == ["the bridge is intact"]
    statement = pairing.statement_a
    assert f'href="{pairing.dispute.get_absolute_url()}#claim-{statement.pk}"' in html
    assert f'href="{statement.get_absolute_url()}">In the article</a>' in html
    assert '<span class="outlet">Example News</span>, <time datetime="2024-08-09">9 August 2024</time>' in html


def test_it_finds_statements_by_their_speaker(client):
    pairing = make_pairing(status=CONFIRMED)
    pairing.statement_b.speaker = "Volodymyr Zelensky"
    pairing.statement_b.save()

    assert quotes(search(client, q="Zelensky")) == ["the bridge is destroyed"]


def test_it_finds_a_partys_statements_by_its_name_or_an_alias(client):
    make_pairing(status=CONFIRMED)
    PartyAlias.objects.create(party=party("Ukraine"), alias="Kyiv")

    assert quotes(search(client, q="ukraine")) == ["the bridge is destroyed"]
    assert quotes(search(client, q="Kyiv")) == ["the bridge is destroyed"]


def test_it_finds_disputes_by_their_title(client):
    make_pairing(dispute=make_dispute(title="Who holds Sudzha?"), status=CONFIRMED)
    make_pairing(dispute=make_dispute(title="Who holds Kursk?"), status=CONFIRMED)

    html = search(client, q="Sudzha")

    assert disputes(html) == ["Who holds Sudzha?"]
    assert quotes(html) == []
    assert "0 statements" in html


def test_readers_find_only_confirmed_pairs_and_editors_also_suggested_ones(client, reader_client, editor_client):
    dispute = make_dispute(title="Is it light?")
    make_pairing(dispute=dispute, status=CONFIRMED, left="it is light by day", right="it is dark by day")
    make_pairing(dispute=make_dispute(title="Is it light now?"), left="it is light now", right="it is dark now")
    make_pairing(status=REJECTED, left="it is light at night", right="it is dark at night")

    for viewer in (client, reader_client):
        html = search(viewer, q="light")
        assert quotes(html) == ["it is light by day"]
        assert disputes(html) == ["Is it light?"]
    html = search(editor_client, q="light")
    assert sorted(quotes(html)) == ["it is light by day", "it is light now"]
    assert sorted(disputes(html)) == ["Is it light now?", "Is it light?"]


def test_it_narrows_by_party_outlet_and_dates(client):
    reuters, ap = Outlet.objects.create(name="Reuters"), Outlet.objects.create(name="AP")
    make_pairing(
        status=CONFIRMED, left="a bridge stands", right="a bridge fell", outlet=reuters, published="2024-08-09"
    )
    make_pairing(status=CONFIRMED, left="the bridge stands", right="the bridge fell", outlet=ap, published="2024-09-01")

    assert quotes(search(client, q="bridge", party="ukraine")) == ["the bridge fell", "a bridge fell"]
    assert quotes(search(client, q="bridge", outlet=reuters.pk)) == ["a bridge fell", "a bridge stands"]
    assert quotes(search(client, q="bridge", since="2024-08-15")) == ["the bridge fell", "the bridge stands"]
    assert quotes(search(client, q="bridge", until="2024-08-15", party="russia")) == ["a bridge stands"]
    # Filters alone browse: everything from one outlet, newest first.
    assert len(quotes(search(client, outlet=ap.pk))) == 2


def test_a_bad_date_gets_a_plain_message_and_keeps_what_was_typed(client):
    make_pairing(status=CONFIRMED)

    html = search(client, q="bridge", since="9 August")

    assert "Published from: Write the date as year-month-day, e.g. 2024-08-09." in html
    assert 'value="9 August"' in html
    assert 'value="bridge"' in html
    assert quotes(html) == []


def test_dates_the_wrong_way_round_get_a_plain_message(client):
    html = search(client, q="bridge", since="2024-09-01", until="2024-08-01")

    assert "The “from” date comes after the “to” date; swap them to search between them." in html


def test_a_query_longer_than_the_limit_gets_a_plain_message(client):
    make_pairing(status=CONFIRMED)

    html = search(client, q="bridge " * 40)

    assert f"Search for at most {MAX_QUERY_LENGTH} characters; this search has 279." in html
    assert quotes(html) == []
    assert f'maxlength="{MAX_QUERY_LENGTH}"' in html


def test_it_escapes_the_query_it_shows_back(client):
    html = search(client, q='<script>alert("x")</script>')

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_an_empty_search_asks_for_words_without_searching(client, django_assert_num_queries):
    # The form's party and outlet choices, and nothing else.
    with django_assert_num_queries(2):
        html = search(client)
    assert "Type a few words, or pick a party, an outlet or dates." in html


def test_it_shows_results_a_page_at_a_time_keeping_the_search(client, monkeypatch):
    monkeypatch.setattr(reading, "SEARCH_RESULTS_PER_PAGE", 2)
    dispute = make_dispute()
    for n in range(2):
        make_pairing(dispute=dispute, status=CONFIRMED, left=f"bridge {n} stands", right=f"bridge {n} fell")

    first, second = search(client, q="bridge"), search(client, q="bridge", page=2)

    assert len(quotes(first)) == 2
    assert '<a href="?q=bridge&amp;page=2" hx-get="?q=bridge&amp;page=2"' in first
    assert len(quotes(second)) == 2
    assert "Page 2 of 2" in second
    assert disputes(first) and not disputes(second)


def test_the_form_works_without_javascript_and_searches_live_with_htmx(client):
    html = search(client)

    form = re.search(r'<form class="search-form" method="get" action="/search/" role="search"(.*?)</form>', html, re.S)
    assert 'hx-push-url="true"' in form[1]
    assert 'hx-target="#results"' in form[1]
    assert 'hx-get="/search/" hx-trigger="input changed delay:300ms, search"' in form[1]
    assert 'hx-get="/search/" hx-trigger="change"' in form[1]
    assert '<button class="button button-primary" type="submit">Search</button>' in form[1]


def test_htmx_gets_only_the_results(client):
    make_pairing(status=CONFIRMED)

    response = client.get("/search/", {"q": "intact"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "<html" not in html
    assert 'id="results"' not in html
    assert quotes(html) == ["the bridge is intact"]


def test_htmx_restoring_a_page_it_had_not_cached_gets_the_whole_page(client):
    make_pairing(status=CONFIRMED)

    response = client.get(
        "/search/", {"q": "intact"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )

    html = response.content.decode()
    assert "<html" in html
    assert quotes(html) == ["the bridge is intact"]


@pytest.mark.parametrize("pairs", [1, 5])
def test_its_query_count_does_not_grow_with_results(client, editor_client, django_assert_num_queries, pairs):
    dispute = make_dispute(title="Which bridge?")
    for n in range(pairs):
        make_pairing(dispute=dispute, status=CONFIRMED, left=f"bridge {n} stands", right=f"bridge {n} fell")

    # The parties the words name, how many statements match, a page of them, the disputes,
    # then the form's party and outlet choices.
    with django_assert_num_queries(6):
        html = search(client, q="bridge")
    assert len(quotes(html)) == 2 * pairs
    # htmx swaps the results only: no form, so no choices.
    with django_assert_num_queries(4):
        client.get("/search/", {"q": "bridge"}, headers={"HX-Request": "true"})
    # A party filter costs the query that finds the party; an editor adds the session, the user and the group check.
    with django_assert_num_queries(10):
        search(editor_client, q="bridge", party="russia")


@on_postgresql
def test_postgresql_matches_the_forms_of_a_word(client):
    make_pairing(status=CONFIRMED, left="the town is under full control", right="the town was never taken")

    assert quotes(search(client, q="controlled")) == ["the town is under full control"]
    assert quotes(search(client, q='"never taken" -bridge')) == ["the town was never taken"]


@on_postgresql
def test_postgresql_can_search_statements_through_the_gin_index():
    terms = SearchTerms(q="control", parties_named=(party("Russia").pk,))
    query = search_statements(terms, [CONFIRMED])
    with connection.cursor() as cursor:
        # Few rows in a test database: make the planner show whether it can use the index at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = query.explain()

    assert "statement_search" in plan
