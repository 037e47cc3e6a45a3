from types import SimpleNamespace

import pytest

from claims.provenance import Hop, agency_name, provenance_chain, statement_provenance


def test_it_chains_speaker_agency_and_outlet_in_that_order():
    chain = provenance_chain(
        speaker="Russian Defence Ministry", relay="AP", outlet="The Guardian", outlet_url="https://example.org/a"
    )

    assert chain == (
        Hop("speaker", "Russian Defence Ministry"),
        Hop("relay", "AP"),
        Hop("outlet", "The Guardian", "https://example.org/a"),
    )


def test_it_leaves_out_the_relay_when_the_text_names_none():
    chain = provenance_chain(speaker="Zelensky", relay=None, outlet="Kyiv Independent")

    assert [hop.role for hop in chain] == ["speaker", "outlet"]


def test_it_counts_an_agency_publishing_its_own_reporting_as_one_hop():
    chain = provenance_chain(speaker="Zelensky", relay="Reuters", outlet="Reuters")

    assert chain == (Hop("speaker", "Zelensky"), Hop("outlet", "Reuters"))


def test_it_recognises_an_agency_under_its_long_name_when_it_is_also_the_outlet():
    chain = provenance_chain(speaker="Zelensky", relay="the Associated Press", outlet="AP")

    assert [hop.role for hop in chain] == ["speaker", "outlet"]


@pytest.mark.parametrize(
    ("written", "known_as"),
    [
        ("the Associated Press", "AP"),
        ("Associated  Press", "AP"),
        ("Agence France-Presse", "AFP"),
        ("afp", "AFP"),
        ("Thomson Reuters", "Reuters"),
        ("CNN", "CNN"),
        ("TASS", "TASS"),
        ("The Kyiv Independent", "The Kyiv Independent"),
    ],
)
def test_it_names_agencies_the_way_readers_know_them(written, known_as):
    assert agency_name(written) == known_as


def test_it_shows_the_agency_as_named_in_the_text_when_it_is_not_a_known_one():
    chain = provenance_chain(speaker="Peskov", relay="RIA Novosti", outlet="BBC")

    assert chain[1] == Hop("relay", "RIA Novosti")


def test_it_leaves_out_a_blank_speaker_and_a_missing_outlet():
    assert provenance_chain(speaker="  ", relay="AFP", outlet=None) == (Hop("relay", "AFP"),)


def test_it_reads_a_stored_statement():
    statement = SimpleNamespace(
        speaker="Peskov",
        relay="Agence France-Presse",
        article=SimpleNamespace(url="https://example.org/a", outlet=SimpleNamespace(name="Le Monde")),
    )

    assert statement_provenance(statement) == (
        Hop("speaker", "Peskov"),
        Hop("relay", "AFP"),
        Hop("outlet", "Le Monde", "https://example.org/a"),
    )


def test_it_reads_a_stored_statement_without_relay_or_outlet():
    statement = SimpleNamespace(speaker="Peskov", relay="", article=SimpleNamespace(url="", outlet=None))

    assert statement_provenance(statement) == (Hop("speaker", "Peskov"),)
