"""Pairing measured on the labelled contested groups, with gold statements.

Extraction is developed separately, so these tests build statements straight
from each group's gold.json (locating every ``content`` in its document) and
score only what stages 4 and 5 do with them. The corpus lives beside the
project in ../shared and is read at test time; without it the tests skip.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.analysis import DEFAULT_LEXICON, Prepared, Span, Statement
from claims.analysis.pairing import find_pairs
from claims.analysis.parties import resolve_parties

# The shared corpus sits beside the project (../shared), here and in CI.
SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "contested"
MIN_F1 = 0.70
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


@dataclass(frozen=True)
class Group:
    name: str
    documents: tuple[Prepared, ...]
    statements: tuple[Statement, ...]
    contested: frozenset[frozenset[str]]
    acceptable: frozenset[frozenset[str]]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _speaker_offsets(text: str, speaker: str, start: int, end: int) -> tuple[int | None, int | None]:
    """The mention of the speaker nearest to the content, preferring its own sentence."""
    low, high = _sentence_bounds(text, start, end)
    spots = [m.start() for m in re.finditer(re.escape(speaker), text)]
    if not spots:
        return None, None
    inside = [p for p in spots if low <= p < high and not start <= p < end]
    best = min(inside or spots, key=lambda p: abs(p - start))
    return best, best + len(speaker)


def _read(path: Path) -> str:
    # Untranslated newlines, so offsets match the text the scorer sees.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load_group(folder: Path) -> Group:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = gold["docs"]
    texts = [_read(folder / name) for name in names]
    documents = tuple(
        Prepared(path=name, text=t, html="", regions=(Span(0, len(t)),)) for name, t in zip(names, texts, strict=True)
    )
    statements = []
    for g in gold["statements"]:
        doc = names.index(g["doc"])
        text = texts[doc]
        start = text.find(g["content"])
        assert start >= 0, f"{folder.name}: {g['id']} content not found"
        end = start + len(g["content"])
        speaker_start, speaker_end = _speaker_offsets(text, g["speaker"], start, end)
        sentence_start, sentence_end = _sentence_bounds(text, start, end)
        statements.append(
            Statement(
                id=g["id"],
                doc=doc,
                speaker=g["speaker"],
                party=None,
                speaker_start=speaker_start,
                speaker_end=speaker_end,
                cue=None,
                cue_start=None,
                cue_end=None,
                content=g["content"],
                start=start,
                end=end,
                kind="indirect",
                sentence_start=sentence_start,
                sentence_end=sentence_end,
            )
        )
    return Group(
        name=folder.name,
        documents=documents,
        statements=tuple(statements),
        contested=frozenset(frozenset(p) for p in gold.get("contested", [])),
        acceptable=frozenset(frozenset(p) for p in gold.get("acceptable", [])),
    )


def groups() -> list[Group]:
    if not SUITE.is_dir():
        pytest.skip(f"{SUITE} is absent: the labelled contested groups live in the shared corpus")
    return [load_group(folder) for folder in sorted(SUITE.iterdir()) if (folder / "gold.json").is_file()]


@dataclass(frozen=True)
class Score:
    found: int
    wanted: int
    wrong: int
    wrong_pairs: tuple[tuple[str, str], ...]


def score_group(group: Group) -> Score:
    resolved = resolve_parties(group.statements, group.documents, DEFAULT_LEXICON)
    pairs = find_pairs(resolved, group.documents)
    found, wrong = set(), []
    for pair in pairs:
        key = frozenset((pair.a, pair.b))
        if key in group.contested:
            found.add(key)
        elif key not in group.acceptable:
            wrong.append((pair.a, pair.b))
    return Score(len(found), len(group.contested), len(wrong), tuple(wrong))


def test_pair_f1_with_gold_statements_reaches_the_bar() -> None:
    scores = [score_group(g) for g in groups()]
    found = sum(s.found for s in scores)
    predicted = found + sum(s.wrong for s in scores)
    wanted = sum(s.wanted for s in scores)
    precision = found / predicted if predicted else 0.0
    recall = found / wanted if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= MIN_F1, f"pair F1 {f1:.2f} (P={precision:.2f} R={recall:.2f})"


def test_control_groups_get_no_pair() -> None:
    for group in groups():
        if not group.contested:
            assert score_group(group).wrong_pairs == (), group.name


def test_kursk_gets_all_four_contested_pairs_from_gold_statements() -> None:
    kursk = next((g for g in groups() if g.name == "kursk"), None)
    if kursk is None:
        pytest.skip("the kursk group is absent from the shared corpus")
    score = score_group(kursk)
    assert (score.found, score.wrong) == (4, 0), score.wrong_pairs
