"""Stage 2: the news sentence splitter."""

from __future__ import annotations

from claims.analysis.sentences import split


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_it_splits_at_full_stops():
    text = "The unannounced trip took place on Tuesday. Putin also met with local volunteers."
    assert sentences(text) == ["The unannounced trip took place on Tuesday.", "Putin also met with local volunteers."]


def test_it_does_not_split_after_titles_months_or_initials():
    text = "Lt. Gen. Ivan Popov met Sen. John Smith and Dr. J. R. Brown on Aug. 4 at St. Mary's. It rained."
    assert sentences(text) == [
        "Lt. Gen. Ivan Popov met Sen. John Smith and Dr. J. R. Brown on Aug. 4 at St. Mary's.",
        "It rained.",
    ]


def test_it_splits_after_a_country_abbreviation_only_before_a_new_sentence():
    text = "He flew to the U.S. The trip was short. U.S. Rep. Duncan Hunter said so."
    assert sentences(text) == ["He flew to the U.S.", "The trip was short.", "U.S. Rep. Duncan Hunter said so."]


def test_a_line_without_final_punctuation_stands_alone():
    text = "Putin visits Kursk\nRussian President Vladimir Putin made his first visit."
    assert sentences(text) == ["Putin visits Kursk", "Russian President Vladimir Putin made his first visit."]


def test_a_dateline_stands_alone():
    text = "WASHINGTON (AP) — The Senate voted on Tuesday. It passed."
    assert sentences(text) == ["WASHINGTON (AP) —", "The Senate voted on Tuesday.", "It passed."]


def test_it_keeps_a_multi_sentence_quotation_whole():
    text = "Putin said, “Go now. You will remember this. It matters.” Then he left."
    assert sentences(text) == ["Putin said, “Go now. You will remember this. It matters.”", "Then he left."]


def test_offsets_index_the_text_within_bounds():
    text = "Intro line\n\nFirst one. Second one!  Third?\n"
    spans = split(text, 12, len(text))
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one!", "Third?"]


def test_a_quotation_closed_by_a_full_stop_ends_its_sentence_before_a_new_attribution():
    text = "The mayor said the inquiry is “ongoing.” He said the bridge would stay shut. “Go!” Putin said."
    assert sentences(text) == [
        "The mayor said the inquiry is “ongoing.”",
        "He said the bridge would stay shut.",
        "“Go!” Putin said.",
    ]


def test_a_quotation_in_doubled_apostrophes_stays_whole():
    text = "''Bombast doesn't cut it. Inexperience doesn't cut it,'' Mr. Ridge said. He left."
    assert [text[s.start : s.end] for s in split(text)] == [
        "''Bombast doesn't cut it. Inexperience doesn't cut it,'' Mr. Ridge said.",
        "He left.",
    ]
