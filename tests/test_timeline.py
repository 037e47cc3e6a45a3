from datetime import date, datetime
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.timeline import TimelinePoint, statement_points, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"

RED, BLUE = "#b22222", "#1f4e9a"


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def dots(root: ElementTree.Element) -> list[ElementTree.Element]:
    return list(root.iter(f"{SVG}circle"))


def x_percent(element: ElementTree.Element) -> float:
    value = element.get("cx")
    assert value.endswith("%")
    return float(value.removesuffix("%"))


def dot_titles(root: ElementTree.Element) -> list[str]:
    return [dot.find(f"{SVG}title").text for dot in dots(root)]


def two_sides() -> list[TimelinePoint]:
    return [
        TimelinePoint(date(2024, 8, 9), "Ukraine", BLUE, "Kyiv denies it", "/articles/2/#s4"),
        TimelinePoint(date(2024, 8, 6), "Russia", RED, "Moscow reports an incursion", "/articles/1/#s1"),
        TimelinePoint(date(2024, 8, 12), "Russia", RED, "Moscow claims a repulse", "/articles/3/#s2"),
    ]


def test_it_is_well_formed_svg_with_a_title():
    root = parse(timeline_svg(two_sides(), title="Kursk: who said what when"))

    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Kursk: who said what when"


def test_it_draws_one_lane_per_side_in_order_of_first_appearance():
    root = parse(timeline_svg(two_sides()))

    lanes = [g.get("data-side") for g in root.iter(f"{SVG}g") if g.get("class") == "timeline-lane"]
    assert lanes == ["Russia", "Ukraine"]


def test_it_draws_one_dot_per_statement_in_time_order():
    root = parse(timeline_svg(two_sides()))

    assert dot_titles(root) == ["Moscow reports an incursion", "Kyiv denies it", "Moscow claims a repulse"]
    xs = [x_percent(dot) for dot in dots(root)]
    assert xs == sorted(xs)


def test_it_places_dots_in_proportion_to_time():
    root = parse(timeline_svg(two_sides()))

    first, middle, last = (x_percent(dot) for dot in dots(root))
    # 6 Aug to 9 Aug is three days of the six the timeline spans.
    assert middle - first == pytest.approx((last - first) / 2)


def test_it_puts_each_dot_in_its_sides_lane():
    root = parse(timeline_svg(two_sides()))

    moscow, kyiv, moscow_again = (float(dot.get("cy")) for dot in dots(root))
    assert moscow == moscow_again
    assert kyiv > moscow


def test_it_orders_statements_of_one_day_by_time_of_day():
    root = parse(
        timeline_svg(
            [
                TimelinePoint(datetime(2024, 8, 6, 18, 0), "Russia", RED, "evening", ""),
                TimelinePoint(datetime(2024, 8, 6, 9, 0), "Russia", RED, "morning", ""),
                TimelinePoint(datetime(2024, 8, 7, 9, 0), "Ukraine", BLUE, "next day", ""),
            ]
        )
    )

    assert dot_titles(root) == ["morning", "evening", "next day"]


def test_it_keeps_simultaneous_statements_of_one_side_apart():
    same_day = [TimelinePoint(date(2024, 8, 6), "Russia", RED, f"statement {n}", "") for n in range(3)]
    root = parse(timeline_svg(same_day))

    positions = {(dot.get("cx"), dot.get("cy")) for dot in dots(root)}
    assert len(positions) == 3
    assert all(0 < x_percent(dot) < 100 for dot in dots(root))


def test_it_links_each_dot_to_its_statement():
    root = parse(timeline_svg(two_sides()))

    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == ["/articles/1/#s1", "/articles/2/#s4", "/articles/3/#s2"]


def test_it_draws_a_dot_without_a_link_when_there_is_no_url():
    root = parse(timeline_svg([TimelinePoint(date(2024, 8, 6), "Russia", RED, "unlinked", "")]))

    assert list(root.iter(f"{SVG}a")) == []
    assert dot_titles(root) == ["unlinked"]


def test_it_colours_dots_with_presentation_attributes_not_styles():
    svg = timeline_svg(two_sides())
    root = parse(svg)

    assert [dot.get("fill") for dot in dots(root)] == [RED, BLUE, RED]
    assert "style" not in svg
    assert "<script" not in svg


