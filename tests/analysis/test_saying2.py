"""Verbs of saying and reporting whose speaker is a body of evidence, a transcript's turn or a long description.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a mass noun with the words that describe it speaks; "data" is a plural without its -s ---------------


def test_a_latin_plural_agrees_with_a_bare_verb():
    text = "Data show that graduates earn far more than those without a degree."
    assert triples(text) == [("Data", "show", "graduates earn far more than those without a degree")]


def test_a_mass_source_with_its_describing_words_speaks():
    text = "But early viewing data suggests that the network drew about 8 million viewers."
    assert triples(text) == [("early viewing data", "suggests", "the network drew about 8 million viewers")]


def test_a_latin_plural_with_a_describing_word_agrees_with_a_bare_verb():
    text = "Sure, official data suggest that output peaked in 2013."
    assert triples(text) == [("official data", "suggest", "output peaked in 2013")]
