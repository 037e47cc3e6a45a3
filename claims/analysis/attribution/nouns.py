"""Attributions without a verb of saying: "according to X", "in X's view", polls, owned claim nouns,
stances received from someone ("won the endorsement of X"), feelings, and passives with an agent."""

from __future__ import annotations

from ..cues import (
    ATTITUDE_LEMMAS,
    CUE_LEMMAS,
    NOMINAL_CUES,
    NOUN_PREPOSITIONS,
    NOUNS_OF_IS,
    NOUNS_OF_THAT,
    NOUNS_OF_TO,
    PARTISAN_NOUNS,
    STANDING_WORDS,
)
from ..sentences import TITLE_ABBREVIATIONS
from ..wordlists import word_set
from .attitudes import _partisan_candidate, _partisan_link
from .boundaries import _cue_verb, _subject_that
from .candidate import _Candidate, _main_clause_start
from .lexicon import (
    ADJECTIVE_ENDINGS,
    AGENT_PREPOSITIONS,
    AIM_PREPOSITIONS,
    BARE_POLLS,
    CALL_ENDS,
    CLAUSE_OPENERS,
    CLAUSE_QUESTIONS,
    CLOSING_QUOTES,
    CONTINUATIVE,
    DASHES,
    DETERMINERS,
    DOUBT_PREPOSITIONS,
    DOUBTING_VERBS,
    FEELING_LINKS,
    FEELING_PREPOSITIONS,
    FINITE_AUX,
    GIVER_PREPOSITIONS,
    GIVING_VERBS,
    HAVING,
    HOLDER_LEADS,
    HOLDER_PREPOSITIONS,
    HOLDER_PRONOUNS,
    IRREGULAR_PAST,
    LIGHT_VERB_STANCES,
    MAX_HOLDER_LEAD,
    MAX_NOUN_MODIFIERS,
    MAX_OWNER_TOKENS,
    MAX_PATIENT_TOKENS,
    MAX_POLL_TOKENS,
    MAX_SPEAKER_TOKENS,
    MAX_STANCE_MODIFIERS,
    MAX_TITLE_WORDS,
    MODALS,
    MONTHS,
    NEGATIONS,
    NOT_HOLDERS_PLURAL,
    OWNED_NOUN_ADJECTIVES,
    PASSIVE_AUX,
    PHRASE_LINKS,
    PICKING,
    PLURAL_HEADS,
    POLL_BREAKS,
    POLL_NOUNS,
    POLL_TRAILERS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    QUANTITIES,
    QUESTION_WORDS,
    QUOTES,
    RAISED_DOUBTS,
    RECEIVED_STANCES,
    RECEIVING_VERBS,
    RELATIVES,
    SENTENCE_END,
    SENTENCE_OPENERS,
    SOURCE_ENDS,
    STANCE_OBJECT_PREPOSITIONS,
    STOP,
    SUBORDINATORS,
    TAKEN_AIMS,
    TAKING_VERBS,
    TIME_WORDS,
    UNREAL_LEADS,
    VIEW_NOUNS,
    VIEW_OPENERS,
    WEEKDAYS,
    WHOLE_OBJECT_PRONOUNS,
)
from .speakers import (
    _abbreviated,
    _between_speaker_and_cue,
    _counts,
    _initial,
    _is_adverb,
    _is_reporting_verb,
    _main_verb,
    _not_a_name,
    _owner_marker,
    _participle,
    _person_noun,
    _speaker_after,
    _speaker_before,
    _subject_at,
    _time_word,
)
from .tokens import _inside_quotes, _Token


def _one_called(tokens: list[_Token], k: int) -> bool:
    """Whether "call" has one object and no second to say what it is: a telephone call ("Mr. Obama called
    Naghmeh Abedini.", "Fiorina called half a dozen HP directors, asking ...") or a name given ("a group of
    disaffected Ethiopians called Ginbot 7, was ..."); not "called Trump a “blowhard”", "called the moves unlawful"."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    end = k
    if tokens[k].capitalised:
        while end < len(tokens) and (tokens[end].capitalised and tokens[end].is_word or tokens[end].text == "."):
            if tokens[end].text == "." and not _abbreviated(tokens[end - 1]):
                break
            end += 1
    else:
        phrase = _speaker_after(tokens, k)
        if phrase is None or not (tokens[k].low in DETERMINERS or _counts(tokens[k]) or tokens[k].low == "half"):
            return False  # "calls out companies", "what he calls political correctness"
        end = next((j for j in range(k + 1, phrase[1]) if _time_word(tokens[j])), phrase[1])
        head = tokens[end - 1]
        plural = head.low.endswith("s") and not head.low.endswith("ss") or head.low in PLURAL_HEADS
        if end - k > 5 or not plural or _is_adverb(head):
            return False
    if end == k or _not_a_name(tokens[k]) and tokens[k].low not in DETERMINERS:
        return False
    while end < len(tokens) and (_time_word(tokens[end]) or tokens[end].low in ("this", "last", "that")):
        end += 1  # "called both candidates Tuesday night"
    if end >= len(tokens) or tokens[end].text in SENTENCE_END or tokens[end].text == ";":
        return True
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if tokens[end].text == "," and after is not None:
        return after.low in CALL_ENDS or _participle(after)
    return tokens[end].low in CALL_ENDS


def _asked_by(tokens: list[_Token], i: int) -> bool:
    """ "Sanders was asked by host John Dickerson whether ...": a question whose asker is named after "by"."""
    if i + 2 >= len(tokens) or tokens[i + 1].low != "by":
        return False
    asker = _speaker_after(tokens, i + 2)
    return asker is not None and asker[1] < len(tokens) and tokens[asker[1]].low in QUESTION_WORDS


def _perspective(tokens: list[_Token], i: int) -> tuple[int, int, int] | None:
    """ "in X's view", "in the words of X": the view noun (the cue) and the owner's tokens, whose view the clause is."""
    n = len(tokens)
    if tokens[i].low != "in" or i + 2 >= n:
        return None
    view = _view_phrase(tokens, i)
    if view is None:
        return None
    # Set off from its clause ("..., in my view, and ...", "which in his view has ..."), not a complement
    # ("believed in her judgment", "less positive in his estimation of the market's strength").
    after = max(view[0] + 1, view[2])
    before = tokens[i - 1] if i > 0 else None
    if before is None or before.text in (",", "(") or before.text in DASHES or before.low in RELATIVES | VIEW_OPENERS:
        return view
    return view if after < n and tokens[after].text == "," else None


