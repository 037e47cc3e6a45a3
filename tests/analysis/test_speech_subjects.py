"""Subjects of reporting verbs that are not plain noun phrases: quantifiers and shares that stand for
people ("Several said", "47% say") and subjects a relative clause describes ("supporters who came ... say").

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_a_quantifier_that_opens_the_sentence_is_the_speaker():
    text = (
        "Several said they would rather federal officials dole out funding for public schools in “block grants” "
        "to states, letting them determine spending priorities."
    )
    assert triples(text)[0][:2] == ("Several", "said")
    assert triples(text)[0][2].startswith("they would rather federal officials dole out funding")


def test_a_quantifier_after_a_conjunction_is_the_speaker():
    text = "Many speculated that he might fail to turn out his supporters."
    assert triples(text) == [("Many", "speculated", "he might fail to turn out his supporters")]


def test_a_percentage_is_the_speaker():
    text = (
        "There is less consensus when it comes to fighting terrorism: 47% say the United States should commit "
        "troops on the ground to combat the self-proclaimed Islamic State; 37% disagree."
    )
    found = triples(text)
    assert found[0][:2] == ("47%", "say")
    assert found[0][2].startswith("the United States should commit troops on the ground")


def test_a_quantifier_before_a_noun_is_no_speaker():
    assert triples("There is some hope that the talks will work.") == []
    assert triples("Many claims of fraud were made.") == []


def test_a_subject_with_a_relative_clause_is_the_speaker():
    text = (
        "But many diehard Sanders supporters who came to Philadelphia to protest this week's convention say "
        "they'll shift their support to Stein."
    )
    assert triples(text) == [
        (
            "many diehard Sanders supporters who came to Philadelphia to protest this week's convention",
            "say",
            "they'll shift their support to Stein",
        )
    ]


def test_a_relative_clause_may_hold_a_cue_of_its_own():
    text = (
        "But progressive organizations that have endorsed him say they believe superdelegates should choose "
        "the candidate who won the most pledged delegates."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("progressive organizations that have endorsed him", "say")
    assert content.startswith("they believe superdelegates should choose")


def test_an_object_relative_leaves_the_cue_its_own_subject():
    assert triples("It is a state that she hoped to carry by a large margin.")[0][0] == "she"
    found = triples("The GOP front-runner complained of a charge that Colorado Republican leaders denied.")
    assert all(not speaker.startswith("a charge") for speaker, _, _ in found)


def test_a_speaker_after_the_verb_keeps_the_organisation_of_the_name():
    text = (
        "''There is a growing perception among European public opinion that E.U. leaders are not in control of the "
        "Continent's terrorist threat,'' said Mujtaba Rahman of the Eurasia Group, a political risk and consulting "
        "company."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("Mujtaba Rahman of the Eurasia Group", "said")
    assert content.startswith("There is a growing perception among European public opinion")


def test_a_speaker_after_the_verb_keeps_the_state_of_the_name():
    text = (
        "''The Iowa caucuses are all about beating expectations,'' said Gov. Terry E. Branstad of Iowa, a Republican "
        "who has not endorsed a candidate but has spoken against Mr. Cruz."
    )
    assert triples(text)[0] == (
        "Gov. Terry E. Branstad of Iowa",
        "said",
        "The Iowa caucuses are all about beating expectations",
    )


def test_when_asked_puts_the_question_to_whoever_answers():
    text = (
        "When asked whether D.C. should have a vote in the House, he said: "
        '"I think that’s something that would be okay."'
    )
    assert triples(text) == [
        ("he", "asked", "whether D.C. should have a vote in the House"),
        ("he", "said", "I think that’s something that would be okay."),
    ]


def test_when_asked_about_a_topic_claims_nothing():
    text = "When asked about the merger, she defended her decision to press ahead."
    assert [cue for _, cue, _ in triples(text)] == ["defended"]


def test_a_typed_double_hyphen_is_a_dash_around_an_aside():
    text = (
        "The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee "
        "over the past few days -- said she regretted her remarks and promised to stay out of it in the future."
    )
    assert triples(text)[0][:2] == ("The Supreme Court justice", "said")
    assert triples(text)[0][2].startswith("she regretted her remarks")


def test_a_spaced_hyphen_ends_the_claim_like_a_dash():
    text = (
        "Mrs. Clinton said he had not done his ''homework'' when it comes to Wall Street reform - his signature "
        "campaign issue."
    )
    assert triples(text) == [
        ("Mrs. Clinton", "said", "he had not done his ''homework'' when it comes to Wall Street reform"),
    ]


def test_a_contracted_has_before_a_past_participle_is_a_perfect():
    text = "He's said he gets his ideas about monetary policy from a pro-gold speech in Ayn Rand's \"Atlas Shrugged\"."
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("He", "said")
    assert content.startswith("he gets his ideas about monetary policy")


def test_a_time_phrase_between_the_speaker_and_the_cue_is_skipped():
    text = (
        "A Washington Post-ABC News poll last week found that 63 percent of Americans want the Senate to hold hearings."
    )
    assert triples(text) == [
        ("A Washington Post-ABC News poll", "found", "63 percent of Americans want the Senate to hold hearings")
    ]


def test_a_count_out_of_a_total_is_the_speaker():
    text = "Nearly nine out of 10 say they will need to continually develop new skills to advance their careers."
    assert triples(text) == [
        ("nine out of 10", "say", "they will need to continually develop new skills to advance their careers")
    ]


def test_a_name_ending_in_jr_is_the_speaker():
    text = "His son Donald Jr. announced on the convention floor that New York's delegates had delivered the votes."
    assert triples(text)[0][:2] == ("His son Donald Jr.", "announced")


def test_made_clear_states_a_stance():
    text = "Twitter has now made clear that it was stepping up its fight to stem that tide."
    assert triples(text) == [("Twitter", "made clear", "it was stepping up its fight to stem that tide")]


def test_made_it_clear_states_a_stance():
    text = "Clinton has made it clear she will fight for every delegate."
    assert triples(text) == [("Clinton", "made it clear", "she will fight for every delegate")]


def test_make_without_clear_is_no_cue():
    assert triples("He made the decision to leave the race.") == []


def test_seeing_something_as_something_is_a_judgement():
    text = "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress."
    assert triples(text) == [
        ("Mr. Obama", "sees", "Mr. Netanyahu as captured by a hard-line philosophy that blocks progress")
    ]


def test_viewing_someone_favorably_is_a_judgement():
    text = "Thirty-nine percent of all Americans viewed him favorably in the mid-January poll."
    assert triples(text)[0][:2] == ("Thirty-nine percent of all Americans", "viewed")


def test_seeing_without_as_is_perception():
    assert triples("I saw him at the rally as soon as it began.") == []
    assert triples("Voters will see the ads on Tuesday.") == []


def test_a_participle_aside_may_quote_and_the_speaker_stands_before_it():
    text = "Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said he would vote for Cruz in the primary."
    assert triples(text) == [("Eastland", "said", "he would vote for Cruz in the primary")]


def test_a_relative_clause_subject_holds_an_attitude_too():
    text = "Voters who backed Obama in 2012 believe that the economy is better."
    assert ("Voters who backed Obama in 2012", "believe", "the economy is better") in triples(text)


def test_a_long_description_that_opens_the_sentence_is_the_speaker():
    text = (
        "The Democratic presidential front-runner and former secretary of state said the U.S. “clearly” needed "
        "a more robust air campaign against the Islamic State."
    )
    speaker, cue, content = triples(text)[0]
    assert (speaker, cue) == ("The Democratic presidential front-runner and former secretary of state", "said")
    assert content.startswith("the U.S. “clearly” needed a more robust air campaign")


def test_a_plural_noun_with_its_prepositions_is_the_speaker():
    text = "Organizers of the push to boycott Trump's AIPAC speech said they are worried."
    assert triples(text) == [("Organizers of the push to boycott Trump's AIPAC speech", "said", "they are worried")]


def test_a_description_ending_in_a_base_form_is_no_speaker():
    assert triples("The mental and emotional stress is constantly with me.") == []


def test_as_someone_said_at_the_end_attributes_the_clause_before():
    text = "Trump's defeat won't necessarily derail his campaign, as some have speculated."
    assert triples(text) == [("some", "speculated", "Trump's defeat won't necessarily derail his campaign")]


def test_as_someone_said_before_the_claim_attributes_what_follows():
    text = "Of course, as Joel Pollak of Breitbart California observed, the biggest victor was not on the stage."
    assert triples(text) == [
        ("Joel Pollak of Breitbart California", "observed", "the biggest victor was not on the stage")
    ]
