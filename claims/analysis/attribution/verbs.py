"""Cue words in a sentence: reporting verbs and colons, each checked for a speaker and a claim."""

from __future__ import annotations

from ..cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_LEMMAS,
    CUE_LEMMAS,
    DELIVERED_NOUNS,
    DELIVERING,
    FEELING_PARTICIPLES,
    MINDSET_ADJECTIVES,
    NOMINAL_CUES,
    PASSIVE_AGENT_VERBS,
    PHRASAL_ONLY,
    PHRASAL_PARTICLES,
    SOURCE_DOCUMENTS,
    SPEECH_MADE,
)
from ..records import Span
from ..wordlists import word_set
from .attitudes import (
    _after_comma,
    _agrees_with_base_form,
    _attitude_candidate,
    _copula_before,
    _describes_reported_speaker,
    _mindset_aside,
    _mindset_candidate,
)
from .boundaries import _by_a_measure, _tail_end
from .candidate import _Candidate, _closes_claim, _Found, _past_opening
from .lexicon import (
    _SIGNATURE,
    ACT_TO_VERBS,
    AGENT_CLAIM_NOUNS,
    ALREADY_SAID,
    BACKING_VERBS,
    CLAUSE_BREAKERS,
    CLAUSE_OPENERS,
    CLOSE_LINKS,
    CLOSE_QUOTES,
    CLOSING_QUOTES,
    CONTINUATIVE,
    COUNSEL_MARKERS,
    COUNT_OPENERS,
    DASHES,
    DETERMINERS,
    GAP_FOLLOWERS,
    GERUND_CARRIERS,
    GERUND_NOUNS,
    GERUND_PREPOSITIONS,
    GOING_ON,
    HAVING,
    HELPING,
    INVERTING_VERBS,
    IRREGULAR_PAST,
    ISSUING_VERBS,
    LIGHT_VERB_STANCES,
    MAX_CLAIM_TOKENS,
    MAX_COLON_CLAUSE_TOKENS,
    MAX_HEADING_WORDS,
    MAX_SPEAKER_TOKENS,
    MAX_TAIL_TOKENS,
    MODALS,
    NAMING_CUES,
    NEGATIVE_SUBJECTS,
    NOT_HOLDERS,
    NOUN_ADJECTIVES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OBJECTS,
    OPEN_QUOTES,
    PAGE_LABELS,
    PASSIVE_AUX,
    PHRASE_LINKS,
    PHRASING,
    PLACING_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    PUT_TO_PARTICIPLES,
    QUANTITY_NOUNS,
    QUOTES,
    RAISED_DOUBTS,
    RECEIVED_STANCES,
    REFLEXIVES,
    RELATIVES,
    SELF_PLACING_VERBS,
    SENTENCE_END,
    SENTENCE_OPENERS,
    SHOW_KINDS,
    SPEAKER_LINKS,
    SPEECH_MADE_LINKS,
    STOP,
    STRAIGHT_QUOTE,
    TAIL_OPENERS,
    TAKEN_AIMS,
    THING_VERBS,
)
from .nouns import (
    _according_candidate,
    _agent_noun_candidate,
    _asked_by,
    _feeling_candidate,
    _given_candidate,
    _holder_phrase,
    _nominal_candidate,
    _noun_owner,
    _one_called,
    _passive_candidate,
    _passive_lemma,
    _perspective,
    _poll_phrase,
    _received_candidate,
)
from .speakers import (
    _abbreviated,
    _between_speaker_and_cue,
    _closes_relative,
    _contracted_subject,
    _counts,
    _initial,
    _is_adverb,
    _is_reporting_verb,
    _main_verb,
    _named_before_comma,
    _opening_noun_phrase,
    _participle,
    _participle_subject,
    _plural_word,
    _quantifier_subject,
    _relative_subject,
    _skip_date,
    _skip_subject_trailer,
    _skip_time_phrase,
    _speaker_after,
    _speaker_before,
    _subject_and_apposition,
    _subject_at,
    _subject_before_placing,
    _title_case,
    _unmarked_plural,
    _whole_subject,
)
from .tokens import _inside_quotes, _Token


def _signed_quotation(text: str, sentence: Span) -> _Found | None:
    """ "“I went to Wall Street before the crash. ...”" as a paragraph of its own, then "- Clinton.": a fact
    check's or a digest's quotation, signed by its speaker on the line after it."""
    if text[sentence.start] not in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        return None
    end = text.find("\n", sentence.end)
    if end < 0 or text[sentence.start : end].rstrip()[-1] not in CLOSE_QUOTES | {STRAIGHT_QUOTE}:
        return None
    signature = _SIGNATURE.match(text, end)
    if signature is None:
        return None
    start = signature.start(1)
    name = (start, start + len(signature.group(1).rstrip(" .")))
    return _Found(name, (0, 0), name, "direct")


def _opens_clause(tokens: list[_Token], first: int, shape: str = "") -> bool:
    before = tokens[first - 1]
    joins = tokens[first].low in GERUND_PREPOSITIONS | {"and"} or tokens[first].text in DASHES
    if shape == "participle" and (_after_comma(tokens, first - 1) or joins):
        # "has “expanded the Republican party,” claiming ...", "... and accusing ...", "... by saying ...".
        return True
    if before.text in (",", ";", ":", "—", "–") or before.low in CLAUSE_OPENERS:
        return True
    # 'Although he says he "loves China," he also accuses it ...': the comma inside a closing quotation.
    return before.text in CLOSING_QUOTES and _after_comma(tokens, first - 1)


def _is_cue_word(tokens: list[_Token], i: int) -> bool:
    token = tokens[i]
    if token.low in CUE_LEMMAS or token.low in ATTITUDE_LEMMAS or token.low in NOMINAL_CUES or token.text == ":":
        return True
    if token.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
        return True
    if token.low == "in":
        return _perspective(tokens, i) is not None or _poll_phrase(tokens, i) is not None
    if token.low in ("to", "for"):
        return i <= 3 and _holder_phrase(tokens, i) is not None
    if _verb_after_quote(tokens, i) or _goes_on_quoting(tokens, i):
        return True
    return token.low == "as" and i + 1 < len(tokens) and tokens[i + 1].low == "per"


def _put_to_aside(tokens: list[_Token], i: int) -> bool:
    """ "Mr. Trump, asked about the deaths of journalists, said, “...”": the question put to the speaker, in an aside
    that the speaker's own reporting verb follows."""
    if tokens[i].low not in PUT_TO_PARTICIPLES or i < 2 or tokens[i - 1].text != ",":
        return False
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return False
    return any(tokens[k].is_word and _is_cue_word(tokens, k) for k in range(comma + 1, min(len(tokens), comma + 3)))


def _goes_on_quoting(tokens: list[_Token], i: int) -> bool:
    """ "She continued: “I am proud ...”", "Silverman interjected, “...”": a verb of going on, then a comma or colon,
    or any past tense, then a comma; and a quotation. (A past tense before a colon is the colon's to attribute.)"""
    t = tokens[i]
    past = t.low.endswith("ed") and len(t.low) > 4 and not t.capitalised and t.low not in STOP
    return (
        i > 0
        and i + 2 < len(tokens)
        and (t.low in GOING_ON and tokens[i + 1].text in (",", ":") or past and tokens[i + 1].text == ",")
        and tokens[i + 2].text in OPEN_QUOTES | {STRAIGHT_QUOTE}
    )


