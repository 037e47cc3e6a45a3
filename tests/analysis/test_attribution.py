"""Stage 3: attributed statements, on sentences of the Kursk article (which we may ship)."""

from __future__ import annotations

import html
import re

from claims.analysis.attribution import extract
from claims.analysis.clean import prepare
from claims.analysis.records import Document, Statement
from tests.analysis.extracting import statements


def only(text: str) -> Statement:
    found = statements(text)
    assert len(found) == 1, [(s.speaker, s.content) for s in found]
    return found[0]


def test_it_finds_speaker_cue_and_content_with_exact_offsets():
    text = (
        "On Wednesday, Ukraine’s Army general staff said it repelled 13 Russian assaults in the area, "
        "and its battle maps continued to show activity near the frontier."
    )
    s = only(text)
    assert (s.speaker, s.cue, s.content, s.kind) == (
        "Ukraine’s Army general staff",
        "said",
        "it repelled 13 Russian assaults in the area",
        "indirect",
    )
    assert text[s.speaker_start : s.speaker_end] == s.speaker
    assert text[s.cue_start : s.cue_end] == s.cue
    assert text[s.start : s.end] == s.content


def test_two_parties_in_one_sentence_make_two_statements():
    text = (
        "While Russia insists Kursk is now under full control, Ukraine maintains its troops still hold a thin "
        "line of territory across the border."
    )
    found = statements(text)
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("Russia", "insists", "Kursk is now under full control"),
        ("Ukraine", "maintains", "its troops still hold a thin line of territory across the border"),
    ]


def test_a_claim_before_its_attribution_is_split_from_it():
    text = (
        "Russian President Vladimir Putin made his first visit to the Kursk region since Moscow declared it had "
        "fully ousted Ukrainian forces from the border area, the Kremlin confirmed on Wednesday."
    )
    by_speaker = {s.speaker: s for s in statements(text)}
    assert by_speaker["Moscow"].content == "it had fully ousted Ukrainian forces from the border area"
    assert by_speaker["the Kremlin"].content.startswith("Russian President Vladimir Putin made his first visit")
    assert not by_speaker["the Kremlin"].content.endswith(",")


def test_an_aside_between_speaker_and_cue_and_an_infinitive_claim():
    text = (
        "Putin’s trip comes just weeks after Russia, with support from up to 12,000 North Korean troops, claimed "
        "to have reclaimed Kursk following a rare Ukrainian incursion in August 2024."
    )
    s = only(text)
    assert (s.speaker, s.cue) == ("Russia", "claimed")
    assert s.content == "to have reclaimed Kursk following a rare Ukrainian incursion in August 2024"


def test_a_direct_quote_after_a_time_phrase_excludes_the_quotation_marks():
    text = (
        "Despite the visit and Moscow’s claims of control, Ukrainian President Volodymyr Zelensky said last week, "
        "“We are continuing our active operations in the Kursk and Belgorod regions – we are proactively "
        "defending Ukraine’s border areas.”"
    )
    by_speaker = {s.speaker: s for s in statements(text)}
    zelensky = by_speaker["Ukrainian President Volodymyr Zelensky"]
    assert zelensky.kind == "direct"
    assert zelensky.content.startswith("We are continuing")
    assert zelensky.content.endswith("border areas.")


def test_an_owned_claim_noun_is_a_statement():
    text = "Despite the visit and Moscow’s claims of control, the governor stayed home."
    s = only(text)
    assert (s.speaker, s.cue, s.content) == ("Moscow", "claims", "Moscow’s claims of control")


def test_a_bare_claim_noun_is_not_a_statement():
    assert statements("The claim could not be verified.") == []
    assert statements("A phone call between Putin and US President Donald Trump failed to yield progress.") == []


