"""Where a claim ends when it would otherwise stop too early: a subject still waiting for its verb.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "that X and Y ... have": after "that", a comma or "and" before the claim's verb joins its subject --------


def test_and_with_a_past_participle_inside_the_subject_does_not_end_the_claim():
    text = "Research suggests that automation and related wage losses since 2000 have deepened the divide in Ohio."
    assert triples(text) == [
        ("Research", "suggests", "automation and related wage losses since 2000 have deepened the divide in Ohio")
    ]


def test_an_aside_inside_the_subject_does_not_end_the_claim():
    text = "Some engineers say that profile, and dozens just like it, show how weak the company's filters have been."
    assert triples(text) == [
        (
            "Some engineers",
            "say",
            "profile, and dozens just like it, show how weak the company's filters have been",
        )
    ]


def test_a_claim_with_its_own_verb_still_ends_at_the_writers_note():
    text = "Mr. Lee denied that the ban amounts to censorship, however, citing a ruling from 2009."
    assert triples(text)[0] == ("Mr. Lee", "denied", "the ban amounts to censorship")


# --- "X and Y-ed/-ing ...": after an object, "and" with a noun or a modifier is more of the object ----------


def test_a_pair_of_modifiers_after_a_determiner_stays_in_the_object():
    text = "Campaign aides were alarmed at the repeated and coordinated attacks on her record."
    assert triples(text) == [("Campaign aides", "alarmed at", "the repeated and coordinated attacks on her record")]


def test_an_ing_noun_before_of_stays_in_the_object():
    text = "The campaign criticizes the agencies and timing of the report's release."
    assert triples(text) == [("The campaign", "criticizes", "the agencies and timing of the report's release")]


def test_a_second_verb_of_the_subject_still_ends_the_object():
    text = "The senator praised the agencies and criticized the timing of the release."
    assert triples(text)[0] == ("The senator", "praised", "the agencies")


# --- "argued X, which ..., is": a cue whose claim is a clause waits for the verb even without "that" ----------


def test_a_relative_aside_in_the_subject_after_argued_does_not_end_the_claim():
    text = (
        "He argued the militia, which has been the target of a widening U.S.-led air campaign for nearly three years"
        " involving growing numbers of drones and advisers, is in retreat on many fronts."
    )
    assert triples(text)[0] == (
        "He",
        "argued",
        "the militia, which has been the target of a widening U.S.-led air campaign for nearly three years"
        " involving growing numbers of drones and advisers, is in retreat on many fronts",
    )


def test_a_comparison_after_a_one_word_answer_still_ends_the_claim():
    text = "In the poll, 46 percent of voters said yes, compared with 20 percent who were unsure."
    assert triples(text)[0] == ("46 percent of voters", "said", "yes")


# --- "the U.S. government": an abbreviation's full stop does not end a relative clause ------------------------


def test_a_relative_clause_with_an_abbreviation_runs_on_to_the_sentences_end():
    text = (
        "The mayor was explaining his plan, which includes taxing money that workers in the U.S. send home"
        " until the state pays “a fair share.”"
    )
    assert triples(text)[0] == (
        "The mayor",
        "explaining",
        "his plan, which includes taxing money that workers in the U.S. send home until the state pays “a fair share.”",
    )


# --- "welcomed X's announcement last year that ...": a noun of saying keeps its "that" clause past a time ----


def test_a_time_between_a_noun_of_saying_and_its_that_clause_does_not_end_the_object():
    text = "Farmers welcomed Brazil's announcement last month that it would cut tariffs on imported seed."
    assert triples(text)[0] == (
        "Farmers",
        "welcomed",
        "Brazil's announcement last month that it would cut tariffs on imported seed",
    )


def test_an_aside_between_a_noun_of_saying_and_its_that_clause_does_not_end_the_object():
    text = "The governor denounced claims by two rivals, Mr. Hale and Ms. Ortiz, that he would raise taxes."
    assert triples(text)[0] == (
        "The governor",
        "denounced",
        "claims by two rivals, Mr. Hale and Ms. Ortiz, that he would raise taxes",
    )


def test_a_plain_object_still_ends_at_its_time():
    text = "Farmers welcomed the new tariffs last month that hurt importers."
    assert triples(text)[0] == ("Farmers", "welcomed", "the new tariffs")


# --- "condemned X over the weekend as a ...": what the object is called comes after the time ---------------


def test_a_time_before_what_the_object_is_called_does_not_end_the_object():
    text = "Several lawmakers condemned the arrests over the holiday weekend as a cruel attempt to scare families."
    assert triples(text)[0] == (
        "Several lawmakers",
        "condemned",
        "the arrests over the holiday weekend as a cruel attempt to scare families",
    )


def test_a_time_before_a_participle_describing_the_object_does_not_end_the_object():
    text = "Activists welcomed a new session in March crowded with bills that would expand voting rights."
    assert triples(text)[0] == (
        "Activists",
        "welcomed",
        "a new session in March crowded with bills that would expand voting rights",
    )


# --- "70% need ..., and 49% live ...": a claim that opens with a figure goes on with the next figure ----------


def test_a_second_figure_after_and_stays_in_the_claim():
    text = "According to the survey, 64% of renters need housing help, and 38% live with relatives."
    assert triples(text) == [
        ("the survey", "According to", "64% of renters need housing help, and 38% live with relatives")
    ]


def test_a_second_figure_after_but_only_stays_in_the_claim():
    text = "He noted that 55 percent of workers qualified in 1980, but only 9 percent do today."
    assert triples(text) == [("He", "noted", "55 percent of workers qualified in 1980, but only 9 percent do today")]


# --- "..., while 23 percent favored ...": the next attribution takes the "while" ---------------------------


def test_the_next_attribution_takes_the_while():
    text = "The drivers accuse the company of cutting their pay while the company denies any wrongdoing."
    assert triples(text)[0] == ("The drivers", "accuse", "the company of cutting their pay")


def test_a_dash_between_a_noun_of_saying_and_its_that_clause_does_not_end_the_object():
    text = "Unions echoed the mayor's line of criticism — that the new contract hurt drivers who worked nights."
    assert triples(text)[0] == (
        "Unions",
        "echoed",
        "the mayor's line of criticism — that the new contract hurt drivers who worked nights",
    )


# --- "felt X in the last debate was ...": a verb after the venue makes the object a clause's subject ---------


def test_a_venue_followed_by_a_verb_is_part_of_the_claims_subject():
    text = "Aides felt her display of frustration in the last debate was a mistake."
    assert triples(text)[0] == ("Aides", "felt", "her display of frustration in the last debate was a mistake")


def test_a_venue_after_an_object_still_ends_it():
    text = "The governor praised the nurses in a speech on Friday."
    assert triples(text)[0] == ("The governor", "praised", "the nurses")


# --- "to keep X after two terms under a president who has ...": "after" with a noun phrase is a time ---------


def test_after_with_a_noun_phrase_and_its_relative_clause_stays_in_the_infinitive():
    text = "Democrats want to hold the governorship after two terms under a governor who has struggled with budgets."
    assert triples(text)[0] == (
        "Democrats",
        "want",
        "to hold the governorship after two terms under a governor who has struggled with budgets",
    )


def test_after_with_a_clause_still_ends_the_infinitive():
    text = "The league refused to ban the team after the agency called for a ban."
    assert triples(text)[0] == ("The league", "refused", "to ban the team")


# --- "blasted X on Monday over his ...": what the object is blamed for follows the day ------------------------


def test_what_the_object_is_blamed_for_after_a_weekday_stays_in_the_object():
    text = "The mayor blasted her rival Tom Hale on Tuesday over his shifting stance on transit."
    assert triples(text)[0] == (
        "The mayor",
        "blasted",
        "her rival Tom Hale on Tuesday over his shifting stance on transit",
    )


def test_a_weekday_alone_still_ends_the_object():
    text = "The mayor blasted her rival Tom Hale on Tuesday."
    assert triples(text)[0] == ("The mayor", "blasted", "her rival Tom Hale")
