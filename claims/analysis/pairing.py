"""Stage 5: pairs of statements by opposing parties on the same matter.

Candidates are found through an inverted index (a shared salient term, the
same or the next sentence, a named claim), never by comparing every statement
with every other. Each candidate is then scored on opposition evidence, and
every piece of evidence becomes a reason an editor can read:

- contrast: the writer sets the two against each other ("While …, …", "but");
- denial: one side rejects what the other asserts ("is categorically false");
- opposed terms: "full control" against "still hold";
- numbers that cannot both hold ("at least 10" against "only five");
- an answer: a denial that names the other side's claim ("denied Hunter's
  claim", "these allegations").

Negation, differing numbers or quantities, a "But" opening the next sentence,
weak opposites (won/lost) and contested reporting verbs ("insists") only
support: common in any news copy, they never make a pair alone. The weaker
the evidence, the more the two contents must share to be on one matter.
Statements of one party, commentators ("analysts say"), questions, and a
quote repeated word for word never pair.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from . import matters, opposition, sentences
from .records import Pair, Prepared, Statement
from .wordlists import word_set

_CLAIM_NOUN = r"claims?|allegations?|accusations?|charges?|assertions?|suggestions?|statements?|version"
_OWNER = r"(?:the |The )?([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})"
# "Hunter's claim", "the US Red Cross' claim", "the claims brought forth by Olsen".
_NAMED_CLAIM = re.compile(
    rf"{_OWNER}['’]s? (?:\w+ )?(?:{_CLAIM_NOUN})\b|\b(?:{_CLAIM_NOUN}) (?:\w+ ){{0,3}}by {_OWNER}",
)
_ANAPHORIC_CLAIM = re.compile(rf"\b(?:these|those|the|such|this|that)\s+(?:\w+\s)?(?:{_CLAIM_NOUN})\b", re.IGNORECASE)
# How far back (in sentences) "these claims" may look for whose claims they are.
_CLAIM_REACH = 8
# Evidence weights; a pair needs MIN_SCORE. Supporting signals (quantities, the
# reporting verb) cannot make a pair on their own.
WEIGHTS = {
    "contrast": 1.0,
    # "But" opening the next sentence is common in news copy: it only supports.
    "next contrast": 0.5,
    "denial": 1.0,
    "negation": 0.6,
    "opposed": 1.0,
    "weak opposed": 0.5,
    "bounds": 1.0,
    "numbers": 0.3,
    "answer": 1.0,
    "quantity": 0.4,
    "verb": 0.3,
}
MIN_SCORE = 1.0
_SUPPORTING = frozenset({"quantity", "verb", "numbers", "negation", "weak opposed", "next contrast"})
# Shared terms needed when the only evidence is a denial, a negation or a
# number: those are common, so the matter must be plainly the same.
MIN_MATTER = 1.5
# ... and, for long statements, a share of their terms: two long quotes from
# one article share a few words by chance.
MIN_SHARE = 0.3


@dataclass
class _View:
    """What pairing needs to know about one statement."""

    index: int
    statement: Statement
    sentence: int
    sentence_text: str
    frame: str
    content_terms: dict[str, float]
    context_terms: dict[str, float]
    numbers: set[float]
    bounds: tuple[float | None, float | None]
    negated: bool
    denial: str | None
    sides: set[tuple[int, int]]
    quantity: set[str]
    contested_verb: str | None
    target: str | None = None
    answers: list[int] = field(default_factory=list)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in sentences.split(text)] or [(0, len(text))]


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect_right(spans, (offset, len(spans) and spans[-1][1])) - 1)


def _as_sides(terms: dict[str, float], names: set[str]) -> dict[str, float]:
    """The names of the batch's parties ("Olsen") weigh as little as names of known sides."""
    return {t: min(w, 0.5) if t in names else w for t, w in terms.items()}


def _frame(s: Statement) -> tuple[int, int]:
    """The reporting verb and the content, where a denying verb would be (the speaker when no verb is known)."""
    if s.cue_start is not None and s.cue_end is not None:
        return min(s.start, s.cue_start), max(s.end, s.cue_end)
    starts = [p for p in (s.start, s.speaker_start) if p is not None]
    ends = [p for p in (s.end, s.speaker_end) if p is not None]
    return min(starts), max(ends)


