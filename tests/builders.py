"""Small builders for test data. Each makes the rows a test needs and nothing else."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.utils import timezone
from django.utils.text import slugify

from claims import analysis
from claims.models import Article, Dispute, Pairing, Party, Statement
from claims.roles import EDITORS
from claims.services import text_hash

_numbers = itertools.count(1)


def make_user(username: str, *, editor: bool = False, **fields) -> User:
    # No password: tests sign in with force_login, and hashing one costs a noticeable fraction of a second.
    user = User.objects.create_user(username=username, **fields)
    if editor:
        user.groups.add(Group.objects.get(name=EDITORS))
    return user


def party(name: str) -> Party:
    return Party.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]


def make_article(*, text: str, **fields) -> Article:
    return Article.objects.create(text=text, raw=text, content_hash=text_hash(f"{text} #{next(_numbers)}"), **fields)


def make_statement(*, article: Article, side: Party, content: str, cue: str = "says") -> Statement:
    """A statement by ``side`` in ``article``: "<side> <cue> <content>.", added to its text if not there."""
    sentence = f"{side.name} {cue} {content}"
    if sentence not in article.text:
        article.text += f" {sentence}."
        article.save(update_fields=["text"])
    sentence_start = article.text.index(sentence)
    cue_start = sentence_start + len(side.name) + 1
    start = cue_start + len(cue) + 1
    return Statement.objects.create(
        article=article,
        speaker=side.name,
        party=side,
        cue=cue,
        content=content,
        kind=Statement.Kind.INDIRECT,
        speaker_start=sentence_start,
        speaker_end=sentence_start + len(side.name),
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        start=start,
        end=start + len(content),
        sentence_start=sentence_start,
        sentence_end=start + len(content) + 1,
    )


def make_dispute(*, title: str = "", sides: tuple[str, str] = ("Russia", "Ukraine")) -> Dispute:
    n = next(_numbers)
    title = title or f"Who holds bridge {n}?"
    return Dispute.objects.create(
        title=title, slug=f"{slugify(title)}-{n}", key=f"key-{n}", party_a=party(sides[0]), party_b=party(sides[1])
    )


def make_pairing(
    *,
    dispute: Dispute | None = None,
    status: str = Pairing.Status.SUGGESTED,
    left: str = "the bridge is intact",
    right: str = "the bridge is destroyed",
    **article_fields,
) -> Pairing:
    """A dispute's pair: an article where its two sides say ``left`` and ``right``."""
    dispute = dispute or make_dispute()
    a_side, b_side = dispute.party_a, dispute.party_b
    article = make_article(text=f"{a_side.name} says {left}. {b_side.name} says {right}.", **article_fields)
    a = make_statement(article=article, side=a_side, content=left)
    b = make_statement(article=article, side=b_side, content=right)
    return pair(dispute=dispute, statements=(a, b), status=status)


def pair(
    *, dispute: Dispute, statements: tuple[Statement, Statement], status: str = Pairing.Status.SUGGESTED
) -> Pairing:
    a, b = sorted(statements, key=lambda s: s.pk)
    return Pairing.objects.create(
        dispute=dispute,
        statement_a=a,
        statement_b=b,
        score=1.5,
        reasons=["opposed terms: intact ↔ destroyed"],
        status=status,
        reviewed_at=None if status == Pairing.Status.SUGGESTED else timezone.now(),
    )


@dataclass
class FakeEngine:
    """Stands in for ``claims.analysis.analyze`` so service and view tests do not depend on the engine.

    ``claims`` are (speaker, party, content) found wherever they occur in the text; ``pairs`` are
    (index, index, matter) into ``claims``.
    """

    claims: Sequence[tuple[str, str | None, str]] = ()
    pairs: Sequence[tuple[int, int, str]] = ()
    calls: list[Sequence[analysis.PartyEntry]] = field(default_factory=list)

    def __call__(self, documents, lexicon=analysis.DEFAULT_LEXICON, *, pairs: bool = True) -> analysis.Analysis:
        self.calls.append(lexicon)
        (document,) = documents
        text = document.raw
        prepared = analysis.Prepared(path=document.path, text=text, html="", regions=(analysis.Span(0, len(text)),))
        statements = []
        for index, (speaker, side, content) in enumerate(self.claims):
            start = text.index(content)
            statements.append(
                analysis.Statement(
                    id=f"s{index}",
                    doc=0,
                    speaker=speaker,
                    party=side,
                    speaker_start=None,
                    speaker_end=None,
                    cue="said",
                    cue_start=None,
                    cue_end=None,
                    content=content,
                    start=start,
                    end=start + len(content),
                    kind="indirect",
                )
            )
        found = tuple(
            analysis.Pair(
                a=f"s{a}", b=f"s{b}", score=1.0, reasons=("opposed",), matter=matter, matter_key=slugify(matter)
            )
            for a, b, matter in self.pairs
        )
        return analysis.Analysis(documents=(prepared,), statements=tuple(statements), pairs=found)


KURSK = Path(__file__).resolve().parent.parent / "claims" / "demo" / "kursk.txt"
