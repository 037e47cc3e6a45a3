"""Stage 3: verbs of attitude (think, believe, want, consider ...) and who holds the view.

Sentences from PolNeAR's training split.
"""

from __future__ import annotations

from tests.analysis.extracting import statements, triples


def test_a_relative_after_a_name_holds_the_view():
    text = (
        "Still, Petrilli, who thinks the Obama administration made a power grab with its education policies, "
        "called the new law much better than before."
    )
    found = [s for s in statements(text) if s.cue == "thinks"]
    assert [(s.speaker, s.content) for s in found] == [
        ("who", "the Obama administration made a power grab with its education policies")
    ]
    assert found[0].refers_to == "Petrilli"


def test_a_restrictive_relative_holds_a_view_only_when_it_thinks_a_clause():
    text = "But there are some national security law experts who think the case against Clinton is clear."
    assert triples(text) == [("who", "think", "the case against Clinton is clear")]
    # Wanting to do something only says which people are meant.
    assert statements("Senators who wanted to attend the convention could be faced with an awkward situation.") == []
    # "who declined to be identified" reports no view, even after a comma.
    assert statements("An aide, who declined to be identified, left the room early.") == []


def test_a_bare_noun_opens_the_clause_a_thinker_holds():
    s = statements(
        "Clinton strategists think women are likely to be the key to a general-election victory for the "
        "former secretary of state."
    )
    assert [(s.speaker, s.cue) for s in s] == [("Clinton strategists", "think")]
    assert s[0].content.startswith("women are likely to be the key")
    # Without a verb after it the noun is an object, not a clause: no claim.
    assert statements("Officials think warmly back to 2008.") == []


def test_considering_a_course_of_action():
    assert triples("For a short time, Vanessa Iampaglia considered selling her eggs to pay for college.") == [
        ("Vanessa Iampaglia", "considered", "selling her eggs to pay for college")
    ]


def test_a_stance_on_a_quoted_object():
    s = statements('Clinton supports "appropriate pay raises" for federal workers.')
    assert [(s.speaker, s.cue) for s in s] == [("Clinton", "supports")]
    assert "appropriate pay raises" in s[0].content


def test_a_view_set_off_by_commas_holds_the_clause_around_it():
    s = statements("Such efforts, they believe, will render Sanders’ long-term play for New York and California moot.")
    assert [(s.speaker, s.cue) for s in s] == [("they", "believe")]
    assert s[0].content.startswith("Such efforts")
    found = statements(
        "And, thanks to the chaos on the Republican side, an opponent-less glide to the nomination would "
        "all-but-ensure Clinton is booted off airwaves for three months, some Democrats now think."
    )
    assert [(s.speaker, s.cue) for s in found] == [("some Democrats", "think")]
    assert "an opponent-less glide to the nomination would all-but-ensure" in found[0].content
    # The writer's own aside holds nothing.
    assert statements("(Yes, we know, guacamole is extra.)") == []


def test_a_bare_verb_agrees_with_the_plural_before_the_phrases_that_place_it():
    assert triples("With so many here touched by immigration policy, most in Miami want to improve the law.") == [
        ("most in Miami", "want", "to improve the law")
    ]
    assert triples("Majorities across the political spectrum favor granting illegal immigrants a path to status.") == [
        ("Majorities across the political spectrum", "favor", "granting illegal immigrants a path to status")
    ]


def test_a_subject_named_before_its_description_holds_the_view():
    text = (
        "Todd Wilcox, a combat veteran and former CIA officer, wants more opportunities for students to "
        "fulfill public-sector service obligations."
    )
    found = statements(text)
    assert [(s.speaker, s.cue) for s in found] == [("Todd Wilcox", "wants")]
    assert found[0].content.startswith("more opportunities for students")
    # A subject after an opening phrase is not the sentence's named subject.
    assert statements("Without support, the old bridge, built by Roman engineers in 200 AD, wants repairs.") == []


def test_hoping_and_fearing_hold_a_clause_or_a_quotation():
    text = (
        "Supporters of the law hope this is just a transition period as insurers figure out the right types "
        "of policies for the exchanges."
    )
    found = statements(text)
    assert [(s.speaker, s.cue) for s in found] == [("Supporters of the law", "hope")]
    assert found[0].content.startswith("this is just a transition period")
    found = statements("Liberal politicians fear 'Europe is disintegrating.'")
    assert [(s.speaker, s.cue) for s in found] == [("Liberal politicians", "fear")]
    assert "Europe is disintegrating" in found[0].content


def test_back_as_an_adverb_or_a_phrasal_verb_backs_nobody():
    assert statements("The state party backed down.") == []
    assert statements("The overtime rule dates back to the passage of the 1938 law.") == []
    assert statements("President Obama backed her up in an interview.") == []
    assert triples("Those voters backed Mr. Sanders.") == [("Those voters", "backed", "Mr. Sanders")]


def test_plans_hold_an_intention_only_with_an_infinitive():
    assert statements("My immigration plans aren't set in stone.") == []
    assert triples("Carole Bower plans to vote for Mr. Trump.") == [("Carole Bower", "plans", "to vote for Mr. Trump")]
