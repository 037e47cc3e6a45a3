"""Plain data that flows through the engine.

Everything here is a frozen dataclass of strings and integers, so results can
be compared, hashed, serialised to JSON and stored by the Django side without
the engine knowing anything about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One article as handed to the engine.

    ``raw`` is what the editor pasted or the file held. ``html`` says how to
    read it; ``None`` lets the cleaner sniff it.
    """

    raw: str
    path: str = ""
    html: bool | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Prepared:
    """A document after cleaning.

    ``text`` is the plain text every offset indexes into. For plain-text input
    it is the input exactly; for HTML it is the text derived from the
    sanitised markup. ``regions`` are the parts worth analysing, in order:
    boilerplate (related-link lists, share lines, photo credits) and the
    second copy of a repeated body or paragraph are left out of them.
    """

    path: str
    text: str
    html: str
    regions: tuple[Span, ...]


@dataclass(frozen=True)
class PartyEntry:
    """A side in disputes and the words that name it (aliases, demonyms, leaders)."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Who claims what, with offsets into ``Prepared.text`` of document ``doc``."""

    id: str
    doc: int
    speaker: str
    party: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content: str
    start: int
    end: int
    kind: str  # "direct" | "indirect" | "mixed"
    sentence_start: int = 0
    sentence_end: int = 0
    # The agency or outlet that passed the statement on ("cited by news agency AP").
    relay: str | None = None
    # Who a pronoun or a bare noun phrase ("he", "the ministry") stands for, when
    # the speaker as written does not name anyone. Party resolution uses it.
    refers_to: str | None = None
    # For B in "“A,” he said. “B.”": the id of A, the statement whose quotation B goes on.
    quotation: str | None = None


@dataclass(frozen=True)
class Pair:
    """Two statements by different parties that contradict each other."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]
    matter: str = ""
    # A short stable key for the matter, so pairs about the same thing group together.
    matter_key: str = ""


@dataclass(frozen=True)
class Analysis:
    documents: tuple[Prepared, ...]
    statements: tuple[Statement, ...]
    pairs: tuple[Pair, ...] = field(default=())

    def as_json(self) -> dict:
        """The contract of ``manage.py analyze --json`` (see shared/tools/score.py)."""
        return {
            "documents": [{"path": d.path, "text": d.text} for d in self.documents],
            "statements": [
                {
                    "id": s.id,
                    "doc": s.doc,
                    "speaker": s.speaker,
                    "party": s.party,
                    "speaker_start": s.speaker_start,
                    "speaker_end": s.speaker_end,
                    "cue": s.cue,
                    "cue_start": s.cue_start,
                    "cue_end": s.cue_end,
                    "content": s.content,
                    "start": s.start,
                    "end": s.end,
                    "kind": s.kind,
                    "relay": s.relay,
                    "refers_to": s.refers_to,
                }
                for s in self.statements
            ],
            "pairs": [
                {"a": p.a, "b": p.b, "score": p.score, "reasons": list(p.reasons), "matter": p.matter}
                for p in self.pairs
            ],
        }
