"""The timeline of a dispute as server-rendered SVG: one lane per side, one dot per statement.

No chart library and no JavaScript: the markup is built here from plain data,
every piece of text is escaped, and colours travel as the ``fill``
presentation attribute (never ``style``), which the Content Security Policy
allows without a nonce.

Horizontal positions are percentages of the width and everything vertical is
in pixels, so the timeline fills a phone or a desktop column with its text at
the same readable size, without a stylesheet and without a viewBox scaling it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple
from xml.sax import saxutils

from django.utils.safestring import SafeString, mark_safe

if TYPE_CHECKING:
    from claims.models import Statement

# Percent of the width where time starts and ends: room for a dot's radius at each edge on a phone.
LEFT, RIGHT = 3.0, 97.0
# Pixels: each lane is its side's name over a rule the dots sit on.
LANE_HEIGHT = 44
LABEL_BASELINE = 14
RULE_Y = 30
AXIS_HEIGHT = 30
RADIUS = 6
# Statements of one side at the same moment step apart by this many percent, towards the middle, so none hides another.
NUDGE = 2.5

# Hex colours or a bare CSS colour keyword: enough for a palette, and nothing that
# could close the attribute or smuggle in url(...) or expressions.
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})|[a-zA-Z]{3,20}")
# Characters XML 1.0 forbids even escaped (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Only links a reader can follow safely: site-relative paths and web addresses.
_SAFE_URL = re.compile(r"(?:/(?!/)|https?://)\S*", re.IGNORECASE)


class TimelinePoint(NamedTuple):
    """One statement on the timeline. A plain tuple works too: (when, side, colour, label, url)."""

    when: date
    side: str
    colour: str
    label: str
    url: str = ""


def _day_number(when: date) -> float:
    """Days since year 1, with the time of day as a fraction, so statements on one day keep their order."""
    if isinstance(when, datetime):
        seconds = when.hour * 3600 + when.minute * 60 + when.second
        return when.toordinal() + seconds / 86400
    return float(when.toordinal())


def escape(text: str) -> str:
    """``text`` as XML character data; characters XML cannot carry at all are dropped."""
    return saxutils.escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value; characters XML cannot carry at all are dropped."""
    return saxutils.quoteattr(_NOT_XML.sub("", text))


def _checked_colour(colour: str) -> str:
    if not _COLOUR.fullmatch(colour):
        raise ValueError(f"not a colour the timeline can use: {colour!r}")
    return colour


def _checked_url(url: str) -> str:
    if url and not _SAFE_URL.fullmatch(url):
        raise ValueError(f"not a link the timeline can use: {url!r}")
    return url


def _day_text(when: date) -> str:
    return f"{when.day} {when:%b %Y}"


def _fmt(number: float) -> str:
    return f"{number:.2f}".rstrip("0").removesuffix(".")


def timeline_svg(
    points: Sequence[TimelinePoint | tuple], *, title: str = "Timeline of statements", new_tab: bool = False
) -> SafeString:
    """The SVG of ``points``: lanes in the order their sides first appear, time running left to right.

    Returns an empty string when there is nothing to draw, so a template can
    write ``{% if timeline %}``. Raises ``ValueError`` on a colour or a link
    that is not safe to put into the markup. ``new_tab`` opens links outside
    the page, as an embedded timeline must.
    """
    points = sorted((TimelinePoint(*p) for p in points), key=lambda p: _day_number(p.when))
    if not points:
        return mark_safe("")

    sides: dict[str, str] = {}
    for point in points:
        sides.setdefault(point.side, _checked_colour(point.colour))

    first, last = _day_number(points[0].when), _day_number(points[-1].when)

    def x_of(point: TimelinePoint) -> float:
        if last == first:
            return (LEFT + RIGHT) / 2
        return LEFT + (_day_number(point.when) - first) / (last - first) * (RIGHT - LEFT)

    axis_y = len(sides) * LANE_HEIGHT + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="100%" height="{axis_y + AXIS_HEIGHT}" '
        f'font-size="13" font-family="system-ui, sans-serif" fill="currentColor" role="img">',
        f"<title>{escape(title)}</title>",
    ]
    lane_of = {side: index for index, side in enumerate(sides)}
    for side, index in lane_of.items():
        top = index * LANE_HEIGHT
        parts.append(
            f'<g class="timeline-lane" data-side={quoteattr(side)}>'
            f'<text class="timeline-side" x="{LEFT}%" y="{top + LABEL_BASELINE}" fill={quoteattr(sides[side])}>'
            f"{escape(side)}</text>"
            f'<line class="timeline-rule" x1="{LEFT}%" y1="{top + RULE_Y}" x2="{RIGHT}%" y2="{top + RULE_Y}" '
            f'stroke="currentColor" stroke-opacity="0.25"/></g>'
        )

    seen: dict[tuple[str, float], int] = {}
    for point in points:
        x = x_of(point)
        earlier = seen.get((point.side, x), 0)
        seen[(point.side, x)] = earlier + 1
        toward_middle = 1 if x <= (LEFT + RIGHT) / 2 else -1
        dot = (
            f'<circle class="timeline-point" cx="{_fmt(x + earlier * NUDGE * toward_middle)}%" '
            f'cy="{lane_of[point.side] * LANE_HEIGHT + RULE_Y}" r="{RADIUS}" '
            f"fill={quoteattr(_checked_colour(point.colour))}><title>{escape(point.label)}</title></circle>"
        )
        url = _checked_url(point.url)
        target = ' target="_blank" rel="noopener"' if new_tab else ""
        parts.append(f"<a href={quoteattr(url)}{target}>{dot}</a>" if url else dot)

    parts.append(
        f'<g class="timeline-axis">'
        f'<line x1="{LEFT}%" y1="{axis_y}" x2="{RIGHT}%" y2="{axis_y}" stroke="currentColor" stroke-opacity="0.6"/>'
    )
    start_text, end_text = _day_text(points[0].when), _day_text(points[-1].when)
    parts.append(f'<text x="{LEFT}%" y="{axis_y + 20}" text-anchor="start">{escape(start_text)}</text>')
    if end_text != start_text:
        parts.append(f'<text x="{RIGHT}%" y="{axis_y + 20}" text-anchor="end">{escape(end_text)}</text>')
    parts.append("</g></svg>")
    return mark_safe("".join(parts))


def statement_points(statements: Iterable[Statement], *, unknown_side: str = "Unattributed") -> list[TimelinePoint]:
    """Timeline points for stored statements, dated by their article; undated articles are left out.

    Select each statement's party and article with it, or this costs a query per statement.
    """
    return [
        TimelinePoint(
            when=s.article.published,
            side=s.party.name if s.party else unknown_side,
            colour=s.party.colour if s.party else "#5b6770",
            label=f"{s.speaker}: {s.content}",
            url=s.get_absolute_url(),
        )
        for s in statements
        if s.article.published
    ]
