"""Properties that hold for any input: offsets slice exactly, and analysis is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.analysis import Document, analyze

# Words that make the engine work: cues, speakers, quotes, abbreviations and noise.
VOCABULARY = [
    "said", "says", "told", "claimed", "according", "to", "as", "per", "insists", "that", "he", "she", "it",
    "they", "the", "ministry", "Putin", "Ukraine’s", "Army", "Mr.", "U.S.", "Moscow’s", "claims", "of", "control",
    "Kursk", "is", "ours", "“", "”", '"', ",", ".", ":", ";", "—", "\n", "\n\n", "Â", "Ã©", "â€™", "(AP)",
    "reported", "AFP", "adding", "and", "12,000", "Share", "Related", "?", "!",
]  # fmt: skip
TAGS = ["<p>", "</p>", "<div>", "</div>", "<script>x</script>", "<a href='https://a.example'>", "</a>", "<br>"]

words = st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join)
free_text = st.text(max_size=300)
markup = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(TAGS)), max_size=80).map(" ".join)


def check_offsets(raw: str, html: bool | None) -> None:
    result = analyze([Document(raw=raw, path="p.txt", html=html)], pairs=False)
    doc = result.documents[0]
    if html is False:
        assert doc.text == raw
    for region in doc.regions:
        assert 0 <= region.start <= region.end <= len(doc.text)
    for s in result.statements:
        assert doc.text[s.start : s.end] == s.content
        assert s.content
        if s.speaker_start is not None:
            assert doc.text[s.speaker_start : s.speaker_end] == s.speaker
        if s.cue_start is not None:
            assert doc.text[s.cue_start : s.cue_end] == s.cue
        assert s.kind in ("direct", "indirect", "mixed")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(words, free_text))
@example("as he said said said Putin")  # a name as a sentence's last token once ran past the end
def test_offsets_slice_plain_text_exactly(raw):
    check_offsets(raw, html=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup)
def test_offsets_slice_text_derived_from_html_exactly(raw):
    check_offsets(raw, html=True)


@settings(max_examples=50, deadline=None)
@given(st.one_of(words, markup))
def test_analysis_is_deterministic(raw):
    first = analyze([Document(raw=raw, path="p.txt")], pairs=False)
    second = analyze([Document(raw=raw, path="p.txt")], pairs=False)
    assert first == second