def _view_phrase(tokens: list[_Token], i: int) -> tuple[int, int, int] | None:
    n = len(tokens)
    following = tokens[i + 1]
    if following.low == "the" and i + 4 < n and tokens[i + 2].low in VIEW_NOUNS and tokens[i + 3].low == "of":
        first = i + 4
        k = first
        while k < n and k - first < MAX_SPEAKER_TOKENS and tokens[k].is_word and tokens[k].low not in SOURCE_ENDS:
            k += 1
        return (i + 2, first, k) if k > first else None
    if following.low in POSSESSIVE_PRONOUNS and tokens[i + 2].low in VIEW_NOUNS - {"eyes"}:
        # "in his view", "In their view"; not "tears in their eyes", nor "in his view of the market".
        return (i + 2, i + 1, i + 2) if i + 3 < n and tokens[i + 3].low != "of" else None
    for k in range(i + 1, min(n - 1, i + 1 + MAX_OWNER_TOKENS)):
        t = tokens[k]
        if t.possessive or t.text in "’'" and tokens[k - 1].low.endswith("s") and tokens[k - 1].end == t.start:
            if (
                tokens[k + 1].low in VIEW_NOUNS
                and tokens[i + 1].capitalised
                and (k + 2 == n or tokens[k + 2].low != "of")
            ):
                return k + 1, i + 1, k + 1
            return None
        if not t.is_word or t.low in STOP:
            return None
    return None


def _poll_phrase(tokens: list[_Token], i: int) -> int | None:
    """The end of "in the latest CNN/ORC poll released Wednesday", a poll set off from its clause, else None."""
    n = len(tokens)
    if tokens[i].low != "in":
        return None
    k = i + 1
    polled = False
    while k < n and k - i <= MAX_POLL_TOKENS and (tokens[k].is_word or tokens[k].text in "-/&’'."):
        t = tokens[k]
        if t.text == "." and not (k + 1 < n and tokens[k + 1].is_word and tokens[k + 1].start == t.end):
            break  # the sentence's full stop, not "U.S."
        if t.low in SOURCE_ENDS or t.low in POLL_BREAKS:
            break  # "mired in fourth in most surveys": the poll is in the next phrase
        if polled and not (t.low in POLL_TRAILERS or t.capitalised or t.text[0].isdigit() or _time_word(t)):
            break  # "standing in the polls has risen": the phrase is over
        polled = polled or t.low in POLL_NOUNS
        k += 1
    if not polled:
        return None
    if _set_off_poll(tokens, i, k):
        return k
    # "Mr. Trump is ahead in public opinion polls in Florida", "Sanders has sagged in the polls": a standing.
    # Not one the sentence's subject holds, its verb after the poll ("Some 20 percent of people in a recent CNN/ORC
    # poll said they believe ...", "Fifteen percent of voters in the poll were undecided").
    held = _verb_at(tokens, k) and tokens[k - 1].low not in POLL_TRAILERS  # "in the polls and is coping": no subject's
    return k if _standing_before(tokens, i) is not None and not held else None


def _verb_at(tokens: list[_Token], k: int) -> bool:
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].capitalised:
        return False
    t = tokens[k]
    verb = t.low in CUE_LEMMAS or t.low in ATTITUDE_LEMMAS or t.low in IRREGULAR_PAST or _main_verb(t)
    return verb or t.low in PASSIVE_AUX or t.low in FINITE_AUX


def _set_off_poll(tokens: list[_Token], i: int, k: int) -> bool:
    """Whether the poll phrase from ``i`` to ``k`` names a poll and opens its clause or closes the sentence."""
    n = len(tokens)
    if all(t.low in BARE_POLLS for t in tokens[i + 1 : k]):
        return False
    before = tokens[i - 1] if i > 0 else None
    opening = before is None or before.low in VIEW_OPENERS or before.text == ","
    closing = k == n or tokens[k].text in SENTENCE_END
    return closing or opening and k < n and tokens[k].text == ","


# How far back a standing's clause may start before its poll ("Carson once drew close to ... in national polls").
MAX_STANDING_TOKENS = 25


