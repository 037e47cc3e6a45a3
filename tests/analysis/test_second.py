"""A second predicate of the sentence's subject after "and"/"but", swallowed by the first claim.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "but then" orders two acts of the subject ---------------------------------------------


def test_but_then_opens_a_second_act_of_the_subject():
    text = "Comey laid out a long record of misconduct by Clinton but then announced that he would not charge her."
    assert triples(text) == [
        ("Comey", "laid out", "a long record of misconduct by Clinton"),
        ("Comey", "announced", "he would not charge her"),
    ]


# --- an auxiliary repeated from the first cue ---------------------------------------------


def test_a_repeated_auxiliary_opens_a_second_act_of_the_subject():
    text = "Clinton has said she wants a safe zone in Syria and has expressed support for wider military action."
    assert triples(text) == [
        ("Clinton", "said", "she wants a safe zone in Syria"),
        ("Clinton", "expressed", "support for wider military action"),
    ]


# --- a bare adverb leaves the verb to the claim's subject ---------------------------------


def test_a_bare_adverb_leaves_the_verb_inside_the_claim():
    text = "A voter said she was elated but still feared the military."
    assert triples(text) == [("A voter", "said", "she was elated but still feared the military")]
