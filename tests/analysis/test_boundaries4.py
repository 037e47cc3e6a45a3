"""Stage 3: where a clause claim ends, round 4 (quotations, second predicates, commas inside the claim).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement


def statements(text: str) -> list[Statement]:
    return extract(prepare(Document(raw=text, path="t.txt")), 0)


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text)]


def test_a_straight_quotation_is_not_cut_inside():
    text = 'Sanders told the crowd that Americans were "sick and tired of hearing about your damn emails."'
    assert triples(text) == [("Sanders", "told", 'Americans were "sick and tired of hearing about your damn emails."')]


def test_a_gloss_after_a_straight_quotation_closed_by_its_comma_is_the_writers():
    text = 'Cruz called Rubio a "moderate," a subtle dig at a candidate who came into office as a tea party darling.'
    assert triples(text) == [("Cruz", "called", 'Rubio a "moderate,"')]
