"""Stage 3: recall, round 4 (cue verbs of judging, wondering, recounting, knowing and voting).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- judging someone or something in words ---------------------------------------


def test_an_assault_in_words_is_the_speakers():
    text = "On Saturday, Senator Bernie Sanders of Vermont assailed her for supporting the war."
    assert triples(text) == [("Senator Bernie Sanders of Vermont", "assailed", "her for supporting the war")]


def test_a_likeness_drawn_is_the_speakers():
    text = "A professor at the university likened the campaign to a car crash."
    assert triples(text) == [("A professor at the university", "likened", "the campaign to a car crash")]


def test_something_deemed_what_it_is_is_a_judgement():
    text = "The State Department has deemed about 1,500 of those pages purely personal."
    assert triples(text) == [("The State Department", "deemed", "about 1,500 of those pages purely personal")]


def test_a_participle_deemed_describes_the_noun_before_it():
    text = "Officials released thousands of emails deemed classified by the agency."
    assert triples(text) == []


# --- wondering, reckoning and telling a story --------------------------------------


def test_a_question_wondered_aloud_is_the_speakers():
    text = "He wondered whether he could file charges against the reporter."
    assert triples(text) == [("He", "wondered", "whether he could file charges against the reporter")]


def test_a_calculation_is_the_calculators_claim():
    text = "The Labor Department calculates that 4.2 million workers will become newly eligible for overtime."
    assert triples(text) == [
        ("The Labor Department", "calculates", "4.2 million workers will become newly eligible for overtime")
    ]


def test_a_report_referenced_is_brought_up_by_the_speaker():
    text = "Gowdy referenced an inspector general's report that less than one percent of emails were captured."
    assert triples(text) == [
        ("Gowdy", "referenced", "an inspector general's report that less than one percent of emails were captured")
    ]


# --- knowing and voting ----------------------------------------------------------


def test_what_someone_realized_is_held_by_them():
    text = "The team leader realized that reinforcements were not coming."
    assert triples(text) == [("The team leader", "realized", "reinforcements were not coming")]


def test_a_vote_against_a_measure_is_a_stand_taken():
    text = "In 2010, he voted against a measure to extend the Bush tax cuts."
    assert triples(text) == [("he", "voted against", "a measure to extend the Bush tax cuts")]


def test_a_vote_needs_its_particle():
    text = "The senators voted on Tuesday and went home."
    assert triples(text) == []


# --- a directive, a signal, credit given, a plea and a boast ---------------------------------


def test_a_judges_order_is_the_courts_ruling():
    text = "A federal judge has ordered the release of internal Trump University documents."
    assert triples(text) == [("A federal judge", "ordered", "the release of internal Trump University documents")]


def test_someone_ordered_to_act_orders_nothing():
    assert triples("The men were ordered to leave the building.") == []


def test_a_stance_signaled_is_the_signalers():
    text = "Obama signaled that he would veto the bill."
    assert triples(text) == [("Obama", "signaled", "he would veto the bill")]


def test_credit_given_is_the_givers_judgement():
    text = "He credited the president with saving the auto industry."
    assert triples(text) == [("He", "credited", "the president with saving the auto industry")]


def test_a_plea_is_the_pleaders():
    text = "She implored voters to turn out on Tuesday."
    assert triples(text) == [("She", "implored", "voters to turn out")]


# --- scorn, disowning and weighing a course -----------------------------------------


def test_scorn_poured_on_a_plan_is_the_speakers():
    text = "Republicans derided the proposal as a gimmick."
    assert triples(text) == [("Republicans", "derided", "the proposal as a gimmick")]


def test_a_group_disowned_is_a_stand_taken():
    text = "The senator has repudiated the group's remarks about immigrants."
    assert triples(text) == [("The senator", "repudiated", "the group's remarks about immigrants")]


def test_a_course_weighed_is_held_by_the_one_weighing_it():
    text = "Mr. Biden is contemplating a run for the presidency."
    assert triples(text) == [("Mr. Biden", "contemplating", "a run for the presidency")]


def test_reassurance_given_is_the_speakers_claim():
    text = "The campaign reassures donors that the race is far from over."
    assert triples(text) == [("The campaign", "reassures", "donors that the race is far from over")]


# --- the one ranked first among those who did something -----------------------------


def test_the_first_to_endorse_is_the_one_who_endorsed():
    text = "Grijalva was the first Democrat in Congress to endorse Sanders in the Democratic primary."
    assert triples(text) == [("Grijalva", "endorse", "Sanders in the Democratic primary")]


def test_one_among_those_who_voted_against_voted_against():
    text = "He was among 25 senators in 2008 to vote against the $700 billion bailout of big banks."
    assert triples(text) == [("He", "vote against", "the $700 billion bailout of big banks")]


def test_a_rank_without_a_cue_attributes_nothing():
    assert triples("She was the first to arrive at the rally.") == []


def test_an_announcement_at_a_news_conference_is_the_holders():
    text = "The governor held a news conference to announce that the state would sue."
    assert triples(text) == [("The governor", "announce", "the state would sue")]


# --- a conviction held and what someone knows ----------------------------------------


def test_believing_in_something_is_a_conviction_held():
    text = "In a changing economy, Millennials still believe in the American dream."
    assert triples(text) == [("Millennials", "believe in", "the American dream")]


def test_what_someone_knows_can_be_a_question_clause():
    text = "He knows how important it is to defeat Donald Trump in November."
    assert triples(text) == [("He", "knows", "how important it is to defeat Donald Trump in November")]


def test_what_someone_knew_in_a_story_is_narration():
    assert triples("They knew what the results would be.") == []


# --- a stance in the passive, held by its agent --------------------------------------


def test_a_fact_confirmed_by_a_group_is_the_groups_claim():
    text = "Her death was confirmed by the Eagle Forum, the group she founded."
    assert triples(text) == [("the Eagle Forum", "confirmed", "Her death")]


def test_a_policy_favored_by_a_group_is_its_stance():
    text = "The tax cuts favored by conservatives would cost $3 trillion."
    assert triples(text) == [("conservatives", "favored", "The tax cuts")]


def test_a_vote_to_endorse_is_the_voters_stand():
    text = "The union voted to endorse Clinton last July after polling its members."
    assert triples(text)[0][:2] == ("The union", "voted to")


def test_a_want_with_an_object_in_a_relative_is_a_position():
    text = "The bill united liberals and conservatives who wanted the federal government out of education."
    assert ("who", "wanted", "the federal government out of education") in triples(text)


def test_a_want_with_an_infinitive_in_a_relative_only_says_which_people():
    assert triples("Residents who want to leave can apply for help.") == []


# --- a state of mind set off after its clause -----------------------------------------


def test_a_resolve_after_the_clause_is_held_by_its_subject():
    text = "The Obama team poured more than $15 million into those contests, determined to bring the race to a close."
    assert triples(text) == [("The Obama team", "determined", "to bring the race to a close")]


def test_a_confidence_after_the_clause_is_held_by_its_subject():
    text = "Clinton aides worked the phones, confident that Democrats would be drawn to Mrs. Clinton."
    assert triples(text) == [("Clinton aides", "confident", "Democrats would be drawn to Mrs. Clinton")]


def test_a_state_of_mind_before_the_verb_is_left_alone():
    text = "Republicans, concerned about the party's declining appeal to women, have held back."
    assert triples(text) == []


# --- a noun of speech put out by a verb of delivering --------------------------------


def test_a_retort_delivered_is_the_speakers():
    text = 'Sanders delivered a snappy retort: "No one is tearing this up. We\'re going to go forward."'
    assert triples(text) == [
        ("Sanders", "delivered a snappy retort", "No one is tearing this up. We're going to go forward.")
    ]


def test_a_critique_delivered_is_about_its_object():
    text = "Smith delivered a critique of Hillary Clinton's handling of Benghazi."
    assert triples(text) == [("Smith", "delivered a critique of", "Hillary Clinton's handling of Benghazi")]


def test_a_statement_issued_with_its_own_participle_speaks_itself():
    text = "The town issued a statement saying it would appeal."
    assert triples(text) == [("The town", "saying", "it would appeal")]


def test_a_statement_issued_without_its_words_attributes_nothing():
    assert triples("McCain issued a statement after the debate on Monday.") == []


def test_a_newspaper_named_post_still_speaks():
    text = "The Washington Post said the poll was flawed."
    assert triples(text) == [("The Washington Post", "said", "the poll was flawed")]


def test_a_formal_complaint_issued_is_the_issuers_claim():
    text = "The state party issued a formal complaint that the convention had been rigged."
    assert triples(text) == [("The state party", "issued a formal complaint that", "the convention had been rigged")]


# --- likening one thing to another -----------------------------------------------------


def test_likening_one_to_another_is_the_speakers_judgement():
    text = "She compared her former employees at HP to the budding entrepreneurs in the slums of New Delhi."
    assert triples(text) == [
        ("She", "compared", "her former employees at HP to the budding entrepreneurs in the slums of New Delhi")
    ]


def test_a_comparison_of_figures_is_no_claim():
    text = "Support among Democrats rose to 26 percent, compared with 11 percent of Republican primary voters."
    assert triples(text) == []


def test_encouraging_someone_to_act_is_urging():
    text = "Clinton has encouraged the State Department to release her email as quickly as possible."
    assert triples(text) == [
        ("Clinton", "encouraged", "the State Department to release her email as quickly as possible")
    ]


def test_being_encouraged_by_results_is_no_claim():
    assert triples("The campaign was encouraged by the early results.") == []


def test_daring_someone_to_act_is_urging():
    text = "He dared Republicans to vote against the bill."
    assert triples(text) == [("He", "dared", "Republicans to vote against the bill")]


# --- an estimate put at a figure ---------------------------------------------------------


def test_an_estimate_put_at_a_figure_is_the_estimators():
    text = "As for Mr. Bloomberg, Forbes put his net worth at $45 billion."
    assert triples(text) == [("Forbes", "put", "his net worth at $45 billion")]


def test_a_thing_put_somewhere_is_no_estimate():
    assert triples("He put the book on the table.") == []


def test_a_phrasing_is_still_put_as_before():
    text = "As Ruth Marcus puts it, Obama is trying to have it both ways."
    assert triples(text) == [("Ruth Marcus", "puts it", "Obama is trying to have it both ways")]


def test_a_forecast_made_is_the_forecasters_claim():
    text = "Mr. Putin forecast that the slumping economy would soon rebound."
    assert triples(text) == [("Mr. Putin", "forecast", "the slumping economy would soon rebound")]


def test_a_weather_forecast_is_no_claim():
    assert triples("The weather forecast called for rain.") == []


# --- a stance noun and its predicate ------------------------------------------------------


def test_a_position_is_that_clause_is_the_owners_claim():
    text = "Trump's position is that the wall will be paid for by Mexico."
    assert triples(text) == [("Trump", "position is", "that the wall will be paid for by Mexico")]


def test_advice_is_to_act_is_the_advisers_counsel():
    text = "Her advice is to make male sources comfortable and talkative."
    assert triples(text) == [("Her", "advice is", "to make male sources comfortable and talkative")]


# --- a headline's future -------------------------------------------------------------------


def test_a_headlines_future_names_who_will_speak():
    assert triples("AFL-CIO to endorse Clinton.") == [("AFL-CIO", "endorse", "Clinton")]


def test_a_declined_infinitive_in_a_sentence_stays_unattributed():
    text = "The spokesman for the campaign, who was traveling with the candidate, declined to say whether he would run."
    assert all(cue != "say" for _, cue, _ in triples(text))


def test_a_headline_hint_is_the_hinters():
    assert triples("Ben Carson hints at major campaign shakeup.") == [
        ("Ben Carson", "hints at", "major campaign shakeup")
    ]


def test_taking_a_side_is_a_stance_but_both_sides_still_speak():
    assert triples("Sanders sided with the unions.") == [("Sanders", "sided with", "the unions")]
    assert triples("Both sides said the talks were useful.") == [("Both sides", "said", "the talks were useful")]
