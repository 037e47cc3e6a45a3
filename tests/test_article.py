from __future__ import annotations

import datetime
import html as html_lib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.highlight import highlight
from claims.models import Outlet, Pairing, Statement
from tests.builders import make_article, make_dispute, make_pairing, make_statement, pair, party

pytestmark = pytest.mark.django_db


def page(client, article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_it_marks_speaker_cue_and_content_of_each_statement(client):
    pairing = make_pairing(status=Pairing.Status.CONFIRMED)
    article = pairing.statement_a.article

    html = page(client, article)

    marked = '<mark class="speaker">Russia</mark> <mark class="cue">says</mark> <mark class="content">{}</mark>'
    assert marked.format("the bridge is intact") in html
    assert '<mark class="content">the bridge is destroyed</mark>' in html


def test_each_statement_sentence_has_an_anchor(client):
    pairing = make_pairing()
    statement = pairing.statement_b

    html = page(client, statement.article)

    assert f'<a class="anchor" id="s-{statement.pk}"></a><mark class="speaker">Ukraine</mark>' in html
    assert statement.get_absolute_url().endswith(f"#s-{statement.pk}")


def test_it_escapes_the_article_text(client):
    article = make_article(text='Kyiv says <script>alert("x")</script> & <b>more</b>.')
    make_statement(article=article, side=party("Kyiv"), content='<script>alert("x")</script> & <b>more</b>')

    html = page(client, article)

    assert "<script>alert" not in html
    assert "<b>more" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;" in html


def test_it_shows_metadata_and_links_to_the_original_without_vouching_for_it(client):
    article = make_article(text="Kyiv says no.", title="Bridge row", url="https://example.com/a", author="A. Writer")

    html = page(client, article)

    assert "Bridge row" in html
    assert "A. Writer" in html
    assert '<a href="https://example.com/a" rel="nofollow noopener">' in html


def test_it_has_a_canonical_permalink_and_open_graph_tags(client):
    outlet = Outlet.objects.create(name="Example News")
    article = make_article(text="Kyiv says no.", title="Bridge row", outlet=outlet, published=datetime.date(2024, 8, 9))
    make_statement(article=article, side=party("Kyiv"), content="no")

    html = page(client, article)

    url = f"http://testserver{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta property="og:title" content="Bridge row">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:description" content="Example News, 9 August 2024: 1 attributed statement,' in html


def test_readers_see_confirmed_pairs_and_editors_also_suggested_ones(client, reader_client, editor_client):
    dispute = make_dispute(title="Is the bridge standing?")
    confirmed = make_pairing(dispute=dispute, status=Pairing.Status.CONFIRMED)
    article = confirmed.statement_a.article
    other = make_statement(article=article, side=dispute.party_b, content="the bridge is gone")
    pair(dispute=dispute, statements=(confirmed.statement_a, other))

    for viewer in (client, reader_client):
        assert page(viewer, article).count(f"{dispute.get_absolute_url()}#pairing-") == 1
    assert page(editor_client, article).count(f"{dispute.get_absolute_url()}#pairing-") == 2


def test_it_returns_404_for_an_unknown_article(client):
    assert client.get("/articles/999999/").status_code == 404


@pytest.mark.parametrize("pairs", [1, 5])
def test_its_query_count_does_not_grow_with_statements_and_pairs(
    client, editor_client, django_assert_num_queries, pairs
):
    dispute = make_dispute()
    first = make_pairing(dispute=dispute, status=Pairing.Status.CONFIRMED)
    article = first.statement_a.article
    for n in range(1, pairs):
        other = make_statement(article=article, side=dispute.party_b, content=f"claim {n}")
        pair(dispute=dispute, statements=(first.statement_a, other), status=Pairing.Status.CONFIRMED)

    # The article with its outlet, its statements with their parties, the pairs that involve them.
    with django_assert_num_queries(3):
        html = page(client, article)
    assert len(re.findall(r'class="card pairing-confirmed"', html)) == pairs
    # An editor's request adds the session, the user and the editors-group check.
    with django_assert_num_queries(6):
        page(editor_client, article)


def test_it_marks_a_statement_quoted_inside_another_with_both_parts(client):
    article = make_article(text="Kyiv says Moscow says the bridge is intact.")
    outer = make_statement(article=article, side=party("Kyiv"), content="Moscow says the bridge is intact")
    inner = make_statement(article=article, side=party("Moscow"), content="the bridge is intact")

    html = page(client, article)

    assert f'<a class="anchor" id="s-{outer.pk}"></a><mark class="speaker">Kyiv</mark>' in html
    assert f'<a class="anchor" id="s-{inner.pk}"></a><mark class="speaker content">Moscow</mark>' in html
    assert '<mark class="cue content">says</mark><mark class="content"> the bridge is intact</mark>' in html


@st.composite
def text_and_statements(draw):
    text = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=80))
    statements = []
    for pk in range(1, draw(st.integers(0, 4)) + 1):
        start, end = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2, unique=True)))
        statements.append(
            Statement(
                pk=pk,
                start=start,
                end=end,
                speaker_start=None,
                speaker_end=None,
                cue_start=max(0, start - 1),
                cue_end=start,
                sentence_start=draw(st.integers(0, start)),
                sentence_end=end,
            )
        )
    return text, statements


@given(text_and_statements())
def test_the_highlighted_text_reads_exactly_as_the_article_whatever_the_offsets(case):
    text, statements = case

    html = highlight(text, statements)

    assert html_lib.unescape(re.sub(r"<[^>]*>", "", html)) == text
    assert not re.search(r"<(?!/?mark\b|/?a\b)", html)
    for statement in statements:
        assert html.count(f'id="s-{statement.pk}"') == 1
