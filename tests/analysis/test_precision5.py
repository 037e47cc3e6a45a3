"""Sentences whose cue word attributes nothing: the speaker or the claim shows the writer's own narration.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a common word that opens a sentence is no speaker ---------------------------------------------


def test_an_opening_participle_is_no_speaker():
    text = "Keeping rates near zero has encouraged lending, supporting faster growth."
    assert triples(text) == []


def test_an_opening_adjective_is_no_speaker():
    text = "Divided by ideology, their history is one of distrust and perceived insults."
    assert triples(text) == []


def test_a_name_with_the_same_ending_stays_a_speaker():
    text = "Schilling denied the report. The network said Schilling was dismissed."
    assert triples(text)[0] == ("Schilling", "denied", "the report")


def test_an_auxiliary_participle_keeps_its_statement():
    text = "Having announced that he would not appeal, Judge Moore read the sentence."
    assert [cue for _, cue, _ in triples(text)] == ["announced"]


# --- a lone adverb or article is no claim ----------------------------------------------------------


def test_a_lone_adverb_of_manner_is_no_claim():
    text = "Mr. Trump praised Mr. Bush, whom he attacked fiercely during the primaries."
    assert triples(text) == [("Mr. Trump", "praised", "Mr. Bush")]


def test_a_lone_adverb_of_frequency_is_no_claim():
    text = "He praised strongmen - “He would have liked Stalin,” Mr. Biden said twice - and warned the crowd."
    assert triples(text) == [("He", "praised", "strongmen")]


def test_a_time_with_its_manner_is_no_claim():
    text = "The subpoena was withdrawn and Clinton testified voluntarily in 1998."
    assert triples(text) == []


def test_a_lone_span_of_time_is_no_claim():
    text = "It is a case that Cruz has pushed for months, but he lacked the votes."
    assert triples(text) == []


# --- a price charged is no accusation --------------------------------------------------------------


def test_a_fee_charged_is_no_claim():
    text = "In 2009, the country club charged a $90,000 initiation fee."
    assert triples(text) == []


def test_a_charge_that_accuses_stays():
    text = "Critics charged that the hearing cost taxpayers $7 million."
    assert triples(text) == [("Critics", "charged", "the hearing cost taxpayers $7 million")]


def test_a_sum_charged_to_someone_is_no_claim():
    text = "A company he owns has charged the campaign nearly $2 million in travel costs."
    assert triples(text) == []


def test_a_charge_without_that_stays():
    text = "Critics charged the hearing was a waste."
    assert triples(text) == [("Critics", "charged", "the hearing was a waste")]


# --- what worries someone is no claim --------------------------------------------------------------


def test_what_worries_someone_is_no_claim():
    text = "The remark worried several analysts and diplomats."
    assert triples(text) == []


def test_worrying_that_something_is_so_stays():
    text = "Some Democrats worry that turnout will fall."
    assert triples(text) == [("Some Democrats", "worry", "turnout will fall")]


def test_worrying_a_clause_stays():
    text = "Foreign observers worry it will set an example."
    assert triples(text) == [("Foreign observers", "worry", "it will set an example")]


# --- after a quotation, what follows the verb is the topic -----------------------------------------


def test_what_a_quotation_was_said_of_is_no_claim():
    text = '"In another year they would all be on the short list," Maddow said of a list that included three senators.'
    assert [content for _, _, content in triples(text)] == ["In another year they would all be on the short list"]


def test_where_a_quotation_was_said_is_no_claim():
    text = "''It is like a brand new jet,'' Mr. Trump said in a film that showed off some of the changes."
    assert [content for _, _, content in triples(text)] == ["It is like a brand new jet"]


def test_a_claim_opening_with_a_preposition_without_a_quotation_stays():
    text = "Officials said in private that the plan had failed."
    assert triples(text)[0][0:2] == ("Officials", "said")


# --- a thing called by its name --------------------------------------------------------------------


def test_a_group_called_by_its_name_is_no_claim():
    text = "One army fighting on the rebel side, a band of exiled officers called Free Homeland 7, grew stronger."
    assert triples(text) == []


def test_calling_someone_something_stays():
    text = "Sanders called Trump a pathological liar."
    assert triples(text) == [("Sanders", "called", "Trump a pathological liar")]


# --- a subordinate clause ends at its verb ---------------------------------------------------------


def test_the_main_clause_after_a_clause_of_time_is_no_claim():
    text = "After Clinton testified, the committee seemed to shift its focus to her aides."
    assert triples(text) == []


def test_as_someone_noted_still_attributes():
    text = "As the paper noted, the remark was surprising."
    assert triples(text) == [("the paper", "noted", "the remark was surprising")]


# --- adding a thing to another ---------------------------------------------------------------------


def test_adding_a_thing_to_another_is_no_claim():
    text = "The admiral has added another task to his job: spokesman."
    assert triples(text) == []


def test_a_clause_added_stays():
    text = "“They have a global plan,” he said, adding the country must be global to match it."
    assert triples(text)[-1] == ("he", "adding", "the country must be global to match it")


# --- reporting to someone --------------------------------------------------------------------------


def test_reporting_to_a_superior_is_no_claim():
    text = "In those years Mr. Mannix reported daily to the studio chief."
    assert triples(text) == []


def test_a_report_stays():
    text = "The newspaper reported that the studio chief had resigned."
    assert triples(text) == [("The newspaper", "reported", "the studio chief had resigned")]


# --- an -ing word inside a noun --------------------------------------------------------------------


def test_a_writing_professor_is_no_speaker():
    text = "Sexton, a creative writing professor, grew up in southern Indiana."
    assert triples(text) == []


def test_a_supporting_role_is_no_claim():
    text = "After eight years in the nation's chief supporting role, he spoke freely."
    assert triples(text) == []


# --- a determiner without its noun -----------------------------------------------------------------


def test_a_superlative_without_its_noun_is_no_speaker():
    text = "And yet, given the highest calling of the press, the stakes could not be greater."
    assert triples(text) == []


def test_the_same_without_its_noun_is_no_speaker():
    text = "The same clarifying effect may be near on the Republican side."
    assert triples(text) == []


def test_a_noun_ending_like_a_superlative_stays_a_speaker():
    text = "Davis did not return a request seeking comment."
    assert triples(text) == [("a request", "seeking", "comment")]


# --- a list of holders runs to its end -------------------------------------------------------------


def test_a_list_of_holders_runs_to_its_end():
    text = "To Sanders, his aides and the people in the room, there is no sense of urgency."
    assert triples(text) == [("Sanders, his aides and the people in the room", "To", "there is no sense of urgency")]


def test_a_long_claim_after_the_holder_stays_the_claim():
    text = "To Frank, race and class issues get attention so long as they cost nothing, which suits them."
    assert triples(text)[0][0:2] == ("Frank", "To")
