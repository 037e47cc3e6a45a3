"""Stage 5 on real sentences: each opposition signal, and what must never pair."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.analysis import DEFAULT_LEXICON, Pair, Statement
from claims.analysis.matters import MAX_POSTING, candidates
from claims.analysis.pairing import find_pairs
from claims.analysis.parties import resolve_parties

from .test_parties import document, said

KURSK = (
    "While Russia insists Kursk is now under full control, Ukraine maintains its troops still hold a thin line "
    "of territory across the border."
)


def pairs_in(text: str, *statements: Statement) -> list[Pair]:
    docs = [document(text)]
    return find_pairs(resolve_parties(statements, docs, DEFAULT_LEXICON), docs)


def kursk_statements() -> tuple[Statement, Statement]:
    return (
        said(KURSK, "Russia", "Kursk is now under full control", id="ru"),
        said(KURSK, "Ukraine", "its troops still hold a thin line of territory across the border", id="ua"),
    )


def test_it_pairs_a_contrast_with_opposed_terms() -> None:
    [pair] = pairs_in(KURSK, *kursk_statements())
    assert (pair.a, pair.b) == ("ru", "ua")
    assert "contrast: 'While …, …'" in pair.reasons
    assert "opposed terms: full control ↔ still hold" in pair.reasons
    assert pair.matter and pair.matter_key


def test_it_pairs_a_denial_on_the_same_matter() -> None:
    text = (
        'Rep. Duncan Hunter said "at least 10" Islamic State fighters have been caught trying to cross the border '
        "into Texas. A DHS spokesman said the suggestion that individuals with ties to ISIL have been apprehended "
        "at the border is categorically false."
    )
    claim = said(text, "Rep. Duncan Hunter", '"at least 10" Islamic State fighters have been caught trying', id="a")
    denial = said(text, "A DHS spokesman", "the suggestion that individuals with ties to ISIL", id="b")
    denial = replace(denial, end=text.index(" false.") + 6, content=text[denial.start : text.index(" false.") + 6])
    [pair] = pairs_in(text, claim, denial)
    assert any(r.startswith("denial:") for r in pair.reasons)


def test_it_pairs_numbers_that_cannot_both_be_true() -> None:
    text = (
        "Hunter said at least 10 fighters were caught at the Texas border. "
        "Border Patrol sources said only five immigrants were caught at the Texas border."
    )
    [pair] = pairs_in(
        text,
        said(text, "Hunter", "at least 10 fighters were caught at the Texas border", id="a"),
        said(text, "Border Patrol sources", "only five immigrants were caught at the Texas border", id="b"),
    )
    assert "numbers disagree: at least 10 against only 5" in pair.reasons


def test_it_pairs_a_denial_with_the_claim_it_names() -> None:
    text = (
        "Olsen said Woods is serving a secret suspension. "
        "Ty Votaw denied any of the claims brought forth by Olsen. "
        "“There is no truth whatsoever to these claims,” Votaw said."
    )
    claim = said(text, "Olsen", "Woods is serving a secret suspension", id="claim")
    denial = said(text, "Votaw said", "There is no truth whatsoever to these claims", id="denial")
    denial = replace(denial, speaker="Votaw", speaker_end=denial.speaker_start + 6)
    [pair] = pairs_in(text, claim, denial)
    assert pair.reasons[0].startswith("answers Olsen's claim")


def test_it_pairs_opposed_terms_across_sentences() -> None:
    text = (
        "The army said rebels captured the town of Damboa on Sunday. "
        "Residents said soldiers repelled the attack on Damboa within hours."
    )
    [pair] = pairs_in(
        text,
        said(text, "The army", "rebels captured the town of Damboa on Sunday", id="a"),
        said(text, "Residents", "soldiers repelled the attack on Damboa within hours", id="b"),
    )
    assert "opposed terms: captured ↔ repelled" in pair.reasons


def test_it_never_pairs_statements_of_one_party() -> None:
    text = KURSK.replace("Ukraine maintains", "Moscow maintains")
    ru = said(text, "Russia", "Kursk is now under full control", id="a")
    moscow = said(text, "Moscow", "its troops still hold a thin line of territory across the border", id="b")
    assert pairs_in(text, ru, moscow) == []


def test_it_never_pairs_without_a_shared_matter() -> None:
    text = (
        "The ministry said the harvest was the largest on record. "
        "The union said the strike at the port was not over and the claims were false."
    )
    assert (
        pairs_in(
            text,
            said(text, "The ministry", "the harvest was the largest on record", id="a"),
            said(text, "The union", "the strike at the port was not over and the claims were false", id="b"),
        )
        == []
    )


def test_commentators_take_no_side() -> None:
    text = "Though Kyiv hoped to use Kursk as leverage, analysts say the incursion did not shift the war in Kursk."
    assert (
        pairs_in(
            text,
            said(text, "Kyiv", "to use Kursk as leverage", id="a"),
            said(text, "analysts", "the incursion did not shift the war in Kursk", id="b"),
        )
        == []
    )


def test_a_statement_repeated_word_for_word_pairs_once() -> None:
    text = KURSK + "\n" + KURSK
    second = len(KURSK) + 1
    ru, ua = kursk_statements()
    copies = [replace(s, id=s.id + "2", start=s.start + second, end=s.end + second) for s in (ru, ua)]
    copies = [replace(c, speaker_start=c.speaker_start + second, speaker_end=c.speaker_end + second) for c in copies]
    assert len(pairs_in(text, ru, ua, *copies)) == 1


def test_pairs_are_canonical_and_do_not_depend_on_input_order() -> None:
    ru, ua = kursk_statements()
    forwards = pairs_in(KURSK, ru, ua)
    backwards = pairs_in(KURSK, ua, ru)
    assert forwards == backwards
    assert [(p.a, p.b) for p in forwards] == [("ru", "ua")]


def test_it_pairs_across_documents() -> None:
    first = "Russia says Kursk is now under full control of its army."
    second = "Ukraine says its troops still hold territory in Kursk."
    docs = [document(first), document(second)]
    statements = [
        said(first, "Russia", "Kursk is now under full control of its army", id="ru"),
        said(second, "Ukraine", "its troops still hold territory in Kursk", id="ua", doc=1),
    ]
    [pair] = find_pairs(resolve_parties(statements, docs, DEFAULT_LEXICON), docs)
    assert (pair.a, pair.b) == ("ru", "ua")


def test_candidates_come_from_an_index_not_from_every_pair() -> None:
    # 3,000 statements that share one common word and nothing else: comparing
    # all pairs would give 4.5 million candidates; the index gives none.
    keys = [["said", f"topic{i}", f"place{i}"] for i in range(3000)]
    assert candidates(keys) == set()
    # A term shared by a few statements still makes them candidates.
    keys[0].append("kursk")
    keys[1].append("kursk")
    assert candidates(keys) == {(0, 1)}


def test_candidates_grow_linearly() -> None:
    rng = random.Random(7)
    for n in (500, 2000):
        keys = [[f"term{rng.randrange(n)}" for _ in range(5)] for _ in range(n)]
        assert len(candidates(keys)) <= n * MAX_POSTING


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(6)))
def test_no_pair_joins_one_party_in_any_order(order: list[int]) -> None:
    text = (
        "While Russia insists Kursk is now under full control, Ukraine maintains its troops still hold a thin line. "
        "Moscow said it had fully ousted Ukrainian forces from Kursk. "
        "Kyiv said it repelled 13 assaults in Kursk. "
        "The Kremlin said Kursk was liberated. "
        "Zelensky said his troops were still fighting in Kursk."
    )
    statements = [
        said(text, "Russia", "Kursk is now under full control", id="a"),
        said(text, "Ukraine", "its troops still hold a thin line", id="b"),
        said(text, "Moscow", "it had fully ousted Ukrainian forces from Kursk", id="c"),
        said(text, "Kyiv", "it repelled 13 assaults in Kursk", id="d"),
        said(text, "The Kremlin", "Kursk was liberated", id="e"),
        said(text, "Zelensky", "his troops were still fighting in Kursk", id="f"),
    ]
    shuffled = [statements[i] for i in order]
    docs = [document(text)]
    resolved = {s.id: s for s in resolve_parties(shuffled, docs, DEFAULT_LEXICON)}
    pairs = find_pairs(list(resolved.values()), docs)
    assert pairs == find_pairs(resolve_parties(statements, docs, DEFAULT_LEXICON), docs)
    for pair in pairs:
        assert resolved[pair.a].party != resolved[pair.b].party
        assert resolved[pair.a].start < resolved[pair.b].start


def test_a_question_claims_nothing() -> None:
    text = (
        "Hunter said at least 10 fighters were caught at the Texas border. "
        "Reporters asked whether only five fighters were caught at the Texas border."
    )
    claim = said(text, "Hunter", "at least 10 fighters were caught at the Texas border", id="a")
    question = said(text, "Reporters", "whether only five fighters were caught at the Texas border", id="b")
    statement = replace(question, content=question.content[8:], start=question.start + 8)
    assert len(pairs_in(text, claim, statement)) == 1  # the same words, asserted, would pair
    assert pairs_in(text, claim, question) == []
