"""Recall of attitudes and plans: shapes of a verb of attitude and its complement that were missed.

Sentences in the style of PolNeAR's training split, paraphrased.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- "decided not to ...": a negated infinitive is an intention as the plain one is -------------------


def test_negated_infinitive_after_a_verb_of_intention_is_held():
    text = "Two years earlier, the governor had decided not to seek a third term."
    assert triples(text) == [("the governor", "decided", "not to seek a third term")]


def test_never_before_the_infinitive_is_held_too():
    text = "Most lobbyists prefer never to register with the department."
    assert triples(text) == [("Most lobbyists", "prefer", "never to register with the department")]


# --- "sees himself as ...": a reflexive object of a verb of judging -----------------------------------


def test_reflexive_object_of_a_verb_of_seeing_is_a_judgement():
    text = "France views itself as a champion of the fight against hunger."
    assert triples(text) == [("France", "views", "itself as a champion of the fight against hunger")]


def test_reflexive_object_in_a_relative_after_a_name():
    text = "Yet Warren, who sees herself as the voice of a new movement, has not endorsed anyone."
    assert ("who", "sees", "herself as the voice of a new movement") in triples(text)


# --- "pushed back on ...": a rebuttal of what follows the preposition -----------------------------------


def test_pushed_back_against_rebuts_its_object():
    text = "The mayor's office pushed back against the union's charges of favoritism."
    assert triples(text) == [("The mayor's office", "pushed back against", "the union's charges of favoritism")]


def test_pushed_back_on_after_an_auxiliary_and_adverb():
    text = "The chairman has firmly pushed back on those claims and kept working on the rules."
    assert triples(text) == [("The chairman", "pushed back on", "those claims")]


def test_an_infinitive_push_back_is_a_purpose_not_a_rebuttal():
    text = "The campaign hired a lawyer to push back against the charges."
    assert triples(text) == []


# --- "His behavior has angered the party's leaders": a feeling stirred, held by the object ---------------


def test_feeling_stirred_in_the_active_is_held_by_its_object():
    text = "His conduct has angered the party's senior figures."
    assert triples(text) == [("the party's senior figures", "angered", "His conduct")]


def test_a_long_stirring_noun_phrase_is_the_content():
    text = "The senator's blunt critique of the governor's record on jobs has startled some of the state's donors."
    assert triples(text) == [
        ("some of the state's donors", "startled", "The senator's blunt critique of the governor's record on jobs")
    ]


def test_a_feeling_stirred_by_an_act_after_by_is_left_to_that_act():
    text = "Ryan stunned Republicans by withholding his endorsement."
    assert all(cue != "stunned" for _, cue, _ in triples(text))


def test_the_participle_as_an_adjective_stirs_nothing():
    text = "The troubled company reported losses."
    assert all(cue != "troubled" for _, cue, _ in triples(text))


# --- "Women back him by 20 points": an object pronoun is what a verb of backing holds ------------------


def test_object_pronoun_after_a_verb_of_backing():
    text = "Older voters back him by almost 20 points."
    assert triples(text) == [("Older voters", "back", "him by almost 20 points")]


def test_object_pronoun_after_support_before_a_reason():
    text = "I support him because he listens."
    assert ("I", "support", "him") in triples(text)


# --- "Kagan — who was ... — supports ...": the subject before a dashed aside -----------------------------


def test_subject_before_a_dashed_aside_holds_the_attitude():
    text = (
        "The Europeans and others - including many of the country's own generals - want Japan to spend more on defense."
    )
    assert triples(text) == [("The Europeans and others", "want", "Japan to spend more on defense")]


def test_a_dashed_aside_inside_a_clause_gives_no_subject():
    text = "He said that, in the end, the party - or at least its donors - prefers a governor."
    assert all(cue != "prefers" for _, cue, _ in triples(text))


# --- "has seen his standing tumble": what one has seen befall one's own ----------------------------------


def test_perfect_seen_with_a_possessive_small_clause_is_an_experience():
    text = "Since then the governor has seen his standing tumble and his donors flee."
    assert triples(text) == [("the governor", "seen", "his standing tumble and his donors flee")]


def test_seen_without_a_possessive_is_only_perception():
    text = "The governor has seen the report."
    assert triples(text) == []


# --- "aren’t sure how to ...": what someone is unsure of is the question after the adjective ---------------


def test_unsure_with_a_question_holds_the_question():
    text = "City officials aren't sure how to stop the project."
    assert triples(text) == [("City officials", "sure", "how to stop the project")]


def test_sure_with_where_after_a_degree_word():
    text = "She is far less sure where the governor stands on taxes."
    assert triples(text) == [("She", "sure", "where the governor stands on taxes")]


# --- "Their argument: ...": an owned noun of stance that opens its sentence announces a claim --------------


def test_owned_noun_before_a_colon_announces_the_claim():
    text = "The mayors are in campaign mode. Their argument: Only a new council can fix the budget."
    assert triples(text) == [("Their", "argument:", "Only a new council can fix the budget")]


def test_owned_noun_before_a_colon_inside_a_sentence_announces_nothing():
    text = "He laid out his whole argument: taxes, spending and debt."
    assert all(cue != "argument:" for _, cue, _ in triples(text))
