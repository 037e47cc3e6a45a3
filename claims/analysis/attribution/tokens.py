"""Tokens of a sentence and the quotation marks between them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import OPEN_QUOTES, QUOTES, STRAIGHT_QUOTE

# Numbers ("12,000"); words, with inner apostrophes, hyphens, dots ("U.S", "Ukraine’s"); or one symbol.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+){0,6}|\w+(?:[’'\-&.]\w+){0,8}|[^\w\s]")
# The same where mojibake left an "Â" of a no-break space ("said.Â", "theÂ US"): at a word's end
# it is a space, so it neither joins nor forms a token. A letter read as two ("JuÃ¡rez" for Juárez)
# stays inside its word. Kept apart: most text has none, and the plain pattern is faster.
_C = r"(?:[\u00c3-\u00df][\u0080-\u00bf]|[^\W\u00c2])"
_W = rf"(?:{_C}|\u00c2(?=\w)){_C}*(?:\u00c2(?=\w){_C}*)*"
_TOKEN_MOJIBAKE = re.compile(rf"\d+(?:[.,:]\d+){{0,6}}|{_W}(?:[’'\-&.]{_W}){{0,8}}|[^\w\s]")

_WORD = re.compile(r"\w+")


def _mojibake(chunk: str) -> bool:
    """Whether text holds the marks of UTF-8 read as Latin-1 ("Â", "Ã"), for the slower token pattern."""
    return "\u00c2" in chunk or "\u00c3" in chunk


# Attributions without a cue word: "KOVAL: ...", "“...,” he continued".
# "She continued, “...”", "Silverman interjected, “...”": going on or a past tense, then the quotation.
_UNCUED = re.compile(
    r"\w[)\]]?:\s|[,?!](?:[’']?[”\"]|'') {1,3}\w+ {1,3}\w+ed\b|(?:(?i:\bcontinue[ds]?)[,:]|[a-z]ed,) {1,3}(?:[“\"]|'')"
)


@dataclass(slots=True)
class _Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("’s", "'s"))


def _typewriter_marks(text: str, chunk: str, tokens: list[_Token]) -> list[_Token]:
    """Marks typed as two characters become the one they stand for, spanning both: the New York
    Times' quotation marks in doubled apostrophes (''Go,'' he said) and a dash typed as two hyphens
    or a spaced one ("The Supreme Court justice -- who has been involved in a scuffle ... -- said")."""
    if "''" not in chunk and "--" not in chunk and " - " not in chunk:
        return tokens
    merged: list[_Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        pair = k + 1 < len(tokens) and tokens[k + 1].text == t.text and tokens[k + 1].start == t.end
        if pair and t.text == "'":
            opens = t.start == 0 or text[t.start - 1].isspace() or text[t.start - 1] in "([—–-"
            # "... the term 'Manhattan poor,' '' she said": between spaces, after a closing mark, it closes.
            spaced = t.start > 1 and text[t.start - 1] == " " and text[t.start - 2] in "'’,.?!"
            if opens and spaced and (tokens[k + 1].end == len(text) or text[tokens[k + 1].end].isspace()):
                opens = False
            third = k + 2 < len(tokens) and tokens[k + 2].text == "'" and tokens[k + 2].start == tokens[k + 1].end
            if third and not opens:
                # A quotation inside a quotation closes first, then the outer one: "... one of us,''' he said".
                merged.append(t)
                k += 1
                continue
            mark = "“" if opens else "”"
            merged.append(_Token(mark, mark, t.start, tokens[k + 1].end))
            k += 2
        elif pair and t.text == "-":
            merged.append(_Token("—", "—", t.start, tokens[k + 1].end))
            k += 2
        else:
            spaced = t.text == "-" and t.start > 0 and t.end < len(text) and text[t.start - 1] == text[t.end] == " "
            merged.append(_Token("—", "—", t.start, t.end) if spaced else t)
            k += 1
    return merged


# Marks after which an opening quotation mark still opens: '"“If I was a donor ...', "(“...".
_BEFORE_AN_OPENING = QUOTES | {"(", "[", "—", "–", "-"}


def _inside_quotes(tokens: list[_Token]) -> list[bool]:
    """For each token, whether it stands inside a quotation opened earlier in the sentence."""
    inside = []
    depth = 0
    straight = False
    for k, t in enumerate(tokens):
        inside.append(depth > 0 or straight)
        if t.text == "“" and depth and _closes_as_opener(tokens, k):
            depth -= 1  # "as “criminals” and “rapists“ while calling ...": an opening mark typed for a closing one
        elif t.text in OPEN_QUOTES and t.text != "‘":
            depth += 1
        elif t.text == "”" and depth:
            depth -= 1
        elif t.text == "”" and straight:
            straight = False  # mixed copy: '"But Pete Wilson won,” Axelrod said' closes the straight quotation
        elif t.text == STRAIGHT_QUOTE:
            # '... in jail," a spokesperson said' with no opening mark in the sentence: a mark
            # glued to the punctuation before it closes a quotation; it opens none.
            closes = k > 0 and tokens[k - 1].end == t.start and tokens[k - 1].text in (",", ".", "?", "!")
            if closes and depth and not straight:
                depth -= 1  # mixed copy: "“... win so much," Trump said" closes the curly quotation
            else:
                straight = not straight and not closes
    return inside


def _closes_as_opener(tokens: list[_Token], k: int) -> bool:
    """Whether an opening mark glued to the word or punctuation before it, with a space or nothing after it, is a
    closing one mistyped ("“It's unusual,“ said Larry Noble")."""
    glued = k > 0 and tokens[k - 1].end == tokens[k].start and tokens[k - 1].text not in _BEFORE_AN_OPENING
    return glued and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)


def _span(tokens: list[_Token], first: int, end: int) -> tuple[int, int]:
    return tokens[first].start, tokens[end - 1].end


def _token_range(tokens: list[_Token], span: tuple[int, int]) -> tuple[int, int]:
    first = next(k for k, t in enumerate(tokens) if t.start >= span[0])
    end = next((k for k in range(first, len(tokens)) if tokens[k].start >= span[1]), len(tokens))
    return first, end


def _text_of(tokens: list[_Token], first: int, end: int) -> str:
    """The words of tokens ``first:end`` as written ("Rep. Smith", not "Rep . Smith")."""
    parts = [tokens[first].text]
    for k in range(first + 1, end):
        parts.append(tokens[k].text if tokens[k].start == tokens[k - 1].end else " " + tokens[k].text)
    return "".join(parts)