def test_a_mixed_quote_keeps_its_quoted_words_and_stops_at_a_new_clause():
    text = (
        "Kremlin aide Yury Ushakov said Putin was open to a ceasefire “for a certain period of time,” but no "
        "timeline was set."
    )
    s = only(text)
    assert s.speaker == "Kremlin aide Yury Ushakov"
    assert s.content == "Putin was open to a ceasefire “for a certain period of time,”"
    assert s.kind == "mixed"


def test_told_skips_the_addressee():
    text = (
        "During the visit, Putin told acting Kursk governor Alexander Khinshtein that the Kremlin supported "
        "continuing monthly payments of around $800 to families displaced by the fighting."
    )
    s = only(text)
    assert (s.speaker, s.cue) == ("Putin", "told")
    assert s.content.startswith("the Kremlin supported continuing monthly payments")


def test_according_to_a_source_cited_by_an_agency_names_both():
    text = (
        "According to Russian defence ministry statements cited by news agency AP, Moscow’s air defences "
        "destroyed 159 Ukrainian drones overnight, including 53 over Oryol and 51 over Bryansk."
    )
    s = only(text)
    assert (s.speaker, s.relay) == ("Russian defence ministry", "AP")
    assert s.content.startswith("Moscow’s air defences destroyed 159 Ukrainian drones overnight")


def test_as_per_and_a_trailing_according_to():
    first = only("As per CNN, Putin’s visit appeared aimed at demonstrating resolve.")
    assert (first.speaker, first.content) == ("CNN", "Putin’s visit appeared aimed at demonstrating resolve")
    second = only("Putin’s visit appeared aimed at demonstrating resolve, according to CNN.")
    assert (second.speaker, second.content) == ("CNN", "Putin’s visit appeared aimed at demonstrating resolve")


def test_an_agency_that_reported_a_sentence_is_its_statements_relay():
    text = (
        "He also backed the idea of a regional museum to honour what Khinshtein described as “the heroism of our "
        "defenders and the heroism of the region’s residents,” reported AFP."
    )
    khinshtein = next(s for s in statements(text) if s.speaker == "Khinshtein")
    assert khinshtein.relay == "AFP"
    assert khinshtein.kind == "direct"


def test_pronouns_and_descriptions_resolve_to_the_last_named_speaker():
    text = (
        "Kremlin aide Yury Ushakov said Putin was open to a ceasefire.\n"
        "He said no timeline was set.\n"
        "Russia’s defence ministry said 159 drones were destroyed. The ministry said two were shot down over Oryol."
    )
    found = statements(text)
    he = next(s for s in found if s.speaker == "He")
    assert he.refers_to == "Kremlin aide Yury Ushakov"
    ministry = next(s for s in found if s.speaker == "The ministry")
    assert ministry.refers_to == "Russia’s defence ministry"


def test_a_quote_only_paragraph_continues_the_previous_speaker():
    text = (
        "Addressing them, Putin said the region would be rebuilt.\n"
        "“What you are doing now will remain with you for the rest of your life.”"
    )
    found = statements(text)
    assert len(found) == 2
    follow = found[1]
    assert follow.speaker == "Putin"
    assert follow.content == "What you are doing now will remain with you for the rest of your life."
    assert follow.kind == "direct"


def test_each_quoted_sentence_after_an_attribution_is_a_statement_of_its_own():
    text = "“We are continuing our active operations,” Zelensky said. “We are defending Ukraine’s border areas.”"
    found = statements(text)
    assert [(s.speaker, s.content) for s in found] == [
        ("Zelensky", "We are continuing our active operations"),
        ("Zelensky", "We are defending Ukraine’s border areas."),
    ]


def test_a_short_afterthought_stays_with_the_quotation_it_follows():
    text = "“Our troops hold every bridge on the river and will not retreat,” the commander said. “Not one step.”"
    s = only(text)
    assert s.speaker == "the commander"
    assert s.content == text[1:-1]  # from the first quotation to the end of the second
    assert (s.sentence_start, s.sentence_end) == (0, len(text))


