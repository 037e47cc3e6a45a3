"""Who speaks: the subject before a cue, the speaker after one, and whom a pronoun stands for."""

from __future__ import annotations

from ..cues import CUE_LEMMAS, PHRASAL_ONLY, SOURCE_DOCUMENTS
from ..sentences import TITLE_ABBREVIATIONS
from ..wordlists import word_set
from .lexicon import (
    _DOTTED,
    AGO_COUNTS,
    BETWEEN,
    CLOSE_LINKS,
    CLOSING_QUOTES,
    CONCESSIVE_ADVERBS,
    COORDINATED_PRONOUNS,
    COUNT_LEADS,
    COUNT_OPENERS,
    DEMONSTRATIVES,
    DESCRIBED_SPEAKERS,
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FINITE_AUX,
    FOCUS_WORDS,
    GENDER_OF_PRONOUN,
    GROUP_NOUNS,
    IRREGULAR_PAST,
    IRREGULAR_PLURALS,
    LINKING_OPENERS,
    LY_NOUNS,
    MALE_NAMES,
    MALE_WORDS,
    MAX_ASIDE_TOKENS,
    MAX_CLAIM_TOKENS,
    MAX_SPEAKER_TOKENS,
    MAX_TAIL_TOKENS,
    MAX_TITLE_WORDS,
    MEMBER_NOUNS,
    MODALS,
    MONTHS,
    NAME_LINKS,
    NOT_HOLDERS,
    NOT_PARTICIPLES,
    NUMBER_WORDS,
    OBJECTS,
    OPENING_PREPOSITIONS,
    ORGANISATION_WORDS,
    PASSIVE_AUX,
    PERSON_PRONOUNS,
    PERSON_WORDS,
    PHRASE_LINKS,
    PLACING_PHRASE,
    PLURAL_HEADS,
    POLLED,
    POSSESSIVE_PRONOUNS,
    PRONOUN_OF_POSSESSIVE,
    PRONOUNS,
    PUT_TO_PARTICIPLES,
    QUANTIFIER_PRONOUNS,
    QUANTITIES,
    QUANTITY_NOUNS,
    QUOTES,
    RELATIVES,
    SENTENCE_END,
    SENTENCE_OPENERS,
    SPEAKER_NOUNS,
    STOP,
    SUBJECT_LEADS,
    SUBJECT_TRAILERS,
    SUBORDINATORS,
    TIME_WORDS,
    TITLE_SMALL_WORDS,
    VENUE_PREPOSITIONS,
    VERB_PARTICLES,
    WEEKDAYS,
)
from .tokens import _Token


def _skip_subject_trailer(tokens: list[_Token], before: int) -> int:
    """Step back over a word that trails the subject ("Cruz himself said"), then any auxiliary before it."""
    if before < 1 or not tokens[before - 1].is_word or _not_a_name(tokens[before - 1]):
        return before
    low = tokens[before].low
    # "Polls there show", "Republicans there said": the place of a plural subject, not an existential "there".
    placed = low == "there" and _plural_word(tokens[before - 1])
    if low in SUBJECT_TRAILERS or placed or low in POLLED and tokens[before - 1].low not in PASSIVE_AUX | DETERMINERS:
        before -= 1
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    return before