def _own_words(text: str, start: int, end: int, inner: Sequence[Statement]) -> str:
    """text[start:end] with other statements in it blanked out: they speak for themselves."""
    chars = list(text[start:end])
    for t in inner:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _view(
    index: int, s: Statement, text: str, spans: list[tuple[int, int]], inner: Sequence[Statement], names: set[str]
) -> _View:
    k = _sentence_of(spans, s.start)
    start, end = spans[k]
    sentence = text[start:end]
    outside = text[start : s.start] + " " + text[s.end : end]
    frame_start, frame_end = _frame(s)
    frame = _own_words(text, frame_start, frame_end, inner)
    content = _own_words(text, s.start, s.end, inner) if inner else s.content
    content_terms = _as_sides(matters.terms(content), names)
    context = {t: w for t, w in _as_sides(matters.terms(outside), names).items() if t not in content_terms}
    # Without a known reporting verb, a contested one in the frame ("Moscow's claims of") stands in.
    cue_words = s.cue.split()[-1:] if s.cue else re.findall(r"[\w’']+", frame)
    cue_word = next((w.lower() for w in cue_words if w.lower() in opposition.CONTESTED_VERBS), "")
    return _View(
        index=index,
        statement=s,
        sentence=k,
        sentence_text=sentence,
        frame=frame,
        content_terms=content_terms,
        context_terms=context,
        numbers=matters.numbers(content),
        bounds=matters.bounds(content),
        negated=opposition.negated(content),
        denial=opposition.denial(frame),
        sides=opposition.opposed_sides(content),
        quantity=opposition.quantity_kind(content),
        contested_verb=cue_word or None,
    )


def _owner_party(owner: str, parties: dict[str, str]) -> str | None:
    """The party a name in "X's claim" stands for, among the parties of the document."""
    owner = owner.rstrip(".")
    side = matters.side_of(owner)
    if side and side in parties.values():
        return side
    for word in reversed(owner.split()):
        if word in parties:
            return parties[word]
    return None


def _link_answers(views: list[_View], texts: Sequence[str], spans: dict[int, list[tuple[int, int]]]) -> None:
    """Let a denial of "Hunter's claim" or "these allegations" point at the claims it answers."""
    by_doc: dict[int, list[_View]] = defaultdict(list)
    for v in views:
        by_doc[v.statement.doc].append(v)
    for doc, members in by_doc.items():
        members.sort(key=lambda v: v.statement.start)
        text = texts[doc]
        names: dict[str, str] = {}
        for v in members:
            party = v.statement.party or ""
            for word in re.findall(r"[A-Z][\w-]+", f"{v.statement.speaker} {party}"):
                names.setdefault(word, party)
        mentions: list[tuple[int, str]] = []
        for k, (start, end) in enumerate(spans[doc]):
            for m in _NAMED_CLAIM.finditer(text, start, end):
                party = _owner_party(m[1] or m[2], names)
                if party:
                    mentions.append((k, party))
        for v in members:
            if not v.denial:
                continue
            own = v.statement.party
            named = [party for k, party in mentions if k == v.sentence and party != own]
            if not named and _ANAPHORIC_CLAIM.search(v.frame):
                earlier = [party for k, party in mentions if v.sentence - _CLAIM_REACH <= k <= v.sentence]
                named = [p for p in earlier if p != own][-1:]
                if not named and not matters.terms(_ANAPHORIC_CLAIM.sub(" ", v.statement.content)):
                    # "He denied the charges": a bare noun phrase answers the claim just before it.
                    before = [u for u in members if u.statement.start < v.statement.start and u.statement.party != own]
                    named = [before[-1].statement.party] if before else []
            if not named or not named[-1]:
                continue
            v.target = named[-1]
            v.answers = [
                u.index
                for u in members
                if u.statement.party == v.target
                and u.statement.start < v.statement.start
                and not u.negated
                and not opposition.denial(u.statement.content)
                and u.content_terms
            ]