def _standing_before(tokens: list[_Token], i: int) -> int | None:
    """Where the clause starts that a poll inside it measures: "Mr. Trump is ahead in public opinion polls in Florida
    ...", "Carson once drew close to Trump in national polls and held ...", "as Clinton continues to lead in polls
    despite ...": a standing (leading, trailing, ahead) told right before the poll, which is its source."""
    if i < 2 or not tokens[i - 1].is_word:
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_STANDING_TOKENS:
        t = tokens[k]
        if t.text in (",", ";", ":", "(") or t.text in DASHES or t.text in QUOTES:
            break
        if t.low in RELATIVES | SUBORDINATORS | CLAUSE_OPENERS | {"that"} and k < i - 1:
            break
        k -= 1
    start = k + 1
    if k >= 0 and i - k > MAX_STANDING_TOKENS or i - start < 2:
        return None
    first = tokens[start]
    if not (first.capitalised or first.low in PRONOUNS or first.low in DETERMINERS):
        return None  # "who has been leading in polls here", "compared to 50 percent in a similar survey"
    if not any(_standing(tokens, j) for j in range(start, i)):
        return None
    return start


def _standing(tokens: list[_Token], j: int) -> bool:
    """A word of standing, where "lead" is the verb ("Clinton leads", "continues to lead"), not the noun one holds
    ("Mrs. Clinton enjoys a strong lead in the polls", "his lead in Iowa polling")."""
    t = tokens[j]
    if t.low not in STANDING_WORDS:
        return False
    if t.low not in ("lead", "leads") or j == 0:
        return True
    before = tokens[j - 1]
    return before.capitalised or before.low in PRONOUNS or before.low in MODALS or _is_adverb(before)


def _holder_phrase(tokens: list[_Token], i: int) -> int | None:
    """Where the holder of "To Sexton, ..." or "But for the almost 43,000 voters in Florida, ..." ends (the comma)."""
    if i > MAX_HOLDER_LEAD or any(t.low not in HOLDER_LEADS for t in tokens[:i]):
        return None
    comma = next((k for k in range(i + 1, min(len(tokens), i + 2 + MAX_SPEAKER_TOKENS)) if not tokens[k].is_word), None)
    while (
        comma is not None
        and tokens[comma].text == "."
        and comma > i + 1
        and tokens[comma - 1].low in TITLE_ABBREVIATIONS
    ):
        comma = next(
            (k for k in range(comma + 1, min(len(tokens), i + 2 + MAX_SPEAKER_TOKENS)) if not tokens[k].is_word), None
        )
    if comma is None or comma == i + 1 or tokens[comma].text != "," or comma + 2 >= len(tokens):
        return None
    words = tokens[i + 1 : comma]
    first = words[0]
    if not (first.capitalised or first.low in DETERMINERS or first.low in HOLDER_PRONOUNS or first.possessive):
        return None  # "To win the White House, candidates need ...": a purpose, not a holder
    head = next((t for t in words if t.low in ("who", "of", "in", "at", "from")), None)
    head = words[words.index(head) - 1] if head is not None and words.index(head) > 0 else words[-1]
    if head.low in NOT_HOLDERS_PLURAL or _time_word(head) or head.text[0].isdigit():
        return None
    if len(words) == 1 and head.low in HOLDER_PRONOUNS:
        return comma  # "To them, it signals ...", "To many, Santilli is ...", "And now, for them, socialism is ..."
    people = _person_noun(head.low) or head.low.endswith("s") and not head.capitalised and not head.possessive
    if tokens[i].low == "for":
        # "For Obama, the Paris agreement fulfills a personal goal": what it means to one named, mostly the writer's;
        # "For many activists, talk of surrendering the revolution is infuriating", "But for the almost 43,000
        # voters in Florida, the decision is already clear": a group's view. Not "For all the signs of progress, ..."
        # nor "For these reasons, ...": a concession or a cause.
        return comma if people and first.low != "all" and head.low not in HOLDER_NOT_PEOPLE else None
    named = head.capitalised and all(t.capitalised or t.text == "." for t in words[words.index(head) :])
    return comma if named or people else None


# The forms of "be" before a present participle ("is facing", "were drawing", "will be getting").
PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "’s", "'s"})

# Words after "for" that end like a plural but name no group holding a view ("For these reasons, ...", "For this, ...").
HOLDER_NOT_PEOPLE = frozenset({"reasons", "this"})


def _according_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    if tokens[i].low in HOLDER_PREPOSITIONS:
        holder = _holder_phrase(tokens, i)
        if holder is None:
            return None
        return _Candidate("according", (i, i + 1), (i + 1, holder), i, "holder")
    polled = _poll_phrase(tokens, i)
    if polled is not None:
        standing = _standing_before(tokens, i)
        if standing is not None and not _set_off_poll(tokens, i, polled):
            # Only the standing is the poll's finding: the claim runs from the clause's start to the poll.
            end = polled
            while end > i + 2 and tokens[end - 1].low in POLL_TRAILERS:
                end -= 1  # "Sanders has sagged in the polls and is coping with ...": the poll without the "and"
            return _Candidate("passive", (i, i + 1), (i + 1, end), standing, "poll", claim_from=i)
        return _Candidate("according", (i, i + 1), (i + 1, polled), i, "poll", aside=True)
    view = _perspective(tokens, i)
    if view is not None:
        # An aside in its clause, so a claim around it does not stop there ("asked who leads the party in his view").
        return _Candidate("according", (view[0], view[0] + 1), (view[1], view[2]), i, "view", aside=True)
    first = i + 2
    k = first
    limit = min(len(tokens), first + MAX_SPEAKER_TOKENS * 2)
    # The source ends at punctuation or where a clause about it begins ("documents he submitted").
    while k < limit:
        if k > first and tokens[k].text in QUOTES and (close := _quoted_modifier(tokens, k, limit)) is not None:
            k = close + 1  # "according to the “Medicare for all” document he released": a title before its noun
            continue
        if tokens[k].text in (",", ";", "!", "?", ":") or tokens[k].text in QUOTES or tokens[k].low in SOURCE_ENDS:
            break
        # "the U.S. Judicial Conference", "Gov. Brown": a full stop inside a name.
        # "according to Dennis B. Ross", "according to E. J. Fleming's book": an initial.
        abbreviation = k > first and (
            tokens[k - 1].low in TITLE_ABBREVIATIONS or "." in tokens[k - 1].text or _initial(tokens[k - 1])
        )
        if tokens[k].text == "." and not (abbreviation and k + 1 < limit and tokens[k + 1].capitalised):
            break
        k += 1
    if k == first:
        return None
    return _Candidate("according", (i, i + 2), (first, k), i)