def _unmarked_plural(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """ "the women say"; "people close to Clinton say", "aides familiar with the talks say": the head is before."""
    close = next((k for k in range(*speaker) if tokens[k].low in CLOSE_LINKS), None)
    if close is not None and close > speaker[0]:
        head = tokens[close - 1]
        return head.low in PLURAL_HEADS or head.low.endswith("s") and not head.possessive
    # "Data show that ...", "official data suggest": a Latin plural without its -s.
    return tokens[speaker[1] - 1].low in PLURAL_HEADS | LATIN_PLURALS


def _subject_and_apposition(tokens: list[_Token], comma: int) -> bool:
    """Whether the words before the comma are a subject and its apposition, not a claim that came first:
    a name and its description, which may hold a verb of its own ("Gov. John Kasich of Ohio, a Republican who
    has refused to endorse Mr. Trump, said ..."), or any subject with an apposition and no verb at all
    ("Authorities in North Rhine-Westphalia, the German state next to Belgium, announced ...")."""
    k = 1 if tokens and tokens[0].low in SENTENCE_OPENERS else 0
    name = k
    while k < comma and (tokens[k].capitalised or tokens[k].text in "-." or tokens[k].low == "of" and k > name):
        k += 1
    described = name < k < comma and tokens[k].text == "," and tokens[k - 1].capitalised
    if described and (tokens[k + 1].low in ("a", "an", "the") or tokens[k + 1].low in POSSESSIVE_PRONOUNS):
        return True
    if tokens[comma].text != "," or comma < 3:
        return False
    opening = tokens[:comma]
    if any(_main_verb(t) and t.low != "to" or t.low in IRREGULAR_PAST | BETWEEN or t.text in QUOTES for t in opening):
        return False
    return any(t.text == "," and opening[j + 1].low in ("a", "an", "the") for j, t in enumerate(opening[:-1]))


def _noun_phrase_ending(tokens: list[_Token], last: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``last``, back to its determiner: "passed out [water bottles] that said"."""
    k = last
    while k >= 0 and tokens[k].is_word and not _main_verb(tokens[k]):
        if tokens[k].low in DETERMINERS:
            return k, last + 1
        if tokens[k].low in STOP or tokens[k].low in VERB_PARTICLES:
            break  # "passed out": a verb's particle, not part of the noun phrase
        k -= 1
    return (k + 1, last + 1) if k < last else None


def _skip_date(tokens: list[_Token], last: int) -> int:
    """ "The company and its co-founder in 2009 agreed", "When Fiorina a month later announced": step back over
    a year or a span of time counted back from now."""
    if last < 2:
        return last
    t = tokens[last]
    if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20") and tokens[last - 1].low in ("in", "since"):
        k = last - 2
    elif _time_word(t) and last + 1 < len(tokens) and tokens[last + 1].low in ("later", "earlier", "ago"):
        k = last - 1  # "later" itself was stepped over with the adverbs
        if not (tokens[k].low in ("a", "an") or _counts(tokens[k])):
            return last
        k -= 1
    else:
        return last
    while k >= 0 and _between_speaker_and_cue(tokens[k]):
        k -= 1
    return k if k >= 0 and tokens[k].is_word else last


def _subject_before_placing(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "Jeb Bush in a Medium post said", "Gore's close friends and allies have in the past said": the noun
    phrase after the preposition says where or when; the subject that opens the clause speaks."""
    first = speaker[0]
    if first < 2 or tokens[first - 1].low not in PLACING_PHRASE or speaker[1] - first > 5:
        return speaker
    k = first - 2
    while k >= 0 and tokens[k].low in BETWEEN and tokens[k].low not in STOP - BETWEEN and not _not_a_verb(tokens, k):
        k -= 1  # "have in the past said"
    subject = _speaker_before(tokens, k) if k >= 0 else None
    if subject is None or tokens[subject[0]].low in ("who", "which"):
        return speaker
    opens = subject[0] == 0 or _opens_subject(tokens, subject[0] - 1) or tokens[subject[0] - 1].low in ("that", "when")
    # A person named, not a group that the phrase places ("Democrats on the House Judiciary Committee", "One in three").
    head = tokens[subject[1] - 1]
    named = head.capitalised and not head.low.endswith("s") and not _counts(head) or head.low in PERSON_PRONOUNS
    if not opens or _counts(tokens[first]) or _counts(head):
        return speaker
    # "Democrats on the House Judiciary Committee said": a group that the phrase places; the whole is the speaker.
    return subject if named else (subject[0], speaker[1])


# Quantifiers that take a verb of either number ("none has said", "neither said", "each says").
EITHER_NUMBER = word_set("none neither each")


def _quantifier_subject(tokens: list[_Token], before: int, cue: int) -> tuple[int, int] | None:
    """ "Several said they would rather ...", "42% say they are liberal": a quantifier or a share that
    opens its clause is the subject, not a determiner of the cue word."""
    if before < 0:
        return None
    word = tokens[before]
    if word.text == "%" and before >= 1 and tokens[before - 1].text[0].isdigit():
        return before - 1, before + 1
    if word.low in EITHER_NUMBER and (before == 0 or _opens_subject(tokens, before - 1)):
        return before, before + 1
    if word.low not in QUANTIFIER_PRONOUNS or before > 0 and not _opens_subject(tokens, before - 1):
        return None
    verb = tokens[cue].low
    past = verb.endswith("ed") or verb in IRREGULAR_PAST
    if word.low == "another":
        return (before, before + 1) if past or verb.endswith("s") else None
    return (before, before + 1) if past or not verb.endswith("s") else None


def _opening_noun_phrase(tokens: list[_Token], before: int) -> tuple[int, int] | None:
    """ "Organizers of the push to boycott Trump's AIPAC speech said", "The Democratic presidential
    front-runner and former secretary of state said": a long description that opens the sentence,
    built of nouns and prepositions only, is the subject."""
    first = 1 if tokens and tokens[0].low in SENTENCE_OPENERS else 0
    if before - first < 3 or before - first > 2 * MAX_SPEAKER_TOKENS or not tokens[before].is_word:
        return None
    head = tokens[first]
    plural = head.capitalised and head.low.endswith("s") and head.is_word and head.low.isalpha()
    if not (head.low in ("the", "a", "an") or plural and head.low not in STOP):
        return None  # "That’s according to ...": no noun opens the sentence
    for k in range(first + 1, before + 1):
        t = tokens[k]
        if t.text in "’'-.":
            continue
        if t.low in PHRASE_LINKS:
            continue
        if not t.is_word or t.low in STOP or _main_verb(t) or _is_reporting_verb(t.low):
            return None
        inflected = t.low.endswith("s") and not t.capitalised and t.low not in QUANTITIES and not t.possessive
        if inflected and k != before:
            return None  # "The plan says ...": a verb in -s inside, not a noun phrase
    return first, before + 1


def _relative_subject(tokens: list[_Token], before: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "many diehard Sanders supporters who came to Philadelphia to protest this week's convention say":
    a subject that a relative clause describes, up to the verb. The head noun and the whole subject."""
    # "who asked not to be named said", "who worshiped here said": a passive or a place ends the relative clause.
    ends_clause = before > 0 and (tokens[before - 1].low in ("be", "been") or tokens[before].low in ("here", "there"))
    if (
        before < 0
        or tokens[before].low in PRONOUNS
        or _not_a_name(tokens[before])
        and tokens[before].low not in OBJECTS
        and not ends_clause
    ):
        return None  # "... say they assume ...": the cue has a subject of its own
    for k in range(before - 1, max(0, before - MAX_TAIL_TOKENS - 3), -1):
        t = tokens[k]
        if not t.is_word:
            return None
        if t.low in ("who", "that"):
            verb = tokens[k + 1]
            # "a state that she hoped to carry", "a charge that Colorado Republican leaders denied": the
            # relative is the object, and the cue has a subject of its own.
            # "A White House official who spoke anonymously ... said": a cue word is the relative's own verb.
            function_word = _not_a_name(verb) and verb.low not in CUE_LEMMAS
            subject = k + 1 >= before or verb.capitalised or verb.low in PRONOUNS | DETERMINERS or function_word
            if subject and verb.low not in BETWEEN | PASSIVE_AUX and not _between_speaker_and_cue(verb):
                return None
            if t.low == "who" and k >= 1 and tokens[k - 1].low == "and":
                continue  # "Another Muslim who worshiped at the center and who didn't want to be named said"
            head = _speaker_before(tokens, k - 1)
            if head is None or head[1] != k or tokens[head[1] - 1].low in PRONOUNS | NOT_HOLDERS:
                return None
            lead = head[0] - 1
            if lead >= 0 and tokens[lead].low in FOCUS_WORDS and (lead == 0 or _opens_subject(tokens, lead - 1)):
                return head, (head[0], before + 1)  # "Even Republicans who have praised his candidacy warned"
            if head[0] > 0 and tokens[head[0] - 1].text == "," and _ends_opening_clause(tokens, head[0] - 1):
                # "Although there is no such overlap, a White House official who spoke anonymously ... said":
                # after an opening clause, the main clause's subject.
                return head, (head[0], before + 1)
            if head[0] > 0 and (tokens[head[0] - 1].text == "," or not _opens_subject(tokens, head[0] - 1)):
                return None  # "..., Florida who were voting ...": a name after a comma is an apposition
            return head, (head[0], before + 1)
    return None


def _ends_opening_clause(tokens: list[_Token], comma: int) -> bool:
    """Whether ``comma`` closes the clause or phrase that opens the sentence ("Although there is no such overlap,",
    "In Iowa,"), the first comma of a sentence that opens with a subordinator or preposition, so that a
    determiner after it opens the main clause's subject."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].low not in DETERMINERS:
        return False
    k = 0
    while k < comma and (tokens[k].low in SENTENCE_OPENERS or not tokens[k].is_word):
        k += 1
    if k >= comma or tokens[k].low not in SUBORDINATORS | OPENING_PREPOSITIONS:
        return False
    return not any(t.text in (",", ";", ":") or t.text in QUOTES for t in tokens[k:comma])


def _participle_subject(
    tokens: list[_Token], before: int, past: bool = False
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Democrats trying to regain control of the Senate in November say": a subject that a participle
    describes, up to the verb. The head noun and the whole subject, as for a relative clause. With ``past``, a
    past participle before a place may describe it too ("veterans interviewed at Trump rallies")."""
    if before < 2 or not tokens[before].is_word or tokens[before].low in PRONOUNS or _not_a_name(tokens[before]):
        return None
    for k in range(before - 1, max(0, before - MAX_TAIL_TOKENS - 3), -1):
        t = tokens[k]
        if not t.is_word or _is_reporting_verb(t.low) or t.low in RELATIVES | {"that"}:
            return None
        described = past and _described_by_past(tokens, k)
        if _main_verb(t) and t.low != "to" and not described:
            return None  # "Voters who backed ... were ...": a verb of its own
        if not (_participle(t) or described):
            continue
        head = _speaker_before(tokens, k - 1)
        if head is None or head[1] != k or tokens[head[0]].low in PRONOUNS | NOT_HOLDERS:
            return None
        noun = tokens[k - 1]
        if not (noun.capitalised or noun.low in PLURAL_HEADS or noun.low.endswith("s") and not noun.possessive):
            return None  # "the campaign trying ...": a singular head is as likely the object of a verb before
        if head[0] > 0 and not _opens_subject(tokens, head[0] - 1):
            return None
        return head, (head[0], before + 1)
    return None


# Prepositions after a past participle that describes the people before it ("veterans interviewed at rallies").
PARTICIPLE_PLACES = word_set("at in by on from across during after")


def _described_by_past(tokens: list[_Token], k: int) -> bool:
    """ "numerous military veterans interviewed at Trump rallies ... said": a past participle after people, then a
    place or an agent, describes them; it is not the sentence's verb."""
    t = tokens[k]
    if k < 1 or k + 1 >= len(tokens) or t.capitalised or not t.low.endswith("ed") or t.low in STOP:
        return False
    return tokens[k + 1].low in PARTICIPLE_PLACES and (_people(tokens[k - 1]) or _plural_word(tokens[k - 1]))


def _opens_subject(tokens: list[_Token], k: int) -> bool:
    """Whether a subject may start after token ``k``: a clause boundary or a sentence opener."""
    t = tokens[k]
    return t.low in SUBJECT_LEADS or t.low in SENTENCE_OPENERS and all(not u.is_word for u in tokens[:k])


def _named_before_comma(tokens: list[_Token], comma: int) -> tuple[int, int] | None:
    """The speaker, when the whole clause before ``comma`` is a name ("Separately, resident Andrew Tada,")."""
    start = comma - 1
    while start > 0 and tokens[start - 1].text != ",":
        start -= 1
    if start == 0 and tokens[0].low in SENTENCE_OPENERS:
        return None
    speaker = _speaker_before(tokens, comma - 1)
    # "Sen. Jack Reed (D-R.I.), said after a lunch ...": a party tag ends the name.
    named = tokens[comma - 1].capitalised or tokens[comma - 1].text == ")"
    if speaker is None or speaker[0] != start or not named or speaker[1] - start < 2:
        return None
    opener = tokens[0].low.endswith("ly") or tokens[0].low in SENTENCE_OPENERS  # "Separately,", "Meanwhile,"
    if start > 0 and not (start == 2 and opener):
        return None  # "..., the Kremlin's envoy, said": an aside after an earlier clause
    return speaker


def _whole_subject(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "A senior United States military official with knowledge of the targets attacked by the
    Jordanians said": the subject is the official, whose description ends in another name."""
    first = speaker[0]
    if first < 2 or tokens[first - 1].low not in ("of", "with", "by", "for", "from", "at", "in"):
        return speaker
    head = tokens[:first]
    if head[0].low not in ("a", "an", "the") or first > MAX_CLAIM_TOKENS // 6:
        return speaker
    if any(not t.is_word and t.text not in "-’'." for t in head):
        return speaker  # a clause or an aside before the speaker, not one long noun phrase
    if not any(_person_word(t) or t.low in ORGANISATION_WORDS for t in head):
        return speaker
    return 0, speaker[1]


def _named_before_appositive(tokens: list[_Token], comma: int) -> tuple[int, int] | None:
    """ "Todd Wilcox, a combat veteran and former CIA officer, wants more opportunities ...": the
    subject that opens the sentence, named before a description of it."""
    if comma < 3 or tokens[comma].text != ",":
        return None
    speaker = _speaker_before(tokens, comma)
    if speaker is None or speaker[0] != 0 or not tokens[speaker[1] - 1].capitalised:
        return None
    return speaker


def _plural_word(token: _Token) -> bool:
    """ "officials", "Democrats", "few", "women": a word that names more than one."""
    low = token.low
    if low in IRREGULAR_PLURALS or low in QUANTIFIER_PRONOUNS - {"another"} or low in QUANTITIES:
        return True
    if _counts(token):
        return low not in ("1", "one")  # "8 in 10 in Alabama support ..."
    return low.endswith("s") and not low.endswith("ss") and not token.possessive and low not in STOP and len(low) > 3


def _contracted_subject(token: _Token, progressive: bool = True) -> bool:
    """A third person with its auxiliary: "he’s (saying)", "they’re (saying)", "they’ve (said)".

    "I’m telling you" is a quotation's own voice; "it’s written" a passive.
    """
    head, apostrophe, rest = token.low.replace("'", "’").rpartition("’")
    if not apostrophe or head not in ("he", "she", "they", "who"):  # "superdelegates who’ve already said"
        return False
    return rest in ("s", "re") if progressive else rest in ("ve", "d", "ll")


def _bare_subject(tokens: list[_Token], k: int) -> bool:
    """A noun phrase without a determiner at ``k`` that a finite verb soon follows: the subject of a clause."""
    first = tokens[k]
    if first.low in STOP or first.low.endswith(("ed", "ly")) or _not_a_name(first) and not first.possessive:
        return False
    for t in tokens[k + 1 : k + 6]:
        if not t.is_word:
            return False
        if t.low in FINITE_AUX:
            return True
        if t.low in STOP:
            return False
    return False


def _title_case(tokens: list[_Token]) -> bool:
    """A headline in title case ("Hillary Clinton Says EgyptAir Crash Seems Like ...")."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return len(words) >= 4 and sum(t.capitalised for t in words) >= 0.8 * len(words)


def _owner_marker(token: _Token) -> bool:
    return token.possessive or token.low in POSSESSIVE_PRONOUNS


def _speaker_before(tokens: list[_Token], last: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``last``, walking back."""
    if last < 0:
        return None
    if tokens[last].text in (",", "—", "–"):
        return _speaker_before_aside(tokens, last)
    if tokens[last].text in CLOSING_QUOTES and last > 1 and tokens[last - 1].text == ",":
        # "Humphrey, who calls Trump a “sociopath,” said ...": a relative clause that ends in a quotation;
        # "Trump, the ... star of the reality TV show "The Apprentice," said": an aside that ends in a title.
        comma = next((k for k in range(last - 2, max(0, last - MAX_ASIDE_TOKENS), -1) if tokens[k].text == ","), None)
        relative = comma is not None and tokens[comma + 1].low in ("who", "whose", "which")
        titled = comma is not None and _quoted_title(tokens, last, last + 1)
        # "Mr. Manafort, citing ''the unique magic of Trump,'' said ...": a participle's aside.
        participle = comma is not None and comma > 0 and _participle(tokens[comma + 1]) and tokens[comma - 1].is_word
        return _speaker_before_aside(tokens, last - 1) if relative or titled or participle else None
    if tokens[last].low in OBJECTS and last >= 2 and tokens[last - 1].low == "of":
        count = tokens[last - 2]
        if count.low in QUANTITIES | QUANTIFIER_PRONOUNS or _counts(count) or _fraction(count):
            return last - 2, last + 1  # "most of them said", "two of them say"
        return None
    close = next(
        (k for k in range(last - 1, max(0, last - 5), -1) if CLOSE_LINKS.get(tokens[k].low) == tokens[k + 1].low), None
    )
    if close is not None and close + 2 <= last:
        # "a source close to him said", "People close to Clinton say": the person, then whom they are close to.
        person = _speaker_before(tokens, close - 1)
        if person is None and (tokens[close - 1].low in PLURAL_HEADS or _person_noun(tokens[close - 1].low)):
            person = close - 1, close  # "people close to the vice president said"
        return (person[0], last + 1) if person is not None and person[1] == close else None
    described = next(
        (
            k
            for k in range(last - 1, max(0, last - 6), -1)
            if tokens[k].low in DESCRIBED_SPEAKERS and tokens[k + 1].low in VENUE_PREPOSITIONS | {"by"}
        ),
        None,
    )
    if described is not None and described + 2 <= last and all(t.is_word for t in tokens[described + 1 : last + 1]):
        # "Voters interviewed at the rally said", "officials briefed on the plan say": the people, then a
        # participle that says where or by whom they were reached.
        person = _speaker_before(tokens, described - 1)
        if person is None and (tokens[described - 1].low in PLURAL_HEADS or _person_noun(tokens[described - 1].low)):
            person = described - 1, described
        if person is not None and person[1] == described:
            return person[0], last + 1
    end = last + 1
    if tokens[last].text == ")":
        # "Governor Mary Fallin (R-OK) said": a party tag belongs to the name before it.
        opener = next((k for k in range(last - 1, max(-1, last - 6), -1) if tokens[k].text == "("), None)
        if opener is None:
            # "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says": a
            # longer description in brackets, after a name.
            opener = next(
                (k for k in range(last - 1, max(-1, last - MAX_ASIDE_TOKENS), -1) if tokens[k].text in "()"), None
            )
            inside = tokens[opener + 1 : last] if opener is not None else []
            plain = all(t.is_word or t.text in ",.-’'" for t in inside)
            # "29 percent (and 43 percent of Republicans) said": a share, then another in brackets.
            named = opener is not None and (tokens[opener - 1].capitalised or tokens[opener - 1].low in QUANTITIES)
            if opener is None or tokens[opener].text != "(" or not plain or not named:
                return None
        if opener == 0:
            return None
        last = opener - 1
    if tokens[last].text == "." and last >= 2 and tokens[last - 1].low in ("jr", "sr") and tokens[last - 2].capitalised:
        last -= 1  # "His son Donald Jr. announced": the suffix ends the name
    elif tokens[last].text == "." and last >= 2 and _DOTTED.fullmatch(tokens[last - 1].text) is not None:
        # "the F.B.I. has said": the full stop belongs to the abbreviation; not a state after a place
        # ("of Chappaqua, N.Y., said"), whose town names the speaker.
        if tokens[last - 2].text == ",":
            return None
        last -= 1
    if not tokens[last].is_word:
        return None
    if tokens[last].low in PRONOUNS:
        return (last, last + 1) if end == last + 1 else None
    if tokens[last].low == "who" and last >= 1:
        return last, last + 1  # "Barkley, who said ...", "voters who said ...": resolved to the name before it
    if tokens[last].low == "which" and last >= 2 and tokens[last - 1].text == "," and tokens[last - 2].is_word:
        return last, last + 1  # "The union, which endorsed Hillary Clinton in November, is ...": an organisation
    # "water bottles that said, “...”", "a report that said the economy was growing": the thing that says it;
    # as PolNeAR marks it, the relative is the source.
    thing = tokens[last - 1] if last >= 2 else None
    noun = thing is not None and thing.is_word and not _not_a_name(thing) and not thing.possessive
    if tokens[last].low == "that" and noun and thing.low not in PRONOUNS:
        return last, last + 1
    # "reports", "statements": a cue's form, but as the head of a noun phrase a document that speaks.
    before = tokens[last - 1] if last > 0 else None
    document = tokens[last].low in SOURCE_DOCUMENTS and before is not None and before.is_word
    document = document and (
        not _not_a_name(before) and before.low not in PRONOUNS or before.low in DETERMINERS | NUMBER_WORDS
    )
    possessive = tokens[last].possessive and not _double_genitive(tokens, last)
    if _not_a_name(tokens[last]) and not document and not _modal_surname(tokens, last) or possessive:
        return None
    if _year(tokens[last]) and last >= 2 and tokens[last - 1].low in ("from", "in", "of") and end == last + 1:
        # "As another Pew study from 2011 noted": the year dates the noun before it.
        dated = _speaker_before(tokens, last - 2)
        if dated is not None and dated[1] == last - 1 and not tokens[dated[1] - 1].capitalised:
            return dated[0], end
    if tokens[last].text[0].isdigit() and last >= 2 and tokens[last - 1].low in ("over", "under") and end == last + 1:
        # "Those over 60 say", "voters under 30 said": an age that marks out a group.
        group = tokens[last - 2]
        if group.low == "those" or group.low.endswith("s") and _plausible_speaker(tokens, last - 2, last - 2):
            head = _speaker_before(tokens, last - 2) if group.low != "those" else (last - 2, last - 1)
            if head is not None and head[1] == last - 1:
                return head[0], end
    if _counts(tokens[last]) and last >= 2 and tokens[last - 1].low == "in" and _counts(tokens[last - 2]):
        return last - 2, end  # "Six in 10 say", "One in three said": a share, not the last number
    if tokens[last].text[0].isdigit():
        if last >= 3 and tokens[last - 1].low == "of" and tokens[last - 2].low == "out" and _counts(tokens[last - 3]):
            return last - 3, end  # "Nearly nine out of 10 say"
        # "..., and 43 said the same", not "leads by 271 pledged delegates".
        return (last, last + 1) if last == 0 or tokens[last - 1].low in COUNT_LEADS else None
    first = last
    k = last - 1
    while k >= 0 and last - k < MAX_SPEAKER_TOKENS:
        t = tokens[k]
        if t.low in NUMBER_WORDS and k >= 2 and tokens[k - 1].low == "in" and _counts(tokens[k - 2]):
            first = k - 2  # "one in four voters said"
            break
        if t.low in DETERMINERS or t.low in NUMBER_WORDS:
            first = k
            if k >= 2 and tokens[k - 1].low == "of" and tokens[k - 2].low in QUANTITIES:
                k -= 2  # "half of the villagers", "most of those polled": the count is the speaker
                continue
            if k >= 2 and _role_before(tokens, k - 1):
                k -= 2  # "a spokesman for the campaign"
                continue
            if k >= 2 and tokens[k - 1].low in FINDING_PREPOSITIONS and tokens[k - 2].low in FINDINGS:
                k -= 1  # "a study by the Council ... found": who made the study
                continue
            of_name = k >= 2 and tokens[k - 1].low == "of" and tokens[k].low == "the"
            if of_name and tokens[k - 2].capitalised and tokens[k - 2].is_word and not _not_a_name(tokens[k - 2]):
                k -= 2  # "the Council of the Great City Schools", "Secretary of the Treasury": one name
                continue
            if k >= 2 and tokens[k - 1].low == "of" and tokens[k - 2].low in NUMBER_WORDS:
                first = k - 2  # "One of the officials said", "two of his aides say"
            elif k >= 1 and tokens[k - 1].low in DETERMINERS and tokens[k].low in NUMBER_WORDS | {"other", "most"}:
                first = k - 1  # "The two senators said", "All three candidates", "The other side says"
            break
        if _role_before(tokens, k):
            k -= 1  # "aides to Clinton", "a spokeswoman for Sanders"
            continue
        if t.low in ("first", "only") and _ordinal_in_phrase(tokens, k):
            # "The first lady said", "her first husband says", "the only candidate said": an ordinal after a
            # determiner, not a time ("first said") or a focus ("only said").
            first = k
            k -= 1
            continue
        if t.low in FINDING_PREPOSITIONS and k > 0 and tokens[k - 1].low in FINDINGS:
            k -= 1  # "recent polls from Monmouth University show", "an analysis by Politifact showed": who made it
            continue
        if t.low in CHAINED_PREPOSITIONS and _role_chain(tokens, k):
            k -= 1  # "proponents of more controls on hate speech": a further phrase of the role's complement
            continue
        if _counts(t) and k >= 2 and tokens[k - 1].low == "in" and _counts(tokens[k - 2]):
            first = k - 2  # "7 in 10 Democrats said", "one in four voters say"
            break
        if t.text == "." and k > 0 and _abbreviated(tokens[k - 1]):
            k -= 1
            continue
        if (t.low in NAME_LINKS or t.text == "/") and k > 0 and tokens[k - 1].capitalised and tokens[k + 1].capitalised:
            k -= 1
            continue
        if t.low == "and" and k > 0 and _person_word(tokens[k - 1]) and first == k + 1:
            k -= 1  # "a military source and residents said": two speakers, one claim
            continue
        if t.low == "of" and k > 0 and tokens[k - 1].low in QUANTITIES | GROUP_NOUNS:
            k -= 1  # "72 percent of Democrats", "most of the voters", "a wide array of economists"
            continue
        plural = k > 0 and tokens[k - 1].low.endswith("s") and not tokens[k - 1].capitalised
        if t.low == "like" and plural and tokens[k + 1].capitalised and not _not_a_name(tokens[k - 1]):
            k -= 1  # "critics like Huffman say", "experts like Paul Bauman": the group, then an example
            continue
        if t.text in "’'" and k > 0 and tokens[k - 1].low.endswith("s") and tokens[k - 1].end == t.start:
            k -= 1  # "Bernie Sanders’ campaign": a possessive in -s’
            continue
        if t.text[0].isdigit() and k + 1 <= last and tokens[k + 1].low in QUANTITIES:
            first = k
            break
        if k < last and (t.low in WEEKDAYS or _time_word(t) and not t.capitalised) and tokens[k + 1].capitalised:
            break  # "On Sunday morning Mr. Trump said": the day sets the time, the name after it speaks
        if _year(t) and k > 0 and (tokens[k - 1].is_word and tokens[k - 1].low not in STOP - DETERMINERS):
            k -= 1  # "One influential 2009 paper found", "a 2014 study by ... concluded": the year dates the noun
            continue
        surname = _modal_surname(tokens, k)
        if not t.is_word or _not_a_name(t) and not surname or t.low in PRONOUNS or t.text[0].isdigit():
            break
        first = k
        k -= 1
    long_study = k >= 0 and k == first - 1 and last - k >= MAX_SPEAKER_TOKENS and tokens[k].low in ("a", "an", "the")
    if long_study and tokens[first].low in FINDINGS and tokens[first + 1].low in FINDING_PREPOSITIONS:
        first = k  # "a study by the Council of the Great City Schools": the article that opens a long name
    while tokens[first].text == "." or tokens[first].low in ("and", "of", "&", "-"):
        first += 1
    head = tokens[last]
    if first >= 1 and first == last and tokens[first - 1].low in DEMONSTRATIVES and not _time_word(head):
        # "That person said ...", "this official said", "This report says": someone or something named before;
        # not the conjunction in "and that polls show he remains ...".
        leads = first == 1 or tokens[first - 1].low == "this" and tokens[first - 2].low in SUBJECT_LEADS
        if leads and not head.low.endswith("s"):
            return first - 1, end
    if not _plausible_speaker(tokens, first, last):
        # "Indeed, critics of the plan say": the role heads the phrase, not the noun that ends it.
        role = next((j - 1 for j in range(first + 1, last) if _role_before(tokens, j)), None)
        if role is None or not _plausible_speaker(tokens, first, role) or not _people(tokens[role]):
            return None
    return _coordinated(tokens, (first, end))


def _ordinal_in_phrase(tokens: list[_Token], k: int) -> bool:
    """Whether "first" or "only" at ``k`` follows a determiner, maybe past an adjective ("the former first lady")."""
    j = k - 1
    if j > 0 and tokens[j].is_word and not tokens[j].capitalised and tokens[j].low not in STOP:
        j -= 1
    return j >= 0 and (tokens[j].low in DETERMINERS or tokens[j].possessive)


def _coordinated(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "she and her supporters never doubted", "The mayor and his aides said": two subjects, one claim.

    Only when the first opens a clause; "Trump won the primary and his aides said" joins two clauses."""
    first = speaker[0]
    if first < 2 or tokens[first - 1].low != "and" or not tokens[first - 2].is_word:
        return speaker
    k = first - 2
    if tokens[k].low in COORDINATED_PRONOUNS:
        start = k  # "Clinton said she and her supporters ...": a pronoun is a subject wherever it stands
        if start > 0 and not (_is_reporting_verb(tokens[k - 1].low) or _opens_subject(tokens, k - 1)):
            return speaker
        return start, speaker[1]
    if tokens[k].low in PRONOUNS:
        return speaker
    other = _speaker_before(tokens, k)
    if other is None or other[1] != first - 1 or tokens[other[0]].low in ("who", "which"):
        return speaker
    # A short description or a name, not a clause the walk back ran over ("23 percent favored Mr. Cruz").
    words = tokens[other[0] : other[1]]
    if len(words) > 4 or any(t.low.endswith("ed") and not t.capitalised or t.possessive for t in words):
        return speaker
    start = other[0]
    if start > 0 and not (_opens_subject(tokens, start - 1) or tokens[start - 1].low == "that"):
        return speaker
    return start, speaker[1]


def _person_noun(low: str) -> bool:
    """A role that names a person, singular or plural ("spokesman", "officials")."""
    return low in PERSON_WORDS or low.endswith("s") and low[:-1] in PERSON_WORDS


def _person_word(token: _Token) -> bool:
    return _person_noun(token.low) or token.low in SPEAKER_NOUNS


# Prepositions that may add a phrase to a role's complement ("critics of the plan in Congress").
CHAINED_PREPOSITIONS = word_set("on in about against over with from at")


def _role_chain(tokens: list[_Token], k: int) -> bool:
    """Whether the preposition at ``k`` goes on a role's complement: "proponents of more controls on hate speech
    here say", with only words, no verb, back to the role."""
    for j in range(k - 1, max(0, k - MAX_SPEAKER_TOKENS), -1):
        t = tokens[j]
        if not t.is_word or _main_verb(t) or t.low in PRONOUNS | RELATIVES or t.low in CUE_LEMMAS:
            return False
        if _role_before(tokens, j):
            return _people(tokens[j - 1])
    return False


# Plural nouns for people named by where they stand ("critics of the plan", "supporters of Mr. Sanders").
STANCE_PEOPLE = word_set("""
    critics proponents supporters opponents advocates backers friends members allies foes detractors defenders
    """)  # fmt: skip


def _people(token: _Token) -> bool:
    """ "critics", "officials", "Democrats": a word that names people, not things ("images", "payments")."""
    return _person_word(token) or token.low in STANCE_PEOPLE or token.capitalised and token.low.endswith("s")


def _double_genitive(tokens: list[_Token], last: int) -> bool:
    """ "Friends of Mr. Clinton's who have seen him ... say": a possessive after "of" and a role ends the phrase."""
    return any(tokens[j].low == "of" and _role_before(tokens, j) for j in range(last - 1, max(0, last - 4), -1))


def _role_before(tokens: list[_Token], k: int) -> bool:
    """ "to" or "for" after a role ("aides to Clinton", "spokesman for the campaign"): the role is the head."""
    if k < 1 or tokens[k].low not in ("to", "for", "of"):
        return False
    role = tokens[k - 1]
    if _person_noun(role.low):
        return True
    # "advocates for stem cell research", "critics of the plan": people named by what they stand for.
    plain = not role.capitalised or k == 1  # sentence-initial capital
    return role.low.endswith("s") and role.is_word and plain and not _not_a_name(role)


def _counts(token: _Token) -> bool:
    return token.text[0].isdigit() or token.low in NUMBER_WORDS


def _initial(token: _Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _abbreviated(token: _Token) -> bool:
    """A word whose full stop does not end a name: a title ("Sen."), an initial ("B.") or a dotted
    abbreviation ("the F.B.I. director, James B. Comey", "said the U.S. ambassador")."""
    return token.low in TITLE_ABBREVIATIONS or _initial(token) or _DOTTED.fullmatch(token.text) is not None


def _fraction(token: _Token) -> bool:
    """ "as many as three-fourths of them tell pollsters", "two-thirds of them say": a share of a group."""
    return "-" in token.low and token.low.endswith(("thirds", "fourths", "quarters", "fifths", "tenths"))


def _year(token: _Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _not_a_name(token: _Token) -> bool:
    """Function words, cue verbs and contractions ("he’s") are never part of a speaker."""
    if len(token.text) > 1 and token.text.isupper():
        return False  # an acronym ("US", "IT"), not the pronoun
    if token.low in STOP or token.low in CUE_LEMMAS:
        return True
    # The last apostrophe decides: "O’Malley’s" is a possessive name, "he’s" a contraction.
    head, apostrophe, rest = token.low.replace("'", "’").rpartition("’")
    # "O’Malley" and "D’Souza" are names; "don’t", "they’re", "we’ll" are contractions.
    return bool(apostrophe) and rest in ("t", "re", "ve", "ll", "d", "m") or head in PRONOUNS


def _modal_surname(tokens: list[_Token], k: int) -> bool:
    """ "Theresa May", "Yin Myint May": a capitalised "May" after a given name is a surname, not the modal."""
    before = tokens[k - 1] if k > 0 else None
    return (
        tokens[k].text == "May"
        and before is not None
        and before.capitalised
        and before.is_word
        and not (before.low in STOP or _time_word(before))
    )


def _skip_time_phrase(tokens: list[_Token], last: int) -> int:
    """ "The congressman over the weekend joked", "DHS on Wednesday disputed": step back over the time."""
    if last < 1:
        return last
    # "Mr. Ryan has long said that he will support the party's nominee": "long" after an auxiliary is a time.
    adverb = tokens[last].low in CONCESSIVE_ADVERBS or tokens[last].low == "long" and tokens[last - 1].low in BETWEEN
    if adverb:
        k = last - 1
        while k >= 0 and _between_speaker_and_cue(tokens[k]):
            k -= 1
        return k
    if tokens[last].low == "ago":
        # "The State Department less than two weeks ago said": a span of time counted back from the story.
        k = last - 1
        while k > 0 and (_time_word(tokens[k]) or _counts(tokens[k]) or tokens[k].low in AGO_COUNTS):
            k -= 1
        if k == last - 1:
            return last
        while k >= 0 and _between_speaker_and_cue(tokens[k]):
            k -= 1
        return k
    if tokens[last].low not in TIME_WORDS | WEEKDAYS:
        return last
    if tokens[last - 1].low in WEEKDAYS and tokens[last].low in TIME_WORDS:
        last -= 1  # "Sen. Bernie Sanders on Wednesday morning called upon ..."
    k = last - 1
    while k > last - 4 and k > 0 and tokens[k].low in DETERMINERS | {"this", "last", "next", "late", "early"}:
        k -= 1
    # "Gowdy earlier Thursday said", "Priebus later Thursday told": a time relative to the story's.
    if tokens[k].low in ("on", "over", "during", "in", "at", "last", "this", "late", "early", "earlier", "later"):
        k -= 1
        while k >= 0 and _between_speaker_and_cue(tokens[k]):
            k -= 1
        return k
    relative = all(tokens[j].low in ("last", "this", "late", "early") for j in range(k + 1, last))
    if k <= last - 2 and relative and tokens[last].low in ("week", "month", "year"):
        return k  # "A Washington Post-ABC News poll last week found", "surveys of voters late last week indicated"
    return last


# Pronouns for people not named ("Looks like someone told Trump that ...").
INDEFINITE_PEOPLE = word_set("someone somebody everyone everybody anyone anybody")


# Sources named by a mass noun alone ("history says", "research shows", "evidence suggests").
MASS_SOURCES = word_set("history research evidence data science experience polling precedent")
# Counts and studies that report what they found, and the prepositions that say whose they are ("polls from
# Monmouth University", "an analysis by Politifact").
FINDINGS = word_set("""
    poll polls survey surveys study studies analysis analyses tally tallies review reviews audit audits count counts
    estimate estimates report reports
    """)  # fmt: skip
FINDING_PREPOSITIONS = word_set("by from of")
# Plurals without an -s that agree with a bare verb ("Data show ...").
LATIN_PLURALS = word_set("data criteria phenomena")


def _plausible_speaker(tokens: list[_Token], first: int, last: int) -> bool:
    """A lowercase head needs a determiner or a plural to be a noun phrase ("the campaign", "officials").

    Without this, any word before a cue would do ("many of them represent states").
    """
    head = tokens[last]
    if head.capitalised or head.low in SPEAKER_NOUNS or head.low in QUANTITIES or head.low in INDEFINITE_PEOPLE:
        return True
    if head.low in MASS_SOURCES and all(not t.capitalised for t in tokens[first:last]):
        # "although history says there can be major upheavals", "early ratings data suggests": a source
        # without an article, with or without the words that describe it.
        return True
    if first == last and head.low in PERSON_WORDS and first > 0 and tokens[first - 1].text == ",":
        return True  # a headline's "Investment, official says, helped global economy": no article before the role
    opener = tokens[first].low
    return opener in DETERMINERS or opener in NUMBER_WORDS or tokens[first].capitalised or head.low.endswith("s")


def _agent_of_participle(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "An Islamic State message published by the SITE group": the head is the message, not its
    publisher, so the speaker is the whole phrase."""
    first = speaker[0]
    if first >= 3 and tokens[first - 1].low == "by" and tokens[first - 2].low.endswith(("ed", "en")):
        head = _speaker_before(tokens, first - 3)
        if head is not None and head[1] == first - 2:
            return head[0], speaker[1]
    return speaker


def _closes_relative(tokens: list[_Token], comma: int) -> bool:
    """ "A message published by SITE, which tracks jihadist activity, said ...": the comma closes
    a relative clause about the speaker, not a claim that the verb reports."""
    for k in range(comma - 1, max(0, comma - MAX_ASIDE_TOKENS), -1):
        t = tokens[k]
        if t.text in QUOTES or t.text in SENTENCE_END:
            return False
        if t.text == ",":
            return k + 1 < comma and tokens[k + 1].low in ("who", "which", "whose")
    return False


def _speaker_before_aside(tokens: list[_Token], mark: int) -> tuple[int, int] | None:
    """The speaker stands before an aside: "Russia, with support ..., claimed", "Sims — a teacher — says".

    Asides nest ("Jack Levin, the chief executive of yFrog, the service that ..., said"):
    the speaker is the sentence's subject if one of them starts it, else the nearest.
    """
    found = []
    named = None  # the nearest aside, when it is a name alone
    k = mark - 1
    while k > 0 and mark - k <= MAX_ASIDE_TOKENS and len(found) < 3:
        if tokens[k].text == tokens[mark].text:
            if not _is_aside(tokens, k + 1, mark):
                break
            speaker = _speaker_before(tokens, k - 1)
            if speaker is None and (described := _participle_subject(tokens, _skip_time_phrase(tokens, k - 1), True)):
                speaker = described[1]  # "veterans interviewed at rallies this week, including Mr. Jebens, said"
            place = speaker is not None and _place_after_place(tokens, speaker, k, mark)
            if place:
                # "after a woman in Worcester, Massachusetts, told him": the one the town places speaks; not when
                # that one is itself an aside ("Cecelia Purner, 67, a retired representative in Allentown, Pa.,").
                person = _speaker_before(tokens, speaker[0] - 2)
                if person is not None and person[1] == speaker[0] - 1 and tokens[person[0] - 1].text != ",":
                    speaker, place = (person[0], speaker[1]), False
            if named is None:
                named = (k + 1, mark) if _names_only(tokens, k + 1, mark) and tokens[k + 1].is_word else ()
                named = () if place else named  # "the attack in San Bernardino, Calif., showed": a state
            # "She and Jack Goldsmith, a Bush-era Justice official, outlined": a pronoun may open a pair.
            # "Cecelia Purner, 67, a retired teacher, said": an age is an aside of its own, not a speaker.
            age = speaker is not None and speaker[1] - speaker[0] == 1 and tokens[speaker[0]].text.isdigit()
            if (
                speaker
                and not age
                and not _scene_setter(tokens, speaker)
                and not place
                and (tokens[speaker[0]].low not in PRONOUNS | {"which"} or speaker[1] - speaker[0] > 2)
            ):
                found.append(_agent_of_participle(tokens, speaker))
        k -= 1
    subject = [s for s in found if s[0] == 0]
    speaker = subject[0] if subject else (found[0] if found else None)
    if speaker and not tokens[speaker[1] - 1].capitalised and _names_only(tokens, speaker[1] + 1, mark):
        return speaker[0], mark  # "Salman's lawyer, Hassan Radhi, said": the role and the name
    if speaker is None and named:
        # "One of the authors of that 2013 report, Ari Fleischer, said": a description too long to walk, then the
        # name of the one it describes.
        return named
    return speaker


def _scene_setter(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """ "Similarly, William J. Bennett, a Reagan education secretary, said", "Friday, Texas, leading a coalition
    of 13 states, asked": a lone word that opens the sentence before a comma links or dates it; it does not speak."""
    if speaker != (0, 1) or len(tokens) < 2 or tokens[1].text != ",":
        return False
    word = tokens[0]
    return word.low.endswith("ly") or word.low in WEEKDAYS | SENTENCE_OPENERS | LINKING_OPENERS or _time_word(word)


def _place_after_place(tokens: list[_Token], speaker: tuple[int, int], comma: int, mark: int) -> bool:
    """ "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said": a town's state
    after a comma; the town, which a preposition governs, is no speaker."""
    first = speaker[0]
    if first < 1 or tokens[first - 1].low not in ("in", "of", "from", "near", "outside", "at"):
        return False
    return tokens[comma - 1].capitalised and _names_only(tokens, comma + 1, mark)


def _names_only(tokens: list[_Token], first: int, end: int) -> bool:
    return 0 < end - first <= 4 and all(t.capitalised or t.text in "-." for t in tokens[first:end])


def _is_aside(tokens: list[_Token], first: int, end: int) -> bool:
    """A relative clause may say anything; any other aside holds no claim of its own."""
    if first < end and tokens[first].low in ("who", "whose", "which"):
        return True
    if first < end and _participle(tokens[first]) and tokens[first - 1].text == ",":
        # "Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": what the speaker was doing.
        return True
    if first < end and tokens[first].low in PUT_TO_PARTICIPLES and tokens[first - 1].text == ",":
        return True  # "Mr. Trump, asked about the deaths of journalists, said": what was put to the speaker
    relative = False
    for k in range(first, end):
        t = tokens[k]
        if t.text in QUOTES and not _quoted_title(tokens, k, end):
            return False
        # "Laurence Meyer, a former Fed governor who argued with Ms. Brainard ..., said": a relative clause
        # inside the aside describes the speaker.
        relative = relative or t.low in ("who", "whose", "which", "that")
        if _is_reporting_verb(t.low) and not t.low.endswith("ing") and not _not_a_verb(tokens, k) and not relative:
            return False
    return True


def _quoted_title(tokens: list[_Token], k: int, end: int) -> bool:
    """Whether the quotation mark at ``k`` opens or closes a title in capitals inside an aside ("the reality TV
    show "The Apprentice,"", "The ad, titled "Unifier?","): a name, not a claim."""
    marks = [j for j in range(max(0, k - MAX_TITLE_WORDS - 3), min(len(tokens), end + 2)) if tokens[j].text in QUOTES]
    position = marks.index(k)
    pair = marks[position - 1 : position + 1] if position % 2 else marks[position : position + 2]
    if len(pair) != 2:
        return False
    words = [t for t in tokens[pair[0] + 1 : pair[1]] if t.is_word]
    return 0 < len(words) <= MAX_TITLE_WORDS and all(t.capitalised or t.low in TITLE_SMALL_WORDS for t in words)


def _not_a_verb(tokens: list[_Token], k: int) -> bool:
    """ "in a brief interview", "eager to show leadership": a cue word as a noun or adjective, or an infinitive."""
    before = tokens[k - 1]
    return before.low in DETERMINERS or before.possessive or before.low == "to"


def _name_goes_on(tokens: list[_Token], first: int, k: int) -> bool:
    """ "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": past the usual
    length, a run of capitalised words still names the one speaker."""
    t = tokens[k]
    return k - first < MAX_SPEAKER_TOKENS + 4 and t.is_word and t.capitalised and tokens[k - 1].capitalised


def _speaker_after(tokens: list[_Token], first: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``first``: "said Putin", "said the ministry's spokesman"."""
    if first >= len(tokens) or not tokens[first].is_word:
        return None
    if tokens[first].low in PRONOUNS:
        return first, first + 1
    if tokens[first].low in WEEKDAYS:
        return None  # "..., Donald Trump, tweeted Sunday after a lone-wolf attack": when, not who
    if tokens[first].low.endswith("ing") and not tokens[first].capitalised:
        return None  # "Jon Tester, chairman of the committee, said having Trump at the top ...": a clause, the claim
    k = first
    last = None
    role = 0  # where "said a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn," turns to the employer
    while k < len(tokens) and (k - first < MAX_SPEAKER_TOKENS or _name_goes_on(tokens, first, k)):
        t = tokens[k]
        if k + 1 < len(tokens) and last is not None and CLOSE_LINKS.get(t.low) == tokens[k + 1].low:
            break  # "said one Democrat familiar with the discussion": the complement is the caller's to take
        if t.low in ("for", "to") and last is not None and _person_noun(tokens[last].low) and k + 1 < len(tokens):
            after = tokens[k + 1]
            if after.capitalised or after.possessive or after.low in ("the", "a", "an"):
                role = k  # "said a spokesman for the campaign", "said an adviser to Mr. Trump"
                k += 1
                continue
        role_word = last is not None and (_person_word(tokens[last]) or tokens[last].low.endswith("ist"))
        # "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two titles.
        title = last is not None and tokens[last].low in TITLE_ABBREVIATIONS and k - 1 > last
        if t.low == "and" and title and k + 1 < len(tokens) and tokens[k + 1].capitalised:
            k += 1
            continue
        if t.low == "and" and role_word and k + 1 < len(tokens) and not tokens[last].capitalised:
            after = tokens[k + 1]
            if after.is_word and not _not_a_name(after) and after.low not in DETERMINERS:
                k += 1  # "said lobbyist and GOP strategist Charlie Black": two roles of one person
                continue
        if t.text == "." and k > first and _abbreviated(tokens[k - 1]):
            k += 1  # "said Sen. Ted Cruz", "said Steven M. Ekovich"
            continue
        if t.low == "of" and last is not None and tokens[last].capitalised and k + 2 < len(tokens):
            # "said Meenakshi Ganguly of Human Rights Watch", "said Mujtaba Rahman of the Eurasia Group":
            # a name's organisation or state belongs to it.
            after = k + 2 if tokens[k + 1].low == "the" else k + 1
            if tokens[after].capitalised and tokens[after].is_word and not _not_a_name(tokens[after]):
                k = after
                continue
        if t.low == "of" and last is not None and k + 1 < len(tokens) and _counts_people(tokens[last]):
            # "said a handful of Democrats who ...", "said one of those advisers": the head's own complement.
            after = tokens[k + 1]
            if after.low in DETERMINERS or after.is_word and not _not_a_name(after) and not after.low.endswith("ing"):
                k += 1
                continue
        plural = last == k - 1 and tokens[last].low.endswith("s") and not tokens[last].capitalised
        if t.low == "like" and plural and k + 1 < len(tokens) and tokens[k + 1].capitalised:
            k += 1  # "say experts like Paul Bauman": the group, then an example
            continue
        if t.low == "and" and last == k - 1 and tokens[last].capitalised and k + 1 < len(tokens):
            # "said Doyle and others", "said Mr. Cameron and Mr. Obama": a name and more who said it with him.
            after = tokens[k + 1]
            if after.low == "others":
                last = k + 1
                k += 2
                continue
            if after.capitalised and after.is_word and not _not_a_name(after) and not _time_word(after):
                k += 1
                continue
        if _not_a_name(t) and t.low not in DETERMINERS:
            break
        if k > first and t.low in PRONOUNS:
            if last is None and tokens[first].low == "her":
                return first, first + 1  # "told her he had booked a room": "her" is the one told
            break  # "told reporters she thinks the House is within reach": the claim's subject
        if t.text in "’'" and last == k - 1 and tokens[last].low.endswith("s") and tokens[last].end == t.start:
            k += 1  # "Woods’ agent": a plural possessive
            continue
        if t.low in ("of", "and") and last is not None and k + 1 < len(tokens) and tokens[k + 1].capitalised:
            k += 1
            continue
        if t.low in DETERMINERS and k == first:
            k += 1
            continue
        if not t.is_word or t.low in STOP or t.low in CUE_LEMMAS:
            break
        last = k
        k += 1
    if role and k - first >= MAX_SPEAKER_TOKENS and k < len(tokens) and tokens[k].is_word:
        last, role = role - 1, 0  # too long to hold here: the caller may add the employer as a complement
    if last is None or not _plausible_speaker(tokens, first, last):
        return None  # "said matter-of-factly" names no one
    if (not tokens[last].capitalised or role) and last + 2 < len(tokens) and tokens[last + 1].text == ",":
        # "said Woods’ agent, Mark Steinberg, in a statement": the role and the name.
        name = _speaker_after(tokens, last + 2)
        if name and tokens[name[1] - 1].capitalised and (name[1] == len(tokens) or not tokens[name[1]].is_word):
            last = name[1] - 1
    if last + 1 < len(tokens) and tokens[last + 1].text == "(":
        # "said Rep. Bobby Scott (D-Va.)": the party tag goes with the name.
        close = next((j for j in range(last + 2, min(len(tokens), last + 6)) if tokens[j].text == ")"), None)
        if close is not None:
            last = close
    return first, last + 1


def _counts_people(token: _Token) -> bool:
    low = token.low
    return low in QUANTITY_NOUNS or low in QUANTITIES or low in MEMBER_NOUNS or _person_noun(low) or _counts(token)


def _main_verb(token: _Token) -> bool:
    """An auxiliary or a past tense: where a clause's verb stands ("is using", "paid")."""
    return token.low in (PASSIVE_AUX | MODALS | {"has", "have", "had"}) - {"to", "being", "be", "been"} or (
        token.low.endswith("ed") and not token.capitalised and token.low not in STOP
    )


def _finite_after(tokens: list[_Token], k: int) -> bool:
    """Whether a verb follows the subject ending at ``k`` ("Carson shared", "His campaign has sued")."""
    while k < len(tokens) and _between_speaker_and_cue(tokens[k]):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].capitalised:
        return False
    verb = tokens[k].low
    return _main_verb(tokens[k]) or verb.endswith("s") and verb not in STOP


def _time_word(token: _Token) -> bool:
    return token.low.removesuffix("s") in TIME_WORDS | {"hour", "minute", "moment"} or token.low in WEEKDAYS | MONTHS


def _subject_at(tokens: list[_Token], k: int, limit: int) -> tuple[int, int] | None:
    """The subject noun phrase that starts at ``k`` and ends before ``limit``."""
    k = _past_leading_time(tokens, k, limit)
    if k < limit - 1 and tokens[k].low in FOCUS_WORDS | {"also"} and not _counts(tokens[k + 1]):
        k += 1  # "And even Obama tried to ..., noting ...": a focus on the subject
    if k >= limit:
        return None
    if tokens[k].low in PRONOUNS or _contracted_subject(tokens[k]) or _contracted_subject(tokens[k], False):
        return k, k + 1  # "She’s a Sanders supporter but concedes ...": the pronoun with its auxiliary
    share = _share_of_group(tokens, k, limit)
    if share is not None:
        return share
    counted = tokens[k].low in COUNT_OPENERS and k + 1 < limit and _counts(tokens[k + 1])
    if tokens[k].low in DETERMINERS or counted or _counts(tokens[k]) and k + 1 < limit and tokens[k + 1].is_word:
        # "the man ended up ...", "about 200 protesters congregated ...", "Two senators said ..."
        subject = _speaker_after(tokens, k + 1 if counted else k)
        if subject is None or subject[1] > limit:
            return None
        # "the man ended up asking ...": a past tense after the noun is the verb, not part of the subject.
        verb = next((j for j in range(k + 2, subject[1]) if _past_predicate(tokens[j])), subject[1])
        return k, verb
    first = k
    # "That’s partly why ...", "I’m telling ...": a contraction is no name.
    while k < limit and tokens[k].is_word and tokens[k].capitalised and not _not_a_name(tokens[k]):
        if tokens[k].low.replace("'", "’").partition("’")[0] in STOP:
            break
        k += 1
        if k + 1 < limit and tokens[k].text == "." and tokens[k + 1].capitalised:
            if _abbreviated(tokens[k - 1]):
                k += 1  # "Rep. Hakeem Jeffries", "George W. Bush"
        elif k + 1 < limit and tokens[k + 1].capitalised and tokens[k].is_word and not _not_a_name(tokens[k]):
            k += 1  # "Republican Presidential hopeful Sen. Ted Cruz": a role between names
    # "Black voters have formed ...", "Sanders supporters have long called ...": the noun the names qualify.
    head = tokens[k] if first < k < limit else None
    plural = head is not None and head.is_word and not head.capitalised and head.low.endswith("s")
    verb = k + 1 < limit and _main_verb(tokens[k + 1]) or _finite_after(tokens, k + 1)
    if plural and head is not None and not _not_a_name(head) and verb:
        k += 1
    return (first, k) if k > first else None


def _past_leading_time(tokens: list[_Token], k: int, limit: int) -> int:
    """Past a time that opens the sentence without a comma: "On Sunday morning Mr. Trump made ...", "Last week
    the senator said ..."."""
    j = k
    if j < limit and tokens[j].low in ("on", "in", "last", "this", "early", "late", "earlier", "later"):
        j += 1
        while j < limit and tokens[j].low in ("the", "early", "late", "last", "this"):
            j += 1
        times = j
        while j < limit and (_time_word(tokens[j]) or tokens[j].low in WEEKDAYS | MONTHS):
            j += 1
        if j > times and j < limit and tokens[j].capitalised and tokens[j].is_word:
            return j
    return k


def _share_of_group(tokens: list[_Token], k: int, limit: int) -> tuple[int, int] | None:
    """ "some of his supporters remain ...", "about 200 protesters congregated ...": a share or a count of
    people, up to the noun that ends it."""
    j = k + 1 if tokens[k].low in COUNT_OPENERS and k + 1 < limit else k
    counted = _counts(tokens[j]) and not tokens[j].capitalised or tokens[j].low in QUANTIFIER_PRONOUNS
    if not counted or j + 1 >= limit:
        return None
    j += 1
    if tokens[j].low == "of" and j + 1 < limit and (tokens[j + 1].low in DETERMINERS or tokens[j + 1].possessive):
        j += 2  # "some of his supporters", "most of the voters"
    elif tokens[j].low == "of":
        return None
    for end in range(j + 1, min(limit, j + 4)):
        word = tokens[end - 1]
        if not word.is_word or word.capitalised or word.low in STOP:
            return None
        verb = tokens[end]
        # "some of his supporters remain", "about 200 protesters congregated": a plural, then its verb.
        base = verb.is_word and not verb.capitalised and verb.low not in STOP and not _plural_word(verb)
        if _plural_word(word) and (_finite_after(tokens, end) or base):
            return k, end
    return None


def _between_speaker_and_cue(token: _Token) -> bool:
    """An auxiliary or adverb, including a negated one ("didn’t", "won't"), between a speaker and the cue."""
    if token.text == "May":
        return False  # "Theresa May said": a surname (a headline's "Trump May Say" is rarer)
    # "He only said ...": a focus on the act.
    return token.low in BETWEEN or token.low == "only" or _is_adverb(token) or token.low.endswith(("n’t", "n't"))


def _is_adverb(token: _Token) -> bool:
    """ "flatly", "pointedly": lowercase words in -ly (names like "Kelly" are capitalised)."""
    return token.low.endswith("ly") and not token.capitalised and len(token.low) > 4 and token.low not in LY_NOUNS


def _is_reporting_verb(low: str) -> bool:
    """A cue verb on its own; "point" is one only with its particle ("pointed out")."""
    return low in CUE_LEMMAS and CUE_LEMMAS[low] not in PHRASAL_ONLY


def _participle(token: _Token) -> bool:
    """ "recalling", "echoing": an -ing verb (not "something", "king") opening a clause of its own."""
    return (
        token.low.endswith("ing")
        and len(token.low) > 5
        and not token.capitalised
        and token.low not in STOP | NOT_PARTICIPLES
    )


def _past_predicate(token: _Token) -> bool:
    """A second verb of the same subject, in the past tense ("and marveled")."""
    return token.low.endswith("ed") and not token.capitalised and token.low not in STOP


def _names_someone(speaker: str) -> bool:
    low = speaker.lower()
    return (
        low not in PRONOUNS | POSSESSIVE_PRONOUNS
        and not low.startswith(("the ", "a ", "an ", "this "))
        or any(w[:1].isupper() for w in speaker.split()[1:])
    )


def _resolve(speaker: str, named: list[str]) -> str | None:
    """Who "he", "it" or "the ministry" stands for: the last compatible named speaker."""
    # "his suggestion that ...": the owner of a claim noun stands for someone as "he" would.
    low = PRONOUN_OF_POSSESSIVE.get(speaker.lower(), speaker.lower())
    words = low.split()
    if low in PRONOUNS:
        want_person = low in PERSON_PRONOUNS
        for name in reversed(named):
            if low in GENDER_OF_PRONOUN and _gender(name) not in (None, GENDER_OF_PRONOUN[low]):
                continue  # "Spokeswoman Jessica Ditto" is not who "he" stands for
            if _is_person(name) == want_person or low == "they":
                return name
        return None
    if words and words[0] in ("the", "this") and not any(w[:1].isupper() for w in speaker.split()[1:]):
        head = words[-1]
        for name in reversed(named):
            if head in name.lower():
                return name
        if head not in PERSON_WORDS | ORGANISATION_WORDS:
            return None  # "the maps" stand for no one who speaks
        want_person = head in PERSON_WORDS
        for name in reversed(named):
            if _is_person(name) == want_person:
                return name
    return None


def _gender(name: str) -> str | None:
    """ "f" or "m" when a role, a title or a common given name says so, else None."""
    for word in name.replace(".", " ").split():
        low = word.lower().removesuffix("’s").removesuffix("'s")
        if low in FEMALE_WORDS or word in FEMALE_NAMES:
            return "f"
        if low in MALE_WORDS or word in MALE_NAMES:
            return "m"
    return None


def _is_person(name: str) -> bool:
    """ "Kremlin aide Yury Ushakov" is a person, "Russia’s defence ministry" is not: the head word decides."""
    words = [w.lower().removesuffix("’s").removesuffix("'s") for w in name.split()]
    if words[-1] in ORGANISATION_WORDS:
        return False
    if any(w in PERSON_WORDS for w in words):
        return True
    if any(w in ORGANISATION_WORDS for w in words):
        return False
    capitals = [w for w in name.split() if w[:1].isupper()]
    return len(capitals) >= 2
