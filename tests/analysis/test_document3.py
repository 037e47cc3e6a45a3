"""Feelings and stances after a linking verb, and quotations across paragraphs.

Sentences from PolNeAR's training split (some shortened).
"""

from __future__ import annotations

from claims.analysis.clean import prepare
from claims.analysis.records import Document
from tests.analysis.extracting import statements, triples


def test_a_stance_toward_its_prepositions_object_is_held():
    text = "On top of that, much of the national security establishment is hostile to Donald Trump."
    assert triples(text) == [("the national security establishment", "hostile to", "Donald Trump")]
    text = "Throughout the debate, Trump was clearly unhappy with the way he was treated by his fellow Republicans."
    assert triples(text) == [("Trump", "unhappy with", "the way he was treated by his fellow Republicans")]
    text = "Republican senators are split on whether they'd vote for Garland during a lame-duck session."
    assert triples(text) == [
        ("Republican senators", "split on", "whether they'd vote for Garland during a lame-duck session")
    ]
    # A contracted subject may open the sentence.
    assert triples("He’s also supportive of the state’s testing program.") == [
        ("He", "supportive of", "the state’s testing program")
    ]
    assert triples("They’re not enamored of the NRA.") == [("They", "enamored of", "the NRA")]
    # The preposition belongs to the cue, so an opening phrase is not taken for the claim.
    text = "Beyond Washington, other Republicans were also not satisfied with Mr. Trump's response."
    assert triples(text) == [("other Republicans", "satisfied with", "Mr. Trump's response")]


def test_a_mood_toward_nothing_named_is_no_stance():
    assert statements("The race is wide open.") == []
    assert statements("Voters are angry, and the mood at the rally was tense.") == []
    assert statements("An angry crowd gathered outside the arena on Tuesday.") == []
    # "critical for" is importance, not criticism; the clause after it is still read on its own.
    text = "Such tools could be especially critical for Trump as he seeks to increase turnout among new GOP voters."
    assert triples(text) == [("he", "seeks", "to increase turnout among new GOP voters")]


def test_a_stance_does_not_report_the_clause_after_it():
    text = "They are hungry for change - and they see Trump as most likely to deliver it."
    assert triples(text) == [("They", "hungry for", "change"), ("they", "see", "Trump as most likely to deliver it")]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation():
    text = (
        "When Trump announced his candidacy in June 2015, he infamously referred to Mexican immigrants as “criminals” "
        "and “rapists“ while calling to erect a border wall. A month later, he visited the border. “There’s great "
        "danger with the illegals,” Trump told reporters, before insisting he had a “great relationship” with Latinos."
    )
    found = triples(text)
    assert (
        "he",
        "referred to",
        "Mexican immigrants as “criminals” and “rapists“ while calling to erect a border wall",
    ) in found
    assert ("Trump", "told", "There’s great danger with the illegals") in found
    assert ("Trump", "insisting", "he had a “great relationship” with Latinos") in found
    # Closed so, the quotation no longer hides the attribution after it; the mark after the bracket opened it.
    text = "The sign read (“No way“ in red) and the crowd cheered, organizers said."
    assert [s.cue for s in statements(text)] == ["said"]


def test_calling_something_a_name_in_the_present_is_a_stance():
    assert triples("Others call it the nerd prom.") == [("Others", "call", "it the nerd prom")]
    text = "And 64 percent call him competent, after 55 percent said so in December."
    assert ("64 percent", "call", "him competent") in triples(text)
    text = (
        "A week later, Sanders supporters are planning protests against what they call the ''fraudulent'' "
        "nomination of Hillary Clinton."
    )
    assert ("they", "call", "the ''fraudulent'' nomination of Hillary Clinton") in triples(text)
    # A call as a noun is no cue.
    assert statements("He took a call from Obama on Tuesday.") == []
    assert statements("The call came late on Friday.") == []


def test_a_continued_quotation_drops_an_opening_mark_typed_for_its_closing_one():
    text = (
        '“The current risk pool is out of balance," the group wrote. "A course correction is needed now or this '
        "unsustainable trend will only get worse in the future.“"
    )
    assert [s.content for s in statements(text)] == [
        "The current risk pool is out of balance",
        "A course correction is needed now or this unsustainable trend will only get worse in the future.",
    ]


