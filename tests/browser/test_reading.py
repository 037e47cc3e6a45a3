"""What a reader sees, in a real browser: the dispute page and the embed, with no console error or CSP violation."""

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import F
from django.test import Client

from claims.models import Outlet, Pairing, Party
from claims.roles import EDITORS
from tests.browser.conftest import ARTIFACTS, PHONE
from tests.builders import make_dispute, make_pairing, make_statement, make_user

pytestmark = pytest.mark.browser


@pytest.fixture
def dispute(transactional_db):
    dispute = make_dispute(title="Who holds the bridge at Sudzha?")
    guardian = Outlet.objects.create(name="The Guardian", domain="theguardian.com")
    confirmed = make_pairing(
        dispute=dispute,
        status=Pairing.Status.CONFIRMED,
        outlet=guardian,
        url="https://www.theguardian.com/world/bridge",
        published=date(2024, 8, 9),
        title="Both sides claim the bridge",
    )
    confirmed.statement_a.relay = "AP"
    confirmed.statement_a.save()
    make_pairing(
        dispute=dispute,
        status=Pairing.Status.CONFIRMED,
        left="the town is under full control",
        right="the town was never taken",
        outlet=Outlet.objects.create(name="Reuters", domain="reuters.com"),
        published=date(2024, 8, 11),
    )
    make_pairing(dispute=dispute, left="talks will start", right="no talks are planned")
    # Said in the same report, paired with nothing: it follows the pairs, in Ukraine's column.
    make_statement(article=confirmed.statement_a.article, side=dispute.party_b, content="the river is rising")
    Party.objects.filter(name="Russia").update(colour="#b3261e")
    Party.objects.filter(name="Ukraine").update(colour="#1f5fa8")
    return dispute


class _Story(BaseHTTPRequestHandler):
    """/story?embed=<url> is a story that frames <url>; anything else is empty."""

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/story":
            self.send_response(204)
            self.end_headers()
            return
        (embed,) = parse_qs(url.query)["embed"]
        body = f'<!doctype html><title>Story</title><h1>Our story</h1><iframe src="{embed}" width="100%" height="900">'
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(f"{body}</iframe>".encode())

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def newsroom():
    """The origin of another newsroom's site, on a port of its own.

    A real server, not a Playwright route: Chromium refuses to let a page it
    cannot place on the local network frame the live server on localhost.
    """
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Story)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_the_home_page_lists_the_dispute(page, live_server, dispute, screenshot):
    page.goto(live_server.url)

    assert page.locator(".dispute-card h2").all_inner_texts() == ["Who holds the bridge at Sudzha?"]
    screenshot("home")


def test_the_dispute_page_shows_both_sides(page, live_server, dispute, screenshot):
    page.goto(live_server.url + dispute.get_absolute_url())

    assert page.locator("h1").inner_text() == "Who holds the bridge at Sudzha?"
    heads = page.locator(".column-head").all_inner_texts()
    assert [head.strip() for head in heads] == ["Russia", "Ukraine"]
    pairs = page.locator(".pairing")
    assert pairs.count() == 2
    first = pairs.first.locator(".statement")
    assert first.count() == 2
    assert "the bridge is intact" in first.nth(0).inner_text()
    assert "the bridge is destroyed" in first.nth(1).inner_text()
    assert "talks will start" not in page.content()
    unpaired = page.locator(".unpaired-side")
    assert (unpaired.nth(0).inner_text(), unpaired.nth(1).locator(".quote").inner_text()) == ("", "the river is rising")
    screenshot("dispute")


def test_a_pairs_claims_sit_side_by_side_on_a_desktop_and_stack_on_a_phone(page, live_server, dispute):
    page.goto(live_server.url + dispute.get_absolute_url())
    left, right = (page.locator(".pairing").first.locator(".statement").nth(n) for n in (0, 1))

    a, b = left.bounding_box(), right.bounding_box()
    assert a["y"] == b["y"]
    assert a["x"] + a["width"] <= b["x"]

    page.set_viewport_size(PHONE)
    a, b = left.bounding_box(), right.bounding_box()
    assert a["x"] == b["x"]
    assert a["y"] + a["height"] <= b["y"]


def test_the_dispute_page_draws_its_timeline_and_provenance(page, live_server, dispute):
    page.goto(live_server.url + dispute.get_absolute_url())

    assert page.locator("svg.timeline circle.timeline-point").count() == 4
    chain = page.locator(".pairing").first.locator(".statement").first.locator(".chain")
    assert chain.locator("li").all_inner_texts() == ["Russia", "AP", "The Guardian"]
    assert page.locator(".context mark.content").first.inner_text() == "the bridge is intact"


