"""The timeline of a dispute as server-rendered SVG: one lane per side, one dot per statement.

No chart library and no JavaScript: the markup is built here from plain data,
every piece of text is escaped, and colours travel as the ``fill``
presentation attribute (never ``style``), which the Content Security Policy
allows without a nonce.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from django.utils.safestring import SafeString, mark_safe

WIDTH = 720
LANE_HEIGHT = 48
LABEL_WIDTH = 150
MARGIN = 16
AXIS_HEIGHT = 28
RADIUS = 6
# Statements of one side at the same moment step apart by this much, towards the middle, so none hides another.
NUDGE = 2 * RADIUS + 2

# Hex colours or a bare CSS colour keyword: enough for a palette, and nothing that
# could close the attribute or smuggle in url(...) or expressions.
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})|[a-zA-Z]{3,20}")
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
    return f"{number:.1f}".removesuffix(".0")


def timeline_svg(points: Sequence[TimelinePoint | tuple], *, title: str = "Timeline of statements") -> SafeString:
    """The SVG of ``points``: lanes in the order their sides first appear, time running left to right.

    Returns an empty string when there is nothing to draw, so a template can
    write ``{% if timeline %}``. Raises ``ValueError`` on a colour or a link
    that is not safe to put into the markup.
    """
    points = sorted((TimelinePoint(*p) for p in points), key=lambda p: _day_number(p.when))
    if not points:
        return mark_safe("")

    sides: dict[str, str] = {}
    for point in points:
        sides.setdefault(point.side, _checked_colour(point.colour))

    first, last = _day_number(points[0].when), _day_number(points[-1].when)
    left, right = LABEL_WIDTH + MARGIN, WIDTH - MARGIN

    def x_of(point: TimelinePoint) -> float:
        if last == first:
            return (left + right) / 2
        return left + (_day_number(point.when) - first) / (last - first) * (right - left)

    height = MARGIN + len(sides) * LANE_HEIGHT + AXIS_HEIGHT
    axis_y = MARGIN + len(sides) * LANE_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img">',
        f"<title>{escape(title)}</title>",
    ]
    lane_of = {side: index for index, side in enumerate(sides)}
    for side, index in lane_of.items():
        middle = MARGIN + index * LANE_HEIGHT + LANE_HEIGHT / 2
        parts.append(
            f'<g class="timeline-lane" data-side={quoteattr(side)}>'
            f'<text class="timeline-side" x="{MARGIN}" y="{_fmt(middle + 4)}" fill={quoteattr(sides[side])}>'
            f"{escape(side)}</text>"
            f'<line class="timeline-rule" x1="{left}" y1="{_fmt(middle)}" x2="{right}" y2="{_fmt(middle)}" '
            f'stroke="currentColor" stroke-opacity="0.25"/></g>'
        )

    seen: dict[tuple[str, float], int] = {}
    for point in points:
        x = x_of(point)
        earlier = seen.get((point.side, x), 0)
        seen[(point.side, x)] = earlier + 1
        toward_middle = 1 if x <= (left + right) / 2 else -1
        middle = MARGIN + lane_of[point.side] * LANE_HEIGHT + LANE_HEIGHT / 2
        dot = (
            f'<circle class="timeline-point" cx="{_fmt(x + earlier * NUDGE * toward_middle)}" cy="{_fmt(middle)}" '
            f'r="{RADIUS}" fill={quoteattr(_checked_colour(point.colour))}>'
            f"<title>{escape(point.label)}</title></circle>"
        )
        url = _checked_url(point.url)
        parts.append(f"<a href={quoteattr(url)}>{dot}</a>" if url else dot)

    parts.append(
        f'<g class="timeline-axis"><line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="currentColor"/>'
    )
    start_text, end_text = _day_text(points[0].when), _day_text(points[-1].when)
    parts.append(f'<text x="{left}" y="{axis_y + 18}" text-anchor="start">{escape(start_text)}</text>')
    if end_text != start_text:
        parts.append(f'<text x="{right}" y="{axis_y + 18}" text-anchor="end">{escape(end_text)}</text>')
    parts.append("</g></svg>")
    return mark_safe("".join(parts))