def test_a_short_quote_in_a_new_paragraph_is_a_statement_of_its_own():
    text = "“Our troops hold every bridge on the river and will not retreat,” the commander said.\n“Not one step.”"
    found = statements(text)
    assert [(s.speaker, s.content) for s in found] == [
        ("the commander", "Our troops hold every bridge on the river and will not retreat"),
        ("the commander", "Not one step."),
    ]


def test_an_attribution_set_inside_its_claim():
    s = only("At one point, the governor said, the payments would stop.")
    assert s.speaker == "the governor"
    assert s.content == "At one point, the governor said, the payments would stop"


def test_a_relative_pronoun_speaks_for_the_name_before_it():
    found = statements("Khinshtein, who said the region was safe, said the payments would continue.")
    who = next(s for s in found if s.speaker == "who")
    assert (who.refers_to, who.content) == ("Khinshtein", "the region was safe")
    assert any(s.speaker == "Khinshtein" and s.content == "the payments would continue" for s in found)


def test_a_party_tag_and_a_count_belong_to_the_speaker():
    assert only("Senator Jane Doe (R-OK) said the budget would pass.").speaker == "Senator Jane Doe (R-OK)"
    assert only("Seventy percent of voters said the economy mattered most.").speaker == "Seventy percent of voters"
    assert only("72 percent of voters said the economy mattered most.").speaker == "72 percent of voters"


def test_a_question_put_to_a_speaker_is_a_statement_of_theirs():
    found = statements("Asked whether the ceasefire would hold, Peskov said, “We will see.”")
    asked = next(s for s in found if s.cue == "Asked")
    assert (asked.speaker, asked.content) == ("Peskov", "whether the ceasefire would hold")
    assert any(s.cue == "said" and s.content == "We will see." for s in found)


def test_any_verb_right_after_a_closed_quotation_reports_it():
    s = only("“We will hold the line,” he continued.")
    assert (s.speaker, s.cue, s.content, s.kind) == ("he", "continued", "We will hold the line", "direct")


def test_a_transcript_speaker_before_a_colon_but_not_a_page_label():
    s = only("KOVAL: The talks will resume in June.")
    assert (s.speaker, s.content) == ("KOVAL", "The talks will resume in June")
    assert statements("CORRECTION: An earlier version misspelled a name.") == []


def test_cues_inside_a_quotation_belong_to_the_quoted_speaker():
    s = only("“I would say the region is calm,” Khinshtein said.")
    assert s.speaker == "Khinshtein"


def test_a_claim_first_with_the_venue_after_its_attribution():
    s = only("Kursk is under full control, the ministry said in a statement on its website.")
    assert (s.speaker, s.content) == ("the ministry", "Kursk is under full control")


def test_a_dash_hands_the_sentence_back_to_the_writer():
    s = only("Putin said the region was safe — a claim Kyiv disputes.")
    assert s.content == "the region was safe"


def test_an_inverted_said_at_the_start_of_a_sentence():
    s = only("Said Alexander Khinshtein, the acting governor, “We will rebuild every village.”")
    assert (s.speaker, s.content) == ("Alexander Khinshtein", "We will rebuild every village.")


def test_an_inverted_speaker_keeps_role_and_name():
    s = only("“The claims are false,” said the ministry’s spokesman, Igor Konashenkov, in a statement.")
    assert s.speaker == "the ministry’s spokesman, Igor Konashenkov"
    assert s.content == "The claims are false"


def test_a_date_with_an_abbreviated_month_before_that():
    s = only("Zelensky said on Aug. 6 that the incursion had begun.")
    assert s.content == "the incursion had begun"


def test_an_acronym_is_not_a_pronoun():
    assert only("The US defence department said the drones were Iranian.").speaker == "The US defence department"


def test_a_role_with_its_name_in_an_aside_and_a_time_before_the_cue():
    s = only("At a briefing in Kursk, Putin’s spokesman, Dmitry Peskov, said the visit was planned long ago.")
    assert s.speaker == "Putin’s spokesman, Dmitry Peskov"
    s = only("The ministry on Wednesday denied that its forces had left the region.")
    assert (s.speaker, s.content) == ("The ministry", "its forces had left the region")