def test_a_keyboard_reaches_the_content_past_the_masthead(page, live_server, dispute):
    page.goto(live_server.url + dispute.get_absolute_url())

    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("link => link === document.activeElement")
    assert skip.is_visible()
    assert skip.evaluate("link => getComputedStyle(link).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_live_search_finds_a_statement_without_reloading_the_page(page, live_server, dispute, screenshot):
    page.goto(f"{live_server.url}/search/")
    page.evaluate("() => { window.stillTheSamePage = true }")

    page.get_by_label("Search", exact=True).press_sequentially("intact", delay=20)

    result = page.locator(".result-statement")
    result.first.wait_for()
    assert result.all_inner_texts()[0].count("the bridge is intact") == 1
    assert result.count() == 1
    assert page.evaluate("() => window.stillTheSamePage") is True
    page.wait_for_url("**/search/?q=intact*")
    screenshot("search")

    page.get_by_label("Party").select_option("ukraine")
    page.wait_for_url("**party=ukraine*")
    assert page.locator(".result-statement").count() == 0
    assert page.evaluate("() => window.stillTheSamePage") is True


def test_search_works_without_javascript(browser, live_server, dispute):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/search/")
        page.get_by_label("Search", exact=True).fill("destroyed")
        page.get_by_role("button", name="Search").click()

        page.wait_for_url("**/search/?q=destroyed*")
        assert page.locator(".result-statement").count() == 1
        assert "the bridge is destroyed" in page.locator(".result-statement").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / "search-without-javascript-phone.png", full_page=True)
    finally:
        context.close()


def test_an_editor_confirms_a_suggested_pair_in_place(page, live_server, dispute):
    # A transactional test before this one may have flushed the group the migration made.
    Group.objects.get_or_create(name=EDITORS)
    client = Client()
    client.force_login(make_user("edith", editor=True))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    suggested = dispute.pairings.get(status=Pairing.Status.SUGGESTED)
    page.goto(live_server.url + dispute.get_absolute_url())
    page.evaluate("() => { window.stillTheSamePage = true }")

    row = page.locator(f"#pairing-{suggested.pk}")
    row.get_by_role("button", name="Confirm").click()

    row.locator(".status-confirmed").wait_for()
    assert "Confirmed by edith" in row.inner_text()
    assert row.locator(".context mark.content").first.inner_text() == "talks will start"
    assert page.evaluate("() => window.stillTheSamePage") is True


def test_our_copy_opens_scrolled_to_the_statements_sentence(page, live_server, dispute, screenshot):
    statement = dispute.pairings.filter(status="confirmed").order_by("pk").last().statement_b
    article = statement.article
    # Enough text before the sentence that the page must scroll to show it.
    earlier = "An earlier paragraph of the report.\n\n" * 60
    article.text = earlier + article.text
    article.save()
    shift = len(earlier)
    type(statement).objects.filter(article=article).update(
        start=F("start") + shift,
        end=F("end") + shift,
        sentence_start=F("sentence_start") + shift,
        sentence_end=F("sentence_end") + shift,
        speaker_start=F("speaker_start") + shift,
        speaker_end=F("speaker_end") + shift,
        cue_start=F("cue_start") + shift,
        cue_end=F("cue_end") + shift,
    )

    page.goto(live_server.url + statement.get_absolute_url())

    top = page.evaluate(f"() => document.getElementById('{statement.anchor}').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]
    assert page.evaluate("() => window.scrollY") > 0
    screenshot("article")


def test_the_embed_renders_on_its_own(page, live_server, dispute, screenshot):
    page.goto(f"{live_server.url}/embed/disputes/{dispute.slug}/")

    assert page.locator(".pairing").count() == 2
    assert page.locator(".hop").first.inner_text() == "Russia"
    assert page.locator(".hop-relay").first.inner_text() == "AP"
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert [node["@type"] for node in data["@graph"]].count("Claim") == 4
    screenshot("embed")


def test_the_embed_renders_in_an_allowed_newsrooms_page(page, live_server, dispute, settings, newsroom, screenshot):
    settings.EMBED_ALLOWED_ORIGINS = [newsroom]

    page.goto(f"{newsroom}/story?embed={live_server.url}/embed/disputes/{dispute.slug}/")

    embedded = page.frame_locator("iframe")
    assert embedded.locator("h1").inner_text() == "Who holds the bridge at Sudzha?"
    assert embedded.locator(".pairing").count() == 2
    screenshot("embed-in-newsroom")


def test_the_embed_refuses_a_newsroom_that_is_not_allowed(
    unchecked_page, browser_log, live_server, dispute, settings, newsroom
):
    settings.EMBED_ALLOWED_ORIGINS = ["https://another-newsroom.example"]

    unchecked_page.goto(f"{newsroom}/story?embed={live_server.url}/embed/disputes/{dispute.slug}/")

    problems = browser_log.problems(unchecked_page)
    assert any("frame-ancestors" in problem for problem in problems), problems
    assert unchecked_page.frame_locator("iframe").locator(".pairing").count() == 0
