"""Stage 3: where a claim after its cue ends, round 5 (concessions, second predicates, dash asides).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a concession after a comma ----------------------------------------------


def test_a_clause_claim_keeps_its_concession():
    text = "She said she sees teachers lining up behind Clinton, though there's still lingering Sanders support."
    assert triples(text) == [
        ("She", "said", "she sees teachers lining up behind Clinton, though there's still lingering Sanders support")
    ]


def test_a_clause_claim_keeps_its_reason_after_since():
    text = (
        "Mr. McConnell argued that nominating a justice is an important element of any president's legacy, "
        "since it extends a president's influence far beyond his term."
    )
    assert triples(text) == [
        (
            "Mr. McConnell",
            "argued",
            "nominating a justice is an important element of any president's legacy, since it extends a "
            "president's influence far beyond his term",
        )
    ]


def test_a_concession_inside_a_noun_phrase_stays_in_the_claim():
    text = "Aides believe Trump could win traditionally Democratic, though culturally conservative, areas."
    assert triples(text) == [
        ("Aides", "believe", "Trump could win traditionally Democratic, though culturally conservative, areas")
    ]


def test_an_infinitive_claim_still_leaves_the_concession_to_the_writer():
    text = "The governor refused to sign the bill, although his aides have failed to explain why."
    assert triples(text) == [("The governor", "refused", "to sign the bill")]


def test_a_concession_holding_an_attribution_of_its_own_goes_to_it():
    text = "She said the plan would pass, though she admitted that several senators remain undecided."
    assert triples(text) == [
        ("She", "said", "the plan would pass"),
        ("she", "admitted", "several senators remain undecided"),
    ]


# --- the subject's next act after "and"/"but" --------------------------------


def test_an_auxiliary_after_an_object_opens_the_subjects_next_act():
    text = "Clinton has expressed concerns but has said she wants to see the bill move forward."
    found = triples(text)
    assert found[0] == ("Clinton", "expressed", "concerns")
    assert ("Clinton", "said", "she wants to see the bill move forward") in found


def test_an_auxiliary_after_an_infinitive_is_the_subjects():
    text = "He pledged to back the party nominee and would not say whether he regretted the attacks."
    assert triples(text)[0] == ("He", "pledged", "to back the party nominee")


def test_an_auxiliary_after_a_clause_of_its_own_stays_in_the_claim():
    text = "Aides said Mrs. Clinton remains broadly popular and would carry most Sanders supporters."
    assert triples(text) == [
        ("Aides", "said", "Mrs. Clinton remains broadly popular and would carry most Sanders supporters")
    ]


def test_but_and_a_second_past_verb_hand_the_sentence_back():
    text = "Clinton argued that Sanders' attacks come from a place of insecurity but appeared to soften her tone."
    assert triples(text)[0] == ("Clinton", "argued", "Sanders' attacks come from a place of insecurity")


def test_but_and_a_participle_end_the_claim_of_an_ing_cue():
    text = "His aide attacked Clinton, saying she's experienced on paper but suggesting that might not be enough."
    found = triples(text)
    assert ("His aide", "saying", "she's experienced on paper") in found


# --- a dash aside the sentence leaves -----------------------------------------


def test_a_dash_aside_left_with_but_ends_the_claim_before_it():
    text = (
        "Clark said Brooks had begun making calls to committee members - there are two from each district - "
        "but said the outcome was still up in the air."
    )
    found = triples(text)
    assert found[0] == ("Clark", "said", "Brooks had begun making calls to committee members")
    assert ("Clark", "said", "the outcome was still up in the air") in found


def test_a_dash_aside_left_with_and_a_verb_ends_the_claim_before_it():
    text = (
        "Sanders said that of course Clinton has the qualifications to be president -- having suggested "
        "otherwise last week -- and questioned her judgment on the Iraq war."
    )
    assert triples(text)[0] == ("Sanders", "said", "of course Clinton has the qualifications to be president")


def test_a_dash_aside_inside_a_noun_phrase_stays_in_the_claim():
    text = (
        "He agreed that a rift does exist between communities of color -- mainly African-Americans and "
        "Latinos -- and the police."
    )
    assert triples(text) == [
        (
            "He",
            "agreed",
            "a rift does exist between communities of color -- mainly African-Americans and Latinos -- and the police",
        )
    ]


# --- the reason or occasion of an infinitive's act ------------------------------


def test_a_reason_after_an_infinitive_claim_is_the_writers():
    text = "The administration decided to step up the raids because of a spike in illegal crossings."
    assert triples(text) == [("The administration", "decided", "to step up the raids")]


def test_an_occasion_after_an_infinitive_claim_is_the_writers():
    text = "The committee refused to ban the athletes after the agency called for the ban."
    assert triples(text)[0] == ("The committee", "refused", "to ban the athletes")


def test_until_after_stays_with_the_infinitive():
    text = "The company plans to postpone its decisions until after the elections next year."
    assert triples(text) == [("The company", "plans", "to postpone its decisions until after the elections next year")]