def _quoted_modifier(tokens: list[_Token], opening: int, limit: int) -> int | None:
    """ "the “Medicare for all” document": a short quoted name, all words, between a determiner or adjective and
    the lowercase noun it names; where its closing mark is."""
    if tokens[opening - 1].low not in DETERMINERS and not tokens[opening - 1].possessive:
        return None
    for k in range(opening + 1, min(limit, opening + MAX_TITLE_WORDS + 2)):
        if tokens[k].text in QUOTES:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            named = k > opening + 1 and after is not None and after.is_word and not after.capitalised
            return k if named else None
        if not tokens[k].is_word:
            return None
    return None


def _noun_owner(tokens: list[_Token], i: int) -> int | None:
    """The owner's last token before a noun of stance: "his", "Trump’s", "the judges’", with up to two
    modifiers between ("his controversial remarks about abortion"). A noun of partisanship is held by the subject
    of the linking verb before it ("Mr. Ryan is a vocal advocate of trade deals"): that verb stands for the owner."""
    if tokens[i].low in PARTISAN_NOUNS:
        return _partisan_link(tokens, i)
    if tokens[i].low in HOPED_NOUNS and (opening := _purpose_opening(tokens, i)) is not None:
        return opening
    k = i - 1
    # "Trump’s campaign plans to ...", "his aides hope that ...": after a noun, a verb form is the verb.
    verb_form = tokens[i].low in CUE_LEMMAS or tokens[i].low in ATTITUDE_LEMMAS
    while k >= 0 and i - 1 - k <= MAX_NOUN_MODIFIERS:
        t = tokens[k]
        if _owner_marker(t) or t.text in "’'" and k > 0 and _plural_possessive(tokens, k):
            return k
        if not t.is_word or t.capitalised or t.low in STOP or t.low in DETERMINERS or t.low in NOMINAL_CUES:
            return None
        if verb_form and not _adjective(t):
            return None
        k -= 1
    return None


def _adjective(token: _Token) -> bool:
    return token.low in OWNED_NOUN_ADJECTIVES or token.low.endswith(ADJECTIVE_ENDINGS) or "-" in token.low


def _plural_possessive(tokens: list[_Token], k: int) -> bool:
    """ "the judges’ statement", "budget hawks’ warnings": an apostrophe closing a plural, not a quotation."""
    before = tokens[k - 1]
    return before.is_word and before.low.endswith("s") and before.end == tokens[k].start


# Hopes held as the purpose of an act, in "in (the) hope(s) that ..." (see _purpose_opening).
HOPED_NOUNS = word_set("hope hopes")


def _purpose_opening(tokens: list[_Token], i: int) -> int | None:
    """Where "in the hopes that ..." opens ("in"), a hope the subject of the clause acts on: "Workers protested
    outside the hotel, in the hopes that the platform will endorse a $15 wage", "He has avoided alienating their
    supporters in hopes that ...": the "in" stands for the owner (see _nominal_candidate). Not "in hopes of"
    with a gerund, mostly the writer's account of a purpose ("spoke for hours in hopes of delaying the bill")."""
    if i + 2 >= len(tokens) or tokens[i + 1].low != "that" or not tokens[i + 2].is_word:
        return None
    k = i - 1 if tokens[i - 1].low != "the" else i - 2
    return k if k >= 1 and tokens[k].low == "in" else None


def _nominal_candidate(tokens: list[_Token], i: int, owner: int) -> _Candidate | None:
    if tokens[i].low in PARTISAN_NOUNS:
        return _partisan_candidate(tokens, i, owner)
    if tokens[i].low in HOPED_NOUNS and tokens[owner].low == "in":
        # The one who hopes is the subject the act hangs on, as with a participle. Measured: train 200-688 hits +3,
        # preds +3; train 0-199 unchanged.
        return _Candidate("participle", (owner, i + 1), None, owner, "hope", claim_from=i + 1)
    token = tokens[owner]
    if token.low in ("our", "my", "your"):
        return None
    # "that’s", "there’s", "it’s": a contraction, not an owner.
    if token.possessive and token.low[:-2] in STOP | PRONOUNS:
        return None
    speaker = (owner, owner + 1) if token.low in POSSESSIVE_PRONOUNS else _owner_phrase(tokens, owner)
    if speaker is not None and (announced := _announced_claim(tokens, i, speaker)) is not None:
        return announced
    complement = _noun_complement(tokens, i)
    if complement is None:
        return None
    cue_end, claim_from = complement
    if speaker is None:
        return None
    if claim_from is None:
        claim_from = speaker[0]  # "Moscow’s claims of control": the whole phrase
    return _Candidate("nominal", (i, cue_end), speaker, speaker[0], claim_from=claim_from)


