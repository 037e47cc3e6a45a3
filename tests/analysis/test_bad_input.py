"""Hostile or broken input: each case returns quickly, with results or a plain error.

The time bound is generous on purpose (a slow CI machine must not fail it);
it is there to catch a regular expression that backtracks catastrophically,
which would take minutes, not seconds. It counts this process's CPU time, not
the wall clock, so other work on a busy two-core machine cannot fail it.
"""

from __future__ import annotations

import random
import time

import pytest

from claims.analysis import Document, analyze
from claims.analysis.clean import MAX_CHARS

BOUND_SECONDS = 2.0


def timed_analysis(raw: str, html: bool | None = None):
    started = time.process_time()
    result = analyze([Document(raw=raw, path="bad.txt", html=html)], pairs=False)
    elapsed = time.process_time() - started
    assert elapsed < BOUND_SECONDS, f"took {elapsed:.1f}s"
    return result


def assert_offsets_slice(result) -> None:
    for s in result.statements:
        text = result.documents[s.doc].text
        assert text[s.start : s.end] == s.content
        if s.speaker_start is not None:
            assert text[s.speaker_start : s.speaker_end] == s.speaker


def test_an_empty_document_has_no_statements():
    result = timed_analysis("")
    assert result.statements == ()
    assert result.documents[0].text == ""


def test_five_megabytes_is_refused_with_a_plain_message():
    raw = "Ukraine maintains its troops still hold a line. " * (5_000_000 // 48)
    assert len(raw) > MAX_CHARS
    started = time.process_time()
    with pytest.raises(ValueError, match="split it into articles"):
        analyze([Document(raw=raw, path="big.txt")])
    assert time.process_time() - started < BOUND_SECONDS


def test_binary_data_and_invalid_utf8_do_not_break_it():
    noise = random.Random(7).randbytes(200_000)
    for raw in (noise.decode("utf-8", errors="replace"), noise.decode("latin-1")):
        assert_offsets_slice(timed_analysis(raw))


def test_a_200000_character_sentence_without_punctuation():
    words = random.Random(3).choices(["said", "the", "Minister", "that", "claims", "of", "Kursk", "he"], k=40_000)
    raw = " ".join(words)[:200_000]
    assert_offsets_slice(timed_analysis(raw))


def test_ten_thousand_nested_tags():
    raw = "<div>" * 10_000 + "Ukraine maintains its troops still hold a line." + "</div>" * 10_000
    result = timed_analysis(raw, html=None)
    assert "Ukraine maintains" in result.documents[0].text
    assert_offsets_slice(result)


def test_a_thousand_quotation_marks():
    for mark in ("“", '"', "”", "‘"):
        raw = "Putin said " + (mark + "Kursk is ours, ") * 1_000 + "he said."
        assert_offsets_slice(timed_analysis(raw))


def test_mojibake_everywhere_does_not_slow_it_down():
    # Every word glued to the "Â" of a mis-decoded no-break space, and runs of them.
    raw = ("Moscow saidÂ theÂÂ troops heldÂ, ÂÂÂ the ministry claimed.Â " * 4_000)[:200_000]
    result = timed_analysis(raw)
    assert result.statements
    assert_offsets_slice(result)
