"""``manage.py analyze [--json] [--no-pairs] FILE... | -``

Runs the engine over files (or standard input) and prints either the JSON
contract documented in shared/tools/score.py or a report an editor can read.
"""

from __future__ import annotations

import itertools
import json
import sys
import textwrap
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.analysis import DEFAULT_LEXICON, Analysis, Document, PartyEntry, Statement, analyze
from claims.models import Party

MAX_BYTES = 1_000_000


def read_input(name: str) -> Document:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        path = "<stdin>"
    else:
        file = Path(name)
        if not file.is_file():
            raise CommandError(f"{name}: no such file")
        with file.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        path = str(file)
    if len(data) > MAX_BYTES:
        raise CommandError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB; split it into articles first")
    if b"\x00" in data:
        raise CommandError(f"{path}: looks like binary data, not text")
    # newline="" semantics: offsets must index the text exactly as stored.
    text = data.decode("utf-8", errors="replace")
    html = path.lower().endswith((".html", ".htm")) or None
    return Document(raw=text, path=path, html=html)


class Command(BaseCommand):
    help = "Find attributed statements and contested pairs in article files."
    # The system checks import every URLconf and view (and psycopg with them) for
    # a command that only reads files and one table: a third of its start-up.
    # `manage.py check` and the server still run them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print the JSON contract instead of a report")
        parser.add_argument("--no-pairs", action="store_true", help="skip pairing (statements only)")

    def handle(self, *args, **options):
        documents = [read_input(name) for name in options["files"]]
        result = analyze(documents, lexicon(), pairs=not options["no_pairs"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
        else:
            self.stdout.write(report(result))


def lexicon() -> tuple[PartyEntry, ...]:
    """The editors' parties over the built-in ones; only the built-in ones before ``migrate``."""
    try:
        return Party.objects.lexicon()
    except DatabaseError:
        return DEFAULT_LEXICON


def report(result: Analysis) -> str:
    lines: list[str] = []
    by_party: dict[str, list] = {}
    for s in result.statements:
        by_party.setdefault(s.party or "(no party)", []).append(s)
    for party in sorted(by_party):
        lines.append(f"== {party} ({len(by_party[party])})")
        for s in by_party[party]:
            lines.append(
                f"  {s.speaker} {s.cue or ''}: “{s.content}”  [{result.documents[s.doc].path}:{s.start}-{s.end}]"
            )
    by_id = {s.id: s for s in result.statements}
    if result.pairs:
        lines.append("")
        lines.append(f"== Contested pairs ({len(result.pairs)})")
        for p in sorted(result.pairs, key=lambda p: -p.score):
            lines.append(f"-- {p.matter or 'pair'} (score {p.score:.2f})")
            lines.extend(side_by_side(by_id[p.a], by_id[p.b]))
            lines.extend(f"   · {reason}" for reason in p.reasons)
    return "\n".join(lines) + "\n"


COLUMN = 48


def side_by_side(a: Statement, b: Statement) -> list[str]:
    """Two statements in two columns, each headed by its party and speaker, as a reader sees them."""
    left = textwrap.wrap(f"{a.party} · {a.speaker} {a.cue or ''}", COLUMN) + textwrap.wrap(f"“{a.content}”", COLUMN)
    right = textwrap.wrap(f"{b.party} · {b.speaker} {b.cue or ''}", COLUMN) + textwrap.wrap(f"“{b.content}”", COLUMN)
    return [f"   {one:<{COLUMN}} │ {other}".rstrip() for one, other in itertools.zip_longest(left, right, fillvalue="")]
