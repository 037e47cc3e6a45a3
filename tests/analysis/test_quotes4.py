"""Stage 3, quotations: marks typed three at a time, notes that speak, and claims quoted after a possessive."""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_quotation_inside_a_quotation_closes_before_the_outer_one():
    # New York Times copy closes both at once with three apostrophes: ' then ''.
    text = "''Part of my job is to say: 'Hey, this guy is real. He is one of us,''' Mr. English said of Mr. Cruz."
    [(speaker, cue, content)] = triples(text)
    assert (speaker, cue) == ("Mr. English", "said")
    assert content.startswith("Part of my job is to say: 'Hey, this guy is real.")
    assert content.endswith("He is one of us,'")


def test_a_note_can_say_something():
    text = "Singer keeps a framed note from the candidate. “You are a total loser!” the note says."
    assert triples(text) == [("the note", "says", "You are a total loser!")]


def test_note_as_a_verb_still_reports():
    assert triples("Officials note that the plan would fail.") == [("Officials", "note", "the plan would fail")]


def test_a_claim_quoted_after_a_possessive_is_not_a_programme_title():
    text = "But Mr. Kim’s “execution has been challenged,” Mr. Solomon said."
    assert triples(text) == [("Mr. Solomon", "said", "But Mr. Kim’s “execution has been challenged")]


def test_a_programme_title_after_a_possessive_is_still_no_claim():
    text = "On CNN’s “State of the Union,” Sanders said the race was not over."
    assert triples(text) == [("Sanders", "said", "the race was not over")]


def test_a_letter_garbled_into_two_stays_inside_its_word():
    # "JuÃ¡rez" is Juárez read in the wrong encoding; its "¡" once ended the attribution's tail early,
    # so the words after "said" were taken for the claim instead of the quotation.
    text = (
        "“God will hold the slave drivers of our day accountable,” Francis said in a speech in Ciudad JuÃ¡rez, "
        "as he called for greater ethics in business."
    )
    assert ("Francis", "said", "God will hold the slave drivers of our day accountable") in triples(text)


def test_going_on_reports_the_quotation_after_it():
    text = "She continued, “I am proud to be a part of this movement. And we will win in November.”"
    assert triples(text) == [
        ("She", "continued", "I am proud to be a part of this movement. And we will win in November.")
    ]
    assert triples('He continues: "We will not stop."') == [("He", "continues", "We will not stop.")]


def test_going_on_without_a_quotation_reports_nothing():
    assert triples("The protests continued, and the police left the square.") == []


def test_a_relative_speaker_keeps_a_quotation_after_a_venue():
    # The comma that ends "who declared in the spin room," comes before the claim, so it cannot end it.
    text = "Cruz won the backing of Mike Lee, who declared in the debate spin room, “It is time to unite.”"
    assert ("who", "declared", "It is time to unite.") in triples(text)


def test_a_quotation_inside_an_opening_participle_phrase_only_sets_the_scene():
    text = 'Speaking to chants of "Marco! Marco!," the senator said his campaign here was "closing really strong."'
    assert triples(text) == [("the senator", "said", 'his campaign here was "closing really strong."')]


def test_a_gerund_subject_with_a_quotation_is_still_the_claim():
    text = "Closing the department would “send the wrong message,” he added."
    assert triples(text) == [("he", "added", "Closing the department would “send the wrong message")]


def test_what_was_asked_of_the_speaker_is_an_aside():
    text = "Mr. Trump, asked about the deaths of journalists, said, “I think our country does plenty of killing also.”"
    assert triples(text) == [("Mr. Trump", "said", "I think our country does plenty of killing also.")]


def test_a_comma_inside_a_closing_quotation_ends_the_clause_before_the_next_speaker():
    text = 'Although he says he "loves China," and "people from China love me," he also accuses it of stealing jobs.'
    assert triples(text) == [
        ("he", "says", 'he "loves China," and "people from China love me,"'),
        ("he", "accuses", "it of stealing jobs"),
    ]


