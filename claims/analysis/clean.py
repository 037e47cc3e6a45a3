"""Stage 1: turn pasted input into the text that offsets index into.

Plain text is kept exactly as pasted, because the scorer and the editor's view
compare offsets against the file as read. HTML is sanitised (for display) and
flattened to text (for analysis). Either way, ``regions`` leave out what is
not the article: a second copy of a paragraph, related-link lists, share and
advertisement lines, photo credits.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import bleach
from bleach.html5lib_shim import Filter

from .records import Document, Prepared, Span

ALLOWED_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "i", "b", "ul", "ol", "li", "blockquote", "br"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
# Elements whose content is never article text; bleach would keep their inner
# text when stripping the tag, so they are removed before sanitising.
DROPPED_ELEMENTS = frozenset({"script", "style", "noscript", "iframe", "template"})
# Elements that end a paragraph when flattening to text.
BLOCK_ELEMENTS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "section", "article",
        "header", "footer", "aside", "nav", "figure", "figcaption", "table", "tr", "td", "th", "pre", "main",
        "form", "dl", "dt", "dd", "hr", "title",
    }
)  # fmt: skip

_HTML_SNIFF = re.compile(
    r"<(?:html|body|p|div|br|h[1-6]|ul|ol|li|table|article|section|blockquote|span|a|script|style|noscript|img"
    r"|iframe|svg|object|embed|form|input|button|link|meta)\b[^<>]{0,500}>",
    re.IGNORECASE,
)

_BLOCK_SNIFF = re.compile(
    r"<(?:html|head|body|p|div|br|h[1-6]|ul|ol|li|table|article|section|blockquote|script|style|noscript|img|iframe"
    r"|svg|object|embed|form|input|button|link|meta)\b[^<>]{0,500}>",
    re.IGNORECASE,
)

# The longest article the engine takes. Feature stories run to 100,000
# characters; anything ten times that is a dump, not an article, and would
# keep an editor waiting. The CLI enforces the same bound in bytes.
MAX_CHARS = 1_000_000


def prepare(document: Document) -> Prepared:
    """Clean one document: sanitised HTML, analysable text and its regions.

    Raises ValueError for a document longer than MAX_CHARS.
    """
    if len(document.raw) > MAX_CHARS:
        raise ValueError(
            f"{document.path or 'document'}: {len(document.raw):,} characters is more than the "
            f"{MAX_CHARS:,} an article may have; split it into articles first"
        )
    is_html = document.html if document.html is not None else looks_like_html(document.raw)
    if not is_html:
        text = document.raw
        return Prepared(path=document.path, text=text, html="", regions=find_regions(text))
    html = sanitise(document.raw)
    text = html_to_text(html)
    return Prepared(path=document.path, text=text, html=html, regions=find_regions(text))


def looks_like_html(raw: str) -> bool:
    """Sniff markup: real tags, not an angle bracket in prose.

    Pasted plain text may keep a stray link ("[<a href=”https://storify.com/...”>A Trump Rally in Greensboro</a>.]"):
    with its paragraphs on lines of their own and no block tag, it is still plain text, so its paragraph breaks
    (and the offsets the scorer reads) stay as they are.
    """
    if _HTML_SNIFF.search(raw, 0, 20_000) is None:
        return False
    return "\n\n" not in raw[:20_000] or _BLOCK_SNIFF.search(raw, 0, 20_000) is not None


class _Dropper(HTMLParser):
    """Re-emit the markup with the dropped elements and their contents removed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in DROPPED_ELEMENTS:
            self.dropping += 1
        elif not self.dropping:
            self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if not self.dropping and tag not in DROPPED_ELEMENTS:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_ELEMENTS:
            self.dropping = max(0, self.dropping - 1)
        elif not self.dropping:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            # Text outside entities is re-escaped so bleach sees it as text again.
            self.out.append(data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

    def handle_entityref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(f"&#{name};")


class _SafeLinks(Filter):
    """Every kept link gets rel="nofollow noopener": we never vouch for pasted links."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in ("StartTag", "EmptyTag") and token["name"] == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = "nofollow noopener"
                token = {**token, "data": attrs}
            yield token


_CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, strip=True, strip_comments=True, filters=[_SafeLinks]
)


def sanitise(raw: str) -> str:
    """The pasted markup reduced to the allowlist, safe to show in a page."""
    dropper = _Dropper()
    dropper.feed(raw)
    dropper.close()
    return _CLEANER.clean("".join(dropper.out))


class _Flattener(HTMLParser):
    """Text of sanitised HTML: blocks become paragraphs, entities are decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []

    def _break(self) -> None:
        paragraph = " ".join("".join(self.current).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in BLOCK_ELEMENTS or tag == "br":
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_ELEMENTS:
            self._break()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def html_to_text(html: str) -> str:
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    flattener._break()
    return "\n\n".join(flattener.paragraphs)


# --- regions -------------------------------------------------------------

# A heading that introduces a list of links to other articles.
_RELATED_HEADING = re.compile(
    r"(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: (?:articles?|stories|coverage|news|content|posts?))?"
    r"|read (?:more|also|next)|also read|more from\b.{0,60}|more on this( story)?|recommended(?: for you)?"
    r"|most (?:read|popular|viewed)|trending(?: now)?|more stories|top stories|don'?t miss|see also)\W{0,3}",
    re.IGNORECASE,
)
# Lines that are page furniture rather than reporting.
_FURNITURE = re.compile(
    r"(?:share (?:this|on)|share$|tweet$|email$|print$|subscribe\b|sign up\b|advertisement$|advertisement\W|"
    r"correction\s*:|editor[’']?s note\b|"
    r"click here|follow us\b|follow @|copyright|©|all rights reserved|\(?(?:ap|afp|reuters) photo\b|"
    r"photo(?:graph)?s?(?: credit)?\s*:|image(?: credit)?\s*:|picture\s*:|credit\s*:|file photo\b)",
    re.IGNORECASE,
)
# Credits that end a caption line ("... (AP Photo/Evan Vucci)", "... Getty Images"),
# but not a dateline's "(AP)".
_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA)(?: Photo)?/[^()\n]{0,80}\)|Getty Images|\w/\s?(?:AFP|Reuters|AP|EPA)\b)",
)
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
_LINE = re.compile(r"[^\n]*\n?")
_WORD = re.compile(r"\w+")
HEADLINE_MAX = 160
CREDIT_LINE_MAX = 300


