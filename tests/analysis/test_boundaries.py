"""Stage 3: where a claim's content starts and ends, on sentences of PolNeAR news articles."""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement


def statements(text: str) -> list[Statement]:
    return extract(prepare(Document(raw=text, path="t.txt")), 0)


def content_of(text: str, speaker: str) -> str:
    found = [s for s in statements(text) if s.speaker == speaker]
    assert found, [(s.speaker, s.content) for s in statements(text)]
    return found[0].content


# --- a participle clause after the claim is the writer's -------------------


def test_a_participle_after_an_attribution_aside_is_not_the_claim():
    text = (
        "She had struggled her whole life, Cruz explained, recalling the time he and his father visited her "
        "at a crack house."
    )
    assert content_of(text, "Cruz") == "She had struggled her whole life"


def test_a_participle_after_a_quotation_explains_it():
    text = (
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention, "
        "where Republicans will select a nominee."
    )
    assert content_of(text, "Trump") == "things “should be wrapped up by Cleveland,”"


def test_an_aside_attribution_still_joins_the_claim_around_it():
    text = "At one point, she said, she was considering a run for the Senate."
    assert content_of(text, "she") == "At one point, she said, she was considering a run for the Senate"
