"""A candidate statement (speaker, cue, claim) and how it is built into one."""

from __future__ import annotations

from dataclasses import dataclass

from ..cues import ADDRESSEE_VERBS, CLAIM_NOUNS, CUE_LEMMAS, PASSIVE_AGENT_VERBS, SOURCE_DOCUMENTS
from ..wordlists import word_set
from .boundaries import (
    _clause_end,
    _clause_follows,
    _closing_quote,
    _dashed_relative_end,
    _holds_clause,
    _kind_of,
    _leading_content,
    _main_clause_resumes,
    _named_work,
    _object_end,
    _quote_after_attribution,
    _relative_claim_end,
    _restrictive_relative,
    _skip_to_claim,
    _spaced_hyphen,
    _subordinate_attribution,
    _tail_end,
    _trailing_time,
    _trim_end,
)
from .lexicon import (
    ADMITTING_VERBS,
    ADVERBIAL,
    ASIDE_ADVERBS,
    CIRCUMSTANCE,
    CLAUSE_BREAKERS,
    CLAUSE_LEADS,
    CLAUSE_OPENERS,
    CLAUSE_QUESTIONS,
    CLOSE_QUOTES,
    CLOSING_QUOTES,
    CONNECTIVES,
    COORDINATORS,
    DASH_MARKS,
    DASHES,
    DETERMINERS,
    FINITE_AUX,
    GERUND_PREPOSITIONS,
    IRREGULAR_PAST,
    LINKING_VERBS,
    MAX_ASIDE_TOKENS,
    MAX_CIRCUMSTANCE_WORDS,
    MAX_CLAIM_TOKENS,
    MAX_TAIL_TOKENS,
    MODALS,
    MONTHS,
    NAMING_VERBS,
    NOT_PARTICIPLES,
    OBJECT_VERBS,
    OBJECTS,
    OPEN_QUOTES,
    OPENING_PHRASE_WORDS,
    OPENING_PREPOSITIONS,
    OWN_VERB_LEADS,
    PASSIVE_AUX,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    QUESTION_WORDS,
    QUOTES,
    RELATIVE_LEADS,
    RELATIVES,
    SENTENCE_END,
    SENTENCE_OPENERS,
    STOP,
    STRAIGHT_QUOTE,
    SUBORDINATORS,
    VENUE_PREPOSITIONS,
    VERB_PARTICLES,
    VIEW_OPENERS,
    WEEKDAYS,
)
from .speakers import (
    _contracted_subject,
    _counts,
    _finite_after,
    _is_adverb,
    _is_reporting_verb,
    _main_verb,
    _noun_phrase_ending,
    _participle,
    _speaker_after,
    _speaker_before,
    _subject_at,
    _time_word,
)
from .tokens import _inside_quotes, _span, _text_of, _Token, _token_range


@dataclass
class _Found:
    speaker: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    kind: str
    relay: str | None = None
    # Set for ", reported AFP": the agency that passed on the sentence's other statements.
    passed_on_by: str | None = None
    # Set for "Barkley, who said ...": the name a relative pronoun stands for.
    refers_to: str | None = None
    # Set for "“A,” he said, “B.”": where B, a statement of its own, stands.
    continued: tuple[int, int] | None = None
    # Set for B in "“A,” he said. “B.”": the statement that opened the quotation B goes on.
    part_of: _Found | None = None


@dataclass
class _Candidate:
    """One cue and the speaker found for it; the content is settled once all cues are known."""

    shape: str  # "before", "after", "participle", "according", "nominal", "asked"
    cue: tuple[int, int]  # token indexes, end exclusive
    speaker: tuple[int, int] | None  # token indexes, end exclusive
    begins: int  # first token index of the whole attribution
    lemma: str = ""
    aside: bool = False  # the speaker stands before an aside ("Russia, with ..., claimed")
    claim_from: int | None = None  # where to look for the claim, when not right after the cue
    reduced: bool = False  # a stance after its noun ("a group backing Bush"), inside a larger clause

    def build(self, tokens: list[_Token], starts: list[int], earlier: list[_Found]) -> _Found | None:
        if self.shape == "according":
            return _build_according(tokens, self, starts, earlier)
        if self.shape == "nominal":
            return _build_nominal(tokens, self, starts)
        if self.shape == "passive":
            return _build_passive(tokens, self)
        if self.shape == "asked":
            return _build_asked(tokens, self, earlier)
        if self.shape == "participle":
            speaker_span = _previous_subject(tokens, self, earlier)
            if speaker_span is None:
                return None
            self.speaker = self.cue
        else:
            assert self.speaker is not None
            speaker_span = _span(tokens, *self.speaker)
            last = tokens[self.speaker[1] - 1]
            if _contracted_subject(last) or _contracted_subject(last, progressive=False):
                speaker_span = (speaker_span[0], last.start + last.text.replace("'", "’").rindex("’"))
        cue_span = _span(tokens, *self.cue)
        first = self.speaker[0] if self.shape != "participle" else self.cue[0]
        # "defense of “New York values,” saying ...": a participle after a quotation does not report it.
        after_quote = first > 0 and tokens[first - 1].text in QUOTES and _closes_claim(tokens, first - 1)
        after_quote = after_quote and self.shape != "participle"
        tail = _tail_end(tokens, self.cue[1] if self.shape != "after" else self.speaker[1], after_quote)
        if tail is not None and self.shape == "before" and tail > self.cue[1] and self.cue[0] > 0:
            # "..., he would support the Denver Broncos.": after a modal the words are the verb's object, not
            # the time or venue of a report of what came before.
            tail = None if tokens[self.cue[0] - 1].low in MODALS - {"to", "did", "does", "do"} else tail
        if tail is None and after_quote and self.shape == "before" and _participle_follows(tokens, self.cue[1]):
            tail = self.cue[1]  # "“...,” Clinton said answering a question at a town hall": what she was doing
        if tail is not None and tail < len(tokens) and _plural_possessive(tokens, tail):
            tail = None  # "Trump said the SCOTUS’ deadlock has ...": an apostrophe, not a closing quotation mark
        continued = None
        bracketed = _bracketed_claim(tokens, self)
        if bracketed is not None:
            content = bracketed
        elif self.shape == "after" or (tail is not None and _claim_came_first(tokens, self, tail)):
            waits = _subject_waits(tokens, tail) if self.shape == "after" else None
            if waits is not None:
                # "The paradox of Nancy, says Carl Anthony, historian at ..., is that she was ...": the claim's
                # subject stands before the attribution and its verb after it.
                content = _leading_content(tokens, self.begins, waits)
                later = next((k for k in starts if k > waits + 1), None)
                if content is not None and later is not None and tokens[later].start < content[0][1]:
                    # "..., would read this as a public admission ..., seeing a negotiated agreement as ...": the
                    # next attribution's.
                    stop = _trim_end(tokens, waits + 1, later)
                    content = ((content[0][0], tokens[stop - 1].end), content[1])
            else:
                begins = self.begins
                if begins > 1 and tokens[begins - 1].low == "as" and _closes_claim(tokens, begins - 2):
                    begins -= 1  # ", as the host Steve Doocy said in April": the claim ends before "as"
                content = _leading_content(tokens, begins, tail, inverted=self.shape == "after")
                goes_on = tail is not None and tail + 1 < len(tokens) and tokens[tail].text == ","
                if goes_on and tokens[begins].low == "as" and (quotation := _quotation_before(tokens, begins - 1)):
                    content = quotation, "direct"  # "the race “is a dead heat,” as Cruz said, only magnifies ..."
                resumes = _quote_resumes(tokens, tail, starts) if content and content[1] == "direct" else None
                if resumes is not None:
                    content = ((content[0][0], tokens[resumes - 1].end), "mixed")
                elif content is not None and content[1] == "indirect" and content[0][1] <= tokens[begins].start:
                    contrast = _contrast_goes_on(tokens, tail, starts)
                    if contrast is not None:
                        content = ((content[0][0], tokens[contrast - 1].end), _kind_of(tokens, begins, contrast))
            continued = _quote_after_attribution(tokens, tail) if tail is not None else None
            # Only right after the attribution: "“...,” Trump says in the spot titled “Dangerous,” warning ..." names.
            right_after = tail == (self.speaker[1] if self.shape == "after" else self.cue[1])
            if (
                continued
                and content
                and content[1] == "direct"
                and right_after
                and _one_sentence(tokens, content[0], continued)
            ):
                content = ((content[0][0], continued[1]), content[1])
                continued = None
        else:
            content = _following_content(tokens, self, starts)
        if content is None:
            return None
        (start, end), kind = content
        if self.shape == "before" and not self.reduced:
            last = max(j for j in range(len(tokens)) if tokens[j].start < end)
            head = _relative_head(tokens, self, last + 1)
            if head is not None and tokens[head].start < start:
                start = tokens[head].start
                first = _named_holder(tokens, self.speaker)
                if first > self.speaker[0]:
                    speaker_span = (tokens[first].start, speaker_span[1])
            if self.speaker[0] > 0 and tokens[self.speaker[0] - 1].low in ("which", "that", "whom", "what"):
                # "the plan, which she has repeatedly said was a mistake, was a major factor in her defeat": the
                # relative clause ends where the main clause's verb follows a comma.
                resumes = next(
                    (
                        j
                        for j in range(self.cue[1] + 1, len(tokens) - 1)
                        if tokens[j].start < end and tokens[j].text == "," and tokens[j + 1].low in FINITE_AUX
                    ),
                    None,
                )
                if resumes is not None:
                    end = tokens[resumes - 1].end
        if self.reduced:
            # "the super PAC backing Hillary Clinton is using ...": the stance's object ends at the main verb.
            cut = next(
                (j for j in range(self.cue[1] + 1, len(tokens)) if tokens[j].start < end and _main_verb(tokens[j])),
                None,
            )
            if cut is not None:
                end = tokens[_trim_end(tokens, self.cue[1], cut) - 1].end
        if self.shape == "participle" and speaker_span[0] > start:
            # "After saying he was nervous ..., the man ended up ...": the claim ends before its speaker.
            end = min(end, max((t.start for t in tokens if t.text == "," and t.start < speaker_span[0]), default=end))
        if end <= start or _only_circumstance(tokens, start, end):
            return None
        refers_to = None
        relative = tokens[self.speaker[0]].low
        if self.shape == "before" and relative in ("who", "which", "that") and self.speaker[0] > 0:
            if relative != "that" and kind != "direct":
                # "Khinshtein, who said the region was safe, said ...": the relative clause ends at its comma.
                # Not at a comma before the claim ("Mike Lee, who declared in the spin room, “...”"), nor at one
                # inside its quotation.
                comma = next((t.start for t in tokens[self.cue[1] :] if t.text == "," and t.start > start), end)
                end = min(end, comma)
            # "water bottles that said, “Build the wall”": the relative pronoun stands for the noun before it.
            before = self.speaker[0] - 1
            if relative == "that":
                named = _noun_phrase_ending(tokens, before)
            else:
                named = _speaker_before(tokens, before - 1 if tokens[before].text == "," else before)
            refers_to = _text_of(tokens, *named) if named else None
        found = _Found(speaker_span, cue_span, (start, end), kind, refers_to=refers_to, continued=continued)
        if self.shape == "after" and self.lemma == "report":
            found.passed_on_by = _text_of(tokens, *self.speaker)
        return found


