"""Precision: cue words that, in their sentence, attribute nothing.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def cues(text: str) -> list[str | None]:
    return [s.cue for s in statements(text)]


def test_a_second_passive_in_a_coordination_is_no_cue():
    text = (
        "Officials in Ms. Merkel's government who made the usual statements of support for victims were mocked "
        "and criticized on social media."
    )
    assert "criticized" not in cues(text)


def test_maintaining_an_indefinite_noun_phrase_keeps_a_thing():
    assert cues("Though Clinton maintains a large pledged delegate lead over Sanders, a narrower victory hurts.") == []
    assert cues("Mrs. Schlafly maintained an energetic pace into advanced age.") == []


def test_maintaining_a_definite_noun_phrase_may_still_claim():
    text = "Ukraine maintains its troops still hold a thin line near the airport."
    assert triples(text) == [("Ukraine", "maintains", "its troops still hold a thin line near the airport")]


def test_agreeing_to_a_noun_phrase_is_an_act():
    assert cues("Mr. Netanyahu finally agreed to a 10-month moratorium, but the talks failed.") == []


def test_finding_or_declaring_oneself_is_no_claim():
    assert cues("He ran in 2001 for mayor as a Republican and declared himself an independent in 2007.") == []
    assert cues("De Blasio, however, has found himself in the same legal bind.") == []


def test_a_byline_reports_nothing():
    assert cues("Fahrenthold reported from Washington.") == []
    assert cues("Contributing: Nicole Gaudiano.") == []


def test_an_inverted_speaker_may_carry_a_relative_clause():
    text = (
        "“It’s going to be challenging to do it in a quick turnaround,” said a longtime GOP data expert who has "
        "worked for one of Trump's 2016 rivals."
    )
    assert triples(text) == [
        ("a longtime GOP data expert", "said", "It’s going to be challenging to do it in a quick turnaround")
    ]


def test_the_claim_follows_an_aside_after_the_cue():
    text = "Mr. Comey described, in fairly blistering terms, a set of email practices that left Mrs. Clinton exposed."
    assert triples(text) == [("Mr. Comey", "described", "a set of email practices that left Mrs. Clinton exposed")]


def test_a_cue_whose_object_is_the_noun_before_it_claims_nothing():
    assert cues("Trump referred to finger-shaped bruises that Fields showed to the police.") == ["referred to"]
    text = "It was as undermining as anything the Vermont senator said on stage to justify his own position."
    assert cues(text) == []


def test_an_infinitive_after_a_moved_object_is_still_the_claim():
    text = "That is pretty much what Mr. Trump has threatened to do."
    assert triples(text) == [("Mr. Trump", "threatened", "to do")]


def test_a_noun_after_its_adjective_is_no_cue():
    assert cues("For networks that own their old shows, the financial allure of a remake is even greater.") == []


def test_nobody_claims_nothing():
    assert cues("Nobody asked about the Republicans' refugee rhetoric.") == []


def test_a_cue_after_its_object_pronoun_claims_nothing():
    assert cues("Jamieson noted that not everything Trump says is true.") == ["noted"]


def test_a_section_heading_is_no_claim():
    assert cues("Rubio: Finish second.") == []
    assert cues("Twitter: @Milbank.") == []


def test_a_headline_claim_is_kept():
    assert triples("Clinton: I support D.C. statehood.") != []


def test_a_list_of_names_after_a_label_is_no_claim():
    assert cues("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris.") == []


def test_a_digest_citing_a_story_by_its_reporter_is_no_claim():
    text = (
        "“Matthew Morrison is leaving ‘Neverland,’” by Times' Michael Paulson: “Matthew Morrison, the star of "
        "'Finding Neverland,' is leaving the Broadway musical next month.”"
    )
    assert ":" not in cues(text)


def test_an_indefinite_thing_found_or_endorsed_is_no_claim():
    assert cues("In New Hampshire, Sanders found a receptive audience for his populist message.") == []
    assert cues("The CTU has not endorsed a candidate.") == []


def test_a_quantity_endorsed_is_still_a_claim():
    text = "Sanders has endorsed a handful of other congressional candidates this year."
    assert cues(text) == ["endorsed"]


def test_a_finding_with_a_clause_is_kept():
    text = "Google found that structured interviews were helpful."
    assert triples(text) == [("Google", "found", "structured interviews were helpful")]


def test_calling_off_is_no_claim():
    assert cues("Several Mexican businesses have called off projects with him because of his comments.") == []


def test_a_share_found_opens_a_claim():
    text = "The authors found an astonishing 73 percent ''maintained subsidiaries in offshore tax havens.''"
    assert cues(text)[:1] == ["found"]


def test_cue_words_alone_do_not_crash():
    assert isinstance(cues("said Putin said said , said"), list)