def _shared(a: _View, b: _View) -> dict[str, float]:
    shared = {t: min(w, b.content_terms[t]) for t, w in a.content_terms.items() if t in b.content_terms}
    if a.statement.doc == b.statement.doc and a.sentence == b.sentence:
        # In one sentence each one's surroundings are the other's words: only the contents count.
        return shared
    for t, w in a.content_terms.items():
        if t not in shared and t in b.context_terms:
            shared[t] = w / 2
    for t, w in b.content_terms.items():
        if t not in shared and t in a.context_terms:
            shared[t] = w / 2
    return shared


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _opposed_index(a: _View, b: _View) -> int | None:
    """The opposed pair one takes a side of (that side only) and the other the opposite; strong ones first."""
    for one, other in ((a, b), (b, a)):
        opposed = [i for i, side in one.sides if (i, 1 - side) not in one.sides and (i, 1 - side) in other.sides]
        if opposed:
            return min(opposed, key=lambda i: (opposition.is_weak(i), i))
    return None


def _evidence(a: _View, b: _View, text_of: Sequence[str]) -> list[tuple[str, float, str]]:
    """Each piece of opposition evidence between a and b: (kind, weight, reason)."""
    found: list[tuple[str, float, str]] = []
    sa, sb = a.statement, b.statement
    if sa.doc == sb.doc and a.sentence == b.sentence:
        opener = opposition.CONTRAST_OPENER.match(a.sentence_text)
        # The link may stand between the two, or open the second one's words.
        between = opposition.CONTRAST_LINK.search(text_of[sa.doc][sa.end : sb.start]) or opposition.CONTRAST_NEXT.match(
            sb.content
        )
        if opener:
            found.append(("contrast", WEIGHTS["contrast"], f"contrast: '{opener.group(1).capitalize()} …, …'"))
        elif between:
            found.append(("contrast", WEIGHTS["contrast"], f"contrast: '… {between.group(1).lower()} …'"))
    elif sa.doc == sb.doc and b.sentence == a.sentence + 1:
        link = opposition.CONTRAST_NEXT.match(b.sentence_text)
        if link:
            reason = f"contrast: the next sentence opens with '{link.group(1)}'"
            found.append(("next contrast", WEIGHTS["next contrast"], reason))
    for one, other in ((a, b), (b, a)):
        if one.denial and not other.denial and not other.negated:
            reason = f"denial: {one.statement.party} says '{one.denial}'"
            found.append(("denial", WEIGHTS["denial"], reason))
            break
    else:
        if a.negated != b.negated:
            neg = a if a.negated else b
            found.append(("negation", WEIGHTS["negation"], f"negation: '{_excerpt(neg.statement.content, 40)}'"))
    index = _opposed_index(a, b)
    if index is not None:
        kind = "weak opposed" if opposition.is_weak(index) else "opposed"
        found.append((kind, WEIGHTS[kind], f"opposed terms: {opposition.opposed_label(index)}"))
    for one, other in ((a, b), (b, a)):
        least, most = one.bounds[0], other.bounds[1]
        if least is not None and most is not None and most < least:
            reason = f"numbers disagree: at least {least:g} against only {most:g}"
            found.append(("bounds", WEIGHTS["bounds"], reason))
            break
    else:
        if a.numbers and b.numbers and not a.numbers & b.numbers:
            shown = (", ".join(f"{n:g}" for n in sorted(x.numbers)[:2]) for x in (a, b))
            found.append(("numbers", WEIGHTS["numbers"], "numbers differ: {} against {}".format(*shown)))
    if {"total", "partial"} <= (a.quantity | b.quantity) and a.quantity != b.quantity:
        found.append(("quantity", WEIGHTS["quantity"], "quantities differ: the whole against a part"))
    verb = a.contested_verb or b.contested_verb
    if verb:
        found.append(("verb", WEIGHTS["verb"], f"contested reporting verb: '{verb}'"))
    return found


def _common_word(a: _View, b: _View) -> bool:
    """Whether the two contents themselves share a word that is not a side's name."""
    return any(w == 1.0 and b.content_terms.get(t) == 1.0 for t, w in a.content_terms.items())


def _size(v: _View) -> float:
    return sum(v.content_terms.values())


