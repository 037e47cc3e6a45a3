"""Where a claim starts and ends: clauses, noun-phrase objects, the writer's additions."""

from __future__ import annotations

from bisect import bisect_right

from ..cues import ADDRESSEE_VERBS, ATTITUDE_LEMMAS, CLAIM_NOUNS, CUE_LEMMAS, NOMINAL_CUES
from ..sentences import TITLE_ABBREVIATIONS
from ..wordlists import word_set
from .lexicon import (
    _LEAD_IN_MARKS,
    ACT_AUXILIARIES,
    ADJUNCT_OPENERS,
    ADVERBIAL,
    AUXILIARIES,
    CIRCUMSTANCE,
    CIRCUMSTANCE_PREPOSITIONS,
    CLAIM_PAST,
    CLAUSE_BREAKERS,
    CLAUSE_CUE_FORMS,
    CLAUSE_OPENERS,
    CLAUSE_QUESTIONS,
    CLOSE_QUOTES,
    CONCESSIONS,
    CONTENT_NOUNS,
    COUNT_OPENERS,
    DASH_MARKS,
    DASHES,
    DETERMINERS,
    FINITE_AUX,
    INFINITIVE_ADJUNCTS,
    IRREGULAR_PAST,
    LISTENERS,
    MARGIN_NOUNS,
    MAX_ASIDE_TOKENS,
    MAX_CLAIM_TOKENS,
    MAX_LENIENT_TAIL_TOKENS,
    MAX_SPEAKER_TOKENS,
    MAX_SUBJECT_WAIT,
    MAX_TAIL_TOKENS,
    MAX_TITLE_WORDS,
    MODALS,
    MODIFIER_LEADS,
    MONTHS,
    NAME_ADJUNCTS,
    NUMBER_WORDS,
    OBJECT_ENDS,
    OBJECT_VERBS,
    OPEN_QUOTES,
    PASSIVE_AUX,
    PHRASE_LINKS,
    PRONOUNS,
    QUANTIFIER_PRONOUNS,
    QUOTES,
    RELATIVES,
    SECOND_VERB_AUX,
    SENTENCE_END,
    SENTENCE_OPENERS,
    STOP,
    STRAIGHT_QUOTE,
    SUBORDINATORS,
    TAIL_OPENERS,
    TIME_MODIFIERS,
    TIME_WORDS,
    TITLE_SMALL_WORDS,
    VENUE_NOUNS,
    VENUE_PREPOSITIONS,
    WEEKDAYS,
    WHOLE_OBJECT_PRONOUNS,
)
from .speakers import _is_adverb, _is_reporting_verb, _main_verb, _participle, _past_predicate, _speaker_after
from .tokens import _inside_quotes, _Token


def _tail_end(tokens: list[_Token], first: int, lenient: bool = False) -> int | None:
    """If only a time or venue phrase follows ``first`` in the clause, where that clause ends.

    ``lenient`` after a closed quotation ("“...,” Kasich told a crowd in Berea"): any
    words will do but a new claim.
    """
    k = first
    # "..., Ash Carter told a Senate panel Wednesday.": after a verb of telling, its listener.
    listener = first > 0 and CUE_LEMMAS.get(tokens[first - 1].low) == "tell"
    while k < len(tokens) and k - first <= (MAX_LENIENT_TAIL_TOKENS if lenient else MAX_TAIL_TOKENS):
        t = tokens[k]
        if not t.is_word:
            # An opening quotation after the cue is the claim itself ("called Trump “unhinged”").
            if t.text in SENTENCE_END or t.text in (",", ";", ":") or t.text in CLOSE_QUOTES and not lenient:
                return k
            if t.text in DASHES and k == first and _finite_cue(tokens[k - 1]):
                # "before the convention — that won’t happen, they believe — but how ...": a dash right after
                # the verb closes the clause that holds the claim and its attribution ("criticizing - and even
                # threatening to sue - his rivals" is a participle whose object comes after the aside).
                return k
            # "Trump told NBC’s “Today” on Monday": after a quotation, quoted names are venues too.
            if lenient and (t.text in "-–—'’" or t.text in QUOTES):
                k += 1
                continue
            return None
        if t.low in CIRCUMSTANCE:
            return k
        if t.low in VENUE_PREPOSITIONS or k == first and t.low == "by" and _by_a_measure(tokens, k):
            lenient = True  # "she said in a video message to the convention.", "voters say by a wide margin."
        that_claim = t.low == "that" and not (k + 1 < len(tokens) and tokens[k + 1].low in TIME_WORDS)
        # "the claim", "the Red Cross' claim": a noun here, not a new cue.
        before = tokens[k - 1]
        owned = k > first and (before.possessive or before.text in "’'" or before.low in DETERMINERS)
        if lenient and not that_claim and (owned or not _is_reporting_verb(t.low)):
            k += 1
            continue
        # A name right after the cue is its object ("said Patricia Smith, the mother ..."), unless a date.
        named = t.capitalised and (k > first and (tokens[k - 1].low in ADVERBIAL or tokens[k - 1].capitalised))
        if listener and t.low in ("to", "that", "about", "of"):
            return None  # "told him to leave", "told reporters about ...": the claim follows
        if listener and t.is_word and not _main_verb(t) and t.low not in PRONOUNS | CUE_LEMMAS.keys():
            k += 1  # "told his closest advisers as he labored over ...", "told a Senate panel Wednesday"
            continue
        if t.low not in ADVERBIAL and not named and t.low not in WEEKDAYS | MONTHS and not t.text[0].isdigit():
            return None
        k += 1
    return k if k == len(tokens) else None


def _by_a_measure(tokens: list[_Token], by: int) -> bool:
    """ "the under-35 generation says by an overwhelming margin", "voters say by 2 to 1": "by" + a
    number or a margin measures how many agree; it is no passive's agent ("statements cited by AP")."""
    if by + 1 >= len(tokens):
        return False
    if tokens[by + 1].text[0].isdigit() or tokens[by + 1].low in NUMBER_WORDS - {"one"}:
        return True  # "by 2 to 1", "by 10 points", "by two to one"
    if tokens[by + 1].low not in ("a", "an", "wide", "large", "big", "huge", "narrow", "overwhelming"):
        return False
    return any(tokens[k].low in MARGIN_NOUNS for k in range(by + 1, min(len(tokens), by + 6)))


def _finite_cue(token: _Token) -> bool:
    return (token.low in CUE_LEMMAS or token.low in ATTITUDE_LEMMAS) and not token.low.endswith("ing")


def _named_work(tokens: list[_Token], comma: int) -> bool:
    """ "said in his 2012 book, ''An American Son.''": a phrase about where it was said ("book"), then
    the work's name in title case, which ends the sentence."""
    noun = tokens[comma - 1]
    if not noun.is_word or noun.capitalised or _is_reporting_verb(noun.low):
        return False
    return _closing_title(tokens, comma + 1)


def _closing_title(tokens: list[_Token], quote: int) -> bool:
    """ "..., Mr. Rubio said in his 2012 book, ''An American Son.''": a quoted name in title case that ends
    the sentence names where it was said; the claim came before."""
    words = []
    for k in range(quote + 1, len(tokens)):
        if tokens[k].text in QUOTES:
            rest = [t for t in tokens[k + 1 :] if t.text not in SENTENCE_END]
            break
        words.append(tokens[k])
    else:
        return False
    words = [t for t in words if t.text not in SENTENCE_END and t.text != ","]
    if rest or not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    return all(t.is_word and (t.capitalised or t.low in TITLE_SMALL_WORDS) for t in words)


def _lead_in_end(tokens: list[_Token], start: int, end: int) -> int | None:
    """After the last unpaired dash, colon or bracket before a claim that comes before its attribution,
    where the claim may begin ("Clinton suggested that the plan was unserious - “Again, ...,” she said.")."""
    quoted = _inside_quotes(tokens)
    marks = [k for k in range(start, end) if tokens[k].text in _LEAD_IN_MARKS and not quoted[k]]
    if not marks:
        return None
    last = marks[-1]
    if tokens[last].text in DASHES and sum(tokens[k].text in DASHES for k in marks) % 2 == 0:
        return None  # "The plan -- which costs $1 trillion -- is dead, he said": an aside in the claim
    if tokens[last].text == "(" and any(tokens[k].text == ")" for k in range(last, end)):
        return None
    if tokens[last].text == ":" and last > 0 and _is_reporting_verb(tokens[last - 1].low):
        return None  # 'Trump said: "There will always be exceptions," the Times reported': all of it is reported
    return last + 1


