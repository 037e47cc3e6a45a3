"""Stage 4: resolve each speaker to a party."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .records import PartyEntry, Prepared, Statement

DEFAULT_LEXICON: tuple[PartyEntry, ...] = (
    PartyEntry("Russia", ("Russian", "Moscow", "Kremlin", "Putin")),
    PartyEntry("Ukraine", ("Ukrainian", "Kyiv", "Zelensky")),
)


def resolve_parties(
    statements: Iterable[Statement], documents: Sequence[Prepared], lexicon: Sequence[PartyEntry]
) -> list[Statement]:
    out = []
    for s in statements:
        party = next((p.name for p in lexicon if any(a in s.speaker for a in (p.name, *p.aliases))), s.speaker)
        out.append(replace(s, party=party))
    return out