def _judge(a: _View, b: _View, text_of: Sequence[str], salience: Counter[str]) -> Pair | None:
    sa, sb = a.statement, b.statement
    answer = b.index in a.answers or a.index in b.answers
    shared = _shared(a, b)
    weight = sum(shared.values())
    evidence = _evidence(a, b, text_of)
    kinds = {kind for kind, _, _ in evidence}
    if answer:
        denier = a if b.index in a.answers else b
        reason = f"answers {denier.target}'s claim: '{_excerpt(denier.frame)}'"
        evidence.insert(0, ("answer", WEIGHTS["answer"], reason))
    elif a.denial and b.denial and not kinds & {"contrast", "bounds"}:
        return None  # both reject something: they agree more than they oppose
    elif "contrast" in kinds and opposition.CONTRAST_OPENER.match(a.sentence_text) and a.sentence == b.sentence:
        # The writer sets both against each other in one sentence: that is the matter,
        # provided the words themselves show some dispute or share something.
        if len(kinds) < 2 and weight < 1.0:
            return None
    elif kinds & {"opposed", "bounds", "contrast"}:
        if weight < 1.0:
            return None
    elif weight < MIN_MATTER or weight < MIN_SHARE * min(_size(a), _size(b)) or not _common_word(a, b):
        return None
    score = sum(w for kind, w, _ in evidence if kind not in _SUPPORTING)
    if score < MIN_SCORE:
        return None
    score += sum(w for kind, w, _ in evidence if kind in _SUPPORTING)
    if answer:
        claim = b if b.index in a.answers else a
        terms = claim.content_terms
    else:
        terms = shared or {**a.content_terms, **b.content_terms}
    # The terms most statements of the batch mention are the centre of the dispute.
    ranked = sorted(terms, key=lambda t: (-salience[t], -terms[t], t))
    index = _opposed_index(a, b)
    topic = opposition.opposed_topic(index) if index is not None else None
    written = {**matters.surfaces(b.sentence_text), **matters.surfaces(a.sentence_text)}
    matter, key = matters.label(topic, ranked, written)
    return Pair(
        a=sa.id,
        b=sb.id,
        score=round(score, 2),
        reasons=tuple(reason for _, _, reason in evidence),
        matter=matter,
        matter_key=key,
    )


def _keys(v: _View) -> list[Hashable]:
    s = v.statement
    keys: list[Hashable] = [("term", t) for t in (*v.content_terms, *v.context_terms)]
    keys.append(("sentence", s.doc, v.sentence))
    if opposition.CONTRAST_NEXT.match(v.sentence_text):
        # "But …" answers the sentence before.
        keys.append(("sentence", s.doc, v.sentence - 1))
    return keys


# Those who explain a dispute rather than take a side in it.
_COMMENTATORS = word_set(
    "analysts analyst experts expert observers observer commentators commentator researchers scholars"
)


def _commentator(party: str) -> bool:
    words = party.lower().split()
    return bool(words) and words[-1] in _COMMENTATORS and not party[:1].isupper()


def _views(statements: Sequence[Statement], texts: Sequence[str]) -> list[_View]:
    spans = {doc: _sentences(texts[doc]) for doc in {s.doc for s in statements}}
    ordered = sorted(statements, key=lambda s: (s.doc, s.start, s.end, s.id))
    keys = [(s.doc, s.start) for s in ordered]
    views: list[_View] = []
    seen: set[tuple[str | None, str]] = set()
    names = {w.lower() for s in ordered if s.party for w in (s.party, *s.party.split())}
    for s in ordered:
        # A statement repeated word for word (a pull quote, a body printed twice) pairs once.
        said = (s.party, " ".join(matters.terms(s.content)))
        if said in seen or not s.party or _commentator(s.party) or _question(s):
            continue
        seen.add(said)
        start, end = _frame(s)
        inner = []
        for k in range(bisect_left(keys, (s.doc, start)), len(ordered)):
            t = ordered[k]
            if t.doc != s.doc or t.start >= end:
                break
            if t is not s and t.end <= end and not (t.start <= s.start and s.end <= t.end):
                inner.append(t)
        views.append(_view(len(views), s, texts[s.doc], spans[s.doc], inner, names))
    _link_answers(views, texts, spans)
    return views


