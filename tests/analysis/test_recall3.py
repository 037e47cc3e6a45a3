"""Attributions the engine used to miss altogether: subjects with a word between them and the verb,
plurals without an "s", and other shapes PolNeAR's annotators read as attribution.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_sentence_adverb_between_subject_and_verb():
    text = "Carter however said he would welcome China’s participation in a “principled security network” for Asia."
    assert triples(text)[0][:2] == ("Carter", "said")
    assert triples(text)[0][2].startswith("he would welcome China’s participation")


def test_an_emphatic_reflexive_after_the_subject():
    assert triples("Ford itself said the deal was on.") == [("Ford", "said", "the deal was on")]


def test_a_place_word_after_the_subject():
    text = "Her campaign workers here said they have been working the state since the spring."
    assert triples(text) == [("Her campaign workers", "said", "they have been working the state since the spring")]


def test_the_participle_of_a_poll_after_the_subject():
    text = "Some 56 percent of Cuban-Americans polled said they were much less likely to vote for Republicans."
    assert triples(text)[0][1:] == ("said", "they were much less likely to vote for Republicans")
    assert "Cuban-Americans" in triples(text)[0][0]


def test_plurals_without_an_s_take_the_bare_verb():
    text = "Even though skateboarding is sanctioned within the park, the women say officers still scrutinize the area."
    assert triples(text) == [("the women", "say", "officers still scrutinize the area")]
    text = "By big margins, those surveyed say the economy should be the first priority for the next president."
    assert triples(text) == [
        ("those surveyed", "say", "the economy should be the first priority for the next president")
    ]


def test_a_named_point_of_view_inside_its_clause():
    text = (
        "The only other necessary action, in Professor Knittel's view, would be more government support for "
        "research and development."
    )
    [(speaker, cue, content)] = triples(text)
    assert (speaker, cue) == ("Professor Knittel", "view")
    assert content.startswith("The only other necessary action") and content.endswith("research and development")


def test_a_point_of_view_that_opens_the_sentence():
    text = "In their view, Democrats could pick off increasingly diverse states that have been reliably Republican."
    assert triples(text) == [
        ("their", "view", "Democrats could pick off increasingly diverse states that have been reliably Republican")
    ]


def test_someones_words_after_because_hold_the_quotation():
    text = (
        "The summit was held last month in Jerusalem because, in Forbes’ words, “they are the most "
        "entrepreneurial places on the planet.”"
    )
    assert triples(text) == [("Forbes", "words", "“they are the most entrepreneurial places on the planet.”")]


def test_in_the_eyes_of_a_group():
    text = "It has given them two candidates who, in the eyes of most voters, have more deficiencies than strengths."
    assert triples(text) == [
        ("most voters", "eyes", "who, in the eyes of most voters, have more deficiencies than strengths")
    ]


def test_views_that_are_no_point_of_view():
    assert triples("They had tears in their eyes, tears of concern for my fate.") == []
    assert triples("The broker was slightly less positive in his estimation of the market's strength.") == []
    # Part of a question put to him, not a view of his own.
    text = "Asked on Fox News who leads the party in his view, he said Ryan."
    assert [cue for _, cue, _ in triples(text)] == ["Asked", "said"]


def test_a_poll_that_opens_the_sentence_is_the_source():
    text = "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent."
    assert triples(text) == [("an early-October CBS News poll", "In", "she led Mr. Sanders 56 percent to 32 percent")]


def test_a_poll_described_before_the_claim():
    text = (
        "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump on a range of "
        "presidential attributes."
    )
    [(speaker, _, content)] = triples(text)
    assert speaker == "the latest Washington Post-ABC News poll"
    assert content == "Clinton led Trump on a range of presidential attributes"


def test_a_poll_that_ends_the_sentence_holds_its_clause():
    text = "He will head to New Hampshire, where he has had a big lead in the most recent polls."
    assert triples(text) == [("the most recent polls", "in", "he has had a big lead")]
    text = "Bush remains mired in fourth in most surveys."
    assert triples(text) == [("most surveys", "in", "Bush remains mired in fourth")]


def test_polls_that_are_no_source():
    # The polls at large, a poll inside the phrase, or a poll inside a claim already attributed.
    # (A standing told before the polls is theirs: see test_nominal4.)
    assert triples("Depending on Mrs. Clinton's strength in the polls, he might not have to go far.") == []
    assert triples("Trump's standing in the latest national polls has risen.") == []
    text = "Ben Carson says he is under political attack because of his rise in national polls."
    assert [cue for _, cue, _ in triples(text)] == ["says"]


def test_to_someone_opens_their_view():
    text = "To Ms. Gil, skateboarding represents a cry of dissent against the city's gentrification."
    assert triples(text) == [
        ("Ms. Gil", "To", "skateboarding represents a cry of dissent against the city's gentrification")
    ]
    text = "To Sexton, who has made something of a study of Trump rallies, Tuesday marked a turning point."
    assert triples(text) == [("Sexton", "To", "Tuesday marked a turning point")]
    text = "But to others, he's a citizen journalist in military attire."
    assert triples(text) == [("others", "to", "he's a citizen journalist in military attire")]


def test_to_and_for_that_hold_no_view():
    assert triples("To win the White House, candidates probably need 40 percent of the Hispanic vote.") == []
    assert triples("For years, the party has struggled to reach Hispanic voters.") == []
    # What something means for someone is mostly the writer's reading of it.
    assert triples("For Obama, the Paris agreement fulfills a personal as well as a political goal.") == []


def test_a_share_of_them_is_the_speaker():
    text = "And until the announcement of the eventual shutdown, most of them said they had loved working for Carrier."
    assert triples(text) == [("most of them", "said", "they had loved working for Carrier")]


def test_a_source_close_to_someone_is_the_speaker():
    text = "Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said."
    assert triples(text)[0][:2] == ("a source close to him", "said")
    text = "People close to Clinton say the candidate is worried about the debate."
    assert triples(text) == [("People close to Clinton", "say", "the candidate is worried about the debate")]


def test_that_person_is_the_speaker():
    text = "That person said the outright hostility Cruz faced from his colleagues hampered his ability."
    assert triples(text) == [
        ("That person", "said", "the outright hostility Cruz faced from his colleagues hampered his ability")
    ]


def test_a_relative_clause_ending_in_a_quotation_describes_the_speaker():
    text = "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires an alternative."
    assert ("Humphrey", "said", "he doesn’t believe the effort requires an alternative") in triples(text)


def test_which_after_a_comma_stands_for_the_organisation_before_it():
    text = "The union, which endorsed Hillary Clinton in November, is widely regarded as one of the more liberal."
    [statement] = statements(text)
    assert (statement.speaker, statement.cue, statement.content) == ("which", "endorsed", "Hillary Clinton")
    assert statement.refers_to == "The union"
