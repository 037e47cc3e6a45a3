"""Stage 3, quotations: copy that mixes its quotation marks, and whose words a bare quotation continues.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from claims.analysis.sentences import split
from tests.analysis.extracting import statements, triples


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_a_straight_quotation_closed_by_a_curly_mark_is_attributed():
    text = 'Henry spoke first.\n\n"But Pete Wilson won,” Axelrod said.'
    assert ("Axelrod", "said", "But Pete Wilson won") in triples(text)


def test_a_straight_quotation_closed_by_a_curly_mark_ends_its_sentence():
    text = '"I prefer Kasich,” he said. "He can win in November.”'
    assert sentences(text) == ['"I prefer Kasich,” he said.', '"He can win in November.”']


def test_a_bare_quotation_continues_the_speaker_of_the_sentence_before_in_its_paragraph():
    text = (
        "“It was a call to arms,” MacNab said.\n\n"
        "Coan, Santilli's attorney, argues that his client was never encouraging people toward violence. "
        "“The government is alleging that his rallying calls were a crime.”"
    )
    assert ("Coan", None, "The government is alleging that his rallying calls were a crime.") in triples(text)


def test_a_bare_quotation_does_not_continue_a_relative_clause_of_the_sentence_before():
    text = (
        "The group is growing, says Dahlys Hamilton, who claims to speak for Hispanic Patriots. "
        "“We will be heard in November.”"
    )
    assert ("Dahlys Hamilton", None, "We will be heard in November.") in triples(text)


def test_a_bare_quotation_in_a_new_paragraph_still_continues_the_last_quotation():
    text = "“We are winning,” Trump said. He turned to the wall.\n\nAides stood by.\n\n“Believe me.”"
    assert ("Trump", None, "Believe me.") in triples(text)


def test_a_bare_quotation_continues_the_speaker_of_the_paragraph_right_before():
    text = (
        "“It is the main concern,” the Malaysian minister said.\n\n"
        "Carter said that critics had long predicted a U.S. withdrawal, but this would not happen.\n\n"
        "“That’s because this region matters to us.”"
    )
    assert ("Carter", None, "That’s because this region matters to us.") in triples(text)


def test_as_someone_put_it_before_a_colon_credits_the_author_not_it():
    text = 'As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed."'
    assert triples(text) == [("John Cornyn", "put it", "This person will not be confirmed.")]


def test_a_view_set_off_between_dashes_is_the_claim_of_its_holder():
    text = (
        "The question now is not whether he slides out of the race before the convention — that won’t happen, "
        "they believe — but how he finds a comfortable position."
    )
    assert triples(text) == [("they", "believe", "that won’t happen")]


def test_a_dash_after_the_verb_ends_a_claim_that_came_first():
    text = "Such a move could alienate his backers, Clinton allies believe — backers she will need come November."
    assert triples(text) == [("Clinton allies", "believe", "Such a move could alienate his backers")]


def test_a_dash_after_a_participle_opens_an_aside_before_its_object():
    text = "He spoke for 45 minutes, criticizing - and even threatening to sue - his rivals."
    assert all(s.content != "He spoke for 45 minutes" for s in statements(text))


def test_a_quotation_that_opens_again_without_closing_ends_where_the_next_opens():
    text = (
        "“Trump events are outlets for hatred — and they kind of revel in it. "
        "“There’s another side that’s kind of nihilistic,” Sexton said. It rained."
    )
    assert sentences(text) == [
        "“Trump events are outlets for hatred — and they kind of revel in it.",
        "“There’s another side that’s kind of nihilistic,” Sexton said.",
        "It rained.",
    ]
    assert ("Sexton", "said", "There’s another side that’s kind of nihilistic") in triples(text)


def test_a_quotation_that_trails_off_is_still_attributed():
    text = '"I’m going to look at a lot of different people…" Clinton said.'
    assert triples(text) == [("Clinton", "said", "I’m going to look at a lot of different people…")]


def test_a_question_quoted_before_its_asker_stays_in_one_sentence():
    text = '"Grizzly Adams?" Maddow repeated. "Would it be negotiable?" Hannity pressed.'
    assert sentences(text) == ['"Grizzly Adams?" Maddow repeated.', '"Would it be negotiable?" Hannity pressed.']


def test_a_quotation_signed_on_the_line_after_it_is_its_signer_s():
    text = (
        "Critics say he proposed to dismantle the law.\n\n"
        '"Boeing and GE and other multinationals . . . pay zero taxes."\n\n'
        "- Sanders.\n\n"
        "This is a complex issue."
    )
    assert triples(text)[-1] == ("Sanders", None, "Boeing and GE and other multinationals . . . pay zero taxes.")


def test_a_byline_after_a_paragraph_of_the_writer_s_own_signs_no_quotation():
    text = "The committee interviewed Huma Abedin and Cheryl Mills.\n\n- Elise Viebeck.\n"
    assert all(s.speaker != "Elise Viebeck" for s in statements(text))


def test_a_colon_after_a_clause_credits_its_subject_not_its_object():
    text = "In San Bernardino, a familiar voice celebrated the attacks on Twitter: ''California, we have arrived.''"
    assert ("a familiar voice", ":", "California, we have arrived.") in triples(text)


def test_the_clause_before_a_colon_starts_after_a_closed_quotation():
    text = (
        'Reid said both are "non-entities in the Senate," but he gave the Texan a back-handed compliment: '
        '"You never have to guess where he is."'
    )
    assert ("he", ":", "You never have to guess where he is.") in triples(text)


def test_according_to_before_a_colon_names_the_source():
    text = "According to HuffPo: “Senator Tim Kaine has had a mixed record on abortion.”"
    assert all(s.speaker != "According" for s in statements(text))
