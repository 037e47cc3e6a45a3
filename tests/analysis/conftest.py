"""Shared corpora for the engine tests.

The labelled corpora live beside the project in ``../shared``, not in the
repository; tests that need them are skipped where that folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "../shared"
KURSK = SHARED / "corpus/contested/kursk"


def shared_path(relative: str) -> Path:
    """A path under ../shared, or a skip when the shared corpus is not here."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    return path


@pytest.fixture
def kursk_text() -> str:
    with (shared_path("corpus/contested/kursk") / "kursk.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture
def kursk_gold() -> dict:
    return json.loads((shared_path("corpus/contested/kursk") / "gold.json").read_text(encoding="utf-8"))