def _key(line: str) -> str:
    """What makes two paragraphs the same, regardless of spacing and punctuation."""
    return " ".join(_WORD.findall(line.lower()))


def find_regions(text: str) -> tuple[Span, ...]:
    """Spans of ``text`` worth analysing: runs of lines that are article body."""
    seen: set[str] = set()
    kept: list[Span] = []
    in_related_list = False
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == end:
            break
        line = match.group().strip()
        if not line:
            continue
        key = _key(line)
        is_headline = len(line) <= HEADLINE_MAX and not _SENTENCE_END.search(line)
        if in_related_list:
            if is_headline:
                continue
            in_related_list = False
        if _RELATED_HEADING.fullmatch(line):
            in_related_list = True
            continue
        if _is_furniture(line) or not key:
            continue
        if key in seen:
            continue
        seen.add(key)
        body_end = start + len(match.group().rstrip())
        body_start = start + (len(match.group()) - len(match.group().lstrip()))
        if kept and not text[kept[-1].end : body_start].strip():
            kept[-1] = Span(kept[-1].start, body_end)
        else:
            kept.append(Span(body_start, body_end))
    return tuple(kept)


def _is_furniture(line: str) -> bool:
    if len(line) > CREDIT_LINE_MAX:
        return False
    return bool(_FURNITURE.match(line) or _CREDIT.search(line))
