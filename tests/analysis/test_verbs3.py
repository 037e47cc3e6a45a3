"""Speakers and cue verbs, third pass: real-style sentences an editor would check."""

from __future__ import annotations

from tests.analysis.extracting import triples


def test_plural_head_before_examples_agrees_with_bare_verb() -> None:
    # "critics like Huffman say": the plural "critics" speaks, not the singular example.
    text = "Critics like Huffman say it would help Alan Grayson exercise influence over the seat."
    assert triples(text) == [
        ("Critics like Huffman", "say", "it would help Alan Grayson exercise influence over the seat")
    ]


def test_singular_head_before_like_is_not_a_plural_subject() -> None:
    assert triples("A man like Huffman say the plan.") == []


def test_surname_may_is_not_the_modal() -> None:
    text = "Yin Myint May, 60, a doctor, said the clinic had run out of medicine."
    assert triples(text) == [("Yin Myint May", "said", "the clinic had run out of medicine")]
    assert triples("Theresa May said Britain would leave the union.")[0][0] == "Theresa May"


def test_month_may_still_sets_the_time() -> None:
    assert triples("In May Trump said he would win the state.")[0][0] == "Trump"


def test_share_in_words_is_the_speaker() -> None:
    # "One in three said": the share speaks, not its last number; a bare "say" agrees with it.
    text = (
        "One in three said the party doesn’t care very much about the Latino community "
        "and one in four said the party was outright hostile to it."
    )
    assert triples(text) == [
        ("One in three", "said", "the party doesn’t care very much about the Latino community"),
        ("one in four", "said", "the party was outright hostile to it"),
    ]
    assert triples("About one in five say they would not vote.") == [("one in five", "say", "they would not vote")]
    assert triples("One in four voters said the party does not care.")[0][0] == "One in four voters"


def test_dotted_abbreviation_ends_the_speaker_before_an_auxiliary() -> None:
    text = "All those reviews came back clear, and the F.B.I. has said it had no incriminating information."
    assert triples(text) == [("the F.B.I.", "said", "it had no incriminating information")]


def test_state_after_a_town_does_not_speak() -> None:
    text = (
        "Federal officials familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y., speaking "
        "on the condition of anonymity, said that it did appear to have some security features."
    )
    assert all(speaker != "N.Y." for speaker, _, _ in triples(text))


def test_quantifier_of_either_number_is_the_subject() -> None:
    # "none has said": "none" is the subject, not a determiner of the cue word.
    text = "All three issued statements, and none has said they want heavy U.S. military engagement."
    assert ("none", "said", "they want heavy U.S. military engagement") in triples(text)
    assert triples("Neither said the deal was dead.") == [("Neither", "said", "the deal was dead")]


def test_speaker_after_a_quotation_may_be_described_at_length() -> None:
    text = (
        "''Instead of being fined, utilities will instead get paid,'' noted a report for Oxfam on Germany's "
        "energy policies by the environmental nonprofit E3G."
    )
    assert triples(text) == [("a report", "noted", "Instead of being fined, utilities will instead get paid")]


def test_verb_after_the_speaker_after_a_quotation_is_not_a_description() -> None:
    # "“... sociopath,” said he doesn’t ...": Humphrey said it; "he" is the subject of the claim.
    text = "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires an alternative."
    assert ("Humphrey", "said", "he doesn’t believe the effort requires an alternative") in triples(text)


def test_opening_as_clause_with_a_venue_leaves_the_main_clause_as_claim() -> None:
    text = (
        "But as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate "
        "has surprisingly earned himself a few fans in China."
    )
    assert triples(text) == [
        (
            "the nationalist Global Times tabloid",
            "noted",
            "the leading GOP candidate has surprisingly earned himself a few fans in China",
        )
    ]
    assert triples("He left early, as Smith said on Monday.") == [("Smith", "said", "He left early")]


def test_quotation_after_a_venue_is_the_claim() -> None:
    text = "Mike Lee declared in the debate spin room, “I’m sending the signal that it’s time.”"
    assert triples(text) == [("Mike Lee", "declared", "I’m sending the signal that it’s time.")]


def test_object_after_a_venue_stays_the_claim() -> None:
    # "noted on Twitter the change from ...": the object, not the slogan quoted after it, is what was noted.
    text = "Many reporters noted on Twitter the change from the usual campaign slogan, “Make America Great Again.”"
    assert triples(text)[0][2] != "Make America Great Again."


