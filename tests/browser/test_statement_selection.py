"""An editor corrects the engine in a real browser: a statement from selected words, the paste
preview while typing, a background job's progress."""

from __future__ import annotations

import pytest

from claims.models import Article, Job, Statement
from claims.services import article_ingest

pytestmark = pytest.mark.browser

# A character outside the Basic Multilingual Plane before the claim: JavaScript counts it twice
# in its strings, Python once, and the offsets must be Python's.
TEXT = "🇺🇦 Update. Kyiv says the bridge at Antonivka still stands. Moscow says the bridge is destroyed."
MISSED = "the bridge at Antonivka still stands"


def select(page, words: str) -> None:
    """Select ``words`` in the article text, as dragging the mouse over them would."""
    page.evaluate(
        """words => {
            const root = document.querySelector('.article-text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = [];
            let text = '';
            while (walker.nextNode()) {
                nodes.push([walker.currentNode, text.length]);
                text += walker.currentNode.data;
            }
            const at = text.indexOf(words);
            const locate = (i) => {
                for (const [node, from] of nodes.slice().reverse()) if (from <= i) return [node, i - from];
            };
            const [startNode, startOffset] = locate(at);
            const [endNode, endOffset] = locate(at + words.length);
            document.getSelection().setBaseAndExtent(startNode, startOffset, endNode, endOffset);
        }""",
        words,
    )


def test_an_editor_adds_a_missed_statement_by_selecting_its_words(page, live_server, sign_in, screenshot):
    article, _ = article_ingest(raw=TEXT)
    Statement.objects.filter(content=MISSED).delete()
    sign_in(page)
    page.goto(live_server.url + article.get_absolute_url())

    select(page, MISSED)
    page.locator("[data-selection-preview]").filter(has_text=MISSED).wait_for()
    page.click("text=Add a statement from the selection")
    page.wait_for_url(f"{live_server.url}/articles/{article.pk}/statements/new/**")
    page.fill("#id_speaker", "Kyiv")
    page.click("main button.button-primary")
    page.wait_for_url(f"{live_server.url}/articles/{article.pk}/**")

    added = Statement.objects.get(article=article, content=MISSED)
    assert (added.start, added.end) == (TEXT.index(MISSED), TEXT.index(MISSED) + len(MISSED))
    assert added.party.name == "Ukraine"
    screenshot("statement-added")


def test_the_paste_page_previews_what_it_finds_while_typing(page, live_server, sign_in):
    sign_in(page)
    page.goto(f"{live_server.url}/paste/")

    page.locator("#id_body").press_sequentially("Kyiv says the bridge at Antonivka still stands.")

    page.locator("#preview").filter(has_text="the bridge at Antonivka still stands").wait_for()
    assert not Article.objects.exists()


def test_a_job_page_follows_the_job_until_it_is_done(page, live_server, sign_in):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.RUNNING, done=1, total=4)
    sign_in(page)
    page.goto(live_server.url + job.get_absolute_url())
    page.locator("#job-progress").filter(has_text="1 of 4").wait_for()

    Job.objects.filter(pk=job.pk).update(status=Job.Status.DONE, done=4)

    page.locator("#job-progress").filter(has_text="Done: 4 of 4").wait_for()
    assert page.locator("#job-progress").get_attribute("hx-trigger") is None
