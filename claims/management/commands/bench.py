"""``manage.py bench [--quick] [--shared DIR]``: how fast the engine is, in figures.

Two sections, both over the shared corpora beside the project (../shared):

1. whole-process throughput: ``manage.py analyze --json --no-pairs`` run as a
   subprocess over the PolNeAR train split, in words per second (``\\w+``),
   start-up included, as the contest scorer measures it;
2. pairing as a batch grows: one in-process analysis of 10, 100 and 1,000
   articles (cycling over PolNeAR train and the contested groups), timed
   whole and for the pairing stage alone, with statements, candidates and
   pairs, so linear growth shows as a steady time per statement.

It prints and asserts nothing; a section without its corpus says so and is skipped.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from claims.analysis import DEFAULT_LEXICON, Document, analyze
from claims.analysis.pairing import candidate_pairs, find_pairs

WORD = re.compile(r"\w+")
BATCH_SIZES = (10, 100, 1000)
QUICK_FILES = 100


def read(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return handle.read()


class Command(BaseCommand):
    help = "Print engine throughput and how pairing time grows with the batch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--shared",
            type=Path,
            default=Path(settings.BASE_DIR).parent / "shared",
            help="folder holding corpus/polnear and corpus/contested (default: ../shared)",
        )
        parser.add_argument(
            "--quick", action="store_true", help=f"{QUICK_FILES} PolNeAR files and batches of 10 and 100 only"
        )

    def handle(self, *args, **options):
        corpus = options["shared"] / "corpus"
        train = sorted((corpus / "polnear" / "train" / "text").glob("*.txt"))
        contested = sorted((corpus / "contested").glob("*/*.txt"))
        quick = options["quick"]
        self.throughput(train[:QUICK_FILES] if quick else train)
        sizes = BATCH_SIZES[:2] if quick else BATCH_SIZES
        self.growth(train + contested, sizes)

    def throughput(self, files: list[Path]) -> None:
        self.stdout.write("== Throughput: manage.py analyze --json --no-pairs (subprocess, PolNeAR train)")
        if not files:
            self.stdout.write("   skipped: no PolNeAR train texts under the shared corpus")
            return
        words = sum(len(WORD.findall(read(f))) for f in files)
        argv = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "analyze", "--json", "--no-pairs"]
        started = time.perf_counter()
        done = subprocess.run(argv + [str(f) for f in files], capture_output=True, text=True, cwd=settings.BASE_DIR)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            self.stdout.write(f"   analyze failed ({done.returncode}): {done.stderr[-400:]}")
            return
        rate = words / elapsed
        self.stdout.write(f"   {len(files)} files, {words:,} words in {elapsed:.2f} s (start-up included)")
        self.stdout.write(f"   {rate:,.0f} words/s")

    def growth(self, files: list[Path], sizes: tuple[int, ...]) -> None:
        self.stdout.write("== Pairing as the batch grows: analyze() in process, pairs included")
        if not files:
            self.stdout.write("   skipped: no PolNeAR or contested texts under the shared corpus")
            return
        texts = {f: read(f) for f in islice(cycle(files), max(sizes))}
        header = f"   {'articles':>8} {'words':>9} {'statements':>10} {'candidates':>10} {'pairs':>6}"
        self.stdout.write(header + f" {'analyze s':>9} {'pairing s':>9} {'pairing ms/statement':>20}")
        for size in sizes:
            batch = [Document(raw=texts[f], path=f.name) for f in islice(cycle(files), size)]
            words = sum(len(WORD.findall(d.raw)) for d in batch)
            started = time.perf_counter()
            result = analyze(batch, DEFAULT_LEXICON, pairs=False)
            extracted = time.perf_counter()
            pairs = find_pairs(result.statements, result.documents)
            paired = time.perf_counter()
            found = len(candidate_pairs(result.statements, result.documents))
            per_statement = 1000 * (paired - extracted) / max(1, len(result.statements))
            self.stdout.write(
                f"   {size:>8} {words:>9,} {len(result.statements):>10,} {found:>10,} {len(pairs):>6,}"
                f" {paired - started:>9.2f} {paired - extracted:>9.2f} {per_statement:>20.2f}"
            )