def _overlap(a: Statement, b: Statement) -> bool:
    """Two readings of the same words (a quote inside a paraphrase) are not two claims."""
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def _candidates(views: Sequence[_View]) -> list[tuple[int, int]]:
    found = matters.candidates([_keys(v) for v in views])
    found |= {(min(i, v.index), max(i, v.index)) for v in views for i in v.answers}
    return sorted(found)


def candidate_pairs(statements: Sequence[Statement], documents: Sequence[Prepared]) -> list[tuple[str, str]]:
    """The statement pairs that pairing will judge (ids), for measuring how candidates grow."""
    views = _views(statements, [d.text for d in documents])
    return [(views[i].statement.id, views[j].statement.id) for i, j in _candidates(views)]


_ASKING = word_set("ask asks asked asking wonder wonders wondered question questions questioned")
_INDIRECT_QUESTION = re.compile(r"^\W*(?:[\w’'-]+\s+){0,5}?(?:whether|if)\b", re.IGNORECASE)


def _question(s: Statement) -> bool:
    """A question asks, it claims nothing: "asked whether he sent the image", "Is that picture you?"."""
    cue = (s.cue or "").split()
    return (
        bool(cue and cue[-1].lower() in _ASKING)
        or bool(_INDIRECT_QUESTION.match(s.content))
        or s.content.rstrip(" ”\"'’").endswith("?")
    )


def find_pairs(statements: Sequence[Statement], documents: Sequence[Prepared]) -> list[Pair]:
    """Contested pairs among the statements of one batch, in canonical order (a before b)."""
    texts = [d.text for d in documents]
    views = _views(statements, texts)
    return _judge_all(views, _candidates(views), texts)


def _judge_all(views: Sequence[_View], candidates: Iterable[tuple[int, int]], texts: Sequence[str]) -> list[Pair]:
    """Judge each candidate (a pair of view indexes) and keep the pairs the evidence makes."""
    salience = Counter(t for v in views for t in v.content_terms)
    pairs = []
    for i, j in candidates:
        a, b = views[i], views[j]
        if a.statement.party == b.statement.party or _overlap(a.statement, b.statement):
            continue
        # Words like "the allegations" say nothing alone; they pair only as an answer.
        answer = j in a.answers or i in b.answers
        if not answer and not (a.content_terms and b.content_terms):
            continue
        pair = _judge(a, b, texts, salience)
        if pair:
            pairs.append(pair)
    return pairs


def find_pairs_against(
    new: Sequence[Statement], stored: Sequence[Statement], documents: Sequence[Prepared], *, among_new: bool = False
) -> list[Pair]:
    """Contested pairs between ``new`` statements and ``stored`` ones (and among the new ones
    when ``among_new``), judged as ``find_pairs`` judges a batch.

    ``stored`` are the few statements the caller fetched because they share a term with the new
    ones; each needs only its sentence as its document. Every new statement is compared with every
    stored one sharing a key, with no cap on the keys: the caller already bounded what it fetched.
    """
    texts = [d.text for d in documents]
    fresh = {s.id for s in new}
    views = _views([*new, *stored], texts)
    postings: dict[Hashable, list[int]] = defaultdict(list)
    for v in views:
        if v.statement.id not in fresh:
            for key in set(_keys(v)):
                postings[key].append(v.index)
    found: set[tuple[int, int]] = {(min(i, v.index), max(i, v.index)) for v in views for i in v.answers}
    ours = [v for v in views if v.statement.id in fresh]
    for v in ours:
        others = {i for key in set(_keys(v)) for i in postings.get(key, ())}
        if among_new:
            others |= {u.index for u in ours if u is not v and set(_keys(u)) & set(_keys(v))}
        found |= {(min(i, v.index), max(i, v.index)) for i in others}

    def wanted(i: int, j: int) -> bool:
        mine = (views[i].statement.id in fresh) + (views[j].statement.id in fresh)
        return mine == 1 or (mine == 2 and among_new)

    return _judge_all(views, [(i, j) for i, j in sorted(found) if wanted(i, j)], texts)


def statement_terms(statement: Statement, text: str) -> set[str]:
    """The index keys of a statement in ``text``: terms of its content and of the rest of its sentence."""
    outside = text[statement.sentence_start : statement.start] + " " + text[statement.end : statement.sentence_end]
    return {*matters.terms(statement.content), *matters.terms(outside)}
