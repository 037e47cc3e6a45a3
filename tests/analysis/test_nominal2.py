"""Owned nouns of stance: "his suggestion that ...", "his decision not to ...", "his attacks on ...".

The holder is named by a possessive; the claim is the noun's complement. Sentences in the style of
PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_that_clause_after_an_owned_noun_is_the_claim():
    text = (
        "Several Republicans distanced themselves from his suggestion that a federal judge can’t be impartial "
        "because of his heritage."
    )
    assert ("his", "suggestion", "that a federal judge can’t be impartial because of his heritage") in triples(text)


def test_an_infinitive_after_an_owned_noun_is_the_claim():
    text = "Turnout fell after his decision not to participate in the final debate before the caucuses."
    assert triples(text) == [("his", "decision", "not to participate in the final debate before the caucuses")]


def test_a_named_owner_loses_its_possessive_and_keeps_its_title():
    text = "The base stayed open despite Mr. Obama's original pledge to remove all troops from Afghanistan."
    assert triples(text) == [("Mr. Obama", "pledge", "to remove all troops from Afghanistan")]


def test_a_preposition_after_the_noun_belongs_to_the_cue():
    text = "Republicans have rallied behind Trump despite his attacks on Mr. Clinton."
    assert triples(text) == [("his", "attacks on", "Mr. Clinton")]


def test_a_plural_owner_with_a_bare_apostrophe():
    text = "The appeal turned on the judges’ statement that their ruling must be binding."
    assert triples(text) == [("the judges", "statement", "that their ruling must be binding")]


def test_the_complement_of_a_subject_ends_at_the_sentence_verb():
    text = (
        "Sanders's claim that he still has a way to win the nomination would depend on him winning a huge "
        "share of superdelegates."
    )
    assert triples(text) == [("Sanders", "claim", "that he still has a way to win the nomination")]
    text = "Her promise to increase federal investment in infrastructure would create a million jobs."
    assert triples(text) == [("Her", "promise", "to increase federal investment in infrastructure")]


def test_the_complement_of_a_noun_phrase_ends_at_a_verb_with_its_object():
    text = "George W. Bush’s full-throated endorsement of ethanol helped him win the caucus."
    assert triples(text) == [("George W. Bush", "endorsement of", "ethanol")]


def test_a_claim_in_an_opening_phrase_ends_where_the_main_clause_starts():
    text = (
        "Despite Mr. Trump's assertion that his net worth exceeds $10 billion, all of the wealth research firms "
        "put him far lower."
    )
    assert ("Mr. Trump", "assertion", "that his net worth exceeds $10 billion") in triples(text)


def test_a_dash_hands_the_claim_back_to_the_writer():
    text = "That was an expansion of Trump's by-now-familiar claims that Clinton is unqualified - and one that hurt."
    assert triples(text) == [("Trump", "claims", "that Clinton is unqualified")]


def test_a_noun_of_saying_with_of_keeps_the_whole_phrase():
    text = "Despite the visit and Moscow’s claims of control, the governor stayed home."
    assert triples(text) == [("Moscow", "claims", "Moscow’s claims of control")]


def test_remarks_on_a_day_are_no_topic():
    assert triples("Both women framed their remarks on Monday around the economy.") == []


def test_a_noun_after_a_noun_is_the_verb_of_its_subject():
    # "campaign plans to": the campaign plans, it owns no plan.
    assert triples("Trump’s campaign plans to hold three rallies in Ohio.") == [
        ("Trump’s campaign", "plans", "to hold three rallies in Ohio")
    ]


def test_a_contraction_is_no_owner():
    assert triples("There’s hope that the talks will resume next week.") == []


def test_stances_measured_out_stay_out():
    # "support for", "plan to" and "stance on" were measured and left out: annotators mark them as often as not.
    assert triples("Mr. Trump's support for the group is unprecedented.") == []
    assert triples("California's stance on the minimum wage is unusual.") == []
    assert triples("California's plan to raise its minimum wage would put the state in uncharted territory.") == []


# --- Passives with an agent: "opposed by House Republicans", "first reported by BuzzFeed" ---


def test_a_reduced_passive_names_its_agent_as_speaker_and_its_noun_as_claim():
    text = "The immigration bill, opposed by House Republicans, never became law."
    assert triples(text) == [("House Republicans", "opposed", "The immigration bill")]


def test_a_passive_after_its_auxiliary_takes_the_clause_subject():
    text = "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed."
    assert triples(text) == [("BuzzFeed", "reported", "Tinder's ban of Ms. Gedrich")]
    text = "Both incidents were claimed by the so-called Islamic State, sparking anger."
    assert triples(text)[-1] == ("the so-called Islamic State", "claimed", "Both incidents")


def test_a_participle_right_after_its_noun():
    text = "China urged countries to back the ruling, a call echoed by Japan on Saturday."
    assert ("Japan", "echoed", "a call") in triples(text)


def test_a_means_or_a_time_after_by_is_no_agent():
    assert triples("The plan was described by 2030 as complete.") == []
    assert triples("The deal was rejected by walking away from the table.") == []


def test_a_noun_of_stance_in_a_venue_does_not_take_the_claims_that():
    # "said at a campaign rally that ...", "said in its decision that ...": the "that" clause is the verb's.
    assert triples("Trump said at a campaign rally that the election was rigged.") == [
        ("Trump", "said", "the election was rigged")
    ]
    assert triples("The court said in its decision that the law was void.") == [
        ("The court", "said", "the law was void")
    ]


def test_a_possessive_owner_stands_for_the_last_named_speaker():
    text = (
        "Senator John Smith said the vote was fair. "
        "Republicans distanced themselves from his suggestion that a federal judge cannot be impartial."
    )
    owned = next(s for s in statements(text) if s.cue == "suggestion")
    assert (owned.speaker, owned.refers_to) == ("his", "Senator John Smith")
