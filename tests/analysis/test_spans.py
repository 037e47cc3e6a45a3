"""Stage 3: claims that start too late or stop too soon around their attribution.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a relative clause that leaves a gap for the noun it describes ----------------------


def test_a_zero_relative_claim_holds_the_noun_it_describes():
    text = "She is exactly the kind of liberal jurist many Republicans fear Mrs. Clinton would choose."
    assert triples(text) == [
        ("many Republicans", "fear", "the kind of liberal jurist many Republicans fear Mrs. Clinton would choose")
    ]


def test_a_that_relative_with_a_missing_subject_holds_its_noun():
    text = "Golf courses face a trend that the foundation predicts will continue for the next few years."
    assert triples(text) == [
        ("the foundation", "predicts", "a trend that the foundation predicts will continue for the next few years")
    ]


def test_a_what_clause_claim_starts_at_what():
    text = "The deal falls short of what scientists think is necessary."
    assert triples(text) == [("scientists", "think", "what scientists think is necessary")]


def test_a_time_before_the_speaker_is_no_head_noun():
    text = "In an interview he said the plan would fail."
    assert triples(text) == [("he", "said", "the plan would fail")]


def test_a_complete_clause_after_that_keeps_its_own_start():
    text = "He said that critics called the bill anti-gay."
    assert triples(text) == [("He", "said", "critics called the bill anti-gay")]


# --- an attribution between a subject and its verb ---------------------------------------


def test_a_said_aside_with_a_description_of_the_source_keeps_the_whole_claim():
    text = (
        "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, "
        "is that she was one of the most powerful first ladies."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("Carl Anthony", "says")
    assert content.startswith("The paradox of Nancy") and content.endswith("most powerful first ladies")


def test_an_according_to_aside_before_the_verb_keeps_a_long_subject():
    text = (
        "One of the decisions they have made, according to a person close to the secretive process, "
        "is to turn any attacks on the foundation into a counterattack."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("a person close to the secretive process", "according to")
    assert content.startswith("One of the decisions") and content.endswith("into a counterattack")


def test_the_aside_claim_stops_before_a_participle_of_its_own():
    text = (
        "Any interpretation of the actions, said Michael Kofman, an expert on Russia, would read this as an "
        "admission of defeat, seeing a negotiated agreement as the best means of saving the opposition."
    )
    found = triples(text)
    assert found[0][2].endswith("would read this as an admission of defeat")
    assert found[1] == (
        "Michael Kofman",
        "seeing",
        "a negotiated agreement as the best means of saving the opposition",
    )


def test_according_to_after_a_whole_sentence_stays_out_of_the_claim():
    text = "Florida's Cuban Americans, 82 percent of whom view Trump unfavorably according to the poll, vote often."
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("the poll", "according to")
    assert content.endswith("view Trump unfavorably")


# --- an adverb or a quoted phrase before the attribution ---------------------------------


def test_a_lone_adverb_before_the_attribution_is_no_claim():
    text = "Now, he says, at least seven of the state's 44 delegates have signed on."
    assert triples(text) == [("he", "says", "at least seven of the state's 44 delegates have signed on")]


def test_a_quoted_phrase_late_in_the_claim_is_no_programme_title():
    text = (
        "Those who spend their time reading conspiracy theories on ''certain fringes of the internet,'' he said, "
        "wind up in a debate that is divorced from reality."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("he", "said")
    assert content.startswith("Those who spend") and content.endswith("divorced from reality")


def test_a_programme_that_opens_the_sentence_is_still_a_venue():
    text = "On CNN’s “State of the Union,” Sanders said the race was not over."
    assert triples(text) == [("Sanders", "said", "the race was not over")]


# --- a quoted sentence that goes on after its attribution --------------------------------


def test_a_quotation_goes_on_after_the_attribution_in_a_that_clause():
    text = "“It's our bad luck,” he said, that both violent men had connections to this little mosque."
    assert triples(text) == [
        ("he", "said", "It's our bad luck,” he said, that both violent men had connections to this little mosque")
    ]


def test_a_quotation_goes_on_in_a_second_quotation_joined_by_and():
    text = "“This deal must come with vigorous enforcement,” she said, and “clear consequences for any violations.”"
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("she", "said")
    assert content.startswith("This deal must") and content.endswith("clear consequences for any violations")


def test_a_new_clause_after_the_attribution_is_the_writers():
    text = "“We will win,” he said, and then he left the stage."
    assert triples(text) == [("he", "said", "We will win")]


# --- the one urged to act ----------------------------------------------------------------


def test_the_one_urged_to_act_is_part_of_the_claim():
    text = "The White House also urged the technology industry to do more."
    assert triples(text) == [("The White House", "urged", "the technology industry to do more")]


def test_the_one_asked_to_act_stops_where_the_infinitive_does():
    text = "He has asked Republican leaders to disavow Mr. Trump and has repeatedly characterized him as callous."
    assert triples(text)[0] == ("He", "asked", "Republican leaders to disavow Mr. Trump")


def test_a_question_asked_of_someone_leaves_them_out():
    text = "She asked reporters whether he would win."
    assert triples(text) == [("She", "asked", "whether he would win")]


# --- a list of quotations ----------------------------------------------------------------


def test_a_list_of_quoted_titles_is_one_claim():
    text = "Cruz named “Criminal Minds,” “Game of Thrones,” “Breaking Bad” and “Veep” as his top shows."
    assert triples(text) == [
        ("Cruz", "named", "“Criminal Minds,” “Game of Thrones,” “Breaking Bad” and “Veep” as his top shows")
    ]


def test_a_list_of_quoted_phrases_ends_with_its_last_item():
    text = (
        'Gov. Jerry Brown endorsed Clinton, citing her "long experience," "firm grasp of the issues" and preparedness.'
    )
    assert ("Gov. Jerry Brown", "citing", '"long experience," "firm grasp of the issues" and preparedness') in triples(
        text
    )


def test_a_quotation_followed_by_the_writers_clause_stays_alone():
    text = 'He said "We will win," and the crowd cheered.'
    assert triples(text) == [("He", "said", "We will win,")]


# --- one quoted sentence broken by its attribution ---------------------------------------


def test_a_quoted_clause_finished_after_the_attribution_is_one_claim():
    text = (
        "“Now somebody who has never shown any regard for workers,” Obama said, “they don't suddenly become a "
        "populist.”"
    )
    assert triples(text) == [
        (
            "Obama",
            "said",
            "Now somebody who has never shown any regard for workers,” Obama said, “they don't suddenly become a "
            "populist.",
        )
    ]


def test_an_exclamation_before_the_attribution_stays_a_statement_of_its_own():
    text = "“No, no,” Bellerive said of the claim, “it's not possible.”"
    assert triples(text) == [("Bellerive", "said", "No, no"), ("Bellerive", None, "it's not possible.")]


def test_a_new_quoted_sentence_after_the_attribution_stays_apart():
    text = "“We will win,” he said. “They know it.”"
    assert triples(text) == [("he", "said", "We will win"), ("he", None, "They know it.")]


def test_a_relative_clause_claim_ends_where_the_main_clause_resumes():
    text = "Her vote for the war, which she has repeatedly said was a mistake, was a major factor in her defeat."
    assert triples(text) == [("she", "said", "was a mistake")]


def test_two_quoted_that_clauses_joined_by_and_are_one_claim():
    text = (
        'He also said that "we will not allow Donald Trump to become president," and that, in regard to Clinton, '
        '"our fight is to transform this country."'
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("He", "said")
    assert content.startswith('"we will not allow') and content.endswith('"our fight is to transform this country."')


# --- the claim starts at its own first word, not at a later "that" -------------------------


def test_a_question_right_after_asked_starts_the_claim():
    text = "Wiegold asked whether the defense minister could reach that level and keep her pledge by 2023."
    assert triples(text) == [
        ("Wiegold", "asked", "whether the defense minister could reach that level and keep her pledge by 2023")
    ]


def test_an_extraposed_clause_keeps_its_it():
    text = "Clinton's campaign knew it was possible, though not necessarily likely, that she could lose Michigan."
    assert triples(text) == [
        ("Clinton's campaign", "knew", "it was possible, though not necessarily likely, that she could lose Michigan")
    ]


def test_what_the_one_urged_is_to_do_comes_before_a_later_whether():
    text = "He urged the department to review its archives to determine whether more documents need to be removed."
    assert triples(text) == [
        ("He", "urged", "the department to review its archives to determine whether more documents need to be removed")
    ]


def test_a_listener_before_that_stays_out_of_the_claim():
    text = "She told the Senate Armed Services Committee on Tuesday that the war was going well."
    assert triples(text) == [("She", "told", "the war was going well")]


def test_a_that_clause_after_a_noun_of_saying_is_no_relative():
    text = "The fact that critics fear Mrs. Clinton would win worried him."
    assert not any(content.startswith("The fact") for _, _, content in triples(text))


def test_a_subject_waits_past_the_sources_relative_clause():
    text = (
        "Notably absent from the conversation, according to members who spoke with reporters afterward, "
        "was any mention of the investigation."
    )
    speaker, cue, content = triples(text)[0]
    assert cue == "according to"
    assert content.startswith("Notably absent") and content.endswith("any mention of the investigation")


# --- a that-clause that opens with a phrase of time or condition --------------------------


def test_a_that_clause_goes_on_past_its_opening_phrase_to_a_nested_attribution():
    text = (
        "Turkish media reported that during Obama's visit to Turkey this week, President Erdogan reiterated "
        "his request that the United States extradite him."
    )
    assert triples(text) == [
        (
            "Turkish media",
            "reported",
            "during Obama's visit to Turkey this week, President Erdogan reiterated his request that the United "
            "States extradite him",
        )
    ]


def test_a_stance_after_a_modal_takes_its_object_not_the_words_before():
    text = (
        "Jeb Bush pointed out that since Peyton Manning was supporting him in his campaign, he would support "
        "the Denver Broncos."
    )
    assert triples(text) == [
        (
            "Jeb Bush",
            "pointed out",
            "since Peyton Manning was supporting him in his campaign, he would support the Denver Broncos",
        )
    ]


def test_the_cues_own_preposition_is_no_opening_phrase():
    text = "Megyn Kelly speculated about the cost of her wardrobe, referred to Clinton's supposed divisiveness."
    assert ("Megyn Kelly", "referred to", "Clinton's supposed divisiveness") in triples(text)
