"""Precision, second round: stances that describe a speaker, and claims on the wrong side of their attribution.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_a_stance_in_a_relative_after_the_speaker_of_said_describes_that_speaker():
    text = (
        "“It was a great service to American democracy,” said Edward G. Rendell, a former Pennsylvania "
        "governor, who supports Mrs. Clinton."
    )
    assert [cue for _, cue, _ in triples(text)] == ["said"]


def test_a_stance_in_a_relative_before_the_reporting_verb_describes_its_subject():
    text = "In the interview, Reid, who endorsed Clinton in February, reiterated those feelings."
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Reid", "reiterated")]
    text = (
        "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders "
        "has pushed the party."
    )
    assert triples(text) == [("Sen. Claire McCaskill (D-Mo.)", "said", "Sanders has pushed the party")]


def test_a_stance_after_a_noun_that_describes_the_speaker():
    text = "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many."
    assert triples(text) == [("Rep. Sander M. Levin (Mich.)", "said", "he has spoken with many")]


def test_a_stance_in_a_relative_outside_any_report_still_counts():
    text = "But President Barack Obama, who endorsed Hillary Clinton on Thursday, is making his pitch."
    assert [(speaker, cue, content) for speaker, cue, content in triples(text)] == [
        ("who", "endorsed", "Hillary Clinton")
    ]


def test_according_to_after_an_opening_phrase_is_an_aside_inside_the_claim():
    text = (
        "Since last November, according to Human Rights Watch, state security forces have killed more than "
        "400 protesters in the Oromia region."
    )
    assert triples(text) == [
        (
            "Human Rights Watch",
            "according to",
            "Since last November, according to Human Rights Watch, state security forces have killed more than "
            "400 protesters in the Oromia region",
        )
    ]


def test_according_to_after_a_subject_that_waits_for_its_verb():
    text = (
        "His criticism, according to an interview with The New York Times at the time, was the president's "
        "choice of paramour."
    )
    [(speaker, cue, content)] = triples(text)
    assert speaker == "an interview with The New York Times at the time"
    assert content.startswith("His criticism,") and content.endswith("choice of paramour")


def test_a_book_named_after_the_attribution_is_not_the_claim():
    text = (
        "Fidel Castro's revolution in 1959 dampened plans to return home, Mr. Rubio said in his 2012 book, "
        "''An American Son.'' So they stayed."
    )
    assert triples(text) == [
        ("Mr. Rubio", "said", "Fidel Castro's revolution in 1959 dampened plans to return home"),
    ]


def test_a_quotation_in_title_case_right_after_said_still_goes_on():
    assert triples("“It is over,” Putin said, “We Will Win.”") == [
        ("Putin", "said", "It is over"),
        ("Putin", None, "We Will Win."),
    ]
