"""Attitudes, round 4: refusals with a noun object and intentions in a restrictive relative clause.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a refusal to speak, declined with a noun rather than an infinitive ----------


def test_a_declined_interview_request_is_a_refusal():
    text = "On Sunday, the senator declined an interview request from the newspaper."
    assert triples(text) == [("the senator", "declined", "an interview request from the newspaper")]


def test_declined_requests_for_an_interview_are_a_refusal():
    text = "The governor declined several requests for an interview."
    assert triples(text) == [("The governor", "declined", "several requests for an interview")]


def test_a_decline_in_figures_is_no_refusal():
    text = "Sales declined sharply in the third quarter."
    assert triples(text) == []


# --- an intention reported by a restrictive relative ----------


def test_a_relative_who_hopes_to_act_holds_the_intention():
    text = "It is a rare candidate who hopes to win in Iowa without the farm vote."
    assert ("who", "hopes", "to win in Iowa without the farm vote") in triples(text)


def test_a_relative_who_wants_to_act_only_says_which_people():
    text = "Residents who want to leave the city can apply for help."
    assert triples(text) == []


# --- counting on someone, and a liking ----------


def test_counting_on_someone_to_act_is_an_expectation_held():
    text = "Mr. Sanders is counting on the fervor of his supporters to carry him in Iowa."
    assert triples(text) == [("Mr. Sanders", "counting on", "the fervor of his supporters to carry him in Iowa")]


def test_a_count_is_no_expectation():
    text = "The vote count on Tuesday was close."
    assert triples(text) == []


def test_what_someone_loves_to_do_is_theirs():
    text = "The governor loves to describe the plan as a gift to taxpayers."
    assert triples(text) == [("The governor", "loves", "to describe the plan as a gift to taxpayers")]


# --- foreseeing, perceiving and requesting ----------


def test_what_someone_anticipated_is_their_view():
    text = "Mr. Rubio anticipated that the session would focus on terrorism."
    assert triples(text) == [("Mr. Rubio", "anticipated", "the session would focus on terrorism")]


def test_a_request_made_is_attributed_to_its_maker():
    text = "The senator requested a meeting with the ambassador."
    assert triples(text) == [("The senator", "requested", "a meeting with the ambassador")]


def test_what_voters_resent_is_their_grievance():
    text = "Workers resent that the plant was closed."
    assert triples(text) == [("Workers", "resent", "the plant was closed")]


# --- a question held: what someone understands, decides or weighs ----------


def test_what_insiders_do_not_understand_is_their_view():
    text = "The party insiders do not understand what is happening in America."
    assert triples(text) == [("The party insiders", "understand", "what is happening in America")]


def test_whether_to_run_is_what_someone_contemplates():
    text = "Some conservatives contemplate whether it is possible to mount a third-party campaign."
    assert triples(text) == [
        ("Some conservatives", "contemplate", "whether it is possible to mount a third-party campaign")
    ]


def test_a_belief_may_open_with_its_condition():
    text = "Her aides believe if she wins Ohio, she will have a shot at the nomination."
    assert triples(text) == [("Her aides", "believe", "if she wins Ohio, she will have a shot at the nomination")]


# --- a manner or degree word between the verb and the clause held ----------


def test_a_degree_word_before_what_is_known_is_left_out():
    text = "Their neighbor Benjamin Green knows just what Washington needs."
    assert triples(text) == [("Their neighbor Benjamin Green", "knows", "what Washington needs")]


def test_an_adverb_before_a_that_clause_is_left_out():
    text = "The senator believes strongly that the law is unfair."
    assert triples(text) == [("The senator", "believes", "the law is unfair")]


# --- a state of mind after "with", "make" or "leave" ----------


def test_a_worry_after_with_is_held_by_its_noun():
    text = "The visa-free zone has broken down, with many worried that it can never be restored."
    assert ("many", "worried", "it can never be restored") in triples(text)


def test_a_worry_after_left_is_held_by_its_object():
    text = "The plan left many voters worried that taxes would rise."
    assert triples(text) == [("many voters", "worried", "taxes would rise")]


def test_a_state_toward_something_after_left_is_no_view():
    text = "The vote left the party open to attack."
    assert triples(text) == []


# --- a relative who sees the world a certain way ----------


def test_a_relative_who_sees_something_holds_that_reading():
    text = "His message misses voters who see their wages rising."
    assert ("who", "see", "their wages rising") in triples(text)