def test_contracted_relative_pronoun_is_the_speaker() -> None:
    text = (
        "That effort has been championed by North Dakota RNC Committeeman Curly Haugland, who’s argued for years "
        "that delegates can’t be bound to any particular candidate."
    )
    found = [t for t in triples(text) if t[1] == "argued"]
    assert found and found[0][0] == "who"
    assert found[0][2].endswith("delegates can’t be bound to any particular candidate")


def test_participle_aside_ending_in_a_quotation_leaves_the_subject() -> None:
    text = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a competitive situation."
    assert ("Mr. Manafort", "said", "the candidate could be in a competitive situation") in triples(text)


def test_speaker_before_went_on_to() -> None:
    text = "He went on to rebut many of the detailed points in Exxon Mobil's letter."
    assert triples(text) == [("He", "rebut", "many of the detailed points in Exxon Mobil's letter")]


def test_speaker_before_went_out_of_his_way_to() -> None:
    text = "He went out of his way to say that Russia's economy had hit bottom this year."
    assert triples(text) == [("He", "say", "Russia's economy had hit bottom this year")]


def test_subject_of_a_verb_or_adjective_before_to_makes_the_claim() -> None:
    text = "Donald Trump seemed to imply that people with guns could stop Hillary Clinton from appointing judges."
    assert triples(text) == [
        ("Donald Trump", "imply", "people with guns could stop Hillary Clinton from appointing judges")
    ]
    assert triples("Axelrod was quick to point out flaws in the plan.") == [
        ("Axelrod", "point out", "flaws in the plan")
    ]


def test_declined_to_say_is_still_no_claim() -> None:
    assert all(cue != "say" for _, cue, _ in triples("He declined to say whether he will run."))


def test_bare_call_with_a_plural_subject_is_a_cue() -> None:
    assert triples("Others call it the nerd prom.") == [("Others", "call", "it the nerd prom")]
    assert triples("It is the place we call home.") == []


def test_indefinite_pronoun_for_people_is_a_speaker() -> None:
    text = "Looks like someone told Trump that without the Latino vote he is dead in the water."
    assert triples(text) == [("someone", "told", "without the Latino vote he is dead in the water")]


def test_one_brought_to_speak_is_the_speaker() -> None:
    text = "Even the sleepy timing of the debate led Republicans to say that Democrats were trying to protect her."
    assert triples(text) == [("Republicans", "say", "Democrats were trying to protect her")]
    text = "The shift in tone prompted Anderson Cooper to accuse Bondi of hypocrisy on air."
    assert triples(text)[0][:2] == ("Anderson Cooper", "accuse")
    assert triples("He led the team to win the title.") == []


def test_speaker_before_has_to() -> None:
    text = "Sanders has to show that he is ready to be president, rather than the leader of a movement."
    assert triples(text) == [("Sanders", "show", "he is ready to be president, rather than the leader of a movement")]


def test_speaker_before_is_expected_to() -> None:
    text = "The leaders were expected to discuss the battle against the Islamic State and climate change."
    assert triples(text) == [("The leaders", "discuss", "the battle against the Islamic State and climate change")]


def test_speaker_of_a_means_before_to() -> None:
    text = "Retired neurosurgeon Ben Carson went on ABC's This Week to defend his recent staff shake-up."
    assert triples(text) == [("Retired neurosurgeon Ben Carson", "defend", "his recent staff shake-up")]
    text = "Ben Carson used part of his address to call Mrs. Clinton a student of Saul Alinsky."
    assert triples(text) == [("Ben Carson", "call", "Mrs. Clinton a student of Saul Alinsky")]


def test_subject_of_a_purpose_clause_after_a_motion_verb_speaks() -> None:
    text = "Tom Emanuel of Laconia stood at a Bush event here to say he was leaning toward supporting Mr. Trump."
    assert triples(text) == [("Tom Emanuel of Laconia", "say", "he was leaning toward supporting Mr. Trump")]


def test_plural_head_with_examples_after_an_opening_phrase() -> None:
    text = (
        "If his wife wins her House primary on the same day against Randolph and Soto, critics like Huffman say "
        "it would help Alan Grayson exercise influence over the seat."
    )
    assert ("critics like Huffman", "say", "it would help Alan Grayson exercise influence over the seat") in triples(
        text
    )


def test_a_verbless_subject_with_its_apposition_is_not_a_claim_before_the_verb():
    text = "Authorities in North Rhine-Westphalia, the German state next to Belgium, announced tighter controls."
    assert triples(text) == [("Authorities in North Rhine-Westphalia", "announced", "tighter controls")]


def test_a_title_joined_by_and_stays_in_the_speaker_after_a_quotation():
    text = '"We have to win," said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.'
    assert triples(text)[0][0] == "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
