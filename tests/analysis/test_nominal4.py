"""Attributions without a verb of saying, round 4: polls inside a clause, measured on PolNeAR's training split.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a standing in the race is the finding of the poll that follows it ------------------------------------------


def test_a_candidate_ahead_in_polls_named_inside_the_sentence():
    text = "Mr. Trump is ahead in public opinion polls in Ohio and Florida; the race appears closer in Iowa."
    assert ("public opinion polls", "in", "Mr. Trump is ahead") in triples(text)


def test_a_fall_measured_by_a_named_poll_before_an_aside():
    text = "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by blunders."
    assert triples(text) == [("the latest CNN/ORC poll released Wednesday", "in", "he fell to 10 percent")]


def test_a_lead_in_the_polls_at_large_when_a_verb_tells_it():
    text = "The senator continues to lead in polls despite her rival's popularity among younger voters."
    assert triples(text) == [("polls", "in", "The senator continues to lead")]


# --- not a standing: a lead one holds, a clause with no subject, the polls in passing -----------------------------


def test_a_lead_held_as_a_noun_is_no_standing_told():
    assert triples("Mrs. Clinton enjoys a strong lead in the polls among women.") == []


def test_a_relative_clause_without_its_subject_is_left_alone():
    assert triples("The governor, who has been leading in polls here, held a news conference nearby.") == []


def test_the_polls_in_passing_are_the_writers():
    assert triples("Trump's standing in the latest national polls has risen.") == []


def test_a_sag_in_the_polls_at_large_is_theirs():
    text = "The objection comes at a time when Sanders has sagged in the polls."
    assert triples(text) == [("the polls", "in", "Sanders has sagged")]


# --- "For" a group, a view: the group holds it; not one named, a concession or a cause ------------------------


def test_for_a_group_opens_its_view():
    text = "But for the almost 43,000 voters in Florida, the decision is already clear."
    assert triples(text) == [("the almost 43,000 voters in Florida", "for", "the decision is already clear")]


def test_for_a_groups_supporters_opens_their_view():
    text = "For Clinton's supporters, part of her appeal is that she is measured and methodical."
    assert triples(text)[0][:2] == ("Clinton's supporters", "For")


def test_for_one_named_stays_the_writers():
    assert triples("For Obama, the Paris agreement fulfills a personal goal.") == []


def test_for_all_the_signs_is_a_concession():
    assert triples("For all the signs of progress, new challenges to the accord have arisen since December.") == []


def test_for_these_reasons_is_a_cause():
    assert triples("For these reasons, she badly needs to win the state.") == []


# --- a stance received in the progressive ------------------------------------------------------------------------


def test_criticism_faced_in_the_progressive_is_the_critics():
    text = "The ethanol program is facing criticism from many environmentalists."
    assert triples(text) == [("many environmentalists", "facing criticism from", "The ethanol program")]


# --- "according to" a name with an initial ----------------------------------------------------------------------


def test_according_to_a_name_with_a_middle_initial_keeps_the_surname():
    text = "Obama made a fateful decision, according to Dennis B. Ross, a former special envoy."
    assert [speaker for speaker, cue, _ in triples(text) if cue == "according to"] == ["Dennis B. Ross"]


def test_a_poll_ends_before_the_clause_that_goes_on():
    text = "The objection comes at a time when Sanders has sagged in the polls and is coping with a controversy."
    assert triples(text) == [("the polls", "in", "Sanders has sagged")]


def test_a_poll_inside_the_subject_is_no_source_of_its_standing():
    text = "Fifteen percent of voters in the poll were undecided about the race."
    assert [cue for _, cue, _ in triples(text)] != ["in"]
    assert "in" not in [cue for _, cue, _ in triples("Some 20 percent of people in a recent poll said they agree.")]
