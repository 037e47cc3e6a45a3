"""Nouns of stance whose holder follows them: "won the endorsement of X", "criticism from X that ...".

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_the_giver_of_an_endorsement_holds_it_and_the_subject_is_what_it_is_about():
    text = "Earlier this week Trump secured the endorsement of Arizona’s Sheriff Joe Arpaio."
    assert triples(text) == [("Arizona’s Sheriff Joe Arpaio", "secured the endorsement of", "Trump")]


def test_criticism_drawn_from_others_is_theirs():
    text = "The statement quickly drew sharp criticism from both sides of the abortion debate."
    assert [(s.speaker, s.content) for s in statements(text)] == [("both sides", "The statement")]


def test_an_aside_after_the_subject_goes_with_it():
    text = (
        "Mrs. Clinton, a former senator from New York, received support from roughly six in 10 Democrats on "
        "Long Island."
    )
    assert [(s.speaker, s.content) for s in statements(text)] == [
        ("roughly six in 10 Democrats on Long Island", "Mrs. Clinton, a former senator from New York")
    ]


def test_support_that_is_only_sought_or_not_given_is_no_stance():
    assert all(
        s.speaker != "teachers unions" for s in statements("Both candidates have sought support from teachers unions.")
    )
    assert triples("Trump hadn’t received a single endorsement from any members of Congress.") == []
    assert triples("The campaign widened its efforts to win the support of white working-class voters.") == []


def test_a_that_clause_after_the_maker_of_a_claim_is_the_claim():
    text = (
        "Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment "
        "at his rallies."
    )
    assert triples(text) == [
        ("rivals", "criticism from", "that the tenor of his campaign has created an unsafe environment at his rallies")
    ]


def test_claims_by_an_agency_that():
    text = (
        "Previously, the department had spent months pushing back against claims by intelligence agencies that "
        "some of her messages should be classified at such a high level."
    )
    assert (
        "intelligence agencies",
        "claims by",
        "that some of her messages should be classified at such a high level",
    ) in triples(text)


def test_a_bare_share_names_no_givers():
    text = "Rebuilding has the backing of 64 percent, who say the bridge is vital."
    assert all(s.speaker != "64 percent" for s in statements(text))


def test_a_share_of_named_givers_is_who_gives():
    text = "He received the backing of 33% of national Republican primary voters."
    assert [(s.speaker, s.content) for s in statements(text)] == [("33% of national Republican primary voters", "He")]


def test_the_one_who_asks_puts_the_question():
    text = (
        "When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump "
        "reportedly said, “You tell me,” repeatedly."
    )
    found = [(s.speaker, s.content) for s in statements(text)]
    assert ("a reporter", "whether this differed from Nazi Germany requiring Jews to register") in found


def test_a_passive_question_with_its_asker():
    text = (
        "Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
        "credits, which the Tax Foundation estimates would cost as much as $170 billion a year, would risk "
        "adding another expensive entitlement program."
    )
    s = statements(text)[0]
    assert s.speaker == "Fox Business moderator Gerard Baker"
    assert s.content.startswith("whether his proposed expansion") and s.content.endswith("entitlement program")


def test_a_passive_with_its_agent_runs_on_to_what_it_was_called():
    text = (
        "The controversy has focused on how the compound was initially portrayed by the White House as a violent "
        "protest rather than a terrorist attack."
    )
    s = statements(text)[0]
    assert s.speaker == "the White House"
    assert s.content.endswith("as a violent protest rather than a terrorist attack")


def test_naming_that_appoints_or_judges_is_a_claim():
    assert triples("Sanders named five people to the committee.") == [
        ("Sanders", "named", "five people to the committee")
    ]
    assert triples("Trump identified the judge as “Spanish,” and repeated the charge.")[0][:2] == (
        "Trump",
        "identified",
    )


def test_a_name_given_is_no_claim():
    assert triples("A cleric named Fethullah Gulen lives in Pennsylvania.") == []
    assert triples("The class is held in buildings named for Mannix pals like Mr. Gable.") == []
    assert triples("But it identified the hostage by name for the first time.") == []


def test_support_among_a_group_is_theirs():
    text = "Clinton has strong support among African-American voters in S.C."
    assert [(s.speaker, s.content) for s in statements(text)] == [("African-American voters", "Clinton")]
    text = "Bernie Sanders continues to draw support among union members."
    assert [(s.speaker, s.content) for s in statements(text)] == [("union members", "Bernie Sanders")]


def test_complaints_from_a_maker_that():
    text = (
        "The Chinese finance minister jabbed back on Monday at complaints from his American counterpart that "
        "China's glut of factories was overwhelming foreign markets."
    )
    assert triples(text) == [
        (
            "his American counterpart",
            "complaints from",
            "that China's glut of factories was overwhelming foreign markets",
        )
    ]


def test_a_stance_voiced_or_withheld_is_the_subjects_and_its_object_the_claim():
    text = "During the same interview, he also withheld support from McCain and Ayotte."
    assert triples(text) == [("he", "withheld support from", "McCain and Ayotte")]
    text = (
        "PARIS, Aug 31 (Reuters) - France's far-right National Front party leader, Marine Le Pen, voiced support for "
        "U.S. Republican presidential candidate Donald Trump on Wednesday."
    )
    assert [(s.speaker, s.content) for s in statements(text)] == [
        (
            "France's far-right National Front party leader, Marine Le Pen",
            "U.S. Republican presidential candidate Donald Trump",
        )
    ]


def test_support_not_yet_given_is_no_stance():
    assert triples("Sanders will stay in the race until he throws his support to Clinton.") == []


def test_questions_raised_about_whether():
    text = (
        "She resigned after the news organization raised questions about whether Lewandowski had actually grabbed her."
    )
    assert triples(text) == [
        ("the news organization", "raised questions about", "whether Lewandowski had actually grabbed her")
    ]


def test_doubts_raised_by_a_participle_are_the_main_subjects():
    text = (
        "Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting “Bernie or Jill, No "
        "Hill,” raising fresh questions about whether Clinton will face a bleed of Sanders' most devoted backers."
    )
    found = [(s.speaker, s.content) for s in statements(text)]
    assert (
        "Hundreds of pro-Sanders demonstrators",
        "whether Clinton will face a bleed of Sanders' most devoted backers",
    ) in found


def test_a_tweet_that_says_something_is_its_speaker():
    assert triples("The tweet said that Clinton had lied about the emails.") == [
        ("The tweet", "said", "Clinton had lied about the emails")
    ]
    found = statements("Twitter became a place to offer support. One tweet said: “This is very very sad.”")
    assert [(s.speaker, s.content) for s in found] == [("One tweet", "This is very very sad.")]


def test_an_endorsement_picked_up():
    text = "Cruz also picked up an endorsement from a onetime Republican opponent, former Texas governor Rick Perry."
    assert [(s.speaker, s.content) for s in statements(text)] == [
        ("a onetime Republican opponent, former Texas governor Rick Perry", "Cruz")
    ]


def test_support_expected_inside_someones_thought_leaves_the_thought_whole():
    text = "Bobby Franklin thinks Mr. Trump will pick up support among tech people as he moderates his views."
    assert triples(text) == [
        ("Bobby Franklin", "thinks", "Mr. Trump will pick up support among tech people as he moderates his views")
    ]


def test_one_stirred_by_something_holds_a_stance_on_it():
    text = "FBI officials were angered by the deal and predicted it would affect other cases."
    assert ("FBI officials", "angered by", "the deal") in triples(text)
    text = "They were less pleased by its plans to triple coal production from 2013 to 2020."
    assert triples(text) == [("They", "pleased by", "its plans to triple coal production from 2013 to 2020")]


def test_an_opening_feeling_belongs_to_the_subject_after_it():
    text = "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, called Mr. Sanders."
    assert triples(text) == [("Senator Harry Reid", "Alarmed by", "the unrest in Nevada")]
    text = (
        "African-Americans turned out widely in 2008 to elect the first black leader, angered by what they saw as "
        "contempt and disrespect from Republicans."
    )
    assert [(s.speaker, s.content) for s in statements(text)] == [
        ("African-Americans", "what they saw as contempt and disrespect from Republicans")
    ]


def test_a_feeling_without_its_cause_or_a_cause_that_is_no_feeling_is_no_claim():
    assert triples("This angered Hispanics across the state.") == []
    assert triples("The attacks were inspired by ISIL.") == []
    text = "Democrats are more likely to be scared by his nomination: 45% of Republicans say so."
    assert ("Democrats", "scared by", "his nomination") in triples(text)


def test_a_feeling_with_or_at_what_stirred_it():
    text = "Overall, Democrats appeared pleased with Clinton."
    assert [(s.speaker, s.content) for s in statements(text)] == [("Democrats", "Clinton")]
    text = "Horrified at the prospect of Trump becoming president, Ramos went on the air."
    assert [(s.speaker, s.content) for s in statements(text)] == [("Ramos", "the prospect of Trump becoming president")]


def test_standing_by_something_backs_it():
    text = "In Thursday's debate, Trump stood by his comment Monday that “Islam hates us.”"
    assert ("Trump", "stood by", "his comment Monday that “Islam hates us.”") in triples(text)
    assert triples("The stand by the river was closed.") == []


def test_phrasal_verbs_of_stating_or_dismissing():
    assert triples("He brushed off these concerns.") == [("He", "brushed off", "these concerns")]
    text = "On Thursday, Mr. Ryan laid out a vision for a reformed tax code."
    assert triples(text) == [("Mr. Ryan", "laid out", "a vision for a reformed tax code")]
    assert triples("The hens laid eggs all winter.") == []


def test_shots_taken_at_a_target():
    text = "In a Tuesday town hall in Brooklyn, Clinton took some shots at Sanders, particularly on his plan."
    assert triples(text) == [("Clinton", "took some shots at", "Sanders")]
    assert triples("The shot at the buzzer won the game.") == []


def test_stances_made_with_a_light_verb():
    text = "Mr. Sanders took issue with recent criticism over his understanding of financial regulation policy."
    assert triples(text) == [
        ("Mr. Sanders", "took issue with", "recent criticism over his understanding of financial regulation policy")
    ]
    assert triples("In Ohio, Trump cast the blame on his Democratic rivals.") == [
        ("Trump", "cast the blame on", "his Democratic rivals")
    ]
    assert triples("The issue with the plan is cost.") == []
    assert triples("The race attracted the attention of presidential candidates.") == []


def test_a_possessive_inside_a_light_verb_stance():
    text = "Sanders turned his attention to inserting a provision for community health centers into the ACA."
    assert triples(text) == [
        ("Sanders", "turned his attention to", "inserting a provision for community health centers into the ACA")
    ]
