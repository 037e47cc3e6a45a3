"""The analysis engine: who claims what, and which claims contradict each other.

Plain functions over plain data. Nothing in this package imports Django or
reads anything from the network, so it can be tested and benchmarked alone.

    analyze([Document(raw=text, path="a.txt")], lexicon) -> Analysis
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .attribution import extract
from .clean import prepare
from .disputes import unify_matters
from .pairing import find_pairs
from .parties import DEFAULT_LEXICON, resolve_parties
from .quotations import whole_quotations
from .records import Analysis, Document, Pair, PartyEntry, Prepared, Span, Statement

__all__ = [
    "DEFAULT_LEXICON",
    "Analysis",
    "Document",
    "Pair",
    "PartyEntry",
    "Prepared",
    "Span",
    "Statement",
    "analyze",
]


def analyze(
    documents: Iterable[Document],
    lexicon: Sequence[PartyEntry] = DEFAULT_LEXICON,
    *,
    pairs: bool = True,
) -> Analysis:
    prepared = tuple(prepare(d) for d in documents)
    statements: list[Statement] = []
    for index, doc in enumerate(prepared):
        statements.extend(extract(doc, index))
    resolved = tuple(resolve_parties(statements, prepared, lexicon))
    found = unify_matters(find_pairs(resolved, prepared)) if pairs else ()
    paired = {pair.a for pair in found} | {pair.b for pair in found}
    return Analysis(documents=prepared, statements=whole_quotations(resolved, prepared, paired), pairs=found)
