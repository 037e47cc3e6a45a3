"""Stage 3: where a claim ends, round 3 (an object that runs on into the writer's additions).

Sentences in the style of PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_month_after_the_object_is_when_not_what():
    assert triples("Ryan endorsed Trump in early June.") == [("Ryan", "endorsed", "Trump")]
    assert triples("The senator has endorsed Sanders in February.") == [("The senator", "endorsed", "Sanders")]


def test_a_month_naming_a_thing_inside_the_object_stays():
    text = "The White House welcomed the May jobs report."
    assert triples(text) == [("The White House", "welcomed", "the May jobs report")]


def test_a_concession_after_the_object_is_the_writers():
    text = "Arizona Rep. Raul Grijalva will support the bill despite his own reservations."
    assert triples(text) == [("Arizona Rep. Raul Grijalva", "support", "the bill")]


def test_but_and_a_past_verb_after_the_object_is_the_next_act():
    text = "Mr. Obama praised Fields for pursuing charges in the case but stopped short of calling for his firing."
    assert triples(text)[0] == ("Mr. Obama", "praised", "Fields for pursuing charges in the case")


def test_and_an_auxiliary_after_the_object_is_the_next_act():
    text = "Clinton has defended the bill but has said she wants to see changes to it."
    assert triples(text)[0] == ("Clinton", "defended", "the bill")


def test_a_list_of_things_after_the_object_stays():
    text = "Trump attacked the media and the party establishment at the rally."
    assert triples(text)[0][2].startswith("the media and the party establishment")


def test_a_parenthesis_before_the_next_act_is_the_writers():
    text = (
        "The rejection was complete when Trump called undocumented immigrants from Mexico “rapists” (although he "
        "allowed that some might be good people) and promised to build a wall along the southern border."
    )
    assert triples(text)[0] == ("Trump", "called", "undocumented immigrants from Mexico “rapists”")


def test_a_parenthesis_before_the_next_object_cue_is_the_writers():
    text = (
        "Some people were yawning as he mentioned raising the minimum wage (with far less intensity than "
        "Mr. Sanders's plea for $15 an hour) and described Mrs. Clinton's plans for new Wall Street regulations."
    )
    assert triples(text)[0] == ("he", "mentioned", "raising the minimum wage")


def test_a_parenthesis_inside_a_list_stays():
    text = "The group attacked rivals Chris Christie (who was its main target), Ted Cruz and Donald Trump."
    assert triples(text)[0][2].endswith("Ted Cruz and Donald Trump")


def test_a_platform_after_the_object_is_where_not_what():
    assert triples("Saudi Prince Alwaleed mocks Trump on Twitter.") == [("Saudi Prince Alwaleed", "mocks", "Trump")]


def test_what_is_sought_ends_before_the_circumstances():
    text = "Clinton sought to stoke positive energy as she stopped by her campaign headquarters in Manchester."
    assert triples(text) == [("Clinton", "sought", "to stoke positive energy")]


def test_what_is_echoed_ends_before_the_next_act():
    text = (
        "Mrs. Clinton and Ms. Warren echoed similar liberal themes and took the stage together united against "
        "the common enemy."
    )
    assert triples(text)[0] == ("Mrs. Clinton and Ms. Warren", "echoed", "similar liberal themes")


def test_what_is_declared_ends_before_the_time():
    text = "Dozens of voters publicly declared their allegiance after arriving at the event unsure."
    assert triples(text)[0][1:] == ("declared", "their allegiance")


def test_a_relative_clause_set_off_inside_the_object_stays():
    text = (
        "The protesters demanded that the Mississippi flag, which includes the stars and bars of the Confederacy, "
        "be removed from the display."
    )
    assert triples(text)[0][2].endswith("be removed from the display")


def test_a_relative_clause_before_a_new_subject_ends_the_object():
    text = "After thanking the raucous crowd, which periodically chanted his name, he touted his campaign."
    assert triples(text)[0][2] == "the raucous crowd"


def test_where_a_named_object_was_criticised_is_not_the_object():
    text = "Mr. Sanders criticizes Mr. Obama from the left."
    assert triples(text) == [("Mr. Sanders", "criticizes", "Mr. Obama")]


def test_a_pronoun_object_ends_before_the_circumstances():
    text = "Republican leaders opposed it on those grounds."
    assert triples(text) == [("Republican leaders", "opposed", "it")]
    text = "Several black lawmakers have endorsed him to help spread the word."
    assert triples(text)[0][1:] == ("endorsed", "him")


def test_a_name_object_keeps_its_comparison_and_its_manner():
    assert triples("Most voters favor Sanders over Trump.")[0][2] == "Sanders over Trump"
    assert triples("Clinton never mentioned Rubio by name.")[0][2] == "Rubio by name"


def test_a_name_object_keeps_what_it_is_declared_to_be():
    text = "Glenn Beck declared Cruz to be “anointed” by God."
    assert triples(text)[0][2] == "Cruz to be “anointed” by God"


def test_a_participle_after_the_object_is_not_a_list_item():
    text = (
        "She backed a no-fly zone in Syria, putting her at odds with the president and in step with many Republicans."
    )
    assert triples(text)[0] == ("She", "backed", "a no-fly zone in Syria")


def test_a_list_of_gerunds_stays_one_object():
    text = "He mentioned raising the minimum wage, expanding paid leave and cutting college costs."
    assert triples(text)[0][2] == "raising the minimum wage, expanding paid leave and cutting college costs"


def test_an_afterthought_past_a_long_description_of_the_speaker_is_left_out():
    text = (
        "“We are not doing very well. The NLD is in a superior position,” said Soe Min, a USDP member who ran "
        "against Suu Kyi in a 2012 parliamentary by-election and lost. “But the votes are still counting.”"
    )
    contents = [s.content for s in statements(text)]
    assert "The NLD is in a superior position" in contents[-1]
    assert all("USDP member" not in c for c in contents)


def test_a_short_afterthought_stays_with_its_quotation():
    text = "“We will win this state by a wide margin,” he said. “Believe me.”"
    assert triples(text) == [("he", "said", "We will win this state by a wide margin,” he said. “Believe me.")]


def test_the_channel_of_a_denial_is_not_what_was_denied():
    text = "Mr. Ailes denied the charges through his lawyer."
    assert triples(text) == [("Mr. Ailes", "denied", "the charges")]


def test_but_not_and_a_participle_is_the_next_act():
    text = "Mr. Rubio spent the debate referring to the business mogul but not naming him."
    assert triples(text)[0][1:] == ("referring to", "the business mogul")


def test_the_listener_after_a_claim_is_not_the_claim():
    text = (
        "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel."
    )
    assert triples(text) == [
        ("Defense Secretary Ash Carter", "told", "This includes a special force to assist Kurdish Peshmerga")
    ]
    text = "This is not about me, President Obama told his closest advisers as he labored over the address."
    assert triples(text)[0] == ("President Obama", "told", "This is not about me")


def test_what_a_listener_is_told_still_follows():
    text = "Defense Secretary Ash Carter told a Senate panel the force would assist Kurdish Peshmerga."
    assert triples(text)[0][2].endswith("the force would assist Kurdish Peshmerga")
    text = "In a speech, Mr. Obama told his advisers to prepare for a long fight."
    assert triples(text)[0][2].endswith("to prepare for a long fight")
