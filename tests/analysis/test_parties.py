"""Stage 4 on real sentences: who speaks for which side."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claims.analysis import DEFAULT_LEXICON, PartyEntry, Prepared, Span, Statement
from claims.analysis.parties import _described_heads, _whole_word, resolve_parties


def document(text: str) -> Prepared:
    return Prepared(path="article.txt", text=text, html="", regions=(Span(0, len(text)),))


def said(text: str, speaker: str, content: str, *, id: str = "s", doc: int = 0, **fields) -> Statement:
    """A statement whose speaker and content are located in ``text`` (the first mention of each)."""
    start = text.index(content)
    speaker_start = text.index(speaker)
    return Statement(
        id=id,
        doc=doc,
        speaker=speaker,
        party=None,
        speaker_start=speaker_start,
        speaker_end=speaker_start + len(speaker),
        cue=None,
        cue_start=None,
        cue_end=None,
        content=content,
        start=start,
        end=start + len(content),
        kind="indirect",
        **fields,
    )


def party_of(text: str, speaker: str, content: str, lexicon=DEFAULT_LEXICON, **fields) -> str | None:
    [resolved] = resolve_parties([said(text, speaker, content, **fields)], [document(text)], lexicon)
    return resolved.party


def test_it_resolves_a_demonym() -> None:
    text = "According to Russian defence ministry statements, air defences destroyed 159 drones overnight."
    assert party_of(text, "Russian defence ministry", "air defences destroyed 159 drones overnight") == "Russia"


def test_it_resolves_a_capital() -> None:
    text = "Kyiv said its forces had pushed back the assault near the frontier."
    assert party_of(text, "Kyiv", "its forces had pushed back the assault near the frontier") == "Ukraine"


def test_it_resolves_a_possessive() -> None:
    text = "Ukraine’s Army general staff said it repelled 13 Russian assaults in the area."
    assert party_of(text, "Ukraine’s Army general staff", "it repelled 13 Russian assaults in the area") == "Ukraine"


def test_it_resolves_a_seat_of_government_before_a_name() -> None:
    text = "Kremlin aide Yury Ushakov said Putin was open to a ceasefire."
    assert party_of(text, "Kremlin aide Yury Ushakov", "Putin was open to a ceasefire") == "Russia"


def test_it_uses_the_lexicon_it_is_given() -> None:
    text = "Acme Corp said the recall covered every model."
    lexicon = (PartyEntry("Acme", ("Acme Corp",)),)
    assert party_of(text, "Acme Corp", "the recall covered every model", lexicon=lexicon) == "Acme"


def test_it_does_not_read_a_side_into_a_compound() -> None:
    text = "The London-based advocacy group said the trial was unfair."
    assert party_of(text, "The London-based advocacy group", "the trial was unfair") != "United Kingdom"


def test_an_unknown_speaker_is_a_party_of_its_own() -> None:
    text = "Analysts say the incursion did not shift the war. Tiger Woods said he was taking a break."
    assert party_of(text, "Analysts", "the incursion did not shift the war") == "analysts"
    assert party_of(text, "Tiger Woods", "he was taking a break") == "Tiger Woods"


def test_a_title_is_stripped_and_a_surname_finds_the_full_name() -> None:
    text = "Senator Jane Doe said the bill was dead. Later, Doe said talks would resume."
    statements = [
        said(text, "Senator Jane Doe", "the bill was dead", id="a"),
        said(text, "Doe said talks", "talks would resume", id="b"),
    ]
    statements[1] = Statement(**{**statements[1].__dict__, "speaker": "Doe", "speaker_end": text.index("Doe s") + 3})
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["Jane Doe", "Jane Doe"]


def test_a_spokesman_speaks_for_whom_he_is_introduced_with() -> None:
    text = (
        "Bernadette Meehan, a spokeswoman for the National Security Council, spoke on Friday. "
        "Meehan said no evidence corroborates the claim."
    )
    content = "no evidence corroborates the claim"
    start = text.index("Meehan said")
    statement = said(text, "Meehan", content)
    statement = Statement(**{**statement.__dict__, "speaker_start": start, "speaker_end": start + 6})
    [resolved] = resolve_parties([statement], [document(text)], DEFAULT_LEXICON)
    assert resolved.party == "United States"


def test_he_after_a_sentence_opened_by_a_name_is_that_person() -> None:
    text = "Salman was convicted on the charges, according to the prosecutor. He denied the charges in January."
    statements = [
        said(text, "the prosecutor", "Salman was convicted on the charges", id="a"),
        said(text, "He", "the charges in January", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["prosecutor", "Salman"]


def test_his_after_a_sentence_opened_by_a_name_is_that_person() -> None:
    text = "Salman was convicted on the charges, according to the prosecutor. His denial of the charges came later."
    statements = [
        said(text, "the prosecutor", "Salman was convicted on the charges", id="a"),
        said(text, "His", "of the charges", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["prosecutor", "Salman"]


def test_a_resolved_pronoun_uses_refers_to() -> None:
    text = "It said the strike hit only military targets."
    assert party_of(text, "It", "the strike hit only military targets", refers_to="the Pentagon") == "United States"


def test_the_relay_never_becomes_the_party() -> None:
    text = "According to Russian defence ministry statements cited by news agency AP, 159 drones were downed."
    content = "159 drones were downed"
    assert party_of(text, "Russian defence ministry", content, relay="AP") == "Russia"
    assert party_of(text, "Russian defence ministry", content, relay="AP") != "AP"


def test_a_name_is_found_before_its_description_or_a_trailing_verb() -> None:
    text = "Dan Olsen, a former PGA golfer, said Woods was suspended. Olsen continued: “His back is not hurt.”"
    statements = [
        said(text, "Dan Olsen, a former PGA golfer", "Woods was suspended", id="a"),
        said(text, "Olsen continued", "His back is not hurt.", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["Dan Olsen", "Dan Olsen"]


def test_a_day_is_never_the_speaker() -> None:
    text = "The Department of Homeland Security on Wednesday denied Hunter's claim."
    assert party_of(text, "Wednesday", "Hunter's claim") == "United States"


def test_its_before_a_name_is_no_owner() -> None:
    # "It’s" is "it is": reading it as a possessive made a party called "It" for every Obama quote.
    text = "It’s President Obama who decides now. Obama said the deal would hold."
    start = text.index("Obama said")
    statement = said(text, "Obama", "the deal would hold")
    statement = Statement(**{**statement.__dict__, "speaker_start": start, "speaker_end": start + 5})
    [resolved] = resolve_parties([statement], [document(text)], DEFAULT_LEXICON)
    assert resolved.party == "Obama"


def test_her_campaign_speaks_for_whom_her_stands_for() -> None:
    text = "Hillary Clinton spoke in Ohio on Monday. Her campaign said the race was tightening."
    assert party_of(text, "Her campaign", "the race was tightening") == "Hillary Clinton"


def test_her_critics_do_not_speak_for_her() -> None:
    text = "Hillary Clinton spoke in Ohio on Monday. Her critics said the speech was empty."
    assert party_of(text, "Her critics", "the speech was empty") not in {"Hillary Clinton", "Her"}


def test_a_pronoun_with_no_one_before_it_has_no_party() -> None:
    # A party called "he" would mean nothing to a reader; the editor gives the party instead.
    text = "He said the vote had been rigged from the start."
    assert party_of(text, "He", "the vote had been rigged from the start") is None


def test_a_rank_before_a_title_is_not_a_body() -> None:
    # "Vice" was the party of every Biden quote; "Defense" of Ash Carter's; "State" of John Kerry's.
    assert (
        party_of(
            "Vice President Joe Biden said the bill would pass.", "Vice President Joe Biden", "the bill would pass"
        )
        == "Joe Biden"
    )
    text = "Defense Secretary Ash Carter said the strikes would go on."
    assert party_of(text, "Defense Secretary Ash Carter", "the strikes would go on") == "Ash Carter"
    text = "Secretary of State John Kerry said talks would resume."
    assert party_of(text, "Secretary of State John Kerry", "talks would resume") == "John Kerry"


def test_a_body_named_with_of_keeps_its_name() -> None:
    text = "The Bureau of Labor Statistics said wages rose in March."
    assert party_of(text, "The Bureau of Labor Statistics", "wages rose in March") == "Labor Statistics"


def test_a_quantifier_opening_a_sentence_is_no_name() -> None:
    text = "Some observers said the race was over."
    assert party_of(text, "Some observers", "the race was over") == "some observers"


def test_an_unresolved_who_stands_for_the_name_before_it() -> None:
    text = (
        "Bernie Sanders said the system was rigged. On Saturday the crowd cheered Sanders, who said he would fight on."
    )
    statements = [
        said(text, "Bernie Sanders", "the system was rigged", id="a"),
        said(text, "who", "he would fight on", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["Bernie Sanders", "Bernie Sanders"]


def test_a_plain_noun_phrase_opening_a_sentence_names_no_one() -> None:
    # "Party" and "Black" were parties of their own; the article writes both words in lowercase elsewhere.
    text = "The party met on Monday. Party leaders said the vote would be close. Many black voters stayed home."
    assert party_of(text, "Party leaders", "the vote would be close") == "party leaders"


def test_a_group_lends_its_first_word_to_no_one() -> None:
    text = "Black voters said the race mattered. Later, Charlie Black said the campaign was over. Few black men voted."
    statements = [
        said(text, "Black voters", "the race mattered", id="a"),
        said(text, "Charlie Black", "the campaign was over", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["black voters", "Charlie Black"]


def test_a_particle_inside_a_name_keeps_the_whole_name() -> None:
    text = "Mohammed al-Sayed, a spokesperson for the society, said the verdict was political."
    assert party_of(text, "Mohammed al-Sayed", "the verdict was political") == "Mohammed al-Sayed"
    text = "Ursula von der Leyen said the talks would resume."
    assert party_of(text, "Ursula von der Leyen", "the talks would resume") == "Ursula von der Leyen"


def test_a_body_named_by_its_field_keeps_the_field() -> None:
    text = "A former Health Ministry official said the case was weak."
    assert party_of(text, "A former Health Ministry official", "the case was weak") == "Health Ministry"


def test_two_bodies_that_share_a_last_word_stay_apart() -> None:
    # "Committee" is no surname: the Republican National Committee once spoke for the Democratic one.
    text = (
        "The Democratic National Committee said the debate was fair. The Republican National Committee said it was not."
    )
    statements = [
        said(text, "The Democratic National Committee", "the debate was fair", id="a"),
        said(text, "The Republican National Committee", "it was not", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["Democratic National Committee", "Republican National Committee"]


def test_a_time_is_never_a_party() -> None:
    # "A day after telling reporters ..." once made a party called "day" for every statement after it.
    text = "A day after telling reporters that his account was hacked, he hired a lawyer."
    assert party_of(text, "A day", "that his account was hacked") is None


def test_a_bare_masthead_is_the_one_named_before_it_in_the_article() -> None:
    text = "The New York Times reported the deal on Monday. The Times said the talks had stalled."
    statements = [
        said(text, "The New York Times", "the deal on Monday", id="a"),
        said(text, "The Times", "the talks had stalled", id="b"),
    ]
    statements[1] = Statement(**{**statements[1].__dict__, "speaker_start": text.index("The Times")})
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["New York Times", "New York Times"]


def test_a_masthead_is_not_another_sharing_its_last_word() -> None:
    text = "The New York Times reported the deal on Monday. The Los Angeles Times said the talks had stalled."
    statements = [
        said(text, "The New York Times", "the deal on Monday", id="a"),
        said(text, "The Los Angeles Times", "the talks had stalled", id="b"),
    ]
    parties = [s.party for s in resolve_parties(statements, [document(text)], DEFAULT_LEXICON)]
    assert parties == ["New York Times", "Los Angeles Times"]


# The faster finders in parties.py must find exactly what the plain regexes they replace find.
_PIECES = st.sampled_from(["official", "officials", " ", "  ", "a", "US", "senior", ".", "-", "’", ",", "x", "é", "\n"])
_TEXTS = st.lists(_PIECES, max_size=25).map("".join)


@given(text=_TEXTS, head=st.sampled_from(["official", "a", "x.", "-"]), cut=st.integers(0, 200))
def test_descriptions_are_found_as_the_regex_finds_them(text: str, head: str, cut: int) -> None:
    pattern = rf"((?:[\w’'.-]+ ){{1,5}}){re.escape(head)}\b"
    expected = [m.group(1) for m in re.finditer(pattern, text[:cut])]
    assert _described_heads(text, head, cut) == expected


@given(text=_TEXTS, word=st.sampled_from(["official", "a", "US", "x.", "-a"]))
def test_whole_words_are_found_as_the_regex_finds_them(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(_whole_word(text, word)) == expected
