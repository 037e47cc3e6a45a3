"""The cue lexicon's long tail: verbs kept because they found clearly more attributions than false ones.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


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


def test_praise_given_out_loud():
    text = (
        "The Treasury secretary also lauded Mr. Kim, whose term ends next June, for spearheading the bank's "
        "response to the Ebola epidemic."
    )
    assert triples(text)[0][:2] == ("The Treasury secretary", "lauded")
    # Shortened: the corpus has "Weber, who advises Kasich, is no fan ...", whose relative clause takes the speaker.
    # "is no fan of" is a stance of its own (see test_nominal5.py).
    assert triples("Weber is no fan of Trump but lauded his choice of Manafort all the same.") == [
        ("Weber", "is no fan of", "Trump"),
        ("Weber", "lauded", "his choice of Manafort all the same"),
    ]


def test_a_verdict_or_a_contradiction_stated():
    text = (
        "He pronounced his support for free-trade agreements, higher taxes on Wall Street and efforts to drive "
        "down college tuition."
    )
    assert triples(text) == [
        (
            "He",
            "pronounced",
            "his support for free-trade agreements, higher taxes on Wall Street and efforts to drive down college "
            "tuition",
        )
    ]
    text = (
        "After Hewitt suggested that Trump simply meant that Obama’s policies created the conditions in which ISIS "
        "could emerge, Trump contradicted him."
    )
    assert triples(text)[1] == ("Trump", "contradicted", "him")


def test_a_chanted_slogan_is_the_crowds():
    text = (
        "Andrean High School fans also chanted, “Build a wall,” referring to the Republican presidential "
        "candidate’s vow to construct a wall along the U.S. border."
    )
    assert triples(text)[0][:2] == ("Andrean High School fans", "chanted")
    assert "Build a wall" in triples(text)[0][2]


def test_aims_to_is_an_intention():
    assert triples("Clinton aims to build on President Obama's Affordable Care Act.") == [
        ("Clinton", "aims", "to build on President Obama's Affordable Care Act")
    ]


def test_alluded_to_and_balked_at():
    text = (
        "“Man, you are working it hard,” Crowley told Becerra, alluding to the House Democratic chair’s rumored "
        "vice presidential ambitions."
    )
    assert triples(text)[1] == (
        "Crowley",
        "alluding to",
        "the House Democratic chair’s rumored vice presidential ambitions",
    )
    text = (
        "The plan was ultimately approved last year, but city officials have since balked at the owner's proposal "
        "to build a 120-room hotel on the site."
    )
    assert triples(text) == [
        ("city officials", "balked at", "the owner's proposal to build a 120-room hotel on the site")
    ]
