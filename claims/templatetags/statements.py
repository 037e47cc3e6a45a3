"""Template filters for showing a statement: its sentence around the quote, and how it reached us.

Filters rather than model methods so that a page can cut the sentence in the
database (an annotated ``sentence``) without loading the article's text, while
a fragment rendered from a plain statement still works from the text.
"""

from __future__ import annotations

from django import template

from claims.models import Statement
from claims.provenance import Hop, statement_provenance

register = template.Library()


@register.filter
def sentence_parts(statement: Statement) -> tuple[str, str, str]:
    """The statement's sentence as (before the quote, the quote, after it).

    Uses ``statement.sentence`` when the query annotated it (offsets then count
    from the sentence's start), else the article's text. A quote running past
    its sentence is cut at the sentence's end.
    """
    sentence = getattr(statement, "sentence", None)
    if sentence is None:
        sentence = statement.article.text[statement.sentence_start : statement.sentence_end]
    start = max(0, statement.start - statement.sentence_start)
    end = max(start, min(len(sentence), statement.end - statement.sentence_start))
    return sentence[:start], sentence[start:end], sentence[end:]


@register.filter
def provenance(statement: Statement) -> tuple[Hop, ...]:
    """Speaker → relaying agency → outlet; select the article and its outlet with the statement."""
    return statement_provenance(statement)
