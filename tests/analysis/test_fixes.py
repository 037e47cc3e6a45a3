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


# --- a participle describing the subject before the cue ---------------------------------


def test_a_participle_phrase_after_the_subject_keeps_the_speaker():
    text = "Voters interviewed at the rally said the economy was their main concern."
    found = statements(text)
    assert [(s.speaker, s.cue) for s in found] == [("Voters interviewed at the rally", "said")]
    assert found[0].content == "the economy was their main concern"


def test_officials_involved_in_the_talks():
    text = "Officials involved in the talks said the deal was close."
    assert _found(text) == [("Officials involved in the talks", "said")]


# --- a noun in -ly is no adverb between the speaker and the cue ---------------------------


def test_the_family_said():
    text = "The family said he was innocent."
    assert _found(text) == [("The family", "said")]


# --- "said the man who ..." after a quotation -------------------------------------------


def test_said_the_man_who_after_a_quotation():
    text = "“We will finish it,” said the man who built the wall."
    found = statements(text)
    assert len(found) == 1
    assert found[0].speaker.startswith("the man")
    assert found[0].cue == "said"


# --- "according to the “...” document": the source runs through the quotation mark --------


def test_according_to_a_document_with_a_quoted_title():
    text = "The plan would cost $30 trillion, according to the “Medicare for all” document he released."
    found = statements(text)
    assert len(found) == 1
    assert "document" in found[0].speaker
    assert found[0].content == "The plan would cost $30 trillion"


def test_according_to_her_quoted_plan():
    text = "According to her “clawback” plan, firms moving overseas must repay any aid they received."
    found = statements(text)
    assert [(s.speaker, s.cue) for s in found] == [("her “clawback” plan", "According to")]
    assert found[0].content == "firms moving overseas must repay any aid they received"
