"""A quotation interrupted by its attribution ("“A,” he said. “B.”"): one statement, unless a pair needs a part."""

from __future__ import annotations

from claims.analysis import Document, analyze
from tests.analysis.extracting import statements

RUSSIA = (
    "“Kursk is now under full control,” said Russian defence ministry spokesman Igor Konashenkov. "
    "“Our forces finished the operation in the region on Monday and the enemy has been driven out.”"
)
UKRAINE = "Ukraine’s general staff said its troops still hold a thin line of territory across the border in Kursk."


def contents(text: str, *, pairs: bool) -> list[str]:
    return [s.content for s in analyze([Document(raw=text, path="t.txt")], pairs=pairs).statements]


def test_the_attribution_stage_finds_each_sentence_and_marks_the_later_one_as_going_on_the_first():
    first, second = statements(RUSSIA)
    assert first.content == "Kursk is now under full control"
    assert second.content.startswith("Our forces finished")
    assert (first.quotation, second.quotation) == (None, first.id)


def test_an_undisputed_quotation_is_one_statement_from_its_first_word_to_its_last():
    result = analyze([Document(raw=RUSSIA, path="t.txt")], pairs=False)
    (whole,) = result.statements
    assert whole.speaker == "Russian defence ministry spokesman Igor Konashenkov"
    assert whole.cue == "said"
    assert whole.content.startswith("Kursk is now under full control,” said")
    assert whole.content.endswith("the enemy has been driven out.")
    assert result.documents[0].text[whole.start : whole.end] == whole.content
    assert whole.sentence_end == len(RUSSIA)


def test_three_sentences_of_one_quotation_are_one_statement():
    text = (
        "“We will not sign this deal,” the minister said. “Nobody in the cabinet supports it as it stands. "
        "The talks must start again from the beginning next year.”"
    )
    assert contents(text, pairs=False) == [
        "We will not sign this deal,” the minister said. “Nobody in the cabinet supports it as it stands. "
        "The talks must start again from the beginning next year."
    ]


def test_a_quotation_whose_part_is_disputed_stays_in_its_parts_so_the_pair_shows_the_claim_itself():
    result = analyze([Document(raw=f"{RUSSIA}\n\n{UKRAINE}", path="t.txt")])
    by_id = {s.id: s for s in result.statements}
    assert [s.content for s in result.statements] == [
        "Kursk is now under full control",
        "Our forces finished the operation in the region on Monday and the enemy has been driven out.",
        "its troops still hold a thin line of territory across the border in Kursk",
    ]
    (pair,) = result.pairs
    assert {by_id[pair.a].content, by_id[pair.b].content} == {
        "Kursk is now under full control",
        "its troops still hold a thin line of territory across the border in Kursk",
    }


def test_the_same_quotation_is_whole_when_nothing_disputes_it():
    other = "Ukraine’s general staff said aid deliveries resumed across the northern border on Tuesday."
    assert contents(f"{RUSSIA}\n\n{other}", pairs=True)[0].endswith("the enemy has been driven out.")


def test_a_quotation_in_the_next_paragraph_is_a_statement_of_its_own():
    text = (
        "“Kursk is now under full control,” said spokesman Igor Konashenkov.\n\n"
        "“Our forces finished the operation in the region on Monday and the enemy has been driven out.”"
    )
    assert contents(text, pairs=False) == [
        "Kursk is now under full control",
        "Our forces finished the operation in the region on Monday and the enemy has been driven out.",
    ]


def test_a_different_speakers_quotation_after_it_is_not_joined():
    text = (
        "“Kursk is now under full control,” said spokesman Igor Konashenkov. “That is simply false and everyone "
        "in the region knows it,” a Ukrainian commander replied."
    )
    assert len(contents(text, pairs=False)) == 2
