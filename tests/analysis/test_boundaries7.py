"""Stage 3: where a claim after its cue ends, round 7 (claims that ran on into the writer's next words).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import triples

# --- a finite verb with no subject after a comma goes on with the sentence's subject ----------


def test_a_relative_claim_ends_before_the_main_verb():
    text = "The vote, which she has repeatedly said was a mistake, was a major factor in her defeat."
    assert ("she", "said", "was a mistake") in [(s, c, x) for s, c, x in triples(text)]


def test_a_negated_verb_after_the_comma_is_the_next_act():
    text = "His office declined to comment, didn't return several calls from reporters over the weekend."
    assert triples(text)[0] == ("His office", "declined", "to comment")


def test_a_subject_with_an_aside_keeps_its_verb():
    text = "He said the judge, a native of Indiana, can't be impartial in the case."
    assert triples(text) == [("He", "said", "the judge, a native of Indiana, can't be impartial in the case")]


def test_a_name_alone_before_a_stray_comma_is_not_the_claim():
    text = "Jeb Bush and Chris Christie say Florida Sen. Marco Rubio, hasn't been tested in a way governors have."
    assert triples(text)[0][2].startswith("Florida Sen. Marco Rubio, hasn't been tested")


# --- an -ing phrase after an infinitive claim is the writer's comment ----------


def test_an_infinitive_claim_ends_before_the_writers_participle():
    text = "Germany has pledged to bolster its military, reversing its decades-long instinctive pacifism."
    assert triples(text) == [("Germany", "pledged", "to bolster its military")]


def test_a_participle_with_a_preposition_stays_in_the_claim():
    text = "Democrats hope to capitalize on a string of missteps, culminating in the convention fight."
    assert triples(text) == [
        ("Democrats", "hope", "to capitalize on a string of missteps, culminating in the convention fight")
    ]


# --- a pronoun and a finite verb after a comma open the writer's next clause ----------


def test_a_clause_claim_ends_before_the_writers_next_clause():
    text = "Exit polls indicated Trump was strongly supported by early deciders, there's a sense that he might win."
    assert triples(text)[0] == ("Exit polls", "indicated", "Trump was strongly supported by early deciders")


def test_a_subordinate_clause_in_the_claim_keeps_its_main_clause():
    text = "He said that when the leader is found, he will be taken out."
    assert triples(text) == [("He", "said", "when the leader is found, he will be taken out")]


# --- a noun-phrase claim ends before the place or medium it was made in ----------


def test_a_noun_phrase_claim_leaves_out_the_tweet():
    text = "Clinton claimed victory in a tweet late Tuesday."
    assert triples(text) == [("Clinton", "claimed", "victory")]


def test_a_noun_phrase_claim_leaves_out_the_town_hall():
    text = "He repeated his position at a town hall in Laconia, N.H., on the same day."
    assert triples(text) == [("He", "repeated", "his position")]


def test_an_infinitive_claim_keeps_its_place():
    text = "Trump called on her to resign from her post."
    assert triples(text) == [("Trump", "called on", "her to resign from her post")]


# --- the writer's comment after a comma: a gloss, a concession, an obstacle ----------


def test_a_gloss_before_the_writers_participle_is_not_the_claim():
    text = (
        "The front-runner complained that the contest had been rigged against him, a charge that party "
        "leaders strongly denied, noting that they had used the same system since 2004."
    )
    assert triples(text)[0] == ("The front-runner", "complained", "the contest had been rigged against him")


def test_even_as_opens_the_writers_concession():
    text = "Mr. Ryan has long said he will support the party's nominee, even as he has taken shots at his comments."
    assert triples(text)[0] == ("Mr. Ryan", "said", "he will support the party's nominee")


def test_despite_and_a_noun_opens_the_writers_obstacle():
    text = "Two members said the party should take up the matter at the convention, despite the potential for a feud."
    assert triples(text) == [("Two members", "said", "the party should take up the matter at the convention")]


def test_despite_and_a_participle_stays_in_the_claim():
    text = "She said that she enjoyed her work, despite having little flexibility in setting hours."
    assert triples(text) == [
        ("She", "said", "she enjoyed her work, despite having little flexibility in setting hours")
    ]


def test_the_venue_ends_the_object_even_when_a_clause_follows_it():
    text = "Sanders laid out a political reform agenda at a news conference Tuesday outside his office, which he runs."
    assert triples(text)[0] == ("Sanders", "laid out", "a political reform agenda")


def test_a_claim_nouns_clause_after_the_venue_stays():
    text = "Obama expressed frustration in an interview that the allies were acting as free riders."
    assert triples(text)[0][2].endswith("the allies were acting as free riders")


def test_a_noun_phrase_claim_ends_before_the_weekday_and_the_forum():
    text = "Mr. Lew stressed those worries on Sunday at a university forum in Beijing."
    assert triples(text) == [("Mr. Lew", "stressed", "those worries")]


def test_a_subject_with_a_venue_in_it_keeps_its_verb():
    text = "Experts said the numbers in his tweet are incorrect."
    assert triples(text) == [("Experts", "said", "the numbers in his tweet are incorrect")]


# --- ", and" with a pronoun's contraction or a subordinate clause opens the writer's next sentence ----------


def test_and_with_a_contracted_pronoun_opens_the_next_clause():
    text = "Mr. Zuckerberg agreed to pick up the bill tonight, and he's even springing for the guacamole."
    assert triples(text) == [("Mr. Zuckerberg", "agreed", "to pick up the bill tonight")]


def test_and_with_a_subordinate_clause_opens_the_next_clause():
    text = "He knew Meles well, and after the Tigrayans consolidated power, Nega obtained a post."
    assert triples(text)[0] == ("He", "knew", "Meles well")


# --- a short noun phrase renamed by a relative clause is the writer's note ----------


def test_a_plural_gloss_with_a_relative_clause_ends_the_claim():
    text = "In the past, Trump had called himself pro-choice, stances that he has since disavowed."
    assert triples(text) == [("Trump", "called", "himself pro-choice")]


def test_one_that_opens_the_writers_note():
    text = "Fleischer said there is an active conversation about the response, one that will dominate the meeting."
    assert triples(text) == [("Fleischer", "said", "there is an active conversation about the response")]


def test_a_subject_with_a_relative_clause_after_a_condition_stays_in_the_claim():
    text = "She reminded voters of his remark that, if abortion were banned, women who sought them should be punished."
    assert triples(text)[0][2].endswith("women who sought them should be punished")


# --- a comparison with another figure is the writer's ----------


def test_a_figure_claim_ends_before_the_comparison():
    text = "The company reported earnings of $8.42 a share, well above the $8.04 that analysts were looking for."
    assert triples(text) == [("The company", "reported", "earnings of $8.42 a share")]


def test_more_than_opens_a_count_in_the_claim():
    text = "The report showed that in her first two years, more than half of her meetings were with donors."
    assert triples(text) == [
        ("The report", "showed", "in her first two years, more than half of her meetings were with donors")
    ]


def test_and_with_a_new_speaker_after_a_middle_attribution_ends_the_claim():
    text = "The jet was insured at a value of $35 million in 2011, records show, and experts say it is worth less."
    assert triples(text)[0] == ("records", "show", "The jet was insured at a value of $35 million in 2011")


# --- a colon before a quotation with its own attribution ends the claim ----------


def test_a_claim_ends_at_a_colon_before_a_separately_attributed_quotation():
    text = "Trump asserted that France had lost its identity: “France is no longer France,” he claimed."
    assert triples(text)[0] == ("Trump", "asserted", "France had lost its identity")


def test_a_phrasal_cues_object_ends_before_the_interview():
    text = "Reporters asked Clinton about the vagueness of the plan in an interview."
    assert triples(text) == [("Reporters", "asked", "about the vagueness of the plan")]


def test_a_quotation_after_the_day_is_the_claim():
    text = "A vigilante leader said of the clashes on Sunday, “Two of our members came to the town this morning.”"
    assert triples(text)[0][2].startswith("of the clashes on Sunday, “Two of our members")


# --- ", too" closing the claim is the writer's aside ----------


def test_too_after_the_claim_is_the_writers_aside():
    text = "She said down-ballot races can also help unite teachers, too: in some states it could swing elections."
    assert triples(text)[0] == ("She", "said", "down-ballot races can also help unite teachers")


def test_too_after_the_subject_stays_in_the_claim():
    text = "He said she, too, wants a Justice Department inquiry."
    assert triples(text) == [("He", "said", "she, too, wants a Justice Department inquiry")]


# --- a share of people with its own verb opens the next finding ----------


def test_a_share_after_a_comma_opens_the_next_finding():
    text = "Seven percent said they are undecided, 27 percent of those who named a candidate said they could change."
    assert triples(text)[0] == ("Seven percent", "said", "they are undecided")


def test_a_dash_and_except_open_the_writers_objection():
    text = "He thought that would create too much inflation - except that inflation has fallen to 50-year lows."
    assert triples(text) == [("He", "thought", "that would create too much inflation")]


def test_a_clause_claim_ends_before_the_weekday_and_the_rally():
    text = "Trump said Obama was the founder of ISIS on Wednesday at a Florida rally."
    assert triples(text) == [("Trump", "said", "Obama was the founder of ISIS")]


def test_a_clause_claim_ends_before_the_poll_it_was_said_in():
    text = "Most Americans said they had an unfavorable impression of Trump in a Post-ABC News poll this month."
    assert ("Most Americans", "said", "they had an unfavorable impression of Trump") in triples(text)


def test_an_email_account_in_the_claim_is_not_a_medium():
    text = "Clinton added she acted no differently from her predecessors in using a personal email account."
    assert triples(text)[0][2].endswith("in using a personal email account")


def test_a_noun_phrase_claim_ends_before_as_and_a_clause():
    text = "The insurer spelled out its concerns as it commented on proposed market regulations."
    assert triples(text)[0] == ("The insurer", "spelled out", "its concerns")


def test_as_after_a_person_stays_in_the_claim():
    text = "These donors have stuck by Clinton as she has rolled out proposals to regulate banks."
    assert triples(text)[0][2].startswith("Clinton as she has rolled out proposals")


def test_a_noun_phrase_claim_ends_before_the_writers_occasion():
    text = "Party leaders want no repeat of the 1980 convention when the president faced a rebellion."
    assert triples(text) == [("Party leaders", "want", "no repeat of the 1980 convention")]


def test_a_clause_with_a_negated_verb_keeps_its_reason():
    text = "Some donors said they wouldn't back him because he did not want their money."
    assert triples(text) == [("Some donors", "said", "they wouldn't back him because he did not want their money")]


def test_a_noun_phrase_claim_ends_before_despite():
    text = "Trump is sticking by his campaign manager despite a battery charge."
    assert triples(text)[0][2] == "his campaign manager"


def test_and_with_an_opening_phrase_and_a_new_subject_opens_the_next_sentence():
    text = (
        "The poll shows most voters say gun policy will be very important, and as the race turns south, "
        "the issue is becoming central."
    )
    assert triples(text)[0] == ("The poll", "shows", "most voters say gun policy will be very important")


def test_but_and_an_inverted_condition_open_the_next_sentence():
    text = "A puppet is saying exactly what people want to hear, but should he win, little of it will come true."
    assert triples(text)[0][2] == "exactly what people want to hear"


def test_a_name_an_adverb_and_a_past_verb_open_the_writers_next_clause():
    text = "Trump said he had done nothing wrong, Rubio again tried to rebuke him."
    assert triples(text) == [("Trump", "said", "he had done nothing wrong")]


def test_much_of_which_opens_the_writers_note():
    text = (
        "The White House was eager to assuage outrage over the rising debt, much of which had shot up in the recession."
    )
    assert triples(text)[0][2] == "to assuage outrage over the rising debt"


# --- a range of examples after a comma is the writer's ----------


def test_a_range_of_examples_is_the_writers():
    text = (
        "The candidates outlined their positions on education issues, from the role of the federal "
        "government to the rising cost of college."
    )
    assert triples(text) == [("The candidates", "outlined", "their positions on education issues")]
