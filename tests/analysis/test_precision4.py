"""Precision, fourth round: statements nested inside another claim that a reader does not count apart.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "according to" holds what it reports ---------------------------------------


def test_a_quotation_passed_on_according_to_an_agency_is_one_statement():
    text = '"We shook hands and nothing more," the bishop told reporters, according to Reuters.'
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Reuters", "according to")]


def test_a_quotation_passed_on_by_a_reporting_paper_is_one_statement():
    text = '"There will always be exceptions," the senator said, the Times reported.'
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("the Times", "reported")]


def test_a_report_passed_on_according_to_an_agency_is_one_statement():
    text = "The mayor told reporters that the budget was balanced, according to the Associated Press."
    assert triples(text) == [
        ("the Associated Press", "according to", "The mayor told reporters that the budget was balanced")
    ]


# --- a colon inside a claim ---------------------------------------------------------


def test_a_quotation_after_a_colon_inside_a_claim_stays_in_that_claim():
    text = 'She said the senator had summed up his view of the deal: "It is a bad bargain."'
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("She", "said")]


def test_a_colon_that_opens_a_sentence_still_attributes():
    text = 'The senator was blunt: "It is a bad bargain."'
    assert triples(text) == [("The senator", ":", "It is a bad bargain.")]


# --- respondents counted by a poll ----------------------------------------------------


def test_respondents_counted_by_a_poll_are_part_of_its_finding():
    text = "A Gallup poll in June showed that 64 percent of voters said the economy was their top concern."
    assert triples(text) == [
        ("A Gallup poll in June", "showed", "64 percent of voters said the economy was their top concern")
    ]
    text = "Surveys show many farmers say the new rules will hurt them."
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Surveys", "show")]
    # The count stands before the speaker found.
    text = "A CNN poll in March shows 68% of Democratic voters say gun policy will decide their vote."
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("A CNN poll in March", "shows")]


def test_a_named_speaker_inside_a_finding_keeps_a_statement():
    text = "The review found that the minister said the contract was legal."
    assert ("the minister", "said", "the contract was legal") in triples(text)


# --- one quotation, a colon and a verb --------------------------------------------------


def test_a_quotation_after_a_colon_that_a_verb_attributes_is_one_statement():
    text = 'The judge saw it differently: "I do not take that as a joke," he said.'
    assert triples(text) == [("he", "said", "I do not take that as a joke")]
    text = 'The mayor wrote in a recent issue of the Atlantic: "Cities cannot wait for Washington."'
    assert triples(text) == [("The mayor", "wrote", "Cities cannot wait for Washington.")]


# --- a claim that is only where, when or how ----------------------------------------------


def test_a_phrase_of_manner_after_a_verb_is_no_claim():
    assert triples("But the governor, again, did not respond in kind.") == []


def test_a_phrase_of_place_or_time_after_a_verb_is_no_claim():
    assert triples("At day's end, however, the senator said as he introduced his wife.") == []


def test_a_claim_after_a_phrase_of_place_is_kept():
    text = "The mayor said in an interview that the budget was balanced."
    assert triples(text) == [("The mayor", "said", "the budget was balanced")]


# --- a possessive inside a claim ------------------------------------------------------------


def test_the_speakers_own_claim_inside_a_claim_is_one_statement():
    text = "The senator reiterated his claim that the plant would close within a year."
    assert triples(text) == [("The senator", "reiterated", "his claim that the plant would close within a year")]


def test_a_named_claim_inside_a_claim_keeps_a_statement_for_the_dispute():
    text = "The spokeswoman said Rubio's claim that Cruz favors amnesty is simply not true."
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("The spokeswoman", "said"), ("Rubio", "claim")]


# --- a thing a relative clause describes inside a claim ------------------------------------


def test_what_a_thing_calls_for_inside_a_claim_is_part_of_that_claim():
    text = 'He said in a statement that he wants a party platform that calls for "a $15 minimum wage and free college."'
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("He", "said")]


# --- an adverb of frequency -------------------------------------------------------------------


def test_an_adverb_of_frequency_is_not_the_speaker():
    text = "Candidates have sometimes found ways to make money on the campaign trail."
    assert [speaker for speaker, _, _ in triples(text)] == ["Candidates"]


# --- two claims that cross ---------------------------------------------------------------------


def test_of_two_crossing_claims_the_one_that_holds_the_others_cue_wins():
    text = (
        "Presidential candidates in both parties condemned North Korea's claim to have tested a hydrogen bomb "
        "on Wednesday, with Republicans taking shots at the White House."
    )
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [
        ("Presidential candidates in both parties", "condemned")
    ]


def test_a_pronoun_that_repeats_the_speaker_named_inside_its_claim_loses():
    text = 'Asked about the memo, Feinstein said "I know nothing about the emails," she said.'
    assert [(speaker, cue) for speaker, cue, _ in triples(text)] == [("Feinstein", "said")]
