"""Playwright against the system Chromium and Django's live server.

Every test gets a ``page`` that records console errors, uncaught page errors
and Content Security Policy violations, and fails the test if any happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# Reported from the page itself: the event carries the directive and the
# blocked resource, which the console message for some violations does not.
_REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`);
});
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"browser tests need the system Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@dataclass
class BrowserLog:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def record_console(self, message) -> None:
        if message.type != "error":
            return
        # "Failed to load resource" alone does not say which resource.
        where = message.location.get("url", "")
        self.console_errors.append(f"{message.text} ({where})" if where else message.text)

    def problems(self, page) -> list[str]:
        """Everything reported so far, after letting the page deliver reports still on their way."""
        if not page.is_closed():
            page.evaluate("() => new Promise((done) => setTimeout(done))")
        return (
            [f"console error: {e}" for e in self.console_errors]
            + [f"page error: {e}" for e in self.page_errors]
            + [f"CSP violation: {e}" for e in self.csp_violations]
        )


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module.

    The sync Playwright API runs an asyncio loop in the test thread for as long
    as it lives, and Django then refuses database access there ("You cannot
    call this from an async context") although every call is synchronous. So
    the browser lives for one module only, and database access from the test
    thread is allowed just as long; the tests after it run with Django's guard.
    """
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def browser_log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def unchecked_page(browser, browser_log: BrowserLog):
    """A desktop-sized page that records what went wrong but leaves judging it to the test."""
    context = browser.new_context(viewport=DESKTOP)
    context.expose_function("__reportCspViolation", lambda report: browser_log.csp_violations.append(report))
    context.add_init_script(_REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    page.on("console", browser_log.record_console)
    page.on("pageerror", lambda error: browser_log.page_errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def page(unchecked_page, browser_log: BrowserLog) -> Iterator:
    """A page that fails the test on any console error, page error or CSP violation."""
    yield unchecked_page
    problems = browser_log.problems(unchecked_page)
    assert not problems, "the browser reported:\n" + "\n".join(problems)


@pytest.fixture
def screenshot(page):
    """Saves the page at desktop and phone widths as tests/artifacts/<name>-desktop.png and -phone.png."""

    def take(name: str) -> list[Path]:
        ARTIFACTS.mkdir(exist_ok=True)
        saved = []
        for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(viewport)
            path = ARTIFACTS / f"{name}-{label}.png"
            page.screenshot(path=path, full_page=True)
            saved.append(path)
        page.set_viewport_size(DESKTOP)
        return saved

    return take


EDITOR_PASSWORD = "correct horse battery staple"


@pytest.fixture
def browser_editor(transactional_db):
    """An editor who signs in through the real login page.

    Transactional tests empty the database afterwards, the editors group the migration made
    with it, so the group is made again here.
    """
    from django.contrib.auth.models import Group

    from claims.roles import EDITORS
    from tests.builders import make_user

    Group.objects.get_or_create(name=EDITORS)
    user = make_user("edith", editor=True)
    user.set_password(EDITOR_PASSWORD)
    user.save()
    return user


@pytest.fixture
def sign_in(live_server, browser_editor):
    """Sign ``page`` in as the browser editor through the login form."""

    def sign_in(page) -> None:
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", browser_editor.get_username())
        page.fill("#id_password", EDITOR_PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")

    return sign_in