def _verb_after_quote(tokens: list[_Token], i: int) -> bool:
    """ "“...,” he continued." : right after a closed quotation and its speaker, a past-tense verb reports it."""
    if i < 3 or not tokens[i].low.endswith("ed") or tokens[i].capitalised:
        return False
    speaker = tokens[i - 1]
    if not (speaker.low in PRONOUNS or speaker.capitalised and speaker.low not in STOP):
        return False
    return tokens[i - 2].text in CLOSE_QUOTES | {STRAIGHT_QUOTE} and _closes_claim(tokens, i - 2)


def _speech_made(tokens: list[_Token], k: int, nouns: frozenset[str] = SPEECH_MADE) -> int | None:
    """Where "make" with a noun of speech ends ("made an unprompted call for", "made similarly bigoted charges"),
    the light verb and its noun reporting what was said."""
    for j in range(k, min(len(tokens), k + 5)):
        t = tokens[j]
        if t.low in nouns:
            if any(tokens[m].low in ALREADY_SAID for m in range(k, j)):
                return None  # "Trump made similar comments Thursday", "make the same argument": said before
            end = j + 1
            if end < len(tokens) and tokens[end].low in SPEECH_MADE_LINKS:
                return end + 1
            # "made the comments just before ...", "made its statement in response to ...": ones already told;
            # "making calls two nights a week": telephone calls.
            known = any(tokens[m].low == "the" or tokens[m].low in POSSESSIVE_PRONOUNS for m in range(k, j))
            return None if known or t.low in ("call", "calls") else end
        if not t.is_word or t.capitalised or t.low in STOP - {"no"} and t.low not in DETERMINERS:
            return None
    return None


# Verbs that urge only with an object and an infinitive ("encouraged parents to opt out", "dared him to").
URGING_TO_ACT = word_set("encourage prod nudge goad dare beg instruct")


def _pressed_to_act(tokens: list[_Token], k: int) -> bool:
    """Whether a noun phrase and an infinitive follow: "encouraged parents and students to opt out of tests"; not
    "encouraged by the results" or "encouraging signs"."""
    for j in range(k, min(len(tokens) - 1, k + MAX_SPEAKER_TOKENS)):
        t = tokens[j]
        if t.low == "to":
            following = tokens[j + 1]
            opens_verb = following.low not in DETERMINERS | COUNT_OPENERS and not following.capitalised
            return j > k and following.is_word and opens_verb
        if not t.is_word or _main_verb(t) or t.low in STOP - DETERMINERS - {"and", "of"}:
            return False
    return False


def _figure_put(tokens: list[_Token], k: int) -> bool:
    """Whether a noun phrase and a figure follow: "put his net worth at $45 billion", "puts Obama's approval at a solid
    50 percent", "put the figure closer to 54,000 pages", "pegs his total slightly higher"."""
    for j in range(k + 1, min(len(tokens) - 1, k + MAX_TAIL_TOKENS + 2)):
        t = tokens[j]
        if t.low in ("at", "near", "closer", "higher", "lower"):
            return any(u.text[0].isdigit() or u.text == "$" or u.low in ("higher", "lower") for u in tokens[j : j + 4])
        if not t.is_word and t.text not in "’'":
            return False
    return False


def _delivered(tokens: list[_Token], k: int) -> int | None:
    """Where "delivered a snappy retort", "posted a comment" ends: a verb that puts out what was said and its noun of
    speech. Not when the noun's own participle reports it ("issued a statement saying ...": the statement speaks)."""
    end = _speech_made(tokens, k, DELIVERED_NOUNS)
    if end is None or end >= len(tokens):
        return None
    if tokens[end - 1].low in DELIVERED_NOUNS and tokens[end].text not in OPEN_QUOTES | {":", STRAIGHT_QUOTE}:
        return None  # "issued a statement after ...": what was said is not given, only when
    following = [t for t in tokens[end : end + 2] if not _is_adverb(t)]
    if following and following[0].low.endswith("ing") and _is_reporting_verb(following[0].low):
        return None
    return end


# Prepositions that go on describing a speaker after the verb ("noted a report by ...", "wrote a man from ...").
TAIL_PREPOSITIONS = frozenset(("by", "for", "on", "of", "in", "at", "with", "from", "to"))


# Words before "to" whose subject still makes the claim ("was quick to point out", "seemed to confirm", "has to
# show", "were expected to discuss"). "have to" and "need to" cost precision on our check range.
SPEAKER_BEFORE_TO = word_set("""
    quick seemed seems appeared appears tried tries pains careful has had needs expected poised likely set
    """)  # fmt: skip


# Verbs that bring someone else to speak ("led Republicans to say", "prompted Anderson Cooper to accuse").
CAUSATIVES = word_set("""
    led lead leads leading prompted prompt prompts prompting forced force forces forcing drove drive drives
    driving spurred spur spurs spurring
    """)  # fmt: skip


def _caused_speaker(tokens: list[_Token], to: int) -> tuple[int, int] | None:
    """ "Even the sleepy timing of the debate led Republicans to say that ...": the one brought to speak."""
    speaker = _speaker_before(tokens, to - 1)
    if speaker is None or speaker[1] != to or speaker[0] < 1:
        return None
    # The walk back may run over the verb ("tone prompted Anderson Cooper"): the speaker starts after it.
    causative = next((k for k in range(to - 2, speaker[0] - 2, -1) if tokens[k].low in CAUSATIVES), None)
    return (causative + 1, to) if causative is not None else None


# A headline is short: "Clinton to call for wider efforts to cure Alzheimer's."
MAX_HEADLINE_TOKENS = 16


# Words that rank someone among those who did something ("the first Democrat in Congress to endorse Sanders", "the only
# Republicans to vote against", "among 25 senators to vote against the bailout"). Measured: train 200-688 hits +6,
# preds +10; train 0-199 hits +1, preds +1.
RANKS = word_set("first only last earliest latest lone sole among")
# Linking verbs before such a rank.
RANK_LINKS = PASSIVE_AUX | word_set("became become becomes")


def _ranked_subject(tokens: list[_Token], to: int) -> tuple[int, int] | None:
    """ "Grijalva was the first Democrat in Congress to endorse Sanders": the one ranked, subject of the linking
    verb before the rank, did the act after "to"."""
    rank = None
    for k in range(to - 1, max(0, to - MAX_SPEAKER_TOKENS - 3), -1):
        t = tokens[k]
        if not t.is_word and not t.text[0].isdigit():
            return None
        if t.low in RANKS:
            rank = k
        elif t.low in RANK_LINKS and rank is not None:
            before = k - 1
            while before >= 0 and _between_speaker_and_cue(tokens[before]):
                before -= 1
            speaker = _speaker_before(tokens, before) if before >= 0 else None
            return speaker if speaker is not None and tokens[speaker[0]].low not in NOT_HOLDERS else None
        elif _main_verb(t) or _is_reporting_verb(t.low):
            return None
    return None


