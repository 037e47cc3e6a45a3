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


# --- an -ing cue's claim: a second -ing word before a noun is not the next act ----------


def test_an_ing_modifier_after_and_stays_in_the_claim():
    text = (
        "The workers posted a video describing how their 1,400 jobs making furnaces and heating equipment "
        "will be sent to Mexico."
    )
    assert triples(text) == [
        (
            "The workers",
            "describing",
            "how their 1,400 jobs making furnaces and heating equipment will be sent to Mexico",
        )
    ]


def test_an_ing_act_after_and_still_ends_the_claim():
    text = (
        "In June, Trump launched his campaign, calling Mexican immigrants rapists and vowing to make Mexico "
        "pay for a wall."
    )
    assert triples(text) == [
        ("Trump", "calling", "Mexican immigrants rapists"),
        ("Trump", "vowing", "to make Mexico pay for a wall"),
    ]