def test_a_verb_of_stance_takes_a_noun_phrase():
    s = only("Kremlin aide Yury Ushakov criticised the ceasefire proposal during a call with reporters.")
    assert s.content == "the ceasefire proposal"
    s = only("Zelensky called the visit “a stunt” in his nightly address.")
    assert s.content.startswith("the visit “a stunt”")


def test_a_name_right_after_the_cue_is_the_claim_not_a_time():
    text = "On Wednesday at the briefing, the Kremlin said Kyiv, not Moscow, had broken the truce."
    s = only(text)
    assert (s.speaker, s.content) == ("the Kremlin", "Kyiv, not Moscow, had broken the truce")


def test_the_writer_takes_over_after_a_second_past_tense_verb_or_a_double_hyphen():
    s = only("Putin said the region had been retaken and visited the volunteers in Kurchatov.")
    assert s.content == "the region had been retaken"
    s = only("Zelensky said the line was holding -- though gaps remained near Sudzha.")
    assert s.content == "the line was holding"


def test_a_quotation_broken_by_its_attribution_makes_two_statements():
    found = statements("“No, no,” Khinshtein said of the claim, “it is not possible.”")
    assert [(s.speaker, s.content, s.kind) for s in found] == [
        ("Khinshtein", "No, no", "direct"),
        ("Khinshtein", "it is not possible.", "direct"),
    ]


def test_what_a_speaker_wants_thinks_or_backs_is_attributed_to_them():
    s = only("The governor wants to reopen the bridge before the winter floods.")
    assert (s.speaker, s.cue, s.content) == ("The governor", "wants", "to reopen the bridge before the winter floods")
    s = only("Zelensky believes the counteroffensive will reach Sudzha by spring.")
    assert (s.speaker, s.cue, s.content) == ("Zelensky", "believes", "the counteroffensive will reach Sudzha by spring")
    s = only("Half of the villagers supported the evacuation plan during the winter.")
    assert (s.speaker, s.cue, s.content) == ("Half of the villagers", "supported", "the evacuation plan")


def test_attitude_verbs_in_the_writers_own_voice_are_not_attributions():
    assert statements("It seems the bridge will reopen, and it appears the floods have passed.") == []
    assert statements("Residents who want to leave can take the evening bus.") == []
    assert statements("The plan to reopen the bridge was approved; their support was never in doubt.") == []
    assert statements("Officials think about the winter every day.") == []


def test_an_attitude_inside_a_reported_claim_is_part_of_that_claim():
    s = only("The mayor said she wants the bridge reopened by March.")
    assert (s.speaker, s.cue, s.content) == ("The mayor", "said", "she wants the bridge reopened by March")


def test_a_progressive_verb_takes_the_subject_before_its_auxiliary():
    s = only("The regional governor is telling residents that the shelling has stopped.")
    assert (s.speaker, s.cue, s.content) == ("The regional governor", "telling", "the shelling has stopped")
    s = only("Senator Mark Dayton is backing the relief bill.")
    assert (s.speaker, s.cue, s.content) == ("Senator Mark Dayton", "backing", "the relief bill")


def test_a_cue_that_is_mostly_a_noun_counts_as_a_verb_between_speaker_and_complement():
    s = only("Party leaders hope that the mayor will tone down his attacks.")
    assert (s.speaker, s.cue, s.content) == ("Party leaders", "hope", "the mayor will tone down his attacks")
    assert statements("Their hopes of a ceasefire faded by the evening.") == []


def test_a_question_holds_no_attitude():
    assert statements("Do you think the governor will reopen the bridge?") == []


def test_that_before_a_verb_is_the_claims_subject():
    s = only("The mayor said that was the end of the matter.")
    assert s.content == "that was the end of the matter"


