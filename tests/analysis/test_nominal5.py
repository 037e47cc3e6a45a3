"""Nouns and noun phrases of stance: people named for a stance after a linking verb ("is a vocal advocate of").

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "X is a critic of Y": a noun of partisanship after a linking verb ------------------------------


def test_partisan_noun_after_a_linking_verb_is_the_subjects_stance():
    text = "Ms. Lopez is a longtime critic of the pipeline project."
    assert triples(text) == [("Ms. Lopez", "is a longtime critic of", "the pipeline project")]


def test_partisan_noun_after_a_perfect_and_a_contraction():
    text = "The governor has been a steady defender of the tax credit. He's a more committed backer of rail than most."
    assert triples(text) == [
        ("The governor", "been a steady defender of", "the tax credit"),
        ("He", "a more committed backer of", "rail than most"),
    ]


def test_partisan_plural_among_the_first_and_no_fan():
    text = (
        "Nurses unions were among the first and most loyal supporters of the senator. Mr. Hale is no fan of Ms. Ruiz."
    )
    assert triples(text) == [
        ("Nurses unions", "were among the first and most loyal supporters of", "the senator"),
        ("Mr. Hale", "is no fan of", "Ms. Ruiz"),
    ]


def test_partisan_noun_after_emerged_as():
    text = "She emerged as an advocate for open courts in the 1990s."
    assert triples(text) == [("She", "emerged as an advocate for", "open courts in the 1990s")]


def test_partisan_noun_without_a_linking_verb_is_a_description():
    text = "Carla Diaz, a Sanders supporter from Ohio, joined a group of opponents of the plan."
    assert triples(text) == []


def test_partisan_noun_after_a_verb_in_ing_is_its_object():
    text = "The campaign is bracing supporters for a long fight."
    assert triples(text) == []


def test_partisan_noun_in_a_clause_reported_after_a_dashed_aside():
    text = "Mr. Reyes now says, however, that – in his public life – he is a firm supporter of the ban."
    assert triples(text) == [("Mr. Reyes", "says", "– in his public life – he is a firm supporter of the ban")]


def test_partisan_noun_after_but_goes_on_with_a_claim_reported_in_an_aside():
    text = "The mayor has lost some of his spark, aides say, but he is still a strong backer of the plan."
    assert triples(text) == [("aides", "say", text[:-1])]


# --- "in the hopes that ...": a hope the clause's subject acts on -----------------------------------


def test_hope_that_an_act_serves_is_held_by_the_subject():
    text = "Nurses rallied outside the statehouse on Monday, in the hopes that lawmakers will restore the funding."
    assert triples(text) == [("Nurses", "in the hopes", "lawmakers will restore the funding")]


def test_hope_of_with_a_gerund_is_the_writers_account_of_a_purpose():
    text = "The senators spoke for hours in hopes of delaying the bill."
    assert triples(text) == []


def test_an_owned_hope_is_still_its_owners():
    text = "A win would be a boost to the administration's hopes that the country will hold free elections."
    assert triples(text) == [("the administration", "hopes", "that the country will hold free elections")]


# --- "advocates X", "would advocate for X": arguing for a course ------------------------------------


def test_advocating_a_course_is_the_subjects_stance():
    text = "Senator Ruiz advocates a tax on carbon emissions. She would advocate for the repeal of the toll."
    assert triples(text) == [
        ("Senator Ruiz", "advocates", "a tax on carbon emissions"),
        ("She", "advocate for", "the repeal of the toll"),
    ]


def test_advocates_as_a_noun_stays_the_speaker():
    text = "Refugee advocates said the state should do more."
    assert triples(text) == [("Refugee advocates", "said", "the state should do more")]


# --- a stance voiced by a subject placed by a preposition -------------------------------------------


def test_concerns_voiced_by_people_placed_by_a_preposition():
    text = "Some House members in close races voiced concerns about the new ads."
    assert triples(text) == [("Some House members in close races", "voiced concerns about", "the new ads")]


# --- "everything they wanted", "which he favors": a stance whose object is the head before it -------


def test_wanting_everything_holds_the_head_before_the_subject():
    text = "The unions got everything they wanted. The bill did something Democrats wanted: It cut the fee."
    assert triples(text) == [
        ("they", "wanted", "everything"),
        ("Democrats", "wanted", "something"),
    ]


def test_which_before_a_verb_of_stance_is_what_is_held():
    text = "She backs a gas tax, which he favors but says would never pass."
    assert ("he", "favors", "which") in triples(text)


def test_a_wish_with_its_object_after_it_is_not_a_gap():
    text = "They got everything they wanted to see in the bill."
    assert ("they", "wanted", "everything") not in triples(text)
