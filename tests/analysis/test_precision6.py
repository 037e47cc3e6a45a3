"""Which found statements stand, round two: stances inside a speaker, responses with nothing they answer,
standings kept, knowing "it", works written.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "Senators backing Mr. Sanders said ...": a stance that describes a speaker is one of its own ---------


def test_stance_inside_a_speaker_keeps_its_object_up_to_the_speakers_end():
    text = "Several senators backing Mr. Sanders said the vote was rigged."
    assert triples(text) == [
        ("Several senators", "backing", "Mr. Sanders"),
        ("Several senators backing Mr. Sanders", "said", "the vote was rigged"),
    ]


def test_stance_in_a_relative_clause_of_a_speaker_is_kept():
    text = "Economists who favor consumption taxes agree that change will be slow."
    assert triples(text) == [
        ("who", "favor", "consumption taxes"),
        ("Economists who favor consumption taxes", "agree", "change will be slow"),
    ]


def test_participle_done_to_a_speaker_is_no_stance():
    text = "Two people briefed on the talks said the deal was near."
    assert triples(text) == [("Two people briefed on the talks", "said", "the deal was near")]


# --- "The United States responded enthusiastically by easing sanctions": a response with nothing it answers ----


def test_response_by_a_deed_says_nothing():
    text = "The government responded quickly by lifting the curfew and freeing the students."
    assert triples(text) == []


def test_response_to_a_request_stands():
    text = "A spokesman for the governor did not respond on Monday to a request for comment."
    assert triples(text) == [("A spokesman for the governor", "respond", "on Monday to a request for comment")]


# --- "Sanders maintained his double-digit lead": a standing kept is no claim maintained ----------------


def test_a_lead_maintained_is_no_claim():
    text = "In the Democratic race, Sen. Bernie Sanders maintained his double-digit lead over his rival."
    assert triples(text) == []


def test_a_clause_maintained_is_a_claim():
    text = "The former senator has long maintained that she complied with the rules."
    assert triples(text) == [("The former senator", "maintained", "she complied with the rules")]


# --- "news as we know it is safe": knowing "it" alone, or the idiom, is no claim ---------------------------


def test_as_we_know_it_is_an_idiom():
    text = "The party as we know it is finished."
    assert triples(text) == []


def test_knowing_it_alone_holds_no_claim():
    text = "The stock has fallen hard this year, but you would never know it."
    assert triples(text) == []


def test_knowing_a_clause_with_it_is_a_claim():
    text = "But he knows it will be up to the next leader to keep the promises."
    assert triples(text) == [("he", "knows", "it will be up to the next leader to keep the promises")]


# --- "she wrote a children's book": a work written is an act, what it says is the claim -----------------


def test_a_work_written_is_no_claim():
    text = "After leaving the bank, she earned a degree and wrote a children's book."
    assert triples(text) == []


def test_a_letter_that_says_something_is_a_claim():
    text = "The senator wrote a letter urging the agency to release the records."
    assert triples(text) == [("The senator", "wrote", "a letter urging the agency to release the records")]