def test_what_someone_refers_to_or_offers_is_their_claim():
    s = only("The governor refers to the evacuation as a precaution.")
    assert (s.cue, s.content) == ("refers to", "the evacuation as a precaution")
    s = only("The mayor also offered his assessment of the flood defences during the visit.")
    assert (s.speaker, s.cue, s.content) == ("The mayor", "offered", "his assessment of the flood defences")


def test_speakers_named_by_role_count_or_possessive_name():
    s = only("O’Malley’s campaign says it will move staff to Iowa.")
    assert s.speaker == "O’Malley’s campaign"
    s = only("Aides to the governor say she will veto the bill.")
    assert s.speaker == "Aides to the governor"
    s = only("A spokeswoman for Sanders said the rally would go ahead.")
    assert s.speaker == "A spokeswoman for Sanders"
    s = only("Six in 10 say the economy is getting worse.")
    assert (s.speaker, s.content) == ("Six in 10", "the economy is getting worse")


def test_voters_who_say_something_are_its_speakers():
    s = only("Rebuilding has the backing of 64 percent, who say the bridge is vital.")
    assert (s.speaker, s.content, s.refers_to) == ("who", "the bridge is vital", "64 percent")


def test_according_to_after_a_finished_clause_attributes_that_clause():
    s = only("The court needs a third judge, according to the U.S. Judicial Conference, the policy arm of the courts.")
    assert (s.speaker, s.content) == ("the U.S. Judicial Conference", "The court needs a third judge")
    found = statements("Clinton leads by 271 pledged delegates according to a count by the AP, but Sanders fights on.")
    assert [(s.speaker, s.content) for s in found] == [("a count by the AP", "Clinton leads by 271 pledged delegates")]


def test_a_quoted_programme_name_after_the_quotation_is_where_it_was_said():
    s = only("“I was sitting in a house in Florida,” Trump told NBC’s “Today” on Monday.")
    assert (s.speaker, s.content) == ("Trump", "I was sitting in a house in Florida")


def test_a_negated_or_adverbial_auxiliary_stands_between_speaker_and_cue():
    s = only("The governor didn’t say whether the bridge would reopen.")
    assert (s.speaker, s.cue, s.content) == ("The governor", "say", "whether the bridge would reopen")
    s = only("Clinton did not mention her rival by name.")
    assert (s.speaker, s.cue) == ("Clinton", "mention")
    s = only("The senator now says that he backs the plan.")
    assert (s.speaker, s.content) == ("The senator", "he backs the plan")


def test_a_retort_is_a_cue():
    s = only("The mayor shot back that the figures had been leaked.")
    assert (s.speaker, s.cue, s.content) == ("The mayor", "shot back", "the figures had been leaked")


def test_a_plural_possessive_belongs_to_the_speaker():
    s = only("The protesters’ leader said the march would go ahead.")
    assert s.speaker == "The protesters’ leader"


def test_a_quoted_programme_name_before_the_speaker_is_not_a_claim():
    s = only("On Sunday on CNN’s “State of the Union,” the senator said the bill would pass.")
    assert (s.speaker, s.content) == ("the senator", "the bill would pass")


def test_a_refusal_praise_or_congratulation_is_attributed():
    s = only("The senator declined to say whether the bill would pass.")
    assert (s.speaker, s.cue, s.content) == ("The senator", "declined", "to say whether the bill would pass")
    assert statements("Sales declined sharply in March.") == []
    s = only("Rubio is congratulating Trump for his victory in the primary.")
    assert (s.speaker, s.cue, s.content) == ("Rubio", "congratulating", "Trump for his victory in the primary")


def test_people_named_by_what_they_stand_for_or_a_share_are_speakers():
    s = only("Critics of the plan say it will cost too much.")
    assert (s.speaker, s.content) == ("Critics of the plan", "it will cost too much")
    s = only("Some advocates for flood relief said the money came too late.")
    assert s.speaker == "Some advocates for flood relief"
    s = only("A mere 9 percent say they only buy local produce.")
    assert (s.speaker, s.content) == ("9 percent", "they only buy local produce")


