"""Stage 3: direct and mixed quotations, and claims that come before their attribution.

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


def test_a_curly_quotation_closed_by_a_straight_mark_is_attributed():
    text = '“We are going to start winning again and we are going to win so much," Trump said.'
    assert triples(text) == [("Trump", "said", "We are going to start winning again and we are going to win so much")]


def test_a_curly_quotation_closed_by_a_straight_mark_ends_its_sentence():
    text = '“We are going to win so much," Trump said. "You are going to be so happy.”'
    assert sentences(text) == ['“We are going to win so much," Trump said.', '"You are going to be so happy.”']


def test_a_straight_quotation_inside_a_curly_one_still_opens_and_closes():
    text = '“They said "no." Then they left,” he said. It rained.'
    assert sentences(text) == ['“They said "no." Then they left,” he said.', "It rained."]
