"""The core verbs of saying (said, says, told, wrote, ...) in shapes that set the claim apart from its place.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- ", as X said ...": the claim came first, even with a clause of time after the cue -------------


def test_as_attribution_with_a_trailing_clause_of_time_reports_the_clause_before():
    text = "The report was “aligned with the left,” as the host Steve Doocy said in April while promoting a film."
    assert triples(text) == [("the host Steve Doocy", "said", "The report was “aligned with the left")]


def test_as_attribution_at_the_end_reports_the_clause_before():
    text = "Prices rose sharply last year, as the ministry said on Monday."
    assert triples(text) == [("the ministry", "said", "Prices rose sharply last year")]


def test_as_attribution_that_opens_the_sentence_reports_what_follows():
    text = "Of course, as the host said in April, the biggest victor was the governor."
    assert triples(text) == [("the host", "said", "the biggest victor was the governor")]


# --- "(..., Gutin says)": a parenthesis closed by its attribution -------------------------------


def test_attribution_that_closes_a_parenthesis_reports_the_words_inside_it():
    text = "She cared if her ratings (at one point as low as 19%, Gutin says) hurt her husband."
    assert triples(text) == [("Gutin", "says", "at one point as low as 19%")]


def test_attribution_with_a_day_that_closes_a_parenthesis():
    text = "The bill (which costs far too much, critics said Monday) passed the House."
    assert triples(text) == [("critics", "said", "which costs far too much")]


# --- a plural possessive after the cue is no closing quotation mark ---------------------------


def test_a_plural_possessive_after_the_cue_opens_the_claim():
    text = "Instead of deferring deportation, Trump said the justices’ deadlock has kept us safe."
    assert triples(text) == [("Trump", "said", "the justices’ deadlock has kept us safe")]


# --- an opening clause, then a subject that a relative clause describes ---------------------------


def test_a_relative_subject_after_an_opening_clause_speaks():
    text = (
        "Although there is no such overlap, a White House official who spoke anonymously to discuss internal "
        'strategy said Wednesday, "Certainly there are discussions between the White House and the campaign."'
    )
    assert triples(text) == [
        (
            "a White House official who spoke anonymously to discuss internal strategy",
            "said",
            "Certainly there are discussions between the White House and the campaign.",
        )
    ]


# --- "said as he introduced his wife, “...”": a clause of time, then the quotation ----------------


def test_a_quotation_after_a_clause_of_time_is_the_claim():
    text = 'At day\'s end, however, Clinton said as he introduced his wife in Hudson, "Finally, the dam broke."'
    assert triples(text) == [("Clinton", "said", "Finally, the dam broke.")]


def test_a_reason_after_the_cue_stays_in_the_claim():
    text = 'Swers said because Obama is popular with Democratic voters, "he\'s a very good campaign surrogate for her."'
    assert triples(text) == [
        (
            "Swers",
            "said",
            'because Obama is popular with Democratic voters, "he\'s a very good campaign surrogate for her."',
        )
    ]


# --- "said Doyle and others": a name and those who said it with him ---------------------------


def test_inverted_speaker_with_others():
    text = "The contrast with Trump, said Doyle and others, would be clear since Trump has no allies."
    assert triples(text) == [
        (
            "Doyle and others",
            "said",
            "The contrast with Trump, said Doyle and others, would be clear since Trump has no allies",
        )
    ]


def test_inverted_speaker_of_two_names():
    text = "“It is clear,” said Doyle and Smith."
    assert triples(text) == [("Doyle and Smith", "said", "It is clear")]


# --- ", they say, but ...": the claim goes on past its attribution ------------------------------


def test_a_claim_goes_on_with_but_after_its_attribution():
    text = "He may not electrify a room the way he once did, they say, but he is still an effective advocate for her."
    assert triples(text) == [("they", "say", text[:-1])]


def test_a_but_clause_that_is_another_act_is_not_the_claim():
    text = "The economy is strong, he said, but he declined to say more."
    assert triples(text) == [("he", "said", "The economy is strong"), ("he", "declined", "to say more")]


def test_a_but_clause_after_a_quotation_is_the_writer_s():
    text = "“The economy is strong,” he said, but he is wrong."
    assert triples(text) == [("he", "said", "The economy is strong")]


# --- "say experts like Paul Bauman, a geophysicist, is ...": the group, an example, then the verb ----------


def test_inverted_group_with_an_example_and_its_description():
    text = (
        "Part of the problem in detecting tunnels, say experts like Paul Bauman, a geophysicist, is the ground itself."
    )
    assert triples(text) == [("experts like Paul Bauman", "say", text[:-1])]


# --- "critics of the plan in Congress say": people named by what they stand for ------------------


def test_a_role_with_its_complement_after_an_opener_speaks():
    text = "Indeed, critics of the plan say it will fail."
    assert triples(text) == [("critics of the plan", "say", "it will fail")]


def test_a_role_with_a_chain_of_phrases_speaks():
    text = "Indeed, proponents of more controls on hate speech say there is a direct correlation to the attacks."
    assert triples(text) == [
        ("proponents of more controls on hate speech", "say", "there is a direct correlation to the attacks")
    ]


def test_things_with_a_complement_do_not_speak():
    text = "Indeed, payments to a company called the firm a success."
    assert triples(text) == []


# --- "according to ...": a document named by its kind alone, and a claim after an opening clause -------------


def test_according_to_a_document_named_by_its_kind():
    text = "The plan would cost a lot, according to the document."
    assert triples(text) == [("the document", "according to", "The plan would cost a lot")]


def test_according_to_after_an_opening_subordinate_clause_reports_the_main_clause():
    text = (
        "While most of those were elevated to the “confidential” level, according to a State Department official, "
        "two in the most recent batch were upgraded to the “Secret” level."
    )
    assert triples(text) == [
        (
            "a State Department official",
            "according to",
            "two in the most recent batch were upgraded to the “Secret” level",
        )
    ]


def test_according_to_a_name_with_an_initial_and_its_description():
    text = (
        "At the heart of the trouble, according to Dennis B. Ross, another former envoy, was a decision by Mr. Obama "
        "to keep his distance."
    )
    assert triples(text) == [("Dennis B. Ross", "according to", text[:-1])]


def test_according_to_with_a_clause_joined_after_the_source():
    text = (
        "Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there "
        "were only eight incidents of a gun being fired."
    )
    assert triples(text) == [("the National Police Agency", "according to", text[:-1])]


def test_as_attribution_after_a_quotation_mid_sentence_reports_the_quotation():
    text = (
        "Still, the fact that the race “is a dead heat right now,” as Cruz said on the radio on Monday, only "
        "magnifies the importance of every decision."
    )
    assert triples(text) == [("Cruz", "said", "is a dead heat right now")]


# --- "told reporters she thinks ...": the one told ends before the claim's subject -------------------------


def test_the_claim_after_the_one_told_keeps_its_pronoun_subject():
    text = "A dozen members of Congress told The Huffington Post she thinks the House is within reach."
    assert triples(text) == [("A dozen members of Congress", "told", "she thinks the House is within reach")]


def test_told_her_then_a_pronoun_subject():
    text = "Her boss told her he had booked a room for them."
    assert triples(text) == [("Her boss", "told", "he had booked a room for them")]


def test_people_a_past_participle_describes_speak_after_an_aside():
    text = (
        "But numerous military veterans interviewed at Trump rallies in South Carolina this week, including "
        "Mr. Jebens, said they had no problem with his comments."
    )
    assert triples(text) == [
        (
            "numerous military veterans interviewed at Trump rallies in South Carolina",
            "said",
            "they had no problem with his comments",
        )
    ]


def test_a_participle_after_the_cue_that_follows_a_quotation_is_no_claim():
    text = "“That term carries legal import,” Clinton said answering a question at a town hall."
    assert triples(text) == [("Clinton", "said", "That term carries legal import")]


def test_an_opening_time_with_a_year_is_no_claim_before_the_cue():
    text = "Earlier in 2012, the ambassador wrote to the secretary about a visit to Ukraine by the couple."
    assert triples(text) == [("the ambassador", "wrote", "to the secretary about a visit to Ukraine by the couple")]


def test_an_opening_phrase_with_a_programme_title_is_no_claim():
    text = "In an interview with “Fox and Friends,” Donald Trump said China should be the regional enforcer."
    assert triples(text) == [("Donald Trump", "said", "China should be the regional enforcer")]


def test_an_opening_phrase_with_a_lowercase_quotation_keeps_the_aside_claim():
    text = "On “very exclusive” memberships, he said, the clubs are failing."
    assert triples(text) == [("he", "said", text[:-1])]


def test_a_mass_noun_source_without_an_article_speaks():
    text = "Both lead the polls there, although history says there can be major upheavals after Iowa."
    assert triples(text) == [("history", "says", "there can be major upheavals after Iowa")]


def test_a_share_with_another_in_brackets_speaks():
    text = "29 percent (and 43 percent of Republicans) said they believe the rumor."
    assert triples(text) == [("29 percent (and 43 percent of Republicans)", "said", "they believe the rumor")]


def test_a_double_genitive_subject_with_a_relative_clause_speaks():
    text = "Friends of Mr. Clinton's who have seen him on the trail recently say that his energy has matured."
    assert triples(text) == [
        ("Friends of Mr. Clinton's who have seen him on the trail", "say", "his energy has matured")
    ]