def test_documents_named_by_a_cue_word_speak_for_their_authors():
    s = only("Most of the money arrived in February, new fundraising reports show.")
    assert (s.speaker, s.cue, s.content) == ("new fundraising reports", "show", "Most of the money arrived in February")


def test_statements_are_ordered_by_start_with_unique_ids(kursk_text):
    found = statements(kursk_text)
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert len({s.id for s in found}) == len(found)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"\w+", text)]


def _same_claim(found: str, gold: str) -> bool:
    """The contested scorer's rule: the two share at least half of each one's words."""
    a, b = _tokens(found), _tokens(gold)
    common = sum(min(a.count(t), b.count(t)) for t in set(b))
    return common >= len(a) / 2 and common >= len(b) / 2


def test_every_kursk_gold_statement_is_found_once_with_its_speaker(kursk_text, kursk_gold):
    found = statements(kursk_text)
    for gold in kursk_gold["statements"]:
        matches = [s for s in found if _same_claim(s.content, gold["content"])]
        assert len(matches) == 1, (gold["id"], [(s.speaker, s.content) for s in matches])
        spoken = set(_tokens(matches[0].speaker)) | set(_tokens(matches[0].refers_to or ""))
        assert spoken & set(_tokens(gold["speaker"])), (gold["id"], matches[0].speaker)


def test_the_kursk_article_pasted_as_html_gives_the_same_statements(kursk_text):
    lines = kursk_text.split("\n")
    heading = lines.index("You may also like")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[:heading])
    related = "".join(f'<li><a href="/story">{html.escape(line)}</a></li>' for line in lines[heading + 1 :])
    script = "<script>var s = 'Putin said';</script>"
    raw = f"<html><head>{script}</head><body>{body}<h3>{lines[heading]}</h3><ul>{related}</ul></body></html>"
    prepared = prepare(Document(raw=raw, path="kursk.html"))
    from_html = [(s.speaker, s.content) for s in extract(prepared, 0)]
    assert from_html == [(s.speaker, s.content) for s in statements(kursk_text)]


def test_nothing_comes_from_the_kursk_headline_list(kursk_text):
    headlines_start = kursk_text.index("You may also like")
    assert all(s.start < headlines_start for s in statements(kursk_text))


def test_who_backs_whom_is_attributed_in_a_relative_clause_or_after_a_noun():
    # "voters who backed Paul", "a Super PAC backing Bush": the stance is the voters' and the PAC's.
    s = only("They did so in an effort to sandbag convention delegates who backed former candidate Ron Paul.")
    assert (s.speaker, s.cue, s.content) == ("who", "backed", "former candidate Ron Paul")
    s = only("Wealthy donors handed over $25 million to an outside group backing Senator Marco Rubio.")
    assert (s.speaker, s.cue, s.content) == ("an outside group", "backing", "Senator Marco Rubio")


def test_what_a_pronoun_holds_inside_someone_s_claim_is_part_of_that_claim():
    # One statement, Smith's: "he opposes gun violence" is what Smith said, not a second claim.
    s = only("Smith said he opposes gun violence but that the president’s plans won’t help prevent it.")
    assert (s.speaker, s.cue) == ("Smith", "said")
    assert s.content == "he opposes gun violence but that the president’s plans won’t help prevent it"
    # A named speaker inside a claim still makes a claim of its own.
    found = statements(
        "Putin made his first visit to the region since Moscow declared it had fully ousted Ukrainian "
        "forces, the Kremlin confirmed on Wednesday."
    )
    assert ("Moscow", "it had fully ousted Ukrainian forces") in [(s.speaker, s.content) for s in found]


def test_a_clause_opened_by_though_ends_the_claim_before_it():
    text = (
        'He said he\'s asked a law firm to take a "hard look" at the incident, '
        "though he suggested he doesn't want to make a federal case out of it."
    )
    assert [(s.speaker, s.cue, s.content) for s in statements(text)] == [
        ("He", "said", 'he\'s asked a law firm to take a "hard look" at the incident'),
        ("he", "suggested", "he doesn't want to make a federal case out of it"),
    ]