def test_an_opening_clause_with_its_own_report_is_not_the_next_verbs_claim():
    text = 'When Maddow pointed out that Sanders calls it "Medicare for all," Clinton seized upon the phrase.'
    assert ("Maddow", "pointed out", 'Sanders calls it "Medicare for all,"') in triples(text)
    assert all(not content.startswith("When") for _, _, content in triples(text))


def test_any_past_tense_then_a_comma_reports_the_quotation_after_it():
    text = "During their first debate, Hillary Clinton cracked, “I'm a progressive who likes to get things done.”"
    assert triples(text) == [("Hillary Clinton", "cracked", "I'm a progressive who likes to get things done.")]
    assert triples('He was defeated, "by a lot," in the primary.') == []


def test_more_verbs_of_saying_can_follow_their_claim():
    text = "Sanders will back Clinton before the convention, predicted Madeleine Kunin, a former governor."
    assert ("Madeleine Kunin", "predicted", "Sanders will back Clinton before the convention") in triples(text)


def test_a_participle_describing_a_speaker_after_the_verb():
    text = "“Whoever opens the borders has no place here,” wrote a man calling himself Paul Paul."
    assert triples(text) == [("a man", "wrote", "Whoever opens the borders has no place here")]


def test_a_sentence_about_a_quoted_term_does_not_continue_the_last_speaker():
    text = (
        "The State Department has said that it classified 22 emails as “top secret.”\n\n"
        "“Top secret” is the highest level of classification, reserved for the most sensitive material."
    )
    assert [content for _, _, content in triples(text)] == ["it classified 22 emails as “top secret.”"]


def test_a_continued_quotation_that_ends_in_the_writers_words_still_continues():
    text = (
        "“Voters care about jobs,” Palmieri told reporters. "
        "“I think what they care about is that she's focused on raising incomes” and other pocketbook issues."
    )
    assert len(triples(text)) == 2


def test_a_quotation_after_someone_is_shown_acting_is_theirs():
    text = (
        "“It goes in here and goes out here,” Tom Ebeling said. Betsy Ebeling shook her head. "
        "“Tom’s much better about it than I am.”"
    )
    assert triples(text)[-1] == ("Betsy Ebeling", None, "Tom’s much better about it than I am.")


def test_a_scene_without_a_person_leaves_the_quotation_with_the_last_speaker():
    text = "“We will win,” he said. The crowd cheered. “We will win big.”"
    assert triples(text)[-1] == ("he", None, "We will win big.")


def test_two_apostrophes_between_spaces_after_a_closing_mark_close_the_quotation():
    text = "''I hate the term 'Manhattan poor,' '' she said."
    assert triples(text) == [("she", "said", "I hate the term 'Manhattan poor,'")]


def test_a_continued_quotation_keeps_whom_a_relative_speaker_stands_for():
    text = "Protesters carried water bottles that said, “Build the wall.” “Mexico will pay for it.”"
    assert [(s.speaker, s.refers_to) for s in statements(text)] == [("that", "water bottles")] * 2


def test_a_quoted_sentence_that_points_back_joins_the_quotation_before_it():
    text = "“We have been ignored for too long,” she said. “That’s why I’m running.”"
    assert triples(text) == [("she", "said", "We have been ignored for too long,” she said. “That’s why I’m running.")]


def test_a_quoted_sentence_that_stands_on_its_own_stays_a_statement_of_its_own():
    text = "“His back’s not hurt,” Olsen said. “He was limping, and he was faking worse than I’ve ever seen him fake.”"
    assert [content for _, _, content in triples(text)] == [
        "His back’s not hurt",
        "He was limping, and he was faking worse than I’ve ever seen him fake.",
    ]


def test_a_pointing_sentence_after_a_long_description_of_the_speaker_stands_alone():
    text = (
        "“The vote was fair,” said Soe Min, a party member who ran against her in a 2012 by-election and lost "
        "by a wide margin after a long campaign. “But the count took too long and nobody could check it.”"
    )
    assert "But the count took too long and nobody could check it." in [content for _, _, content in triples(text)]