def test_a_state_of_mind_through_seem_to_be_or_after_well_and_long():
    text = "Aides and outside advisers to Clinton are well aware of these problems."
    assert triples(text) == [("Aides and outside advisers to Clinton", "aware", "these problems")]
    text = "Clinton’s allies have long been concerned that the main super PAC will not match the fundraising."
    assert triples(text) == [("Clinton’s allies", "concerned", "the main super PAC will not match the fundraising")]
    text = "Yet Democrats did not seem to be worried about division within the party."
    assert triples(text) == [("Democrats", "worried", "division within the party")]
    # The first person's own copula.
    text = "I am fully aware that many of you have concerns about me."
    assert triples(text) == [("I", "aware", "many of you have concerns about me")]
    # A negated copula in one word.
    assert triples("They aren't sure they've cracked the case.") == [("They", "sure", "they've cracked the case")]
    text = "Most senators aren’t interested in getting rid of supermajority rules on legislation."
    assert triples(text) == [("Most senators", "interested in", "getting rid of supermajority rules on legislation")]


def test_a_stance_in_a_relative_clause_is_held_by_the_relative():
    text = "“I think he will do it,” said Kunin, who has been critical of Sanders."
    assert ("who", "critical of", "Sanders") in triples(text)
    found = [s for s in statements(text) if s.cue == "critical of"]
    assert found[0].refers_to == "Kunin"
    text = "The call is being paid for by Our Principles PAC, a group that is devoted to defeating Trump."
    assert ("that", "devoted to", "defeating Trump") in triples(text)
    # A state of mind without its preposition is still no holder's in a relative: "who were eager to endorse".
    assert statements("Voters who were eager to endorse Mr. Trump lined up early.") == []


def test_gladness_holds_the_clause_after_it():
    text = "In the meantime, I am glad Republicans are frustrated. I am glad we are demanding a major change."
    assert triples(text) == [
        ("I", "glad", "Republicans are frustrated"),
        ("I", "glad", "we are demanding a major change"),
    ]
    assert statements("I am glad to be here tonight.") == []


def test_a_stray_link_in_plain_text_keeps_its_paragraphs_apart():
    text = (
        "“One I would describe as a casual country club-like hate,” Sexton said. “Trump events are outlets for "
        "people to come out and engage in hatred — and they kind of revel in it.\n\n"
        "Sexton, after previous Trump rallies, wrote that he wouldn’t be surprised if someone dies at a Trump event."
        "\n\n[<a href=”https://storify.com/case_face/a-trump-rally”>A Trump Rally in Greensboro</a>.]\n"
    )
    prepared = prepare(Document(raw=text, path="t.txt"))
    assert prepared.text == text and prepared.html == ""
    # The quotation left open does not run on into the next paragraph.
    assert ("Sexton", "wrote", "he wouldn’t be surprised if someone dies at a Trump event") in triples(text)
    # Markup with block tags is still HTML.
    assert prepare(Document(raw="<p>Kyiv says no.</p>\n\n<p>Moscow says yes.</p>")).html


def test_a_feeling_holds_a_that_clause():
    text = "Progressives have been especially upset that Wasserman Schultz was undermining new rules on payday lending."
    assert triples(text) == [("Progressives", "upset", "Wasserman Schultz was undermining new rules on payday lending")]
    assert statements("It was so upsetting that nobody came.") == []


def test_a_second_state_of_mind_shares_the_first_ones_linking_verb():
    text = (
        "Some top Democrats are confident in the Clinton operation - and openly skeptical about Sanders's ability to "
        "translate the energy of his large crowds into votes."
    )
    assert triples(text) == [
        ("Some top Democrats", "confident", "the Clinton operation"),
        ("Some top Democrats", "skeptical", "Sanders's ability to translate the energy of his large crowds into votes"),
    ]
    # Without a state of mind before it, a comma links nothing.
    assert statements("After the debate, skeptical about the polls, the crowd went home.") == []
