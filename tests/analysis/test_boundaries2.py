"""Stage 3: where a claim ends, round 2 (the writer's next act, clause or aside after the claim).

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_but_and_a_second_verb_of_attitude_is_the_subjects_next_act():
    text = (
        "He thinks she would have been committed to the issue anyway, but believes the overwhelmingly popularity "
        "of gun control among Democrats, especially black voters, ensures her support."
    )
    assert triples(text)[0] == ("He", "thinks", "she would have been committed to the issue anyway")


def test_but_there_opens_the_writers_next_clause():
    text = (
        "The Saudis have said for years that they would support the release of the pages, but there is growing "
        "anger in Saudi circles over how their reputation is being affected by the latest push to declassify "
        "the information."
    )
    assert triples(text)[0][2].endswith("they would support the release of the pages")


def test_but_inside_the_claim_stays():
    text = "He said the plan was costly, but necessary."
    assert triples(text) == [("He", "said", "the plan was costly, but necessary")]


def test_a_name_and_a_perfect_after_the_claim_is_the_writers_clause():
    text = (
        "While critics argue that trading prisoners encourages others to target Americans, President Obama has "
        "deemed certain releases a reasonable trade-off."
    )
    assert triples(text) == [
        ("critics", "argue", "trading prisoners encourages others to target Americans"),
        ("President Obama", "deemed", "certain releases a reasonable trade-off"),
    ]


def test_a_concession_after_a_typewriter_dash_is_the_writers():
    text = (
        "Vermont Sen. Bernie Sanders is pledging to take his campaign to the convention floor -- even as "
        "Democratic front-runner Hillary Clinton closed in on the 2,383 delegates needed to secure the nomination."
    )
    assert triples(text) == [
        ("Vermont Sen. Bernie Sanders", "pledging", "to take his campaign to the convention floor")
    ]


def test_a_participle_after_a_dash_is_the_writers():
    text = (
        "Many observers expect the Environmental Protection Agency to dial back the mandate — requiring refiners "
        "to use fewer gallons of ethanol than Congress had demanded when it created the program’s current "
        "version in 2007."
    )
    assert triples(text)[0] == (
        "Many observers",
        "expect",
        "the Environmental Protection Agency to dial back the mandate",
    )


def test_a_quotation_after_a_spaced_hyphen_is_the_writers():
    text = 'Clinton suggested that the plan was unserious - "Again, we need to get into the details," she said.'
    assert ("Clinton", "suggested", "the plan was unserious") in triples(text)


def test_a_dash_that_closes_an_aside_does_not_end_the_claim():
    text = (
        "People close to the Clintons are hoping to see her focus on strength — not frustration — when she "
        "takes on the senator she has accused of impugning her integrity."
    )
    assert triples(text)[0][2].endswith("when she takes on the senator she has accused of impugning her integrity")


def test_a_gloss_on_the_last_noun_is_the_writers():
    text = "But Mr. Ryan reiterated his support for Mr. Trump, the presumptive Republican presidential nominee."
    assert triples(text) == [("Mr. Ryan", "reiterated", "his support for Mr. Trump")]


def test_a_list_is_not_a_gloss():
    text = (
        "He said he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising "
        "over a choice for the Supreme Court."
    )
    assert triples(text)[0][2].endswith("the possibility of compromising over a choice for the Supreme Court")


def test_a_long_list_of_short_items_stays_in_the_object():
    text = (
        "Mr. Bush questioned Mr. Trump's tactics, his qualifications, his judgment, his worldview and his very decency."
    )
    assert triples(text) == [
        (
            "Mr. Bush",
            "questioned",
            "Mr. Trump's tactics, his qualifications, his judgment, his worldview and his very decency",
        )
    ]


def test_an_adjective_in_ed_after_and_is_not_a_second_predicate():
    text = "Samantha Phillips said the heat and unsettled weather could last through the end of the week."
    assert triples(text) == [
        ("Samantha Phillips", "said", "the heat and unsettled weather could last through the end of the week")
    ]


def test_an_attribution_in_an_opening_subordinate_clause_ends_at_the_main_clause():
    text = (
        "While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy "
        "when asked about his daughter’s work for the campaign of Democrat Hillary Clinton."
    )
    assert triples(text)[0] == ("Ramos", "said", "journalists cannot have any political affiliation")


def test_an_attribution_in_a_when_clause_ends_at_the_main_clause():
    text = (
        "If we’re hearing Rubio’s strategy correctly when he says he intends to “pick up delegates” everywhere "
        "he can, it would seem as if his current plan is to compete long enough and well enough to keep Trump "
        "from getting the 1,237 delegates he needs to win on the first ballot at the convention."
    )
    assert ("he", "says", "he intends to “pick up delegates” everywhere he can") in triples(text)


def test_a_relative_after_a_preposition_at_the_end_is_the_writers_note():
    text = (
        "Berger said he is partial to Arkansas Gov. Mike Huckabee and to Ted Cruz, for whom he was scheduled to "
        "co-host a fundraiser in New Jersey on Thursday night."
    )
    assert triples(text) == [("Berger", "said", "he is partial to Arkansas Gov. Mike Huckabee and to Ted Cruz")]


def test_an_adverb_and_a_past_verb_after_a_comma_are_the_subjects_next_act():
    text = (
        "She said Republicans should give him a hearing, notably stopped short of committing to renominate him "
        "if she wins."
    )
    assert triples(text) == [("She", "said", "Republicans should give him a hearing")]


def test_as_and_an_auxiliary_compare_the_claim_with_others():
    text = "He said he does not do them publicly, as was the case with Tuesday’s surprise news conference."
    assert triples(text) == [("He", "said", "he does not do them publicly")]


def test_a_parenthesis_that_ends_the_sentence_is_the_writers():
    text = (
        "Trump cited it as a source for his claim in November that Obama wants to take in as many as 250,000 "
        "Syrian refugees (Obama has proposed accepting 10,000 Syrians)."
    )
    assert triples(text) == [
        (
            "Trump",
            "cited",
            "it as a source for his claim in November that Obama wants to take in as many as 250,000 Syrian refugees",
        ),
        ("Obama", "proposed", "accepting 10,000 Syrians"),
    ]


def test_a_gloss_with_another_is_the_writers():
    text = 'Trump refused to say the words "radical Islam," another moment immediately seized upon by Republicans.'
    assert triples(text) == [("Trump", "refused", 'to say the words "radical Islam,"')]


def test_a_venue_after_an_object_is_not_part_of_it():
    assert triples("Sen. Lindsey Graham defended Cruz in a recent interview with The Post.") == [
        ("Sen. Lindsey Graham", "defended", "Cruz")
    ]
    assert triples("Mr. Reid attacked the Koch brothers from the Senate floor on Monday.") == [
        ("Mr. Reid", "attacked", "the Koch brothers")
    ]


def test_a_place_that_is_no_venue_stays_in_the_object():
    text = "Mr. Trump praised the workers in the factory."
    assert triples(text) == [("Mr. Trump", "praised", "the workers in the factory")]


def test_a_titled_name_and_a_verb_after_the_claim_open_the_writers_clause():
    text = (
        "While Republican business leaders and their lobbying groups push for free trade, Mr. Trump has rallied "
        "thousands by promising to impose 35 percent tariffs on imported goods made by American companies that "
        "move factories abroad."
    )
    assert triples(text)[0] == ("Republican business leaders and their lobbying groups", "push for", "free trade")


def test_the_horizontal_bar_is_a_dash():
    text = (
        "Many observers expect the Environmental Protection Agency to dial back the mandate ― requiring refiners "
        "to use fewer gallons of ethanol than Congress had demanded."
    )
    assert triples(text)[0][2] == "the Environmental Protection Agency to dial back the mandate"
