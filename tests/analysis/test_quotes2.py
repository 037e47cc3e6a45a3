"""Stage 3: direct and mixed quotations, and claims that come before their attribution.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from claims.analysis.sentences import split
from tests.analysis.extracting import statements, triples


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_a_curly_quotation_closed_by_a_straight_mark_is_attributed():
    text = '“We are going to start winning again and we are going to win so much," Trump said.'
    assert triples(text) == [("Trump", "said", "We are going to start winning again and we are going to win so much")]


def test_a_curly_quotation_closed_by_a_straight_mark_ends_its_sentence():
    text = '“We are going to win so much," Trump said. "You are going to be so happy.”'
    assert sentences(text) == ['“We are going to win so much," Trump said.', '"You are going to be so happy.”']


def test_a_straight_quotation_inside_a_curly_one_still_opens_and_closes():
    text = '“They said "no." Then they left,” he said. It rained.'
    assert sentences(text) == ['“They said "no." Then they left,” he said.', "It rained."]


def test_a_quotation_after_a_dash_is_the_claim_of_the_attribution_after_it():
    text = 'Clinton suggested that the plan was unserious - "Again, it is not a serious plan," she said.'
    assert ("she", "said", "Again, it is not a serious plan") in triples(text)


def test_a_clause_after_a_dash_is_the_claim_of_the_aside_inside_it():
    text = "He now had a rally scheduled for that night - and the permit, his campaign said, had been hard to get."
    assert triples(text) == [("his campaign", "said", "and the permit, his campaign said, had been hard to get")]


def test_a_noun_phrase_after_a_dash_does_not_cut_the_claim():
    text = "Clinton had a bigger cash balance at year's end -- nearly $38 million, according to her campaign."
    assert triples(text)[0][2] == "Clinton had a bigger cash balance at year's end -- nearly $38 million"


def test_two_dashes_around_an_aside_do_not_cut_the_claim():
    text = "The plan -- which would cost $1 trillion -- is dead on arrival, the senator said."
    assert triples(text) == [("the senator", "said", "The plan -- which would cost $1 trillion -- is dead on arrival")]


def test_a_quotation_after_a_colon_is_the_claim_of_the_attribution_after_it():
    text = (
        "Gray ticked through the code of conduct the Bush dynasty has long embodied: "
        "''Civility and good manners were kind of assumed,'' he said."
    )
    assert ("he", "said", "Civility and good manners were kind of assumed") in triples(text)


def test_a_reported_quotation_after_said_and_a_colon_stays_whole():
    text = 'Asked about Khan, Trump said: "There will always be exceptions," the Times reported.'
    assert ("the Times", "reported", 'Asked about Khan, Trump said: "There will always be exceptions') in triples(text)


def test_a_quotation_in_brackets_is_the_claim_of_the_attribution_after_it():
    text = (
        'Those endorsements prompted some blowback from members ("I want my dues back," wrote Edward Nelson, '
        "an instrument technician, on the union's Facebook page), and more complaints are likely."
    )
    assert ("Edward Nelson", "wrote", "I want my dues back") in triples(text)


def test_a_sentence_quoted_around_its_attribution_is_one_claim():
    text = (
        "''I have put forth a vision for America that includes all,'' Mr. Bush said, "
        "''because our country deserves a president for everyone.''"
    )
    assert triples(text) == [
        (
            "Mr. Bush",
            "said",
            "I have put forth a vision for America that includes all,'' Mr. Bush said, "
            "''because our country deserves a president for everyone.",
        )
    ]


def test_a_quotation_resumed_after_an_inverted_attribution_is_one_claim():
    text = '"Trump says he is with the working class," said Trumka, "but when you look close, it is just hot air."'
    assert len(statements(text)) == 1
    assert statements(text)[0].content.endswith("it is just hot air.")


def test_a_new_sentence_after_the_attribution_is_a_statement_of_its_own():
    text = '"No, no," Bellerive said of the claim, "it\'s not possible."'
    assert [s.content for s in statements(text)] == ["No, no", "it's not possible."]


def test_a_quoted_name_closed_before_the_attribution_goes_on_is_no_resumed_quotation():
    text = (
        "“I think John Kasich would be the best nominee, but he doesn't have a chance,” Graham said on MSNBC's "
        '"Morning Joe," adding, “John Kasich\'s problem is he is an insider in an outsider year.”'
    )
    assert triples(text)[0] == (
        "Graham",
        "said",
        "I think John Kasich would be the best nominee, but he doesn't have a chance",
    )


def test_a_quotation_shouted_by_a_group_is_theirs():
    text = '"Power to the people!" the group shouted from the street outside a north Philadelphia church.'
    assert triples(text) == [("the group", "shouted", "Power to the people!")]


def test_a_crowd_shouting_in_a_scene_claims_nothing():
    text = "He was surrounded by Trump supporters shouting, pointing and jeering at the protester."
    assert triples(text) == []


def test_a_quotation_after_a_clause_and_a_colon_is_its_subjects():
    text = "Asked which Iowa county was his favorite, he demurred: “Whichever one I’m in at the moment.”"
    assert ("he", ":", "Whichever one I’m in at the moment.") in triples(text)


def test_a_quotation_after_a_verb_phrase_and_a_colon_is_its_subjects():
    text = "The Slate technology columnist David Auerbach went so far as to say: ''Twitter as we know it is over.''"
    assert triples(text) == [("The Slate technology columnist David Auerbach", ":", "Twitter as we know it is over.")]


def test_a_continued_quotation_ends_where_an_unread_attribution_begins():
    text = (
        "Hollande answered the criticism at once. “We will not give in,” he said.\n\n"
        "“France will always be France,” an angry Hollande retaliated."
    )
    assert statements(text)[-1].content == "France will always be France"


def test_a_quotation_running_on_into_the_writers_words_is_kept_whole():
    text = (
        "Conway was blunt about the women she polled. “They like him,” she said.\n\n"
        '"They agree with him on issues, but they aren\'t there yet" to support him as a candidate.'
    )
    assert statements(text)[-1].content.endswith("to support him as a candidate.")


def test_said_first_then_a_straight_quotation():
    text = 'Said Comey, "The thought that an error on our part is connected to this purchase is very painful to us."'
    assert triples(text) == [
        ("Comey", "Said", "The thought that an error on our part is connected to this purchase is very painful to us.")
    ]


def test_verbs_of_voice_put_their_speaker_after_the_quotation():
    assert triples("''That is absurd,'' scoffed Arianna Gil.") == [("Arianna Gil", "scoffed", "That is absurd")]
    assert triples('"Go home!" shouted a young woman in the crowd.')[0][:2] == ("a young woman", "shouted")


def test_an_age_between_the_name_and_the_description_is_not_the_speaker():
    text = '"It is a disgrace," John Smith, 54, a retired teacher, said.'
    assert triples(text) == [("John Smith", "said", "It is a disgrace")]