# Verbs of saying and thinking that take a clause, so that in a relative clause the gap may be that clause's subject
# ("a trend that the foundation predicts will continue").
CLAUSE_VERBS = word_set("""
    say tell state claim argue insist contend suggest predict estimate expect hope fear think believe know feel
    consider conclude report warn acknowledge admit assert allege
    """)  # fmt: skip


def _relative_head(tokens: list[_Token], cand: _Candidate, end: int) -> int | None:
    """Where the claim starts when the cue stands in a relative clause that leaves a gap for the noun it describes:
    "a trend that the foundation predicts will continue", "the kind of jurist many Republicans fear Mrs. Clinton
    would choose", "what scientists think is necessary". What is said is about that noun, so the claim holds it (as
    PolNeAR marks it): from the noun phrase, or from "what", to the end of the relative clause. None when the clause
    after the cue is whole ("the day he said he would run" has no gap). ``end`` is the token after the claim."""
    assert cand.speaker is not None
    first = _named_holder(tokens, cand.speaker)
    rel = first - 1
    after = cand.cue[1]
    if rel < 1 or after >= end or not _gapped(tokens, after, end, cand.lemma):
        return None
    word = tokens[rel]
    if word.low == "what":
        return rel
    if word.low in ("which", "whom"):
        # "the plan, which officials said will go into effect soon": an aside about a noun already named; PolNeAR
        # marks the claim without it as often as with it, and the short ones lose more than the long ones gain.
        return None
    if word.low == "that":
        noun = rel - 1
        if tokens[noun].low in CLAIM_NOUNS | {"fact", "idea", "notion", "possibility", "sense"}:
            return None  # "the fear that critics say will ...": the clause is the noun's content, not a relative
    elif (
        word.is_word
        and not word.capitalised
        and (tokens[first].low in DETERMINERS | PRONOUNS or first > cand.speaker[0])
    ):
        noun = rel  # "a gift he knew would ...", "the best friend Donald J. Trump always hoped to have"
    else:
        return None
    last = tokens[noun]
    if (
        not last.is_word
        or last.text[0].isdigit()
        or last.capitalised
        or last.low in STOP
        or _main_verb(last)
        or _is_adverb(last)
    ):
        return None
    if _is_reporting_verb(last.low) or last.low in OBJECTS or _time_word(last) or last.low in ADVERBIAL:
        return None  # "said that critics ...", "told them he ...", "last week he ...", "in an interview he ..."
    phrase = _noun_phrase_ending(tokens, noun)
    if phrase is None:
        return None
    start = phrase[0]
    # "a gap in border security that ...": the noun phrase goes back over one phrase it is of.
    if start > 1 and tokens[start - 1].low in ("of", "in", "for", "on"):
        outer = _noun_phrase_ending(tokens, start - 2)
        if outer is not None and tokens[outer[0]].low in DETERMINERS:
            start = outer[0]
    return start if tokens[start].low in DETERMINERS or word.low == "that" else None


def _named_holder(tokens: list[_Token], speaker: tuple[int, int]) -> int:
    """ "the best friend Donald J. Trump": in a relative clause without "that" the holder's name follows the noun
    it describes; where the name starts."""
    if tokens[speaker[0]].low not in DETERMINERS:
        return speaker[0]
    for k in range(speaker[0] + 2, speaker[1]):
        before = tokens[k - 1]
        if tokens[k].capitalised and before.is_word and not before.capitalised and before.low not in STOP:
            return k
    return speaker[0]


def _gapped(tokens: list[_Token], k: int, end: int, verb: str) -> bool:
    """Whether the words after a relative clause's cue lack what the relative stands for: a subject ("predicts will
    continue", "think is necessary") or the object of a verb after a modal ("fear Mrs. Clinton would choose").

    Not a named object ("which Mr. Trump called ''a disgrace''") nor an infinitive's ("what he has threatened to
    do"): PolNeAR's claim there is mostly the name or the infinitive alone, and with the noun and a long speaker
    the words said are the smaller part (measured on the tuning articles: 1 found, 9 lost)."""
    if verb not in CLAUSE_VERBS:
        return False  # "records that Linick questioned are stored ...": the verb's object is the gap
    t = tokens[k]
    if t.low in FINITE_AUX - {"do", "does", "did"}:
        return True
    # "Mrs. Clinton would choose": the verb's object is the noun before.
    words = [j for j in range(k, end) if tokens[j].is_word]
    return len(words) >= 3 and tokens[words[-2]].low in MODALS - {"to"} and not tokens[words[-1]].low.endswith("ly")


def _subject_waits(tokens: list[_Token], comma: int | None) -> int | None:
    """ "The contrast with Trump, said Doyle, would be clear", "At the heart of the trouble, according to Dennis B.
    Ross, another former envoy, was a decision ...": whether a finite verb follows the attribution's comma, past
    an apposition to its source; the comma before that verb, or None."""
    if comma is None or comma + 1 >= len(tokens):
        return None
    if tokens[comma].low in ("who", "that"):
        # "according to members who spoke with reporters afterward, was any mention ...": the source's own
        # relative clause, up to its comma.
        comma = next(
            (
                j
                for j in range(comma + 1, min(len(tokens) - 1, comma + MAX_ASIDE_TOKENS))
                if tokens[j].text == "," or tokens[j].text in QUOTES or tokens[j].low in FINITE_AUX
            ),
            None,
        )
        if comma is None:
            return None
    if tokens[comma].text != ",":
        return None
    for k in (comma, _apposition_end(tokens, comma)):
        if k is not None and k + 1 < len(tokens) and tokens[k + 1].low in FINITE_AUX | LINKING_VERBS:
            return k
    return None


