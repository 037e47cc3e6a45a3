"""Word lists written the way an editor would read them: words separated by spaces."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of ``words`` as a set, for membership tests."""
    return frozenset(words.split())
