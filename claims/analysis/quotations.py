"""A quotation interrupted by its attribution, as one statement or as the claims a dispute needs.

"“I’ve heard that he’s suspended,” said Olsen. “I’ve heard that he’s on a month suspension.”" is one
quotation, and a reader (or an editor checking the article) quotes it whole; the attribution stage
finds each of its sentences as a claim of its own and marks the later ones as going on the first
(``Statement.quotation``). After pairing, the parts of a quotation become one statement again, unless
a pair is about one of them: then each part stays the claim it is, so a dispute shows the sentence
that contradicts the other side and not the quotation around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from .records import Prepared, Statement


def whole_quotations(
    statements: Sequence[Statement], documents: Sequence[Prepared], paired: AbstractSet[str]
) -> tuple[Statement, ...]:
    """The statements with each quotation's parts joined, where no pair (ids in ``paired``) needs them apart."""
    known = {s.id for s in statements}
    parts: dict[str, list[Statement]] = {}  # the id of a quotation's first statement -> its later parts
    for s in statements:
        if s.quotation in known:
            parts.setdefault(s.quotation, []).append(s)
    # A quotation stays in its parts when a pair is about any of them.
    parts = {
        first: rest for first, rest in parts.items() if first not in paired and paired.isdisjoint(p.id for p in rest)
    }
    later = {p.id for rest in parts.values() for p in rest}
    joined: list[Statement] = []
    for s in statements:
        if s.id in later:
            continue  # joined into its quotation's first statement
        rest = parts.get(s.id)
        if rest is not None:
            last = max(rest, key=lambda part: part.end)
            text = documents[s.doc].text
            s = replace(s, content=text[s.start : last.end], end=last.end, sentence_end=last.sentence_end)
        joined.append(s)
    return tuple(joined)
