"""Verbs of saying and reporting whose speaker is a body of evidence, a transcript's turn or a long description.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a mass noun with the words that describe it speaks; "data" is a plural without its -s ---------------


def test_a_latin_plural_agrees_with_a_bare_verb():
    text = "Data show that graduates earn far more than those without a degree."
    assert triples(text) == [("Data", "show", "graduates earn far more than those without a degree")]


def test_a_mass_source_with_its_describing_words_speaks():
    text = "But early viewing data suggests that the network drew about 8 million viewers."
    assert triples(text) == [("early viewing data", "suggests", "the network drew about 8 million viewers")]


def test_a_latin_plural_with_a_describing_word_agrees_with_a_bare_verb():
    text = "Sure, official data suggest that output peaked in 2013."
    assert triples(text) == [("official data", "suggest", "output peaked in 2013")]


# --- ", saying ..." after a claim noun owned by a pronoun: the main clause's subject speaks ------------------


def test_a_participle_after_an_owned_claim_noun_hangs_on_the_subject():
    text = "The senator on Friday stepped up his attacks on the governor, saying he is weak on trade."
    assert triples(text) == [
        ("his", "attacks on", "the governor"),
        ("The senator", "saying", "he is weak on trade"),
    ]


# --- a quotation after a colon that ends the verb's object: the clause's subject speaks -----------------


def test_a_colon_after_the_object_gives_the_quotation_to_the_subject():
    text = 'Senate leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It is time to stop attacking."'
    assert triples(text) == [("Senate leader Mitch McConnell", ":", "It is time to stop attacking.")]


def test_a_colon_after_the_object_of_a_described_subject():
    text = 'A rally by the city’s religious leaders on Wednesday had one message: "Dump Trump."'
    assert triples(text) == [("A rally by the city’s religious leaders", ":", "Dump Trump.")]


def test_a_colon_after_a_dash_opens_a_clause_of_its_own():
    text = 'Signs of late shifts were there all along - more from Blumenthal and Cohen: "Our data confirm it."'
    assert triples(text) == [("Blumenthal and Cohen", ":", "Our data confirm it.")]


# --- "Polls there show": "there" after a plural subject places it --------------------------------------


def test_there_after_a_plural_subject_places_it():
    text = "Polls there show the senator trailing his rival."
    assert triples(text) == [("Polls", "show", "the senator trailing his rival")]


def test_there_after_a_plural_subject_before_an_auxiliary():
    text = "Officials there have said the plan would fail."
    assert triples(text) == [("Officials", "said", "the plan would fail")]


# --- "late last week" between the subject and its verb is the time of the report ------------------------


def test_a_time_counted_back_with_late_or_early_lies_between_subject_and_verb():
    text = "Surveys of likely voters late last week indicated that a third were still undecided."
    assert triples(text) == [("Surveys of likely voters", "indicated", "a third were still undecided")]


# --- a title quoted inside a claim that the attribution closes -----------------------------------------


def test_a_quoted_title_inside_a_claim_that_ends_with_its_attribution():
    text = "His first act was a stunt, years before a rival made it famous in ''The Late Hour,'' Mr. Lane noted."
    assert triples(text) == [
        ("Mr. Lane", "noted", "His first act was a stunt, years before a rival made it famous in ''The Late Hour")
    ]


# --- "polls from Monmouth University", "a CNN/ORC poll": who made a study belongs to its speaker ------------


def test_names_joined_by_a_slash_stay_in_the_speaker():
    text = "A new CNN/ORC poll shows the two candidates in a dead heat."
    assert triples(text) == [("A new CNN/ORC poll", "shows", "the two candidates in a dead heat")]


def test_the_maker_of_a_study_after_from_stays_in_the_speaker():
    text = "Recent polls from Monmouth University and CNN/ORC respectively show a 56% and 54% approval rating."
    assert triples(text) == [
        ("Recent polls from Monmouth University and CNN/ORC", "show", "a 56% and 54% approval rating")
    ]


# --- ", saying ..." hangs on the main clause's subject past a time or an irregular past -----------------


def test_a_participle_hangs_on_a_subject_whose_verb_follows_a_time():
    text = (
        "Gov. Mike Pence on Thursday blamed the media for making an issue of Trump’s claim that Obama "
        "“founded ISIS,” saying they missed the point."
    )
    assert [t for t in triples(text) if t[1] == "saying"] == [("Gov. Mike Pence", "saying", "they missed the point")]


def test_a_participle_hangs_on_a_subject_with_an_irregular_past():
    text = "Trump took a softer line on the group’s claims of victory, saying others should fight it."
    assert [t for t in triples(text) if t[1] == "saying"] == [("Trump", "saying", "others should fight it")]


def test_a_participle_right_after_an_inverted_attribution_is_its_speakers():
    text = "Grayson said she would have no chance, the source recalled, adding that he was angry."
    assert [t for t in triples(text) if t[1] == "adding"] == [("the source", "adding", "he was angry")]


def test_a_participle_after_a_reported_clause_is_the_reported_persons():
    text = "Aides said Obama will make a familiar case for his record, highlighting the recovery from the recession."
    assert [t for t in triples(text) if t[1] == "highlighting"] == [
        ("Obama", "highlighting", "the recovery from the recession")
    ]


def test_a_participle_after_a_clause_of_its_own_is_its_subjects():
    text = (
        "Jindal on Monday signed an order to block refugees, while Mike Huckabee, a former governor, "
        "proposed a wall and said the speaker should resign."
    )
    assert [t for t in triples(text) if t[1] == "said"] == [("Mike Huckabee", "said", "the speaker should resign")]


# --- "The first lady said": an ordinal after a determiner is part of the speaker -----------------------


def test_an_ordinal_after_a_determiner_is_part_of_the_speaker():
    text = "The former first lady calls it her duty gene."
    assert triples(text) == [("The former first lady", "calls", "it her duty gene")]


def test_first_between_the_subject_and_its_verb_is_a_time():
    text = "The campaign first said she was proud."
    assert triples(text) == [("The campaign", "said", "she was proud")]


def test_only_after_a_determiner_is_part_of_the_speaker():
    text = "The only candidate said the plan was fine."
    assert triples(text) == [("The only candidate", "said", "the plan was fine")]


def test_only_between_the_subject_and_its_verb_is_a_focus():
    text = "Trump only said the deal was bad."
    assert triples(text) == [("Trump", "said", "the deal was bad")]


# --- "The two senators said", "One of the officials said": the count and its determiner speak ----------


def test_a_number_after_a_determiner_stays_in_the_speaker():
    text = "The two senators said the bill would pass."
    assert triples(text) == [("The two senators", "said", "the bill would pass")]


def test_one_of_a_group_is_the_speaker():
    text = "One of the officials said the bill would pass."
    assert triples(text) == [("One of the officials", "said", "the bill would pass")]


# --- ", citing ...": the sentence's subject after a leading time, a focus, or as a share of a group ---------


def test_a_participle_hangs_on_a_subject_after_a_leading_time_without_comma():
    text = "On Sunday morning Mr. Trump made another attempt to deflect the criticism, writing that terrorism mattered."
    assert triples(text) == [("Mr. Trump", "writing", "terrorism mattered")]


def test_a_participle_hangs_on_a_subject_after_a_focus():
    text = "And even Obama tried to help them, noting that he would demur too."
    assert triples(text) == [("Obama", "noting", "he would demur too")]


def test_a_participle_hangs_on_a_share_of_a_group():
    text = "But some of his supporters remain reluctant to back her, often citing trust as a factor."
    assert triples(text) == [("some of his supporters", "citing", "trust as a factor")]


def test_a_participle_hangs_on_a_counted_group():
    text = 'Outside the arena, about 200 protesters gathered in three groups, holding signs and chanting "Dump Trump."'
    assert [t for t in triples(text) if t[1] == "chanting"] == [("about 200 protesters", "chanting", "Dump Trump.")]


def test_a_contracted_pronoun_is_the_subject_a_second_verb_hangs_on():
    text = "She's a Sanders supporter but concedes that most of her friends love the Clintons."
    assert triples(text) == [("She", "concedes", "most of her friends love the Clintons")]


# --- "Ebeling reminisced ...": a name in -ing before its verb is no opening participle -----------------


def test_a_name_in_ing_before_its_verb_is_the_subject():
    text = (
        "Walking on, Ebeling reminisced about her days growing up as a Goldwater girl in a small town near "
        "Chicago with her friend, and said their views were changed by the war."
    )
    assert triples(text) == [("Ebeling", "said", "their views were changed by the war")]


def test_a_subordinator_before_a_participle_still_opens_the_sentence():
    text = "When asked about the vote, Canova bristled and said the race was over."
    assert triples(text) == [("Canova", "said", "the race was over")]


def test_the_maker_of_a_study_after_by_and_a_determiner_stays_in_the_speaker():
    text = (
        "Students take 112 standardized tests before they graduate, a study by the Council of the Great City "
        "Schools found."
    )
    assert triples(text) == [
        (
            "a study by the Council of the Great City Schools",
            "found",
            "Students take 112 standardized tests before they graduate",
        )
    ]


def test_a_name_with_of_the_inside_is_one_speaker():
    text = "The Secretary of the Treasury said the plan was sound."
    assert triples(text) == [("The Secretary of the Treasury", "said", "the plan was sound")]


# --- "Asked at a briefing Monday about ...": when and where a question was put are not what it asked --------


def test_the_time_and_place_of_a_question_are_not_its_content():
    text = "Asked at a briefing Monday in Washington about her future role, the spokesman said it was unclear."
    assert triples(text)[0] == ("the spokesman", "Asked", "about her future role")


def test_a_bare_question_keeps_its_words():
    text = "Asked whether he would run, Rubio said no."
    assert triples(text)[0] == ("Rubio", "Asked", "whether he would run")


# --- "..., explained X: “...”": an inverted attribution that hands over to a quotation with a colon -------------


def test_an_inverted_attribution_before_a_colon_reports_the_quotation():
    text = 'In other words, explained the moderator Nancy Cordes: "What does that have to do with big donations?"'
    assert triples(text) == [
        ("the moderator Nancy Cordes", "explained", "What does that have to do with big donations?")
    ]
