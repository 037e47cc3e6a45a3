"""How a statement reached the reader: the speaker, the agency that relayed it, the outlet that published it.

A reader weighing "Moscow says…" wants to know whether the outlet heard it
itself or took it from AP, AFP, Reuters or CNN. The chain names each hop once,
in order, and leaves out what the text does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

Role = Literal["speaker", "relay", "outlet"]

# Long forms a text may use for the agencies it cites, mapped to the name readers know.
AGENCY_NAMES = {
    "associated press": "AP",
    "ap": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "cnn": "CNN",
    "cable news network": "CNN",
}

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hop:
    role: Role
    name: str
    url: str = ""


def agency_name(name: str) -> str:
    """The name readers know for an agency as written in a text ("the Associated Press" → "AP")."""
    tidy = _SPACE.sub(" ", name).strip()
    return AGENCY_NAMES.get(tidy.casefold().removeprefix("the "), tidy)


def provenance_chain(*, speaker: str, relay: str | None, outlet: str | None, outlet_url: str = "") -> tuple[Hop, ...]:
    """The hops from ``speaker`` to the reader.

    The relay is left out when the text names none, or when it is the outlet
    itself (a Reuters story quoting Reuters' own reporting is one hop, not two).
    """
    hops = []
    speaker = _SPACE.sub(" ", speaker).strip()
    if speaker:
        hops.append(Hop("speaker", speaker))
    relayed_by = agency_name(relay) if relay else ""
    published_by = _SPACE.sub(" ", outlet or "").strip()
    if relayed_by and relayed_by.casefold() != agency_name(published_by).casefold():
        hops.append(Hop("relay", relayed_by))
    if published_by:
        hops.append(Hop("outlet", published_by, outlet_url))
    return tuple(hops)


class _Outlet(Protocol):
    name: str


class _Article(Protocol):
    url: str

    @property
    def outlet(self) -> _Outlet | None: ...


class StatementLike(Protocol):
    speaker: str
    relay: str

    @property
    def article(self) -> _Article: ...


def statement_provenance(statement: StatementLike) -> tuple[Hop, ...]:
    """The chain of a stored statement; select its article and outlet with it to keep this query-free."""
    article = statement.article
    outlet = article.outlet
    return provenance_chain(
        speaker=statement.speaker,
        relay=statement.relay or None,
        outlet=outlet.name if outlet else None,
        outlet_url=article.url or "",
    )
