"""Stage 1: what the cleaner keeps, drops and derives."""

from __future__ import annotations

import pytest

from claims.analysis.clean import MAX_CHARS, looks_like_html, prepare
from claims.analysis.records import Document

FIRST = "Ukraine maintains its troops still hold a thin line of territory across the border."
SECOND = "Kremlin aide Yury Ushakov said Putin was open to a ceasefire."


def region_texts(prepared) -> list[str]:
    return [prepared.text[r.start : r.end] for r in prepared.regions]


def test_it_keeps_plain_text_exactly():
    raw = f"{FIRST}\r\n\r\n{SECOND}\n"
    prepared = prepare(Document(raw=raw, html=False))
    assert prepared.text == raw
    assert prepared.html == ""


def test_it_sniffs_markup_but_not_angle_brackets_in_prose():
    assert looks_like_html(f"<p>{FIRST}</p>")
    assert not looks_like_html("Turnout was < 40% and rising > 2 points a week.")


def test_it_drops_scripts_styles_and_frames_with_their_contents():
    raw = (
        "<html><head><style>p { color: red }</style><script>alert('x')</script></head><body>"
        f"<p>{FIRST}</p><noscript>enable js</noscript><iframe src='x'>frame text</iframe>"
        "<template>template text</template></body></html>"
    )
    prepared = prepare(Document(raw=raw))
    for leftover in ("alert", "color", "enable js", "frame text", "template text", "<script", "<style"):
        assert leftover not in prepared.text
        assert leftover not in prepared.html
    assert prepared.text == FIRST


def test_it_keeps_only_the_allowlist_and_marks_links_nofollow():
    raw = (
        '<div class="x"><h2>Kursk</h2><p onclick="evil()">Read <a href="https://example.org/a" '
        'title="t" target="_blank">this</a> <span>now</span>.</p><img src="x.png"></div>'
    )
    html = prepare(Document(raw=raw, html=True)).html
    assert "<h2>Kursk</h2>" in html
    assert 'rel="nofollow noopener"' in html
    assert 'href="https://example.org/a"' in html
    for banned in ("onclick", "target", "<span", "<img", "<div", "class="):
        assert banned not in html


def test_it_turns_blocks_into_paragraphs_and_decodes_entities():
    raw = f"<h1>Putin visits Kursk</h1><p>{FIRST}</p><p>Tom &amp; Jerry&#8217;s &ldquo;show&rdquo;</p>"
    text = prepare(Document(raw=raw, html=True)).text
    assert text == f"Putin visits Kursk\n\n{FIRST}\n\nTom & Jerry’s “show”"


def test_it_analyses_a_repeated_paragraph_once():
    raw = f"{FIRST}\n{SECOND}\n{FIRST}\n"
    assert region_texts(prepare(Document(raw=raw))) == [f"{FIRST}\n{SECOND}"]


def test_it_leaves_out_related_links_and_page_furniture():
    raw = (
        f"{FIRST}\n"
        "Photo: Reuters/Maxim Shemetov\n"
        "Share this article\n"
        "Correction: An earlier version of this article misspelled the governor's name.\n"
        "Advertisement\n"
        "Soldiers patrol a street in Sudzha. (AP Photo/Ivan Ivanov)\n"
        f"{SECOND}\n"
        "Read more\n"
        "Govt rolls out initiatives to curb road crashes in 100 districts\n"
        "Todd Boehly drops major hint over first Chelsea addition\n"
    )
    assert region_texts(prepare(Document(raw=raw))) == [FIRST, SECOND]


def test_a_dateline_credit_is_not_a_photo_credit():
    raw = f"KYIV (AP) — {FIRST}\n"
    assert region_texts(prepare(Document(raw=raw))) == [raw.strip()]


def test_it_analyses_the_kursk_body_once_and_not_its_headline_list(kursk_text):
    prepared = prepare(Document(raw=kursk_text, path="kursk.txt"))
    assert prepared.text == kursk_text
    analysed = "\n".join(region_texts(prepared))
    assert analysed.count("analysts say the incursion") == 1
    assert analysed.count("The unannounced trip took place on Tuesday") == 1
    assert "You may also like" not in analysed
    assert "Govt rolls out initiatives" not in analysed
    assert "Viktor Gyokeres" not in analysed


def test_mojibake_does_not_move_offsets():
    raw = "Police said the clash broke out inÂ Palamu.\nThe countryâ€™s population is 10 million, Bellerive said.\n"
    prepared = prepare(Document(raw=raw))
    assert prepared.text == raw
    assert region_texts(prepared) == [raw.rstrip("\n")]


def test_it_refuses_a_document_longer_than_an_article():
    with pytest.raises(ValueError, match="split it into articles"):
        prepare(Document(raw="a" * (MAX_CHARS + 1)))
