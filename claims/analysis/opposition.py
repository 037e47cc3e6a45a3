"""Words that signal two statements oppose each other, each with a reason an editor can read.

Everything here is a lexicon we wrote and can explain: contrast connectives,
negation and denial, pairs of opposed terms, total against partial
quantifiers, and the reporting verbs newsrooms use for contested claims.
"""

from __future__ import annotations

import re

from .wordlists import word_set

# A sentence that opens with one of these sets its two clauses against each other.
CONTRAST_OPENER = re.compile(r"^\W*(while|whereas|although|though|despite|even as|in spite of)\b", re.IGNORECASE)
# Between two statements, or opening the sentence after the first one.
CONTRAST_LINK = re.compile(r"\b(but|however|whereas|while|yet|nevertheless|in contrast|instead)\b", re.IGNORECASE)
CONTRAST_NEXT = re.compile(r"^\W*(but|however|yet|still|nevertheless|in contrast|instead)\b", re.IGNORECASE)

_NEGATION = re.compile(r"\b(not|no|never|nothing|none|nobody|neither|nor|without|cannot)\b|n['’]t\b", re.IGNORECASE)
# Words that reject what someone else said, not just negate a fact.
_DENIAL = re.compile(
    r"\b(false|untrue|baseless|unfounded|groundless|unsubstantiated|unverified|unsourced|ridiculous|nonsense"
    r"|lies?|trick|ploy|propaganda|fabricat\w*|doubts?|no truth|not possible|impossible"
    r"|not? (?:\w+ ){0,5}?(?:evidence|intelligence|proof|indications?|sign)"
    r"|not true|categorically|no credible|nothing to indicate|substantiate"
    # A denying verb counts when what it denies is a claim, not any object
    # ("denied the charges", "denied that he sent it"; not "rejects terrorism").
    r"|(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))"
    r" (?:\w+ ){0,3}?(?:claims?|allegations?|charges?|accusations?|reports?|suggestions?|that|it|them|this|these))\b",
    re.IGNORECASE,
)
# Reporting verbs a newsroom uses when a claim is disputed.
CONTESTED_VERBS = word_set(
    """
    insist insists insisted maintain maintains maintained claim claims claimed deny denies denied
    allege alleges alleged accuse accuses accused dispute disputes disputed contend contends
    contended counter counters countered
    """
)

# Opposed terms: (label, pattern) for one side, then the other. Kept general:
# control of territory, verdicts, outcomes, life and death, violence, truth,
# change, legality, and who is to blame.
OPPOSED_TERMS: tuple[tuple[str, str, str, str], ...] = (
    (
        "full control",
        r"full(?:y)? control|under (?:full |complete |total )?control|fully ousted|ousted|expelled|drove out"
        r"|driven out|reclaimed|recaptured|retook|retaken|regained|liberated",
        "still hold",
        r"still (?:hold|holds|holding|control|controls|in control|fighting)|continu\w+ (?:\w+ ){0,2}operations"
        r"|repelled|fought (?:them )?off|defending|holding on",
    ),
    (
        "captured",
        r"captured|seized|took control|fell to",
        "repelled",
        r"repelled|repulsed|fought (?:them )?off|beat back",
    ),
    ("confirmed", r"confirm(?:s|ed)?", "denied", r"den(?:y|ies|ied)|rule[sd]? out"),
    ("guilty", r"guilty|convicted|conviction", "innocent", r"innocent|acquitted|not guilty|denied the charges"),
    ("won", r"\bwon\b", "lost", r"\blost\b"),
    ("killed", r"killed|dead|died", "alive", r"alive|survived|still living"),
    ("peaceful", r"peaceful(?:ly)?|non-?violent", "violent", r"violent|violence|resort to force|threats?"),
    ("true", r"\btrue\b|accurate|correct", "false", r"\bfalse\b|untrue|inaccurate|incorrect"),
    (
        "rise",
        r"ris(?:e|es|en|ing)|increas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?",
        "fall",
        r"f[ae]ll(?:s|en|ing)?|decreas\w+|declin\w+",
    ),
    ("legal", r"\blegal\b|lawful", "illegal", r"illegal|unlawful"),
    (
        "militants",
        # Armed groups named outright count as the militants they are.
        r"insurgents?|militants?|rebels?|terrorists?|jihadists?|Boko Haram|Taliban|Islamic State|ISIS|ISIL"
        r"|al[- ]Qaeda|al[- ]Shabaab|Hamas|Hezbollah",
        "criminal gangs",
        r"criminal gangs?|criminals|bandits",
    ),
    ("accepted", r"accept(?:s|ed)?|agreed", "rejected", r"reject(?:s|ed)?|refused"),
    ("safe", r"\bsafe\b|secure", "dangerous", r"danger(?:ous)?|unsafe"),
)
_OPPOSED = tuple(
    (left, re.compile(rf"\b(?:{lp})\b", re.IGNORECASE), right, re.compile(rf"\b(?:{rp})\b", re.IGNORECASE))
    for left, lp, right, rp in OPPOSED_TERMS
)

