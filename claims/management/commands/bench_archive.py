"""``manage.py bench_archive [--sizes 1000,10000,100000] [--shared DIR]``: the time to paste one
article into archives of growing size, which pairs its statements against the stored ones.

The archive is built in a throwaway test database from the shared corpora beside the project
(../shared): their articles are analysed once, then copied and bulk-inserted with their
statements and terms until the archive holds each size. Each paste is rolled back, so every
measurement meets the same archive. A flat cost shows as about the same time at every size.
"""

from __future__ import annotations

import statistics
import time
from itertools import cycle
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from claims import analysis, archive
from claims.analysis.pairing import statement_terms
from claims.models import Article, Pairing, Statement, StatementTerm
from claims.services import article_ingest, parties_find_or_create, statement_row, text_hash

DEFAULT_SIZES = "1000,10000,100000"
SOURCE_FILES = 400
REPEATS = 5
BATCH = 2000


class _Rollback(Exception):
    """Raised to undo a measured paste."""


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _span_ok(start: int | None, end: int | None) -> bool:
    return (start is None and end is None) or (start is not None and end is not None and start < end)


class Command(BaseCommand):
    help = "Print how long one paste takes as the archive grows from 1k to 100k statements."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"statement counts (default: {DEFAULT_SIZES})")
        parser.add_argument(
            "--shared",
            type=Path,
            default=Path(settings.BASE_DIR).parent / "shared",
            help="folder holding corpus/polnear and corpus/contested (default: ../shared)",
        )

    def handle(self, *args, **options):
        try:
            sizes = sorted({int(size) for size in options["sizes"].split(",") if size.strip()})
        except ValueError as error:
            raise CommandError(f"--sizes takes numbers separated by commas: {error}") from error
        corpus = options["shared"] / "corpus"
        sources = sorted((corpus / "polnear" / "train" / "text").glob("*.txt"))[:SOURCE_FILES]
        probe = corpus / "contested" / "kursk"
        # The pasted article is not in the archive: a copy of it would pair as a repeat, not as news.
        sources += sorted(p for p in (corpus / "contested").glob("*/*.txt") if p.parent != probe)
        if not sources or not probe.is_dir():
            self.stdout.write(f"Skipped: no corpus under {corpus} (give the shared folder with --shared).")
            return
        pasted = _read(sorted(probe.glob("*.txt"))[0])
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            self.measure(sizes, sources, pasted)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)

    def measure(self, sizes: list[int], sources: list[Path], pasted: str) -> None:
        started = time.perf_counter()
        result = analysis.analyze([analysis.Document(raw=_read(p), path=str(p)) for p in sources], pairs=False)
        by_doc: dict[int, list[analysis.Statement]] = {}
        for s in result.statements:
            if s.start < s.end and _span_ok(s.speaker_start, s.speaker_end) and _span_ok(s.cue_start, s.cue_end):
                by_doc.setdefault(s.doc, []).append(s)
        parties = parties_find_or_create(names={s.party for s in result.statements if s.party})
        terms = {
            s.id: sorted(t for t in statement_terms(s, result.documents[s.doc].text) if len(t) <= 100)
            for s in result.statements
        }
        self.stdout.write(
            f"Analysed {len(sources)} articles ({len(result.statements)} statements) "
            f"in {time.perf_counter() - started:.1f} s to copy into the archive."
        )
        self.stdout.write(f"Median of {REPEATS} pastes of one article, rolled back after each:")
        self.stdout.write(f"{'statements':>11} {'paste ms':>9} {'archive pairing ms':>19} {'pairs':>6}  growth")
        # The first paste warms the engine's caches; it is not counted.
        self.paste_once(pasted)
        docs = cycle(sorted(by_doc))
        stored, copy = 0, 0
        first = None
        for size in sizes:
            while stored < size:
                stored += self.copy_batch(docs, by_doc, result, parties, terms, copy, size - stored)
                copy += 1
            runs = [self.paste_once(f"{pasted}\n\nUpdated {size}-{n}.") for n in range(REPEATS)]
            paste = statistics.median(r[0] for r in runs)
            stage = statistics.median(r[1] for r in runs)
            first = first or (paste, stage)
            self.stdout.write(
                f"{stored:>11,} {paste * 1000:>9.0f} {stage * 1000:>19.0f} {runs[-1][2]:>6}"
                f"  paste ×{paste / first[0]:.2f}, archive pairing ×{stage / first[1]:.2f}"
            )

    def copy_batch(self, docs, by_doc, result, parties, terms, copy: int, wanted: int) -> int:
        """Insert copies of corpus articles with their statements and terms, up to ``wanted`` statements."""
        articles, found = [], []
        while sum(len(f) for f in found) < min(wanted, BATCH):
            doc = next(docs)
            text = result.documents[doc].text
            articles.append(Article(raw=text, text=text, content_hash=text_hash(f"{copy}/{len(articles)}/{text}")))
            found.append(by_doc[doc][: wanted - sum(len(f) for f in found)])
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            rows = [
                statement_row(article=article, found=s, party=parties.get(s.party) if s.party else None)
                for article, statements in zip(articles, found, strict=True)
                for s in {(s.start, s.end): s for s in statements}.values()
            ]
            Statement.objects.bulk_create(rows, batch_size=BATCH)
            sources = [s for statements in found for s in {(s.start, s.end): s for s in statements}.values()]
            StatementTerm.objects.bulk_create(
                [
                    StatementTerm(statement=row, term=term)
                    for row, s in zip(rows, sources, strict=True)
                    for term in terms[s.id]
                ],
                batch_size=BATCH * 5,
            )
        return len(rows)

    def paste_once(self, raw: str) -> tuple[float, float, int]:
        """The time one paste takes, the time of its archive pairing stage alone (run again on
        the stored statements), and the pairs across articles it found; undone afterwards."""
        try:
            with transaction.atomic():
                started = time.perf_counter()
                article, _ = article_ingest(raw=raw)
                took = time.perf_counter() - started
                statements = list(article.statements.select_related("party"))
                started = time.perf_counter()
                archive.statements_pair(statements=statements, within_articles=False)
                stage = time.perf_counter() - started
                across = Pairing.objects.filter(statement_b__article=article).exclude(statement_a__article=article)
                pairs = across.count()
                raise _Rollback
        except _Rollback:
            pass
        return took, stage, pairs