def _headline_plan(tokens: list[_Token], to: int) -> tuple[int, int] | None:
    """ "AFL-CIO to endorse Clinton.", "Rep. Welch to back Sanders for president.": a headline's future, its subject
    the one who will speak; only as a short sentence that opens with the name. Measured: train 200-688 hits +7, preds
    +8; train 0-199 hits +1, preds +1."""
    if len(tokens) > MAX_HEADLINE_TOKENS or not tokens[0].capitalised:
        return None
    if any(_main_verb(t) or t.low in CUE_LEMMAS or t.low in ATTITUDE_LEMMAS for t in tokens[1:to]):
        return None  # "Carole Bower plans to vote for Mr. Trump": a verb of its own before "to"
    speaker = _speaker_before(tokens, to - 1)
    return speaker if speaker is not None and speaker == (0, to) and tokens[0].low not in STOP else None


# Verbs of a means or an outlet before "NP to" ("used his address to call ...", "took to Twitter to say ...",
# "went on CNN to declare ...", "held a news conference to announce ...", "joined 89 other senators to reject ...";
# the second line measured: train 200-688 hits +4, preds +4; train 0-199 hits +1, preds +1).
MEANS_VERBS = word_set("""
    used uses using took takes taking went goes
    stood sat met gathered interjected interrupted came arrived returned traveled travelled rose stepped paused
    appeared appears joined joins held holds hosted convened visited flew headed rushed turned turns pivoted mounted
    invoked descended
    """)  # fmt: skip


def _means_before(tokens: list[_Token], to: int) -> int | None:
    """Where the subject of "used the speech to argue", "took to Twitter to say" ends, or None."""
    for k in range(to - 1, max(0, to - 8), -1):
        t = tokens[k]
        if t.low in MEANS_VERBS:
            before = k - 1
            while before >= 0 and _between_speaker_and_cue(tokens[before]):
                before -= 1
            return before if before >= 0 and tokens[before].is_word else None
        if not (t.is_word or t.text in "’'") or _main_verb(t) and t.low != "to" or _is_reporting_verb(t.low):
            return None
        if t.low == "as":
            return None  # "went so far as to say:": the colon's quotation is the claim
    return None


