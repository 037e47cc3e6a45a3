"""The harness itself: it must notice what it promises to notice, or a green run means nothing."""

import pytest

STRICT = "default-src 'self'; script-src 'self'; style-src 'self'"


def serve(page, body: str) -> None:
    """Answers http://newsroom.test/ with ``body`` under a strict policy, without any server."""
    page.route(
        "http://newsroom.test/",
        lambda route: route.fulfill(
            status=200, headers={"Content-Security-Policy": STRICT, "Content-Type": "text/html"}, body=body
        ),
    )
    page.route("http://newsroom.test/favicon.ico", lambda route: route.fulfill(status=204))


@pytest.mark.browser
def test_it_records_an_inline_script_blocked_by_the_policy(unchecked_page, browser_log):
    serve(unchecked_page, "<p>hi</p><script>document.title = 'ran'</script>")

    unchecked_page.goto("http://newsroom.test/")

    assert unchecked_page.title() != "ran"
    problems = browser_log.problems(unchecked_page)
    assert any(p.startswith("CSP violation: script-src-elem blocked inline") for p in problems)


@pytest.mark.browser
def test_it_records_an_inline_style_blocked_by_the_policy(unchecked_page, browser_log):
    serve(unchecked_page, '<p style="color: red">hi</p>')

    unchecked_page.goto("http://newsroom.test/")

    problems = browser_log.problems(unchecked_page)
    assert any(p.startswith("CSP violation: style-src-attr blocked inline") for p in problems)


@pytest.mark.browser
def test_it_records_console_errors_and_uncaught_exceptions(unchecked_page, browser_log):
    unchecked_page.route(
        "http://newsroom.test/",
        lambda route: route.fulfill(status=200, headers={"Content-Type": "text/html"}, body="<p>hi</p>"),
    )
    unchecked_page.goto("http://newsroom.test/")

    unchecked_page.evaluate("() => { console.error('broken'); setTimeout(() => { throw new Error('boom'); }); }")

    problems = browser_log.problems(unchecked_page)
    assert any(p.startswith("console error: broken") for p in problems)
    assert any(p.startswith("page error: boom") for p in problems)


@pytest.mark.browser
def test_a_clean_page_reports_nothing(page, browser_log):
    serve(page, "<p>hi</p>")

    page.goto("http://newsroom.test/")

    assert browser_log.problems(page) == []


@pytest.mark.browser
def test_it_records_what_goes_wrong_inside_a_cross_origin_frame(unchecked_page, browser_log):
    page = '<iframe src="http://agency.test/widget"></iframe>'
    unchecked_page.route(
        "http://newsroom.test/",
        lambda route: route.fulfill(status=200, headers={"Content-Type": "text/html"}, body=page),
    )
    unchecked_page.route(
        "http://agency.test/widget",
        lambda route: route.fulfill(
            status=200,
            headers={"Content-Security-Policy": STRICT, "Content-Type": "text/html"},
            body="<p style='color: red'>widget</p><script>console.error('from the frame')</script>",
        ),
    )

    unchecked_page.goto("http://newsroom.test/")
    unchecked_page.frame_locator("iframe").locator("p").wait_for()

    problems = browser_log.problems(unchecked_page)
    assert any(p.startswith("CSP violation: style-src-attr blocked inline at http://agency.test/") for p in problems)
    assert any(p.startswith("CSP violation: script-src-elem blocked inline at http://agency.test/") for p in problems)
