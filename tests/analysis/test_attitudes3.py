"""Verbs of attitude, third pass: views and stances with a named holder that the earlier passes missed.

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


def test_as_someone_put_it_credits_the_wording():
    text = 'As The Post’s Dana Milbank puts it, "Senate Republicans are unmoved, and liberal activists are uninspired."'
    assert triples(text) == [
        ("The Post’s Dana Milbank", "puts it", "Senate Republicans are unmoved, and liberal activists are uninspired.")
    ]
    text = (
        "As Akhil Amar, professor of constitutional law at Yale, put it, ''Senate Republicans should remember "
        "that a compromise candidate today may be far better for them.''"
    )
    assert [(s.speaker, s.cue) for s in statements(text)] == [("Akhil Amar", "put it")]
    # Putting something somewhere is no wording.
    assert statements("He put it on the table, and the meeting ended.") == []
    assert statements("Trump has promised to put it in writing, aides said.")[0].cue == "said"


def test_a_conditional_liking_is_a_wish():
    text = "But tonight, I would like to do something other than reciting what is wrong with the other side."
    assert triples(text) == [
        ("I", "would like", "to do something other than reciting what is wrong with the other side")
    ]
    # A likeness and a taste are not wishes; and a "like" before a holder does not hide the holder.
    assert statements("Voters like Ms. Ortiz are tired of the race.") == []
    text = "In places like South Carolina where black voters overwhelmingly support the president, she talks of him."
    assert ("black voters", "support", "the president") in triples(text)
