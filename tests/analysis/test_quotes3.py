"""Stage 3, quotations: copy that mixes its quotation marks, and whose words a bare quotation continues.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement
from claims.analysis.sentences import split


def statements(text: str) -> list[Statement]:
    return extract(prepare(Document(raw=text, path="t.txt")), 0)


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text)]


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_a_straight_quotation_closed_by_a_curly_mark_is_attributed():
    text = 'Henry spoke first.\n\n"But Pete Wilson won,” Axelrod said.'
    assert ("Axelrod", "said", "But Pete Wilson won") in triples(text)


def test_a_straight_quotation_closed_by_a_curly_mark_ends_its_sentence():
    text = '"I prefer Kasich,” he said. "He can win in November.”'
    assert sentences(text) == ['"I prefer Kasich,” he said.', '"He can win in November.”']
