"""The cue lexicon's long tail: verbs kept because they found clearly more attributions than false ones.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract(prepare(Document(raw=text, path="t.txt")), 0)]


def test_verbs_of_voicing_report_what_was_bemoaned_pleaded_or_yelled():
    text = (
        "Rubio also bemoaned the current political climate in which people “literally hate each other” "
        "because they differ politically."
    )
    assert triples(text) == [
        (
            "Rubio",
            "bemoaned",
            "the current political climate in which people “literally hate each other” because they differ politically",
        )
    ]
    text = (
        "In a direct appeal to voters inclined to support Mr. Trump, Mr. Khan pleaded with them to reject his "
        "brand of politics."
    )
    assert triples(text) == [("Mr. Khan", "pleaded", "them to reject his brand of politics")]
    text = (
        "At a Trump rally in Birmingham, Alabama, on Saturday, some of his supporters kicked and punched a Black "
        "Lives Matter protester, with Trump reportedly yelling: “Get him the hell out of here!”"
    )
    assert triples(text) == [("Trump", "yelling", "Get him the hell out of here!")]


def test_verbs_of_judging_in_words_report_the_judgement():
    assert triples("He portrayed undocumented immigrants as criminals with victims.") == [
        ("He", "portrayed", "undocumented immigrants as criminals with victims")
    ]
    assert triples("Muslim advocates hailed Qureshi’s nomination.") == [
        ("Muslim advocates", "hailed", "Qureshi’s nomination")
    ]
    text = (
        "Cruz, with unconcealed delight, chided Trump for raising questions about whether he met the "
        'Constitution\'s "natural born" standard for president.'
    )
    assert triples(text)[0][:2] == ("Cruz", "chided")


def test_verbs_of_setting_out_a_plan_or_a_prediction():
    text = (
        "And most Democratic members of The POLITICO Caucus don’t foresee a Clinton comeback that can overtake "
        "the Vermont senator in New Hampshire."
    )
    assert triples(text) == [
        (
            "most Democratic members of The POLITICO Caucus",
            "foresee",
            "a Clinton comeback that can overtake the Vermont senator in New Hampshire",
        )
    ]
    assert triples("Sanders is outlining a litany of policy proposals on jobs, education and criminal justice.") == [
        ("Sanders", "outlining", "a litany of policy proposals on jobs, education and criminal justice")
    ]


def test_railed_against_is_a_denunciation():
    text = "White House officials railed against Republicans for refusing to give the president a fair hearing."
    assert triples(text) == [
        ("White House officials", "railed against", "Republicans for refusing to give the president a fair hearing")
    ]
