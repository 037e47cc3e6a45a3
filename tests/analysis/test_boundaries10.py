"""Where an indirect or mixed claim ends: straight quotation marks, examples that widen an object, a name's
circumstances.

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- an object holds a quotation in straight marks whole -------------------------------------------


def test_comma_inside_a_straight_quotation_does_not_end_the_object():
    text = 'She often speaks of breaking "that highest, hardest glass ceiling" by winning the White House.'
    assert triples(text) == [
        ("She", "speaks of", 'breaking "that highest, hardest glass ceiling" by winning the White House')
    ]


def test_object_named_as_a_straight_quotation_with_a_comma():
    text = 'The congressman praised his colleague as a "work horse, not a show horse."'
    assert triples(text) == [("The congressman", "praised", 'his colleague as a "work horse, not a show horse."')]


# --- ", including ...", ", as well as ...": an object widened by examples or more of the same -------


def test_as_well_as_after_a_comma_goes_on_with_the_object():
    text = "Trump thanked his parents and his wife, as well as his campaign manager."
    assert triples(text) == [("Trump", "thanked", "his parents and his wife, as well as his campaign manager")]


def test_including_after_a_comma_goes_on_with_the_object():
    text = "The senator denounced the spending cuts, including a freeze on school funding."
    assert triples(text) == [("The senator", "denounced", "the spending cuts, including a freeze on school funding")]


# --- a name or a pronoun, then a phrase of place, time or means: the act's, whatever the verb -------


def test_name_object_ends_before_a_phrase_of_means():
    text = "Speakers at the rally assailed Mrs. Clinton from several angles."
    assert triples(text) == [("Speakers at the rally", "assailed", "Mrs. Clinton")]


def test_pronoun_object_ends_before_a_phrase_of_time():
    text = "Investigators found them during a search of the house."
    assert triples(text) == [("Investigators", "found", "them")]


def test_name_object_keeps_a_phrase_with_with():
    text = "A new poll shows Clinton with a lead of ten points."
    assert triples(text) == [("A new poll", "shows", "Clinton with a lead of ten points")]


# --- a bare weekday after a noun-phrase claim: the day of the act ----------------------------------


def test_noun_phrase_ends_before_a_bare_weekday_and_its_part_of_the_day():
    text = "The senator tweeted her appreciation Friday afternoon."
    assert triples(text) == [("The senator", "tweeted", "her appreciation")]


def test_noun_phrase_ends_before_a_bare_weekday():
    text = "The former president showed considerable restraint Monday."
    assert triples(text) == [("The former president", "showed", "considerable restraint")]


def test_infinitive_keeps_its_bare_weekday():
    text = "He urged them to vote Tuesday."
    assert triples(text) == [("He", "urged", "them to vote Tuesday")]


# --- "A; B; and C": a semicolon inside a series goes on with the claim -------------------------------


def test_semicolons_of_a_series_ending_in_and_go_on_with_the_claim():
    text = (
        "Some of the women said they had spoken at hearings; helped organize rallies for reform; "
        "and put together open-mike nights."
    )
    assert triples(text) == [
        (
            "Some of the women",
            "said",
            "they had spoken at hearings; helped organize rallies for reform; and put together open-mike nights",
        )
    ]


def test_a_lone_semicolon_still_ends_the_claim():
    text = "He said the vote was close; the count went on all night."
    assert triples(text) == [("He", "said", "the vote was close")]


# --- ", the highest ...", ", the latter ...": a ranking of the claim's last words is the writer's gloss --


def test_ranking_gloss_with_a_verb_of_its_own_ends_the_claim():
    text = "A new tracking average puts the president’s approval at 50 percent, the highest it’s been in four years."
    assert triples(text) == [("A new tracking average", "puts", "the president’s approval at 50 percent")]


def test_the_latter_gloss_ends_the_claim():
    text = "Many closures, he said, involved semi-private courses, the latter a reference to clubs with members."
    assert triples(text) == [("he", "said", "Many closures, he said, involved semi-private courses")]


def test_a_ranked_noun_with_its_own_verb_is_no_gloss():
    text = (
        "According to papers from Diane Blair, a close friend of hers who died in 2000, the first lady had called "
        "the report a smear."
    )
    assert triples(text) == [
        (
            "papers from Diane Blair",
            "According to",
            "a close friend of hers who died in 2000, the first lady had called the report a smear",
        )
    ]


# --- an infinitive, then "and" with a subject and a verb: the writer's next clause -------------------


def test_infinitive_claim_ends_before_and_a_new_subject_with_its_verb():
    text = "Cadillac declined to renew its sponsorship of the event and the tour could not find a new sponsor."
    assert triples(text) == [("Cadillac", "declined", "to renew its sponsorship of the event")]


def test_infinitive_claim_keeps_a_second_verb_of_its_own():
    text = "She wants to raise taxes and cut spending."
    assert triples(text) == [("She", "wants", "to raise taxes and cut spending")]


# --- ", which claimed ..., are slipping": an attribution in a relative aside the claim resumes after -----


def test_claim_goes_on_through_a_relative_aside_with_its_own_attribution():
    text = (
        "Officials raised concern that groups like ISIS, which claimed responsibility for the attacks, are "
        "slipping fighters into Europe."
    )
    assert triples(text)[0] == (
        "Officials",
        "raised concern",
        "that groups like ISIS, which claimed responsibility for the attacks, are slipping fighters into Europe",
    )


def test_relative_with_its_own_attribution_at_the_end_stays_apart():
    text = "She said she would vote for Sanders, who blasts free trade."
    assert triples(text) == [("She", "said", "she would vote for Sanders"), ("who", "blasts", "free trade")]


# --- "as he winds down ...": the time of the act, with a verb in the present too ----------------------


def test_noun_phrase_ends_before_as_with_a_pronoun_and_a_present_verb():
    text = "She expressed her frustration as it comes to an end."
    assert triples(text) == [("She", "expressed", "her frustration")]


def test_second_as_of_a_comparison_is_no_time_of_the_act():
    text = "The leaders signaled their support for the delay, as long as it comes with a pause."
    assert ("The leaders", "signaled", "their support for the delay, as long as it comes with a pause") in triples(text)


# --- "While many affirm ..., others appeared ...": a quantifier opens the main clause -----------------


def test_claim_in_an_opening_subordinate_clause_ends_before_a_quantifier_subject():
    text = "While many Republicans affirm their support for the nominee, others appeared ready to abandon him."
    assert triples(text) == [("many Republicans", "affirm", "their support for the nominee")]


def test_claim_in_an_opening_clause_ends_at_a_quotation_closed_on_its_comma():
    text = 'While most of those surveyed said Bush has the "best experience," Trump is the candidate they trust most.'
    assert triples(text) == [("most of those surveyed", "said", 'Bush has the "best experience,"')]


def test_claim_in_an_opening_clause_ends_at_a_curly_quotation_closed_on_its_comma():
    text = "As the governor pledged to confront “knife-wielding attackers,” many in the audience cheered."
    assert triples(text) == [("the governor", "pledged", "to confront “knife-wielding attackers,”")]


# --- "said little about X": what was said is about X ------------------------------------------------


def test_said_little_about_reports_the_topic():
    text = "Sanders said little about how he would do it."
    assert triples(text) == [("Sanders", "said", "how he would do it")]


def test_said_almost_nothing_about_reports_the_topic():
    text = "She said almost nothing about monetary policy."
    assert triples(text) == [("She", "said", "monetary policy")]


def test_nothing_as_the_subject_of_the_claim_stays():
    text = "He said nothing was wrong."
    assert triples(text) == [("He", "said", "nothing was wrong")]


# --- "not X, but Y": one claim ------------------------------------------------------------------------


def test_not_x_but_y_is_one_claim():
    text = "The rate rise heralds not a gentle tap on the brakes, but a starting gun for a new era."
    assert triples(text) == [
        ("The rate rise", "heralds", "not a gentle tap on the brakes, but a starting gun for a new era")
    ]


def test_not_just_x_but_y_is_one_claim():
    text = "Republicans keep arguing the agenda has been not just a failure, but a catastrophe."
    assert triples(text) == [("Republicans", "arguing", "the agenda has been not just a failure, but a catastrophe")]


# --- "..., with X, according to Y": the source vouches for the figure in the with-phrase --------------


def test_according_to_vouches_for_the_with_phrase_after_a_clause_without_figures():
    text = "Women still trail men in giving, with about two-thirds of the money coming from men, according to Crowdpac."
    assert triples(text) == [("Crowdpac", "according to", "about two-thirds of the money coming from men")]


def test_according_to_keeps_a_clause_that_gives_figures_of_its_own():
    text = "The casinos won 5 percent less in October, with revenue dipping to $191 million, according to regulators."
    assert triples(text) == [
        (
            "regulators",
            "according to",
            "The casinos won 5 percent less in October, with revenue dipping to $191 million",
        )
    ]


# --- ", recently telling ...": an adverb of time and a participle, the speaker's next act -------------


def test_time_adverb_and_participle_end_the_claim():
    text = "Clinton expressed frustration about the debate, recently telling a friend that she was perplexed."
    assert triples(text) == [
        ("Clinton", "expressed", "frustration about the debate"),
        ("Clinton", "telling", "she was perplexed"),
    ]


def test_modal_adverb_and_participle_stay_in_the_claim():
    text = "Analysts suggest the change would have a big impact, possibly making it harder for insiders."
    assert triples(text) == [
        ("Analysts", "suggest", "the change would have a big impact, possibly making it harder for insiders")
    ]


# --- ", the X delivered by ...": a described noun is a gloss, not a list item -----------------------


def test_gloss_with_a_participle_and_by_is_no_list_item():
    text = "He cited the Head Start program, the federally funded preschool delivered by schools and charities."
    assert triples(text) == [("He", "cited", "the Head Start program")]


def test_list_of_plain_noun_phrases_stays_whole():
    text = "She praised the nurses, the teachers and the firefighters."
    assert triples(text) == [("She", "praised", "the nurses, the teachers and the firefighters")]


# --- a long gloss that runs to the sentence's end is the writer's too ---------------------------------


def test_long_gloss_after_the_object_ends_the_claim():
    text = (
        "The party sees the emergence of the new movement, a right-wing group that scored big successes in three "
        "state elections in March by campaigning hard against the welcome of more than one million migrants and "
        "the support of the coordinated economic policies of the union."
    )
    assert triples(text) == [("The party", "sees", "the emergence of the new movement")]


def test_one_of_gloss_after_the_claim_is_the_writers():
    text = "He said both men had ties to the little mosque, one of the oldest in this part of the state."
    assert triples(text) == [("He", "said", "both men had ties to the little mosque")]


def test_both_of_whom_gloss_with_an_and_is_no_list():
    text = (
        "Rubio hoped to emerge as the main alternative to Trump and Cruz, both of whom are viewed with suspicion "
        "and worse by the party."
    )
    assert triples(text) == [("Rubio", "hoped", "to emerge as the main alternative to Trump and Cruz")]


# --- ", to his chagrin": the writer's word on how it felt --------------------------------------------


def test_to_his_chagrin_ends_the_claim():
    text = "The former chief of staff knew all about that, to his chagrin."
    assert triples(text) == [("The former chief of staff", "knew", "all about that")]


def test_to_the_relief_of_ends_the_claim():
    text = "He said the plan would go to the committee, to the relief of many members."
    assert triples(text) == [("He", "said", "the plan would go to the committee")]


# --- "that given X, he was ...": a phrase in "given" opens the claim before its subject ---------------


def test_claim_opening_with_a_given_phrase_goes_on_to_its_clause():
    text = (
        "Simas said that given the president's popularity with voters, he was confident the president would campaign."
    )
    assert triples(text)[0] == (
        "Simas",
        "said",
        "given the president's popularity with voters, he was confident the president would campaign",
    )
