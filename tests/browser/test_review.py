"""An editor's review in a real browser: paste, review with the keyboard, and what readers then see."""

from __future__ import annotations

import pytest
from django.utils import timezone

from claims.models import Action, Pairing
from tests.builders import KURSK, make_pairing

pytestmark = pytest.mark.browser


def test_an_editor_pastes_confirms_with_the_keyboard_and_a_reader_sees_the_pair(
    page, browser, live_server, sign_in, screenshot
):
    sign_in(page)
    page.goto(f"{live_server.url}/paste/")
    # Set as a paste sets it, in one go: typing it would start a live preview per keystroke.
    page.locator("#id_body").evaluate("(box, text) => { box.value = text; }", KURSK.read_text())
    page.fill("#id_outlet", "Example News")
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server.url}/articles/**")

    page.click("text=Review queue")
    # The shortcuts listen once the page's deferred script has run.
    page.wait_for_url(f"{live_server.url}/review/")
    page.wait_for_load_state()
    cards = page.locator("[data-card]")
    assert cards.count() >= 1
    page.keyboard.press("j")
    first = cards.first
    card_id = first.get_attribute("id")
    assert page.evaluate("() => document.activeElement.id") == card_id
    page.keyboard.press("c")
    page.locator(f"#{card_id}.pairing-confirmed").wait_for()

    assert "Confirmed by edith" in page.locator(f"#{card_id}").inner_text()
    assert "Your last action: confirmed the pair." in page.locator("#last-action").inner_text()
    # The new card takes the old one's focus, so j and k go on from where the editor was.
    page.wait_for_function("(id) => document.activeElement.id === id", arg=card_id)
    pairing = Pairing.objects.select_related("dispute", "statement_a").get(pk=card_id.removeprefix("card-"))
    assert pairing.status == Pairing.Status.CONFIRMED
    # Only after the last swap: Playwright hides the caret with inline styles, which htmx would then copy.
    screenshot("review")

    reader = browser.new_context()
    try:
        anonymous = reader.new_page()
        anonymous.goto(live_server.url + pairing.dispute.get_absolute_url())
        shown = anonymous.locator(f"#pairing-{pairing.pk}")
        assert shown.count() == 1
        assert " ".join(pairing.statement_a.content.split()) in " ".join(shown.inner_text().split())
    finally:
        reader.close()


def test_keys_reject_with_a_reason_and_undo(page, live_server, sign_in):
    pairing = make_pairing()
    sign_in(page)
    page.goto(f"{live_server.url}/review/")

    page.keyboard.press("j")
    page.keyboard.press("r")
    assert page.evaluate("() => document.activeElement.name") == "reason"
    # Typing in the box is typing, not a shortcut.
    page.keyboard.type("just a rumour")
    page.keyboard.press("Enter")
    page.locator(f"#card-{pairing.pk}.pairing-rejected").wait_for()
    assert Action.objects.get().reason == "just a rumour"

    page.keyboard.press("u")
    page.wait_for_url(f"{live_server.url}/review/")
    page.locator(f"#card-{pairing.pk}.pairing-suggested").wait_for()
    assert "Undone." in page.locator(".messages").inner_text()


def test_a_stale_card_shows_the_conflict_in_place(unchecked_page, browser_log, live_server, sign_in):
    page = unchecked_page
    pairing = make_pairing()
    sign_in(page)
    page.goto(f"{live_server.url}/review/")
    # Another editor confirms while this page is open.
    Pairing.objects.filter(pk=pairing.pk).update(version=2, status=Pairing.Status.CONFIRMED, reviewed_at=timezone.now())

    page.click(f"#card-{pairing.pk} .button-reject")

    note = page.locator(f"#card-{pairing.pk} .note.error")
    note.wait_for()
    assert "Another editor changed this pairing" in note.inner_text()
    assert Pairing.objects.get(pk=pairing.pk).status == Pairing.Status.CONFIRMED
    # Chromium logs every 4xx answer; the 409 is the answer this test expects, and nothing else went wrong.
    (problem,) = browser_log.problems(page)
    assert "status of 409 (Conflict)" in problem
