"""Finding the speaker, and telling a cue word from another sense of the same word.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_two_subjects_joined_by_and_speak_together():
    text = "The source of the attraction, union members and leaders say, is manifold."
    assert triples(text)[0][:2] == ("union members and leaders", "say")
    assert triples("The mayor and his aides said the budget was balanced.") == [
        ("The mayor and his aides", "said", "the budget was balanced")
    ]


def test_a_pronoun_and_a_noun_after_a_cue_are_one_subject_of_the_claim():
    text = "Ms. Sherry said she and her female peers jokingly referred to themselves as ''The Glass Ceiling Club.''"
    outer = statements(text)[0]
    assert (outer.speaker, outer.cue) == ("Ms. Sherry", "said")
    assert outer.content.startswith("she and her female peers jokingly referred")


def test_a_pronoun_and_a_name_before_an_aside_speak_together():
    text = "She and Jack Goldsmith, a Bush-era Justice official, outlined a plan to review how dangerous detainees are."
    assert triples(text)[0][:2] == ("She and Jack Goldsmith", "outlined")


def test_and_between_two_clauses_does_not_join_subjects():
    assert triples("Trump won the primary and his aides said he would win.") == [("his aides", "said", "he would win")]


def test_a_claim_ending_in_that_comes_before_its_attribution():
    assert triples("State departments of education can do that, they said.") == [
        ("they", "said", "State departments of education can do that")
    ]
    # A relative before the aside still hands the claim to what follows.
    assert triples("It was a house where, it said, her body was buried.") == [("it", "said", "her body was buried")]


def test_a_dotted_abbreviation_does_not_end_the_speaker():
    text = (
        "Last week, the F.B.I. director, James B. Comey, recommended that no criminal charges be filed against "
        "Mrs. Clinton."
    )
    assert triples(text) == [
        ("the F.B.I. director, James B. Comey", "recommended", "no criminal charges be filed against Mrs. Clinton")
    ]
    assert triples("“It failed,” said the U.S. ambassador.") == [("the U.S. ambassador", "said", "It failed")]


def test_a_name_set_off_after_a_long_description_is_the_speaker():
    text = "One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will test their conclusions."
    assert triples(text) == [("Ari Fleischer", "said", "Trump’s nomination will test their conclusions")]


def test_a_relative_clause_inside_the_aside_describes_the_speaker():
    text = (
        "Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the February conference, said in a "
        "recent interview that Congress had instructed the Fed to focus on the United States."
    )
    said = [t for t in triples(text) if t[1] == "said"]
    assert said == [("Laurence Meyer", "said", "Congress had instructed the Fed to focus on the United States")]


def test_a_quoted_title_inside_the_aside_is_no_claim():
    text = 'The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.'
    assert triples(text) == [("The ad", "concludes", 'Trump is too "dangerous and reckless" to be president')]


def test_a_participle_that_describes_the_subject_belongs_to_the_speaker():
    text = "Democrats trying to regain control of the Senate in November say they have a powerful new weapon."
    assert triples(text) == [
        ("Democrats trying to regain control of the Senate in November", "say", "they have a powerful new weapon")
    ]


def test_a_speaker_after_the_verb_keeps_the_people_it_counts():
    text = "“Defending that terrain is squarely within his wheelhouse,” said a handful of Democrats who know him."
    assert triples(text) == [
        ("a handful of Democrats", "said", "Defending that terrain is squarely within his wheelhouse")
    ]
    text = "“There won't be a path for Bernie to succeed,” said one of those advisers, who spoke anonymously."
    assert triples(text)[0][:2] == ("one of those advisers", "said")


def test_other_senses_of_cue_verbs_make_no_claim():
    assert triples("Roger Ailes helped found Fox News in 1996.") == []
    assert triples("The committee has written off efforts by anti-Trump delegates.") == []
    assert triples("She was showing off the hat his campaign had given her.") == []
    assert triples("Over 10 years, deficits would add up to $1.5 trillion more.") == []
    # The finding itself still counts.
    assert triples("The survey found that voters were angry.")[0][:2] == ("The survey", "found")


def test_a_programme_called_a_show_is_no_evidence():
    assert triples("The presidential candidates' favorite TV shows sound about right.") == []
    text = "On the MSNBC, Fox and CNN morning shows, about one in three of the voices were women."
    assert triples(text) == []
    assert triples("The poll shows that voters are angry.")[0][:2] == ("The poll", "shows")


def test_a_telephone_call_or_a_name_given_is_no_claim():
    assert triples("A year later, Mr. Obama called Naghmeh Abedini.") == []
    assert triples("Obama called both candidates Tuesday night and was scheduled to meet with Sanders.") == []
    assert triples("She called Sanders to congratulate him.") == []
    assert triples("He sat at a dinner sponsored by the liberal major donor club called Democracy Alliance.") == []
    # A second object says what the one called is.
    assert triples("De Blasio called Trump a “blowhard.”")[0][:2] == ("De Blasio", "called")
    assert triples("He called the actions lawful.") == [("He", "called", "the actions lawful")]


def test_a_phrase_of_place_or_time_between_subject_and_verb_is_not_the_speaker():
    text = "Jeb Bush in a Medium post said he would put more conservative judges on the federal bench."
    assert triples(text)[0][:2] == ("Jeb Bush", "said")
    text = "The rejection was complete when Trump in his announcement speech called immigrants “rapists.”"
    assert triples(text)[0][:2] == ("Trump", "called")
    # A group that the phrase places keeps it: it is not a person named before a time or a venue.
    assert triples("Democrats on the House Judiciary Committee said the law was unfair.")[0][0] == (
        "Democrats on the House Judiciary Committee"
    )


def test_a_time_before_the_speaker_is_no_claim_that_came_first():
    text = (
        "Earlier this week, senior Democrats on the House Judiciary Committee, along with top congressional leaders, "
        "also wrote to Lynch, urging the Justice Department to review the impact of voting restrictions."
    )
    urging = [t for t in triples(text) if t[1] == "urging"]
    assert urging == [
        (
            "senior Democrats on the House Judiciary Committee",
            "urging",
            "the Justice Department to review the impact of voting restrictions",
        )
    ]


def test_a_date_between_subject_and_verb_is_stepped_over():
    assert triples("Sanders in 2014 said the bill was flawed.") == [("Sanders", "said", "the bill was flawed")]
    text = "When Fiorina a month later announced 6,000 layoffs, some workers felt betrayed."
    assert triples(text)[0][:2] == ("Fiorina", "announced")


def test_who_runs_or_sends_a_message_speaks_through_it():
    text = (
        "In Ohio, the Freedom Partners Action Fund, a super PAC, is running a TV spot attacking Democratic "
        "candidate Ted Strickland for tax increases."
    )
    assert triples(text)[0][:2] == ("the Freedom Partners Action Fund", "attacking")
    text = "The RNC emailed a news article reporting that Clinton is showing flashes of frustration."
    assert triples(text)[0][:2] == ("The RNC", "reporting")


def test_a_participle_hangs_on_the_subject_after_an_opening_phrase():
    text = "More recently, Rubio has shifted somewhat to match the mood, offering more dire warnings about terrorism."
    assert triples(text) == [("Rubio", "offering", "more dire warnings about terrorism")]
    text = "Throughout the 2000s, Democrats in Congress, fearing the electoral consequences, failed to unite."
    assert triples(text)[0][:2] == ("Democrats", "fearing")


def test_speaking_of_something_with_a_manner_between_is_a_cue():
    text = "Mr. Trump spoke favorably of Mr. Putin’s leadership before Mr. Manafort joined the campaign."
    assert triples(text)[0] == ("Mr. Trump", "spoke favorably of", "Mr. Putin’s leadership")
    assert triples("O’Malley spoke of a recent visit to a mosque.") == [
        ("O’Malley", "spoke of", "a recent visit to a mosque")
    ]
    # The particle's object moved before the verb: nothing follows to be the claim.
    text = "Griffin said that the obliteration Johnson spoke of was changing black attitudes."
    assert [t[1] for t in triples(text)] == ["said"]


def test_making_a_noun_of_speech_reports_what_was_said():
    assert triples("Cruz made an unprompted call for an end to sugar subsidies.") == [
        ("Cruz", "made an unprompted call for", "an end to sugar subsidies")
    ]
    assert triples("Trump made no mention of Jeb Bush.") == [("Trump", "made no mention of", "Jeb Bush")]
    # Other things made, and remarks already reported, are no new claim.
    assert triples("She made a lot of money last year.") == []
    assert triples("Obama made the comments just before ending a trip to Vietnam.") == []


def test_a_speaker_after_a_quotation_keeps_where_they_belong():
    text = "“That's enough to keep him on top for now,” said Phil Musser of digital consulting firm IMGE."
    assert triples(text) == [
        ("Phil Musser of digital consulting firm IMGE", "said", "That's enough to keep him on top for now")
    ]
    text = "“We have a ton of work to do,” said a longtime adviser to both Clintons, who spoke anonymously."
    assert triples(text)[0][:2] == ("a longtime adviser to both Clintons", "said")
    text = "“They pooh-poohed this bankruptcy,” said Sen. Jim Whelan who represents Atlantic City."
    assert triples(text)[0][:2] == ("Sen. Jim Whelan", "said")
    # Not after a comma: the words after the verb are the claim.
    text = (
        "RoseAnn DeMoro, executive director of the union, also said her group planned to take part in demonstrations."
    )
    assert triples(text)[0][:2] == ("RoseAnn DeMoro", "said")


def test_a_name_and_its_description_before_said_are_the_subject_not_a_claim():
    text = (
        "Christopher Knittel, an expert on energy economics at the Massachusetts Institute of Technology, said a "
        "properly calibrated carbon price in the United States could effectively replace all the regulations."
    )
    assert triples(text) == [
        (
            "Christopher Knittel",
            "said",
            "a properly calibrated carbon price in the United States could effectively replace all the regulations",
        )
    ]
    text = "Gov. John Kasich of Ohio, a Republican who refused to endorse Mr. Trump, said the family deserved better."
    assert ("Gov. John Kasich of Ohio", "said", "the family deserved better") in triples(text)