def _announced_claim(tokens: list[_Token], i: int, speaker: tuple[int, int]) -> _Candidate | None:
    """ "Their argument: Only a Democratic Senate can make any headway on the issue", "Carrier's message: Moving jobs
    south of the border is ...": an owned noun of stance that opens its sentence announces the claim after a colon,
    which runs to the sentence's end. Measured: train 200-688 hits +4, preds +4; train 0-199 unchanged."""
    colon = i + 1
    if colon + 1 >= len(tokens) or tokens[colon].text != ":" or tokens[i].low not in NOUNS_OF_IS:
        return None
    if speaker[0] > 0 or not tokens[colon + 1].is_word:
        return None  # "His final assessment: “It’s not quite optimistic,” he said.": the quotation's own speaker
    end = len(tokens)
    while end > colon + 1 and not tokens[end - 1].is_word and tokens[end - 1].text not in CLOSING_QUOTES:
        end -= 1
    return _Candidate("passive", (i, colon + 1), speaker, colon + 1, claim_from=end)


def _agent_noun_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment":
    the maker after "by" or "from" claims the "that" clause."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in AGENT_PREPOSITIONS:
        return None
    agent = _speaker_after(tokens, i + 2)
    if agent is None or agent[1] + 1 >= len(tokens) or tokens[agent[1]].low != "that":
        return None
    if _subject_that(tokens, agent[1]):
        return None
    return _Candidate("nominal", (i, i + 2), agent, agent[0], claim_from=agent[1])


def _noun_complement(tokens: list[_Token], i: int) -> tuple[int, int | None] | None:
    """Where the cue ends and the claim starts after a noun of stance: "claim that ...", "plan to ...",
    "attacks on ..." (the preposition belongs to the cue), else None. A noun of saying with "of" names
    what is claimed only with the noun ("Moscow’s claims of control"), so the claim is the whole phrase (None)."""
    j = i + 1
    if j + 1 >= len(tokens):
        return None
    noun, following, then = tokens[i].low, tokens[j].low, tokens[j + 1]
    if following in ("is", "was") and noun in NOUNS_OF_IS and then.low in ("that", "to") and j + 2 < len(tokens):
        # "Trump's position is that Mexico will pay for the wall", "Her advice is to make male sources comfortable".
        return j + 1, j + 1
    if following == "that" and noun in NOUNS_OF_THAT and not _subject_that(tokens, j):
        return j, j
    if following == "not" and j + 2 < len(tokens) and then.low == "to" and noun in NOUNS_OF_TO:
        following, then = "to", tokens[j + 2]  # "his decision not to participate"
    verb = then.is_word and not then.capitalised and then.low not in DETERMINERS and then.low not in PRONOUNS
    if following == "to" and noun in NOUNS_OF_TO and verb:
        return j, j
    # "his remarks on Tuesday night": a time, not a topic.
    timed = then.low in WEEKDAYS or then.low in MONTHS or then.low in TIME_WORDS
    if following in NOUN_PREPOSITIONS.get(noun, ()) and then.is_word and not timed:
        return (i + 1, None) if following == "of" and noun in NOUNS_OF_THAT else (j + 1, j + 1)
    return None


def _owner_phrase(tokens: list[_Token], last: int) -> tuple[int, int] | None:
    """The owner's words ending at ``last``: "Mr. Sanders's", "the Obama administration's", "the judges’"."""
    if tokens[last].text in "’'":
        last -= 1  # "the judges’": the apostrophe of a plural
    first = last
    if tokens[last].capitalised:
        while first > 0:
            before = tokens[first - 1]
            if (
                before.text == "."
                and first > 1
                and (tokens[first - 2].low in TITLE_ABBREVIATIONS or _initial(tokens[first - 2]))
            ):
                first -= 2  # "Mr. Sanders's", "George W. Bush’s"
            elif before.is_word and before.capitalised and before.low not in STOP and before.low not in DETERMINERS:
                first -= 1
            else:
                break
    else:
        # "the neurosurgeon’s decision", "budget hawks’ warnings": a common noun and what qualifies it.
        while first > 0 and last - first < 2 and tokens[first - 1].is_word and tokens[first - 1].low not in STOP:
            if tokens[first - 1].low in DETERMINERS:
                break
            first -= 1
        if tokens[first].low in NOMINAL_CUES:
            return None
    if first > 0 and tokens[first - 1].low in ("the",):
        first -= 1
    if not tokens[last].capitalised and tokens[first].low != "the" and first == last:
        return None  # "anyone’s guess", "one’s view": no one in particular
    return first, last + 1 + (tokens[last + 1].text in "’'" if last + 1 < len(tokens) else 0)


