"""Group pairs into disputes: one matter per cluster of pairs that share a statement.

The pairing stage labels each pair from its own words, so three pairs answering the same
Russian claim can come out as "control of Kursk", "control" and "areas of Kursk". A reader
wants one dispute there. When two pairs share a statement, or the same matter key, they are
about the same matter; the whole cluster then takes the label of its strongest pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .records import Pair


def unify_matters(pairs: Sequence[Pair]) -> tuple[Pair, ...]:
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    for pair in pairs:
        join(f"s:{pair.a}", f"s:{pair.b}")
        if pair.matter_key:
            join(f"s:{pair.a}", f"k:{pair.matter_key}")
    strongest: dict[str, Pair] = {}
    for pair in pairs:
        group = root(f"s:{pair.a}")
        best = strongest.get(group)
        # Ties go to the more specific label, then to the first pair, so the result is stable.
        if best is None or (pair.score, len(pair.matter)) > (best.score, len(best.matter)):
            strongest[group] = pair
    unified = []
    for pair in pairs:
        best = strongest[root(f"s:{pair.a}")]
        unified.append(replace(pair, matter=best.matter, matter_key=best.matter_key))
    return tuple(unified)
