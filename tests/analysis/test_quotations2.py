"""Direct and mixed quotations that go on past their attribution, in the style of PolNeAR's training split."""

from __future__ import annotations

from tests.analysis.extracting import statements

# --- a claim that closes inside a quotation goes on in the next quoted sentence ---------------------------


def test_a_mixed_claim_ending_in_its_quotation_is_continued_by_the_next_quoted_sentence():
    text = (
        "Still, most small farms are “barely breaking even,” Ms. Ortega said from her office in Fresno. "
        "“Farming is a thin-margin business, and nobody should go into it expecting to get rich.”"
    )
    first, second = statements(text)
    assert (first.kind, first.speaker, first.cue) == ("mixed", "Ms. Ortega", "said")
    assert first.content == "Still, most small farms are “barely breaking even"
    assert second.content.startswith("Farming is a thin-margin business")
    assert (second.speaker, second.quotation) == ("Ms. Ortega", first.id)


def test_a_mixed_claim_whose_quoted_words_stop_before_its_end_is_not_continued():
    text = (
        "The senator “felt a duty to act” on the drought, Ms. Ortega said. "
        "“This is not a side issue for him at all, it is the heart of the matter.”"
    )
    first, second = statements(text)
    assert first.kind == "mixed"
    assert second.quotation is None


# --- a sentence that attributes nothing and closes in a quotation goes on in the last speaker's words -----


def test_a_sentence_closing_in_a_quotation_after_a_quotation_is_the_same_speakers():
    text = (
        "“We were not pleased when the levy was first announced,” said Mara Ellis, head of policy at the "
        "regional chamber of commerce. Within a year, “most of our members see that it has worked out well for them.”"
    )
    first, second = statements(text)
    assert (first.speaker, first.cue, first.content) == (
        "Mara Ellis",
        "said",
        "We were not pleased when the levy was first announced",
    )
    assert (second.speaker, second.kind) == ("Mara Ellis", "mixed")
    assert second.content == "Within a year, “most of our members see that it has worked out well for them."
    assert second.quotation == first.id


def test_a_title_or_a_quotation_brought_in_by_a_colon_is_not_the_last_speakers():
    for after in (
        "The sequel kept its stars, but the old cast was missing from “Rush Hour.”",
        "A study had this to say about the plan: “Richer families would gain the most from it.”",
    ):
        text = f"“We persuaded the original writers to come back,” he said. {after}"
        assert [s.speaker for s in statements(text)][1:] in ([], ["A study"]), after


# --- a quotation left open at the end of its paragraph goes on in the next one -----------------------------


def test_a_quotation_left_open_at_the_end_of_its_paragraph_goes_on_in_the_next():
    text = (
        "“I employ thousands of people from every background,” the developer added. “Our courts rely on fair and "
        "impartial judges, and every judge should be held to that standard.\n\n"
        "“I do not think that anyone's heritage makes them unable to judge a case fairly and without bias.”"
    )
    first, _, third = statements(text)
    assert (first.speaker, first.cue) == ("the developer", "added")
    assert third.content.startswith("I do not think")
    assert (third.speaker, third.quotation) == ("the developer", first.id)


def test_a_quotation_closed_at_the_end_of_its_paragraph_does_not_go_on_in_the_next():
    text = (
        "“I employ thousands of people from every background,” the developer added. “Our courts rely on fair and "
        "impartial judges, and every judge should be held to that standard.”\n\n"
        "“I do not think that anyone's heritage makes them unable to judge a case fairly and without bias.”"
    )
    assert statements(text)[2].quotation is None


# --- a quotation resumed after its attribution and an aside about the speaker -----------------------------


def test_a_quotation_resumed_in_lower_case_after_an_aside_is_the_speakers():
    text = (
        "“This was once Moscow’s sphere,” said Ana Reyes, who directs a research institute in Madrid, "
        "“but it is turning toward Beijing.”"
    )
    first, second = statements(text)
    assert (first.speaker, first.cue, first.content) == ("Ana Reyes", "said", "This was once Moscow’s sphere")
    assert (second.speaker, second.content) == ("Ana Reyes", "but it is turning toward Beijing.")
    assert second.quotation is None  # the aside is longer than the quotation


def test_a_quotation_resumed_after_a_short_aside_goes_on_in_the_same_quotation():
    text = (
        "“These officials know how to choose their words,” said Ms. Park, speaking of the ministers, “and leave "
        "themselves room to change course later.”"
    )
    found = statements(text)
    first, last = found[0], found[-1]
    assert first.content == "These officials know how to choose their words"
    assert last.content == "and leave themselves room to change course later."
    assert (last.speaker, last.quotation) == ("Ms. Park", first.id)


def test_a_mixed_claim_ending_in_a_quotation_inside_its_quotation_is_continued_too():
    text = (
        "The rally “was the first time I thought it is not as simple as ‘He’s the ringleader,’” Mr. Ames said. "
        "“I am starting to wonder whether he is the one steering any of it.”"
    )
    first, second = statements(text)
    assert first.kind == "mixed"
    assert (second.speaker, second.quotation) == ("Mr. Ames", first.id)


def test_a_quotation_resumed_with_a_capital_after_an_aside_is_the_speakers_but_a_title_is_not():
    said = "The candidate won the room by telling the donors “I am a dealmaker like all of you,” and, “Is there anyone "
    first, second = statements(said + "in this room who has never made a deal?”")
    assert second.content == "Is there anyone in this room who has never made a deal?"
    assert second.quotation == first.id
    titled = "“We will keep fighting for every vote,” she said in an interview with the network, “Meet the Press.”"
    assert [s.content for s in statements(titled)] == ["We will keep fighting for every vote"]
