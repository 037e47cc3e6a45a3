"""Precision, third round: statements nested inside another claim, and predictions that match no attribution.

Sentences from PolNeAR's training split and the Kursk article.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_an_act_reported_inside_a_claim_is_part_of_that_claim():
    text = (
        "AAN polled the race in February and again two weeks ago, and both surveys showed Shuster above "
        "50 percent, the group said."
    )
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("the group", "said")]
    text = "Huckabee’s campaign said he hasn’t accepted any new gigs since announcing his candidacy."
    assert triples(text) == [
        ("Huckabee’s campaign", "said", "he hasn’t accepted any new gigs since announcing his candidacy")
    ]
    text = "A Democratic senator said Republicans had agreed to hold votes on measures to expand background checks."
    assert [cue for _, cue, _ in triples(text)] == ["said"]


def test_a_named_speaker_of_a_plain_verb_of_saying_inside_a_claim_keeps_a_statement():
    text = (
        "Russian President Vladimir Putin made his first visit to the Kursk region since Moscow declared it had "
        "fully ousted Ukrainian forces from the border area, the Kremlin confirmed on Wednesday."
    )
    assert ("Moscow", "declared", "it had fully ousted Ukrainian forces from the border area") in triples(text)
    text = (
        "In his new book, and in an interview, Mr. Ross said Mr. Obama had told Jewish leaders that he would not "
        "continue the policy."
    )
    assert ("Mr. Obama", "told", "he would not continue the policy") in triples(text)


def test_quoted_words_inside_a_claim_keep_their_speaker():
    text = (
        "Cleveland sought the convention in the hopes of shedding what Gilbert called “a perception problem,” "
        "the mayor said."
    )
    assert ("Gilbert", "called", "a perception problem,") in triples(text)


def test_advising_a_client_is_a_job_not_counsel():
    text = (
        "Zeke Emanuel, an oncologist who advised Obama on the health care overhaul, said Obamacare so far has "
        "been a success."
    )
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Zeke Emanuel", "said")]
    text = "Weber, who advises Kasich, is no fan of Trump but lauded his choice of Manafort all the same."
    assert "advises" not in [cue for _, cue, _ in triples(text)]


def test_advice_given_is_a_claim():
    text = "At the debate he was advising the Vermont senator to stick to the issues."
    assert triples(text) == [("he", "advising", "to stick to the issues")]


def test_a_letter_sent_or_a_listener_alone_is_no_claim():
    text = (
        "Earlier this week, senior Democrats on the House Judiciary Committee also wrote to Lynch, urging the "
        "Justice Department to review the case."
    )
    assert "wrote" not in [cue for _, cue, _ in triples(text)]
    text = "Socialism is an evergreen form of fraud, egged on by suckers eager to believe the lies hucksters tell them."
    assert "tell" not in [cue for _, cue, _ in triples(text)]
    text = "Stenehjem told POLITICO he planned to stay neutral."
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Stenehjem", "told")]


def test_a_contested_verb_inside_a_claim_keeps_its_own_statement():
    text = "Russia insists Kursk is now under full control, the Kremlin said on Wednesday."
    assert ("Russia", "insists", "Kursk is now under full control") in triples(text)
