"""Stage 3: participial and displaced cues, whose speaker does not stand right before them.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_participle_after_a_closing_quotation_hangs_on_the_subject():
    text = (
        "Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied "
        "the “bravery, heart and soul of America.”"
    )
    # The defense delivered is a statement of its own (see test_recall4.py); the participle still hangs on the subject.
    assert ("Donald Trump", "saying", "the city embodied the “bravery, heart and soul of America.”") in triples(text)


def test_a_participle_after_a_quotation_ends_the_claim_before_it():
    text = (
        "Speaking to supporters in South Carolina following the state’s Republican primary, Cruz said that there "
        "is “only one strong conservative is in a position to win this race,” adding that it’s why Donald Trump "
        "“relentlessly attacks us and ignores the other candidates.”"
    )
    assert triples(text) == [
        ("Cruz", "said", "there is “only one strong conservative is in a position to win this race,”"),
        ("Cruz", "adding", "it’s why Donald Trump “relentlessly attacks us and ignores the other candidates.”"),
    ]


def test_the_subject_of_a_participle_follows_an_introductory_phrase():
    text = (
        "In an incendiary press conference, Trump launched a pre-emptive attack against Obama, calling him "
        "“the most ignorant president in our history.”"
    )
    assert triples(text) == [("Trump", "calling", "him “the most ignorant president in our history.”")]
    text = (
        "For months, Obama has been on the sidelines of the Clinton-Sanders showdown, arguing he didn’t want "
        "to tip the scales before voters weighed in."
    )
    assert triples(text) == [("Obama", "arguing", "he didn’t want to tip the scales before voters weighed in")]


def test_the_subject_of_a_participle_keeps_its_title():
    text = "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “This is a disgrace.”"
    assert triples(text) == [("Rep. Hakeem Jeffries", "saying", "This is a disgrace.")]


def test_a_gerund_after_a_preposition_has_the_subject_of_its_clause():
    text = "Obama punctuated his list by saying “Too many.”"
    assert triples(text) == [("Obama", "saying", "Too many.")]
    text = (
        "Bolton had a comparable assessment of Trump’s thin foreign policy record, while saying that the "
        "candidate’s recent foreign-policy speech reassured him."
    )
    assert triples(text) == [("Bolton", "saying", "the candidate’s recent foreign-policy speech reassured him")]


def test_a_gerund_opening_the_sentence_has_the_subject_after_its_clause():
    text = "After saying he was nervous to ask a question, the man ended up in the middle of the room."
    assert triples(text) == [("the man", "saying", "he was nervous to ask a question")]
    text = (
        "Promising that his future writings would take a closer look at the disaster in Libya, Bolton said "
        "that voters will choose."
    )
    assert triples(text) == [
        ("Bolton", "Promising", "his future writings would take a closer look at the disaster in Libya"),
        ("Bolton", "said", "voters will choose"),
    ]


def test_an_opening_gerund_without_a_claim_sets_the_scene():
    text = "Lashing out, Trump said the 83-year-old justice’s “mind is shot.”"
    assert triples(text) == [("Trump", "said", "the 83-year-old justice’s “mind is shot.”")]


def test_a_contracted_subject_and_auxiliary_speak():
    text = "He’s predicting he will do “very, very well” in the next Republican contest in Nevada."
    assert triples(text) == [
        ("He", "predicting", "he will do “very, very well” in the next Republican contest in Nevada")
    ]
    text = "He’s not saying what other techniques he’d support."
    assert triples(text) == [("He", "saying", "what other techniques he’d support")]


def test_a_contracted_passive_or_relative_clause_says_nothing():
    text = "Cruz says the new actions aren’t worth the paper they’re written on."
    assert triples(text) == [("Cruz", "says", "the new actions aren’t worth the paper they’re written on")]
    text = "Sanders goes big, not always worrying about whether what he’s proposing is politically realistic."
    assert "proposing" not in [cue for _, cue, _ in triples(text)]


def test_a_progressive_attitude_may_hold_an_adverb():
    text = "Trump is also congratulating his rivals."
    assert triples(text) == [("Trump", "congratulating", "his rivals")]


def test_those_more_likely_to_say_something_say_it():
    text = "Caucus-goers were slightly more likely to say they preferred Clinton."
    assert triples(text) == [("Caucus-goers", "say", "they preferred Clinton")]


def test_a_participle_after_and_or_a_dash_hangs_on_the_subject():
    text = (
        "Vice President Joe Biden on Monday hit the 2016 campaign trail with Hillary Clinton for the first time, "
        "trashing Donald Trump as unqualified for the White House and accusing him of endangering the lives "
        "of US troops."
    )
    assert triples(text) == [("Vice President Joe Biden", "accusing", "him of endangering the lives of US troops")]
    text = "Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning."
    assert triples(text) == [("Marco Rubio", "saying", "he was rooting for Peyton Manning")]


def test_a_verb_after_then_has_the_subject_before():
    text = (
        "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice for "
        "anyone who wants to talk to him."
    )
    assert triples(text)[-1] == ("Kasich", "says", "he’ll welcome advice for anyone who wants to talk to him")


def test_an_attitude_may_follow_a_short_aside():
    text = "Sanders, meanwhile, hopes that winning a large share of the state’s 475 delegates will give him momentum."
    assert triples(text) == [
        ("Sanders", "hopes", "winning a large share of the state’s 475 delegates will give him momentum")
    ]


def test_a_name_with_an_apostrophe_is_a_name():
    text = "Democratic candidates went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist."
    assert triples(text) == [("former Maryland Gov. Martin O’Malley", "calling", "Trump a fascist")]


def test_a_stance_taken_by_the_noun_before_it():
    text = (
        "Wealthy donors handed over $25 million last month to an outside group backing then-Republican "
        "presidential candidate Marco Rubio."
    )
    assert triples(text) == [("an outside group", "backing", "then-Republican presidential candidate Marco Rubio")]


def test_the_subject_of_a_participle_follows_a_dateline_or_a_place():
    text = (
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump’s stance "
        "on Brexit, saying that “bombastic comments” do more harm than good."
    )
    # The swipe taken is a stance of its own (tests/analysis/test_nominal3.py); both are hers.
    assert {s.speaker for s in statements(text)} == {"Democrat Hillary Clinton"}
    text = "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”"
    assert triples(text) == [("Trump", "calling", "him “a total stiff.”")]
    text = "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends.”"
    assert triples(text) == [("Trump", "telling", "Sheldon and I have been friends.")]


def test_a_participle_subject_is_no_contraction_and_follows_a_counted_time():
    text = (
        "Two weeks after Justice Scalia died, Justice Clarence Thomas broke a decade-long silence by asking "
        "questions from the bench."
    )
    assert [s.speaker for s in statements(text)] == ["Justice Clarence Thomas"]
    text = "That’s partly why Hillary Clinton quit giving paid speeches before announcing her run in April."
    assert "That’s" not in [s.speaker for s in statements(text)]


def test_a_message_named_by_a_cue_word_speaks_through_its_participle():
    text = "Police receive 911 calls saying shots have been fired inside the Inland Regional Center."
    assert triples(text) == [("911 calls", "saying", "shots have been fired inside the Inland Regional Center")]
    text = "Officials received 30 calls saying the bridge had collapsed."
    assert triples(text) == [("30 calls", "saying", "the bridge had collapsed")]


def test_a_participle_after_a_comma_and_two_apostrophes():
    text = (
        "Mr. Paulson told investors that concerns about specialty pharmaceuticals were ''overblown,'' adding "
        "that Valeant had ''significant upside.''"
    )
    assert triples(text)[-1] == ("Mr. Paulson", "adding", "Valeant had ''significant upside.''")


def test_a_participle_that_goes_on_reports_what_follows():
    text = "“They have a global strategy,” he said of the terrorist group, adding the U.S. must be equally global."
    assert triples(text)[-1] == ("he", "adding", "the U.S. must be equally global")


def test_an_opening_gerund_clause_may_hold_a_relative_clause_or_a_quotation():
    text = "After thanking the raucous crowd, which periodically chanted his name, he touted how far he had come."
    assert triples(text)[0] == ("he", "thanking", "the raucous crowd")
    text = (
        "In declaring Donald J. Trump's statements as “not Christian,” the Latin American pope again "
        "demonstrated his knack for stirring debate."
    )
    assert [(s.speaker, s.cue) for s in statements(text)] == [("the Latin American pope", "declaring")]


def test_a_time_opens_a_sentence_before_its_subject():
    text = (
        "This year, he rose to the defense of Sepp Blatter, the embattled president of FIFA, saying Mr. Blatter "
        "should be awarded the Nobel Peace Prize."
    )
    assert triples(text) == [("he", "saying", "Mr. Blatter should be awarded the Nobel Peace Prize")]


def test_a_text_put_out_speaks_for_whoever_put_it_out():
    text = "His office put out a statement saying the U.S. “does not have the capacity.”"
    assert [s.speaker for s in statements(text)] == ["His office"]
    text = "Trump and Ryan issued a statement describing their meeting as a “very positive step.”"
    assert [s.speaker for s in statements(text)] == ["Trump and Ryan"]


def test_the_subject_follows_a_time_a_place_abbreviation_or_a_hyphened_dateline():
    text = "But a few days later, Trump reversed himself yet again, telling CBS that the laws on abortion “are set.”"
    assert triples(text) == [("Trump", "telling", "the laws on abortion “are set.”")]
    text = "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that Obama was weak."
    assert triples(text) == [("Mr. Trump", "claiming", "Obama was weak")]
    text = (
        "PARIS (Reuters) - Marine Le Pen voiced support for Donald Trump on Wednesday, saying Clinton would mean war."
    )
    # The support voiced is a stance of its own (tests/analysis/test_nominal3.py).
    assert triples(text)[-1] == ("Marine Le Pen", "saying", "Clinton would mean war")


def test_a_participle_hangs_on_the_main_subject_not_a_speaker_inside_its_object():
    text = (
        "Later on Sunday, Carson shared a syllabus for a 2002 psychology class called “Perception” on his "
        "Facebook page, writing “Allow me also to do the research.”"
    )
    assert triples(text)[-1] == ("Carson", "writing", "Allow me also to do the research.")


def test_a_stance_after_its_noun_ends_at_the_main_verb():
    text = "In Iowa, the super PAC backing Hillary Clinton is using some of its muscle to undo a damaging narrative."
    assert triples(text) == [("the super PAC", "backing", "Hillary Clinton")]


def test_an_aside_may_hold_a_cue_word_that_is_no_verb():
    text = "Mr. Trump, in a brief interview on Saturday, said he would not back down."
    assert triples(text) == [("Mr. Trump", "said", "he would not back down")]
    text = (
        "Chris Christie, eager all evening to jab senators for failing to show leadership, attacked Rubio for "
        "not answering the question."
    )
    assert triples(text) == [("Chris Christie", "attacked", "Rubio for not answering the question")]


def test_an_attitude_may_follow_a_relative_clause():
    text = "Clinton, who announced a $275 billion infrastructure spending plan on Monday, plans to visit Ohio."
    assert triples(text)[-1] == ("Clinton", "plans", "to visit Ohio")


def test_a_gerund_after_began_or_kept_has_the_subject_before():
    text = "She kept insisting that the emails were personal."
    assert triples(text) == [("She", "insisting", "the emails were personal")]


def test_an_attitude_participle_hangs_on_the_subject():
    text = (
        "Each faction projected its own worldview onto Obama, believing he would pursue their own particular "
        "vision of the future."
    )
    assert triples(text) == [("Each faction", "believing", "he would pursue their own particular vision of the future")]
    text = "Sanders supporters have long called for her ouster, believing she was tipping the scales toward Clinton."
    assert [s.speaker for s in statements(text)][-1] == "Sanders supporters"


def test_a_participle_falls_back_on_the_nearest_pronoun_with_a_verb():
    text = "When he returned he began by saying, “I don’t think that it’s necessary for him to go to jail.”"
    assert triples(text) == [("he", "saying", "I don’t think that it’s necessary for him to go to jail.")]
