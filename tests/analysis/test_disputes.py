from pathlib import Path

from claims.analysis import Document, Pair, analyze
from claims.analysis.disputes import unify_matters

DEMO = Path(__file__).resolve().parents[2] / "claims" / "demo" / "kursk.txt"


def pair(a: str, b: str, score: float, matter: str) -> Pair:
    return Pair(a=a, b=b, score=score, reasons=(), matter=matter, matter_key=matter.replace(" ", "|"))


def test_pairs_sharing_a_statement_take_the_strongest_pairs_matter():
    pairs = unify_matters([pair("ru1", "ua1", 1.0, "control"), pair("ru2", "ua1", 2.7, "control of Kursk")])

    assert {p.matter for p in pairs} == {"control of Kursk"}
    assert {p.matter_key for p in pairs} == {"control|of|Kursk"}


def test_unrelated_pairs_keep_their_own_matters():
    pairs = unify_matters([pair("a1", "b1", 1.0, "ceasefire talks"), pair("a2", "b2", 2.0, "drone strikes")])

    assert [p.matter for p in pairs] == ["ceasefire talks", "drone strikes"]


def test_pairs_with_the_same_matter_key_join_even_without_a_shared_statement():
    pairs = unify_matters(
        [pair("a1", "b1", 1.0, "control"), pair("a2", "b2", 2.0, "control"), pair("a3", "b2", 3.0, "x")]
    )

    assert {p.matter for p in pairs} == {"x"}


def test_the_kursk_article_is_one_dispute():
    result = analyze([Document(raw=DEMO.read_text(encoding="utf-8"), path="kursk.txt")])

    assert len(result.pairs) >= 4
    assert len({p.matter_key for p in result.pairs}) == 1
    assert "Kursk" in result.pairs[0].matter
