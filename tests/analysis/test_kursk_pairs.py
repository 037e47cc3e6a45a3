"""End to end on the engine: the Kursk article yields its four contested pairs.

The article is read from the shared corpus (../shared); statements are matched to the gold
labels the way the contest scorer does (each side covers at least half of the
other's tokens), so a change of extraction boundaries does not break the test.
"""

from __future__ import annotations

import difflib
import json
import re

import pytest

from claims.analysis import DEFAULT_LEXICON, Document, analyze

from .test_contested import SUITE

KURSK = SUITE / "kursk"


def tokens(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"\w+", text)]


def matches(predicted: str, gold: str) -> bool:
    p, g = tokens(predicted), tokens(gold)
    same = sum(b.size for b in difflib.SequenceMatcher(None, p, g, autojunk=False).get_matching_blocks())
    return bool(p and g) and same / len(g) >= 0.5 and same / len(p) >= 0.5


@pytest.fixture(scope="module")
def kursk():
    if not (KURSK / "gold.json").is_file():
        pytest.skip(f"{KURSK} is absent: the Kursk article lives in the shared corpus")
    gold = json.loads((KURSK / "gold.json").read_text(encoding="utf-8"))
    with (KURSK / "kursk.txt").open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    result = analyze([Document(raw=text, path="kursk.txt")], DEFAULT_LEXICON)
    labels = {}
    for s in result.statements:
        labels[s.id] = next((g["id"] for g in gold["statements"] if matches(s.content, g["content"])), None)
    found = {frozenset((labels[p.a], labels[p.b])) for p in result.pairs}
    return gold, result, found


def test_it_finds_the_four_contested_pairs(kursk) -> None:
    gold, _, found = kursk
    wanted = {frozenset(p) for p in gold["contested"]}
    assert wanted <= found, sorted(map(sorted, wanted - found))


def test_it_finds_no_pair_outside_the_labels(kursk) -> None:
    gold, _, found = kursk
    allowed = {frozenset(p) for p in gold["contested"] + gold["acceptable"]}
    assert found <= allowed, sorted(sorted(map(str, p)) for p in found - allowed)


def test_every_pair_says_why_and_about_what(kursk) -> None:
    _, result, _ = kursk
    assert result.pairs
    for pair in result.pairs:
        assert pair.reasons and pair.matter and pair.matter_key
