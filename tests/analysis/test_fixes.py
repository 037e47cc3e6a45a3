"""Small fixes: verbs of saying in shapes that lost their speaker or cue.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker, s.cue) for s in statements(text)]


# --- "privy to" like "close to" and "familiar with" --------------------------------------


def test_sources_privy_to_the_talks():
    text = "Sources privy to the negotiations said the deal was close."
    assert _found(text) == [("Sources privy to the negotiations", "said")]


# --- a group noun + "of" + a plural agrees as a plural --------------------------------


def test_a_wide_array_of_economists_say():
    text = "The stimulus worked, a wide array of economists say."
    assert _found(text) == [("a wide array of economists", "say")]


def test_a_group_noun_of_plural_in_the_middle():
    text = "Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery."
    assert _found(text) == [("a wide array of economists", "say")]


# --- "by" + a margin after the verb is a measure, not an agent ------------------------------


def test_by_a_margin_after_the_verb_is_not_a_passive_agent():
    text = "Get serious about climate change, the under-35 generation says by an overwhelming margin."
    assert _found(text) == [("the under-35 generation", "says")]


def test_by_a_ratio_after_the_verb_is_not_a_passive_agent():
    text = "Voters say by a 3-to-1 ratio that the tax should be repealed."
    assert _found(text) == [("Voters", "say")]
