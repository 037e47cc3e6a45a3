"""Stage 3: where a clause claim ends, round 4 (quotations, second predicates, commas inside the claim).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_a_straight_quotation_is_not_cut_inside():
    text = 'Sanders told the crowd that Americans were "sick and tired of hearing about your damn emails."'
    assert triples(text) == [("Sanders", "told", 'Americans were "sick and tired of hearing about your damn emails."')]


def test_a_gloss_after_a_straight_quotation_closed_by_its_comma_is_the_writers():
    text = 'Cruz called Rubio a "moderate," a subtle dig at a candidate who came into office as a tea party darling.'
    assert triples(text) == [("Cruz", "called", 'Rubio a "moderate,"')]


def test_a_second_past_verb_goes_on_with_a_claim_in_the_simple_past():
    text = "He said he was alarmed by the images and wanted to see for himself what it was like at a Trump rally."
    assert triples(text) == [
        ("He", "said", "he was alarmed by the images and wanted to see for himself what it was like at a Trump rally")
    ]


def test_a_second_past_verb_after_a_reported_perfect_is_the_writers():
    text = "Trump said he had done nothing wrong and marveled at the size of the crowd."
    assert triples(text) == [("Trump", "said", "he had done nothing wrong")]


def test_a_second_past_verb_after_an_infinitive_claim_is_the_writers():
    text = (
        "Mr. Bush urged the leaders of the party to coalesce around their campaigns and tried to make the case "
        "that the nominating fight was still in its early stages."
    )
    assert triples(text)[0][2].endswith("to coalesce around their campaigns")


def test_a_second_past_verb_after_a_present_claim_is_the_writers():
    text = (
        "Warren said she admires his determination and highlighted their shared commitment on policy goals "
        "like universal health care and rising wages."
    )
    assert triples(text)[0] == ("Warren", "said", "she admires his determination")


def test_two_modifiers_joined_by_and_are_not_a_second_predicate():
    text = "Obama said she had been an able and determined opponent in a long and bitter primary."
    assert triples(text) == [
        ("Obama", "said", "she had been an able and determined opponent in a long and bitter primary")
    ]


def test_two_adverbs_joined_by_and_are_not_a_second_predicate():
    text = (
        "The lawsuit contends that the deaths were directly and proximately caused by the negligent and reckless "
        "actions of Clinton."
    )
    assert triples(text)[0][2] == (
        "the deaths were directly and proximately caused by the negligent and reckless actions of Clinton"
    )


def test_a_verb_of_stance_with_a_question_takes_the_whole_clause():
    text = (
        "Some Germans are questioning whether their online comments could be taken down, or whether they could "
        "be charged with incitement."
    )
    assert triples(text) == [
        (
            "Some Germans",
            "questioning",
            "whether their online comments could be taken down, or whether they could be charged with incitement",
        )
    ]


def test_a_verb_of_stance_with_a_noun_object_still_ends_at_the_comma():
    text = "Some Germans are questioning the new law, which took effect in October."
    assert triples(text) == [("Some Germans", "questioning", "the new law")]


def test_an_aside_in_the_claims_subject_does_not_end_the_claim():
    text = "Fiorina assured the board that a deal with Compaq, however messy, was worth the risk."
    assert triples(text) == [("Fiorina", "assured", "a deal with Compaq, however messy, was worth the risk")]


def test_a_subject_of_two_noun_phrases_runs_to_its_verb():
    text = (
        "He said that Mrs. Clinton's perceived loyalty to the administration, and the nearly uniform support for "
        "her within the black political establishment, especially in the South, were factors in limiting "
        "Mr. Sanders's support from blacks."
    )
    assert triples(text)[0][2].endswith("were factors in limiting Mr. Sanders's support from blacks")


def test_an_aside_is_not_looked_for_past_two_commas():
    text = (
        "Mr. Nega said he knew Meles well, and after the Tigrayans consolidated power, Nega obtained a leave "
        "of absence."
    )
    assert "Nega obtained" not in triples(text)[0][2]


def test_the_last_comma_of_a_list_of_names_does_not_end_the_claim():
    text = 'He said he expects Obama, Abe, and Park to "clearly demonstrate their unity."'
    assert triples(text) == [("He", "said", 'he expects Obama, Abe, and Park to "clearly demonstrate their unity."')]


def test_a_circumstance_before_that_is_not_the_claim():
    text = (
        "Mr. Weaver said in a telephone interview that Mr. Manafort had ultimately grown disillusioned with his client."
    )
    assert triples(text) == [("Mr. Weaver", "said", "Mr. Manafort had ultimately grown disillusioned with his client")]


def test_a_relative_on_the_venue_is_not_the_claim():
    text = "Trump said in a documentary that showed off some of the renovations."
    assert all(not content.startswith("showed") for _, _, content in triples(text))


def test_a_nominal_cue_before_that_keeps_its_own_claim():
    text = (
        "Carson responded on Sunday to accusations that he exaggerated details of his life story, from "
        "claiming he was offered a full scholarship to West Point."
    )
    assert not triples(text)[0][2].startswith("he exaggerated")


def test_a_name_and_a_modal_after_the_claim_open_the_writers_clause():
    text = (
        "While he accused the Justice Department of giving Clinton special treatment, Giuliani wouldn’t directly "
        "speculate about Comey’s motives."
    )
    assert ("he", "accused", "the Justice Department of giving Clinton special treatment") in triples(text)


def test_a_name_and_a_modal_after_an_opening_condition_are_the_claims_own():
    text = "Aides said that if Mr. Trump prevails, Mr. Ryan will avoid directly helping him."
    assert triples(text) == [("Aides", "said", "if Mr. Trump prevails, Mr. Ryan will avoid directly helping him")]


def test_a_question_word_with_an_aside_keeps_its_clause():
    text = "Mr. Rubio described how, growing up, Rafael turned into Rafaelito and then Felito."
    assert triples(text)[0][2] == "how, growing up, Rafael turned into Rafaelito and then Felito"


def test_a_second_past_verb_after_an_irregular_past_claim_goes_on_with_it():
    text = "Ads mention that Rubio broke ranks with his own party and supported the original Zika funding package."
    assert triples(text)[0][2] == (
        "Rubio broke ranks with his own party and supported the original Zika funding package"
    )


def test_an_adjective_in_ed_closing_a_list_is_not_a_second_predicate():
    text = (
        "She said there is growing demand for fitness facilities, resort-style pools, water parks and improved "
        "dining choices."
    )
    assert triples(text)[0][2].endswith("water parks and improved dining choices")


def test_a_claim_cut_by_the_next_attribution_does_not_end_in_and():
    text = "Cruz noted he taught constitutional law, and added: “I know a little about this.”"
    assert triples(text)[0] == ("Cruz", "noted", "he taught constitutional law")