def _feeling_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "FBI officials were angered by the deal", "Some voters who were once intrigued by Mr. Trump", "Alarmed by the
    unrest in Nevada, Senator Harry Reid ...": the one who feels holds the stance, and what stirred the feeling after
    "by" is what it is about."""
    if i + 2 < len(tokens) and tokens[i + 1].low not in FEELING_PREPOSITIONS:
        return _stirred_candidate(tokens, i)
    if i + 2 >= len(tokens) or tokens[i + 1].low not in FEELING_PREPOSITIONS or not tokens[i + 2].is_word:
        return None
    cue = (i, i + 2)
    k = i - 1
    while k >= 0 and (
        tokens[k].low in FEELING_LINKS or _is_adverb(tokens[k]) or tokens[k].low.endswith(("n’t", "n't"))
    ):
        k -= 1
    if k < 0 or k < i - 1 and tokens[k].text in (",", "—", "–") or tokens[k].low in SENTENCE_OPENERS:
        # "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, ...": the subject after the phrase.
        quoted = _inside_quotes(tokens)
        comma = next((j for j in range(i + 2, len(tokens)) if tokens[j].text == "," and not quoted[j]), None)
        holder = _subject_at(tokens, comma + 1, len(tokens)) if comma is not None and k < 0 else None
        if holder is None:
            return None
        return _Candidate("nominal", cue, holder, i, claim_from=i + 2)
    if tokens[k].text == "," or tokens[k].text in CLOSING_QUOTES:
        # "African-Americans turned out widely in 2008 ..., angered by what they saw as contempt": the main subject.
        holder = _subject_at(tokens, _main_clause_start(tokens, k), k)
    else:
        holder = _clause_subject(tokens, k)
    if holder is None or holder[0] > 0 and tokens[holder[0] - 1].low in PHRASE_LINKS:
        return None
    return _Candidate("nominal", cue, holder, i if k < i - 1 or tokens[k].text == "," else holder[0], claim_from=i + 2)


# Words before a feeling's participle that make it an adjective or a passive, not the verb that stirs it ("the
# troubled company", "felt embarrassed", "were surprised").
STATE_LEADS = PASSIVE_AUX | FEELING_LINKS | DETERMINERS | word_set("and or")
# How long a noun phrase that stirs a feeling may be ("Sanders's sympathetic response to the Nevada convention fracas").
MAX_STIRRING_TOKENS = 20
# Prepositions inside such a noun phrase ("Rubio's uneven debate performance just days before the primary").
INNER_PREPOSITIONS = word_set("before after during over about against among between into through under without")
# Marks that end such a noun phrase, so that the words before them are another clause's or an aside.
STIRRING_BREAKS = frozenset({",", ";", ":", "(", ")"}) | QUOTES | DASHES
# Objects that name who is stirred ("angered the party's top figures", "rattled supporters", "infuriated his father").
STIRRED_OPENERS = DETERMINERS | QUANTITIES | WHOLE_OBJECT_PRONOUNS


def _stirred_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "His behavior has angered the party's top figures", "That rattled Rubio", "Sanders's recent attacks on Clinton
    have alarmed her supporters": in the active, the one stirred is the object and holds the feeling, and what stirred
    it, the subject, is what the feeling is about. Measured: train 200-688 hits +7, preds +10; train 0-199 hits +1,
    preds +1 (false: "The inquiry has frustrated Clinton allies", "His views have heartened producers")."""
    following = tokens[i + 1]
    opens = following.low in STIRRED_OPENERS or following.capitalised or _plural_noun(following)
    if tokens[i].capitalised or not following.is_word or not opens or following.low in ("it", "this", "that"):
        return None
    k = i - 1
    while k >= 0 and _between_speaker_and_cue(tokens[k]):
        k -= 1
    if k < 0 or not tokens[k].is_word or tokens[k].low in STATE_LEADS:
        return None
    stirred = _speaker_after(tokens, i + 1)
    if stirred is None and i + 3 < len(tokens) and tokens[i + 2].low == "of":
        whole = _speaker_after(tokens, i + 3)  # "has startled some of the conservative world's leaders"
        stirred = (i + 1, whole[1]) if whole is not None else None
    if stirred is None or stirred[1] < len(tokens) and tokens[stirred[1]].low in ("that", "by"):
        # "Clinton reassured them that everyone would come together": a telling; "Ryan stunned Republicans by
        # withholding his endorsement": the act after "by" is what is reported.
        return None
    if tokens[k].low in RELATIVES | {"that", "what"}:
        subject: tuple[int, int] | None = (k, k + 1)  # "fumbles by the Clinton camp that rattled supporters"
    else:
        subject = _clause_subject(tokens, k)
    if subject is None or subject[0] > 0 and tokens[subject[0] - 1].low in PHRASE_LINKS | INNER_PREPOSITIONS | {","}:
        # "Mr. Trump's pointed critique of President Bush's performance on terrorism has startled ...": the whole
        # noun phrase from the clause's start, when no verb stands in it.
        start = _main_clause_start(tokens, k)
        inside = tokens[start : k + 1]
        if k - start > MAX_STIRRING_TOKENS or _time_word(tokens[k]) or tokens[k].low in TIME_WORDS:
            return None  # "House Speaker Paul Ryan, who just a week ago surprised Trump": a clause, not a phrase
        if any(
            t.low in FINITE_AUX | RELATIVES or _is_reporting_verb(t.low) or t.text in STIRRING_BREAKS for t in inside
        ):
            return None
        subject = (start, k + 1)
    return _Candidate("passive", (i, i + 1), stirred, subject[0], claim_from=subject[1])


def _plural_noun(token: _Token) -> bool:
    low = token.low
    return low.endswith("s") and not low.endswith("ss") and low not in STOP and not token.possessive and len(low) > 3


def _passive_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """A participle of stance with its agent: the agent holds the stance, its subject is what it is about."""
    token = tokens[i]
    if token.capitalised or not token.low.endswith("ed"):
        return None
    agent = _speaker_after(tokens, i + 2)
    # "by saying ...", "by 2030", "by telephone": a means or a time, not an agent.
    if agent is None or tokens[i + 2].low.endswith("ing") or tokens[i + 2].text[0].isdigit():
        return None
    subject = _patient_before(tokens, i)
    if subject is None:
        return None
    return _Candidate("passive", (i, i + 1), agent, subject[0], lemma=_passive_lemma(token), claim_from=subject[1])


