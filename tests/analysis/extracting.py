"""What the attribution stage finds in one text, for the tests on real sentences."""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement


def statements(text: str) -> list[Statement]:
    return extract(prepare(Document(raw=text, path="t.txt")), 0)


def triples(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, cue, content) of each statement, in the order of their content."""
    return [(s.speaker, s.cue, s.content) for s in statements(text)]
