"""Stage 1: turn pasted input into the text that offsets index into."""

from __future__ import annotations

from .records import Document, Prepared, Span


def prepare(document: Document) -> Prepared:
    text = document.raw
    return Prepared(path=document.path, text=text, html="", regions=(Span(0, len(text)),))
