"""Verbs of attitude, third pass: views and stances with a named holder that the earlier passes missed.

Sentences from PolNeAR's training split (some shortened).
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_as_someone_put_it_credits_the_wording():
    text = 'As The Post’s Dana Milbank puts it, "Senate Republicans are unmoved, and liberal activists are uninspired."'
    assert triples(text) == [
        ("The Post’s Dana Milbank", "puts it", "Senate Republicans are unmoved, and liberal activists are uninspired.")
    ]
    text = (
        "As Akhil Amar, professor of constitutional law at Yale, put it, ''Senate Republicans should remember "
        "that a compromise candidate today may be far better for them.''"
    )
    assert [(s.speaker, s.cue) for s in statements(text)] == [("Akhil Amar", "put it")]
    # Putting something somewhere is no wording.
    assert statements("He put it on the table, and the meeting ended.") == []
    assert statements("Trump has promised to put it in writing, aides said.")[0].cue == "said"


def test_a_conditional_liking_is_a_wish():
    text = "But tonight, I would like to do something other than reciting what is wrong with the other side."
    assert triples(text) == [
        ("I", "would like", "to do something other than reciting what is wrong with the other side")
    ]
    # A likeness and a taste are not wishes; and a "like" before a holder does not hide the holder.
    assert [s.cue for s in statements("Voters like Ms. Ortiz are tired of the race.")] == ["tired of"]
    text = "In places like South Carolina where black voters overwhelmingly support the president, she talks of him."
    assert ("black voters", "support", "the president") in triples(text)


def test_a_state_of_mind_after_a_linking_verb_is_held():
    assert triples("Freddy was eager to make his mark.") == [("Freddy", "eager", "to make his mark")]
    text = (
        "Her advisers are not convinced that what worked for him in the primaries will be successful with the "
        "broader electorate."
    )
    assert triples(text) == [
        (
            "Her advisers",
            "convinced",
            "what worked for him in the primaries will be successful with the broader electorate",
        )
    ]
    text = "But they remain hopeful that the two-year lapse will give the provision a chance to be refined."
    assert triples(text) == [("they", "hopeful", "the two-year lapse will give the provision a chance to be refined")]
    # What the state of mind is about ends with its noun phrase.
    text = "Some top Democrats are confident in the Clinton operation - and openly skeptical about his crowds."
    assert ("Some top Democrats", "confident", "the Clinton operation") in triples(text)
    text = "The union's president is worried about what Donald Trump is stirring up, because she thinks he can win."
    assert ("she", "thinks", "he can win") in triples(text)


def test_a_state_of_mind_needs_a_holder_and_a_linking_verb():
    assert statements("Mr. Sanders is almost certain to win a prime-time speaking slot.") == []  # a forecast
    assert statements("It is certain that the bill will pass the House.") == []
    assert statements("The law would let religious groups and certain others refrain from the ceremonies.") == []
    assert statements("The total number of messages determined to be classified is over 1,750.") == []
    # A relative that describes someone, as "who supports Clinton" does, is no claim of the article's.
    assert statements("He met the senators, who were eager to endorse Mr. Trump.") == []


def test_a_judgement_in_a_relative_clause_is_the_holders():
    assert triples("But Mr. Manafort is someone whom Mr. Trump views as something of a peer.") == [
        ("Mr. Trump", "views", "something of a peer")
    ]
    text = (
        "Disagreements broke out within the firm over the arrangement, which at least one former employee "
        "considered obviously illegal."
    )
    assert [(s.cue, s.content) for s in statements(text)] == [("considered", "obviously illegal")]
    # After a reporting verb, "that" opens the claim, not a relative clause; seeing is no judgement.
    assert [s.cue for s in statements("Aides said that they view the race as tight.")] == ["said"]
    assert statements("It is a film that many people saw twice last summer.") == []


def test_an_estimate_seen_is_the_holders_reading():
    text = "Investors see about a one-in-five chance that the Fed will return to zero within two years."
    assert triples(text) == [
        ("Investors", "see", "about a one-in-five chance that the Fed will return to zero within two years")
    ]
    assert statements("We will see about that.") == []


def test_a_second_view_after_a_comma_is_the_subjects_again():
    text = "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as a poisonous candidate."
    assert triples(text) == [
        ("He", "considers", "Mrs. Clinton untrustworthy"),
        ("He", "views", "Mr. Trump as a poisonous candidate"),
    ]
    # Without the comma the second verb may be the held clause's own, and a reported one stays in the claim.
    text = "He thinks she would vote for him and feels the race is close."
    assert [s.cue for s in statements(text)] == ["thinks"]
    text = "She said she supports a $12 wage nationally, but supports cities that go higher."
    assert [s.cue for s in statements(text)] == ["said"]
