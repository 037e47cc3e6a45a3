"""Verbs of attitude, second pass: shapes of holding a view that the first pass missed.

Sentences from PolNeAR's training split (some shortened).
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_view_held_of_the_noun_a_relative_clause_describes():
    text = (
        "Two liberal Hispanic groups rolled out radio ads tethering Mr. Cruz to Mr. Trump, a tactic Democrats "
        "hope will dampen Latino support for them in the general election."
    )
    assert ("Democrats", "hope", "will dampen Latino support for them in the general election") in triples(text)
    text = (
        "Canova capitalized on antipathy toward Wasserman Schultz, whom many progressives believed was "
        "unfairly tilting the primary toward Clinton."
    )
    assert triples(text) == [("many progressives", "believed", "was unfairly tilting the primary toward Clinton")]
    # "to be" after the verb is a passive participle's, not a held clause.
    assert statements("A developer known to be bullish on golf is Donald J. Trump.") == []


def test_a_second_predicate_has_the_main_clause_subject():
    text = (
        "Carole Bower, 75, a retiree in Carthage, Ill., supported Gov. John Kasich of Ohio in the Republican "
        "primary, but now plans to vote for Mr. Trump."
    )
    assert ("Carole Bower", "plans", "to vote for Mr. Trump") in triples(text)
    # The second verb of a relative clause is the relative's.
    text = (
        "Sanders is appealing to younger African Americans such as Borders, who are drawn to his message and "
        "feel that the crime policies of the 1990s have done long-term harm to their communities."
    )
    found = [s for s in statements(text) if s.cue == "feel"]
    assert [(s.speaker, s.refers_to) for s in found] == [("who", "Borders")]
    # Inside a reported claim, the second verb is part of that claim.
    text = "She said she supports a $12 wage nationally but supports cities that go higher."
    assert [s.cue for s in statements(text)] == ["said"]
    # A second infinitive is not a verb of its own.
    text = "Rep. Susan Brooks is planning to withdraw from her House race and seek the nomination."
    assert "seek" not in [s.cue for s in statements(text)]


def test_a_decision_made_is_the_deciders_stance():
    assert triples("On Monday, Teachout decided to bypass Faso himself and go after his donor.") == [
        ("Teachout", "decided", "to bypass Faso himself and go after his donor")
    ]
    # A clause after a semicolon has its own subject.
    text = (
        "The victory ushered in a thaw; he helped broker a truce to fighting in Gaza that fall and decided "
        "to make Israel the first foreign destination of his second term."
    )
    assert [(s.speaker, s.cue) for s in statements(text)] == [("he", "decided")]
    # No decision is made yet.
    assert statements("If politicians decide to order another mass roundup, the Census will serve up the names.") == []


def test_it_intends_when_it_is_a_body():
    text = "The Fed has said it will move gradually. It plans to raise rates more slowly than in past periods."
    assert ("It", "plans", "to raise rates more slowly than in past periods") in triples(text)
    # "it" with a verb of thinking is still the writer's dummy subject.
    assert statements("It feels strange to be back.") == []


def test_a_plural_head_before_the_phrases_that_place_it():
    text = "Yet many officials on and off the island believe meaningful debt relief is possible only in bankruptcy."
    assert triples(text) == [
        ("many officials on and off the island", "believe", "meaningful debt relief is possible only in bankruptcy")
    ]
    text = "Voters outside metro New York know Bloomberg as the gun control advocate."
    assert [(s.speaker, s.cue) for s in statements(text)] == [("Voters outside metro New York", "know")]
    # A singular head does not agree with the bare verb: "think" is no verb of this subject.
    assert statements("The head of the agency in Rome think pieces are overrated.") == []


def test_what_someone_sees_in_the_world_is_their_reading_of_it():
    text = "Despite Trump's continued strength, our experts see other candidates best positioned to gain."
    assert triples(text) == [("our experts", "see", "other candidates best positioned to gain")]
    assert triples("Ms. Veld sees parallels between the rise of the right in Europe and support for Trump.") == [
        ("Ms. Veld", "sees", "parallels between the rise of the right in Europe and support for Trump")
    ]
    # A sight to come, an idiom, a past sight: no reading of the world.
    assert statements("A typical voter would see the ad at least 10 times before the primary.") == []
    assert statements("Clinton and Sanders see eye to eye on trade.") == []
    assert statements("Ben Terris saw the incident from the press pen.") == []


def test_a_felt_state_is_held():
    assert triples("Immigrants feel discriminated against more often in Europe.") == [
        ("Immigrants", "feel", "discriminated against more often in Europe")
    ]
    text = "The platform could make his supporters feel like they’ve had a tangible influence on the party."
    assert ("his supporters", "feel", "like they’ve had a tangible influence on the party") in triples(text)
    # Only a participle or a likeness: a plain adjective is not taken for a state held.
    assert statements("Voters feel good about the economy.") == []


def test_a_relative_holds_a_judgement():
    text = (
        "Former Obama operatives, who see Clinton as the candidate most likely to carry on the president’s "
        "legacy, have been generally supportive of her bid."
    )
    found = [s for s in statements(text) if s.cue == "see"]
    assert [(s.speaker, s.content, s.refers_to) for s in found] == [
        ("who", "Clinton as the candidate most likely to carry on the president’s legacy", "Former Obama operatives")
    ]
    # Seeing without a judgement is a sight.
    text = "Reporter Ben Terris, who saw the incident, described it in print the next day."
    assert "saw" not in [s.cue for s in statements(text)]