def _holds_clause(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether the words from ``first`` to ``end`` hold a finite verb ("Mrs. Clinton's father also grew up
    here", "it’s a two-way street"), not only a noun phrase ("-- nearly $38 million, according to ...")."""
    for k in range(first, end + 1):
        t = tokens[k]
        if t.low in (PASSIVE_AUX | MODALS | {"has", "have", "had"}) - {"to", "be", "being", "been"}:
            return True
        if t.low in IRREGULAR_PAST or _main_verb(t):
            return True
        if t.low.replace("'", "’").split("’")[0] in PRONOUNS and t.low[-2:] in ("’s", "'s", "re", "ll"):
            return True
    return False


def _leading_content(
    tokens: list[_Token], attribution_start: int, tail: int | None, *, inverted: bool = False
) -> tuple[tuple[int, int], str] | None:
    """The claim before ", X said": from the sentence start to the comma, quotes removed."""
    end = attribution_start - 1
    while end >= 0 and (tokens[end].text in (",", "—", "–", "-") or tokens[end].text in QUOTES):
        end -= 1
    start = max(0, end - MAX_CLAIM_TOKENS)
    # "At one point, she said, she was considering ...": the attribution is an aside in the claim.
    opener = tokens[tail + 1] if tail is not None and tail + 1 < len(tokens) and tokens[tail].text == "," else None
    aside = (
        opener is not None
        and not _participle(opener)  # "She had struggled her whole life, Cruz explained, recalling the time ..."
        and opener.is_word
        and opener.low not in CLAUSE_BREAKERS | TAIL_OPENERS
        and not _next_attribution(tokens, tail + 1)
        and not inverted
    )
    lead_in = _lead_in_end(tokens, start, end)
    if lead_in is not None and lead_in <= end:
        # The claim after a dash is a quotation, a clause or an aside's frame ("show - proof, the government
        # argued, of ..."); a noun phrase alone sums up the writer's own sentence ("-- nearly $38 million").
        quote = tokens[lead_in].text in OPEN_QUOTES | {STRAIGHT_QUOTE}
        clause = tokens[lead_in].low not in CLAUSE_OPENERS and _holds_clause(tokens, lead_in, end)
        # "not whether he slides out — that won’t happen, they believe — but how ...": between two dashes.
        dashed = tail is not None and tail < len(tokens) and tokens[tail].text in DASHES
        dashed = dashed and tokens[lead_in - 1].text in DASHES
        if quote or aside or clause or dashed:
            start = lead_in
    if tokens[attribution_start].low == "according":
        start = _sourced_figure(tokens, start, end)
    while start <= end and (tokens[start].text in QUOTES or tokens[start].text in ("—", "–", "-")):
        start += 1
    if end < start:
        return None
    quoted = tokens[start - 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE} if start > 0 else False
    content_end = tokens[end].end
    if aside and not quoted:
        stop = _clause_end(tokens, tail + 1, [])
        if stop > tail + 1:
            content_end = tokens[stop - 1].end
    resumed = _resumed_quotation(tokens, tail)
    if resumed is not None:
        content_end = resumed[1]
    kind = "direct" if quoted else _kind_of(tokens, start, end + 1)
    return (tokens[start].start, content_end), kind


def _sourced_figure(tokens: list[_Token], start: int, end: int) -> int:
    """ "they still trail men in their giving, with about two-thirds of the money coming from men, according to
    Crowdpac": after a clause that gives no figure, an "according to" source vouches for the ", with ..." phrase
    that does; "The casinos won less, with revenue dipping 1.3 percent, ..." keeps both (measured: tuning +4/-1).
    Where the sourced words start."""
    for j in range(end - 1, start, -1):
        if tokens[j].text in QUOTES:
            return start
        if tokens[j].text == "," and tokens[j + 1].low == "with":
            figured = any(t.text[0].isdigit() or t.text == "$" for t in tokens[start:j])
            return start if figured else j + 2
    return start


def _next_attribution(tokens: list[_Token], conjunction: int) -> bool:
    """ "The aircraft was insured at $35 million, records show, and aviation experts say it is worth ...": after
    "and", a short subject and a verb of saying open the next attribution, not more of this claim."""
    if tokens[conjunction].low != "and":
        return False
    for t in tokens[conjunction + 2 : conjunction + 6]:
        if not t.is_word:
            return False
        if _is_reporting_verb(t.low) and not t.low.endswith("ing"):
            return True
    return False


def _resumed_quotation(tokens: list[_Token], tail: int | None) -> tuple[int, int] | None:
    """ "''I have put forth a vision for America that includes all,'' Mr. Bush said, ''because our country
    deserves a president for everyone.''": one sentence quoted around its attribution; the part after
    it opens in lower case and finishes the claim, so one statement spans both parts (as PolNeAR marks it).
    Its span, or None. A quotation that opens a new sentence ("“A,” he said. “B.”") stays a statement of its own."""
    if tail is None or tail + 2 >= len(tokens) or tokens[tail].text != ",":
        return None
    if tokens[tail + 1].text not in OPEN_QUOTES | {STRAIGHT_QUOTE} or not tokens[tail + 2].low[0].islower():
        return None
    if tokens[tail + 1].start == tokens[tail].end:
        return None  # 'on MSNBC's "Morning Joe," adding, ...': that mark closes a quoted name
    if tokens[tail + 2].low.replace("'", "’").split("’")[0] in PRONOUNS | {"there", "that", "this"}:
        return None  # '"No, no," Bellerive said of the claim, "it's not possible"': a second sentence of its own
    return _quote_after_attribution(tokens, tail, resumed=True)


def _quote_after_attribution(tokens: list[_Token], tail: int, resumed: bool = False) -> tuple[int, int] | None:
    """ "“A,” he said, “B.”": the quotation that goes on after the attribution, as a span."""
    if tail + 2 >= len(tokens) or tokens[tail].text != ",":
        return None
    if tokens[tail + 1].text not in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        return None
    if not resumed and _resumed_quotation(tokens, tail):
        return None  # the claim goes on through it (see _resumed_quotation)
    if _named_work(tokens, tail):
        return None  # "said in his 2012 book, ''An American Son.''": the book's name, not more of the claim
    close = _closing_quote(tokens, tail + 1)
    last = (close if close is not None else len(tokens)) - 1
    while last > tail + 1 and not tokens[last].is_word and tokens[last].text not in SENTENCE_END:
        last -= 1
    return (tokens[tail + 2].start, tokens[last].end) if last > tail + 1 else None


def _closing_quote(tokens: list[_Token], opener: int) -> int | None:
    want = CLOSE_QUOTES if tokens[opener].text in OPEN_QUOTES else {STRAIGHT_QUOTE}
    depth = 0
    for k in range(opener + 1, min(len(tokens), opener + MAX_CLAIM_TOKENS)):
        text = tokens[k].text
        if text in want and depth == 0:
            return k
        if text in OPEN_QUOTES and tokens[opener].text in OPEN_QUOTES:
            depth += 1
        elif text in CLOSE_QUOTES and depth:
            depth -= 1
    return None


def _kind_of(tokens: list[_Token], start: int, end: int) -> str:
    return "mixed" if any(tokens[k].text in QUOTES and tokens[k].text != "’" for k in range(start, end)) else "indirect"


def _subordinate_attribution(tokens: list[_Token], begins: int) -> bool:
    """ "The moment Chris Christie learned he had been bumped ..., he was clocking ...": the attribution
    stands in a clause that opens the sentence, so the sentence's main clause is not part of the claim."""
    first = 0
    while first < begins and (tokens[first].low in SENTENCE_OPENERS or not tokens[first].is_word):
        first += 1
    opener = tokens[first].low if first < begins else ""
    moment = opener == "the" and first + 1 < begins and tokens[first + 1].low in ("moment", "day", "minute")
    if opener not in SUBORDINATORS and not moment:
        return False
    return all(t.text not in (",", ";", ":") and t.text not in DASHES for t in tokens[first:begins])


def _main_clause_resumes(tokens: list[_Token], k: int, end: int) -> int:
    """Where the main clause after an opening subordinate claim starts: a comma and its subject."""
    depth = 0
    for j in range(k + 1, end - 1):
        t = tokens[j]
        if t.text in OPEN_QUOTES:
            depth += 1
        elif t.text in CLOSE_QUOTES and depth:
            depth -= 1
        # 'Though voters said Bush has the "best experience," Trump is the candidate ...': a quotation may close
        # on the comma, and the main clause opens after the mark.
        closing = t.text == "," and j + 2 < end and (tokens[j + 1].text == "”" or _closes_straight(tokens, j + 1))
        following = tokens[j + 2] if closing else tokens[j + 1]
        # A name, but not a state after its city ("in Louisville, Ky., where she is a student").
        named = (
            following.capitalised
            and following.low not in STOP
            and (j + 2 == len(tokens) or tokens[j + 2].text not in (".", ","))
        )
        # "While many Republicans affirm their support for Mr. Trump, others appeared ready to abandon him".
        subject = following.low in PRONOUNS | DETERMINERS | QUANTIFIER_PRONOUNS or named
        outside = not depth or closing and depth == 1
        if t.text == "," and outside and subject and not _list_comma(tokens, j, end):
            return j + 2 if closing else _trim_end(tokens, k, j)
    return end


def _clause_follows(tokens: list[_Token], k: int, end: int) -> bool:
    """Whether an auxiliary follows the noun phrase ("denied the troops had left"), making it a clause."""
    for j in range(k, min(end, k + 6)):
        t = tokens[j]
        if t.low in FINITE_AUX:
            return True
        if not t.is_word or t.low in OBJECT_ENDS:
            return False
    return False


def _object_end(tokens: list[_Token], k: int, end: int, *, as_ends: bool = True) -> int:
    """ "endorsed Clinton during a conference call": a verb of stance takes a noun phrase, not a clause."""
    named = _named_object_end(tokens, k, end)
    if named is not None:
        return named
    depth = 0
    skip_to = k
    for j in range(k + 1, end):
        t = tokens[j]
        # 'speaks of breaking "that highest, hardest glass ceiling" by ...': straight marks quote too.
        if t.text in OPEN_QUOTES or t.text == STRAIGHT_QUOTE and not depth and _opens_straight(tokens, j):
            depth += 1
        elif (t.text in CLOSE_QUOTES or t.text == STRAIGHT_QUOTE) and depth:
            depth -= 1
        if depth or j < skip_to:
            continue
        # "refers to the deal as a betrayal", "defended Trump as a candidate": what it is called is the claim;
        # "endorsed Clinton as she left": a time.
        if t.low == "as" and not (as_ends and j + 1 < end and tokens[j + 1].low in PRONOUNS):
            continue
        if t.text in DASHES and (close := _aside_close(tokens, j, end)) is not None:
            skip_to = close + 1  # "touted her husband’s economic record—“the longest ...”—": an aside in the object
            continue
        if t.text == "(" and _parenthesis_ends(tokens, j, end):
            return _trim_end(tokens, k, j)  # "mentioned raising the minimum wage (with far less intensity ...) and"
        if t.text == "," and (close := _relative_aside_close(tokens, j, end)) is not None:
            skip_to = close + 1  # "declared Beijing's claim over the sea, which stretches ..., invalid"
            continue
        if t.text == "," and _list_comma(tokens, j, end):
            continue  # "attacked GOP voters, lawmakers, and thinkers": a list, not the end
        if t.text == "," and _widens_object(tokens, j):
            continue  # "thanked his family, as well as his campaign manager": more of the object
        # "endorsed Trump in early June", but "the May jobs report" and "may" the verb.
        month = t.low in MONTHS and t.capitalised and tokens[j - 1].low in VENUE_PREPOSITIONS | TIME_MODIFIERS
        cut = t.text in (",", ";", "—", "–") or t.low in OBJECT_ENDS or t.low in TIME_WORDS | WEEKDAYS or month
        if cut and t.text != ";" and _complement_follows(tokens, k, j, end):
            return end  # "welcomed India's announcement last year that it would ...": the noun's "that" clause
        timed = t.low in TIME_WORDS | WEEKDAYS or month
        if timed and j + 2 < end and tokens[j + 1].low == "as" and tokens[j + 2].low in ("a", "an"):
            continue  # "condemned the raids over the holiday weekend as a failed effort": what they are called
        # "blasted Trump on Monday over his muddled stance on abortion": what the object was blamed for.
        blamed = j + 2 < end and tokens[j + 1].low == "over" and tokens[j + 2].low in DETERMINERS
        if timed and blamed and not _names_a_venue(tokens, j + 2, end):
            continue
        described = j + 2 < end and tokens[j + 1].low.endswith("ed") and tokens[j + 2].low in ("with", "by")
        if timed and described and not tokens[j + 1].capitalised:
            continue  # "welcomed a new docket in October studded with cases that ...": the object described
        if cut:
            while j > k + 1 and tokens[j - 1].low in VENUE_PREPOSITIONS | TIME_MODIFIERS:
                j -= 1  # "defended himself on Saturday", "in early June": the preposition goes with the time
            return _trim_end(tokens, k, j)
        # "mentioned raising the minimum wage, expanding paid leave and cutting college costs": a list of acts.
        gerunds = _participle(tokens[k]) and j + 1 < end and _participle(tokens[j + 1])
        if t.low in ("and", "but") and _object_verb_follows(tokens, j + 1, end) and not gerunds:
            return j  # "... and vowing to make Mexico pay", "praised Fields ... but stopped short of ..."
        if t.low == "in" and j > k + 1 and _purpose_phrase(tokens, k, j):
            return _trim_end(tokens, k, j)  # "named Kaine as his running mate in an apparent effort to shake up ..."
        if t.low in VENUE_PREPOSITIONS and _names_a_venue(tokens, j + 1, end):
            return j  # "defended Cruz in a recent interview with The Post", "attacked the Koch brothers from the floor"
    return end


def _complement_follows(tokens: list[_Token], k: int, j: int, end: int) -> bool:
    """Whether a noun of saying in the object from ``k`` keeps its "that" clause past a time or an aside at
    ``j``: "welcomed India's announcement last year that it would increase ...", "denounced suggestions by the
    front-runners, Donald Trump and Ted Cruz, that they would deport ...". The words between hold no verb."""
    if not any(t.low in NOMINAL_CUES | CONTENT_NOUNS for t in tokens[k:j]):
        return False
    mark = tokens[j].text in DASHES  # "echoed Clinton's line of criticism — that Trump's bankruptcies hurt ..."
    for m in range(j + 1 if mark else j, min(end - 1, j + MAX_ASIDE_TOKENS)):
        t = tokens[m]
        if t.low == "that":
            following = tokens[m + 1]
            return following.low in PRONOUNS | DETERMINERS or following.capitalised
        title = tokens[m - 1].low in TITLE_ABBREVIATIONS  # "Mr. Hale"
        if t.text in SENTENCE_END and not (title or _abbreviation_dot(tokens, m)) or t.text in DASHES | {";"}:
            return False
        if _main_verb(t) or t.low in IRREGULAR_PAST or t.low in FINITE_AUX:
            return False
    return False


def _widens_object(tokens: list[_Token], comma: int) -> bool:
    """ "thanked his family, as well as his campaign manager", "criticized the plan, including its cost": the
    object goes on with examples or more of the same. Not ", particularly", which may narrow the act instead
    ("took shots at Sanders, particularly on his plan": measured even)."""
    if comma + 2 >= len(tokens):
        return False
    after, following = tokens[comma + 1].low, tokens[comma + 2].low
    return after == "including" or after == "such" and following == "as" or after == "as" and following == "well"


def _named_object_end(tokens: list[_Token], k: int, end: int) -> int | None:
    """Where an object that is only a name or a pronoun ends, if the words after it are circumstances."""
    j = k
    if tokens[k].low in WHOLE_OBJECT_PRONOUNS:
        j = k + 1
    else:
        while j < end and tokens[j].is_word and tokens[j].capitalised and not tokens[j].possessive:
            j += 1
            if j < end and tokens[j].text == "." and tokens[j - 1].low in TITLE_ABBREVIATIONS:
                j += 1  # "Mr. Cruz"
        if j == k or tokens[k].low in STOP | DETERMINERS:
            return None
    if j >= end or j > k + MAX_SPEAKER_TOKENS:
        return None
    after = tokens[j]
    if after.low == "to" and j + 1 < end and tokens[j + 1].low == "be":
        return None  # "declared Cruz to be “anointed” by God": what he is called
    if after.low in NAME_ADJUNCTS or after.low in ("early", "late"):
        return j
    return None


def _object_verb_follows(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether a verb of the subject follows "and"/"but" after an object: the writer's next act, not the object.

    "echoed similar liberal themes and took the stage", "praised Fields but stopped short of ...",
    "expressed concerns but has said ...".
    """
    j = first
    if j < end and (_is_adverb(tokens[j]) or tokens[j].low in ("then", "also", "even", "later", "so", "not")):
        j += 1  # "referring to the business mogul but not naming him"
    if j >= end or not tokens[j].is_word or tokens[j].capitalised:
        return False
    t = tokens[j]
    if t.low.endswith(("ed", "ing")) and t.low not in STOP:
        return not _modifier_pair(tokens, j)
    if t.low in IRREGULAR_PAST:
        return True
    # "and has gone so far as to", "but would not offer details": an auxiliary and its verb.
    return t.low in SECOND_VERB_AUX and j + 1 < end and tokens[j + 1].is_word and not tokens[j + 1].capitalised


def _modifier_pair(tokens: list[_Token], j: int) -> bool:
    """Whether the -ed or -ing word at ``j``, after "and", is a noun or a noun's modifier, not a verb of the
    subject: "its timing of the release" (a noun before "of"), "cronyism and access-peddling" (a compound),
    "the focused and sustained attacks" (a pair of modifiers after a determiner)."""
    t = tokens[j]
    if "-" in t.text or j + 1 < len(tokens) and tokens[j + 1].low == "of":
        return True
    before = j - 2
    return (
        before >= 1
        and tokens[before].low.endswith(("ed", "ing"))
        and tokens[before - 1].low in DETERMINERS
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and not tokens[j + 1].capitalised
        and tokens[j + 1].low not in STOP
    )


def _noun_phrase(tokens: list[_Token], first: int, end: int, claim_end: int) -> bool:
    """Whether the words from ``first`` to ``end`` are a noun phrase, not a clause: "those worries" after a
    determiner holds no verb, and none follows in the claim ("the numbers in his tweet are incorrect" is a
    clause); without a determiner, "she sees teachers" is one."""
    if any(t.low.endswith(("n’t", "n't")) for t in tokens[first:end]):
        return False  # "they wouldn’t back him"
    if tokens[first].low not in DETERMINERS:
        return not _own_clause(tokens, first, end)
    for t in tokens[first + 1 : claim_end]:
        if t.low in RELATIVES | OBJECT_ENDS or t.low == "that" or t.text == ",":
            break  # "at a town hall that was packed", "on Tuesday, hours after he said ...": the act's circumstances
        if t.low in FINITE_AUX | CLAIM_PAST or t.text in QUOTES:
            return False
    return True


def _names_a_venue(tokens: list[_Token], first: int, end: int, venues: frozenset[str] = VENUE_NOUNS) -> bool:
    """Whether a preposition's object is a venue: a venue noun after at most a determiner and a few modifiers."""
    for j in range(first, min(end, first + 5)):
        t = tokens[j]
        if t.low in venues:
            return True
        if not t.is_word or t.low in STOP - DETERMINERS:
            return False
    return False


def _relative_aside_close(tokens: list[_Token], comma: int, end: int) -> int | None:
    """Where a relative clause set off by commas inside the claim closes, if the claim goes on after it.

    "demanded that the Mississippi flag, which includes the stars and bars, be removed": the claim resumes.
    """
    if comma + 1 >= end or tokens[comma + 1].low not in RELATIVES:
        return None
    for j in range(comma + 3, min(end - 1, comma + MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.text in SENTENCE_END or t.text in (";", "(") or t.text in DASHES:
            return None
        if t.text == ",":
            following = tokens[j + 1]
            # "After thanking the raucous crowd, which chanted his name, he touted ...": a new subject;
            # "endorsed Clinton, who spoke later, at a rally": the circumstances. Only a verb or a word of
            # the claim ("be removed", "invalid") resumes it.
            verb = following.low in PASSIVE_AUX | MODALS | {"has", "have", "had"}
            clause = following.low in PRONOUNS | STOP and not verb or _new_subject(tokens, j)
            return j if following.is_word and not clause and not _participle(following) else None
    return None


def _aside_close(tokens: list[_Token], dash: int, end: int) -> int | None:
    """Where a dash aside ("record—“the longest peacetime expansion”—") closes, if it does."""
    for j in range(dash + 1, min(end, dash + MAX_ASIDE_TOKENS)):
        if tokens[j].text == tokens[dash].text:
            return j if j > dash + 1 else None
        if tokens[j].text in SENTENCE_END or tokens[j].text == ";":
            return None
    return None


def _list_comma(tokens: list[_Token], comma: int, end: int) -> bool:
    """ "GOP voters, lawmakers, and thinkers": the comma is followed by short items and then "and"/"or".

    "Mr. Trump's tactics, his qualifications, his judgment, his worldview and his very decency": any number
    of short items.
    """
    if comma + 1 < end and _participle(tokens[comma + 1]) and not _gerund_item_before(tokens, comma):
        return False  # "declare an air defense zone, forcing civilian airliners to make long and ...": the writer's
    item = comma
    for j in range(comma + 1, min(end, comma + MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.low in ("and", "or"):
            return j > comma + 1 or tokens[comma - 2].text == ","  # the last comma of "A, B, and C"
        if t.text == ",":
            item = j
        elif not t.is_word or j - item > 8:
            return False
    return False


def _gerund_item_before(tokens: list[_Token], comma: int) -> bool:
    """Whether the item before a comma holds an -ing form too ("raising taxes, cutting spending and ...")."""
    for j in range(comma - 1, max(-1, comma - 9), -1):
        if tokens[j].text in (",", ";") or tokens[j].text in SENTENCE_END:
            return False
        if _participle(tokens[j]):
            return True
    return False


def _skip_to_claim(tokens: list[_Token], k: int, lemma: str) -> int:
    """Step over "that", an addressee and a time phrase between the cue and the claim."""
    # "said on Wednesday that", "told acting governor Alexander Khinshtein that": the claim starts after "that".
    # ", that" ends even a long circumstance ("said Thursday during a taping of ..., that").
    for j in range(k, min(len(tokens), k + MAX_LENIENT_TAIL_TOKENS)):
        t = tokens[j]
        # "called the KKK “abhorrent”": for a verb with an object, the quotation is only part of the claim.
        quote = t.text in OPEN_QUOTES | {STRAIGHT_QUOTE} and j > k and lemma not in OBJECT_VERBS | {"call"}
        if _subject_that(tokens, j):
            break
        if quote and lemma not in ADDRESSEE_VERBS and _names_a_subject(tokens, k, j):
            break  # 'claimed Border Patrol "caught them"': the name is the quoted claim's subject
        told_how = t.low in ("how", "why", "whether", "what") and j > k and lemma in ADDRESSEE_VERBS
        if told_how and all(_between_cue_and_claim(tokens[m], lemma) for m in range(k, j)):
            return j  # "telling attendees at the party’s gala how he helped save the hotel": the claim is the question
        if t.low == "that" or t.text == ":" or quote:
            # An addressee may be any words, but only "that" ends it ("told Khinshtein that").
            addressee = lemma if t.low == "that" else ""
            if (
                tokens[j - 1].text == ","
                and t.low == "that"
                or all(_between_cue_and_claim(tokens[m], addressee) for m in range(k, j))
                or t.low == "that"
                and _circumstance_phrase(tokens, k, j)
            ):
                return j + 1 if t.text not in QUOTES else j
            break
        abbreviation = t.text == "." and tokens[j - 1].low in TITLE_ABBREVIATIONS  # "on Feb. 11 that"
        if t.text in SENTENCE_END and not abbreviation or t.text == ";" or _is_reporting_verb(t.low):
            break
    if lemma in ADDRESSEE_VERBS and k < len(tokens) and (tokens[k].low in LISTENERS or tokens[k].capitalised):
        listener = _speaker_after(tokens, k)
        if listener is not None:
            k = listener[1]
    while k < len(tokens) and (tokens[k].text in (",", ":") or tokens[k].low in ("that", "as")):
        if _subject_that(tokens, k):
            break
        k += 1
    # "said little about how", "said almost nothing about monetary policy": what was said is about the topic.
    j = k + 1 if k + 2 < len(tokens) and tokens[k].low in ("almost", "very") else k
    if j + 2 < len(tokens) and tokens[j].low in ("little", "nothing") and tokens[j + 1].low == "about":
        k = j + 2
    # "asked for a photo", "responded with a phrase ...": the claim is the object, not its preposition.
    if k + 1 < len(tokens) and tokens[k].low in ("for", "with") and tokens[k + 1].is_word:
        following = tokens[k + 1]
        if not (following.capitalised or following.low in TIME_WORDS | WEEKDAYS or following.text[0].isdigit()):
            k += 1
    return k


def _circumstance_phrase(tokens: list[_Token], k: int, that: int) -> bool:
    """ "claimed at one point that", "said in an interview with the newspaper that": a prepositional phrase
    with no verb of its own stands between the cue and "that"."""
    if tokens[k].low not in CIRCUMSTANCE_PREPOSITIONS or that - k > MAX_TAIL_TOKENS or that + 1 >= len(tokens):
        return False
    verb = tokens[that + 1]
    after = tokens[that + 2] if that + 2 < len(tokens) else verb
    present = (
        verb.low.endswith("s") and not verb.capitalised and not (after.low in FINITE_AUX or _past_predicate(after))
    )
    if _past_predicate(verb) or verb.low in IRREGULAR_PAST or present:
        return False  # "said in a documentary that showed off ...", "at a center that works with ...": a relative
    # "responded on Sunday to accusations that he exaggerated ...": what follows is the accusation's.
    return all(
        t.is_word
        and t.low not in FINITE_AUX | PRONOUNS | (CLAIM_NOUNS - VENUE_NOUNS)
        and t.low not in IRREGULAR_PAST
        and not _is_reporting_verb(t.low)
        for t in tokens[k:that]
    )


def _names_a_subject(tokens: list[_Token], k: int, end: int) -> bool:
    """Whether a name right after the cue starts the claim rather than a time or venue ("said Wednesday")."""
    t = tokens[k]
    return k < end and t.capitalised and t.low not in WEEKDAYS | MONTHS | STOP and t.low not in ADVERBIAL


def _subject_that(tokens: list[_Token], k: int) -> bool:
    """ "I think that is his intent": "that" before a verb is the claim's subject, not a conjunction."""
    following = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return tokens[k].low == "that" and following in PASSIVE_AUX | MODALS | {"has", "had", "have"} - {"to"}


def _between_cue_and_claim(token: _Token, lemma: str) -> bool:
    """A word of a time or venue phrase, or of the addressee of "told"."""
    if token.text in (",", "-", "."):
        return True
    if not token.is_word or token.low in CUE_LEMMAS:
        return False
    return (
        token.low in ADVERBIAL
        or _is_adverb(token)
        or token.capitalised
        or token.text[0].isdigit()
        or lemma in ADDRESSEE_VERBS
    )


def _clause_end(tokens: list[_Token], k: int, starts: list[int]) -> int:
    """Token index where the clause starting at ``k`` ends (exclusive)."""
    depth = 0
    later = bisect_right(starts, k)
    next_start = starts[later] if later < len(starts) else len(tokens)
    j = k
    limit = min(len(tokens), k + MAX_CLAIM_TOKENS)
    while j < limit:
        t = tokens[j]
        opens_aside = j == k or tokens[j - 1].low in ("that", "and", "but")
        if opens_aside and t.text in DASHES and (close := _aside_close(tokens, j, limit)) is not None:
            j = close + 1  # "says that – in his professional life – he is ...": an aside before the claim
            continue
        if t.text in OPEN_QUOTES or t.text == STRAIGHT_QUOTE and _opens_straight(tokens, j):
            depth += 1
        elif (t.text in CLOSE_QUOTES and t.text != "’" or t.text == STRAIGHT_QUOTE) and depth:
            depth -= 1
        # "that groups like ISIS, which claimed responsibility for the attacks, are slipping ...": an attribution
        # in a relative clause set off by commas, after which the claim's own verb resumes, is part of the claim.
        if j == next_start and depth == 0 and j > k + 1 and tokens[j - 1].text == ",":
            aside = _relative_aside_close(tokens, j - 1, len(tokens))
            if aside is not None and _resumes_with_verb(tokens, aside):
                j = aside + 1
                continue
        if j == next_start and depth == 0:
            while j - 1 > k and tokens[j - 1].low in CONCESSIONS | {"and", "but", "or", "while", "whereas"}:
                # "he taught constitutional law, and added: ...", "..., though he suggested ...", "..., while 23
                # percent favored ...": the next attribution takes the "and", the "though" or the "while"
                j -= 1
            return _trim_end(tokens, k, j)
        if j >= next_start:
            later = bisect_right(starts, j)
            next_start = starts[later] if later < len(starts) else len(tokens)
        if depth == 0 and t.text == ";" and not _semicolon_series(tokens, j):
            return _trim_end(tokens, k, j)
        if depth == 0 and j > k + 1 and t.low == "in" and _purpose_phrase(tokens, k, j):
            return _trim_end(tokens, k, j)  # "to release the transcripts in an effort to disprove ...": why they acted
        if depth == 0 and t.text == ":" and j > k and _attributed_quotation(tokens, j + 1):
            return _trim_end(tokens, k, j)  # 'asserted France had lost its identity: “France is ...,” he claimed'

        if depth == 0 and j > k + 2 and tokens[k].low == "to" and _infinitive_reason(tokens, j):
            return _trim_end(tokens, k, j)  # "refused to ban the athletes after the agency called for the ban"
        if depth == 0 and t.text == "(" and j > k and _parenthesis_ends(tokens, j):
            # "... as many as 250,000 Syrian refugees (Obama has proposed accepting 10,000 Syrians).": the writer's
            return _trim_end(tokens, k, j)
        if depth == 0 and t.text in DASH_MARKS and _dash_hands_back(tokens, j):
            return _trim_end(tokens, k, j)
        if depth == 0 and (t.text == "," or t.low == "and") and _subject_waits(tokens, k, j):
            j += 1  # "that globalization and related job losses ... have contributed": the verb is yet to come
            continue
        if depth == 0 and j > k and t.low in ("and", "but") and _second_predicate(tokens, j, k):
            # "he had done nothing wrong and marveled at ...", "Sanders' attacks come from a place of insecurity
            # but appeared to ...": the writer goes on
            return _trim_end(tokens, k, j)
        if depth == 0 and j > k and t.low in ("and", "but") and _auxiliary_act(tokens, j, k):
            return _trim_end(tokens, k, j)  # "expressed concerns but has said ...": the subject's next act
        close = _subject_aside(tokens, k, j) if t.text == "," and depth == 0 else None
        if close is not None and close < next_start:
            j = close + 1  # "a deal with Compaq, however messy, was worth the risk": an aside in the subject
            continue
        new = _new_subject(tokens, j) or _pronoun_clause(tokens, k, j)
        if t.text == "," and depth == 0 and new and _clause_before(tokens, k):
            return _trim_end(tokens, k, j)  # "he would not send me to prison, Judge Berman proceeded to ..."
        if t.text == "," and depth == 0 and _breaks_clause(tokens, j, k):
            return _trim_end(tokens, k, j)
        if (
            t.text == ","
            and j + 1 < len(tokens)
            and (tokens[j + 1].text in CLOSE_QUOTES or _closes_straight(tokens, j + 1))
            and (_breaks_clause(tokens, j + 1) or j + 2 < len(tokens) and _participle(tokens[j + 2]))
        ):
            # "“should be wrapped up by Cleveland,” referring to ...": the writer explains the quotation.
            return j + 2
        j += 1
    return _trim_end(tokens, k, limit)


def _subject_waits(tokens: list[_Token], k: int, j: int) -> bool:
    """Whether the claim after "that" is still its subject at ``j``, its verb yet to come: "suggests that
    globalization and related job losses have contributed ...", "say that account, and hundreds like it, show
    ...". A comma or "and" there joins the subject; it cannot end the claim."""
    if k < 1 or tokens[k - 1].low not in CLAUSE_CUE_FORMS | {"that"} or j - k > MAX_SUBJECT_WAIT:
        return False
    if j > k and j + 1 < len(tokens) and tokens[j + 1].low in CLAUSE_BREAKERS | ADJUNCT_OPENERS:
        return False  # "said yes, compared with 23 percent who ...": the writer's note; not "that, while ..., X
    for m in range(k, j):
        t = tokens[m]
        if _main_verb(t) or t.low in IRREGULAR_PAST or t.low in FINITE_AUX or t.text in QUOTES | DASHES | {";", ":"}:
            return False
        if t.low.endswith(("n’t", "n't")):
            return False  # "that he wouldn't recommend prosecuting her, was ..."
        # "that waterboarding constitutes torture, however": a verb in the present, or a plural taken for one.
        if m > k and t.low.endswith("s") and not t.low.endswith("ss") and t.low not in STOP and not t.capitalised:
            return False
    for m in range(j + 1, min(len(tokens), j + 1 + MAX_ASIDE_TOKENS)):
        t = tokens[m]
        if t.text in SENTENCE_END and tokens[m - 1].low not in TITLE_ABBREVIATIONS or t.text == ";":
            return False
        if _main_verb(t) or t.low in IRREGULAR_PAST or t.low in FINITE_AUX:
            return True
    return False


def _resumes_with_verb(tokens: list[_Token], comma: int) -> bool:
    """Whether a finite verb follows the comma that closes an aside ("..., are slipping", "..., did business")."""
    return comma + 1 < len(tokens) and (_main_verb(tokens[comma + 1]) or tokens[comma + 1].low in IRREGULAR_PAST)


def _semicolon_series(tokens: list[_Token], semicolon: int) -> bool:
    """ "said they had spoken out at hearings; helped marshal protesters; and put together open-mike nights": a
    semicolon in a series whose last item opens with "and" or "or" goes on with the claim."""
    for j in range(semicolon, min(len(tokens) - 1, semicolon + MAX_CLAIM_TOKENS)):
        if tokens[j].text in SENTENCE_END:
            return False
        if tokens[j].text == ";" and tokens[j + 1].low in ("and", "or"):
            return True
    return False


PURPOSE_NOUNS = frozenset(("effort", "attempt", "bid"))


def _purpose_phrase(tokens: list[_Token], first: int, at: int) -> bool:
    """ "in an effort to", "in an apparent effort to", "in a bid to": the purpose of the act, the writer's
    reading of why it was done, not part of what was said or wanted. Not after a claim with a verb of its own,
    whose act the purpose may be ("recalling the time he visited her at a crack house in an attempt to ...")."""
    if any(u.low in FINITE_AUX | CLAIM_PAST or _past_predicate(u) for u in tokens[first:at]):
        return False
    j = at + 1
    if j >= len(tokens) or tokens[j].low not in ("a", "an"):
        return False
    j += 1
    if j < len(tokens) and tokens[j].low not in PURPOSE_NOUNS and tokens[j].is_word:
        j += 1  # "an apparent effort", "a last-ditch bid"
    return j + 1 < len(tokens) and tokens[j].low in PURPOSE_NOUNS and tokens[j + 1].low == "to"


def _attributed_quotation(tokens: list[_Token], opener: int) -> bool:
    """Whether a quotation opens at ``opener`` and is followed by an attribution of its own ("“France is no longer
    France,” he claimed"), so it is a statement apart from the claim before the colon."""
    if opener >= len(tokens) or tokens[opener].text not in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        return False
    close = _closing_quote(tokens, opener)
    if close is None or close + 2 >= len(tokens):
        return False
    speaker, verb = tokens[close + 1], tokens[close + 2]
    if speaker.low in PRONOUNS or speaker.capitalised:
        return _is_reporting_verb(verb.low) or close + 3 < len(tokens) and _is_reporting_verb(tokens[close + 3].low)
    return _is_reporting_verb(speaker.low)  # "..., said Mr. Trump"


def _infinitive_reason(tokens: list[_Token], j: int) -> bool:
    """ "decided to act in part because of a spike in ...", "refused to ban its athletes after the agency called
    for the ban": the writer's reason or occasion for the act, not what it is; "to postpone decisions until after
    the elections" keeps its time."""
    if tokens[j].low not in INFINITIVE_ADJUNCTS or tokens[j - 1].low == "until":
        return False
    if tokens[j].low == "because":
        return True
    # "after" opens a clause of its own ("after the agency called"), not a phrasal verb's object ("go after
    # his donor").
    for t in tokens[j + 1 : j + MAX_TAIL_TOKENS]:
        # "to keep the White House after two terms under a president who has struggled": a verb after a relative
        # pronoun is the relative clause's, so "after" took a noun phrase, not a clause.
        if not t.is_word or t.low in RELATIVES:
            return False
        if t.low in FINITE_AUX or t.low in IRREGULAR_PAST or _past_predicate(t):
            return True
    return False


def _subject_aside(tokens: list[_Token], first: int, comma: int) -> int | None:
    """The comma that closes an aside in the claim's subject, when the claim's verb follows it.

    "that early support for Clinton among superdelegates, the party leaders and elected officials who ...,
    created a barrier no candidate could scale": no verb before the first comma, one right after the second.
    """
    if any(t.low in FINITE_AUX or t.low in IRREGULAR_PAST or t.text in QUOTES - {"’"} for t in tokens[first:comma]):
        return None
    commas = 0
    for j in range(comma + 1, min(len(tokens) - 1, comma + MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.text in SENTENCE_END or t.text == ";" or t.text in QUOTES:
            return None
        if t.text == "," and (commas := commas + 1) > 2:
            return None  # "knew Meles well, and after ..., Nega obtained ..., both toddlers, ...": no aside
        if t.text == ",":
            verb = tokens[j + 1]
            finite = verb.low in FINITE_AUX or verb.low in IRREGULAR_PAST or _past_predicate(verb)
            if finite and verb.low not in CUE_LEMMAS and not _is_reporting_verb(verb.low):
                return j
    return None


def _clause_before(tokens: list[_Token], first: int) -> bool:
    """Whether the claim opens with its clause, not with a phrase the clause's subject follows after a comma
    ("that if Mr. Trump prevails, Mr. Ryan will avoid ...", "that by month's end, Clinton will have ...")."""
    # "that given Obama's popularity with voters, he was confident ...": a phrase in "given", "despite", "amid" or
    # "without" opens the claim before its subject too.
    return tokens[first].is_word and tokens[first].low not in STOP - {"to"} | {"given", "despite", "amid", "without"}


def _opens_straight(tokens: list[_Token], j: int) -> bool:
    """'were "sick and tired of ...' : a straight mark after a space (or a bracket or dash) and before a word
    opens a quotation; one glued to the word before it closes one."""
    before = tokens[j - 1] if j else None
    after_gap = before is None or before.end < tokens[j].start or before.text in ("(", "[") or before.text in DASHES
    return after_gap and j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end


def _closes_straight(tokens: list[_Token], j: int) -> bool:
    """'... “moderate," a subtle dig': a straight mark glued to the word or comma before it closes a quotation."""
    return tokens[j].text == STRAIGHT_QUOTE and j > 0 and tokens[j - 1].end == tokens[j].start


def _parenthesis_ends(tokens: list[_Token], opener: int, end: int | None = None) -> bool:
    """Whether a parenthesis closes the claim: nothing but punctuation follows its closing mark, or the
    subject's next act does ("called ... “rapists” (although he allowed ...) and promised to build a wall").

    Given the ``end`` of an object, a parenthesis that reaches it closes the object too.
    """
    for j in range(opener + 1, min(len(tokens), opener + MAX_CLAIM_TOKENS)):
        if tokens[j].text == ")":
            if all(not t.is_word for t in tokens[j + 1 :]) or end is not None and j + 1 >= end:
                return True
            after = tokens[j + 1]
            return after.low in ("and", "but") and _object_verb_follows(tokens, j + 2, len(tokens))
    return False


def _dash_hands_back(tokens: list[_Token], dash: int) -> bool:
    """ "... the families of terrorists — a controversial proposal ...", unless the dash opens an aside.

    Typewriter copy writes the dash as "--".
    """
    mark = tokens[dash].text
    doubled = dash + 1 < len(tokens) and tokens[dash + 1].text == "-" and tokens[dash].end == tokens[dash + 1].start
    first = dash
    if mark == "-" and doubled:
        dash += 1
    elif mark not in DASHES and not _spaced_hyphen(tokens, dash):
        return False
    if dash + 1 >= len(tokens):
        return False
    after = tokens[dash + 1]
    # "... unserious - “Again, we need ...”", "... refuge - noting that ...", "... floor -- even as ...": a
    # quotation, a participle or a concession is the writer’s, unless a second dash closes it, or the dash
    # closes an aside ("— not frustration — when she ...").
    writer = after.text in OPEN_QUOTES | {STRAIGHT_QUOTE} or _participle(after) or after.low == "even"
    writer = writer and not any(t.text == mark for t in tokens[max(0, first - MAX_ASIDE_TOKENS) : first - 1])
    if _aside_then_next_act(tokens, dash, mark):
        return True
    # "... would create too much inflation - except that inflation has fallen to 50-year lows": the writer's
    # objection.
    # "violating the resolutions — which he added “is deeply regrettable.”": a relative with its own speaker.
    spoken = after.low in ("which", "whom") and dash + 2 < len(tokens) and tokens[dash + 2].low in PRONOUNS
    closing = any(t.text == mark for t in tokens[max(0, first - MAX_ASIDE_TOKENS) : first - 1])
    writer = writer or spoken and not closing
    if after.low not in DETERMINERS | PRONOUNS | CLAUSE_BREAKERS | {"though", "except"} and not writer:
        return False
    return not any(t.text == mark for t in tokens[dash + 2 : dash + MAX_ASIDE_TOKENS])


def _aside_then_next_act(tokens: list[_Token], dash: int, mark: str) -> bool:
    """ "acknowledged Mr. Trump's deep unpopularity - his ''negatives,'' he called them - but invoked ...": a
    dash aside that the sentence leaves with "but", or with "and" and a verb ("- and charged that ..."), is the
    writer's, and so is what follows; "communities of color -- mainly African-Americans -- and the police" goes on.
    """
    limit = min(len(tokens), dash + MAX_ASIDE_TOKENS)
    close = next((j for j in range(dash + 2, limit) if tokens[j].text == mark), None)
    if close is None:
        return False
    after = close + 1
    if mark == "-" and after < len(tokens) and tokens[after].text == "-":
        after += 1  # "--"
    if after + 1 >= len(tokens):
        return False
    if tokens[after].low == "but":
        return True
    verb = not _participle(tokens[after + 1]) and _object_verb_follows(tokens, after + 1, len(tokens))
    return tokens[after].low == "and" and verb


def _finite_in(tokens: list[_Token], first: int) -> bool:
    """Whether the words from ``first`` to the sentence's end hold an auxiliary or a past verb, so a clause."""
    for t in tokens[first : first + MAX_ASIDE_TOKENS]:
        if t.text in SENTENCE_END:
            return False
        if t.low in PASSIVE_AUX | MODALS | {"has", "have", "had"} or t.low in IRREGULAR_PAST:
            return True
    return False


def _spaced_hyphen(tokens: list[_Token], k: int) -> bool:
    """ "unserious - “Again ...”": a hyphen with a space on each side stands for a dash."""
    return (
        tokens[k].text == "-"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end < tokens[k].start
        and tokens[k].end < tokens[k + 1].start
    )


def _relative_runs_on(tokens: list[_Token], first: int) -> bool:
    """A relative clause that ends the sentence, not one closed by a comma before the claim goes on.

    "the New York billionaire, who is now the nominee, would unite Britain": the claim resumes; "a charge
    that party leaders denied, noting that ...": the writer's next words follow.
    """
    # A long gloss runs on too ("Alternative for Germany, a right-wing party that scored successes in three state
    # elections in March by campaigning against ..."), so the window is twice an aside's.
    for j in range(first, min(len(tokens), first + 2 * MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.text == "," and j + 1 < len(tokens) and tokens[j + 1].low in CLAUSE_BREAKERS - {"but", "yet"}:
            return True
        if t.text in (",", "—", "–") or t.text in QUOTES:
            return False
        if t.text in SENTENCE_END and not _abbreviation_dot(tokens, j) or t.text == ";":
            return True
    return first + 2 * MAX_ASIDE_TOKENS >= len(tokens)


def _abbreviation_dot(tokens: list[_Token], j: int) -> bool:
    """Whether the full stop at ``j`` closes an abbreviation inside the sentence ("a U.S.-led campaign", "the
    U.S. government"): after a word with a dot of its own, before a hyphen or a lower-case word."""
    if tokens[j].text != "." or j < 1 or j + 1 >= len(tokens) or "." not in tokens[j - 1].text:
        return False
    after = tokens[j + 1]
    return after.text == "-" or after.is_word and not after.capitalised


def _new_subject(tokens: list[_Token], comma: int) -> bool:
    """ "..., Clinton took a moment to reach out ...": a name and a past verb open the writer's next clause."""
    j = comma + 1
    while j < len(tokens) and j - comma <= 4 and tokens[j].capitalised and tokens[j].low not in STOP | DETERMINERS:
        j += 1
        if j + 1 < len(tokens) and tokens[j].text == "." and tokens[j - 1].low in TITLE_ABBREVIATIONS:
            j += 1  # "..., Mr. Obama deemed the release of a few sanctions-busters a reasonable trade-off"
    if j == comma + 1 or j >= len(tokens):
        return False
    verb = tokens[j]
    if verb.low in ("again", "also", "then", "later") and j + 1 < len(tokens):
        verb = tokens[j + 1]  # "..., Rubio again tried to rebuke the front-runner"
    if verb.low in ("has", "have", "had") and j + 1 < len(tokens):
        verb = tokens[j + 1]  # "..., President Obama has deemed certain releases a reasonable trade-off"
    regular = verb.low.endswith("ed") and verb.low.isalpha() and not verb.capitalised
    # "... special treatment, Giuliani wouldn’t directly speculate about ...": a name and a modal.
    modal = verb.low in MODALS - {"to"} or verb.low.endswith(("n’t", "n't")) and verb.low[:-3] in MODALS | {"wo", "ca"}
    return regular or verb.low in IRREGULAR_PAST or modal


def _pronoun_clause(tokens: list[_Token], first: int, comma: int) -> bool:
    """ "exit polls indicated Trump was supported by early deciders, there's a sense among some that ...",
    "learned he had been bumped off the stage, he was clocking his 44th day": a pronoun and a finite verb
    open the writer's next clause. Not after a greeting ("guys, I'm not going ...") or a subordinate clause
    in the claim ("that when he's found, he'll be taken out")."""
    if comma + 2 >= len(tokens) or comma - first < 3:
        return False
    subject = tokens[comma + 1]
    head, _, rest = subject.low.replace("'", "’").partition("’")
    if head not in ("he", "she", "they", "we", "it", "there", "i", "you") or subject.capitalised and head != "i":
        return False
    if any(t.low in SUBORDINATORS for t in tokens[first:comma]):
        return False
    if rest in ("s", "re", "ll", "d", "ve", "m"):
        return True  # "there’s", "it’s", "he’d"
    verb = tokens[comma + 2]
    if verb.low in ("also", "still", "then", "now", "even", "never") or _is_adverb(verb):
        verb = tokens[comma + 3] if comma + 3 < len(tokens) else verb
    negated = verb.low.endswith(("n’t", "n't")) and verb.low[:-3] in FINITE_AUX | {"wo", "ca"}
    return verb.low in FINITE_AUX or verb.low in CLAIM_PAST or negated or _past_predicate(verb)


def _own_clause(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether the claim from ``first`` to ``end`` is a clause with a subject and a finite verb of its own
    ("he would vote for Hillary Clinton"), not an object, an infinitive or a gerund ("to fight in the war")."""
    if tokens[first].low == "to":
        return False
    if _participle(tokens[first]):
        # "nominating a justice is an important element ...": a gerund as the subject of a verb.
        return any(t.low in FINITE_AUX for t in tokens[first + 1 : end])
    if tokens[first].low in PRONOUNS | FINITE_AUX:
        return True  # "they even expect fake information", "which the FBI said was “extremely careless”"
    for t in tokens[first + 1 : end]:
        if t.low in FINITE_AUX or t.low in IRREGULAR_PAST or _past_predicate(t):
            return True
        if t.low.endswith("s") and not t.low.endswith("ss") and t.low not in STOP and not t.capitalised:
            return True  # a verb in the present ("she sees teachers lining up"), or a plural taken for one
    return False


def _auxiliary_act(tokens: list[_Token], conjunction: int, first: int) -> bool:
    """ "Clinton has expressed concerns but has said she wants ...", "pledged to be a hero and would ...": after
    an object, an infinitive or a gerund, "and"/"but" and an auxiliary with its verb go on with the sentence's
    subject. After a clause of its own the auxiliary is the claim's ("Clinton remains popular and would carry
    most Sanders supporters"), and after a comma it may close a list."""
    if tokens[conjunction - 1].text == "," or _own_clause(tokens, first, conjunction):
        return False
    j = conjunction + 1
    if j < len(tokens) and (_is_adverb(tokens[j]) or tokens[j].low in ("even", "then", "also", "so")):
        j += 1
    if j + 1 >= len(tokens) or tokens[j].low not in ACT_AUXILIARIES or tokens[j].capitalised:
        return False
    verb = tokens[j + 1]
    if (verb.low in ("not", "never") or _is_adverb(verb)) and j + 2 < len(tokens):
        verb = tokens[j + 2]  # "but would not offer details"
    return verb.is_word and not verb.capitalised and verb.low not in STOP - {"be", "been"}


def _second_predicate(tokens: list[_Token], conjunction: int, first: int) -> bool:
    """ "and marveled", "and even questioned": a second past verb, perhaps after an adverb, of the sentence's
    subject rather than of the claim's."""
    verb = conjunction + 1
    if verb + 1 < len(tokens) and (_is_adverb(tokens[verb]) or tokens[verb].low in ("even", "then", "also")):
        verb += 1
    if verb >= len(tokens) or not _past_predicate(tokens[verb]):
        return False
    # "the heat and unsettled weather could last ...": an adjective in a subject whose verb follows.
    if any(t.low in (MODALS | PASSIVE_AUX) - {"to", "be", "been", "being"} for t in tokens[verb + 2 : verb + 4]):
        return False
    if _paired_modifier(tokens, conjunction, first):
        return False
    return not _past_clause(tokens, first, conjunction)


def _paired_modifier(tokens: list[_Token], conjunction: int, first: int) -> bool:
    """ "an able and determined opponent", "were directly and proximately caused": "and" joins two modifiers."""
    before = conjunction - 1
    if before < first or not tokens[before].is_word:
        return False
    if _is_adverb(tokens[before]) and _is_adverb(tokens[conjunction + 1]):
        return True
    # The pair goes on to its noun ("determined opponent"); a verb goes on to its own object or preposition
    # ("her admiration and highlighted their shared commitment").
    head = tokens[conjunction + 2] if conjunction + 2 < len(tokens) else None
    noun = head is not None and head.is_word and not head.capitalised and head.low not in STOP | DETERMINERS
    if noun and any(t.text == "," for t in tokens[max(first, conjunction - 4) : conjunction]):
        return True  # "resort-style pools, water parks and improved dining choices": the last item of a list
    return noun and before > first and tokens[before - 1].low in MODIFIER_LEADS


def _past_clause(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether the claim is a clause of its own in the simple past ("he was alarmed by the images"), whose
    subject a second past verb goes on with ("... and wanted to see for himself")."""
    if tokens[first].low in STOP - PRONOUNS or _participle(tokens[first]):
        return False  # "to protect the common folk ...", "conducting surveillance ...": no subject of its own
    for j in range(first + 1, end):
        t = tokens[j]
        if t.text in (",", ";") or t.text in DASHES:
            return False  # "interrupted his rivals, talked over them and ...": a series of the subject's acts
        if t.low in FINITE_AUX - {"was", "were", "did"}:
            return False  # "he had done nothing wrong and marveled at ...": the writer's past after the claim
        if t.low in ("was", "were", "did") or t.low in CLAIM_PAST or _past_predicate(t):
            return True
    return False


# Words that rank what they name against others ("the highest in years", "the latter a reference to ...").
RANKING_WORDS = word_set("first latter highest lowest largest biggest smallest latest best worst most least")


# Adverbs that place an act in time ("recently telling", "later admitting").
TIME_ADVERBS = word_set("recently later then again eventually ultimately subsequently previously")


# Feelings that a phrase in "to" puts on what happened ("to his chagrin", "to the delight of ...").
FEELINGS = word_set("chagrin dismay delight surprise annoyance relief disappointment frustration horror amusement")


def _breaks_clause(tokens: list[_Token], comma: int, first: int | None = None) -> bool:
    """Whether the comma ends the claim that starts at ``first``: the writer's next clause or note follows."""
    concession = comma + 1 < len(tokens) and tokens[comma + 1].low in CONCESSIONS
    if concession and first is not None and _own_clause(tokens, first, comma):
        # "he would vote for Hillary Clinton, though he hasn't endorsed her", "a president's legacy, since it
        # extends ...": a claim with its own subject and verb keeps its concession or reason (measured:
        # annotators keep it); an object or an infinitive does not ("refused to fight in the Vietnam War,
        # though it cost him years of his boxing career").
        return False
    if comma + 1 < len(tokens) and tokens[comma + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        comma += 1  # ', "but the actual number ...": the quotation opens the next clause
    if comma + 1 >= len(tokens):
        return False
    after = tokens[comma + 1]
    if first is not None and _figure_series(tokens, first, comma):
        return False
    if after.low == "but" and first is not None and _negated_first(tokens, first, comma):
        return False  # "heralds not a gradual tap on the brakes, but a starting gun": "not X, but Y" is one claim
    if after.low in CLAUSE_BREAKERS and after.low not in ("and", "but"):
        return True
    # "pledged to shut down private detention centers, after he introduced a bill ...": when, not what.
    # ", even though" too, but not ", even if": a condition is part of the claim.
    even_though = after.low == "even" and comma + 2 < len(tokens) and tokens[comma + 2].low in ("though", "as")
    # "..., despite the potential for a feud": what stands against the claim is the writer's; "despite having
    # little flexibility" goes on with the claim's subject (measured).
    despite = after.low == "despite" and comma + 2 < len(tokens) and not _participle(tokens[comma + 2])
    if after.low in ADJUNCT_OPENERS or even_though or despite:
        return True
    # "knew all about that, to his chagrin", "..., to the annoyance of Cruz": the writer's word on how it felt.
    feeling = comma + 3 < len(tokens) and tokens[comma + 2].low in DETERMINERS and tokens[comma + 3].low in FEELINGS
    if after.low == "to" and feeling:
        return True
    # ", one of the oldest in this part of Florida": "one of" opens a gloss as "a" does.
    one_of = after.low == "one" and comma + 2 < len(tokens) and tokens[comma + 2].low == "of"
    if (after.low in ("a", "an", "another") or one_of) and _relative_runs_on(tokens, comma + 1):
        # "vowed to work to repeal the Hyde Amendment, a longstanding federal provision ...", "to say the words
        # “radical Islam,” another moment immediately seized upon by Republicans": a gloss
        return True
    # "..., the highest it’s been since ...", "..., the latter a reference to clubs that have ...": a ranking of
    # the claim's last words is a gloss even with a verb of its own, unless that verb is the ranked noun's
    # ("..., the first lady had referred to ...").
    ranked = comma + 4 < len(tokens) and tokens[comma + 2].low in RANKING_WORDS
    ranked = ranked and tokens[comma + 4].low not in FINITE_AUX
    gloss = after.low == "the" and _relative_runs_on(tokens, comma + 1)
    gloss = gloss and (ranked or not _finite_in(tokens, comma + 2))
    if gloss and (_described_item(tokens, comma) or not _list_comma(tokens, comma, len(tokens))):
        # "reiterated his support for Mr. Trump, the presumptive Republican presidential nominee.", but not
        # a list ("differ on Israel, the Iranian nuclear deal and ...").
        return True
    if comma + 2 < len(tokens) and after.low in STOP and tokens[comma + 2].low in ("whom", "which", "whose"):
        after = tokens[comma + 2]  # "to Ted Cruz, for whom he was scheduled to co-host a fundraiser ...": a note
    if after.low == "as" and comma + 2 < len(tokens) and tokens[comma + 2].low in AUXILIARIES:
        return True  # "she, too, wants a Justice Department inquiry, as have other prominent Democrats"
    if after.low in ("who", "which", "whom") and first is not None and _relative_note(tokens, first, comma):
        return True  # "are not trying to avoid appearing beside Hillary Clinton, who has been battered by ..."
    if after.low in RELATIVES and _relative_runs_on(tokens, comma + 1):
        return True  # "predicted a Cruz win in Texas, which votes on March 1": the writer's note on Texas
    if after.low.endswith("ed") and _is_reporting_verb(after.low):
        return True  # "accused Woods of cheating, implied that ...": the next thing said
    # "expressed frustration about the debate, recently telling one person close to her that ...": an adverb of
    # time and a participle tell the speaker's next act ("possibly providing ..." may still be the claim's).
    timed = after.low in TIME_ADVERBS and comma + 2 < len(tokens) and _participle(tokens[comma + 2])
    if timed and not _list_comma(tokens, comma, len(tokens)):
        return True
    if _is_adverb(after) and comma + 2 < len(tokens) and _past_predicate(tokens[comma + 2]):
        return True  # "said Republicans should give him a hearing, notably stopped short of ...": the next act
    if first is not None and _bare_predicate(tokens, first, comma):
        return True
    if first is not None and _participle_gloss(tokens, first, comma):
        return True
    if _appositive_gloss(tokens, comma):
        return True
    tag = first is not None and comma - first > 2 and comma + 2 < len(tokens) and not tokens[comma + 2].is_word
    if after.low == "too" and tag:  # not "she, too, wants an inquiry"
        return True  # "stated their interest in the spot, too, should Trump tap him": the writer's aside
    if _comparison_note(tokens, comma) or _range_of_examples(tokens, comma):
        return True
    if _count_clause(tokens, comma):
        return True
    if comma + 2 >= len(tokens):
        return False
    # ", and its battle maps ...", ", but no timeline ...": a new subject, so a new clause.
    following = tokens[comma + 2]
    if after.low == "but" and (_cue_verb(following) or following.low in ("what", "there")):
        # "He thinks she would have been committed ..., but believes ...": the subject's next act;
        # "..., but there is growing anger ...": the writer's next clause.
        return True
    if after.low == "and" and following.capitalised and _list_comma(tokens, comma, len(tokens)):
        return False  # "he expects Obama, Abe, and Park to ...": the last comma of a list of names
    if after.low == "and" and following.low in ("now", "then") and comma + 3 < len(tokens):
        following = tokens[comma + 3]  # ", and now some close allies are hoping ..."
    # ", and he's even springing for the guacamole", ", and after the Tigrayans consolidated power": a
    # pronoun with its verb, or a subordinate clause, opens the writer's next sentence.
    contracted = following.low.replace("'", "’").split("’")[0] in PRONOUNS | {"there"} and "’" in following.low.replace(
        "'", "’"
    )
    subordinate = following.low in SUBORDINATORS - {"as"} and not _list_comma(tokens, comma, len(tokens))
    if after.low in ("and", "but") and (contracted or subordinate or _opening_phrase(tokens, comma + 2)):
        return True
    # "..., but should he actually win, very little of it will come true": a condition opens the next sentence.
    inverted = (
        following.low in ("should", "had", "were") and comma + 3 < len(tokens) and tokens[comma + 3].low in PRONOUNS
    )
    if after.low == "but" and inverted:
        return True
    return after.low in ("and", "but") and (
        following.low in DETERMINERS | PRONOUNS | NUMBER_WORDS | COUNT_OPENERS
        or following.capitalised
        or following.text[0].isdigit()
    )


def _figure_series(tokens: list[_Token], first: int, comma: int) -> bool:
    """ "70% of adults with autism need support services, and 49% live with their parents", "more than 60 percent
    qualified in 1975, but only 7 percent do today": a claim that opens with a figure goes on with the next one."""
    lead = first + 2 if tokens[first].low == "more" and first + 2 < comma else first  # "more than 60 percent"
    if not tokens[lead].text[0].isdigit() or comma + 2 >= len(tokens):
        return False
    if tokens[comma + 1].low not in ("and", "but", "while", "whereas"):
        return False
    figure = comma + 2
    if tokens[figure].low in ("only", "just") and figure + 1 < len(tokens):
        figure += 1
    return tokens[figure].text[0].isdigit()


def _negated_first(tokens: list[_Token], first: int, comma: int) -> bool:
    """Whether the claim opens with "not" ("not a gradual tap ...") or holds "not just", "not only": the first half
    of "not X, but Y". Not a negated infinitive ("decision not to indict her ..., but the fallout ...")."""
    if tokens[first].low == "not" and first + 1 < comma and tokens[first + 1].low != "to":
        return True
    return any(
        t.low == "not" and tokens[m + 1].low in ("just", "only", "merely", "simply")
        for m, t in enumerate(tokens[first:comma], first)
    )


def _described_item(tokens: list[_Token], comma: int) -> bool:
    """ "cited the Head Start program, the federally funded pre-school delivered by schools and ...": a phrase
    with a past participle and its "by", "for" or "as" describes the noun before the comma; it is no item of a
    list, even with an "and" after it."""
    return any(
        _past_predicate(tokens[m]) and tokens[m + 1].low in ("by", "for", "as")
        for m in range(comma + 3, min(len(tokens) - 1, comma + 9))
    )


def _relative_note(tokens: list[_Token], first: int, comma: int) -> bool:
    """ "say they are not trying to avoid appearing beside Hillary Clinton, who has been battered by ...": after
    a claim with its own verb (or an infinitive), a relative clause with a finite verb on the claim's last noun
    is the writer's note, and a speaker in it ("Trump, who he blasted as a bully") is a statement of its own.
    Not when the relative closes with a comma and the claim resumes ("to put New York,
    which has not voted Republican in 32 years, in play"), nor inside a subordinate clause or a quotation
    (measured: tuning 200–688 hits +1, preds +1; with a pronoun subject +3/+3; with "whom" and a time +2/+1)."""
    if comma - first < 3:
        return False
    if tokens[first].low != "to" and not _own_clause(tokens, first, comma):
        return False
    if any(t.text in QUOTES or t.text == ":" or t.low in SUBORDINATORS for t in tokens[first:comma]):
        return False  # "..., when Mr. Buchanan, who had failed to ...": the relative is in a subordinate clause
    for k in range(comma + 2, min(len(tokens) - 1, comma + MAX_ASIDE_TOKENS)):
        if tokens[k].text in SENTENCE_END or tokens[k].text == ";":
            break
        if tokens[k].text == "," and tokens[k + 1].low in STOP:
            return False  # "to put New York, which has not voted Republican in 32 years, in play": the claim resumes
    j = comma + 2
    if j < len(tokens) and (_is_adverb(tokens[j]) or tokens[j].low in ("also", "then", "now", "still")):
        j += 1
    if j + 1 < len(tokens) and tokens[j].low in PRONOUNS:
        j += 1  # "Donald Trump, who he blasted as a bully", "GDP, which he said would be its lowest ever"
    if j + 2 < len(tokens) and tokens[j].low in ("on", "last") and tokens[j + 1].low in WEEKDAYS | TIME_WORDS:
        j += 2  # "Trump, who on Thursday clinched the nomination"
    if j >= len(tokens):
        return False
    v = tokens[j]
    return v.low in FINITE_AUX or v.low in CLAIM_PAST or _past_predicate(v)


def _bare_predicate(tokens: list[_Token], first: int, comma: int) -> bool:
    """ "Hernandez, who said the rule was a mistake, was a major factor ...", "his office declined to comment,
    didn't respond to requests ...": a finite verb right after the comma, with no subject of its own, goes on
    with the sentence's subject, so the claim has ended; a list ("was tired, hungry and cold") goes on, and so
    does a claim whose subject holds an aside ("the judge, Gonzalo Curiel, can't be impartial")."""
    if any(t.text == "," for t in tokens[first:comma]):
        return False
    if all(t.capitalised or not t.is_word for t in tokens[first:comma]):
        return False  # "say Florida Sen. Marco Rubio, hasn't been tested ...": a name alone is not what was said
    j = comma + 1
    if j + 1 < len(tokens) and (_is_adverb(tokens[j]) or tokens[j].low in ("also", "then", "later")):
        j += 1  # "..., ultimately did not show up in person"
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].capitalised:
        return False
    verb = tokens[j].low
    negated = verb.endswith(("n’t", "n't")) and verb[:-3] in FINITE_AUX | {"wo", "ca"}
    finite = verb in FINITE_AUX - {"may"} or verb in CLAIM_PAST or negated
    return finite and not _list_comma(tokens, comma, len(tokens))


def _appositive_gloss(tokens: list[_Token], comma: int) -> bool:
    """ "called himself pro-choice, stances that he has since disavowed", "the response to Trump, one that will
    likely dominate ...": a short noun phrase renamed by a relative clause is the writer's note on the claim's
    last words."""
    j = comma + 1
    # "to assuage outrage over the rising debt, much of which had shot up in the recession", "the alternative to
    # Trump and Cruz, both of whom are viewed with suspicion and worse": never an item of a list, whatever "and"
    # follows.
    if j + 2 < len(tokens) and tokens[j + 1].low == "of" and tokens[j + 2].low in ("which", "whom"):
        return tokens[j].is_word and not tokens[j].capitalised
    determined = j < len(tokens) and tokens[j].low in DETERMINERS | NUMBER_WORDS | {"one", "both"}
    if determined:
        j += 1
    head = j
    if not determined and (head >= len(tokens) or not tokens[head].low.endswith("s")):
        return False  # "..., given that ...", "..., women who sought them should be punished": no noun phrase
    while j < len(tokens) and j - head < 4 and tokens[j].is_word and not tokens[j].capitalised:
        t = tokens[j]
        if t.low in STOP | DETERMINERS | CLAIM_PAST or _participle(t) or _is_adverb(t) or _main_verb(t):
            break
        j += 1
    if j >= len(tokens) - 1 or j == comma + 1:
        return False
    t = tokens[j]
    noted = (
        t.low in ("that", "who", "which", "whom", "whose") or t.low == "of" and tokens[j + 1].low in ("whom", "which")
    )
    nominal = j > head and not any(u.low in PRONOUNS for u in tokens[head:j]) or tokens[head - 1].low in ("one", "both")
    return noted and nominal and not _list_comma(tokens, comma, len(tokens))


# Words that set a figure against another ("well above", "down sharply from", "higher than"); not "more than",
# which opens a count (", more than half of the meetings were ...").
COMPARING = frozenset(("above", "below", "from", "than"))
COMPARATIVES = frozenset(("up", "down", "well", "higher", "lower", "far", "sharply", "slightly"))


def _comparison_note(tokens: list[_Token], comma: int) -> bool:
    """ "reported earnings of $8.42 a share, well above the $8.04 that analysts were looking for", "it would give
    $75,000, down sharply from the $600,000 it gave": the writer sets the figure against another one."""
    j = comma + 1
    while j < len(tokens) and j - comma <= 3 and tokens[j].low in COMPARATIVES:
        j += 1
    return comma + 1 < j < len(tokens) and tokens[j].low in COMPARING


def _range_of_examples(tokens: list[_Token], comma: int) -> bool:
    """ "outlined their positions on education issues, from the role of the federal government to the cost of
    college": a range of examples that the writer adds; a range of figures ("from $3 to $4") is the claim's."""
    if comma + 2 >= len(tokens) or tokens[comma + 1].low != "from" or tokens[comma + 2].low not in DETERMINERS:
        return False
    for t in tokens[comma + 3 : comma + MAX_ASIDE_TOKENS]:
        if t.text in SENTENCE_END or t.text in (";", ",") or t.text in QUOTES:
            return False
        if t.low == "to":
            return True
    return False


def _count_clause(tokens: list[_Token], comma: int) -> bool:
    """ "7 percent said they are undecided, 27 percent of those who named a candidate said they could be
    persuaded": a share of people with its own verb opens the next finding."""
    j = comma + 1
    if j + 2 >= len(tokens) or not tokens[j].text[0].isdigit() or tokens[j + 1].low not in ("percent", "%"):
        return False
    for t in tokens[j + 2 : j + 12]:
        if t.text in (",", ";") or t.text in SENTENCE_END:
            return False
        if _cue_verb(t) or t.low in FINITE_AUX:
            return not _list_comma(tokens, comma, len(tokens))
    return False


def _participle_gloss(tokens: list[_Token], first: int, comma: int) -> bool:
    """ "Germany has pledged to bolster its military, reversing its decades-long pacifism": after an infinitive
    claim, an -ing verb with its own object is the writer's comment on the act. One that goes on with a
    preposition ("to capitalize on missteps, culminating in ...") describes the claim's last words, and a clause
    claim keeps its participle (measured: "the change would have a profound impact, making it harder ...")."""
    if comma < first + 2 or tokens[first].low != "to":
        return False
    j = comma + 1
    if j + 1 < len(tokens) and (_is_adverb(tokens[j]) or tokens[j].low in ("not", "also", "then")):
        j += 1
    if j + 1 >= len(tokens) or not _participle(tokens[j]) or tokens[j + 1].low in PHRASE_LINKS:
        return False
    return not _list_comma(tokens, comma, len(tokens))


def _opening_phrase(tokens: list[_Token], first: int) -> bool:
    """ ", and in the wake of the Paris attacks, the answer is clear": a phrase closed by a comma and then a
    subject with its verb open the writer's next sentence."""
    if first >= len(tokens) or tokens[first].low not in ("in", "as", "with", "at", "on", "for"):
        return False
    for j in range(first + 1, min(len(tokens) - 2, first + MAX_ASIDE_TOKENS)):
        t = tokens[j]
        if t.text in SENTENCE_END or t.text in (";", ":") or t.text in QUOTES:
            return False
        if t.text == ",":
            subject = tokens[j + 1]
            opens = subject.low in PRONOUNS | DETERMINERS or subject.capitalised and subject.low not in STOP
            return opens and _subject_then_verb(tokens, j + 1, len(tokens))
    return False


def _cue_verb(token: _Token) -> bool:
    """A finite verb of saying or attitude ("believes", "suggested"), not its base form, a gerund or a name."""
    if token.capitalised:
        return False
    lemma = CUE_LEMMAS.get(token.low) or ATTITUDE_LEMMAS.get(token.low)
    return lemma is not None and token.low != lemma and not token.low.endswith("ing")


# Words of a part of the day after a weekday ("on Tuesday night").
DAY_PARTS = frozenset(("night", "morning", "afternoon", "evening"))


def _trailing_time(tokens: list[_Token], k: int, end: int) -> int:
    """Where a noun-phrase claim ends before the day or month it was made on: "showed no sign of backing down
    on Tuesday", "a report showing no increase in September". The time is the act's, not the claim's; a clause
    ("he will win on Tuesday") or an infinitive ("plans to hold a rally on Tuesday") keeps its own time."""
    # "assailed Mrs. Clinton from multiple angles", "found them during their investigation": after a name or a
    # pronoun, a phrase of place, time or means is the act's, whatever the verb; "with", "at", "on" and "to"
    # may still be the claim's ("shows Clinton with a lead", "pegged him at $2.9 billion", "Trust Bratton on
    # security", "urged Trump to quit").
    named = _named_object_end(tokens, k, end)
    if named is not None and tokens[named].low not in ("to", "with", "at", "on"):
        return _trim_end(tokens, k, named)
    end = _infinitive_then_clause(tokens, k, end)
    end = _trailing_venue(tokens, k, end)
    last = end - 1
    if last > k and tokens[last].low in DAY_PARTS:
        last -= 1
    lead = _time_lead(tokens, k, last)
    if lead is not None:
        # "announced his candidacy in June 2015", "voted for the same party in every race since 2000", "said
        # little about the plan in recent months" (measured: tuning 200–688 hits +1, preds 0)
        if tokens[k].low == "to" or _own_clause(tokens, k, lead):
            return end
        return _trim_end(tokens, k, lead)
    if last < k + 2 or not (tokens[last].low in WEEKDAYS or tokens[last].low in MONTHS and tokens[last].capitalised):
        return end
    if last + 1 < end and tokens[last].low in MONTHS:
        return end  # a part of the day follows a weekday ("on Tuesday night"), not a month
    lead = last - 1
    # "tweeting her appreciation Friday afternoon", "showed considerable restraint Monday": a bare weekday right
    # after the noun; "urged them to vote Tuesday" is the infinitive's own time.
    leads = ("on", "in", "last", "this", "early", "late")
    bare = tokens[last].low in WEEKDAYS and tokens[lead].is_word and tokens[lead].low not in STOP | set(leads)
    if bare and not tokens[lead].capitalised and all(t.low != "to" for t in tokens[k:lead]):
        lead = last
    elif tokens[lead].low not in leads:
        return end
    if tokens[k].low == "to" or _own_clause(tokens, k, lead):
        return end
    return _trim_end(tokens, k, lead)


def _infinitive_then_clause(tokens: list[_Token], k: int, end: int) -> int:
    """ "declined to renew its sponsorship of the event and the PGA could not find a new sponsor": an infinitive
    has no subject of its own, so "and" with a subject and a finite verb opens the writer's next clause."""
    if tokens[k].low != "to" or k + 1 >= end:
        return end
    verb = tokens[k + 1]
    if not verb.is_word or verb.capitalised or verb.low in STOP | DETERMINERS | PRONOUNS:
        return end  # "admitted to the newspaper that he and the woman had ...": a preposition
    for j in range(k + 2, end - 2):
        t = tokens[j]
        if t.text in QUOTES or t.text in DASHES or t.text in (",", ";", "(") or t.low == "that":
            return end
        opener = tokens[j + 1]
        subject = opener.capitalised or opener.low in DETERMINERS - {"that"}
        if t.low == "and" and subject and _subject_then_verb(tokens, j + 1, end):
            return _trim_end(tokens, k, j)
    return end


def _time_lead(tokens: list[_Token], k: int, last: int) -> int | None:
    """Where a time that the month-or-weekday rule does not see opens, if the claim's last words are one: a
    month and its year ("in June 2015"), a year ("since 2000") or "in recent weeks"."""
    if last < k + 3:
        return None
    t = tokens[last]
    year = len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")
    if year and tokens[last - 1].low in MONTHS and tokens[last - 1].capitalised:
        lead = last - 2
        if tokens[lead].low in ("early", "late", "mid") and lead > k + 1:
            lead -= 1
        return lead if tokens[lead].low in ("in", "since", "until") and lead > k else None
    if year and tokens[last - 1].low in ("in", "since"):
        return last - 1
    if t.low in ("weeks", "months", "years", "days") and tokens[last - 1].low in ("recent", "coming", "past"):
        lead = last - 2
        if tokens[lead].low == "the" and lead > k + 1:
            lead -= 1
        return lead if tokens[lead].low in ("in", "over") and lead > k else None
    return None


# Venues that hold an act of saying; a meeting or an event may be what the claim is about ("participants in
# the meeting").
SAYING_VENUES = VENUE_NOUNS - frozenset(("meeting", "event", "post", "visit", "stop", "program", "session", "floor"))


# Media that hold nothing but what was said ("in an interview", "in a poll"), so they end even a clause.
SAYING_MEDIA = frozenset(
    ("interview", "interviews", "tweet", "tweets", "statement", "op-ed", "email", "poll", "survey")
)


def _trailing_venue(tokens: list[_Token], k: int, end: int) -> int:
    """Where a noun-phrase claim ends before the place, medium, day or occasion it was made on: "claimed victory
    in a tweet", "repeated his position at a town hall in Laconia", "lashed out at Khan after he delivered a
    speech". A clause, an infinitive ("called on her to resign from her post") or a participle ("Clinton retelling
    in a speech the story ...") keeps its place, but not its medium or a weekday with a venue."""
    # "asked about the vagueness in an interview", "lashed out at Obama in a debate": the object of a
    # phrasal cue.
    head = k + 1 if tokens[k].low in ("about", "at", "against", "for") and k + 1 < end else k
    if end - k < 3 or not tokens[head].is_word or tokens[head].low in STOP | WEEKDAYS | MONTHS | TIME_WORDS:
        return end  # "promised Sunday at a Las Vegas rally to end ...": a time first, and the claim comes later
    depth = 0
    for j in range(k, end - 1):
        t = tokens[j]
        if t.text in OPEN_QUOTES:
            depth += 1
        elif t.text in CLOSE_QUOTES and depth:
            depth -= 1
        if t.low == "to" or _participle(t):
            return end
        venue = t.text in VENUE_PREPOSITIONS and _names_a_venue(tokens, j + 1, end, SAYING_VENUES)
        # "stressed those worries on Sunday at a university forum": the day of the act, then more about it.
        weekday = t.text == "on" and tokens[j + 1].low in WEEKDAYS
        # "said Obama was the founder of ISIS on Wednesday at a Florida rally": a day and a venue are the act's,
        # even after a clause.
        dated = weekday and j + 3 < end and tokens[j + 2].text in VENUE_PREPOSITIONS
        if j > head + 2 and not depth and dated and _names_a_venue(tokens, j + 3, end, SAYING_VENUES):
            return _trim_end(tokens, k, j)
        # "they had an unfavorable impression of Trump in a Post-ABC News poll this month": the medium of saying.
        medium = (
            t.text == "in" and tokens[j + 1].low in DETERMINERS and _names_a_venue(tokens, j + 1, end, SAYING_MEDIA)
        )
        if j > head + 2 and not depth and medium:
            return _trim_end(tokens, k, j)
        # "spelled out its concerns as it commented on the rules": the time of the act. After a person ("stuck
        # by Clinton as she rolled out proposals ..."), what the person did is more of the claim.
        # "feel that way himself as he winds down his campaign": a personal pronoun with a verb in the present too,
        # but not the second "as" of a comparison ("as long as it comes with a pause").
        verb = tokens[j + 2] if j + 2 < end else t
        present = verb.is_word and verb.low.endswith("s") and not verb.low.endswith("ss") and verb.low not in STOP
        compared = tokens[max(0, j - 2)].low == "as"
        personal = present and tokens[j + 1].low in ("he", "she", "it", "they", "we") and not compared
        occasion = t.text == "as" and tokens[j + 1].low in PRONOUNS and j + 2 < end and (_main_verb(verb) or personal)
        occasion = occasion and not tokens[head].capitalised
        # "lashed out at Khan after he delivered a speech", "blamed the media for ... while his wife is president":
        # one finite verb after the subordinator, so the clause is the act's time, not a subject's aside.
        if t.low in CIRCUMSTANCE - {"as", "following"} and not tokens[head].capitalised and not depth:
            verbs = sum(u.low in FINITE_AUX or _main_verb(u) or u.low in CLAIM_PAST for u in tokens[j + 1 : end])
            occasion = occasion or verbs == 1 and _subject_then_verb(tokens, j + 1, end)
        # "sticking by his campaign manager despite a battery charge": what stands against the act.
        despite = t.text == "despite" and tokens[j - 1].is_word and not _participle(tokens[j + 1])
        occasion = occasion or despite  # not an aside in a subject ("Trump, despite his wealth, is ...")
        if j > head and not depth and (venue or weekday or occasion):
            # "expressed frustration in an interview that the allies were free riders": the noun's clause follows.
            # 'said of the clashes on Sunday, “Two of our members ...”': the quotation is the claim.
            quoted = any(u.text in OPEN_QUOTES and tokens[m - 1].text == "," for m, u in enumerate(tokens[j:end], j))
            later_clause = quoted or any(u.low == "that" for u in tokens[j:end])
            # "rebut the points in Exxon Mobil's letter": someone else's letter is what the claim is about.
            later_clause = later_clause or any(u.possessive and u.capitalised for u in tokens[j + 1 : j + 5])
            # "felt her projection of anger in the last debate was over the top": a verb right after the venue
            # makes the noun phrase a clause's subject, the venue part of it.
            later_clause = later_clause or venue and _verb_after_venue(tokens, j, end)
            # "blasted Trump on Monday over his muddled stance": what the object was blamed for follows the day.
            blamed = weekday and j + 3 < end and tokens[j + 2].low == "over" and tokens[j + 3].low in DETERMINERS
            later_clause = later_clause or blamed
            return end if later_clause or not _noun_phrase(tokens, head, j, end) else _trim_end(tokens, k, j)
    return end


def _verb_after_venue(tokens: list[_Token], j: int, end: int) -> bool:
    """Whether an auxiliary follows within a few words of the venue phrase opened at ``j``, with no mark between."""
    for m in range(j + 2, min(end, j + 7)):
        if not tokens[m].is_word:
            return False
        if tokens[m].low in FINITE_AUX:
            return True
    return False


def _subject_then_verb(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether a pronoun or a short noun phrase and then a finite verb open the words at ``first``."""
    for j in range(first, min(end, first + 5)):
        t = tokens[j]
        if t.low in FINITE_AUX or t.low in CLAIM_PAST or _main_verb(t):
            return j > first
        if not t.is_word or t.low in STOP - PRONOUNS:
            return False
    return False


def _trim_end(tokens: list[_Token], k: int, end: int) -> int:
    """Drop trailing commas and a full stop that is not inside a closing quotation."""
    while end > k and tokens[end - 1].text in (",", "—", "–", "-", ";", ":"):
        end -= 1
    if end > k and tokens[end - 1].text in SENTENCE_END:
        end -= 1
        while end > k and tokens[end - 1].text in SENTENCE_END:
            end -= 1
    if end > k and tokens[end - 1].text == ")" and all(t.text != "(" for t in tokens[k : end - 1]):
        end -= 1  # "(Obama has proposed accepting 10,000 Syrians).": the parenthesis closes around the claim
    return end


# Words that open a clause inside the claim, whose own verb a later auxiliary may belong to ("believe the
# man who leads them is wrong").
# Verbs that list who or what a group counts ("Democrats who plan to attend include ...") and that are no
# word of a claim right after a noun.
LISTING_VERBS = word_set("include includes included")
_EMBEDDING_WORDS = RELATIVES | SUBORDINATORS - {"as"} | CLAUSE_QUESTIONS | word_set("that what")


def _restrictive_relative(tokens: list[_Token], speaker: tuple[int, int] | None) -> bool:
    """Whether the speaker is "who" or "that" right after its noun, a relative clause inside a larger clause:
    "Voters who believe the economy is rigged are flocking to Sanders". After a comma ("the senator, who said
    ...,") the comma closes the relative clause."""
    if speaker is None or speaker[1] - speaker[0] != 1 or speaker[0] == 0:
        return False
    before = tokens[speaker[0] - 1]
    # "A president who authorized the raid and who hoped to leave office ... will instead hand ...".
    noun = (
        before.is_word
        and before.low not in STOP
        or before.low == "and"
        and speaker[0] > 1
        and tokens[speaker[0] - 2].text != ","
    )
    return tokens[speaker[0]].low in ("who", "that") and noun


def _relative_claim_end(tokens: list[_Token], k: int, end: int) -> int:
    """Where a claim made inside a relative clause ends: at the verb of the clause the relative sits in.

    "Democrats who plan to attend the convention will include ...": an infinitive ends at the first
    auxiliary; "voters who believe the economy is rigged are flocking to Sanders": a clause ends at a second
    auxiliary after its own verb. A clause opened inside the claim ("believe the man who leads is wrong")
    may own the auxiliary, so it stops the search.
    """
    # "to attend the convention", not "to her on Thursday" (a preposition).
    after = tokens[k + 1] if k + 1 < end else tokens[k]
    verb = after.is_word and not after.capitalised and after.low not in PRONOUNS | DETERMINERS | {"her", "him", "them"}
    infinitive = tokens[k].low == "to" and verb or _participle(tokens[k])
    own_verb = infinitive
    for j in range(k + 1, end):
        t = tokens[j]
        if (
            t.text == ","
            and j + 1 < end
            and tokens[j + 1].low in FINITE_AUX - {"had"}
            and not tokens[j + 1].capitalised
        ):
            # "rhetoric that portrays Mexicans as criminals, may have obscured ...": the main clause's verb.
            return _trim_end(tokens, k, j)
        if t.text == ",":
            continue  # "portrays Mexicans as criminals, at least for now, may have obscured ..."
        if not t.is_word or t.low in _EMBEDDING_WORDS:
            return end
        if t.low in ("and", "or", "but") and not infinitive:
            own_verb = False  # "believe the economy is rigged and jobs are gone": a second clause of the claim
        if own_verb and t.low in LISTING_VERBS and tokens[j - 1].is_word and tokens[j - 1].low not in STOP:
            return _trim_end(tokens, k, j)  # "Democrats who plan to attend the convention include Sen. ..."
        if t.low in FINITE_AUX and not t.capitalised:
            if own_verb:
                return _trim_end(tokens, k, j)
            own_verb = True
    return end


def _dashed_relative_end(tokens: list[_Token], speaker: tuple[int, int] | None, k: int, end: int) -> int:
    """ "Donald Trump - who said he would bomb the oil fields - said at a rally ...": a relative clause set off
    by dashes closes at the second dash, where the main clause resumes."""
    if speaker is None or speaker[0] == 0 or tokens[speaker[0]].low not in ("who", "which"):
        return end
    if not (tokens[speaker[0] - 1].text in DASHES or _spaced_hyphen(tokens, speaker[0] - 1)):
        return end
    for j in range(k + 1, end):
        if tokens[j].text in DASHES or _spaced_hyphen(tokens, j):
            return _trim_end(tokens, k, j)
    return end