def test_it_labels_the_axis_with_the_first_and_last_day():
    root = parse(timeline_svg(two_sides()))

    axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "timeline-axis")
    assert [t.text for t in axis.iter(f"{SVG}text")] == ["6 Aug 2024", "12 Aug 2024"]


def test_it_escapes_every_piece_of_text():
    hostile = '</title><script>alert("x")</script> & co'
    svg = timeline_svg(
        [TimelinePoint(date(2024, 8, 6), hostile, RED, hostile, "/articles/1/?a=1&b=<2>")], title=hostile
    )
    root = parse(svg)

    assert "<script" not in svg
    assert root.find(f"{SVG}title").text == hostile
    assert dot_titles(root) == [hostile]
    side_label = next(t for t in root.iter(f"{SVG}text") if t.get("class") == "timeline-side")
    assert side_label.text == hostile
    assert next(root.iter(f"{SVG}a")).get("href") == "/articles/1/?a=1&b=<2>"


def test_it_escapes_quotes_inside_attributes():
    side = '"Moscow\' onload="alert(1)'
    root = parse(timeline_svg([TimelinePoint(date(2024, 8, 6), side, RED, "x", "")]))

    lane = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "timeline-lane")
    assert lane.get("data-side") == side
    assert lane.get("onload") is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "//evil.example/", "data:text/html,x", " /a"])
def test_it_refuses_links_that_are_not_safe(url):
    with pytest.raises(ValueError, match="link"):
        timeline_svg([TimelinePoint(date(2024, 8, 6), "Russia", RED, "x", url)])


@pytest.mark.parametrize("colour", ['red" onclick="x', "url(#x)", "expression(1)", "#12345"])
def test_it_refuses_colours_that_are_not_colours(colour):
    with pytest.raises(ValueError, match="colour"):
        timeline_svg([TimelinePoint(date(2024, 8, 6), "Russia", colour, "x", "")])


def test_it_accepts_plain_tuples():
    root = parse(timeline_svg([(date(2024, 8, 6), "Russia", "firebrick", "x", "https://example.org/a")]))

    assert dot_titles(root) == ["x"]


def test_it_centres_a_single_moment():
    root = parse(timeline_svg([TimelinePoint(date(2024, 8, 6), "Russia", RED, "only", "")]))

    (dot,) = dots(root)
    assert x_percent(dot) == pytest.approx(50)


def test_it_draws_nothing_when_there_are_no_statements():
    assert timeline_svg([]) == ""


def test_it_can_open_links_in_a_new_tab_for_embedding():
    root = parse(timeline_svg(two_sides(), new_tab=True))

    assert {(a.get("target"), a.get("rel")) for a in root.iter(f"{SVG}a")} == {("_blank", "noopener")}


def stored(published: date | None, party: SimpleNamespace | None) -> SimpleNamespace:
    return SimpleNamespace(
        speaker="Peskov",
        content="nothing happened",
        party=party,
        article=SimpleNamespace(published=published),
        get_absolute_url=lambda: "/articles/1/#s-2",
    )


def test_it_makes_points_of_stored_statements_dated_by_their_article():
    russia = SimpleNamespace(name="Russia", colour=RED)

    points = statement_points([stored(date(2024, 8, 6), russia), stored(None, russia), stored(date(2024, 8, 7), None)])

    assert points == [
        TimelinePoint(date(2024, 8, 6), "Russia", RED, "Peskov: nothing happened", "/articles/1/#s-2"),
        TimelinePoint(date(2024, 8, 7), "Unattributed", "#5b6770", "Peskov: nothing happened", "/articles/1/#s-2"),
    ]


@given(side=st.text(), label=st.text(), title=st.text())
def test_any_text_gives_well_formed_svg_that_says_it_back(side, label, title):
    root = parse(timeline_svg([TimelinePoint(date(2024, 8, 6), side, RED, label, "")], title=title))

    def said(text: str) -> str:
        # What XML can carry of it: control characters and lone surrogates cannot travel at all,
        # and a parser reads a carriage return as a line feed.
        def carried(c: str) -> bool:
            return c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"

        return "".join(filter(carried, text)).replace("\r\n", "\n").replace("\r", "\n")

    assert (root.find(f"{SVG}title").text or "") == said(title)
    assert (dot_titles(root)[0] or "") == said(label)
    lane = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "timeline-lane")
    assert lane.get("data-side") is not None
