"""An article's text as HTML, with each statement's speaker, reporting verb and content marked.

Built from the stored offsets. Every character of the article is escaped here; the only markup
in the result is the markup this module writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Statement

# Each part of a statement and the fields holding its offsets.
PARTS = {"speaker": ("speaker_start", "speaker_end"), "cue": ("cue_start", "cue_end"), "content": ("start", "end")}


def highlight(text: str, statements: Iterable[Statement]) -> SafeString:
    """``text`` with a <mark> per run of characters that belongs to statements, and an anchor
    (``id="s-<pk>"``) where each statement's sentence starts.

    Statements may overlap (one quoted inside another), so the text is cut at every boundary and
    each run is marked with all the parts it belongs to.
    """
    spans: list[tuple[int, int, str]] = []
    anchors: dict[int, list[Statement]] = {}
    for s in statements:
        anchors.setdefault(min(s.sentence_start, len(text)), []).append(s)
        for part, (start_field, end_field) in PARTS.items():
            start, end = getattr(s, start_field), getattr(s, end_field)
            if start is not None and end is not None and start < end:
                spans.append((start, min(end, len(text)), part))
    cuts = sorted({0, len(text), *anchors, *(i for start, end, _ in spans for i in (start, end))})
    runs: list[tuple[int, int, list[str]]] = []
    for start, end in pairwise(cuts):
        parts = [part for part in PARTS if any(a <= start and end <= b for a, b, p in spans if p == part)]
        if runs and runs[-1][2] == parts and start not in anchors:
            runs[-1] = (runs[-1][0], end, parts)
        else:
            runs.append((start, end, parts))
    out: list[str] = []
    for start, end, parts in runs:
        out.extend(format_html('<a class="anchor" id="{}"></a>', s.anchor) for s in anchors.get(start, ()))
        run = escape(text[start:end])
        out.append(format_html('<mark class="{}">{}</mark>', " ".join(parts), run) if parts else run)
    return mark_safe("".join(out))
