"""Stage 3: where a claim's content starts and ends, on sentences of PolNeAR news articles."""

from __future__ import annotations

from tests.analysis.extracting import statements


def content_of(text: str, speaker: str) -> str:
    found = [s for s in statements(text) if s.speaker == speaker]
    assert found, [(s.speaker, s.content) for s in statements(text)]
    return found[0].content


# --- a participle clause after the claim is the writer's -------------------


def test_a_participle_after_an_attribution_aside_is_not_the_claim():
    text = (
        "She had struggled her whole life, Cruz explained, recalling the time he and his father visited her "
        "at a crack house."
    )
    assert content_of(text, "Cruz") == "She had struggled her whole life"


def test_a_participle_after_a_quotation_explains_it():
    text = (
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention, "
        "where Republicans will select a nominee."
    )
    assert content_of(text, "Trump") == "things “should be wrapped up by Cleveland,”"


def test_an_aside_attribution_still_joins_the_claim_around_it():
    text = "At one point, she said, she was considering a run for the Senate."
    assert content_of(text, "she") == "At one point, she said, she was considering a run for the Senate"


# --- a relative clause that ends the sentence is the writer's note ---------


def test_a_relative_clause_at_the_end_is_not_the_claim():
    text = "Patrick predicted a Cruz win in Texas, which votes on March 1."
    assert content_of(text, "Patrick") == "a Cruz win in Texas"


def test_a_relative_clause_on_a_place_is_not_the_claim():
    text = (
        "Sanders announced it would seek a recanvass in last week’s Kentucky primary, where he trailed Clinton "
        "by less than one-half of 1 percent."
    )
    assert content_of(text, "Sanders") == "it would seek a recanvass in last week’s Kentucky primary"


def test_a_relative_clause_inside_the_claim_stays():
    text = (
        "Khan said that the New York billionaire, who is now the presumptive Republican presidential nominee, "
        "would unite Britain against him if he visited."
    )
    assert content_of(text, "Khan") == (
        "the New York billionaire, who is now the presumptive Republican presidential nominee, "
        "would unite Britain against him if he visited"
    )


# --- a second act after an -ing cue ----------------------------------------


def test_an_ing_cue_claim_ends_at_the_next_act():
    text = (
        "The fracas erupted after Trump launched his campaign, calling them rapists and vowing to make Mexico "
        "pay for a massive border wall."
    )
    assert [s.content for s in statements(text) if s.cue == "calling"] == ["them rapists"]


def test_a_coordinated_ing_inside_a_said_claim_stays():
    text = (
        "Cruz said President Barack Obama is acting unlawfully and showing disregard for the Second Amendment "
        "with his actions on gun control."
    )
    assert content_of(text, "Cruz") == (
        "President Barack Obama is acting unlawfully and showing disregard for the Second Amendment "
        "with his actions on gun control"
    )


# --- the writer's circumstances after a comma ------------------------------


def test_a_time_clause_after_a_comma_is_not_the_claim():
    text = (
        "He pledged to shut down private detention centers, after he introduced a bill last month that would "
        "end private prison contracts with the government."
    )
    assert content_of(text, "He") == "to shut down private detention centers"


def test_a_concession_after_a_comma_is_not_the_claim():
    text = "Ali refused to fight in the Vietnam War, though it cost him years of his boxing career."
    assert content_of(text, "Ali") == "to fight in the Vietnam War"


def test_a_condition_after_a_comma_stays_in_the_claim():
    text = (
        "Gingrich said there were plenty of conservatives willing to serve in a Trump administration, even if "
        "it were the so called Never Trumpers who were generating headlines."
    )
    assert content_of(text, "Gingrich").endswith("who were generating headlines")


# --- a closing appositive is the writer's gloss -----------------------------


def test_an_appositive_gloss_at_the_end_is_not_the_claim():
    text = (
        "Clinton vowed to work to repeal the Hyde Amendment, a longstanding federal provision that prohibits "
        "taxpayer funding of most abortions."
    )
    assert content_of(text, "Clinton") == "to work to repeal the Hyde Amendment"


def test_a_gloss_on_a_quotation_is_not_the_claim():
    text = (
        "The Florida senator assured the crowd, saying the person would “not get beat up” at his rally, "
        "a swipe at the recent disturbances at some of Trump’s rallies."
    )
    assert [s.content for s in statements(text) if s.cue == "saying"] == [
        "the person would “not get beat up” at his rally"
    ]


