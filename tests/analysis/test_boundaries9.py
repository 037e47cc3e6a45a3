"""Stage 3: where a claim after its cue ends, round 9 (a claim inside a relative clause on the subject).

Sentences in the style of PolNeAR's training split: "Voters who believe X are flocking to Sanders" — the
claim ends where the sentence's own verb begins.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_a_clause_in_a_relative_ends_at_the_main_clauses_auxiliary():
    text = "Voters who believe the economy is rigged are flocking to Sanders."
    assert triples(text)[0] == ("who", "believe", "the economy is rigged")


def test_a_clause_with_a_modal_ends_at_the_main_clauses_auxiliary():
    text = "Republicans who say they will vote for Clinton are still rare."
    assert triples(text)[0] == ("who", "say", "they will vote for Clinton")


def test_an_infinitive_in_a_relative_ends_at_the_main_clauses_auxiliary():
    text = (
        "A president who hoped to leave office having ended wars in Iraq and Afghanistan will instead hand "
        "his successor an unresolved war."
    )
    assert triples(text)[0] == ("who", "hoped", "to leave office having ended wars in Iraq and Afghanistan")


def test_an_infinitive_in_a_relative_ends_before_include():
    text = "Democrats in competitive races who plan to attend the convention include Sen. Michael Bennet."
    assert triples(text)[0] == ("who", "plan", "to attend the convention")


def test_an_object_in_a_relative_ends_at_a_comma_and_the_main_verb():
    text = "His rhetoric that portrays immigrants as criminals, at least for now, may have obscured a shift."
    assert triples(text)[0] == ("that", "portrays", "immigrants as criminals, at least for now")


def test_a_second_clause_of_the_claim_keeps_its_own_auxiliary():
    text = "Voters who believe the economy is rigged and jobs are gone flock to Sanders."
    assert triples(text)[0][2].startswith("the economy is rigged and jobs are gone")


def test_a_clause_inside_the_claim_owns_its_auxiliary():
    text = "Voters who believe the man who leads them is honest are flocking to him."
    assert triples(text)[0][2].startswith("the man who leads them is honest")


def test_after_a_comma_the_relative_closes_at_its_own_comma():
    text = "The senator, who has said he opposes the deal, was born in Ohio."
    assert triples(text)[0] == ("who", "said", "he opposes the deal")


def test_a_relative_between_dashes_closes_at_the_second_dash():
    text = (
        "Donald Trump - who said he would bomb the oil fields seized by the Islamic State - said at a Saturday "
        "rally that the country should take the oil."
    )
    found = triples(text)
    assert ("who", "said", "he would bomb the oil fields seized by the Islamic State") in found
    assert ("Donald Trump", "said", "the country should take the oil") in found
