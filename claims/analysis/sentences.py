"""Stage 2: split text into sentences, with offsets into ``Prepared.text``.

A small rule-based splitter tuned to news copy, fast enough to run over a
whole archive: a line break always ends a sentence (headlines, datelines and
captions stand alone), a full stop after a news abbreviation or an initial
does not, and nothing splits inside an open quotation.
"""

from __future__ import annotations

import re

from .records import Span
from .wordlists import word_set

# Abbreviations that are normally followed by a name or a number, so a full
# stop after them never ends a sentence.
TITLE_ABBREVIATIONS = word_set("""
    mr mrs ms dr prof rev fr sr st lt gen col maj capt cmdr adm sgt cpl pvt sen rep gov lt.gov pres supt insp
    det atty hon amb no nos vol fig pp ca approx vs v jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    """)  # fmt: skip
# Abbreviations that may also end a sentence ("... in the U.S. The ..."): they end
# one only when the next word is a typical sentence opener.
AMBIGUOUS_ABBREVIATIONS = word_set("inc corp co ltd jr llc etc u.s u.k u.n e.u d.c a.m p.m")
SENTENCE_OPENERS = word_set("""
    the a an he she it they we i you this that these those his her its their our but and so yet however
    in on at for if when while after before as there here what who why how meanwhile still also then
    """)  # fmt: skip

# A candidate boundary: terminal punctuation, any closing quotes or brackets,
# then whitespace on the same line. Each part is bounded so matching stays linear.
# Spaces include the no-break and thin spaces that pasted web copy is full of.
# Scraped copy sometimes loses the space: "Trump said.Trump claimed".
_BOUNDARY = re.compile(
    r"[.!?…]{1,5}[\"'”’)\]]{0,3}[ \t\u00a0\u2009\u202f]{1,20}(?=\S)|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"([\w.’']{1,20})[.!?…]{1,5}[\"'”’)\]]{0,3}[ \t\u00a0\u2009\u202f]{1,20}$")
# "“... Trump!” US Senator Jeff Sessions said": a quotation's own ! or ? is not
# the end of the sentence that attributes it.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w.’'-]{0,30} ){1,5}(?:said|says|added|adds|told|tells|asked|wrote|writes|replied|explained|"
    r"continued|declared|insisted|argued|noted|recalled|shouted|tweeted|answered|responded|repeated|remarked|"
    r"pressed|yelled|screamed|cried|exclaimed|quipped|retorted|countered|asks)\b"
)
# An opening curly mark glued to the word or punctuation before it and followed by a space or the end: a closing
# mark mistyped ("“It's unusual,“ said Larry Noble").
_CLOSING_OPENER = re.compile(r"[^\s“”\"'‘’(\[—–-]“(?=\s|$)")
_ATTRIBUTION_ENDS = re.compile(r"[.,;!?]")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]{0,3}(\w+)")
# "WASHINGTON (AP) —" and "DALLAS —": a dateline at the start of a paragraph.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{1,25}(?:[ ,]{1,3}[A-Z][A-Za-z.'’-]{1,25}){0,4}(?: \([\w .]{1,20}\))? ?[—–-]{1,2} "
)
_LINE = re.compile(r"[^\n]+")
MAX_SENTENCE_CHARS = 2_000


def split(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans without surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for line in _LINE.finditer(text, start, end):
        _split_line(text, line.start(), line.end(), spans)
    return spans


def _split_line(text: str, start: int, end: int, spans: list[Span]) -> None:
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end:
        _add(text, start, dateline.end(), spans)
        start = dateline.end()
    sentence_start = start
    depth = 0  # open curly quotation marks before the candidate boundary
    straight_open = False
    scanned = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        piece = text[scanned : boundary.end()]
        scanned = boundary.end()
        depth, straight_open = _quote_state(piece, depth, straight_open)
        if depth == 1 and not straight_open and text.startswith("“", boundary.end()):
            # "... and they kind of revel in it. “There’s another side ...,” Sexton said.": a quotation that
            # runs on into a new paragraph opens again without having closed; it ends where the next opens.
            depth = 0
        if depth or straight_open or not _ends_sentence(text, sentence_start, boundary):
            continue
        _add(text, sentence_start, boundary.end(), spans)
        sentence_start = boundary.end()
    _add(text, sentence_start, end, spans)


def _quote_state(piece: str, depth: int, straight_open: bool) -> tuple[int, bool]:
    """Open curly quotations and whether a straight one is open, after ``piece``.

    Straight marks, and the doubled apostrophes the New York Times writes, open and close alike; but
    copy that mixes its marks may close a curly quotation with a straight one after its punctuation
    ("“... win so much," Trump said. "You are going to be so happy.”"), which then opens nothing, and may
    close a straight one with a curly one.
    """
    if (
        '"' not in piece
        and "''" not in piece
        and not (straight_open and "”" in piece)
        and not _CLOSING_OPENER.search(piece)
    ):
        return max(0, depth + piece.count("“") - piece.count("”")), straight_open
    k = 0
    while k < len(piece):
        c = piece[k]
        if c == "“" and depth and k and _CLOSING_OPENER.match(piece, k - 1):
            depth -= 1  # "as “criminals” and “rapists“ while calling ...": an opening mark typed for a closing one
        elif c == "“":
            depth += 1
        elif c == "”" and not depth and straight_open:
            straight_open = False  # and the other way round: '"But Pete Wilson won,” Axelrod said.'
        elif c == "”":
            depth = max(0, depth - 1)
        elif c == '"' or piece.startswith("''", k):
            if c == "'":
                k += 1
            if depth and not straight_open and k > 0 and piece[k - (2 if c == "'" else 1)] in ",.?!":
                depth -= 1
            else:
                straight_open = not straight_open
        k += 1
    return depth, straight_open


def _ends_sentence(text: str, sentence_start: int, boundary: re.Match) -> bool:
    if not boundary.group():
        return True  # the missing-space boundary already checked its letters
    following = text[boundary.end()]
    if following.islower():
        return False  # "“Go!” he said" and "the U.S. economy" run on
    after_quote = boundary.group().rstrip()[-1] in '”"' or boundary.group().rstrip().endswith("''")
    attribution = after_quote and _ATTRIBUTION_AFTER_QUOTE.match(text, boundary.end(), boundary.end() + 80)
    # After a full stop the quotation was a sentence of its own unless the attribution ends there
    # too ("“Go.” he said."); "“ongoing.” He said the FBI ..." starts a new one.
    if attribution and (text[boundary.start()] != "." or _ATTRIBUTION_ENDS.match(text, attribution.end())):
        return False
    if text[boundary.start()] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(sentence_start, boundary.start() - 21), boundary.end())
    if not before:
        return True
    word = before.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith", "U. S."
    if word in TITLE_ABBREVIATIONS:
        return False
    if word in AMBIGUOUS_ABBREVIATIONS or ("." in word and len(word) <= 6):
        following = _NEXT_WORD.match(text, boundary.end())
        return bool(following) and following.group(1).lower() in SENTENCE_OPENERS
    return True


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # Past MAX_SENTENCE_CHARS the "sentence" is a quotation left open or text
    # without punctuation; cutting it at a space keeps later stages linear.
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = space if space > start else start + MAX_SENTENCE_CHARS
        spans.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append(Span(start, end))
