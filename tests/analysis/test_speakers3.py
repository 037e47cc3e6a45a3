"""Finding the speaker, a third pass: what opens or dates a sentence, places after a comma, times after a cue.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_town_and_its_state_inside_a_description_are_not_the_speaker():
    text = (
        "''I just don't think she's been completely truthful,'' Cecelia Purner, 67, a retired customer service "
        "representative in Allentown, Pa., said in a follow-up interview."
    )
    assert triples(text) == [("Cecelia Purner", "said", "I just don't think she's been completely truthful")]
    text = "“I just think he is the best person,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said."
    assert triples(text) == [("Cecelia Purner", "said", "I just think he is the best person")]


def test_the_one_a_town_places_is_the_speaker():
    text = "Kasich said he is tough after a woman in Worcester, Massachusetts, told him she worries he is too nice."
    assert ("a woman in Worcester", "told", "him she worries he is too nice") in triples(text)


def test_a_word_that_opens_the_sentence_before_a_comma_does_not_speak():
    text = "Similarly, William J. Bennett, a Reagan education secretary, said he could not support the movement."
    assert triples(text) == [("William J. Bennett", "said", "he could not support the movement")]
    text = (
        "Moreover, Jeffrey D. Sachs, director of the Earth Institute at Columbia University, noted this week "
        "that most of those plans run only to 2030."
    )
    assert triples(text)[0][:2] == ("Jeffrey D. Sachs", "noted")
    text = "Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules."
    assert triples(text)[0][:2] == ("Texas", "asked")


def test_earlier_or_later_that_day_stands_between_the_speaker_and_the_verb():
    text = "Gowdy earlier Thursday said the committee has conducted a total of 75 witness interviews."
    assert triples(text) == [("Gowdy", "said", "the committee has conducted a total of 75 witness interviews")]
    text = 'Priebus later Thursday told Fox News: "Both men are meeting up next week."'
    assert triples(text)[0][:2] == ("Priebus", "told")


def test_a_weekday_after_the_verb_is_when_not_who():
    text = (
        '"Is President Obama going to finally mention the words? He should resign!" the presumptive GOP '
        "presidential nominee, Donald Trump, tweeted Sunday after a lone-wolf attack."
    )
    speaker, cue, _ = triples(text)[0]
    assert (speaker, cue) == ("the presumptive GOP presidential nominee, Donald Trump", "tweeted")


def test_long_or_nevertheless_between_the_auxiliary_and_the_verb():
    text = "Mr. Ryan has long said that he will support the party's nominee."
    assert triples(text) == [("Mr. Ryan", "said", "he will support the party's nominee")]
    assert triples("Clinton has nevertheless called his vote an irresponsible one.") == [
        ("Clinton", "called", "his vote an irresponsible one")
    ]


def test_a_year_inside_the_subject_dates_it():
    text = "One influential 2009 paper found improvements in fourth- and eighth-grade math scores."
    assert triples(text) == [
        ("One influential 2009 paper", "found", "improvements in fourth- and eighth-grade math scores")
    ]
    # A year that opens the sentence is not part of the subject.
    assert triples("In 2009 researchers found the opposite.")[0][0] == "researchers"


def test_a_span_of_time_ago_stands_between_the_speaker_and_the_verb():
    text = "The State Department less than two weeks ago said top secret intelligence had passed through the server."
    assert triples(text)[0][:2] == ("The State Department", "said")
    assert triples("Clinton a week ago said she would not.") == [("Clinton", "said", "she would not")]


def test_a_day_and_its_part_are_not_the_speaker():
    assert triples("On Sunday morning Mr. Trump said the real issue was terrorism.") == [
        ("Mr. Trump", "said", "the real issue was terrorism")
    ]
    text = "Sen. Bernie Sanders on Wednesday morning called upon the U.S. to press China."
    assert triples(text)[0][:2] == ("Sen. Bernie Sanders", "called")


def test_a_fraction_of_them_speaks():
    text = "Women are a majority, and as many as three-fourths of them say they have a negative view of him."
    assert triples(text) == [("three-fourths of them", "say", "they have a negative view of him")]


def test_a_role_for_an_employer_then_the_name_after_an_inverted_verb():
    text = (
        "He was involved in decisions about investments in Ukraine, said a former spokesman for Ukraine's "
        "Foreign Ministry, Oleg Voloshyn, who also ran as a candidate."
    )
    assert triples(text)[0] == (
        "a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn",
        "said",
        "He was involved in decisions about investments in Ukraine",
    )


def test_two_roles_joined_by_and_before_a_name_after_an_inverted_verb():
    text = "He worked in New York and Florida, said lobbyist and GOP strategist Charlie Black, his partner."
    assert triples(text) == [("lobbyist and GOP strategist Charlie Black", "said", "He worked in New York and Florida")]


def test_someone_familiar_with_the_matter_after_an_inverted_verb():
    text = '"It wasn\'t a convincing argument," said one Democrat familiar with the discussion, who added that it hurt.'
    assert triples(text)[0] == ("one Democrat familiar with the discussion", "said", "It wasn't a convincing argument")


def test_a_clause_in_ing_after_the_verb_is_the_claim_not_the_speaker():
    text = (
        "Montana Sen. Jon Tester, chairman of the Democratic Senatorial Campaign Committee, said having Trump at "
        "the top of the ticket puts McCain at risk."
    )
    assert triples(text) == [
        ("Montana Sen. Jon Tester", "said", "having Trump at the top of the ticket puts McCain at risk")
    ]
    text = "Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings."
    assert triples(text) == [("Democratic economists", "say", "taxing consumption encourages savings")]


def test_a_party_tag_then_a_stray_comma_before_the_verb():
    text = "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn't gotten a chance to read the plan."
    assert triples(text) == [("Sen. Jack Reed (D-R.I.)", "said", "he hadn't gotten a chance to read the plan")]


def test_a_long_description_in_brackets_after_a_name():
    text = "Sen. Chris Murphy (a Connecticut Democrat so boyish he was mistaken for a staffer) says he was unfocused."
    speaker, cue, content = triples(text)[0]
    assert speaker.startswith("Sen. Chris Murphy") and (cue, content) == ("says", "he was unfocused")


def test_a_relative_clause_whose_verb_is_a_cue_word_describes_the_subject():
    text = 'A White House official who spoke anonymously to discuss strategy said Wednesday, "There are discussions."'
    assert triples(text) == [
        ("A White House official who spoke anonymously to discuss strategy", "said", "There are discussions.")
    ]


def test_a_group_then_an_example_of_it():
    assert triples("Still, critics like Huffman said it would help Alan Grayson.") == [
        ("critics like Huffman", "said", "it would help Alan Grayson")
    ]


def test_even_before_a_subject_with_a_relative_clause():
    text = "Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate."
    assert ("Republicans who have praised his candidacy", "warned", "the party may have to separate") in triples(text)


def test_a_year_after_from_dates_the_speaker():
    text = "As another Pew study from 2011 noted, the average age of Latinos born in California was 18."
    assert triples(text) == [
        ("another Pew study from 2011", "noted", "the average age of Latinos born in California was 18")
    ]


def test_two_relative_clauses_joined_by_and_describe_one_subject():
    text = (
        "Another Muslim who worshiped at the Islamic Center here and who didn't want to be named said he heard "
        "Mateen talk of immorality."
    )
    speaker, cue, content = triples(text)[0]
    assert speaker.startswith("Another Muslim who worshiped") and speaker.endswith("named")
    assert (cue, content) == ("said", "he heard Mateen talk of immorality")


def test_a_headline_role_without_an_article():
    text = "Her fate in November election hinges on Obama's popularity at the time, analyst says."
    assert triples(text) == [
        ("analyst", "says", "Her fate in November election hinges on Obama's popularity at the time")
    ]
    assert triples("Investment, official says, helped the economy.")[0][:2] == ("official", "says")


def test_a_thing_that_says_something_is_a_source():
    text = "They passed out water bottles that said, “The Cuyahoga Republican party welcomes you to the Gay Games.”"
    assert triples(text) == [("that", "said", "The Cuyahoga Republican party welcomes you to the Gay Games.")]
    assert ("that", "said", "the economy was growing") in triples(
        "He pointed to a report that said the economy was growing."
    )
    # "That said, ..." opens a sentence; it is no relative.
    assert triples("That said, the plan has merit.") == []


def test_an_age_that_marks_out_a_group():
    assert triples("Those over 60 say they feel that way.") == [("Those over 60", "say", "they feel that way")]
    assert triples("Voters under 30 said they preferred Sanders.")[0][:2] == ("Voters under 30", "said")


def test_that_as_a_speaker_stands_for_the_noun_phrase_before_it():
    text = 'Protesters passed out water bottles that said, "Build the wall."'
    [found] = statements(text)
    assert (found.speaker, found.refers_to, found.content) == ("that", "water bottles", "Build the wall.")


def test_an_anonymous_source_asking_not_to_be_named_is_the_speaker():
    text = "A Muslim who asked not to be named said he heard Mateen talk of immorality."
    assert triples(text) == [("A Muslim who asked not to be named", "said", "he heard Mateen talk of immorality")]
    text = "A Muslim who didn't want to be identified said he heard Mateen talk of immorality."
    assert triples(text)[0][:2] == ("A Muslim who didn't want to be identified", "said")