def test_a_cue_form_used_as_a_noun_attributes_nothing():
    assert statements("Paul ended his campaign last week after a poor showing in the Iowa caucuses.") == []
    assert statements("In primary after primary, Democratic voters just aren’t showing up.") == []
    s = only("Early estimates are showing that 80,000 Democrats caucused on Saturday.")
    assert (s.cue, s.content) == ("showing", "80,000 Democrats caucused on Saturday")


def test_verbs_that_double_their_last_consonant_are_recognised_in_every_form():
    s = only("Clinton slammed the proposal as reprehensible and divisive.")
    assert (s.speaker, s.cue, s.content) == ("Clinton", "slammed", "the proposal as reprehensible and divisive")
    s = only("Most voters preferred legal status for the workers.")
    assert (s.speaker, s.cue, s.content) == ("Most voters", "preferred", "legal status for the workers")


def test_what_someone_talks_about_or_up_is_attributed_to_them():
    s = only("Right afterward, Ted Cruz talked up his plans to force undocumented immigrants out.")
    assert (s.speaker, s.cue, s.content) == ("Ted Cruz", "talked up", "his plans to force undocumented immigrants out")
    assert statements("The two of them talked for an hour.") == []


def test_a_relative_clause_about_the_speaker_is_not_the_claim():
    s = only(
        "An Islamic State message published by the SITE Intelligence Group, which tracks jihadist activity, "
        "said the American woman was killed when the building collapsed in an airstrike."
    )
    assert s.speaker == "An Islamic State message published by the SITE Intelligence Group"
    assert s.content == "the American woman was killed when the building collapsed in an airstrike"


def test_an_attribution_after_where_introduces_what_follows():
    s = only("The group posted photographs of a house where, it said, her body had been buried beneath the rubble.")
    assert (s.speaker, s.content) == ("it", "her body had been buried beneath the rubble")


def test_a_denied_noun_phrase_ends_before_the_circumstances():
    s = only("He denied the charges during his first court hearing in January.")
    assert (s.cue, s.content) == ("denied", "the charges")
    s = only("The ministry denied the troops had left during the night.")
    assert s.content == "the troops had left during the night"


def test_two_sources_joined_by_and_speak_together():
    s = only(
        "At least 25 insurgents were killed in clashes in the north, a military source and residents said on Monday."
    )
    assert (s.speaker, s.content) == (
        "a military source and residents",
        "At least 25 insurgents were killed in clashes in the north",
    )


def test_a_time_or_a_venue_alone_is_no_claim():
    assert statements("Trump shot back in a statement.") == []
    s = only("Ukraine attacked and residents said the town was calm.")
    assert (s.speaker, s.content) == ("residents", "the town was calm")


def test_a_closing_quote_without_its_opening_mark_still_ends_the_claim():
    # The opening mark was lost in the paste; the closing one is glued to the comma before it.
    s = only('The regime deepens the crisis by jailing our leader," a spokesperson said.')
    assert (s.speaker, s.content) == ("a spokesperson", "The regime deepens the crisis by jailing our leader")


def test_mojibake_of_a_no_break_space_does_not_hide_the_cue():
    text = 'Our leader is in jail for four years," a spokesperson said.Â\nHe spoke toÂ reporters.'
    s = statements(text)[0]
    assert (s.speaker, s.cue, s.content) == ("a spokesperson", "said", "Our leader is in jail for four years")
    assert text[s.cue_start : s.cue_end] == "said"


def test_a_quotation_before_its_speaker_needs_no_comma():
    found = statements('"I didn\'t send that picture out" the congressman said, though he does not know who did.')
    assert [(s.speaker, s.content) for s in found][0] == ("the congressman", "I didn't send that picture out")
    # A quoted title is no claim: "Broad City" is the show the star is known for.
    assert all(s.content != "Broad City" for s in statements("“Broad City” Star Asked Actors To Act Whiter."))


