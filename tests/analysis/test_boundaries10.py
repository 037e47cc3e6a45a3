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
