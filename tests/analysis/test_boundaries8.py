"""Stage 3: where a claim after its cue ends, round 8 (claims that ran on into the writer's next words).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a relative clause on the claim's last noun is the writer's note ----------


def test_a_relative_clause_after_a_full_claim_is_the_writers_note():
    text = (
        "The candidates say they are not trying to avoid appearing beside Hillary Clinton, who has been "
        "battered in recent weeks by the fallout from the investigation."
    )
    assert triples(text)[0][2] == "they are not trying to avoid appearing beside Hillary Clinton"


def test_a_relative_clause_closed_by_a_comma_keeps_the_claim_whole():
    text = "He pledged to put New York, which has not voted Republican in 32 years, in play."
    assert triples(text)[0] == ("He", "pledged", "to put New York, which has not voted Republican in 32 years, in play")


def test_a_relative_clause_in_the_subject_is_part_of_the_claim():
    text = "He said the billionaire, who is now the nominee, would unite the party."
    assert triples(text)[0] == ("He", "said", "the billionaire, who is now the nominee, would unite the party")


# --- a year or "in recent months" after a noun-phrase claim is the time of the act ----------


def test_a_month_and_year_after_the_object_is_the_time_of_the_act():
    text = "Sanders announced his candidacy in June 2015."
    assert triples(text) == [("Sanders", "announced", "his candidacy")]


def test_recent_months_after_the_object_is_the_time_of_the_act():
    text = "Several senators have criticized the plan in recent months."
    assert triples(text) == [("Several senators", "criticized", "the plan")]


def test_a_clause_keeps_its_own_year():
    text = "He said the deficit would shrink in 2017."
    assert triples(text) == [("He", "said", "the deficit would shrink in 2017")]


# --- "in an effort to" after the claim is the writer's reading of the act's purpose ----------


def test_an_infinitive_claim_ends_before_in_an_effort_to():
    text = "Democrats plan to release a slew of interview transcripts in an effort to disprove Republican claims."
    assert triples(text) == [("Democrats", "plan", "to release a slew of interview transcripts")]


def test_an_object_claim_ends_before_in_an_apparent_effort_to():
    text = "The senator praised the governor's record in an apparent effort to shake up the race."
    assert triples(text)[0] == ("The senator", "praised", "the governor's record")


def test_a_relative_clause_with_its_own_speaker_is_a_statement_of_its_own():
    text = (
        "He reiterated that the party must support Clinton to defeat Republican nominee Donald Trump, who he "
        "blasted as a bully and a demagogue."
    )
    found = triples(text)
    assert ("He", "reiterated", "the party must support Clinton to defeat Republican nominee Donald Trump") in found
    assert ("he", "blasted", "a bully and a demagogue") in found


def test_whom_and_its_speaker_after_a_full_claim():
    text = (
        "A spokesman said groups of observers were dispatched with the marchers, whom he described as "
        '"peaceful," for the length of the route.'
    )
    assert triples(text)[0] == ("A spokesman", "said", "groups of observers were dispatched with the marchers")


# --- a dash and a relative with its own speaker ----------


def test_a_dash_and_which_he_added_is_a_statement_of_its_own():
    text = (
        "The agency chief said North Korea is violating the council's resolutions — which he added "
        "“is deeply regrettable.”"
    )
    found = triples(text)
    assert found[0] == ("The agency chief", "said", "North Korea is violating the council's resolutions")
