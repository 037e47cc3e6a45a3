"""Stage 3: where a claim after its cue ends, round 6 (the day or month the act was done on).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a noun-phrase claim ends before the day it was made on --------------------


def test_a_noun_phrase_claim_leaves_out_the_weekday():
    text = "Mr. Sanders showed no sign of backing down on Tuesday."
    assert triples(text) == [("Mr. Sanders", "showed", "no sign of backing down")]


def test_a_noun_phrase_claim_leaves_out_the_part_of_the_day():
    text = "The governor announced his support on Thursday morning."
    assert triples(text) == [("The governor", "announced", "his support")]


def test_a_noun_phrase_claim_leaves_out_the_month():
    text = "A Labor Department report showed no increase in September."
    assert triples(text) == [("A Labor Department report", "showed", "no increase")]


def test_a_clause_claim_keeps_its_own_weekday():
    text = "He said Mr. Trump will win the primary on Tuesday."
    assert triples(text) == [("He", "said", "Mr. Trump will win the primary on Tuesday")]


def test_an_infinitive_claim_keeps_its_own_weekday():
    text = "She plans to hold a rally in Des Moines on Tuesday."
    assert triples(text) == [("She", "plans", "to hold a rally in Des Moines on Tuesday")]