# --- where the claim starts ------------------------------------------------


def test_a_preposition_after_the_cue_is_not_the_claim():
    text = "Clinton supporters responded with chants of “I’m with her” as the protesters were led out."
    assert content_of(text, "Clinton supporters").startswith("chants of")


# --- the object of a verb of stance ----------------------------------------


def test_an_object_list_goes_on_past_its_commas():
    text = "Sen. Graham attacked GOP voters, lawmakers, and thinkers for opposing mass migration policies."
    assert content_of(text, "Sen. Graham") == "GOP voters, lawmakers, and thinkers for opposing mass migration policies"


def test_a_dash_aside_inside_an_object_stays():
    text = (
        "She touted her husband’s economic record—“the longest peacetime expansion in our history”—in a speech "
        "on Monday."
    )
    assert content_of(text, "She").startswith(
        "her husband’s economic record—“the longest peacetime expansion in our history”—"
    )


def test_an_object_ends_before_the_preposition_of_a_time():
    text = "Marco Rubio defended himself on Saturday for bailing on his own immigration reform bill."
    assert content_of(text, "Marco Rubio") == "himself"


def test_an_object_still_ends_at_a_comma_before_a_clause():
    text = "The governor endorsed Clinton, who spoke later, at a rally in Ohio."
    assert content_of(text, "The governor") == "Clinton"


# --- a new subject after a comma -------------------------------------------


def test_a_named_subject_with_a_past_verb_opens_the_writers_clause():
    text = (
        "Donald Trump and Sen. Ted Cruz lamented illegal immigration, Clinton took a moment to reach out to "
        "Spanish-speaking voters."
    )
    assert [s.content for s in statements(text) if s.cue == "lamented"] == ["illegal immigration"]


def test_a_name_in_a_list_does_not_end_the_claim():
    text = "Polls show Trump leading in Texas, Virginia and Georgia by wide margins."
    assert content_of(text, "Polls") == "Trump leading in Texas, Virginia and Georgia by wide margins"


def test_however_after_a_comma_is_the_writers_comment():
    text = (
        "In the last poll, 47 percent said they would vote for former Secretary of State Hillary Clinton, "
        "however this time around that number has dropped slightly to 35 percent."
    )
    assert content_of(text, "47 percent") == "they would vote for former Secretary of State Hillary Clinton"


# --- a dash aside at the start of the claim --------------------------------


def test_a_dash_aside_after_that_does_not_end_the_claim():
    text = "Kaine says that – in his professional life – he is a strong advocate for abortion rights."
    assert content_of(text, "Kaine").endswith("he is a strong advocate for abortion rights")


def test_a_dash_aside_after_a_second_that_does_not_end_the_claim():
    text = (
        "The more moderate Kasich argued that his favorability rating is far higher than his rivals, and that "
        "— despite having only won his home state of Ohio so far — he is best-positioned to defeat Clinton."
    )
    assert content_of(text, "The more moderate Kasich").endswith("he is best-positioned to defeat Clinton")


def test_a_second_past_verb_after_an_adverb_is_the_writers():
    text = "Some of her followers attacked her Spanish-language skills and even questioned the star’s Latino identity."
    assert content_of(text, "Some of her followers") == "her Spanish-language skills"


def test_a_question_after_the_addressee_is_the_claim():
    text = (
        "Donald Trump spoke for an hour, telling attendees at the New York State Republican Party’s annual gala "
        "how he helped save the hotel where the gala is being held."
    )
    assert [s.content for s in statements(text) if s.cue == "telling"] == [
        "how he helped save the hotel where the gala is being held"
    ]


def test_a_named_subject_with_an_irregular_past_verb_opens_the_writers_clause():
    text = (
        "Four years after Bill Clinton claimed that the era of big government was over, Obama won his party’s "
        "nomination by promising its furious revenge."
    )
    assert content_of(text, "Bill Clinton") == "the era of big government was over"


def test_what_an_object_is_called_stays_in_the_claim():
    text = "Kasich offered the man a job as Secretary of Defense."
    assert content_of(text, "Kasich") == "the man a job as Secretary of Defense"


def test_as_with_a_clause_ends_the_object():
    text = "The senator endorsed Clinton as she left the stage."
    assert content_of(text, "The senator") == "Clinton"
