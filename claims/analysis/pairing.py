"""Stage 5: pairs of statements by opposing parties on the same matter."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Pair, Prepared, Statement


def find_pairs(statements: Sequence[Statement], documents: Sequence[Prepared]) -> list[Pair]:
    return []