_TOTAL = re.compile(
    r"\b(all|fully|full|entirely|entire|completely|complete|whole|every|total|totally)\b", re.IGNORECASE
)
_PARTIAL = re.compile(r"\b(some|partly|partially|part|parts|still|only|few|thin|remaining)\b", re.IGNORECASE)
_FIRST_CLAUSE = re.compile(r"[^,;:.!?]*(?:[,;:.!?]|$)")


def negated(text: str) -> bool:
    """Whether the main assertion (the first clause) is negated: "No mujahid was injured"."""
    first = _FIRST_CLAUSE.match(text.strip())
    return bool(first and _NEGATION.search(first.group()))


_PREVIOUS_WORD = re.compile(r"([\w’'-]+ )$")
_NEXT_WORDS = re.compile(r"(?: [\w’'-]+){0,2}")
_LOOSE_ENDS = word_set("the a an to and or by on of that this these it its")


def denial(text: str) -> str | None:
    """The words with which a text rejects a claim, if any ("is categorically false")."""
    found = _DENIAL.search(text)
    if not found:
        return None
    # A word around the match, so the reason reads as a phrase ("is categorically false").
    before = _PREVIOUS_WORD.search(text, max(0, found.start() - 30), found.start())
    words = ((before.group(1) if before else "") + found.group() + _NEXT_WORDS.match(text, found.end()).group()).split()
    while words and words[-1].lower() in _LOOSE_ENDS:
        words.pop()
    if words and words[0].lower() in _LOOSE_ENDS:
        words.pop(0)
    return " ".join(words)


def opposed_sides(text: str) -> set[tuple[int, int]]:
    """Which side of which opposed pair the text takes: (pair index, 0 or 1)."""
    sides = set()
    for index, (_, left, _, right) in enumerate(_OPPOSED):
        if left.search(text):
            sides.add((index, 0))
        if right.search(text):
            sides.add((index, 1))
    return sides


# Opposites that often describe different things (two races won and lost, prices
# rising while wages fall): they support other evidence but never make a pair alone.
_WEAK = frozenset({"won", "rise", "legal", "accepted", "safe"})


def is_weak(index: int) -> bool:
    return OPPOSED_TERMS[index][0] in _WEAK


# What a dispute is about when these opposites meet, for the matter's label.
_TOPICS = {
    "full control": "control",
    "captured": "control",
    "confirmed": "confirmation",
    "guilty": "guilt",
    "won": "outcome",
    "killed": "death",
    "peaceful": "violence",
    "true": "truth",
    "rise": "trend",
    "legal": "legality",
    "militants": "who is to blame",
    "accepted": "acceptance",
    "safe": "safety",
}


def opposed_topic(index: int) -> str:
    return _TOPICS[OPPOSED_TERMS[index][0]]


def opposed_label(index: int) -> str:
    left, _, right, _ = _OPPOSED[index]
    return f"{left} ↔ {right}"


def quantity_kind(text: str) -> set[str]:
    """Whether a text speaks of the whole ("fully") or of a part ("still", "some")."""
    kinds = set()
    if _TOTAL.search(text):
        kinds.add("total")
    if _PARTIAL.search(text):
        kinds.add("partial")
    return kinds
