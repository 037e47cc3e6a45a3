"""What a statement is about: its salient terms, and an index to find others on the same matter.

A matter is approximated by the content words two statements share, after
light normalisation: plural and tense endings are dropped ("homes" = "home",
"caught" = "catch" = "arrested"), and every name of a known side is replaced
by the side ("ISIL" = "ISIS" = "Islamic State"). Names of sides weigh less
than other terms: in a dispute between two sides nearly every statement
mentions them, so they say who acts, not what is disputed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache

from .parties import DEFAULT_LEXICON, PartyResolver
from .wordlists import word_set

# A name of several capitalised words ("Border Patrol") is one term, not its words.
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w-]*(?: (?:of |the |de )?[A-Z][a-z][\w-]*)+")
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.]*\d|\d")

STOPWORDS = word_set(
    """
    a about above across after again against all almost also although always am among an and any
    anyone anything are aren around as at be because been before being below between both but by can
    cannot could couldn did didn do does doesn doing don done down during each either else even ever
    every few for from further had hadn has hasn have haven having he her here hers herself him
    himself his how however i if in into is isn it its itself just least less let like made make
    many may me might more most much must mustn my myself need needn neither no nor not now of off
    often on once one only or other others our ours ourselves out over own per perhaps quite rather
    really said same say says several shall she should shouldn since so some still such than that
    the their theirs them themselves then there these they this those though through thus to too
    under until up upon us very via was wasn we were weren what whatever when where whether which
    while who whom whose why will with within without won would wouldn yet you your yours yourself
    yourselves also already another anyway because became become becomes going gonna get gets got
    know knows known kind lot lots thing things way ways told tell tells think want wants year years
    day days time times week weeks month months today yesterday tomorrow last next earlier later
    claim allegation accusation statement report official spokesman spokeswoman spokesperson source
    comment information matter issue hear heard believe believed
    monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr s t re ve ll d m
    """
)

# Different words for one thing, as the same side and the other report it.
_SYNONYMS = {
    "caught": "catch",
    "apprehend": "catch",
    "apprehended": "catch",
    "arrest": "catch",
    "arrested": "catch",
    "detain": "catch",
    "detained": "catch",
    "captured": "capture",
    "seized": "capture",
    "seize": "capture",
    "retook": "recapture",
    "retaken": "recapture",
    "reclaimed": "recapture",
    "regained": "recapture",
    "recaptured": "recapture",
    "killed": "kill",
    "died": "kill",
    "dead": "kill",
    "death": "kill",
    "slain": "kill",
    "hacked": "hack",
    "hacker": "hack",
    "infiltrated": "hack",
    "southwest": "southern",
    "crime": "crime",
    "crimes": "crime",
    "fighters": "fighter",
    "militants": "fighter",
    "insurgents": "fighter",
    "rebels": "fighter",
    "fighting": "fight",
    "fought": "fight",
    "clashes": "fight",
    "clash": "fight",
    "battle": "fight",
}
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2_000_000,
}
_MONTHS = word_set(
    """
    jan jan. january feb feb. february mar mar. march apr apr. april may jun june jul july aug aug.
    august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december
    """
)
_SIDES = PartyResolver(DEFAULT_LEXICON)
# A term found in more statements than this says little about any one matter;
# capping the index also keeps candidate generation linear in the batch size.
MAX_POSTING = 40


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, explainable normalisation: synonyms, then plural and tense endings."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    for ending, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 4 and not word.endswith("ss"):
            word = word[: -len(ending)] + keep
            break
    return _SYNONYMS.get(word, word)


def side_of(name: str) -> str | None:
    """The known side a name stands for ("ISIL" → "Islamic State"), if any."""
    return _SIDES.lexicon_party(name)


def terms(text: str) -> dict[str, float]:
    """Salient terms of a text with their weight: names of sides count half."""
    found: dict[str, float] = {}
    # Characters already taken by a side or a name, so their words are not counted again.
    covered = bytearray(len(text))
    for start, end, side in _SIDES.mentions(text):
        found["@" + side.lower()] = 0.5
        covered[start:end] = b"\x01" * (end - start)
    for m in _NAME.finditer(text):
        if not covered[m.start()]:
            found[m.group().lower()] = 1.0
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _TOKEN.finditer(text):
        if covered[m.start()]:
            continue
        word = m.group()
        low = word.lower().rstrip(".")
        # "I've", "he's": a contraction of a stop word is a stop word.
        if re.split(r"['’]", low)[0] in STOPWORDS or low in STOPWORDS or low in _MONTHS or low in _NUMBER_WORDS:
            continue
        if len(low) < 3 or low[0].isdigit():
            continue
        term = stem(word)
        if term not in STOPWORDS:
            found.setdefault(term, 1.0)
    return found


def _value(word: str) -> float | None:
    low = word.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low])
    if low[:1].isdigit():
        try:
            return float(low.replace(",", ""))
        except ValueError:
            return None
    return None


def numbers(text: str) -> set[float]:
    """Quantities in a text, leaving out dates and years."""
    found: set[float] = set()
    words = _TOKEN.findall(text)
    for i, word in enumerate(words):
        value = _value(word)
        if value is None or (i and words[i - 1].lower() in _MONTHS):
            continue
        if word[:1].isdigit() and 1900 <= value <= 2100 and not re.search(r"[,.]", word):
            continue
        found.add(value)
    return found


_NUMBER = r"(\d[\d,.]*\d|\d|" + "|".join(_NUMBER_WORDS) + r")"
_LOWER_BOUND = re.compile(rf"\b(?:at least|more than|over|upwards of) {_NUMBER}\b|\b{_NUMBER} (?:or )?more\b", re.I)
_UPPER_BOUND = re.compile(
    rf"\b(?:only|just|merely|no more than|fewer than|less than) (?:\w+ ){{0,3}}?{_NUMBER}\b", re.I
)


def bounds(text: str) -> tuple[float | None, float | None]:
    """The least a text claims ("at least 10") and the most it allows ("only five")."""
    lower = [_value(m.group(1) or m.group(2)) for m in _LOWER_BOUND.finditer(text)]
    upper = [_value(m.group(1)) for m in _UPPER_BOUND.finditer(text)]
    lows = [v for v in lower if v is not None]
    highs = [v for v in upper if v is not None]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def surfaces(text: str) -> dict[str, str]:
    """How each term of a text is written there, for labels ("texa" → "Texas")."""
    found: dict[str, str] = {}
    for _, _, side in _SIDES.mentions(text):
        found.setdefault("@" + side.lower(), side)
    for m in _NAME.finditer(text):
        found.setdefault(m.group().lower(), m.group())
    for m in _TOKEN.finditer(text):
        word = m.group()
        # A capital that only opens a sentence or a quote says nothing about the word.
        opening = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in '.!?"“‘:'
        found.setdefault(stem(word), word.lower() if opening else word)
    return found


def label(topic: str | None, ranked: Sequence[str], surface: dict[str, str]) -> tuple[str, str]:
    """A short label ("control of Kursk") and a stable key ("control|kursk") for a matter.

    ``topic`` names what is disputed when the opposed terms say it; otherwise
    the most salient common term does. A place or name among the terms says
    where or whom it is about; a side is named only when nothing else is.
    """
    written = [surface.get(t, t.lstrip("@")) for t in ranked]
    names = [w for t, w in zip(ranked, written, strict=True) if not t.startswith("@") and w[:1].isupper()]
    common = [w for t, w in zip(ranked, written, strict=True) if not t.startswith("@") and not w[:1].isupper()]
    sides = [w for t, w in zip(ranked, written, strict=True) if t.startswith("@")]
    subject = topic or (common[0].lower() if common else "")
    if names:
        text = f"{subject} of {names[0]}" if subject else names[0]
        where = names[0]
    elif sides and not subject:
        text = where = " and ".join(sides[:2])
    else:
        text, where = subject, ""
    return text, "|".join(part.lower() for part in (subject, where) if part)


def candidates(keys: Sequence[Iterable[Hashable]]) -> set[tuple[int, int]]:
    """Index pairs that share at least one key, found through an inverted index.

    Keys held by more than ``MAX_POSTING`` items are dropped, so the number of
    candidates grows linearly with the number of items, never quadratically.
    """
    postings: dict[Hashable, list[int]] = defaultdict(list)
    for index, item_keys in enumerate(keys):
        for key in set(item_keys):
            postings[key].append(index)
    found: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                found.add((a, b))
    return found