def _apposition_end(tokens: list[_Token], comma: int) -> int | None:
    """ "says Carl Anthony, historian at the National First Ladies Library, is that ...": the comma that closes a
    description of the source, a few words without a verb; None if none does."""
    if comma is None or comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return None
    for j in range(comma + 1, min(len(tokens) - 1, comma + MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.text == ",":
            return j if j > comma + 1 else None
        if _main_verb(t) or not (t.is_word or t.text in "-’'&."):
            return None
    return None


def _quote_resumes(tokens: list[_Token], tail: int | None, starts: list[int]) -> int | None:
    """ "“It's our bad luck,” he said, that both men had ties to the mosque", "“This deal must come with vigorous
    enforcement,” she said, and “clear consequences for any violations.”": the quoted words' sentence goes on
    after the attribution, in the writer's words or in a second quotation joined to the first; where it ends."""
    if tail is None or tail + 2 >= len(tokens) or tokens[tail].text != ",":
        return None
    word, after = tokens[tail + 1], tokens[tail + 2]
    if word.low == "that" and after.is_word and not _main_verb(after) and after.low not in FINITE_AUX:
        stop = _clause_end(tokens, tail + 1, starts)
    elif word.low == "and" and after.text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        close = _closing_quote(tokens, tail + 2)
        stop = close if close is not None else _clause_end(tokens, tail + 1, starts)
    else:
        return None
    stop = _trim_end(tokens, tail + 1, stop)
    return stop if stop > tail + 2 else None


def _only_circumstance(tokens: list[_Token], start: int, end: int) -> bool:
    """ "shot back in a statement", "said on Monday", "attacked and": when and where, or nothing, is no claim."""
    for t in tokens:
        if t.end > end:
            break
        timely = t.low in CONNECTIVES or t.low in ADVERBIAL or t.low in MONTHS or _year_number(t)
        if t.start >= start and t.is_word and not timely:
            return False
    return True


def _year_number(token: _Token) -> bool:
    """ "Earlier in 2012": a year, a time like the words around it."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _relative_aside_at(tokens: list[_Token], comma: int) -> bool:
    return comma + 1 < len(tokens) and tokens[comma + 1].low in ("which", "who")


def _build_asked(tokens: list[_Token], cand: _Candidate, earlier: list[_Found]) -> _Found | None:
    """ "Asked if ..., Ryan said": the question is content, put to whoever answers in the main clause."""
    first = cand.cue[1]
    asker = None
    if first < len(tokens) and tokens[first].low == "by":
        asker = _speaker_after(tokens, first + 1)
        first = asker[1] if asker else first
    comma = first
    quoted = _inside_quotes(tokens)
    while comma < len(tokens) and not (tokens[comma].text == "," and not quoted[comma]):
        comma += 1
    opening = cand.cue[0] == 0 or cand.cue[0] == 1 and tokens[0].low == "when"
    if asker is not None and not opening and (comma == len(tokens) or _relative_aside_at(tokens, comma)):
        comma = len(tokens)  # "Rubio was asked by ... whether his proposed expansion, which ..., would risk ..."
    first = _past_asking_circumstance(tokens, first, comma)
    end = _trim_end(tokens, first, comma)
    if end <= first:
        return None
    question = tokens[cand.cue[1]].low in QUESTION_WORDS if cand.cue[1] < len(tokens) else False
    if asker is not None and tokens[first].low in QUESTION_WORDS:
        # "When asked by a reporter whether this differed from ...", "Sanders was asked by host John Dickerson
        # whether ...": the one who asks puts the question.
        speaker = _span(tokens, *asker)
    elif cand.cue[0] == 0 or cand.cue[0] == 1 and tokens[0].low == "when" and question:
        # "When asked whether D.C. should have a vote in the House, he said: ...": whoever answers. What
        # one is asked about ("When asked about the merger") is a topic, not a claim.
        answerer = _speaker_after(tokens, comma + 1) if comma + 1 < len(tokens) else None
        speaker = _span(tokens, *answerer) if answerer else None
    else:
        speaker = _previous_subject(tokens, cand, earlier)
    if speaker is None:
        return None
    content = (tokens[first].start, tokens[end - 1].end)
    return _Found(speaker, _span(tokens, *cand.cue), content, _kind_of(tokens, first, end))


def _past_asking_circumstance(tokens: list[_Token], first: int, comma: int) -> int:
    """ "Asked Tuesday about Sullivan", "Asked at a briefing Monday in Washington about her role", "Asked in Iowa
    recently whether ...": when and where the question was put come before what it asked."""
    if first >= comma or not (
        tokens[first].low in VENUE_PREPOSITIONS or _time_word(tokens[first]) or tokens[first].low == "recently"
    ):
        return first
    for j in range(first + 1, min(comma, first + MAX_TAIL_TOKENS)):
        if tokens[j].low in QUESTION_WORDS or tokens[j].low == "about":
            return j
        if not tokens[j].is_word:
            break
    return first


def _closes_claim(tokens: list[_Token], i: int) -> bool:
    """The cue follows a finished claim: "...,” said", "..., said"."""
    if tokens[i].text == ",":
        return True
    # Nested quotations close together: "...,’”"; some copy closes with an opening mark: ",“ said".
    quote = i
    while i > 0 and tokens[i].text in QUOTES | {"'"}:
        i -= 1
    if tokens[i].text in {",", "?", "!", "…"}:
        return True  # '"... a lot of different people…" Clinton said': trailing off
    # '"I didn't send that picture" the congressman said': a quotation that is the whole clause
    # before the speaker, its comma left out.
    return quote != i and tokens[i].is_word and _quoted_from_start(tokens, quote)


def _quoted_from_start(tokens: list[_Token], close: int) -> bool:
    """Whether the quotation closing at ``close`` opened at the sentence's start and stayed open."""
    if tokens[0].text not in OPEN_QUOTES | {STRAIGHT_QUOTE} or tokens[close].text not in ("”", STRAIGHT_QUOTE):
        return False
    # A claim, not a quoted title ("“Broad City” Star Asked ..."): a few words at least.
    return close > 4 and not any(t.text in QUOTES for t in tokens[1:close])


def _past_opening(tokens: list[_Token], limit: int) -> int:
    """Where the main clause starts, also past an opening phrase whose first word only looks like a name
    ("More recently, Rubio has shifted ...", "Throughout the 2000s, Democrats ...", "Besides attacking ...,
    Mr. Trump")."""
    k = _main_clause_start(tokens, limit)
    for _ in range(2):
        if k + 1 >= limit or not tokens[k].capitalised or tokens[k].low in PRONOUNS:
            return k
        after = tokens[k + 1]
        if not (after.low in DETERMINERS or _is_adverb(after) or _participle(after) or after.text[0].isdigit()):
            return k
        comma = next((j for j in range(k + 2, min(limit, k + MAX_TAIL_TOKENS)) if tokens[j].text == ","), None)
        if comma is None or any(_main_verb(t) for t in tokens[k + 1 : comma]):
            return k
        k = comma + 1
    return k


def _previous_subject(tokens: list[_Token], cand: _Candidate, earlier: list[_Found]) -> tuple[int, int] | None:
    """Who ", adding ..." hangs on, as a character span: the speaker just before, else the sentence's subject."""
    cue_start = tokens[cand.cue[0]].start
    preposition = cand.cue[0] - 1
    if cand.shape == "participle" and preposition > 0 and tokens[preposition].low in GERUND_PREPOSITIONS:
        # "insurers would respond by finding ways ...": the subject of the nearest verb phrase.
        for k in range(preposition - 1, max(0, preposition - MAX_TAIL_TOKENS), -1):
            if tokens[k].low in MODALS | PASSIVE_AUX | {"has", "have", "had"} and tokens[k].low != "to":
                subject = _speaker_before(tokens, k - 1)
                if subject:
                    return _span(tokens, *subject)
    for found in reversed(earlier):
        if found.cue[1] <= cue_start and cand.shape == "participle" and _owner_pronoun(tokens, found):
            # "Trump ratcheted up his attacks on Rubio, saying ...": the owner of the claim noun in the object
            # stands for the main clause's subject, which the participle hangs on too.
            main = _subject_at(tokens, _past_opening(tokens, cand.cue[0]), cand.cue[0])
            if main is not None and tokens[main[0]].start < found.speaker[0]:
                return _span(tokens, *main)
        if found.cue[1] <= cue_start:
            # "Carson shared a syllabus for a class called “Perception” ..., writing ...": a speaker inside
            # the main clause's object is not the one the participle hangs on; its subject is.
            main = _subject_at(tokens, _past_opening(tokens, cand.cue[0]), cand.cue[0])
            outer = main is not None and tokens[main[0]].start < found.speaker[0] and _acts_after(tokens, main[1])
            outer = outer and not _hosts_participle(tokens, found, cand.cue[0], main[1])
            if cand.shape == "participle" and outer and not any(t.text in QUOTES for t in tokens[: main[0]]):
                return _span(tokens, *main)
            return found.speaker
    # "when Rubio thanked Miami and said ...": the subject of the verb before "and".
    conjunction = cand.cue[0] - 1
    while conjunction > 0 and tokens[conjunction].low not in ("and", "but"):
        conjunction -= 1
    for k in range(conjunction - 2, max(-1, conjunction - MAX_TAIL_TOKENS), -1):
        verb = tokens[k + 1]
        if verb.is_word and not verb.capitalised and verb.low not in STOP and verb.low.endswith(("ed", "s")):
            subject = _speaker_before(tokens, k)
            if subject and (tokens[subject[1] - 1].capitalised or tokens[subject[0]].low in PRONOUNS):
                return _span(tokens, *subject)
    if cand.shape == "participle" and _opens_sentence(tokens, cand.cue[0]):
        # "After saying he was nervous ..., the man ended up ...": the subject follows the participle's clause.
        subject = _subject_after_clause(tokens, cand.cue[1])
        return _span(tokens, *subject) if subject else None
    subject = _subject_at(tokens, _past_opening(tokens, cand.cue[0]), cand.cue[0])
    contracted = subject is not None and subject[1] - subject[0] == 1
    contracted = contracted and (
        _contracted_subject(tokens[subject[0]]) or _contracted_subject(tokens[subject[0]], False)
    )
    if contracted:
        # "She’s a Sanders supporter but concedes ...": the pronoun, without its auxiliary.
        assert subject is not None
        pronoun = tokens[subject[0]]
        return pronoun.start, pronoun.start + pronoun.text.replace("'", "’").rindex("’")
    if subject is None:
        # "When he returned he began by saying ...": the nearest pronoun with a verb after it.
        subject = next(
            (
                (k, k + 1)
                for k in range(cand.cue[0] - 2, max(-1, cand.cue[0] - MAX_TAIL_TOKENS), -1)
                if tokens[k].low in PERSON_PRONOUNS | {"they"} and _finite_after(tokens, k + 1)
            ),
            None,
        )
    return _span(tokens, *subject) if subject else None


# Words that open a clause with a subject of its own ("..., while Mike Huckabee ... proposed ... and said ...").
CLAUSE_TURNS = word_set("while whereas but after although though")


def _acts_after(tokens: list[_Token], k: int) -> bool:
    """Whether the subject ending at ``k`` has its verb next, also a past like "took" or after a time ("Gov. Mike
    Pence on Thursday blamed the media for ... Trump's claim ..., saying ...")."""
    if (
        k + 2 < len(tokens)
        and tokens[k].low in ("on", "last", "this", "earlier", "later")
        and _time_word(tokens[k + 1])
    ):
        k += 2
    return _finite_after(tokens, k) or k < len(tokens) and tokens[k].low in IRREGULAR_PAST


def _hosts_participle(tokens: list[_Token], found: _Found, participle: int, main_end: int) -> bool:
    """Whether an earlier statement's speaker, not the sentence's subject, goes on with ", adding ...": its own
    attribution ends right before the participle ("Grayson said ..., the source recalled, adding ..."), or it
    opens a clause of its own ("..., while Mike Huckabee ... proposed ... and said ...")."""
    before = tokens[participle - 2] if participle >= 2 and tokens[participle - 1].text == "," else None
    if before is not None and before.end == found.cue[1]:
        return True
    # "Aides said Obama will make a familiar case ..., highlighting ...": a person named in what the subject
    # reported acts in the reported clause.
    head = next((t for t in tokens if t.start == found.speaker[0]), None)
    named = head is not None and head.capitalised and not head.possessive
    if named and main_end < len(tokens) and CUE_LEMMAS.get(tokens[main_end].low) in ("say", "tell"):
        return True
    return any(
        t.low in CLAUSE_TURNS or t.text == ";" for t in tokens[main_end:participle] if t.start < found.speaker[0]
    )


def _owner_pronoun(tokens: list[_Token], found: _Found) -> bool:
    """Whether a statement's speaker is a possessive pronoun ("his attacks on Rubio")."""
    owner = next((t for t in tokens if t.start == found.speaker[0]), None)
    return owner is not None and owner.end == found.speaker[1] and owner.low in POSSESSIVE_PRONOUNS


def _subject_after_clause(tokens: list[_Token], k: int) -> tuple[int, int] | None:
    """The subject after the opening clause that ``k`` is in ("After thanking the crowd, which ..., he touted")."""
    quoted = _inside_quotes(tokens)
    for j in range(k, len(tokens) - 1):
        if tokens[j].text != ",":
            continue
        after = j + 1
        if tokens[after].text in CLOSING_QUOTES:
            after += 1  # "In declaring the statements “not Christian,” the pope ..."
        if after >= len(tokens) or quoted[after] or tokens[after].low in ("which", "who", "whose"):
            continue
        return _subject_at(tokens, after, len(tokens))
    return None


def _opens_sentence(tokens: list[_Token], k: int) -> bool:
    """Whether only sentence openers ("But", "And") and a preposition ("After") come before token ``k``."""
    if k > 0 and (tokens[k - 1].low in GERUND_PREPOSITIONS or tokens[k - 1].low == "in"):
        k -= 1
    return all(not t.is_word or t.low in SENTENCE_OPENERS for t in tokens[:k])


def _main_clause_start(tokens: list[_Token], limit: int) -> int:
    """Where the main clause starts, past openers and introductory phrases ("In a press conference, Trump ...")."""
    k = 0
    # "New York (AFP) – Vice President Joe Biden ...", "PARIS (Reuters) - ...": a dateline ends at its dash.
    dateline = next((j for j in range(1, min(limit, 10)) if tokens[j].text in DASH_MARKS), None)
    if dateline is not None and any(t.text == ")" for t in tokens[:dateline]):
        k = dateline + 1
    for _ in range(3):
        while k < limit and (not tokens[k].is_word or tokens[k].low in SENTENCE_OPENERS):
            k += 1  # "But Jean-Max Bellerive ... doubts the figure, pointing out ..."
        if k >= limit:
            break
        comma = next((j for j in range(k + 1, limit - 1) if tokens[j].text == ","), None)
        if comma is None:
            break
        # "Two weeks after Justice Scalia died, Justice Clarence Thomas ...", "This year, he ...",
        # "a few days later, Trump ...": a time opens too.
        counted = _counts(tokens[k]) or tokens[k].low in DETERMINERS | {"last", "next"}
        timed = counted and _time_word(tokens[k + 1]) or tokens[comma - 1].low in ("later", "earlier", "ago")
        # "Ebeling reminisced about ...": a name in -ing with its verb after it is the subject, not a participle.
        named = tokens[k].capitalised and tokens[k].low.endswith("ing") and tokens[k].low not in STOP
        named = named and (_main_verb(tokens[k + 1]) or tokens[k + 1].low in IRREGULAR_PAST)
        if not (_introduces(tokens[k]) and not named or timed):
            break
        k = comma + 1
        # "at a town hall in Salem, New Hampshire, Trump ...", "in Beaumont, Tex., Mr. Trump": the place goes on.
        place = k
        while place < limit and tokens[place].capitalised and tokens[place].is_word:
            place += 1
        if place < limit and tokens[place].text == "." and place > k:
            place += 1
        if tokens[comma - 1].capitalised and place > k and place + 1 < limit and tokens[place].text == ",":
            k = place + 1
    return k


def _introduces(token: _Token) -> bool:
    """A word that opens a phrase before the subject: "In", "For months", "Speaking to ...", "Later"."""
    if token.low in PRONOUNS or token.low in DETERMINERS:
        return False
    return token.low in STOP or token.low.endswith(("ing", "ly")) or _time_word(token)  # "Hours later, Trump ..."


def _claim_came_first(tokens: list[_Token], cand: _Candidate, tail: int) -> bool:
    """ "..., the Kremlin confirmed on Wednesday.": the speaker follows a finished clause.

    Not when a quotation follows the cue ("Addressing them, Putin said, “...”"),
    unless the quotation was broken by the attribution ("“A,” he said, “B.”").
    """
    assert cand.speaker is not None
    first = cand.speaker[0]
    if cand.begins >= first - 1 and first > 1 and tokens[first - 1].low == "as" and _closes_claim(tokens, first - 2):
        # ", as Smith has speculated.": the comma before "as" closes the claim, when the sentence ends with the
        # attribution; "Of course, as Joel Pollak observed, the biggest victor was ..." goes on to the claim.
        # "the fact that the race “is a dead heat right now,” as Cruz said on Monday, only magnifies ...": after a
        # quotation just closed, "as" attributes the quotation, however the sentence goes on.
        quoted = tokens[first - 2].text in CLOSE_QUOTES | {STRAIGHT_QUOTE}
        if (
            tail < len(tokens)
            and tokens[tail].text not in SENTENCE_END
            and not _circumstance_ends(tokens, tail)
            and not quoted
        ):
            return False
        first -= 1
    if first == 0 or not _closes_claim(tokens, first - 1):
        return False
    if _only_circumstance(tokens, tokens[0].start, tokens[first - 1].start):
        return False  # "Earlier this week, senior Democrats ... wrote": only a time came first
    # "At day's end, however, Clinton said as he introduced his wife, “...”", "But despite his own opposition,
    # Tester pointed to the GOP as the key obstacle": an opening phrase is no claim; the object or quotation is.
    # Not a bare clause of time ("the senator said as he introduced his wife."): that holds no claim at all.
    after = tail > cand.cue[1] or _quotation_after_circumstance(tokens, tail) is not None
    if after and tail < len(tokens) and tokens[tail].low in CIRCUMSTANCE and _opening_phrase_only(tokens, first - 1):
        return False
    goes_on = tail < len(tokens) and tokens[tail].text == ","
    if goes_on and first == 2 and tokens[0].low in SENTENCE_OPENERS | ASIDE_ADVERBS:
        return False  # "Now, he says, at least seven delegates have signed on": the claim follows
    if tokens[0].low in SUBORDINATORS and tail > cand.cue[1] and any(t.low in CUE_LEMMAS for t in tokens[1:first]):
        # "When Maddow pointed out that ..., Clinton seized upon the reference": the opening clause reports a
        # claim of its own, and the verb after it takes its object.
        return False
    if _opening_phrase_only(tokens, first - 1, titled=True):
        return False  # "In an interview with “Fox and Friends,” Donald Trump pointed to ...": a venue's title
    if _scene_then_quotation(tokens, first - 1):
        # "Speaking to chants of “Marco! Marco!,” the senator said his campaign ...": a quotation inside the
        # opening participle's phrase sets the scene; the claim follows the verb.
        return False
    if cand.shape == "participle" and (tokens[first - 1].text != "," or tail > cand.cue[1]):
        # "could be “messy,” adding, “Democracy is messy.”", "he said, adding the U.S. must ...": it goes on.
        return False
    # "a house where, it said, her body was buried": the claim is what follows; "State departments of
    # education can do that, they said.": "that" ends the claim when the sentence ends with the attribution.
    ends = tail >= len(tokens) or tokens[tail].text in SENTENCE_END
    # A programme's name is capitalised: "Mr. Kim's “execution has been challenged,” Mr. Solomon said." quotes a
    # claim. And a venue opens the sentence: "Those who spend time on ''certain fringes of the internet,'' he said,
    # wind up ...": a quotation late in a clause, the clause going on after the attribution, is part of the claim.
    aside = goes_on and tail == cand.cue[1] and tail + 1 < len(tokens) and tokens[tail + 1].is_word
    programme = _programme_title(tokens, first - 1) and not (ends and _lowercase_quotation(tokens, first - 1))
    if programme and not (aside and first > MAX_CIRCUMSTANCE_WORDS) and not ends:
        return False
    relative = first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].low in RELATIVE_LEADS
    if relative and not (ends and tokens[first - 2].low == "that"):
        return False
    if tail + 1 < len(tokens) and tokens[tail].text in (",", ":") and tokens[tail + 1].text in QUOTES:
        return tokens[first - 1].text in QUOTES or _named_work(tokens, tail)
    return True


def _participle_follows(tokens: list[_Token], k: int) -> bool:
    """Whether a participle phrase of what the speaker was doing follows the cue ("said answering a question",
    "said speaking to reporters"), not the claim."""
    return k < len(tokens) and _participle(tokens[k]) and not tokens[k].capitalised and tokens[k].low != "being"


def _plural_possessive(tokens: list[_Token], k: int) -> bool:
    """Whether the mark at ``k`` is the apostrophe of a plural possessive ("the SCOTUS’ deadlock", "voters'
    views"): glued to a word in -s, a word after it, and no single quotation opened before it."""
    mark = tokens[k]
    if mark.text not in "’'" or k < 1 or k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    word = tokens[k - 1]
    if not word.is_word or word.end != mark.start or not word.low.endswith("s") or tokens[k + 1].start == mark.end:
        return False
    return not any(t.text in ("‘", "'") for t in tokens[: k - 1])


# Words that join a clause of the claim's own after its attribution ("..., according to the police, and there were
# only eight incidents").
JOINED_CLAUSES = word_set("and although though whereas")


def _contrast_goes_on(
    tokens: list[_Token], tail: int | None, starts: list[int], joins: frozenset[str] = frozenset({"but"})
) -> int | None:
    """ "He may not electrify a room the way he once did, they say, but he is still an effective advocate": a claim
    broken by its attribution goes on after it with "but" and a clause of its own; where that clause ends. Not
    when the clause is the next attribution's ("..., he said, but he declined to say more")."""
    if tail is None or tail + 3 >= len(tokens) or tokens[tail].text != "," or tokens[tail + 1].low not in joins:
        return None
    j = tail + 2
    opener = tokens[j]
    quote = opener.text in OPEN_QUOTES | {STRAIGHT_QUOTE}
    if not (quote or opener.low in PRONOUNS | DETERMINERS | {"there"} or opener.capitalised and opener.is_word):
        return None
    if j in starts:
        return None
    stop = _trim_end(tokens, j, _clause_end(tokens, j, starts))
    if stop <= j + 1 or not (quote or _holds_clause(tokens, j, stop - 1)):
        return None
    return stop


def _bracketed_claim(tokens: list[_Token], cand: _Candidate) -> tuple[tuple[int, int], str] | None:
    """ "her ratings (at one point as low as 19%, Gutin says) hurt her husband": an attribution that closes a
    parenthesis after a comma reports the words inside the parenthesis before it, not what follows it."""
    if cand.shape not in ("before", "after") or cand.begins < 3 or tokens[cand.begins - 1].text != ",":
        return None
    k = max(cand.cue[1], cand.speaker[1] if cand.speaker else 0)
    while k < len(tokens) and tokens[k].low in ADVERBIAL | WEEKDAYS:
        k += 1  # "(..., he said Monday)"
    if k >= len(tokens) or tokens[k].text != ")":
        return None
    opening = next((j for j in range(cand.begins - 2, -1, -1) if tokens[j].text in "()"), None)
    if opening is None or tokens[opening].text != "(":
        return None
    end = _trim_end(tokens, opening + 1, cand.begins - 1)
    if end <= opening + 1:
        return None
    return (tokens[opening + 1].start, tokens[end - 1].end), _kind_of(tokens, opening + 1, end)


def _opening_phrase_only(tokens: list[_Token], comma: int, titled: bool = False) -> bool:
    """Whether the words before ``comma`` are only a phrase that opens the sentence ("At day's end, however"):
    a preposition first, no verb and no quotation after it; with ``titled``, a quotation there must be a
    short title ("In an interview with “Fox and Friends,”")."""
    k = 0
    while k < comma and (tokens[k].low in SENTENCE_OPENERS or not tokens[k].is_word):
        k += 1
    if k >= comma or tokens[k].low not in OPENING_PHRASE_WORDS - SUBORDINATORS:
        return False
    marks = [j for j in range(k, comma + 1) if tokens[j].text in QUOTES]
    if not titled:
        return not marks and not _holds_clause(tokens, k, comma - 1)
    if len(marks) != 2 or marks[1] - marks[0] > 7 or not tokens[marks[0] + 1].capitalised:
        return False
    outside = [j for j in range(k, comma) if not marks[0] <= j <= marks[1]]
    return not any(_holds_clause(tokens, j, j) for j in outside)


def _quotation_before(tokens: list[_Token], close: int) -> tuple[int, int] | None:
    """The words of the quotation that closes at ``close`` (its mark, after a comma or not), in the sentence."""
    if close < 2 or tokens[close].text not in CLOSE_QUOTES | {STRAIGHT_QUOTE}:
        return None
    opening = next(
        (k for k in range(close - 1, -1, -1) if tokens[k].text in OPEN_QUOTES | {STRAIGHT_QUOTE} | CLOSE_QUOTES), None
    )
    if opening is None or tokens[opening].text not in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        return None
    last = close - 1
    while last > opening and tokens[last].text in (",", ";"):
        last -= 1
    return (tokens[opening + 1].start, tokens[last].end) if last > opening else None


def _circumstance_ends(tokens: list[_Token], k: int) -> bool:
    """ "..., as the host Steve Doocy said in April while promoting a film.": a clause of time or reason after the
    attribution that runs to the sentence's end, no comma handing on to a claim after it."""
    if tokens[k].low not in CIRCUMSTANCE:
        return False
    quoted = _inside_quotes(tokens)
    return not any(tokens[j].text in (",", ";", ":") and not quoted[j] for j in range(k + 1, len(tokens)))


def _lowercase_quotation(tokens: list[_Token], comma: int) -> bool:
    """Whether the short quotation closing at or just before ``comma`` opens with a lowercase word."""
    opening = _short_quotation(tokens, comma)
    return opening is not None and tokens[opening + 1].text[:1].islower()


def _scene_then_quotation(tokens: list[_Token], close: int) -> bool:
    """Whether the sentence opens with a participle's phrase that holds the quotation closing at ``close``.

    "Speaking to chants of “Marco! Marco!,” the senator said ...", but not a gerund that is the claim's
    subject ("Closing the department would “[send] the wrong message,” he added") nor a phrase the claim
    follows ("Emerging from the talks, the prime minister ''looked ashen,'' Mr. Arad said").
    """
    first = tokens[0]
    if not (first.capitalised and first.low.endswith("ing") and len(first.low) > 5):
        return False
    if first.low in STOP | NOT_PARTICIPLES or tokens[close].text not in CLOSE_QUOTES | {STRAIGHT_QUOTE}:
        return False
    opening = next((k for k in range(1, close) if tokens[k].text in OPEN_QUOTES | {STRAIGHT_QUOTE}), None)
    return opening is not None and not any(t.text == "," or _main_verb(t) for t in tokens[1:opening])


def _short_quotation(tokens: list[_Token], comma: int) -> int | None:
    """Where a quotation of a few words that closes at or just before ``comma`` opens."""
    close = comma if tokens[comma].text in QUOTES else comma + 1 if comma + 1 < len(tokens) else comma
    if tokens[close].text not in CLOSE_QUOTES | {STRAIGHT_QUOTE}:
        return None
    return next(
        (k for k in range(close - 1, max(-1, close - 8), -1) if tokens[k].text in OPEN_QUOTES | {STRAIGHT_QUOTE}), None
    )


def _programme_title(tokens: list[_Token], comma: int) -> bool:
    """ "On CNN’s “State of the Union,” Sanders said ...": a short quoted name of a venue, not a claim."""
    k = _short_quotation(tokens, comma)
    return k is not None and k > 0 and (tokens[k - 1].possessive or tokens[k - 1].low in VENUE_PREPOSITIONS)


# Verbs of telling someone to act ("urged Congress to act", "asked the court to dismiss the case"): the one told
# is the subject of the act, and PolNeAR's claim holds it (measured on the tuning articles: 38 with, 16 without).
DIRECTING_VERBS = word_set("urge ask warn persuade convince")


def _following_content(tokens: list[_Token], cand: _Candidate, starts: list[int]) -> tuple[tuple[int, int], str] | None:
    """The claim after the cue: "said (on Wednesday) (that) ...", up to the end of its clause."""
    k = cand.claim_from if cand.claim_from is not None else cand.cue[1]
    claim_start = None
    quotation = _quotation_after_circumstance(tokens, k) if cand.lemma != ":" else None
    if quotation is not None:
        k = quotation
    elif cand.lemma != ":":
        first = k
        k = _skip_to_claim(tokens, k, cand.lemma)
        # "urged the technology industry to do more": the one urged is who is to act, part of the claim; the
        # claim still ends where the infinitive's clause does.
        directed = cand.lemma in DIRECTING_VERBS and first < k < len(tokens) - 1 and tokens[k].low == "to"
        if directed and all(t.is_word for t in tokens[first:k]) and tokens[k + 1].is_word:
            claim_start = first
        elif first < k and _skipped_a_clause(tokens, first, k, cand.lemma):
            infinitive = _urged_to(tokens, first, k, cand.lemma)
            if infinitive is not None:
                # "asked workers to sign up for an optional pay cut, ...": the claim ends with the infinitive's clause.
                claim_start, k = first, infinitive
            else:
                k = first
    if k >= len(tokens) or k in starts and k > cand.cue[1]:
        return None  # "assured the crowd, saying ...": what follows is the next attribution's
    if tokens[k].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        close = _closing_quote(tokens, k)
        last = (close if close is not None else len(tokens)) - 1
        if close is None:
            while last > k and not tokens[last].is_word and tokens[last].text not in SENTENCE_END:
                last -= 1
        if last <= k:
            return None
        goes_on = close is not None and close + 1 < len(tokens) and tokens[close + 1].is_word
        if not (goes_on and tokens[close - 1].is_word or _quotation_list(tokens, close, k)):
            return (tokens[k + 1].start, tokens[last].end), "direct"
        # "says “the whole game has become screwed up” because ...": the claim goes on after the quote.
    end = _clause_end(tokens, k, _past_opening_phrase(tokens, k, starts))
    if tokens[cand.cue[0]].low.endswith("ing"):
        # "calling them rapists and vowing to make Mexico pay", "saying she's experienced “on paper” but
        # suggesting that might not be enough": an -ing cue's claim ends at the next act.
        acts = (j for j in range(k + 1, end - 1) if tokens[j].low in ("and", "but") and _next_act(tokens, j + 1))
        end = next(acts, end)
    if _subordinate_attribution(tokens, cand.begins) and tokens[k].low not in SUBORDINATORS | {"even"}:
        end = _main_clause_resumes(tokens, k, end)
    if _restrictive_relative(tokens, cand.speaker):
        end = _relative_claim_end(tokens, k, end)  # "Voters who believe the economy is rigged are flocking ..."
    end = _dashed_relative_end(tokens, cand.speaker, k, end)
    noun_object = cand.lemma in ADMITTING_VERBS and tokens[k].low in DETERMINERS and k + 1 < end
    # "questioned whether their comments could be taken down, or whether ...", "mentioned that Rubio broke
    # ranks ...": a verb of stance that takes a clause is not cut as a noun phrase.
    clause = tokens[k].low in CLAUSE_QUESTIONS or k > cand.cue[1] and tokens[k - 1].low == "that"
    if cand.lemma in OBJECT_VERBS and not clause or noun_object and not _clause_follows(tokens, k + 1, end):
        end = _object_end(tokens, k, end, as_ends=cand.lemma not in NAMING_VERBS)
    end = _trailing_time(tokens, k, end)
    if end <= k:
        return None
    if claim_start is not None:
        k = claim_start
    return (tokens[k].start, tokens[end - 1].end), _kind_of(tokens, k, end)


def _quotation_after_circumstance(tokens: list[_Token], k: int) -> int | None:
    """ "Clinton said as he introduced his wife in Hudson, “Finally, the dam broke ...”": a clause of time after
    the cue, then a comma and the quotation said; where the quotation opens."""
    if k >= len(tokens) or tokens[k].low not in CIRCUMSTANCE - {"because"}:
        return None  # "said because Obama is popular, “he's a very good surrogate”": a reason is part of the claim
    for j in range(k + 1, min(len(tokens) - 1, k + MAX_TAIL_TOKENS)):
        t = tokens[j]
        if t.text == "," and tokens[j + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
            return j + 1
        if t.text in QUOTES or t.text in SENTENCE_END or t.text in (";", ":"):
            return None
    return None


def _one_sentence(tokens: list[_Token], before: tuple[int, int], after: tuple[int, int]) -> bool:
    """ "“I don't think it stands to reason,” Justice Scalia said, “that it's a good thing ...”", "“Now somebody
    who has never shown any regard for workers,” Obama said, “they don't suddenly become a populist ...”": the
    quotation after the attribution opens in lower case and finishes a clause begun before it, so the two parts
    are one claim. A part with no verb before it ("“No, no,” Bellerive said, “it's not possible.”") is an
    exclamation of its own."""
    first, last = _token_range(tokens, before)
    opener = next((t for t in tokens if t.start >= after[0]), None)
    if opener is None or not opener.is_word or not opener.text[0].islower():
        return False
    return opener.low == "that" or _holds_clause(tokens, first, last - 1)


def _skipped_a_clause(tokens: list[_Token], first: int, k: int, lemma: str) -> bool:
    """Whether the words stepped over between a cue and a later "that" or question word are part of the claim:
    a question of its own ("asked whether the minister could reach that level"), a clause ("knew it was
    possible, though not likely, that she could lose"), or, after a verb of urging, what the one urged is to do
    ("urged the department to review its archives to determine whether ...")."""
    if tokens[first].low in CLAUSE_QUESTIONS | {"where", "what", "when", "who"}:
        return True
    skipped = tokens[first:k]
    subject = tokens[first].low in PRONOUNS | DETERMINERS | {"there"} and lemma not in ADDRESSEE_VERBS
    if subject and any(t.low in FINITE_AUX | PASSIVE_AUX - {"be", "been", "being"} for t in skipped):
        return True
    return _urged_to(tokens, first, k, lemma) is not None


def _urged_to(tokens: list[_Token], first: int, k: int, lemma: str) -> int | None:
    """After a verb of urging, the "to" that opens what the one urged is to do, between ``first`` and ``k``."""
    if lemma not in DIRECTING_VERBS:
        return None
    return next(
        (
            j
            for j in range(first + 1, k - 1)
            if tokens[j].low == "to" and tokens[j + 1].is_word and not tokens[j + 1].capitalised
        ),
        None,
    )


def _quotation_list(tokens: list[_Token], close: int | None, opener: int) -> bool:
    """ "named “Criminal Minds,” “Game of Thrones” and “Veep” as his top shows", "citing her “long experience,”
    “firm grasp of the issues” and preparedness": the quotation is the first item of a list that is the claim;
    so with "said that “...,” and that ..." and "vowed to “...” and to ...": a second complement like the first."""
    if close is None or close + 2 >= len(tokens):
        return False
    j = close + 1
    if tokens[j].text == ",":
        j += 1
    joined = tokens[j].low in ("and", "or") and j + 1 < len(tokens)
    if joined:
        j += 1
        lead = tokens[opener - 1].low if opener > 0 else ""
        if lead in ("that", "to") and tokens[j].low == lead:
            return True
    openers = OPEN_QUOTES | {STRAIGHT_QUOTE}
    return j > close + 1 and tokens[j].text in openers or tokens[close + 1].text in openers


def _past_opening_phrase(tokens: list[_Token], k: int, starts: list[int]) -> list[int]:
    """ "reported that during Obama's visit to Turkey this week, President Erdogan reiterated his request ...",
    "said that given Obama's popularity, he was confident ...": a claim that opens with a phrase of time, place or
    condition goes on to its main clause, even when that clause holds an attribution of its own; the starts
    the claim may stop at, without that one."""
    if k >= len(tokens) or tokens[k].low not in SUBORDINATORS | OPENING_PREPOSITIONS | {"given", "despite"}:
        return starts
    if k < 1 or tokens[k - 1].low != "that":
        return starts  # "speculated about the cost of her wardrobe, referred to ...": the cue's own preposition
    later = next((s for s in starts if s > k), None)
    if later is None or tokens[later - 1].text != "," or later - k > MAX_ASIDE_TOKENS:
        return starts
    if any(t.low in FINITE_AUX or t.text in QUOTES for t in tokens[k : later - 1]) and tokens[k].low not in (
        SUBORDINATORS
    ):
        return starts  # "during the visit the president has made, ...": a clause, not an opening phrase
    return [s for s in starts if s != later]


def _next_act(tokens: list[_Token], j: int) -> bool:
    """ "and vowing to make Mexico pay": an -ing verb after "and" is the subject's next act; not one that
    describes the noun after it ("describing how their jobs making furnaces and heating equipment will be
    sent to Mexico", "a $15 minimum wage, breaking up banks and banning fracking")."""
    if not _participle(tokens[j]):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    noun = (
        after is not None
        and after.is_word
        and not after.capitalised
        and after.low not in STOP | DETERMINERS | PRONOUNS
        and not after.low.endswith("ly")
        and not _participle(after)
    )
    return not noun


def _after_aside(tokens: list[_Token], k: int, holder: bool) -> int:
    """Where the claim starts after a phrase that describes the source or holder: "In the latest Post-ABC News poll,
    conducted in May, ...", "To Sexton, who has made something of a study of Trump rallies, ...", "For other
    students of the genre, though, ..."."""
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].capitalised:
        return k
    t = tokens[k]
    described = t.low.endswith(("ed", "en")) or holder and t.low in ("who", "whose")
    if not described:
        return k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "," and t.low in ASIDE_ADVERBS else k
    comma = next((j for j in range(k + 1, min(len(tokens), k + MAX_ASIDE_TOKENS)) if tokens[j].text == ","), None)
    return comma + 1 if comma is not None else k


def _viewed_content(tokens: list[_Token], cand: _Candidate, after: int, starts: list[int]) -> tuple[int, int] | None:
    """The clause a point of view sits in: "The only other necessary action, in Professor Knittel's view, would be
    more government support ...", "In their view, Democrats could pick off ...": the words on both sides of it."""
    lead = cand.begins - 1
    while lead >= 0 and (tokens[lead].text == "," or tokens[lead].text in DASHES):
        lead -= 1
    k = after
    while k < len(tokens) and (tokens[k].text == "," or tokens[k].text in DASHES):
        k += 1
    k = _after_aside(tokens, k, cand.lemma == "holder")
    if k in starts:
        return None  # "Asked who leads the party in his view, he said Ryan": part of another's attribution
    goes_on = k < len(tokens) and tokens[k].text not in SENTENCE_END
    # "she doesn’t like “surprises,” in the words of one top staffer, and bristled ...": the writer goes on.
    goes_on = goes_on and not (lead >= 0 and tokens[k].low in CLAUSE_OPENERS)
    end = _clause_end(tokens, k, starts) if goes_on else k
    if lead < 0 or tokens[lead].low in VIEW_OPENERS or tokens[lead].text in (":", ";") or cand.lemma == "holder":
        start = k
    elif tokens[lead].low in RELATIVES or lead > 0 and tokens[lead - 1].low in RELATIVES:
        # "candidates who, in the eyes of most voters, have ...": the relative clause.
        start = lead if tokens[lead].low in RELATIVES else lead - 1
    else:
        start = max(0, lead - MAX_CLAIM_TOKENS)
        start = max([start] + [j + 1 for j in range(start, lead) if tokens[j].text in (":", ";")])
        # "He will head to New Hampshire, where he has had a big lead in the most recent polls": the clause.
        leads = [j + 2 for j in range(start, lead - 1) if tokens[j].text == "," and tokens[j + 1].low in CLAUSE_LEADS]
        start = max([start, *leads])
        while start < lead and not tokens[start].is_word:
            start += 1
        if end <= k:
            end = lead + 1
    if end <= start:
        return None
    return tokens[start].start, tokens[end - 1].end


def _build_according(
    tokens: list[_Token], cand: _Candidate, starts: list[int], earlier: list[_Found] = ()
) -> _Found | None:
    assert cand.speaker is not None
    first, end = cand.speaker
    while (
        end + 1 < len(tokens) and tokens[end].text == "." and _initial(tokens[end - 1]) and tokens[end + 1].capitalised
    ):
        # "according to Dennis B. Ross, another former envoy": the full stop after an initial goes on to the name.
        end += 2
        while end < len(tokens) and tokens[end].is_word and tokens[end].capitalised:
            end += 1
        cand.speaker = (first, end)
    if cand.lemma == "poll" or cand.lemma == "view" and tokens[first].low in POSSESSIVE_PRONOUNS:
        # "promised to ... because, in her words, “he knows how to do it.”": a pronoun's view inside a claim
        # already made is part of that claim, as "he" is in "Smith said he ..."; so is a poll ("Ben Carson
        # says he is under political attack because of his rise in the polls").
        at = tokens[cand.begins].start
        if any(found.content[0] < at < found.content[1] for found in earlier):
            return None
    relay = None
    # "Russian defence ministry statements cited by news agency AP": speaker and relay.
    for k in range(first, end - 1):
        if tokens[k].low in ("cited", "quoted", "reported") and tokens[k + 1].low == "by":
            agent = k + 2
            while agent < end - 1 and not tokens[agent].capitalised:
                agent += 1
            if agent < end:
                relay = _text_of(tokens, agent, end)
            end = k
            break
    stripped = end
    while stripped > first + 1 and tokens[stripped - 1].low in SOURCE_DOCUMENTS:
        stripped -= 1
    # "the document" is its own source, and so is a titled one ("the “Medicare for all” document").
    if tokens[stripped - 1].low not in DETERMINERS and tokens[stripped - 1].text not in QUOTES:
        end = stripped  # "according to Trump's statement": the one who made it
    if end > first + 1 and tokens[end - 1].text in "’'":
        end -= 1  # "in Forbes’ words": the name without its apostrophe
    owner_end = tokens[end - 1].end - (2 if tokens[end - 1].possessive else 0)  # "in Mr. Knittel's view"
    if first < end and tokens[first].low in ("the",) and end - first == 1:
        return None
    after = max(cand.speaker[1], cand.cue[1])
    # "The AP reported that, according to an analysis, 85 meetings were ...": the claim follows.
    # Not when the comma hands the sentence back ("..., according to a count, but Sanders has ...").
    # Only when the phrase opens a clause ("reported that, according to ..., 85 meetings"); after a
    # finished clause the comma opens an aside ("according to the Judicial Conference, the arm of ...").
    opens = (
        cand.begins <= 1
        or tokens[cand.begins - 1].low in ("that", "and", "but")
        or (tokens[cand.begins - 1].text == "," and tokens[cand.begins - 2].low in ("that", "and", "but"))
    )
    # "While most of those were elevated to the “confidential” level, according to a State Department official, two
    # ... were upgraded": after an opening subordinate clause, the main clause is what the source reports.
    opens = opens or tokens[cand.begins - 1].text == "," and _opening_subordinate(tokens, cand.begins - 1)
    claim_follows = (
        opens and after + 4 < len(tokens) and tokens[after].text == "," and tokens[after + 1].low not in CLAUSE_BREAKERS
    )
    if cand.lemma in ("view", "poll", "holder"):
        span = _viewed_content(tokens, cand, after, starts)
        content = (span, _kind_of(tokens, *_token_range(tokens, span))) if span else None
    elif cand.begins > 1 and not claim_follows:
        content = _leading_content(tokens, cand.begins, None)
        # "Since last November, according to Human Rights Watch, state security forces have killed ...": after
        # a few words that make no clause the phrase is an aside inside the claim, which goes on after it, as
        # with "At one point, she said, she was ...". After a whole clause the comma opens the writer's words
        # or a description of the source ("according to CrowdTangle, a social analytics tool").
        if content is not None and after < len(tokens):
            lead = [t for t in tokens[: cand.begins] if t.start >= content[0][0] and t.is_word]
            opener = tokens[after + 1] if after + 1 < len(tokens) else None
            unfinished = bool(lead) and lead[0].low in OPENING_PREPOSITIONS | SUBORDINATORS | CONNECTIVES
            # "His criticism, according to ..., was ...": the subject waits for its verb.
            unfinished = unfinished or opener is not None and opener.low in PASSIVE_AUX | LINKING_VERBS
            waits = _subject_waits(tokens, after)
            aside = tokens[cand.begins - 1].text == ","
            if waits is not None and aside and lead and lead[0].low not in CLAUSE_OPENERS:
                # "One of the decisions they have made, according to a person close to the process, is to turn
                # ...": the subject waited for its verb, however long it was.
                content = _leading_content(tokens, cand.begins, waits)
            elif len(lead) <= MAX_CIRCUMSTANCE_WORDS and unfinished:
                content = _leading_content(tokens, cand.begins, after)
        before_source = content is not None and content[0][1] <= tokens[cand.begins].start
        joined = _contrast_goes_on(tokens, after, starts, JOINED_CLAUSES) if before_source else None
        if joined is not None and content[1] == "indirect":
            # "In Iowa, Trump is in first, according to the polling average, although Carson keeps it
            # competitive": a clause joined after the source is part of what it reports.
            content = ((content[0][0], tokens[joined - 1].end), "indirect")
    else:
        k = cand.speaker[1]
        while k < len(tokens) and tokens[k].text in (",", ":"):
            k += 1
        if k >= len(tokens):
            return None
        stop = _clause_end(tokens, k, starts)
        content = ((tokens[k].start, tokens[stop - 1].end), _kind_of(tokens, k, stop)) if stop > k else None
    if content is None:
        return None
    return _Found((tokens[first].start, owner_end), _span(tokens, *cand.cue), content[0], content[1], relay)


def _opening_subordinate(tokens: list[_Token], comma: int) -> bool:
    """Whether ``comma`` closes a subordinate clause that opens the sentence ("While most of those were elevated
    to the “confidential” level,"): a subordinator first, a verb, and no comma before this one."""
    k = 0
    while k < comma and (tokens[k].low in SENTENCE_OPENERS or not tokens[k].is_word):
        k += 1
    if k >= comma or tokens[k].low not in SUBORDINATORS - {"as"}:
        return False
    inside = tokens[k + 1 : comma]
    return not any(t.text in (",", ";", ":") for t in inside) and _holds_clause(tokens, k + 1, comma - 1)


def _initial(token: _Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _build_nominal(tokens: list[_Token], cand: _Candidate, starts: list[int]) -> _Found | None:
    assert cand.speaker is not None and cand.claim_from is not None
    first, end = cand.speaker
    owner_start, owner_end = _span(tokens, first, end)
    last = tokens[end - 1]
    if last.possessive:
        owner_end -= 2  # the name without its "’s"
    elif last.text in "’'":
        owner_end = tokens[end - 2].end  # "the judges’"
    k = cand.claim_from
    end = _clause_end(tokens, k, starts)
    if _in_opening_phrase(tokens, first):
        end = _main_clause_resumes(tokens, k, end)  # "Despite Mr. Trump's claims that ..., all of the firms put ..."
    clause = tokens[k].low in CLAUSE_QUESTIONS | {"that"}  # "questions about whether Lewandowski had grabbed her"
    if not clause and tokens[k].low not in ("to", "not"):
        end = _object_end(tokens, k, end)  # "his attacks on Mr. Clinton, ...": a noun phrase
        # "Democrats are more likely to be scared by his nomination: 45% of Republicans ...": a colon ends it.
        end = next((j for j in range(k + 1, end) if tokens[j].text in (":", ";")), end)
    stop = _noun_complement_end(tokens, k, end, clause)
    if stop <= k:
        return None
    content = (tokens[k].start, tokens[stop - 1].end)
    return _Found((owner_start, owner_end), _span(tokens, *cand.cue), content, _kind_of(tokens, k, stop))


def _in_opening_phrase(tokens: list[_Token], first: int) -> bool:
    """Whether the owner stands in a phrase that opens the sentence, before any comma."""
    k = 0
    while k < first and (tokens[k].low in SENTENCE_OPENERS or not tokens[k].is_word):
        k += 1
    if k >= first or tokens[k].low not in OPENING_PHRASE_WORDS:
        return False
    return all(t.text not in (",", ";", ":") and t.text not in DASHES for t in tokens[k:first])


def _noun_complement_end(tokens: list[_Token], k: int, end: int, clause: bool) -> int:
    """Where an owned noun's complement ends: the complement of a subject ends at the sentence's verb ("Her
    plan to increase federal investment would ...", "Sanders's claim that he still has a way would depend ...");
    a "that" clause keeps its own first verb, and its own verbs after "and". A dash hands back to the writer
    ("claims that Clinton is unqualified - and one that made ...")."""
    own_verb = not clause
    for j in range(k + 1, end):
        t = tokens[j]
        if t.text in DASHES or _spaced_hyphen(tokens, j) or t.text == "-" and tokens[j + 1].text == "-":
            return _trim_end(tokens, k, j)
        if not _sentence_verb(tokens, j):
            continue
        before = tokens[j - 1]
        if before.low in OWN_VERB_LEADS or before.text == "," or clause and before.low in COORDINATORS:
            own_verb = False
            continue
        if not own_verb:
            own_verb = True
            continue
        while j - 1 > k and tokens[j - 1].low in COORDINATORS:
            j -= 1  # "her view of the whole town and will add ...": the writer's "and"
        return _trim_end(tokens, k, j)
    return end


def _sentence_verb(tokens: list[_Token], j: int) -> bool:
    """An auxiliary or modal that can carry a clause ("would", "has", "isn’t"), not an infinitive's "be"; or a
    verb with its object after a noun ("support for ethanol helped him", "stance on social issues undercuts
    its appeal")."""
    t, before = tokens[j], tokens[j - 1]
    if before.low == "to" or not t.is_word or t.capitalised:
        return False
    if t.low in FINITE_AUX or t.low.replace("'", "’").endswith("n’t"):
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.low in VERB_PARTICLES and j + 2 < len(tokens):
        after = tokens[j + 2]  # "touched off a contentious debate"
    if after is None or not (after.low in DETERMINERS or after.low in OBJECTS or after.low in PRONOUNS):
        return False
    noun_before = before.is_word and before.low not in STOP and not before.low.endswith("ly")
    return noun_before and t.low.endswith(("ed", "s")) and t.low not in STOP and len(t.low) > 3


def _build_passive(tokens: list[_Token], cand: _Candidate) -> _Found | None:
    assert cand.speaker is not None and cand.claim_from is not None
    first, end = cand.begins, cand.claim_from
    if end <= first:
        return None
    last = tokens[end - 1].end
    agent_end = cand.speaker[1]
    if agent_end < len(tokens) and tokens[agent_end].low in ("and", "or"):
        # "dismissed by the media and voters as an un-senatorial bumbler": the agents go on to the "as".
        agent_end = next(
            (
                j
                for j in range(agent_end + 1, min(len(tokens), agent_end + 5))
                if not tokens[j].is_word or tokens[j].low == "as"
            ),
            agent_end,
        )
    named_as = agent_end + 1 < len(tokens) and tokens[agent_end].low == "as" and tokens[agent_end + 1].low != "well"
    if named_as and cand.lemma in PASSIVE_AGENT_VERBS:
        # "the attack was initially portrayed by the White House as a violent protest": what it was called
        # is part of the claim, which runs from the subject to the end of the "as" phrase.
        stop = next((j for j in range(agent_end + 1, len(tokens)) if tokens[j].text in SENTENCE_END | {";"}), None)
        stop = _trim_end(tokens, agent_end + 1, len(tokens) if stop is None else stop)
        if stop > agent_end + 1:
            last = tokens[stop - 1].end
    return _Found(_span(tokens, *cand.speaker), _span(tokens, *cand.cue), (tokens[first].start, last), "indirect")