def test_a_name_between_the_cue_and_a_quotation_is_the_claim_s_subject():
    s = only('He claimed Border Patrol "caught them," but "you know there\'s going to be dozens more."')
    assert s.content == 'Border Patrol "caught them," but "you know there\'s going to be dozens more."'
    assert only('She said Wednesday "we will win."').content == "we will win."
    assert only("Trump told Fox News “we will win.”").content == "we will win."


def test_a_series_of_acts_shares_its_subject():
    text = (
        "Olsen also accused Woods of using shady golf balls, implied that there would be an institutional "
        "cover-up, and insinuated that he’s faking his back injury."
    )
    assert [(s.speaker, s.cue, s.content) for s in statements(text)] == [
        ("Olsen", "accused", "Woods of using shady golf balls"),
        ("Olsen", "implied", "there would be an institutional cover-up"),
        ("Olsen", "insinuated", "he’s faking his back injury"),
    ]


def test_a_stray_comma_after_the_speaker_does_not_turn_the_sentence_around():
    s = only("Separately, Maiduguri resident Andrew Tada, said the insurgents killed five people in Gava.")
    assert (s.speaker, s.content) == ("Maiduguri resident Andrew Tada", "the insurgents killed five people in Gava")
    s = only("The talks collapsed, Senator John Smith said on Monday.")
    assert (s.speaker, s.content) == ("Senator John Smith", "The talks collapsed")


def test_a_speaker_described_at_length_keeps_the_whole_description():
    s = only(
        "A senior United States military official with knowledge of the targets attacked by the Jordanians "
        "said the targets around Raqqa were carefully vetted."
    )
    assert s.speaker.startswith("A senior United States military official with knowledge")
    assert s.speaker.endswith("attacked by the Jordanians")
    assert s.content == "the targets around Raqqa were carefully vetted"


def test_doubled_apostrophes_are_quotation_marks():
    # The New York Times' style: ''...'' for “...”.
    text = (
        "''There are big issues, and they're being fought,'' said Steven M. Ekovich, a broker in Tampa. "
        "''There are big fights over that.''"
    )
    assert [(s.speaker, s.content, s.kind) for s in statements(text)] == [
        ("Steven M. Ekovich", "There are big issues, and they're being fought", "direct"),
        ("Steven M. Ekovich", "There are big fights over that.", "direct"),
    ]
    s = only("''Bombast doesn't cut it. Inexperience doesn't cut it,'' Mr. Ridge said.")
    assert (s.speaker, s.content) == ("Mr. Ridge", "Bombast doesn't cut it. Inexperience doesn't cut it")


def test_an_attitude_inside_someone_s_claim_is_part_of_that_claim():
    s = only("He said he didn’t know much about Sanders, but now Benford plans to caucus for him on March 1.")
    assert (s.speaker, s.cue) == ("He", "said")
    assert s.content.endswith("Benford plans to caucus for him on March 1")


def test_a_transcript_s_q_label_names_no_one():
    assert statements("Q: You’ve been talking about how the country is on the upswing.") == []
    s = only("TAPPER: Do you support the plan to reopen the bridge?")
    assert s.speaker == "TAPPER"


def test_he_and_she_skip_speakers_of_the_other_gender():
    text = (
        "Spokeswoman Jessica Ditto said the campaign would respond. "
        "Donald Trump said the tape was a lie. "
        "Later, Ms. Ditto said the tweets were his own. He said the tape was a setup."
    )
    found = statements(text)
    assert [(s.speaker, s.refers_to) for s in found][-1] == ("He", "Donald Trump")


def test_an_institution_named_with_on_or_for_keeps_its_whole_name():
    s = only("The Commission on Presidential Debates announced earlier Friday that the format will change.")
    assert s.speaker == "The Commission on Presidential Debates"