def _giver_phrase(tokens: list[_Token], first: int) -> tuple[int, int] | None:
    """ "support from roughly six in 10 Democrats", "the endorsement of most of the state's big unions": the givers'
    words up to the clause's next mark, when no name or simple noun phrase stands there."""
    end = first
    while end < len(tokens) and end - first < MAX_SPEAKER_TOKENS and (tokens[end].is_word or tokens[end].text in "’'%"):
        if tokens[end].low in RELATIVES | SUBORDINATORS | {"that", "and", "but", "to"} and end > first:
            break
        end += 1
    return (first, end) if end > first and any(tokens[k].is_word for k in range(first, end)) else None


def _given_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Marine Le Pen voiced support for U.S. Republican presidential candidate Donald Trump", "he also withheld
    support from McCain and Ayotte": the subject holds the stance; what follows the preposition is what it is about.
    Doubts are raised, shots taken and issue taken the same way ("the news organization raised questions about whether
    Lewandowski had ...", "Clinton took some shots at Sanders", "Mr. Sanders took issue with recent criticism")."""
    if tokens[i].low in LIGHT_VERB_STANCES:
        verbs, prepositions = LIGHT_VERB_STANCES[tokens[i].low]  # "Mr. Sanders took issue with recent criticism"
    elif tokens[i].low in TAKEN_AIMS:
        verbs, prepositions = TAKING_VERBS, AIM_PREPOSITIONS  # "Clinton took some shots at Sanders"
    elif tokens[i].low in RAISED_DOUBTS:
        verbs, prepositions = DOUBTING_VERBS, DOUBT_PREPOSITIONS
    else:
        verbs, prepositions = GIVING_VERBS, STANCE_OBJECT_PREPOSITIONS
    after = i + 1
    if after + 1 >= len(tokens) or tokens[after].low not in prepositions or not tokens[after + 1].is_word:
        return None
    k = i - 1
    while (
        k >= 0
        and i - 1 - k < MAX_STANCE_MODIFIERS
        and (
            tokens[k].low in DETERMINERS
            or tokens[k].is_word
            and not tokens[k].capitalised
            and tokens[k].low not in STOP
        )
        and tokens[k].low not in verbs
    ):
        k -= 1
    if k < 1 or tokens[k].low not in verbs:
        return None
    verb = k
    k -= 1
    while k >= 0 and _between_speaker_and_cue(tokens[k]):
        if tokens[k].low in NEGATIONS or tokens[k].low.endswith(("n’t", "n't")):
            return None
        k -= 1
    if k >= 0 and tokens[k].low in PASSIVE_AUX | {"to"}:
        return None  # "was given support", "to give support to": the giver is elsewhere
    if tokens[verb].low.endswith("ing") and k >= 0 and (tokens[k].text == "," or tokens[k].text in CLOSING_QUOTES):
        # "Hundreds of pro-Sanders demonstrators marched ..., chanting “...,” raising fresh questions about ...": the
        # main clause's subject.
        subject = _subject_at(tokens, _main_clause_start(tokens, verb), k)
        if subject is None:
            return None
        claim_from = after if tokens[after].low in CLAUSE_QUESTIONS | {"that"} else after + 1
        return _Candidate("nominal", (verb, claim_from), subject, verb, claim_from=claim_from)
    subject = _clause_subject(tokens, k)
    if subject is not None and subject[0] > 1 and tokens[subject[0] - 1].low in PLACING_LINKS:
        subject = _placed_subject(tokens, verb, k) or subject
    if subject is None or subject[0] > 0 and tokens[subject[0] - 1].low in PHRASE_LINKS | GIVER_PREPOSITIONS:
        return None
    if subject[0] > 0 and tokens[subject[0] - 1].low in UNREAL_LEADS:
        return None  # "until he throws his support to Clinton": not given yet
    start = _main_clause_start(tokens, verb)
    if subject[0] < start < k:
        # "PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le Pen, voiced ...": the
        # subject starts after the dateline.
        subject = (start, k if tokens[k].text == "," else subject[1])
    claim_from = after if tokens[after].low in CLAUSE_QUESTIONS | {"that"} else after + 1
    return _Candidate("nominal", (verb, claim_from), subject, subject[0], claim_from=claim_from)


# Prepositions that place the subject's people ("House members in competitive races voiced concerns about ...").
PLACING_LINKS = word_set("in from at")


def _placed_subject(tokens: list[_Token], verb: int, k: int) -> tuple[int, int] | None:
    """The whole subject from the clause's start to ``k`` when it is a noun phrase placed by a preposition ("House
    members in competitive races"), with no verb in it. Measured: train 200-688 hits +1, preds +1; train 0-199
    unchanged (with received stances too: nothing more)."""
    start = _main_clause_start(tokens, verb)
    first = tokens[start]
    if start >= k or not (first.capitalised or first.low in DETERMINERS or first.low in QUANTITIES):
        return None
    inside = tokens[start : k + 1]
    if any(not t.is_word and t.text not in ".’'" or _main_verb(t) or _is_reporting_verb(t.low) for t in inside):
        return None
    return start, k + 1


def _clause_subject(tokens: list[_Token], last: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``last``, without a verb of saying or thinking before it ("Bobby Franklin thinks
    Mr. Trump will pick up support among tech people": the subject is Mr. Trump)."""
    subject = _speaker_before(tokens, last)
    if subject is None:
        return None
    verbs = [j for j in range(*subject) if tokens[j].low in CUE_LEMMAS or tokens[j].low in ATTITUDE_LEMMAS]
    return (verbs[-1] + 1, subject[1]) if verbs and verbs[-1] + 1 < subject[1] else None if verbs else subject


def _received_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Mr. Cruz won the endorsement of Bob Vander Plaats", "The statement quickly drew sharp criticism from both
    sides": whoever gives the stance holds it, and what it is about is the subject that gets it."""
    after = i + 1
    if tokens[i].low not in RECEIVED_STANCES or after + 1 >= len(tokens) or tokens[after].low not in GIVER_PREPOSITIONS:
        return None
    agent = _speaker_after(tokens, after + 1)
    giver = _giver_phrase(tokens, after + 1)
    if agent is None or giver is not None and _counts(tokens[agent[1] - 1]) and giver[1] > agent[1]:
        agent = giver  # "the backing of 33% of national Republican primary voters"
    if agent is None or tokens[agent[1] - 1].low in QUANTITIES or _counts(tokens[agent[1] - 1]):
        return None  # "the backing of 64 percent", "won the support of millions": a share, not who gives it
    k = i - 1
    while (
        k >= 0
        and i - 1 - k < MAX_STANCE_MODIFIERS
        and (
            tokens[k].low in DETERMINERS - POSSESSIVE_PRONOUNS
            or tokens[k].is_word
            and not tokens[k].capitalised
            and tokens[k].low not in STOP | RECEIVING_VERBS | {"up"}
        )
    ):
        k -= 1
    if k >= 2 and tokens[k].low == "up" and tokens[k - 1].low in PICKING:
        k -= 1  # "Cruz also picked up an endorsement from a onetime Republican opponent"
    elif k < 1 or tokens[k].low not in RECEIVING_VERBS:
        return None
    verb = k
    then = tokens[verb + 1].low
    participle = then.endswith(("ed", "en")) or then in IRREGULAR_PAST or then in ATTITUDE_LEMMAS or then in CUE_LEMMAS
    if tokens[verb].low in HAVING and participle and verb + 1 != i:
        return None  # "has welcomed support from", "have sought support from": "have" is the auxiliary
    k -= 1
    progressive = tokens[verb].low.endswith("ing")
    while k >= 0 and (_between_speaker_and_cue(tokens[k]) or progressive and tokens[k].low in PROGRESSIVE_AUX):
        # "the ethanol program is facing criticism from many environmentalists": the progressive's "is".
        if tokens[k].low in NEGATIONS or tokens[k].low.endswith(("n’t", "n't")):
            return None  # "hadn’t received a single endorsement from": nothing was given
        k -= 1
    if k >= 1 and tokens[k].low == "to":
        if tokens[k - 1].low not in CONTINUATIVE:
            return None  # "its efforts to win the support of ...": a goal, not a stance held
        k -= 2  # "Bernie Sanders continues to draw support among union members"
        while k >= 0 and _between_speaker_and_cue(tokens[k]):
            k -= 1
    subject = _clause_subject(tokens, k)
    if subject is None or subject[0] > 0 and tokens[subject[0] - 1].low in PHRASE_LINKS | GIVER_PREPOSITIONS:
        return None  # "comments on everything from Muslims to ... relations with Russia have drawn ...": a part
    # "Mrs. Clinton, a former senator from New York, received support from ...": the aside describes what gets it.
    end = k if tokens[k].text == "," and subject[1] < k else subject[1]
    return _Candidate("passive", (verb, after + 1), agent, subject[0], lemma="support", claim_from=end)


def _passive_lemma(token: _Token) -> str | None:
    return CUE_LEMMAS.get(token.low) or ATTITUDE_LEMMAS.get(token.low)


def _patient_before(tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """What the participle at ``i`` is said of: the subject before "was (first) reported", the noun phrase
    before ", opposed by" or "a call echoed by"; as token indexes (first, end)."""
    k = i - 1
    while k >= 0 and (_is_adverb(tokens[k]) or tokens[k].low in ("first", "also", "later", "widely")):
        k -= 1
    if k < 0:
        return None
    end = k + 1
    if tokens[k].low in PASSIVE_AUX:
        while k >= 0 and (
            tokens[k].low in PASSIVE_AUX | MODALS | {"has", "have", "had", "not"} or _is_adverb(tokens[k])
        ):
            k -= 1
        end = k + 1
        if k >= 0 and tokens[k].low in RELATIVES | {"that"}:
            return k, end  # "who was nominated by ...": the relative stands for it
    elif tokens[k].text == ",":
        end = k
        k -= 1
    first = _noun_phrase_start(tokens, end)
    return (first, end) if first is not None else None


def _noun_phrase_start(tokens: list[_Token], end: int) -> int | None:
    """Where the noun phrase ending before ``end`` starts, back to its determiner or the clause's edge."""
    k = end - 1
    first = None
    while k >= 0 and end - k <= MAX_PATIENT_TOKENS:
        t = tokens[k]
        if t.low in DETERMINERS and t.low not in POSSESSIVE_PRONOUNS:
            return k
        if t.low == "of" and first is not None and k > 0 and tokens[k - 1].is_word:
            k -= 1  # "Tinder's ban of Ms. Gedrich"
            continue
        if t.text == "." and k > 0 and (tokens[k - 1].low in TITLE_ABBREVIATIONS or _initial(tokens[k - 1])):
            k -= 1
            continue
        if not t.is_word or t.low in STOP and t.low not in POSSESSIVE_PRONOUNS or _main_verb(t) and first is not None:
            break
        if _cue_verb(t) or t.low in FINITE_AUX:
            break
        first = k
        k -= 1
    return first