def _plural_with_examples(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "critics like Huffman say", "experts such as Bauman say": the plural head before the examples speaks."""
    k = speaker[0] - 1
    if k >= 1 and tokens[k].low == "as" and tokens[k - 1].low == "such":
        k -= 1
    elif k < 1 or tokens[k].low != "like":
        return speaker
    head = k - 1
    if not _plural_word(tokens[head]) or tokens[head].capitalised and head > 0:
        return speaker
    first = head
    while first > 0 and tokens[first - 1].is_word and tokens[first - 1].low not in STOP:
        if _is_adverb(tokens[first - 1]):
            break
        first -= 1  # "conservative critics like ..."
    return (first, speaker[1])


def _candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    token = tokens[i]
    if token.low in ("according", "in", "to", "for") or (token.low == "as" and tokens[i + 1].low == "per"):
        return _according_candidate(tokens, i)
    if token.low in AGENT_CLAIM_NOUNS and (agented := _agent_noun_candidate(tokens, i)) is not None:
        return agented
    if (token.low in RECEIVED_STANCES | RAISED_DOUBTS | TAKEN_AIMS or token.low in LIGHT_VERB_STANCES) and (
        received := _received_candidate(tokens, i) or _given_candidate(tokens, i)
    ):
        return received
    if token.low in NOMINAL_CUES and i > 0 and (owner := _noun_owner(tokens, i)) is not None:
        return _nominal_candidate(tokens, i, owner)
    if i > 0 and i + 2 < len(tokens) and tokens[i + 1].low == "by" and _passive_lemma(token) in PASSIVE_AGENT_VERBS:
        return _passive_candidate(tokens, i)
    if token.text == ":":
        return _colon_candidate(tokens, i)
    if token.low == "asked" and (i == 0 or tokens[i - 1].low == "when" or _asked_by(tokens, i)):
        return _Candidate("asked", (i, i + 1), None, i, "ask")
    if token.low in FEELING_PARTICIPLES:
        return _feeling_candidate(tokens, i)
    if _put_to_aside(tokens, i):
        return None
    attitude = token.low in ATTITUDE_LEMMAS
    lemma = CUE_LEMMAS.get(token.low) or ATTITUDE_LEMMAS.get(token.low)
    lemma = lemma or ("say" if _verb_after_quote(tokens, i) or _goes_on_quoting(tokens, i) else None)
    if lemma is None:
        return None
    if token.capitalised and i > 0 and not _title_case(tokens):
        return None  # a name ("Hope", "Said"), not a verb; headlines are another matter
    if token.low in MINDSET_ADJECTIVES and _copula_before(tokens, i) is not None:
        return _mindset_candidate(tokens, i)
    if token.low in MINDSET_ADJECTIVES and (aside := _mindset_aside(tokens, i)) is not None:
        return aside
    if i == 0 and token.low in ("said", "says"):
        # "Said Dorothy Poynter, who grew up with him, “We were proud.”"
        speaker = _speaker_after(tokens, 1)
        comma = next((k for k in range(1, len(tokens)) if tokens[k].text in OPEN_QUOTES | {":", STRAIGHT_QUOTE}), None)
        if speaker is None or comma is None:
            return None
        return _Candidate("before", (0, 1), speaker, 0, lemma, claim_from=comma)
    cue_end = i + 1
    particles = PHRASAL_PARTICLES.get(lemma, ())
    if cue_end < len(tokens) and tokens[cue_end].low in particles:
        cue_end += 1
    elif cue_end + 1 < len(tokens) and _is_adverb(tokens[cue_end]) and tokens[cue_end + 1].low in particles:
        cue_end += 2  # "spoke favorably of", "pointed angrily to": a manner between the verb and its particle
    elif lemma == "make" and [t.low for t in tokens[cue_end : cue_end + 2]] == ["it", "clear"]:
        cue_end += 2  # "Trump made it clear that he would ...": the particle after its dummy object
    elif lemma == "make" and (said := _speech_made(tokens, cue_end)) is not None:
        cue_end = said  # "made an impassioned call for love and racial unity", "made his case that ..."
    elif lemma in DELIVERING and (said := _delivered(tokens, cue_end)) is not None:
        cue_end = said  # "Sanders delivered a snappy retort: ...", "he posted a comment on Twitter that ..."
    elif lemma in ("put", "peg") and _figure_put(tokens, cue_end):
        attitude = False  # "Forbes put his net worth at $45 billion": an estimate, not a phrasing
    elif lemma in PHRASAL_ONLY:
        return None
    if cue_end > i + 1 and cue_end < len(tokens) and tokens[cue_end].low in PASSIVE_AUX | (MODALS - {"to"}):
        return None  # "the obliteration ... Johnson spoke of was changing ...": the particle's object stands before
    if cue_end < len(tokens) and tokens[cue_end].low == "by" and not _by_a_measure(tokens, cue_end):
        return None  # "statements cited by AP": a passive, the cue belongs to "according to"
    if lemma == "add" and cue_end < len(tokens) and tokens[cue_end].low == "to":
        return None  # "added to the list": a thing added, not something said
    if token.low in GERUND_NOUNS and i >= 2 and tokens[i - 2].low in DETERMINERS and tokens[i - 1].is_word:
        return None  # "a strong showing", "a stark warning": a noun after its adjective
    if cue_end < len(tokens) and tokens[cue_end].low == "up" and lemma in ("show", "add"):
        return None  # "voters aren't showing up", "deficits would add up to $1.5 trillion"
    if cue_end < len(tokens) and tokens[cue_end].low == "off":
        return None  # "has written off efforts by ...", "showing off the hat", "called off the vote": other verbs
    if lemma == "call" and cue_end < len(tokens) and tokens[cue_end].low == "home":
        return None  # "the place we call home": where one lives
    if lemma == "call" and cue_end == i + 1 and _one_called(tokens, cue_end):
        return None  # "Obama called both candidates Tuesday night and ...", "a club called Democracy Alliance."
    if token.low in ("show", "shows") and i > 0 and tokens[i - 1].low in SHOW_KINDS:
        return None  # "the MSNBC, Fox and CNN morning shows", "favorite TV shows": programmes, not evidence
    if lemma == "find" and i > 0 and tokens[i - 1].low in HELPING:
        return None  # "Roger Ailes helped found Fox News": the verb "found", to establish
    if not attitude and _not_a_claim_object(tokens, cue_end, lemma):
        return None
    before = i - 1
    while before >= 0 and _between_speaker_and_cue(tokens[before]):
        before -= 1
    before = _skip_subject_trailer(tokens, _skip_time_phrase(tokens, before))
    contracted = before >= 0 and not attitude and _contracted_subject(tokens[before], token.low.endswith("ing"))
    # "He's said he gets his ideas ...": before a past participle the "’s" is "has" ("he’s told" may be a passive).
    perfect = token.low != lemma and not token.low.endswith(("ing", "s")) and lemma not in ADDRESSEE_VERBS | {"show"}
    if perfect and before >= 0 and not attitude and tokens[before].low.replace("'", "’").endswith("’s"):
        contracted = _contracted_subject(tokens[before])
    if contracted and cue_end < len(tokens) and tokens[cue_end].low not in PASSIVE_AUX | MODALS:
        # "He’s predicting he will do “very, very well”", "they’ve said": the subject and its auxiliary in one word.
        return _Candidate("before", (i, cue_end), (before, before + 1), before, lemma)
    if token.low.endswith("ing") and before >= 1 and _message_noun(tokens, before):
        # "911 calls saying shots have been fired", "a tweet saying he was sorry": the message speaks.
        first = before - 1
        while first > 0 and tokens[first - 1].low in DETERMINERS | NUMBER_WORDS:
            first -= 1
        speaker = _issuer(tokens, (first, before + 1)) or (first, before + 1)
        return _Candidate("before", (i, cue_end), speaker, speaker[0], lemma)
    pronoun = _quantifier_subject(tokens, before, i)
    if pronoun is not None and not attitude:
        return _Candidate("before", (i, cue_end), pronoun, _attribution_start(tokens, pronoun), lemma)
    if before >= 0 and (tokens[before].low in DETERMINERS or tokens[before].possessive) and pronoun is None:
        return None  # "a phone call", "Moscow's claims": a noun here
    if before >= 0 and tokens[before].low in PASSIVE_AUX and token.low.endswith("ing"):
        # "is telling", "are backing": a progressive, whose subject stands before the auxiliary.
        before -= 1
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    elif before >= 0 and tokens[before].low in PASSIVE_AUX:
        return None  # "was told", "is expected": the speaker is elsewhere
    if before >= 5 and [t.low for t in tokens[before - 4 : before + 1]] in (
        ["out", "of", p, "way", "to"] for p in ("his", "her", "their", "its")
    ):
        before -= 6  # "He went out of his way to say that ...": the speaker stands before "went"
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    if before >= 1 and tokens[before].low == "to" and tokens[before - 1].low in CONTINUATIVE and lemma != "show":
        # Evidence goes on showing ("its maps continued to show activity"); people go on saying.
        before -= 2  # "continued to allege": the speaker stands before "continued"
        if tokens[before + 1].low == "on" and before >= 0 and tokens[before].low in ("went", "goes", "go", "going"):
            before -= 1  # "He went on to say that ...": the phrasal "go on"
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    if before >= 1 and token.low.endswith("ing") and tokens[before].low in GERUND_CARRIERS and lemma != "show":
        # "Then he began dismissing the notion ...", "she kept insisting ...": the speaker stands before the verb.
        before -= 1
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    if before >= 1 and tokens[before].low == "to" and tokens[before - 1].low == "likely":
        # "Caucus-goers were slightly more likely to say they preferred Clinton": a share of them said so.
        k = before - 2
        while k >= 0 and (tokens[k].low in ("more", "less", "most", "least") or _is_adverb(tokens[k])):
            k -= 1
        if k >= 1 and tokens[k].low in PASSIVE_AUX:
            before = k - 1
            while before >= 0 and _between_speaker_and_cue(tokens[before]):
                before -= 1
    if before >= 2 and tokens[before].low == "to" and tokens[before - 1].low in SPEAKER_BEFORE_TO:
        # "Axelrod was quick to point out ...", "He seemed to confirm ...", "she tried to argue that ...": the
        # claim is still made, by the subject of the verb or adjective before "to".
        before -= 2
        if before >= 0 and tokens[before].low in PASSIVE_AUX | {"took", "takes", "take", "taking"}:
            before -= 1  # "was quick to", "took pains to"
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    if before >= 2 and tokens[before].low == "to" and (ranked := _ranked_subject(tokens, before)) is not None:
        return _Candidate("before", (i, cue_end), ranked, ranked[0], lemma)
    if before >= 2 and tokens[before].low == "to" and (caused := _caused_speaker(tokens, before)) is not None:
        return _Candidate("before", (i, cue_end), caused, caused[0], lemma)
    if before >= 2 and tokens[before].low == "to" and (means := _means_before(tokens, before)) is not None:
        before = means
    if before >= 1 and tokens[before].low == "to" and (planned := _headline_plan(tokens, before)) is not None:
        return _Candidate("before", (i, cue_end), planned, 0, lemma)
    if before >= 0 and tokens[before].low == "to":
        return None  # "declined to say": no claim is made
    gerund = token.low.endswith("ing")
    if lemma in BACKING_VERBS and before >= 0 and _describes_reported_speaker(tokens, i, before, cue_end):
        return None
    if attitude:
        return _attitude_candidate(tokens, i, cue_end, before, lemma)
    finite = not gerund and token.low != lemma  # "and said", not "and tell him" (a bare infinitive)
    # "distanced himself ... by saying ...", "After saying he was nervous, the man ...": a gerund after a
    # preposition has the main clause's subject too. A sentence's opening gerund may set the scene
    # ("Lashing out, Trump said"); "Conceding that ..." and "In declaring ..." report.
    opening = before < 0 and cue_end < len(tokens) and tokens[cue_end].low == "that"
    opening = opening or before == 0 and tokens[0].low == "in"
    gerund_clause = gerund and (opening or before >= 0 and tokens[before].low in GERUND_PREPOSITIONS)
    gerund_clause = gerund_clause and not (i > 0 and token.capitalised)  # a headline's "By Saying We Need ..."
    # "..., trashing Trump and accusing him of ...", "on the spot – saying ...", "..., then says he’ll ...".
    then = before >= 0 and finite and tokens[before].text == "," and tokens[before + 1].low == "then"
    clause_mark = before >= 0 and (
        _after_comma(tokens, before)
        or tokens[before].text in DASHES
        or tokens[before].low == "and"
        and not (gerund and _progressive_before(tokens, before))
    )
    if finite and before >= 2 and tokens[before].low in ("and", "or") and _passive_before(tokens, before, token):
        return None  # "Officials ... were mocked and criticized on social media": a second passive
    if before >= 0 and (gerund and clause_mark or then or finite and tokens[before].low in ("and", "but")):
        # ", adding ...", "... and told them ...": the speaker is the subject of the clause before.
        joined = gerund and (tokens[before].low == "and" or tokens[before].text in DASHES)
        begins = before + 1 if finite and _parallel_act(tokens, before, i) else i
        return _Candidate("participle", (i, cue_end), None, before if joined else begins, lemma)
    if gerund_clause:
        return _Candidate("participle", (i, cue_end), None, max(before, 0), lemma)
    named = _named_before_comma(tokens, before) if before > 0 and tokens[before].text == "," else None
    if named is not None:
        # "Separately, Maiduguri resident Andrew Tada, said the insurgents ...": a stray comma
        # after the speaker, not a claim before the verb.
        return _Candidate("before", (i, cue_end), named, named[0], lemma)
    inverted = before >= 0 and _closes_claim(tokens, before) and lemma in INVERTING_VERBS
    if inverted and not _closes_relative(tokens, before) and not _subject_and_apposition(tokens, before):
        speaker = _speaker_after(tokens, cue_end)
        if speaker is not None and tokens[before].text in CLOSING_QUOTES:
            speaker = _complement_after(tokens, speaker)
        # "..., said an American official who was briefed on the details ...": a relative clause describes him.
        # An indefinite one is new to the text, and so is a name ("said Sen. Jim Whelan who represents ...");
        # "said the staff member who ..." more likely opens a claim.
        # So does a participle after a quotation ("“...,” wrote a man calling himself Paul Paul").
        described = speaker is not None and speaker[1] < len(tokens)
        participle = described and tokens[before].text in CLOSING_QUOTES and _participle(tokens[speaker[1]])
        described = described and (tokens[speaker[1]].low in ("who", "whose") or participle)
        new = speaker is not None and (tokens[speaker[0]].low in ("a", "an", "one") or tokens[speaker[0]].capitalised)
        # After a quotation the claim is already given: "“...,” said the man who built the wall."
        described = described and (new or tokens[before].text in CLOSING_QUOTES)
        # "“...,” noted a report by the environmental nonprofit E3G.": after a quotation, any words will do.
        # Not before a verb ("“...,” said the candidate could be ...", "said he doesn’t believe ...").
        quoted = tokens[before].text in CLOSING_QUOTES and speaker is not None and speaker[1] < len(tokens)
        quoted = quoted and tokens[speaker[1]].low in TAIL_PREPOSITIONS and tokens[speaker[0]].low not in PRONOUNS
        colon = speaker[1] if speaker is not None else len(tokens)
        introduced = colon + 1 < len(tokens) and tokens[colon].text == ":" and tokens[before].text not in CLOSING_QUOTES
        if introduced and tokens[colon + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
            # "In other words, explained CBS moderator Nancy Cordes: “...”": the quotation after the colon is what
            # was said; the words before the comma only lead to it.
            return _Candidate("before", (i, cue_end), speaker, i, lemma, claim_from=colon + 1)
        if speaker is not None and (described or _tail_end(tokens, speaker[1], quoted) is not None):
            return _Candidate("after", (i, cue_end), speaker, i, lemma)
    relative = _relative_subject(tokens, before) or _participle_subject(tokens, before)
    if relative is not None and (token.low != lemma or _agrees_with_base_form(tokens, relative[0], i)):
        return _Candidate("before", (i, cue_end), relative[1], relative[1][0], lemma)
    speaker = _speaker_before(tokens, _skip_date(tokens, before))
    if speaker is not None:
        speaker = _subject_before_placing(tokens, speaker)
    if speaker is None and finite and token.low != lemma:
        speaker = _opening_noun_phrase(tokens, before)
    if speaker is None and finite and tokens[before].text == "," and _series_of_acts(tokens, before):
        # "Olsen accused Woods of ..., implied that ..., and insinuated ...": one subject, several acts.
        return _Candidate("participle", (i, cue_end), None, i, lemma)
    if speaker is None:
        return None
    if gerund:
        speaker = _issuer(tokens, speaker) or speaker
    if token.low == lemma:
        examples = _plural_with_examples(tokens, speaker)
        # "One in three say": a share of a group, plural whatever its first number.
        share = speaker[1] - speaker[0] >= 3 and tokens[speaker[0] + 1].low == "in" and _counts(tokens[speaker[0]])
        # "..., critics like Huffman say": the examples may be inside the speaker found already.
        like = next((k for k in range(speaker[0] + 1, speaker[1] - 1) if tokens[k].low == "like"), None)
        share = share or like is not None and _plural_word(tokens[like - 1])
        agrees = share or _agrees_with_base_form(tokens, speaker, i) or _unmarked_plural(tokens, speaker)
        # "Mr. Putin forecast that the slumping economy would soon rebound", "had forecast": a past like its base.
        perfect_or_that = cue_end < len(tokens) and tokens[cue_end].low == "that" or tokens[i - 1].low in HAVING
        past = token.low == "forecast" and perfect_or_that
        agrees = agrees or past
        if examples == speaker and not agrees:
            return None
        speaker = examples
    if lemma == "call" and tokens[speaker[0]].low in ("a", "an"):
        return None  # "a program called Sandy Hook Promise" names, it does not claim
    speaker = _whole_subject(tokens, speaker)
    if _object_relative(tokens, speaker, cue_end) or _not_a_subject(tokens, speaker, token):
        return None
    aside = tokens[before].text == ","
    return _Candidate(
        "before",
        (i, cue_end),
        speaker,
        _attribution_start(tokens, speaker),
        lemma,
        aside=aside,
        claim_from=_after_manner_aside(tokens, cue_end)
        or _after_as_tail(tokens, speaker, cue_end)
        or _quotation_after_venue(tokens, cue_end),
    )


def _quotation_after_venue(tokens: list[_Token], cue_end: int) -> int | None:
    """ "Lee declared in the debate spin room, “I’m sending the signal ...”": the quotation after the venue."""
    if cue_end >= len(tokens) or tokens[cue_end].low not in PLACING_PREPOSITIONS:
        return None
    tail = _tail_end(tokens, cue_end)
    if tail is None or tail + 1 >= len(tokens) or tokens[tail].text not in (",", ":"):
        return None
    # "noted on Twitter the change from the usual campaign slogan, “...”": a determiner after a noun opens the
    # verb's object, which is the claim.
    if any(tokens[k].low in DETERMINERS and tokens[k - 1].low not in STOP for k in range(cue_end + 1, tail)):
        return None
    return tail if tokens[tail + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE} else None


def _after_as_tail(tokens: list[_Token], speaker: tuple[int, int], cue_end: int) -> int | None:
    """ "But as the Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate ...": an "as"
    clause opens the sentence; its time and venue are not the claim, the main clause after its comma is."""
    if speaker[0] < 1 or tokens[speaker[0] - 1].low != "as" or cue_end >= len(tokens) or not tokens[cue_end].is_word:
        return None
    if speaker[0] >= 2 and tokens[speaker[0] - 2].is_word and tokens[speaker[0] - 2].low not in ("but", "and", "yet"):
        return None
    tail = _tail_end(tokens, cue_end)
    if tail is None or tail + 1 >= len(tokens) or tokens[tail].text != "," or not tokens[tail + 1].is_word:
        return None
    return tail + 1


def _gives_a_name(tokens: list[_Token], speaker: tuple[int, int], cue: _Token) -> bool:
    """ "a cleric named Fethullah Gülen", "A woman identified as Eva Resnick-Day": a name given, not a claim;
    "buildings named for Mannix pals": a namesake; "it identified the hostage by name": who someone is. Naming
    claims something when it appoints or judges ("Sanders named five people to the committee", "Trump identified
    the judge as “Spanish,”")."""
    after = next((k + 1 for k in range(speaker[1], len(tokens)) if tokens[k] is cue), len(tokens))
    if tokens[speaker[0]].low in ("a", "an") and speaker[1] - speaker[0] <= 3:
        return True
    if after < len(tokens) and tokens[after].low in ("for", "after"):
        return True
    judged = any(t.low == "as" for t in tokens[after : after + MAX_SPEAKER_TOKENS] if t.is_word)
    return CUE_LEMMAS[cue.low] == "identify" and not judged


def _not_a_subject(tokens: list[_Token], speaker: tuple[int, int], cue: _Token) -> bool:
    """The words before the cue cannot be the subject that makes a claim, or with them the cue only names."""
    first, last = tokens[speaker[0]].low, tokens[speaker[1] - 1].low
    if last in NOUN_ADJECTIVES and not cue.low.endswith("ing"):
        return True  # "their old shows", "many of the same notes", "the new claims": the cue word is a noun
    if last in NEGATIVE_SUBJECTS:
        return True  # "Nobody asked about the Republicans' refugee rhetoric": no one claimed anything
    if CUE_LEMMAS.get(cue.low) in NAMING_CUES and _gives_a_name(tokens, speaker, cue):
        return True
    # "not everything Trump says is true", "whatever Trump charged his campaign": the cue's object stands first.
    return first in OBJECT_PRONOUNS and first not in ("something", "what")


def _object_relative(tokens: list[_Token], speaker: tuple[int, int], cue_end: int) -> bool:
    """ "finger-shaped bruises that Fields showed to the police", "anything the Vermont senator said on stage":
    the cue's object is the noun before it, and what follows is only where or to whom."""
    if speaker[0] < 2 or cue_end >= len(tokens):
        return False
    after = tokens[cue_end]
    if after.is_word and after.low not in GAP_FOLLOWERS:
        return False
    if not after.is_word and after.text not in SENTENCE_END:
        return False  # "what voters are saying, and that she’s ...": the claim may follow a comma
    infinitive = after.low == "to" and cue_end + 1 < len(tokens) and not _opens_noun_phrase(tokens[cue_end + 1])
    if infinitive:
        return False  # "what Mr. Trump has threatened to do"
    if cue_end + 1 < len(tokens) and tokens[cue_end + 1].text[0].isdigit():
        return False  # "a crowd that the campaign estimated at 3,000 people": the figure is the claim
    relative, noun = tokens[speaker[0] - 1], tokens[speaker[0] - 2]
    if relative.low in ("that", "which", "whom"):
        return noun.is_word and noun.low not in STOP and not _is_reporting_verb(noun.low) and not noun.capitalised
    return relative.low in OBJECT_PRONOUNS


def _opens_noun_phrase(token: _Token) -> bool:
    return token.low in DETERMINERS or token.capitalised or token.possessive or token.text[0].isdigit()


def _after_manner_aside(tokens: list[_Token], cue_end: int) -> int | None:
    """ "Mr. Comey described, in fairly blistering terms, a set of email practices ...": the claim
    follows the aside between commas."""
    if cue_end + 2 >= len(tokens) or tokens[cue_end].text != "," or tokens[cue_end + 1].low not in PLACING_PREPOSITIONS:
        return None
    for j in range(cue_end + 2, min(len(tokens) - 1, cue_end + MAX_TAIL_TOKENS)):
        if tokens[j].text == ",":
            following = tokens[j + 1]
            if following.is_word and following.low not in CLAUSE_BREAKERS | TAIL_OPENERS and not _participle(following):
                return j + 1
            return None
        if not tokens[j].is_word:
            return None
    return None


def _passive_before(tokens: list[_Token], conjunction: int, cue: _Token) -> bool:
    """ "were mocked and criticized": the cue, a participle too, shares the passive before the conjunction."""
    if cue.low == "said" or not (cue.low.endswith("ed") or cue.low in IRREGULAR_PAST):
        return False
    k = conjunction - 1
    if not (tokens[k].low.endswith("ed") or tokens[k].low in IRREGULAR_PAST):
        return False
    k -= 1
    while k >= 0 and _is_adverb(tokens[k]):
        k -= 1
    return k >= 0 and tokens[k].low in PASSIVE_AUX


def _not_a_claim_object(tokens: list[_Token], cue_end: int, lemma: str) -> bool:
    """What follows the cue is a thing or an act, not a claim."""
    if lemma == "advise":
        # "Cordesman, who has also advised Arizona Sen. John McCain", "Centerview advised on three of those":
        # a client served, not counsel given (measured on the tuning articles: 9 false dropped, no found one).
        return not any(t.low in COUNSEL_MARKERS or t.text in QUOTES for t in _clause_words(tokens, cue_end))
    if lemma in URGING_TO_ACT:
        return not _pressed_to_act(tokens, cue_end)
    if lemma == "compare":
        # "She compared her former employees at HP to the budding entrepreneurs in the slums of New Delhi" likens;
        # "26 percent, compared with 11 percent of Republicans" and "compared to last year" only measure.
        clause = _clause_words(tokens, cue_end)
        if not clause or clause[0].low in ("to", "with") or any(t.text[0].isdigit() for t in clause):
            return True
        return not any(t.low == "to" for t in clause[1:])
    if cue_end + 1 >= len(tokens):
        return False
    after, then = tokens[cue_end].low, tokens[cue_end + 1].low
    if lemma == "deem" and not (_opens_noun_phrase(tokens[cue_end]) or after in OBJECTS | COUNT_OPENERS | {"certain"}):
        # "emails deemed classified": a participle describing the noun before it; "Mr. Obama deemed the release
        # a reasonable trade-off" judges (measured on the tuning articles: 4 false dropped, no found one).
        return True
    if lemma in SELF_PLACING_VERBS and after in REFLEXIVES:
        return True  # "Sanders found himself on the defensive", "he ran ... and declared himself an independent"
    # "found an astonishing 73 percent ''maintained subsidiaries ...''": a share opens the claim's clause.
    counted = any(t.text[0].isdigit() for t in tokens[cue_end + 1 : cue_end + 4])
    if lemma in THING_VERBS and after in ("a", "an") and then not in QUANTITY_NOUNS and not counted:
        # "Clinton continues to maintain a hard-to-overtake delegate lead": a thing kept, found or backed. A definite
        # noun phrase may open a claim ("Ukraine maintains its troops still hold a thin line").
        return True
    if lemma in ACT_TO_VERBS and after == "to" and (then in DETERMINERS or tokens[cue_end + 1].possessive):
        # "Mr. Netanyahu finally agreed to a 10-month moratorium"; not "agreed to the committee that ...".
        return not any(t.low == "that" for t in tokens[cue_end + 2 : cue_end + 6])
    if lemma == "call" and after == "off":
        return True  # "several Mexican businesses have called off projects with him": cancelled
    if lemma == "pledge" and after in ("delegate", "delegates"):
        return True  # "a large pledged delegate lead": a kind of delegate, bound to vote for a candidate
    # "Fahrenthold reported from Washington.": a byline, not a report.
    return lemma == "report" and after == "from"


def _clause_words(tokens: list[_Token], first: int) -> list[_Token]:
    """The tokens from ``first`` up to the next comma, semicolon, colon, dash or sentence end."""
    stops = DASHES | {",", ";", ":"}
    end = next((k for k in range(first, len(tokens)) if tokens[k].text in stops), len(tokens))
    return [t for t in tokens[first:end] if t.text not in SENTENCE_END]


def _attribution_start(tokens: list[_Token], speaker: tuple[int, int]) -> int:
    """Where the attribution begins: at its speaker, or at "as" before it ("Trump's defeat won't
    necessarily derail his campaign, as Smith has speculated."), where the claim may come first."""
    if speaker[0] >= 2 and tokens[speaker[0] - 1].low == "as" and tokens[speaker[0] - 2].text == ",":
        return speaker[0] - 1
    return speaker[0]


def _progressive_before(tokens: list[_Token], conjunction: int) -> bool:
    """ "Obama is acting unlawfully and showing disregard ...": the gerund after "and" goes on a
    progressive verb of the same clause, whose subject is not the speaker's."""
    for k in range(conjunction - 1, max(0, conjunction - MAX_TAIL_TOKENS), -1):
        t = tokens[k]
        if not t.is_word or _is_reporting_verb(t.low):
            return False
        if t.low.endswith("ing") and tokens[k - 1].low in PASSIVE_AUX:
            return True
    return False


def _parallel_act(tokens: list[_Token], conjunction: int, cue: int) -> bool:
    """Whether the verb after "and"/"but" is a further act of the sentence's subject, not of the claim's:
    "then" orders two acts ("Comey laid out a record ... but then announced that ..."), and so does an
    auxiliary repeated from an earlier cue ("Clinton has said she wants ... and has expressed support ...").
    A bare adverb does not ("She said she was elated but still feared ...": the claim's subject feared)."""
    if tokens[conjunction].low not in ("and", "but") or conjunction + 1 >= cue:
        return False
    between = tokens[conjunction + 1 : cue]
    if any(t.low == "then" for t in between):
        return True
    auxiliary = between[0].low
    if auxiliary not in HAVING:
        return False
    earlier = range(max(0, conjunction - MAX_CLAIM_TOKENS), conjunction - 1)
    return any(tokens[k].low == auxiliary and _is_reporting_verb(tokens[k + 1].low) for k in earlier)


def _series_of_acts(tokens: list[_Token], comma: int) -> bool:
    """Whether the clause before ``comma`` is itself an act of the sentence's subject: it holds a
    reporting verb after the subject and no subject of its own."""
    for k in range(comma - 1, max(0, comma - MAX_CLAIM_TOKENS), -1):
        t = tokens[k]
        if t.text in SENTENCE_END or t.text in QUOTES or t.text == ";":
            return False
        if _is_reporting_verb(t.low) and not t.capitalised and k > 0:
            return tokens[k - 1].text != ","
    return False


def _issuer(tokens: list[_Token], thing: tuple[int, int]) -> tuple[int, int] | None:
    """ "The town released a statement saying ...": who issued the thing that says it."""
    verb = thing[0] - 1
    if verb >= 1 and tokens[verb].low == "out":
        verb -= 1  # "put out a statement"
    if verb < 1 or tokens[verb].low not in ISSUING_VERBS:
        return None
    k = verb - 1
    progressive = tokens[verb].low.endswith("ing")  # "is running a TV spot attacking ..."
    while k >= 0 and (_between_speaker_and_cue(tokens[k]) or progressive and tokens[k].low in PASSIVE_AUX):
        k -= 1
    return _speaker_before(tokens, k)


def _message_noun(tokens: list[_Token], k: int) -> bool:
    """A cue word used as a noun, after a determiner or a number: "a tweet", "911 calls", "new reports"."""
    noun = tokens[k]
    if (
        noun.capitalised
        or noun.low.endswith(("ed", "ing"))
        or noun.low not in CUE_LEMMAS
        and noun.low not in SOURCE_DOCUMENTS
    ):
        return False
    return tokens[k - 1].low in DETERMINERS or tokens[k - 1].text[0].isdigit()


def _colon_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Republican pollster Daron Shaw: “...”" and a transcript's or headline's "Trump: ..."."""
    if i == 0 or i + 1 >= len(tokens) or _goes_on_quoting(tokens, i - 1):
        return None  # "He continues: “...”" is the verb's to attribute
    if i > 1 and tokens[i - 1].low == "it" and tokens[i - 2].low in PHRASING | {"puts"}:
        return None  # "As John Cornyn ... put it: “...”" is the phrasing's to attribute, not a speaker "it"
    speaker = _speaker_before(tokens, i - 1)
    if tokens[i + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        # "a familiar voice celebrated the attacks on Twitter: ''...''": the clause's subject, not its object.
        actor = _actor_before_colon(tokens, i)
        if actor is not None:
            return _Candidate("before", (i, i + 1), actor, actor[0], ":")
        subject = _subject_over_object(tokens, speaker)
        if subject is not None:
            return _Candidate("before", (i, i + 1), subject, speaker[0], ":")
    if speaker is None or any(_is_reporting_verb(t.low) for t in tokens[max(0, i - 6) : i]):
        return None  # "Kelly responded pointedly, with a smile: “...”" is the verb's to attribute
    if speaker[1] - speaker[0] == 1 and len(tokens[speaker[0]].text) == 1:
        return None  # a transcript's "Q:" and "A:" label a turn; they name no one
    quoted = tokens[i + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}
    names = tokens[speaker[0] : i]
    # "Paul Ryan: ..." in a headline, "TAPPER: ..." in a transcript; not "CORRECTION: ...".
    named = (
        speaker[0] == 0
        and len(names) <= 4
        and all(t.capitalised and t.low not in DETERMINERS | PAGE_LABELS for t in names)
    )
    if not (quoted or named):
        return None
    if speaker[0] > 0 and tokens[speaker[0] - 1].low == "by":
        # A digest's '"Matthew Morrison is leaving ‘Neverland,'" by Times' Michael Paulson: "..."' cites a story.
        return None
    if not quoted and _label_for_little(tokens, i + 1):
        return None
    return _Candidate("before", (i, i + 1), speaker, speaker[0], ":")


def _subject_over_object(tokens: list[_Token], words: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "McConnell, R-Ky., delivered a blunt message to Trump: “...”", "Warren ... visiting staffers with a simple
    message: “...”": the words before the colon are the verb's object, and the sentence's subject speaks."""
    if words is None or words[0] < 3 or tokens[words[0] - 1].low == "by":
        return None  # not a digest's '"Headline," by Post's Kathianne Boniello: "..."'
    subject = _subject_at(tokens, _past_opening(tokens, words[0]), words[0])
    if subject is None or subject[1] >= words[0] or tokens[subject[0]].low in ("it", "there"):
        return None  # not "It seems unfair to tell them: ...": a dummy subject
    if any(t.text in QUOTES or t.text in DASHES or t.text in ("-", ";") for t in tokens[subject[0] : words[0]]):
        return None  # "Signs of ... were there all along -More from Blumenthal and Cohen: ...": a new clause
    k = subject[1]
    while k < words[0] and _is_adverb(tokens[k]):
        k += 1
    if _finite(tokens[k]):
        return subject  # "Jeb Bush broke down ... to the Dutch newspaper: ...", "She regularly recites the line: ..."
    if tokens[k].text == ",":
        # "McConnell, R-Ky., delivered ...": an aside between the subject and its verb.
        close = next((j for j in range(k + 1, words[0]) if tokens[j].text == ","), None)
        return subject if close is not None and _finite(tokens[close + 1]) else None
    if tokens[k].low not in TAIL_PREPOSITIONS and not tokens[k].low.endswith("ing"):
        return None  # "Likewise, a paper ...": an opener, not the subject
    # "An interfaith rally by the city's leaders on Wednesday had one message: ...", "Giant screens hanging over
    # the arena glittered with ...": the words up to the verb describe the subject, less the time of the act.
    verb = next(
        (
            j
            for j in range(k, words[0])
            if not tokens[j].is_word or _main_verb(tokens[j]) or tokens[j].low in IRREGULAR_PAST
        ),
        None,
    )
    if verb is None or not tokens[verb].is_word:
        return None
    return subject[0], _skip_time_phrase(tokens, verb - 1) + 1


def _finite(token: _Token) -> bool:
    """A verb that may follow a subject: an auxiliary, a past tense, or a present in -s ("has", "broke", "recites")."""
    if not token.is_word or token.capitalised or token.low in STOP - PASSIVE_AUX - MODALS:
        return False
    plain = token.low.endswith("s") and not token.low.endswith(("ss", "us", "is")) and not token.possessive
    return _main_verb(token) or token.low in IRREGULAR_PAST or plain


def _actor_before_colon(tokens: list[_Token], colon: int) -> tuple[int, int] | None:
    """ "Asked which county was his favorite, he demurred: “...”", "She went on: “...”", "Auerbach went so far
    as to say: ''...''": the subject of the clause that hands over to a quotation with a colon, when its verb
    is no cue of its own (a cue verb attributes the quotation itself)."""
    quoted = _inside_quotes(tokens)
    first = colon - 1
    # The clause starts after a comma, semicolon or dash of the writer's, or after a quotation that closed
    # ('Reid said both are "non-entities in the Senate," but he gave the Texan a back-handed compliment: "..."').
    while first > 0 and not (
        tokens[first - 1].text in (",", ";") + tuple(DASHES)
        and not quoted[first - 1]
        or tokens[first - 1].text in CLOSING_QUOTES
        and quoted[first - 1]
        and not quoted[first]
    ):
        first -= 1
    while first < colon and tokens[first].low in SENTENCE_OPENERS:
        first += 1
    words = tokens[first:colon]
    if not words or len(words) > MAX_COLON_CLAUSE_TOKENS or any(not t.is_word and t.text != "." for t in words):
        return None
    if any(_is_reporting_verb(t.low) and tokens[k - 1].low != "to" for k, t in enumerate(words, first) if k > first):
        return None
    verb = next(
        (
            k
            for k in range(first + 1, colon)
            if _main_verb(tokens[k]) and tokens[k].low != "to" or tokens[k].low in IRREGULAR_PAST
        ),
        None,
    )  # not the "to" of "According to HuffPo: “...”"
    if verb is None:
        return None
    last = verb - 1
    while last > first and _between_speaker_and_cue(tokens[last]):
        last -= 1
    speaker = _speaker_before(tokens, last)
    return speaker if speaker is not None and speaker[0] == first else None


def _label_for_little(tokens: list[_Token], first: int) -> bool:
    """ "Rubio: Finish second.", "Twitter: @Milbank.", "Iowa: Tim Albrecht, Brad Anderson, ...": a section's
    heading or a list of names after a label; a headline's claim takes a clause ("Clinton: I support D.C. statehood").
    """
    words = [t for t in tokens[first:] if t.is_word]
    if len(words) <= MAX_HEADING_WORDS and not any(t.text in QUOTES | {"'"} for t in tokens[first:]):
        return True  # not "Carly Fiorina: 'Bill Clinton's fair game.'"
    items = [[]]
    for t in tokens[first:]:
        if t.text in (",", ";"):
            items.append([])
        elif t.is_word:
            items[-1].append(t)
    names = [item for item in items if item and all(t.capitalised or _initial(t) for t in item) and len(item) <= 4]
    return len(items) >= 4 and len(names) >= len(items) - 1


def _complement_after(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "said Phil Musser of digital consulting firm IMGE.", "said a source close to the campaign.", "said one owner
    of a shop that sells ...": after an inverted verb, a phrase that runs to the end of the clause belongs to the
    speaker."""
    k = speaker[1]
    if k + 1 < len(tokens) and CLOSE_LINKS.get(tokens[k].low) == tokens[k + 1].low:
        k += 2
    elif k < len(tokens) and tokens[k].low in SPEAKER_LINKS:
        k += 1
    else:
        return speaker
    j = k
    while j < len(tokens) and j - k <= MAX_SPEAKER_TOKENS:
        t = tokens[j]
        if t.text == "." and j > k and _abbreviated(tokens[j - 1]) and j + 1 < len(tokens) and tokens[j + 1].is_word:
            j += 1
            continue
        if not t.is_word or t.low in RELATIVES | {"that"} or _main_verb(t) or _is_reporting_verb(t.low):
            break
        if t.low in STOP and t.low not in PHRASE_LINKS:
            break
        j += 1
    if j == k or j - k > MAX_SPEAKER_TOKENS or tokens[j - 1].low in PHRASE_LINKS:
        return speaker
    ends = j == len(tokens) or tokens[j].text in SENTENCE_END or tokens[j].text == ","
    return (speaker[0], j) if ends or tokens[j].low in ("who", "whose") else speaker
