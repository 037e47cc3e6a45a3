"""Verbs of attitude, second pass: shapes of holding a view that the first pass missed.

Sentences from PolNeAR's training split (some shortened).
"""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement


def statements(text: str) -> list[Statement]:
    return extract(prepare(Document(raw=text, path="t.txt")), 0)


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text)]


def test_a_view_held_of_the_noun_a_relative_clause_describes():
    text = (
        "Two liberal Hispanic groups rolled out radio ads tethering Mr. Cruz to Mr. Trump, a tactic Democrats "
        "hope will dampen Latino support for them in the general election."
    )
    assert ("Democrats", "hope", "will dampen Latino support for them in the general election") in triples(text)
    text = (
        "Canova capitalized on antipathy toward Wasserman Schultz, whom many progressives believed was "
        "unfairly tilting the primary toward Clinton."
    )
    assert triples(text) == [("many progressives", "believed", "was unfairly tilting the primary toward Clinton")]
    # "to be" after the verb is a passive participle's, not a held clause.
    assert statements("A developer known to be bullish on golf is Donald J. Trump.") == []
