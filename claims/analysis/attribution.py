"""Stage 3: attributed statements (speaker, cue, content) in each sentence.

Rules over tokens, not a trained model, so every decision can be explained to
an editor. Each sentence is tokenised; every reporting verb (see cues.py),
"according to"/"as per" and owned claim nouns ("Moscow's claims of ...") is a
candidate. A candidate becomes a statement when a speaker can be found:

- before the cue: "Ukraine maintains ...", "Russia, with support ..., claimed to ...";
- after it, when the claim came first: "“...,” said Putin";
- before a participle cue, from the clause it hangs on: "..., adding ...";
- before a colon in transcripts and headlines: "TAPPER: ...".

The content runs from the cue to the end of its clause; a claim that came
first ("..., the Kremlin confirmed on Wednesday") runs from the start of the
sentence. Direct quotes are given without their quotation marks, and each
quoted sentence that follows without an attribution of its own is a statement
of the last quoted speaker (the convention of our contested labels; PolNeAR
would join them into one). Pronouns and bare descriptions ("he", "the
ministry") keep the text as written and are resolved to the last compatible
named speaker in ``refers_to``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_LEMMAS,
    CLAIM_NOUNS,
    CUE_LEMMAS,
    FEELING_PARTICIPLES,
    MINDSET_ADJECTIVES,
    NOMINAL_CUES,
    NOUN_PREPOSITIONS,
    NOUNS_OF_THAT,
    NOUNS_OF_TO,
    PASSIVE_AGENT_VERBS,
    PHRASAL_ONLY,
    PHRASAL_PARTICLES,
    SOURCE_DOCUMENTS,
    SPEECH_MADE,
)
from .records import Prepared, Span, Statement
from .sentences import TITLE_ABBREVIATIONS, split
from .wordlists import word_set

# Numbers ("12,000"); words, with inner apostrophes, hyphens, dots ("U.S", "Ukraine’s"); or one symbol.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+){0,6}|\w+(?:[’'\-&.]\w+){0,8}|[^\w\s]")
# The same where mojibake left an "Â" of a no-break space ("said.Â", "theÂ US"): at a word's end
# it is a space, so it neither joins nor forms a token. Kept apart: most text has none, and the
# plain pattern is faster.
_W = r"(?:[^\W\u00c2]|\u00c2(?=\w))[^\W\u00c2]*(?:\u00c2(?=\w)[^\W\u00c2]*)*"
_TOKEN_MOJIBAKE = re.compile(rf"\d+(?:[.,:]\d+){{0,6}}|{_W}(?:[’'\-&.]{_W}){{0,8}}|[^\w\s]")

_WORD = re.compile(r"\w+")
# Attributions without a cue word: "KOVAL: ...", "“...,” he continued".
_UNCUED = re.compile(r"\w[)\]]?:\s|[,?!](?:[’']?[”\"]|'') {1,3}\w+ {1,3}\w+ed\b")
OPEN_QUOTES = frozenset("“‘")
CLOSE_QUOTES = frozenset("”’")
STRAIGHT_QUOTE = '"'
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | {STRAIGHT_QUOTE}
CLOSING_QUOTES = CLOSE_QUOTES | {STRAIGHT_QUOTE}
SENTENCE_END = frozenset(".!?…")
DASHES = frozenset("—–―")  # em and en dashes, and the horizontal bar some sites type for them
DASH_MARKS = DASHES | {"-"}

PRONOUNS = word_set("he she it they we i you")
PERSON_PRONOUNS = word_set("he she i we you")
POSSESSIVE_PRONOUNS = word_set("his her its their our my your")
DETERMINERS = (
    word_set("the a an this these those some many several few most all both each other another no any every")
    | POSSESSIVE_PRONOUNS
)
NUMBER_WORDS = word_set("one two three four five six seven eight nine ten dozens hundreds thousands")
# Words that cannot be part of a speaker's name or description.
STOP = word_set("""
    after since before in on at by for from with to of into onto about than as like during against over under
    without through across between among around amid despite toward towards upon via per and or but nor so yet
    because although though while whereas if unless until when where whether which who whom whose what why how
    that then also not never ever is was are were be been being am has have had do does did will would can could
    should may might must shall him me us them himself herself themselves itself there here just only even still
    already now again very too however meanwhile instead it’s it's this week month year ago later earlier first
    once reportedly previously recently repeatedly publicly privately often usually
    """)  # fmt: skip
# Auxiliaries and adverbs that may stand between a speaker and the cue.
BETWEEN = word_set("""
    has have had will would could should can may might must did does do also previously later once then recently
    repeatedly reportedly publicly privately often always never not n't has've still already again first just
    even originally initially subsequently immediately quickly flatly firmly simply further separately likewise
    had've shall now since
    """)  # fmt: skip
MODALS = word_set("will would could should can may might must did does do to")
PASSIVE_AUX = word_set("is was are were be been being")
# Words of a time or venue phrase between a cue and its claim ("said on Wednesday").
ADVERBIAL = word_set("""
    on in at during to via this last next week weekend month year night morning afternoon evening today
    yesterday tonight earlier later recently also again then monday tuesday wednesday thursday friday saturday
    sunday a an the statement statements interview interviews news press conference briefing release email
    emailed tweet post posted message speech remarks phone call radio television tv reporters journalists
    with its his her their repeatedly publicly privately flatly firmly simply separately late early ago
    """)  # fmt: skip
# Verbs that may come before their speaker after a claim ("“...,” said Putin").
INVERTING_VERBS = word_set("""
    say add ask write explain note recall reply report declare insist argue warn conclude admit acknowledge
    observe remark comment caution counter retort quip joke announce continue claim tweet scoff shout whisper
    exclaim
    """)  # fmt: skip
# Words after ", X said," that open more about the attribution, not more of the claim.
TAIL_OPENERS = word_set("who which whose when as in on at during after before referring citing speaking")
# Prepositions that open where or how something was said ("in a video message to ...").
VENUE_PREPOSITIONS = word_set("in at on during via through from outside inside")
# "that night", "that day": a time, not a claim.
TIME_WORDS = word_set("night day morning afternoon evening week weekend month year time")
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = word_set("january february march april may june july august september october november december")
# Words that open the circumstances of an attribution ("Christie said when asked ...").
CIRCUMSTANCE = word_set("when after before as while because following")
LISTENERS = word_set(
    "reporters journalists lawmakers supporters voters viewers listeners parliament congress members the "
    "them him her us me"
)
# Words that join or place a claim but say nothing themselves.
CONNECTIVES = word_set("and or but nor so yet then of for from by with about over into than as")
# What says whether "he" or "she" may stand for a speaker: roles and titles, and given names common
# in the news. A name on neither list is compatible with both pronouns.
GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}
FEMALE_WORDS = word_set("""
    spokeswoman congresswoman chairwoman businesswoman councilwoman anchorwoman woman mother wife daughter
    sister grandmother widow queen princess duchess lady mrs ms miss madam
    """)  # fmt: skip
MALE_WORDS = word_set("""
    spokesman congressman chairman businessman councilman anchorman man father husband son brother
    grandfather widower king prince duke lord mr sir
    """)  # fmt: skip
FEMALE_NAMES = word_set("""
    Hillary Sarah Nancy Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Karen Lisa Donna Michelle
    Melania Ivanka Chelsea Kellyanne Huma Theresa Angela Ruth Sonia Elena Amy Kamala Kirsten Dianne Maxine
    Nikki Carly Michele Condoleezza Madeleine Janet Loretta Sally Samantha Susana Debbie Tammy Claire Heidi Jeanne
    Maria Ana Anna Julia Laura Emily Rachel Rebecca Katherine Catherine Margaret Helen Anne Ann Jane Joan Alice
    Olga Natalia Tatiana Svetlana Irina Yulia Iryna Fatima Aisha Priya Mei
    """)  # fmt: skip
MALE_NAMES = word_set("""
    Donald Barack Bernie Ted Marco Jeb John Chris Ben Rand Mike Paul Mitch Joe Bill George Tim Martin Lindsey
    Scott Rick Bobby Jim James Robert Michael David Richard Thomas Charles Mark Steven Stephen Kevin Brian Jeff
    Eric Ryan Jason Gary Larry Frank Peter Harry Vladimir Volodymyr Sergei Sergey Dmitry Alexei Alexander Yury
    Andriy Emmanuel Boris Recep Xi Narendra Benjamin Ali Mohammed Muhammad Ahmed Hassan
    """)  # fmt: skip
# Small words inside a capitalised name ("Bureau of Prisons", "Commission on Presidential Debates").
NAME_LINKS = word_set("and of & on for")
# Words after which a new speaker opens a clause of their own ("..., though he suggested ...").
CLAUSE_OPENERS = word_set("and but while whereas though although")
# A comma followed by one of these starts a new clause, not more of the claim.
CLAUSE_BREAKERS = word_set("but while whereas adding saying noting according yet citing compared though although")
# Heads of descriptions that stand for an organisation rather than a person.
ORGANISATION_WORDS = word_set("""
    ministry department agency office government army military police council party committee company group
    court commission administration campaign staff kremlin white house pentagon service forces board bureau
    union organisation organization institute embassy authorities statement report site message
    """)  # fmt: skip
# Titles and roles that name a person when written before or instead of a name.
PERSON_WORDS = word_set("""
    president minister spokesman spokeswoman spokesperson official aide governor senator congressman
    congresswoman representative secretary chief leader director officer general commander prosecutor lawyer
    attorney analyst expert man woman mayor candidate chairman ambassador judge adviser advisor source
    """)  # fmt: skip
# Nouns that speak for themselves without a determiner ("police said").
SPEAKER_NOUNS = word_set("police staff government military management leadership officials aides")
MAX_SPEAKER_TOKENS = 9
# Words without which a sentence cannot hold an attribution (a colon is checked apart).
TRIGGERS = frozenset(CUE_LEMMAS) | frozenset(ATTITUDE_LEMMAS) | NOMINAL_CUES | {"according", "per"}
# Forms of verbs that are cues only with their particle ("made clear", "pointed out") -> the particles.
PHRASAL_FORMS = {
    form: frozenset(PHRASAL_PARTICLES[lemma]) | (SPEECH_MADE if lemma == "make" else frozenset())
    for form, lemma in CUE_LEMMAS.items()
    if lemma in PHRASAL_ONLY
}
# Tokens worth a closer look as cues; the rest of a sentence is skipped at set speed.
CUE_TOKENS = TRIGGERS | {"as", ":", "in", "to", "for"}
MAX_TAIL_TOKENS = 12
# "Over the long term", "One of the decisions they have made": an opening too short to be a claim of its own.
MAX_CIRCUMSTANCE_WORDS = 7
# "An American Son", "Here's the Thing": a book's or a show's name, in title case.
MAX_TITLE_WORDS = 6
TITLE_SMALL_WORDS = word_set("a an the of and in on for to with at by or")
# "Since last November", "Among Supreme Court precedents at risk", "About 10:03 p.m.": a sentence opening
# that sets time, place or topic.
OPENING_PREPOSITIONS = word_set("in at on since among about over under during after before within across for")
LINKING_VERBS = word_set("include includes included has have had remains remained")
# Labels of page furniture that look like a speaker before a colon.
PAGE_LABELS = word_set(
    "correction update updated breaking watch related video photos note editor’s editor's read more contributing"
)
# Words after which an "according to" source has ended.
SOURCE_ENDS = word_set("that which who whom he she they it we i")
# Words that open a sentence before its subject.
SENTENCE_OPENERS = word_set("but and yet so still however meanwhile also then now")
# Verbs of stance whose object is a noun phrase ("endorsed Clinton", "opposed the deal").
OBJECT_VERBS = word_set("""
    endorse oppose support defend criticize criticise praise thank attack mock mention reject dismiss blast
    slam decry denounce condemn question dispute welcome back favor favour prefer offer refer speak tout
    congratulate
    """)  # fmt: skip
# Measured on the tuning articles: what is sought, highlighted, declared, demanded, ignored or echoed is a noun
# phrase as often as a clause ("sought to stoke positive energy as he stopped by ...", "declared their
# allegiance after arriving", "echoed similar liberal themes and took the stage").
OBJECT_VERBS |= word_set("seek highlight declare demand ignore echo")
# Verbs that take either a clause or a noun phrase ("denied the charges during a hearing").
ADMITTING_VERBS = word_set("deny dispute acknowledge admit confirm")
# Verbs of attitude whose complement is a clause ("thinks (that) Cruz will win").
THINKING_VERBS = word_set("think believe know feel consider fear doubt estimate")
# Subjects that open a clause after a verb of thinking ("I think that’s important", "believe there’s").
CLAUSE_SUBJECTS = word_set("that’s there’s somebody’s")
# Auxiliaries that make the clause after a bare noun ("think women are likely ...").
FINITE_AUX = word_set("is are was were will would can could has have had should may might must does do did")
# Verbs of attitude that report a view even in a relative clause ("Petrilli, who thinks ...");
# "who declined to be identified", "who has known the Clintons for decades" report none.
HELD_BY_RELATIVES = word_set(
    "want think believe feel fear hope plan intend wish favor favour prefer oppose support back"
)
# Plurals without -s that a bare verb agrees with ("Women back him by almost 20 points").
IRREGULAR_PLURALS = word_set("women men people children")
# Prepositions that place a plural subject ("most in Miami", "officials on the committee").
PLACING_PREPOSITIONS = word_set("in on at across from of with outside inside")
# Words after "back" that make it an adverb or another verb ("backed down", "going back to", "backed off").
BACK_PARTICLES = word_set("down off away up to into out from in on more")
# Verbs of attitude that may follow the view they hold ("His leverage, they believe, isn’t going anywhere").
HOLDING = word_set("think believe fear hope feel")
# Verbs of attitude that hold something only with an infinitive ("declined to say whether ...", "plans to
# vote for Mr. Trump"); "My immigration plans aren't set in stone" is a noun.
INFINITIVE_ONLY = word_set("decline plan")
# Subjects that hold no attitude of their own ("it seems", "which means").
# "Residents who want to leave": a relative clause describes people, it reports no view of theirs.
NOT_HOLDERS = word_set("it which that this there who")
# Cue forms in -ing that are as often nouns ("a poor showing", "a stark warning", "the court's finding").
GERUND_NOUNS = word_set("showing warning finding ruling")
# Verbs of backing a person or a policy: their subject holds the stance even as a relative
# ("voters who backed Paul") or as a noun the participle describes ("a Super PAC backing Bush").
BACKING_VERBS = word_set("support back endorse oppose favor favour prefer")
# Verbs of stance that name their object as something ("refers to the deal as a betrayal").
NAMING_VERBS = word_set("refer")
# Words that end such an object: the circumstances of the act, not what was said; a concession is the
# writer's ("will support the bill despite his own reservations").
OBJECT_ENDS = word_set(
    "during after before as while when last this since because following despite amid although though whereas"
)
# Words that open a count of people (", and more than 4 in 10 said ...").
COUNT_OPENERS = word_set("no more fewer less about nearly almost only just over")
# Words after which a bare number may be a count of people who spoke ("and 43 said the same").
COUNT_LEADS = word_set("and but while whereas after that as when , ;")
# Words that count people ("72 percent of Democrats", "a majority of voters").
QUANTITIES = word_set("percent majority minority most many some half third quarter share plurality number all")
# Quantifiers that stand for people on their own ("Several said ...", "but many fear ..."); all but
# "another" are plural, so they take the base form or the past, never the form in -s ("many claims").
QUANTIFIER_PRONOUNS = word_set("some several many most others another both few")
# Pronouns that end a relative clause as its object ("organizations that have endorsed him say").
OBJECTS = word_set("him them us me")
QUESTION_WORDS = word_set("if whether why how what who whom when where which")
# Verbs of seeing that hold a judgement only with "as" ("developers see golf courses as wasted space").
JUDGING_VERBS = word_set("see view regard")
# Words that hold a long noun phrase together ("front-runner and former secretary of state").
PHRASE_LINKS = word_set("of for to and in at from with on")
# Where a clause, and so its subject, begins.
SUBJECT_LEADS = word_set("and but while whereas though although because yet so as , ; :")
MAX_ASIDE_TOKENS = 30
# Verbs that carry a cue in the infinitive ("continued to allege", "went on to say").
CONTINUATIVE = word_set("continue continued continues continuing went goes on began begins")
MAX_LENIENT_TAIL_TOKENS = 25
# A claim longer than this is a run-on or garbage; bounding every scan keeps extraction linear.
MAX_CLAIM_TOKENS = 150
MAX_CUES_PER_SENTENCE = 12
RELATIVES = word_set("which who whom whose where")
# Words after a comma that open the writer's circumstances of a claim (", after half said so") or
# comment on it (", however, this time around ...").
ADJUNCT_OPENERS = word_set("after before since though following however either")
# Past tenses that do not end in -ed ("Clinton took a moment").
IRREGULAR_PAST = word_set("""
    said took made went got gave told came saw won lost began left held ran wrote spoke became kept sent brought
    thought felt found
    """)  # fmt: skip
# Words in -ing that are not verbs.
NOT_PARTICIPLES = word_set("something nothing anything everything during morning evening building spring including")
# Verbs that carry a cue in the gerund ("began dismissing", "kept insisting").
GERUND_CARRIERS = word_set("began begins begin started starts start continued continues kept keeps keep")
# Verbs that put out a text which then speaks ("issued a statement saying ...").
ISSUING_VERBS = word_set(
    "issued released put posted published sent wrote drafted ran filed issues issuing releases releasing posts posting "
    "publishes publishing sends sending writes writing draft drafting run runs running files filing aired airing airs "
    "launched launching emailed did do does doing authored co-authored unveiled unveiling"
)
# Prepositions whose gerund has the subject of the clause around it ("reacted by saying ...").
GERUND_PREPOSITIONS = word_set("by while before after when since")

REFLEXIVES = word_set("himself herself itself themselves myself ourselves yourself yourselves")
# Verbs that, with a reflexive object, tell where one stands or what one became, not what one says.
SELF_PLACING_VERBS = word_set("find declare")
# Verbs whose indefinite object is a thing ("Sanders found a receptive audience", "has not endorsed a candidate").
THING_VERBS = word_set("maintain find endorse")
# "has endorsed a handful of other congressional candidates": a quantity of people backed, a claim in PolNeAR.
QUANTITY_NOUNS = word_set("handful number couple series slew host dozen lot range majority")
# Verbs whose "to" before a noun phrase names an act agreed to, not a claim ("admits to other intrusions" is one).
ACT_TO_VERBS = word_set("agree")


@dataclass(slots=True)
class _Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("’s", "'s"))


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


def extract(doc: Prepared, doc_index: int) -> list[Statement]:
    """Statements of one prepared document, ordered by where their content starts."""
    text = doc.text
    found: list[tuple[_Found, Span]] = []
    for region in doc.regions:
        paragraph_found = False
        # The direct quotation the previous sentence of this paragraph ended with, as an index
        # into found, and how many words it holds so far.
        quoting: int | None = None
        quoted_words = 0
        for sentence in split(text, region.start, region.end):
            new_paragraph = _paragraph_start(text, sentence.start)
            if new_paragraph:
                paragraph_found = False
                quoting = None
            hits = _sentence_statements(text, sentence)
            signed = _signed_quotation(text, sentence) if not hits and new_paragraph else None
            if signed is not None:
                hits = _continued_quote(text, sentence, signed)
            elif not hits and found and (paragraph_found or new_paragraph):
                hits = _continued_quote(text, sentence, _last_speaking(found, text, sentence))
                words = len(_WORD.findall(text, *hits[0].content)) if hits else 0
                if hits and quoting is not None and 2 * words <= quoted_words:
                    # "“...,” he said. “You just haven’t.”": a short afterthought stays with its quotation,
                    # unless the words between them are the longer part ("“...,” said Soe Min, a USDP member
                    # who ran against Suu Kyi in a 2012 by-election and lost. “But ...”"): then it is left out.
                    hit, span = found[quoting]
                    between = hits[0].content[0] - hit.content[1]
                    quoted = hit.content[1] - hit.content[0] + hits[0].content[1] - hits[0].content[0]
                    if between <= quoted:
                        hit.content = (hit.content[0], hits[0].content[1])
                        found[quoting] = (hit, Span(span.start, sentence.end))
                    quoted_words += words
                    continue
            quoting = None
            if hits:
                last = max(range(len(hits)), key=lambda k: hits[k].content[1])
                if hits[last].kind == "direct":
                    quoting = len(found) + last
                    quoted_words = len(_WORD.findall(text, *hits[last].content))
            paragraph_found = paragraph_found or bool(hits)
            found.extend((hit, sentence) for hit in hits)
    return _to_statements(text, found, doc_index)


# "- Hillary Clinton." on a line of its own after a quotation: who said it, as under an epigraph.
_SIGNATURE = re.compile(r"\n+[ \t]*(?:[—–]|--?) ?((?:[A-Z][\w.’'-]*[ \t]?){1,4}?)\.?[ \t]*(?:\n|$)")


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


def _last_speaking(found: list[tuple[_Found, Span]], text: str, sentence: Span) -> _Found:
    """Whose quotation a bare quoted sentence continues: the last one quoted, if that was recent.

    Within a paragraph, or right after the paragraph before ("Carter said that ... this would not happen.¶“That’s
    because this region ...”"), it is whoever the last sentence that spoke speaks through ("Coan, Santilli's attorney,
    argues that his client was never encouraging people toward violence. “The government is alleging
    ...”"), even without quotation marks: its quotation, if it has one, else its first speaker, not one
    a relative clause or a later clause brings in ("... said Bob Mulholland, ... who has accused
    Sanders supporters of harassing his peers. “Are they reading ...”").
    """
    last = found[-1][1]
    between = text[last.end : sentence.start]
    if "\n" not in between or not between.strip():
        hits = [hit for hit, span in found[-MAX_CUES_PER_SENTENCE * 2 :] if span == last]
        quoted = [hit for hit in hits if hit.kind != "indirect"]
        if quoted:
            return max(quoted, key=lambda hit: hit.content[1])
        named = [hit for hit in hits if text[hit.speaker[0] : hit.speaker[1]].lower() not in RELATIVES]
        return min(named or hits, key=lambda hit: hit.speaker[0])
    for hit, _ in reversed(found[-3:]):
        if hit.kind != "indirect":
            return hit
    return found[-1][0]


def _paragraph_start(text: str, position: int) -> bool:
    return position == 0 or text[position - 1] == "\n"


def _to_statements(text: str, found: list[tuple[_Found, Span]], doc_index: int) -> list[Statement]:
    unique: dict[tuple, tuple[_Found, Span]] = {}
    for hit, sentence in found:
        unique.setdefault((hit.content, hit.speaker), (hit, sentence))
    ordered = sorted(unique.values(), key=lambda item: (item[0].content, item[0].speaker))
    statements = []
    named: list[str] = []  # speakers that name someone, most recent last
    for hit, sentence in ordered:
        speaker = text[hit.speaker[0] : hit.speaker[1]]
        refers_to = hit.refers_to or _resolve(speaker, named)
        if refers_to is None and _names_someone(speaker):
            named.append(speaker)
        statements.append(
            Statement(
                id=f"d{doc_index}s{len(statements)}",
                doc=doc_index,
                speaker=speaker,
                party=None,
                speaker_start=hit.speaker[0],
                speaker_end=hit.speaker[1],
                cue=text[hit.cue[0] : hit.cue[1]] if hit.cue[1] > hit.cue[0] else None,
                cue_start=hit.cue[0] if hit.cue[1] > hit.cue[0] else None,
                cue_end=hit.cue[1] if hit.cue[1] > hit.cue[0] else None,
                content=text[hit.content[0] : hit.content[1]],
                start=hit.content[0],
                end=hit.content[1],
                kind=hit.kind,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                relay=hit.relay,
                refers_to=refers_to,
            )
        )
    return statements


# --- one sentence ----------------------------------------------------------


def _sentence_statements(text: str, sentence: Span) -> list[_Found]:
    # Most sentences attribute nothing; a cheap look at their words spares tokenising them.
    # A colon or a closed quotation ("“...,” he continued") may attribute without a cue word.
    chunk = text[sentence.start : sentence.end]
    words = _WORD.findall(chunk.lower())
    if not _triggered(words) and not _UNCUED.search(chunk):
        return []
    pattern = _TOKEN_MOJIBAKE if "\u00c2" in chunk else _TOKEN
    tokens = _typewriter_marks(
        text,
        chunk,
        [
            _Token(word, word.lower(), m.start(), m.end())
            for m in pattern.finditer(text, sentence.start, sentence.end)
            if (word := m.group())
        ],
    )
    cues = [i for i, t in enumerate(tokens) if t.low in CUE_TOKENS and _is_cue_word(tokens, i)]
    # "“...,” he continued.": a verb two tokens after a closing quotation.
    last = len(tokens) - 2
    cues += [
        q + 2 for q, t in enumerate(tokens) if t.text in CLOSING_QUOTES and q < last and _is_cue_word(tokens, q + 2)
    ]
    # A real sentence holds a handful of attributions; text that is all cue words holds none worth
    # the time, and the bound keeps extraction linear on it.
    cues = sorted(set(cues))[:MAX_CUES_PER_SENTENCE]
    if not cues:
        return []
    quoted = _inside_quotes(tokens)
    # A cue inside someone's quoted words ("“I would say Paul,” he said") is theirs to
    # make, not a claim the article attributes.
    candidates = [c for c in (_candidate(tokens, i) for i in cues if not quoted[i]) if c]
    # Where each later attribution begins a clause of its own, so an earlier claim stops before it;
    # one that does not ("said he told them ...") is nested inside the earlier claim, and one
    # after an aside ("Brian Burton, AKA Danger Mouse, wrote") may be too.
    starts = sorted(
        c.begins for c in candidates if c.begins > 0 and not c.aside and _opens_clause(tokens, c.begins, c.shape)
    )
    results: list[_Found] = []
    for cand in candidates:
        found = cand.build(tokens, starts, results)
        if found:
            results.append(found)
            if found.continued:
                results.append(_Found(found.speaker, (0, 0), found.continued, "direct", refers_to=found.refers_to))
    _pass_on_relays(results)
    return _outermost(text, results)


def _triggered(words: list[str]) -> bool:
    """Whether a sentence holds a cue word; "made" or "points" count only with their particle. A point of
    view or a poll ("in his view", "in the latest polls") may attribute without one."""
    found = TRIGGERS.intersection(words)
    if found and (
        found.isdisjoint(PHRASAL_FORMS)
        or any(w not in PHRASAL_FORMS or not PHRASAL_FORMS[w].isdisjoint(words) for w in found)
    ):
        return True
    return not PERSPECTIVE_WORDS.isdisjoint(words) or not HOLDER_PREPOSITIONS.isdisjoint(words[:3])


def _outermost(text: str, results: list[_Found]) -> list[_Found]:
    """Drop a statement that lies inside someone's claim and is only part of it ("Smith said he
    opposes gun violence", "both surveys showed Shuster above 50 percent, the group said"): the
    outer claim already holds it, and a reader counts one statement."""
    # "Voters who backed Obama in 2012 believe ...": a cue inside another's speaker describes that speaker.
    # "Weber, who advises Kasich, is no fan of Trump": a relative clause cut at its comma may keep no claim.
    results = [
        found
        for found in results
        if found.content[1] > found.content[0]
        and not any(other is not found and other.speaker[0] <= found.cue[0] < other.speaker[1] for other in results)
    ]
    return [
        found
        for found in results
        if found.cue[1] <= found.cue[0]
        or not _only_addressee(text, found)
        and not any(
            other is not found
            and other.content[0] <= found.cue[0]
            and found.cue[1] <= other.content[1]
            and not _claim_of_its_own(text, found, other)
            for other in results
            if other.cue[1] > other.cue[0]
        )
    ]


# Who is told or written to, alone: "the polls tell us", "the lies hucksters tell them", "the committee
# also wrote to Lynch, urging ..." (a letter sent; "told POLITICO he planned to stay neutral" is no such case).
_TOLD_ONLY = re.compile(r"him|her|them|us|me|you", re.IGNORECASE)
_WRITTEN_TO_ONLY = re.compile(r"to (?:the )?[A-Z]?[a-z]+", re.IGNORECASE)


def _only_addressee(text: str, found: _Found) -> bool:
    """A verb of telling or writing whose claim is only its addressee tells nothing here."""
    lemma = CUE_LEMMAS.get(text[found.cue[0] : found.cue[1]].lower())
    if lemma in ADDRESSEE_VERBS:
        return bool(_TOLD_ONLY.fullmatch(text, *found.content))
    return lemma == "write" and bool(_WRITTEN_TO_ONLY.fullmatch(text, *found.content))


# Plain verbs of saying: inside another claim they still report a statement of its own ("the Kremlin
# confirmed ... since Moscow declared it had fully ousted Ukrainian forces", "Mr. Ross said Mr. Obama had told
# Jewish leaders that ..."). Any other cue inside a claim is mostly an act or a stance the outer speaker
# reports ("the nonprofit provided a signed statement affirming its independence", "he halted all paid
# speeches since announcing his candidacy", "both surveys showed Shuster above 50 percent, the group said").
# Measured on the tuning articles: nested plain saying 45 found, 62 false; every other nested cue 43 found,
# 175 false.
# The verbs newsrooms use for a disputed claim keep theirs too: "Russia insists Kursk is now under full control,
# the Kremlin said" is the very claim a dispute pairs.
NESTED_SAYING = word_set(
    "say tell state declare assert insist maintain claim deny allege accuse dispute contend counter"
)
# "Clinton suggested that the plan was unserious - “Again, ...,” she said.": a dash before a quotation.
_DASH_THEN_QUOTE = re.compile(r"[\s,]*(?:[—–]|--?)\s*[“\"]")


def _claim_of_its_own(text: str, found: _Found, outer: _Found) -> bool:
    """Whether a statement inside another's claim is one a reader counts apart: someone else's words
    told by a plain verb of saying, a colon or quotation marks. A pronoun or the outer speaker
    again ("Smith said he opposes gun violence") is the outer speaker's own claim."""
    speaker = text[found.speaker[0] : found.speaker[1]].lower()
    if speaker in PRONOUNS or speaker == text[outer.speaker[0] : outer.speaker[1]].lower():
        return False
    cue = text[found.cue[0] : found.cue[1]].lower()
    if cue == ":" or CUE_LEMMAS.get(cue) in NESTED_SAYING or found.kind == "direct":
        return True
    # The outer claim runs on past a dash into a quotation: the quotation is the outer speaker's, and
    # the words before the dash are the statement's own.
    return found.content[1] < outer.content[1] and bool(_DASH_THEN_QUOTE.match(text, found.content[1]))


def _typewriter_marks(text: str, chunk: str, tokens: list[_Token]) -> list[_Token]:
    """Marks typed as two characters become the one they stand for, spanning both: the New York
    Times' quotation marks in doubled apostrophes (''Go,'' he said) and a dash typed as two hyphens
    or a spaced one ("The Supreme Court justice -- who has been involved in a scuffle ... -- said")."""
    if "''" not in chunk and "--" not in chunk and " - " not in chunk:
        return tokens
    merged: list[_Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        pair = k + 1 < len(tokens) and tokens[k + 1].text == t.text and tokens[k + 1].start == t.end
        if pair and t.text == "'":
            opens = t.start == 0 or text[t.start - 1].isspace() or text[t.start - 1] in "([—–-"
            mark = "“" if opens else "”"
            merged.append(_Token(mark, mark, t.start, tokens[k + 1].end))
            k += 2
        elif pair and t.text == "-":
            merged.append(_Token("—", "—", t.start, tokens[k + 1].end))
            k += 2
        else:
            spaced = t.text == "-" and t.start > 0 and t.end < len(text) and text[t.start - 1] == text[t.end] == " "
            merged.append(_Token("—", "—", t.start, t.end) if spaced else t)
            k += 1
    return merged


def _inside_quotes(tokens: list[_Token]) -> list[bool]:
    """For each token, whether it stands inside a quotation opened earlier in the sentence."""
    inside = []
    depth = 0
    straight = False
    for k, t in enumerate(tokens):
        inside.append(depth > 0 or straight)
        if t.text in OPEN_QUOTES and t.text != "‘":
            depth += 1
        elif t.text == "”" and depth:
            depth -= 1
        elif t.text == "”" and straight:
            straight = False  # mixed copy: '"But Pete Wilson won,” Axelrod said' closes the straight quotation
        elif t.text == STRAIGHT_QUOTE:
            # '... in jail," a spokesperson said' with no opening mark in the sentence: a mark
            # glued to the punctuation before it closes a quotation; it opens none.
            closes = k > 0 and tokens[k - 1].end == t.start and tokens[k - 1].text in (",", ".", "?", "!")
            if closes and depth and not straight:
                depth -= 1  # mixed copy: "“... win so much," Trump said" closes the curly quotation
            else:
                straight = not straight and not closes
    return inside


def _opens_clause(tokens: list[_Token], first: int, shape: str = "") -> bool:
    before = tokens[first - 1]
    joins = tokens[first].low in GERUND_PREPOSITIONS | {"and"} or tokens[first].text in DASHES
    if shape == "participle" and (_after_comma(tokens, first - 1) or joins):
        # "has “expanded the Republican party,” claiming ...", "... and accusing ...", "... by saying ...".
        return True
    return before.text in (",", ";", ":", "—", "–") or before.low in CLAUSE_OPENERS


def _after_comma(tokens: list[_Token], k: int) -> bool:
    """A comma at ``k``, or one inside a closing quotation ("defense of “New York values,” saying ...").

    Some copy closes with two apostrophes ("were ''overblown,'' adding that ...").
    """
    j = k
    while j > 0 and j > k - 2 and tokens[j].text in CLOSING_QUOTES | {"'"}:
        j -= 1
    return tokens[j].text == ","


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
    if _verb_after_quote(tokens, i):
        return True
    return token.low == "as" and i + 1 < len(tokens) and tokens[i + 1].low == "per"


def _verb_after_quote(tokens: list[_Token], i: int) -> bool:
    """ "“...,” he continued." : right after a closed quotation and its speaker, a past-tense verb reports it."""
    if i < 3 or not tokens[i].low.endswith("ed") or tokens[i].capitalised:
        return False
    speaker = tokens[i - 1]
    if not (speaker.low in PRONOUNS or speaker.capitalised and speaker.low not in STOP):
        return False
    return tokens[i - 2].text in CLOSE_QUOTES | {STRAIGHT_QUOTE} and _closes_claim(tokens, i - 2)


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
        continued = None
        if self.shape == "after" or (tail is not None and _claim_came_first(tokens, self, tail)):
            content = _leading_content(tokens, self.begins, tail, inverted=self.shape == "after")
            continued = _quote_after_attribution(tokens, tail) if tail is not None else None
        else:
            content = _following_content(tokens, self, starts)
        if content is None:
            return None
        (start, end), kind = content
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
            if relative != "that":
                # "Khinshtein, who said the region was safe, said ...": the relative clause ends at its comma.
                end = min(end, next((t.start for t in tokens[self.cue[1] :] if t.text == ","), end))
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


def _only_circumstance(tokens: list[_Token], start: int, end: int) -> bool:
    """ "shot back in a statement", "said on Monday", "attacked and": when and where, or nothing, is no claim."""
    for t in tokens:
        if t.end > end:
            break
        if t.start >= start and t.is_word and not (t.low in CONNECTIVES or t.low in ADVERBIAL or t.low in MONTHS):
            return False
    return True


def _span(tokens: list[_Token], first: int, end: int) -> tuple[int, int]:
    return tokens[first].start, tokens[end - 1].end


# Words that may follow a subject before its verb: an emphatic reflexive ("Cruz himself said", "Ford
# itself said"), a sentence adverb ("Carter however said"), a place ("Her campaign workers here said"),
# a whole ("voters overall said") or the participle of a poll ("those surveyed say").
SUBJECT_TRAILERS = REFLEXIVES | word_set("however here overall too")
POLLED = word_set("polled surveyed interviewed questioned sampled")


def _skip_subject_trailer(tokens: list[_Token], before: int) -> int:
    """Step back over a word that trails the subject ("Cruz himself said"), then any auxiliary before it."""
    if before < 1 or not tokens[before - 1].is_word or _not_a_name(tokens[before - 1]):
        return before
    low = tokens[before].low
    if low in SUBJECT_TRAILERS or low in POLLED and tokens[before - 1].low not in PASSIVE_AUX | DETERMINERS:
        before -= 1
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
    return before


# Plurals without a final "s" ("the women say", "Cologne police say", "those surveyed say").
PLURAL_HEADS = IRREGULAR_PLURALS | POLLED | word_set("police")


def _unmarked_plural(tokens: list[_Token], speaker: tuple[int, int]) -> bool:
    """ "the women say"; "people close to Clinton say", "aides familiar with the talks say": the head is before."""
    close = next((k for k in range(*speaker) if tokens[k].low in CLOSE_LINKS), None)
    if close is not None and close > speaker[0]:
        head = tokens[close - 1]
        return head.low in PLURAL_HEADS or head.low.endswith("s") and not head.possessive
    return tokens[speaker[1] - 1].low in PLURAL_HEADS


# Words after the one called that end the call: nothing is said of them ("called Sanders to congratulate him").
CALL_ENDS = word_set("and to shortly after before later asking")


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


# Words that make "show" a programme ("morning shows", "talk show").
SHOW_KINDS = word_set("tv television radio talk morning news cable reality interview popular favorite")


def _name_and_description(tokens: list[_Token], comma: int) -> bool:
    """ "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said ...": a name and its
    description before the comma are the subject, not a claim that came first."""
    k = 1 if tokens and tokens[0].low in SENTENCE_OPENERS else 0
    name = k
    while k < comma and (tokens[k].capitalised or tokens[k].text in "-." or tokens[k].low == "of" and k > name):
        k += 1
    if k == name or k >= comma or tokens[k].text != "," or not tokens[k - 1].capitalised:
        return False
    return tokens[k + 1].low in ("a", "an", "the") or tokens[k + 1].low in POSSESSIVE_PRONOUNS


def _noun_phrase_ending(tokens: list[_Token], last: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``last``, back to its determiner: "passed out [water bottles] that said"."""
    k = last
    while k >= 0 and tokens[k].is_word and not _main_verb(tokens[k]):
        if tokens[k].low in DETERMINERS:
            return k, last + 1
        if tokens[k].low in STOP or tokens[k].low in BACK_PARTICLES:
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


# Words that point back to words already reported.
ALREADY_SAID = word_set("similar same usual those these such")
# Prepositions that join what is said to the noun of speech ("a call for", "jokes about").
SPEECH_MADE_LINKS = word_set("for about of that to")


def _speech_made(tokens: list[_Token], k: int) -> int | None:
    """Where "make" with a noun of speech ends ("made an unprompted call for", "made similarly bigoted charges"),
    the light verb and its noun reporting what was said."""
    for j in range(k, min(len(tokens), k + 5)):
        t = tokens[j]
        if t.low in SPEECH_MADE:
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


# Verbs before a bare infinitive: "found" after them is "to found", not the past of "find".
HELPING = word_set("help helps helped helping")


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
    attitude = token.low in ATTITUDE_LEMMAS
    lemma = CUE_LEMMAS.get(token.low) or ATTITUDE_LEMMAS.get(token.low)
    lemma = lemma or ("say" if _verb_after_quote(tokens, i) else None)
    if lemma is None:
        return None
    if token.capitalised and i > 0 and not _title_case(tokens):
        return None  # a name ("Hope", "Said"), not a verb; headlines are another matter
    if token.low in MINDSET_ADJECTIVES and _copula_before(tokens, i) is not None:
        return _mindset_candidate(tokens, i)
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
    elif lemma in PHRASAL_ONLY:
        return None
    if cue_end > i + 1 and cue_end < len(tokens) and tokens[cue_end].low in PASSIVE_AUX | (MODALS - {"to"}):
        return None  # "the obliteration ... Johnson spoke of was changing ...": the particle's object stands before
    if cue_end < len(tokens) and tokens[cue_end].low == "by":
        return None  # "statements cited by AP": a passive, the cue belongs to "according to"
    if lemma == "add" and cue_end < len(tokens) and tokens[cue_end].low == "to":
        return None  # "added to the list": a thing added, not something said
    if token.low in GERUND_NOUNS and i >= 2 and tokens[i - 2].low in DETERMINERS and tokens[i - 1].is_word:
        return None  # "a strong showing", "a stark warning": a noun after its adjective
    if cue_end < len(tokens) and tokens[cue_end].low == "up" and lemma in ("show", "add"):
        return None  # "voters aren't showing up", "deficits would add up to $1.5 trillion"
    if cue_end < len(tokens) and tokens[cue_end].low == "off":
        return None  # "has written off efforts by ...", "showing off the hat", "called off the vote": other verbs
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
    if before >= 1 and tokens[before].low == "to" and tokens[before - 1].low in CONTINUATIVE and lemma != "show":
        # Evidence goes on showing ("its maps continued to show activity"); people go on saying.
        before -= 2  # "continued to allege": the speaker stands before "continued"
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
        return _Candidate("participle", (i, cue_end), None, before if joined else i, lemma)
    if gerund_clause:
        return _Candidate("participle", (i, cue_end), None, max(before, 0), lemma)
    named = _named_before_comma(tokens, before) if before > 0 and tokens[before].text == "," else None
    if named is not None:
        # "Separately, Maiduguri resident Andrew Tada, said the insurgents ...": a stray comma
        # after the speaker, not a claim before the verb.
        return _Candidate("before", (i, cue_end), named, named[0], lemma)
    inverted = before >= 0 and _closes_claim(tokens, before) and lemma in INVERTING_VERBS
    if inverted and not _closes_relative(tokens, before) and not _name_and_description(tokens, before):
        speaker = _speaker_after(tokens, cue_end)
        if speaker is not None and tokens[before].text in CLOSING_QUOTES:
            speaker = _complement_after(tokens, speaker)
        # "..., said an American official who was briefed on the details ...": a relative clause describes him.
        # An indefinite one is new to the text, and so is a name ("said Sen. Jim Whelan who represents ...");
        # "said the staff member who ..." more likely opens a claim.
        described = speaker is not None and speaker[1] < len(tokens) and tokens[speaker[1]].low in ("who", "whose")
        new = speaker is not None and (tokens[speaker[0]].low in ("a", "an", "one") or tokens[speaker[0]].capitalised)
        described = described and new
        if speaker is not None and (described or _tail_end(tokens, speaker[1]) is not None):
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
    if token.low == lemma and not (_agrees_with_base_form(tokens, speaker, i) or _unmarked_plural(tokens, speaker)):
        return None
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
        claim_from=_after_manner_aside(tokens, cue_end),
    )


# Prepositions of a phrase that may stand between a subject and its verb ("Jeb Bush in a Medium post said").
PLACING_PHRASE = word_set("in on at during over")


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


# Verbs that give a name as well as a judgement ("named", "identified").
NAMING_CUES = word_set("name identify")


def _only_names(tokens: list[_Token], speaker: tuple[int, int], cue: _Token) -> bool:
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
    if CUE_LEMMAS.get(cue.low) in NAMING_CUES and _only_names(tokens, speaker, cue):
        return True
    # "not everything Trump says is true", "whatever Trump charged his campaign": the cue's object stands first.
    return first in OBJECT_PRONOUNS and first not in ("something", "what")


# Adjectives that end a noun phrase only when a noun follows them.
NOUN_ADJECTIVES = word_set("same old new own other latest")
NEGATIVE_SUBJECTS = word_set("nobody")


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


# What may follow a cue whose object was moved before it ("what Trump said about Latinos").
GAP_FOLLOWERS = word_set("to about of in on at with during from before after while when")
OBJECT_PRONOUNS = word_set("anything everything something nothing what whatever")


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


# What turns "advise" from a job into counsel given: "advising the Vermont senator to stick to the issues",
# "advise him that the danger had increased", "advising leaders on how to win elections".
COUNSEL_MARKERS = QUESTION_WORDS | word_set("to that against not")


def _not_a_claim_object(tokens: list[_Token], cue_end: int, lemma: str) -> bool:
    """What follows the cue is a thing or an act, not a claim."""
    if lemma == "advise":
        # "Cordesman, who has also advised Arizona Sen. John McCain", "Centerview advised on three of those":
        # a client served, not counsel given (measured on the tuning articles: 9 false dropped, no found one).
        return not any(t.low in COUNSEL_MARKERS or t.text in QUOTES for t in _clause_words(tokens, cue_end))
    if cue_end + 1 >= len(tokens):
        return False
    after, then = tokens[cue_end].low, tokens[cue_end + 1].low
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


def _quantifier_subject(tokens: list[_Token], before: int, cue: int) -> tuple[int, int] | None:
    """ "Several said they would rather ...", "42% say they are liberal": a quantifier or a share that
    opens its clause is the subject, not a determiner of the cue word."""
    if before < 0:
        return None
    word = tokens[before]
    if word.text == "%" and before >= 1 and tokens[before - 1].text[0].isdigit():
        return before - 1, before + 1
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


# Words that stress the subject after them ("Even Republicans who have praised him warned ...").
FOCUS_WORDS = word_set("even only")


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
            if head[0] > 0 and (tokens[head[0] - 1].text == "," or not _opens_subject(tokens, head[0] - 1)):
                return None  # "..., Florida who were voting ...": a name after a comma is an apposition
            return head, (head[0], before + 1)
    return None


def _participle_subject(tokens: list[_Token], before: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Democrats trying to regain control of the Senate in November say": a subject that a participle
    describes, up to the verb. The head noun and the whole subject, as for a relative clause."""
    if before < 2 or not tokens[before].is_word or tokens[before].low in PRONOUNS or _not_a_name(tokens[before]):
        return None
    for k in range(before - 1, max(0, before - MAX_TAIL_TOKENS - 3), -1):
        t = tokens[k]
        if not t.is_word or _is_reporting_verb(t.low) or t.low in RELATIVES | {"that"}:
            return None
        if _main_verb(t) and t.low != "to":
            return None  # "Voters who backed ... were ...": a verb of its own
        if not _participle(t):
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


# Verbs of resolving on a course: a decision made is the decider's stance ("Teachout decided to bypass Faso").
DECIDING = word_set("decide")


def _attitude_candidate(tokens: list[_Token], i: int, cue_end: int, before: int, lemma: str) -> _Candidate | None:
    """ "Rubio wants to emerge as ...", "He thinks Cruz will win", "most supported Sanders".

    Verbs of attitude are as often the writer's own words ("seems", "if you want to"), so
    only the plain shape counts: a speaker right before the verb (no aside, not a participle)
    and a complement right after it.
    """
    if lemma in PHRASING:
        return _phrasing_candidate(tokens, i, cue_end, before, lemma)
    if lemma in WISHING and not _wished(tokens, i, cue_end) or lemma in MINDSET_ADJECTIVES:
        return None  # a state of mind is held only after a linking verb ("certain others", "determined by")
    backing = lemma in BACKING_VERBS
    if lemma in DECIDING and tokens[i].low == lemma:
        return None  # "if politicians decide to ...", "the voters decide winners": no decision made yet
    # "Black voters have formed an important part of Clinton’s coalition, supporting her ...".
    complement = cue_end < len(tokens) and _attitude_complement(tokens, cue_end, lemma)
    if tokens[i].low.endswith("ing") and before >= 0 and _after_comma(tokens, before) and complement:
        return _Candidate("participle", (i, cue_end), None, i, lemma)
    joined = _holder_joined(tokens, i, before) if complement else None
    if joined is not None:
        return _Candidate("before", (i, cue_end), joined, i, lemma)
    if before >= 0 and tokens[before].text == ",":
        before = _before_adverbial_aside(tokens, before)
    # "an outside group backing Marco Rubio": a stance taken by the noun it follows.
    # "super PACs supporting Texas Sen. Ted Cruz": an acronym is a noun too.
    noun_case = before >= 0 and (not tokens[before].capitalised or tokens[before].text[:2].isupper())
    stance = lemma in OBJECT_VERBS and noun_case
    stance = stance and tokens[before].is_word and not _not_a_name(tokens[before])
    plain = (
        before >= 0 and tokens[before].is_word and not (tokens[i].low.endswith("ing") and not _progressive(tokens, i))
    )
    appositive = _named_before_appositive(tokens, before) if not (plain or stance) else None
    if not (plain or stance or appositive):
        return None
    relative = _relative_subject(tokens, before) if plain and not appositive else None
    speaker = appositive or (relative[0] if relative else _speaker_before(tokens, before))
    holder = speaker is not None and (
        _relative_holder(tokens, speaker, lemma, cue_end) or _body_holder(tokens, speaker, lemma, cue_end)
    )
    if (
        speaker is None
        or not holder
        and tokens[speaker[1] - 1].low in NOT_HOLDERS
        and not (backing and speaker[1] - 1 == before)
    ):
        return None
    if backing and tokens[speaker[1] - 1].low in NOT_HOLDERS and tokens[speaker[1] - 1].low != "who":
        return None
    if _reported_before(tokens, speaker[0]):
        return None  # "says she wants ...": one claim, the reporting verb's
    if tokens[i].low == lemma and not _agrees_with_base_form(tokens, speaker, i):
        speaker = _plural_head(tokens, speaker)
        if speaker is None:
            return None
    if _parenthetical(tokens, speaker, cue_end):
        return _Candidate("before", (i, cue_end), speaker, speaker[0], lemma)
    if _judging_relative(tokens, speaker, cue_end, lemma):
        # PolNeAR's claim is the relative and the judgement, without the holder: the judgement stands for it.
        return _Candidate("before", (i, cue_end), speaker, speaker[0], lemma, reduced=True)
    if cue_end >= len(tokens) or not _attitude_complement(tokens, cue_end, lemma):
        return None
    if any(t.text == "?" for t in tokens[cue_end:]):
        return None  # "Do you think he can win?" asks; it attributes nothing
    if relative:
        speaker = relative[1]  # "voters who backed Obama in 2012 believe ...": the head agrees, the whole speaks
    elif _gap_clause(tokens, cue_end):
        speaker = _holder_after_head(tokens, speaker)
    if lemma in JUDGING_VERBS and not _judged_as(tokens, cue_end) and not _foreseen(tokens, i, cue_end):
        return None  # "I saw him at the rally" perceives; "Mr. Obama sees Mr. Netanyahu as captured by ..." judges
    first = i - 1 if lemma in WISHING and tokens[i - 1].low == "would" else i  # the cue is "would like"
    return _Candidate("before", (first, cue_end), speaker, speaker[0], lemma, reduced=stance and not plain)


# Verbs of wording, credited to the author only in "as X put it, ...".
PHRASING = word_set("put")


def _phrasing_candidate(tokens: list[_Token], i: int, cue_end: int, before: int, lemma: str) -> _Candidate | None:
    """ "As The Post's Dana Milbank puts it, "Senate Republicans are unmoved ..."", "as an American diplomat
    put it, an ''extreme makeover''", "As Akhil Amar, professor of constitutional law at Yale, put it, ...":
    the words that follow are the author's."""
    if before < 1 or cue_end >= len(tokens) or tokens[cue_end].text not in (",", ":"):
        return None
    if tokens[before].text in CLOSING_QUOTES and tokens[before - 1].text == ",":
        before -= 1  # "author of ''America's Unwritten Constitution,'' put it"
    if tokens[before].text == ",":
        # "As Akhil Amar, professor of constitutional law at Yale, put it": the name before the aside.
        commas = (k for k in range(before - 1, max(0, before - MAX_ASIDE_TOKENS), -1) if tokens[k].text == ",")
        before = next(commas, 0) - 1
    speaker = _speaker_before(tokens, before) if before >= 0 else None
    if speaker is None or speaker[0] < 1 or tokens[speaker[0] - 1].low != "as":
        return None
    return _Candidate("before", (i, cue_end), speaker, speaker[0] - 1, lemma)


# Verbs of liking, a wish only in the conditional ("would like to").
WISHING = word_set("like")


def _wished(tokens: list[_Token], i: int, cue_end: int) -> bool:
    """ "the Republican candidates would like to shrink ...", "I’d like to ...": a wish; "voters like Ms. Ortiz" and
    "audiences like the classics" are a likeness and a taste."""
    if i < 1 or cue_end + 1 >= len(tokens) or tokens[cue_end].low != "to":
        return False
    return tokens[i - 1].low in ("would", "’d", "'d") or tokens[i - 1].low.endswith(("’d", "'d"))


# Words of degree between a copula and a state of mind ("was so convinced", "are not quite sure").
DEGREE_WORDS = word_set("so very more less too quite far not all as most least")
# Verbs that link a subject to its state of mind, besides "be" ("remain hopeful", "seemed hopeful").
LINKING = word_set("remain remains remained seem seems seemed became become becomes grew grow feel feels felt")
# States of mind that take an infinitive ("eager to make his mark"), and those whose "to" is a forecast ("is
# almost certain to win" is the writer's hedge).
MINDS_TO = word_set("eager determined willing unwilling keen")
# The prepositions that open what a state of mind is about ("worried about", "skeptical of", "confident in").
MINDSET_PREPOSITIONS = word_set("about of in")
# The lemma a state of mind about a noun phrase goes by: its object ends like a stance verb's ("worried about
# what Donald Trump is stirring up in her members, because she thinks he can win").
MIND_OBJECT = "be-minded"
OBJECT_VERBS |= {MIND_OBJECT}


def _copula_before(tokens: list[_Token], i: int) -> int | None:
    """The linking verb before a state of mind: "is eager", "are not convinced", "they’re hopeful"."""
    k = i - 1
    while k >= 0 and (tokens[k].low in DEGREE_WORDS or _between_speaker_and_cue(tokens[k])):
        k -= 1
    if k < 1:
        return None
    t = tokens[k]
    if t.low in PASSIVE_AUX - {"be", "being"} or t.low in LINKING or t.low == "be" and tokens[k - 1].low in MODALS:
        return k
    return k if _contracted_subject(t) else None  # "they’re hopeful", "he’s eager"


def _mindset_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Freddy was eager to make his mark", "Her advisers are not convinced that ...", "The Mexican government is
    worried that ...", "Some top Democrats are ... openly skeptical about Sanders's ability ...": a state of mind
    held by the subject, about what follows it."""
    cue_end = i + 1
    copula = _copula_before(tokens, i)
    if copula is None or cue_end + 1 >= len(tokens):
        return None
    word, first = tokens[i].low, tokens[cue_end]
    claim_from = None
    if first.low == "to":
        following = tokens[cue_end + 1]
        if word not in MINDS_TO or not following.is_word or following.low in DETERMINERS | PASSIVE_AUX:
            return None
    elif word in MINDS_TO:
        return None
    elif first.low in MINDSET_PREPOSITIONS:
        claim_from = cue_end + 1
    elif not _attitude_complement(tokens, cue_end, "think") or first.low in QUESTION_WORDS - {"whether"}:
        return None
    if _contracted_subject(tokens[copula]):
        speaker = (copula, copula + 1)
    else:
        before = copula - 1
        while before >= 0 and _between_speaker_and_cue(tokens[before]):
            before -= 1
        speaker = _speaker_before(tokens, before) if before >= 0 else None
    # "..., who were eager to endorse Mr. Trump": a relative describes someone, as "who supports Clinton" does.
    if speaker is None or tokens[speaker[1] - 1].low in NOT_HOLDERS | {"you", "what"}:
        return None
    if _reported_before(tokens, speaker[0]):
        return None  # "said he was confident that ...": one claim, the reporting verb's
    lemma = MIND_OBJECT if claim_from is not None else word
    return _Candidate("before", (i, cue_end), speaker, speaker[0], lemma, claim_from=claim_from)


# Verbs that judge their object with a predicate after it ("considered too risky", "views as a peer").
PREDICATING = JUDGING_VERBS | word_set("consider")
RELATIVE_OBJECTS = word_set("whom which that")


def _judging_relative(tokens: list[_Token], speaker: tuple[int, int], cue_end: int, lemma: str) -> bool:
    """ "someone whom Mr. Trump views as something of a peer", "the arrangement, which at least one former employee
    considered obviously illegal": the relative clause is the holder's judgement of the noun before it."""
    rel = speaker[0] - 1
    while rel > 0 and tokens[rel].low in COUNT_OPENERS | {"at", "least"}:
        rel -= 1  # "which at least one former employee considered ..."
    if lemma not in PREDICATING or rel < 1 or cue_end >= len(tokens) or tokens[rel].low not in RELATIVE_OBJECTS:
        return False
    antecedent = tokens[rel - 1]
    if not (antecedent.text == "," or antecedent.is_word and antecedent.low not in STOP):
        return False
    if antecedent.is_word and (_is_reporting_verb(antecedent.low) or antecedent.low in ATTITUDE_LEMMAS):
        return False  # "said that they view ...": a complement, not a relative
    if tokens[speaker[1] - 1].low in NOT_HOLDERS:
        return False
    following = tokens[cue_end]
    if lemma in JUDGING_VERBS:
        judged = following.low == "as" or _judged_as(tokens, cue_end - 1)
    else:
        judged = following.is_word and following.low not in DETERMINERS | PRONOUNS | {"that", "to", "whether", "it"}
        judged = judged and not following.low.endswith("ing")
    return judged


def _holder_after_head(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int]:
    """ "a tactic Democrats hope will ...", "a gift President Barack Obama knew would ...": in a relative
    clause without "that" the holder's name follows the noun it describes; the holder is the name alone."""
    if tokens[speaker[0]].low not in DETERMINERS:
        return speaker
    for k in range(speaker[0] + 2, speaker[1]):
        before = tokens[k - 1]
        if tokens[k].capitalised and before.is_word and not before.capitalised and before.low not in PHRASE_LINKS:
            return k, speaker[1]
    return speaker


def _holder_joined(tokens: list[_Token], i: int, before: int) -> tuple[int, int] | None:
    """ "Indiana politicians, who granted Carrier tax breaks, are furious at the company and want their money
    back", "Carole Bower ... supported Gov. John Kasich in the primary, but now plans to vote for Mr. Trump": a
    verb of attitude joined by "and" or "but" to the main clause's predicate has that clause's subject."""
    if before < 1 or tokens[before].low not in ("and", "but") or tokens[i].low.endswith("ing"):
        return None
    # "said she supports a $12 wage nationally but supports cities that go higher": both are the claim.
    clause_verbs = THINKING_VERBS | HOLDING
    if any(_is_reporting_verb(t.low) for t in tokens[:before]):
        return None
    held = next((k for k in range(before) if ATTITUDE_LEMMAS.get(tokens[k].low) in clause_verbs), None)
    start = _main_clause_start(tokens, before)
    infinitive = any(
        tokens[k].low == "to" and tokens[k - 1].low in ATTITUDE_LEMMAS for k in range(max(start, 1), before)
    )
    if tokens[i].low == ATTITUDE_LEMMAS[tokens[i].low] and infinitive:
        return None  # "planning to withdraw from her race and seek her party's nomination": one infinitive's
    for k in range(before - 1, start, -1):
        if tokens[k].text in (",", ";") or tokens[k].text in DASHES:
            # "African Americans such as Borders, who are drawn to his message ... and feel that ...": the
            # relative clause's second verb is its own.
            if tokens[k + 1].low == "who":
                return (k + 1, k + 2) if ATTITUDE_LEMMAS[tokens[i].low] in HELD_BY_RELATIVES else None
            if tokens[k].text == ";":
                start = k + 1  # "... ushered in a thaw; he helped broker a truce ... and decided to ..."
            break
    subject = _subject_at(tokens, start, before)
    if subject is None or tokens[subject[1] - 1].low in NOT_HOLDERS:
        return None
    verb = tokens[subject[1]]
    if held is not None and not (tokens[before - 1].text == "," and held == subject[1]):
        # "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as ...": after a comma, the second verb
        # is the subject's again; without one it may belong to the held clause ("thinks she ... and feels ...").
        return None
    # "Along with her husband ...", "The group went ahead and backed ...": no clean subject before a verb.
    if not (verb.is_word or verb.text == ",") or verb.capitalised or verb.low in PHRASE_LINKS | {"and", "but", "or"}:
        return None
    if tokens[i].low == ATTITUDE_LEMMAS[tokens[i].low] and not _agrees_with_base_form(tokens, subject, i):
        return None
    return subject


def _describes_reported_speaker(tokens: list[_Token], i: int, first: int, cue_end: int) -> bool:
    """ "said Edward G. Rendell, a former Pennsylvania governor, who supports Mrs. Clinton", "Reid, who
    endorsed Clinton in February, reiterated ...", "Levin, a superdelegate supporting Clinton, said": a
    stance in a relative or a noun phrase that describes the speaker of a reporting verb tells who the
    speaker is; PolNeAR leaves such background out, and it is no claim of the article's."""
    relative = tokens[first].low == "who"
    reduced = tokens[i].low.endswith("ing") and tokens[first].is_word and not _progressive(tokens, i)
    if not (relative or reduced and not _not_a_name(tokens[first])):
        return False
    # Back to a reporting verb that names the speaker right after it, over the name and its descriptions.
    for k in range(first - 1, max(-1, first - 2 * MAX_TAIL_TOKENS), -1):
        t = tokens[k]
        abbreviation = t.text == "." and k > 0 and tokens[k - 1].end == t.start and tokens[k - 1].capitalised
        if t.text in QUOTES or t.text in SENTENCE_END and not abbreviation or t.text in (";", ":"):
            break  # "Edward G. Rendell": the initial's stop ends nothing
        if t.low in MODALS | PASSIVE_AUX:
            break
        if _is_reporting_verb(t.low) and not t.capitalised:
            if k + 1 < first and tokens[k + 1].capitalised:
                return True
            break  # "on the same show, Sen. Claire McCaskill (D-Mo.), who ...": a noun, or a verb of another's
    # On to the comma that closes the description: a reporting verb after it has the described noun for subject.
    depth = 0
    for k in range(cue_end, min(len(tokens), cue_end + MAX_TAIL_TOKENS)):
        t = tokens[k]
        abbreviation = t.text == "." and tokens[k - 1].end == t.start and tokens[k - 1].capitalised
        if t.text in QUOTES or t.text in SENTENCE_END and not abbreviation or t.text in (";", ":", "—"):
            return False
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth <= 0 and t.low == "and" and k + 1 < len(tokens) and _is_reporting_verb(tokens[k + 1].low):
            return True  # "Sanders, who endorsed Canova in late May and said he would probably campaign"
        elif depth <= 0 and t.text == ",":
            j = k + 1
            while j < len(tokens) and _is_adverb(tokens[j]):
                j += 1
            return j < len(tokens) and _is_reporting_verb(tokens[j].low) and not tokens[j].low.endswith("ing")
    return False


def _named_before_appositive(tokens: list[_Token], comma: int) -> tuple[int, int] | None:
    """ "Todd Wilcox, a combat veteran and former CIA officer, wants more opportunities ...": the
    subject that opens the sentence, named before a description of it."""
    if comma < 3 or tokens[comma].text != ",":
        return None
    speaker = _speaker_before(tokens, comma)
    if speaker is None or speaker[0] != 0 or not tokens[speaker[1] - 1].capitalised:
        return None
    return speaker


def _plural_head(tokens: list[_Token], speaker: tuple[int, int]) -> tuple[int, int] | None:
    """ "Majorities across the political spectrum favor ...", "Democrats on the House Select Committee on
    Benghazi plan ...", "many officials on and off the island believe ...", "few on either side of the debate
    think ...", "Women back him": the plural a bare verb agrees with may stand before the phrases that place
    it, or be a plural without -s."""
    if tokens[speaker[1] - 1].low in IRREGULAR_PLURALS:
        return speaker
    # "voters outside metro New York know Bloomberg": the place inside the subject follows its head.
    inside = next((k for k in range(speaker[0] + 1, speaker[1]) if tokens[k].low in PLACING_PREPOSITIONS), None)
    if inside is not None and _plural_word(tokens[inside - 1]):
        return speaker
    for k in range(speaker[0] - 1, max(0, speaker[0] - 2 * MAX_SPEAKER_TOKENS), -1):
        t = tokens[k]
        if not t.is_word or t.low in STOP and t.low not in PLACING_PREPOSITIONS | DETERMINERS | {"and", "either"}:
            return None
        if t.low in PLACING_PREPOSITIONS and _plural_word(tokens[k - 1]):
            head = _speaker_before(tokens, k - 1)
            return head[0] if head else k - 1, speaker[1]
    return None


def _plural_word(token: _Token) -> bool:
    """ "officials", "Democrats", "few", "women": a word that names more than one."""
    low = token.low
    if low in IRREGULAR_PLURALS or low in QUANTIFIER_PRONOUNS - {"another"} or low in QUANTITIES:
        return True
    if _counts(token):
        return low not in ("1", "one")  # "8 in 10 in Alabama support ..."
    return low.endswith("s") and not low.endswith("ss") and not token.possessive and low not in STOP and len(low) > 3


def _parenthetical(tokens: list[_Token], speaker: tuple[int, int], cue_end: int) -> bool:
    """ "His leverage, they believe, isn’t going anywhere", "..., some Democrats now think.": the view
    is set off by punctuation around its speaker and the verb, and the claim is the clause around it."""
    if speaker[0] < 1 or cue_end >= len(tokens) or tokens[cue_end].text not in {",", ".", *DASHES}:
        return False
    if tokens[cue_end - 1].low not in ATTITUDE_LEMMAS or ATTITUDE_LEMMAS[tokens[cue_end - 1].low] not in HOLDING:
        return False  # "..., Sanders released details of his health-care plan."
    if tokens[speaker[0]].low in ("you", "we", "which", "who", "that", "it"):
        return False  # "(Yes, we know, guacamole is extra.)": the writer's aside
    return tokens[speaker[0] - 1].text in {",", *DASHES}


def _relative_holder(tokens: list[_Token], speaker: tuple[int, int], lemma: str, cue_end: int) -> bool:
    """ "Petrilli, who thinks the administration made a power grab", "experts who think the case is clear":
    a relative "who" holds the view when it adds to a named antecedent (after a comma) or when what
    it holds is a clause. "Residents who want to leave" only says which residents are meant."""
    if speaker[1] - speaker[0] != 1 or tokens[speaker[0]].low != "who" or cue_end >= len(tokens):
        return False
    if speaker[0] >= 1 and tokens[speaker[0] - 1].text == "," and lemma not in JUDGING_VERBS:
        return lemma in HELD_BY_RELATIVES
    if lemma in JUDGING_VERBS:
        return _judged_as(tokens, cue_end)  # "operatives, who see Clinton as the candidate ..."
    return lemma in THINKING_VERBS and tokens[cue_end].low != "to"


# Verbs of intending, which only people and bodies do: "it" before them is a body ("It plans to raise rates
# more slowly", "it hopes to reap benefits of its own"), not the writer's "it seems".
INTENDING = word_set("want hope plan intend wish aim seek decide")


def _body_holder(tokens: list[_Token], speaker: tuple[int, int], lemma: str, cue_end: int) -> bool:
    """Whether a lone "it" holds an intention: with an infinitive, or a clause after an auxiliary."""
    if speaker[1] - speaker[0] != 1 or tokens[speaker[0]].low != "it" or lemma not in INTENDING:
        return False
    return cue_end < len(tokens) and (tokens[cue_end].low == "to" or _gap_clause(tokens, cue_end))


# Objects of "see" in idioms that hold no reading of the world ("they see eye to eye", "as they see fit").
SEEN_IDIOMS = word_set("eye fit")


def _foreseen(tokens: list[_Token], i: int, first: int) -> bool:
    """ "Investors see about a one-in-five chance that ...", "In 't Veld sees parallels between ...": in the
    present, what someone sees in the world is their reading of it; "I saw him at the rally" perceives."""
    if tokens[i].low not in ("see", "sees") or i > 0 and tokens[i - 1].low in MODALS:
        return False  # "A typical voter would see the ad at least 10 times": a sight to come
    first_word = tokens[first].low
    return tokens[first].is_word and first_word not in OBJECTS | SEEN_IDIOMS | {"it", "her", "you", "what", "how", "if"}


def _judged_as(tokens: list[_Token], first: int) -> bool:
    """Whether what follows a verb of seeing is a judgement: "see golf courses as wasted space",
    "viewed him favorably"."""
    for j in range(first + 1, min(len(tokens), first + MAX_TAIL_TOKENS)):
        t = tokens[j]
        if t.low in ("favorably", "unfavorably", "favourably", "unfavourably"):
            return True
        if t.low == "as":
            return j + 1 < len(tokens) and tokens[j + 1].low not in (
                "well",
                "soon",
                "long",
                "much",
                "many",
                "far",
                "if",
            )
        if not t.is_word and t.text not in "-’'." or t.low in STOP and t.low not in DETERMINERS:
            return False
    return False


def _before_adverbial_aside(tokens: list[_Token], comma: int) -> int:
    """The token before a short lowercase aside ("Sanders, meanwhile, hopes") or a relative clause
    ("Ramos, who lives in Miami, considers himself ..."), else the comma itself."""
    for k in range(comma - 1, max(0, comma - MAX_ASIDE_TOKENS), -1):
        if tokens[k].text == ",":
            inside = tokens[k + 1 : comma]
            short = len(inside) <= 4 and all(t.is_word and not t.capitalised for t in inside)
            if inside and (short and inside[0].low not in NOT_HOLDERS or inside[0].low in ("who", "whose", "which")):
                return k - 1
            break
        if tokens[k].text in QUOTES or tokens[k].text in DASHES:
            break
    return comma


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


def _progressive(tokens: list[_Token], i: int) -> bool:
    """ "is backing", "is also congratulating", "he’s hoping": an -ing form after its auxiliary."""
    k = i - 1
    while k >= 0 and _between_speaker_and_cue(tokens[k]):
        k -= 1
    return k >= 0 and (tokens[k].low in PASSIVE_AUX or _contracted_subject(tokens[k]))


def _contracted_subject(token: _Token, progressive: bool = True) -> bool:
    """A third person with its auxiliary: "he’s (saying)", "they’re (saying)", "they’ve (said)".

    "I’m telling you" is a quotation's own voice; "it’s written" a passive.
    """
    head, apostrophe, rest = token.low.replace("'", "’").rpartition("’")
    if not apostrophe or head not in ("he", "she", "they"):
        return False
    return rest in ("s", "re") if progressive else rest in ("ve", "d", "ll")


def _reported_before(tokens: list[_Token], first: int) -> bool:
    """Whether the clause starting at ``first`` is what a reporting verb just before it reports."""
    for k in range(first - 1, max(-1, first - MAX_TAIL_TOKENS), -1):
        t = tokens[k]
        if t.text in (",", ";", ":") or t.text in SENTENCE_END:
            return False
        if _is_reporting_verb(t.low) or t.low in ATTITUDE_LEMMAS and ATTITUDE_LEMMAS[t.low] not in WISHING:
            return True  # "places like South Carolina where African-American voters ... support": a likeness
    return False


# Verbs of attitude that hold a state as well as a clause ("feel squeezed financially", "feel like they've had
# a tangible influence").
SENSING = word_set("feel")


def _felt_state(tokens: list[_Token], k: int) -> bool:
    """ "feel discriminated against", "felt betrayed", "feel like they've had ...", "felt as if she was ...":
    a state in a participle or a likeness."""
    first = tokens[k]
    if first.low == "like" or first.low == "as" and k + 1 < len(tokens) and tokens[k + 1].low == "if":
        return True
    return first.low.endswith("ed") and not first.capitalised and first.low not in STOP


# Auxiliaries that open a held clause whose subject stands before the holder ("a move the kingdom hopes
# will shatter ...", "whom many progressives believed was ..."); "do" is as often the holder's own ("I think
# do").
GAP_AUX = FINITE_AUX - word_set("do does did")


def _gap_clause(tokens: list[_Token], k: int) -> bool:
    """ "a tactic Democrats hope will dampen Latino support", "what scientists think is necessary": after a verb
    of thinking, an auxiliary opens a clause whose subject is the noun the holder's relative clause describes,
    and that clause is held. ("to be" is not one: "A developer known to be bullish on golf" is a passive.)"""
    return tokens[k].low in GAP_AUX


def _attitude_complement(tokens: list[_Token], k: int, lemma: str) -> bool:
    """Whether the word at ``k``, after a verb of attitude, opens what is held: a clause, an infinitive or an object."""
    first = tokens[k]
    quoting = lemma in OBJECT_VERBS or lemma in HOLDING
    if quoting and first.text in OPEN_QUOTES | {STRAIGHT_QUOTE, "'"} and k + 1 < len(tokens):
        # "Clinton supports “appropriate pay raises,”", "Liberal politicians fear 'Europe is disintegrating.'"
        return tokens[k + 1].is_word
    if not first.is_word:
        return False
    if lemma == "consider" and first.low.endswith("ing") and first.low not in NOT_PARTICIPLES:
        return True  # "Iampaglia considered selling her eggs": a course of action weighed
    if lemma == "back" and (first.low in BACK_PARTICLES or k + 1 < len(tokens) and tokens[k + 1].low == "up"):
        return False  # "backed down", "dates back to 1994", "backed her up": an adverb or a phrasal verb
    if first.low == "to" and lemma in BACKING_VERBS and lemma != "prefer":
        return False  # "two sons back to Addis Ababa": one backs someone, never backs to do something
    if first.low == "that" or first.low == "to" and lemma not in THINKING_VERBS:
        return first.low == "to" or lemma not in INFINITIVE_ONLY
    if lemma in INFINITIVE_ONLY:
        return False
    if lemma in JUDGING_VERBS and first.low in OBJECTS | {"her", "it"}:
        return True  # "viewed him favorably", "sees them as a threat"
    if lemma in JUDGING_VERBS and first.low in COUNT_OPENERS and k + 1 < len(tokens):
        # "Investors see about a one-in-five chance that ...": an estimate, not the writer's "see about it".
        return tokens[k + 1].low in DETERMINERS | NUMBER_WORDS or tokens[k + 1].text[0].isdigit()
    if lemma in THINKING_VERBS or lemma in HOLDING:
        if _gap_clause(tokens, k):
            return True
        if lemma in SENSING and _felt_state(tokens, k):
            return True
        # "Supporters of the law hope this is just a transition period", "We believe six debates ... is".
        subject = first.low.replace("'", "’").partition("’")[0]  # "they’re"
        if (
            subject in PRONOUNS
            or first.low in DETERMINERS | NUMBER_WORDS
            or first.capitalised
            and first.low not in STOP
        ):
            return True
        # "Clinton strategists think women are likely to be the key", "Democrats fear party's split will
        # hurt Clinton": a bare noun opens a clause when a verb follows it, not when it is the object.
        return first.low.replace("'", "’") in CLAUSE_SUBJECTS or _bare_subject(tokens, k)
    return first.low not in STOP and not _is_adverb(first)


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


def _colon_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "Republican pollster Daron Shaw: “...”" and a transcript's or headline's "Trump: ..."."""
    if i == 0 or i + 1 >= len(tokens):
        return None
    if i > 1 and tokens[i - 1].low == "it" and tokens[i - 2].low in PHRASING | {"puts"}:
        return None  # "As John Cornyn ... put it: “...”" is the phrasing's to attribute, not a speaker "it"
    speaker = _speaker_before(tokens, i - 1)
    if tokens[i + 1].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
        # "a familiar voice celebrated the attacks on Twitter: ''...''": the clause's subject, not its object.
        actor = _actor_before_colon(tokens, i)
        if actor is not None:
            return _Candidate("before", (i, i + 1), actor, actor[0], ":")
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


MAX_COLON_CLAUSE_TOKENS = 12


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


MAX_HEADING_WORDS = 3


def _title_case(tokens: list[_Token]) -> bool:
    """A headline in title case ("Hillary Clinton Says EgyptAir Crash Seems Like ...")."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return len(words) >= 4 and sum(t.capitalised for t in words) >= 0.8 * len(words)


def _relative_aside_at(tokens: list[_Token], comma: int) -> bool:
    return comma + 1 < len(tokens) and tokens[comma + 1].low in ("which", "who")


def _asked_by(tokens: list[_Token], i: int) -> bool:
    """ "Sanders was asked by host John Dickerson whether ...": a question whose asker is named after "by"."""
    if i + 2 >= len(tokens) or tokens[i + 1].low != "by":
        return False
    asker = _speaker_after(tokens, i + 2)
    return asker is not None and asker[1] < len(tokens) and tokens[asker[1]].low in QUESTION_WORDS


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


def _owner_marker(token: _Token) -> bool:
    return token.possessive or token.low in POSSESSIVE_PRONOUNS


def _agrees_with_base_form(tokens: list[_Token], speaker: tuple[int, int], cue: int) -> bool:
    """A bare verb form ("say", "claim") needs a plural subject or an auxiliary, else it is a noun."""
    aux = cue - 1
    while aux > 0 and tokens[aux].low in ("not", "never", "also", "now"):
        aux -= 1
    if tokens[aux].low in MODALS or tokens[aux].low.endswith(("n’t", "n't")):
        return True  # "did not mention", "doesn’t say"
    last = tokens[speaker[1] - 1]
    # "Aides to Clinton say", "6 in 10 say": the head comes before the preposition.
    head = next((k for k in range(speaker[0] + 1, speaker[1]) if tokens[k].low in ("to", "for", "in", "of")), None)
    if head is not None:
        last = tokens[head - 1] if not tokens[head - 1].text[0].isdigit() else tokens[head + 1]
    if _counts(last) and last.low not in ("1", "one") or last.low in QUANTITIES | QUANTIFIER_PRONOUNS - {"another"}:
        return True  # "6 in 10 say", "9 percent say", "few believe"
    if last.low in ("they", "we", "i", "you", "who"):
        return True  # "voters who say": the relative stands for a plural as often as not
    if speaker[1] - speaker[0] == 4 and tokens[speaker[0] + 1].low == "out" and _counts(tokens[speaker[0]]):
        return True  # "nine out of 10 say"
    if any(tokens[k].low == "and" for k in range(*speaker)):
        return True
    return last.low.endswith("s") and not last.possessive and last.low not in ("he", "his", "its")


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


# "a source close to him", "one Democrat familiar with the discussion": who the speaker is close to.
CLOSE_LINKS = {"close": "to", "familiar": "with", "closest": "to"}
DEMONSTRATIVES = word_set("that this")


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
        return _speaker_before_aside(tokens, last - 1) if relative or titled else None
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
            if opener is None or tokens[opener].text != "(" or not plain or not tokens[opener - 1].capitalised:
                return None
        if opener == 0:
            return None
        last = opener - 1
    if tokens[last].text == "." and last >= 2 and tokens[last - 1].low in ("jr", "sr") and tokens[last - 2].capitalised:
        last -= 1  # "His son Donald Jr. announced": the suffix ends the name
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
    if _not_a_name(tokens[last]) and not document or tokens[last].possessive:
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
    if tokens[last].text[0].isdigit():
        if last >= 2 and tokens[last - 1].low == "in" and _counts(tokens[last - 2]):
            return last - 2, end  # "Six in 10 say"
        if last >= 3 and tokens[last - 1].low == "of" and tokens[last - 2].low == "out" and _counts(tokens[last - 3]):
            return last - 3, end  # "Nearly nine out of 10 say"
        # "..., and 43 said the same", not "leads by 271 pledged delegates".
        return (last, last + 1) if last == 0 or tokens[last - 1].low in COUNT_LEADS else None
    first = last
    k = last - 1
    while k >= 0 and last - k < MAX_SPEAKER_TOKENS:
        t = tokens[k]
        if t.low in DETERMINERS or t.low in NUMBER_WORDS:
            first = k
            if k >= 2 and tokens[k - 1].low == "of" and tokens[k - 2].low in QUANTITIES:
                k -= 2  # "half of the villagers", "most of those polled": the count is the speaker
                continue
            if k >= 2 and _role_before(tokens, k - 1):
                k -= 2  # "a spokesman for the campaign"
                continue
            break
        if _role_before(tokens, k):
            k -= 1  # "aides to Clinton", "a spokeswoman for Sanders"
            continue
        if t.text[0].isdigit() and k >= 2 and tokens[k - 1].low == "in" and _counts(tokens[k - 2]):
            first = k - 2  # "7 in 10 Democrats said"
            break
        if t.text == "." and k > 0 and _abbreviated(tokens[k - 1]):
            k -= 1
            continue
        if t.low in NAME_LINKS and k > 0 and tokens[k - 1].capitalised and tokens[k + 1].capitalised:
            k -= 1
            continue
        if t.low == "and" and k > 0 and _person_word(tokens[k - 1]) and first == k + 1:
            k -= 1  # "a military source and residents said": two speakers, one claim
            continue
        if t.low == "of" and k > 0 and tokens[k - 1].low in QUANTITIES:
            k -= 1  # "72 percent of Democrats", "most of the voters"
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
        if not t.is_word or _not_a_name(t) or t.low in PRONOUNS or t.text[0].isdigit():
            break
        first = k
        k -= 1
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
        return None
    return _coordinated(tokens, (first, end))


# Pronouns that may open a coordinated subject ("she and her supporters never doubted").
COORDINATED_PRONOUNS = word_set("he she they we i")


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


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


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


# Words of a count of time before "ago" ("less than two weeks ago", "a few days ago", "about a year ago").
AGO_COUNTS = word_set("a an few several less more than about just only some")
# Adverbs between a subject and its verb that do not end in -ly ("Clinton has nevertheless called his vote ...").
CONCESSIVE_ADVERBS = word_set("nevertheless nonetheless")


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
    if k == last - 2 and tokens[k + 1].low in ("last", "this") and tokens[last].low in ("week", "month", "year"):
        return k  # "A Washington Post-ABC News poll last week found"
    return last


def _plausible_speaker(tokens: list[_Token], first: int, last: int) -> bool:
    """A lowercase head needs a determiner or a plural to be a noun phrase ("the campaign", "officials").

    Without this, any word before a cue would do ("many of them represent states").
    """
    head = tokens[last]
    if head.capitalised or head.low in SPEAKER_NOUNS or head.low in QUANTITIES:
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


# Words that open a sentence to tie it to the one before ("Moreover, Jeffrey D. Sachs ... noted").
LINKING_OPENERS = word_set("moreover furthermore besides likewise separately instead indeed otherwise thus")


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


# Prepositions that tie a speaker named after the verb to where they belong ("said Phil Musser of IMGE").
SPEAKER_LINKS = word_set("of to for from")


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
    while k < len(tokens) and k - first < MAX_SPEAKER_TOKENS:
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
        if _not_a_name(t) and t.low not in DETERMINERS:
            break
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


# Heads that stand for people and take "of" before them ("a member of the group", "one of those advisers").
MEMBER_NOUNS = word_set("member members one head")


def _counts_people(token: _Token) -> bool:
    low = token.low
    return low in QUANTITY_NOUNS or low in QUANTITIES or low in MEMBER_NOUNS or _person_noun(low) or _counts(token)


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
        if found.cue[1] <= cue_start:
            # "Carson shared a syllabus for a class called “Perception” ..., writing ...": a speaker inside
            # the main clause's object is not the one the participle hangs on; its subject is.
            main = _subject_at(tokens, _past_opening(tokens, cand.cue[0]), cand.cue[0])
            outer = main is not None and tokens[main[0]].start < found.speaker[0] and _finite_after(tokens, main[1])
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


def _main_verb(token: _Token) -> bool:
    """An auxiliary or a past tense: where a clause's verb stands ("is using", "paid")."""
    return token.low in PASSIVE_AUX | MODALS | {"has", "have", "had"} - {"to", "being", "be", "been"} or (
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
        if not (_introduces(tokens[k]) or timed):
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


def _time_word(token: _Token) -> bool:
    return token.low.removesuffix("s") in TIME_WORDS | {"hour", "minute", "moment"} or token.low in WEEKDAYS | MONTHS


def _subject_at(tokens: list[_Token], k: int, limit: int) -> tuple[int, int] | None:
    """The subject noun phrase that starts at ``k`` and ends before ``limit``."""
    if k >= limit:
        return None
    if tokens[k].low in PRONOUNS:
        return k, k + 1
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
        if t.low in VENUE_PREPOSITIONS:
            lenient = True  # "she said in a video message to the convention."
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


def _finite_cue(token: _Token) -> bool:
    return (token.low in CUE_LEMMAS or token.low in ATTITUDE_LEMMAS) and not token.low.endswith("ing")


def _between_speaker_and_cue(token: _Token) -> bool:
    """An auxiliary or adverb, including a negated one ("didn’t", "won't"), between a speaker and the cue."""
    return token.low in BETWEEN or _is_adverb(token) or token.low.endswith(("n’t", "n't"))


def _is_adverb(token: _Token) -> bool:
    """ "flatly", "pointedly": lowercase words in -ly (names like "Kelly" are capitalised)."""
    return token.low.endswith("ly") and not token.capitalised and len(token.low) > 4


def _is_reporting_verb(low: str) -> bool:
    """A cue verb on its own; "point" is one only with its particle ("pointed out")."""
    return low in CUE_LEMMAS and CUE_LEMMAS[low] not in PHRASAL_ONLY


# Words after which ", it said," is an aside inside a clause that goes on ("a house where, it said, ...").
RELATIVE_LEADS = word_set("where when which that")


def _claim_came_first(tokens: list[_Token], cand: _Candidate, tail: int) -> bool:
    """ "..., the Kremlin confirmed on Wednesday.": the speaker follows a finished clause.

    Not when a quotation follows the cue ("Addressing them, Putin said, “...”"),
    unless the quotation was broken by the attribution ("“A,” he said, “B.”").
    """
    assert cand.speaker is not None
    first = cand.speaker[0]
    if cand.begins == first - 1 and tokens[cand.begins].low == "as":
        # ", as Smith has speculated.": the comma before "as" closes the claim, when the sentence ends with the
        # attribution; "Of course, as Joel Pollak observed, the biggest victor was ..." goes on to the claim.
        if tail < len(tokens) and tokens[tail].text not in SENTENCE_END:
            return False
        first -= 1
    if first == 0 or not _closes_claim(tokens, first - 1):
        return False
    if _only_circumstance(tokens, tokens[0].start, tokens[first - 1].start):
        return False  # "Earlier this week, senior Democrats ... wrote": only a time came first
    if cand.shape == "participle" and (tokens[first - 1].text != "," or tail > cand.cue[1]):
        # "could be “messy,” adding, “Democracy is messy.”", "he said, adding the U.S. must ...": it goes on.
        return False
    if _programme_title(tokens, first - 1):
        return False
    # "a house where, it said, her body was buried": the claim is what follows; "State departments of
    # education can do that, they said.": "that" ends the claim when the sentence ends with the attribution.
    ends = tail >= len(tokens) or tokens[tail].text in SENTENCE_END
    relative = first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].low in RELATIVE_LEADS
    if relative and not (ends and tokens[first - 2].low == "that"):
        return False
    if tail + 1 < len(tokens) and tokens[tail].text in (",", ":") and tokens[tail + 1].text in QUOTES:
        return tokens[first - 1].text in QUOTES or _named_work(tokens, tail)
    return True


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


def _programme_title(tokens: list[_Token], comma: int) -> bool:
    """ "On CNN’s “State of the Union,” Sanders said ...": a short quoted name of a venue, not a claim."""
    close = comma if tokens[comma].text in QUOTES else comma + 1 if comma + 1 < len(tokens) else comma
    if tokens[close].text not in CLOSE_QUOTES | {STRAIGHT_QUOTE}:
        return False
    for k in range(close - 1, max(-1, close - 8), -1):
        if tokens[k].text in OPEN_QUOTES | {STRAIGHT_QUOTE}:
            return k > 0 and (tokens[k - 1].possessive or tokens[k - 1].low in VENUE_PREPOSITIONS)
    return False


# Marks after which the writer hands over to the claim ("the plan was unserious - “Again, ...,” she said").
_LEAD_IN_MARKS = DASHES | {":", "("}


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


def _following_content(tokens: list[_Token], cand: _Candidate, starts: list[int]) -> tuple[tuple[int, int], str] | None:
    """The claim after the cue: "said (on Wednesday) (that) ...", up to the end of its clause."""
    k = cand.claim_from if cand.claim_from is not None else cand.cue[1]
    if cand.lemma != ":":
        k = _skip_to_claim(tokens, k, cand.lemma)
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
        if not (goes_on and tokens[close - 1].is_word):
            return (tokens[k + 1].start, tokens[last].end), "direct"
        # "says “the whole game has become screwed up” because ...": the claim goes on after the quote.
    end = _clause_end(tokens, k, starts)
    if tokens[cand.cue[0]].low.endswith("ing"):
        # "calling them rapists and vowing to make Mexico pay", "saying she's experienced “on paper” but
        # suggesting that might not be enough": an -ing cue's claim ends at the next act.
        acts = (j for j in range(k + 1, end - 1) if tokens[j].low in ("and", "but") and _participle(tokens[j + 1]))
        end = next(acts, end)
    if _subordinate_attribution(tokens, cand.begins) and tokens[k].low not in SUBORDINATORS | {"even"}:
        end = _main_clause_resumes(tokens, k, end)
    noun_object = cand.lemma in ADMITTING_VERBS and tokens[k].low in DETERMINERS and k + 1 < end
    # "questioned whether their comments could be taken down, or whether ...", "mentioned that Rubio broke
    # ranks ...": a verb of stance that takes a clause is not cut as a noun phrase.
    clause = tokens[k].low in CLAUSE_QUESTIONS or k > cand.cue[1] and tokens[k - 1].low == "that"
    if cand.lemma in OBJECT_VERBS and not clause or noun_object and not _clause_follows(tokens, k + 1, end):
        end = _object_end(tokens, k, end, as_ends=cand.lemma not in NAMING_VERBS)
    if end <= k:
        return None
    return (tokens[k].start, tokens[end - 1].end), _kind_of(tokens, k, end)


# Words that open a clause of its own as a claim ("questioned whether ...").
CLAUSE_QUESTIONS = word_set("whether if how why")


# Words that open a sentence with a subordinate clause ("When Trump said ..., the crowd cheered").
SUBORDINATORS = CIRCUMSTANCE | word_set("if although though since once until whereas")


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
        following = tokens[j + 1]
        # A name, but not a state after its city ("in Louisville, Ky., where she is a student").
        named = (
            following.capitalised
            and following.low not in STOP
            and (j + 2 == len(tokens) or tokens[j + 2].text not in (".", ","))
        )
        subject = following.low in PRONOUNS | DETERMINERS or named
        if t.text == "," and not depth and subject and not _list_comma(tokens, j, end):
            return _trim_end(tokens, k, j)
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


# Words between a preposition and the time it names ("in early June", "on Tuesday", "last week").
TIME_MODIFIERS = word_set("last next early late mid this")


def _object_end(tokens: list[_Token], k: int, end: int, *, as_ends: bool = True) -> int:
    """ "endorsed Clinton during a conference call": a verb of stance takes a noun phrase, not a clause."""
    named = _named_object_end(tokens, k, end)
    if named is not None:
        return named
    depth = 0
    skip_to = k
    for j in range(k + 1, end):
        t = tokens[j]
        if t.text in OPEN_QUOTES:
            depth += 1
        elif t.text in CLOSE_QUOTES and depth:
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
        # "endorsed Trump in early June", but "the May jobs report" and "may" the verb.
        month = t.low in MONTHS and t.capitalised and tokens[j - 1].low in VENUE_PREPOSITIONS | TIME_MODIFIERS
        if t.text in (",", ";", "—", "–") or t.low in OBJECT_ENDS or t.low in TIME_WORDS | WEEKDAYS or month:
            while j > k + 1 and tokens[j - 1].low in VENUE_PREPOSITIONS | TIME_MODIFIERS:
                j -= 1  # "defended himself on Saturday", "in early June": the preposition goes with the time
            return _trim_end(tokens, k, j)
        # "mentioned raising the minimum wage, expanding paid leave and cutting college costs": a list of acts.
        gerunds = _participle(tokens[k]) and j + 1 < end and _participle(tokens[j + 1])
        if t.low in ("and", "but") and _object_verb_follows(tokens, j + 1, end) and not gerunds:
            return j  # "... and vowing to make Mexico pay", "praised Fields ... but stopped short of ..."
        if t.low in VENUE_PREPOSITIONS and _names_a_venue(tokens, j + 1, end):
            return j  # "defended Cruz in a recent interview with The Post", "attacked the Koch brothers from the floor"
    return end


# Pronouns that stand as a whole object ("opposed it", "endorsed him").
WHOLE_OBJECT_PRONOUNS = word_set("him her it them me us")
# Prepositions after a name or pronoun object that say where, when, how or why, not who
# ("criticizes Mr. Obama from the left", "opposed it on those grounds"); "for" ("praised Fields for pursuing
# charges"), "as", "of" ("Ted Cruz of Texas"), "by" ("mentioned Rubio by name"), "over" ("favor Sanders over
# Trump") and "against" ("defended Bill Clinton against allegations") belong to it. "in" is left out, measured:
# "attacked Trump in the British parliament over his call for the ban" is all one object to annotators.
NAME_ADJUNCTS = word_set("on at from through until with to during via after before without")


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


# Words of a second predicate after "and"/"but" that are not past tenses ("and has invited", "but would not").
SECOND_VERB_AUX = word_set("has have had would will could can did does do is was were are")


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
        return True
    if t.low in IRREGULAR_PAST:
        return True
    # "and has gone so far as to", "but would not offer details": an auxiliary and its verb.
    return t.low in SECOND_VERB_AUX and j + 1 < end and tokens[j + 1].is_word and not tokens[j + 1].capitalised


# Nouns of where or how something was said ("in a tweet", "from the Senate floor"), or through whom
# ("denied the charges through his lawyer").
VENUE_NOUNS = word_set("""
    tweet tweets interview interviews statement statements speech speeches remarks debate debates floor letter
    op-ed column commercial ad ads video post rally rallies hearing briefing conference appearance email
    twitter facebook instagram television tv radio broadcast podcast show program editorial essay article
    book memo town forum event meeting session visit stop
    spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys
    """)  # fmt: skip


def _names_a_venue(tokens: list[_Token], first: int, end: int) -> bool:
    """Whether a preposition's object is a venue: a venue noun after at most a determiner and a few modifiers."""
    for j in range(first, min(end, first + 5)):
        t = tokens[j]
        if t.low in VENUE_NOUNS:
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
    # "asked for a photo", "responded with a phrase ...": the claim is the object, not its preposition.
    if k + 1 < len(tokens) and tokens[k].low in ("for", "with") and tokens[k + 1].is_word:
        following = tokens[k + 1]
        if not (following.capitalised or following.low in TIME_WORDS | WEEKDAYS or following.text[0].isdigit()):
            k += 1
    return k


# Prepositions that open the circumstances of an act of saying ("claimed at one point that").
CIRCUMSTANCE_PREPOSITIONS = VENUE_PREPOSITIONS | word_set("with after before over")


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
        if j == next_start and depth == 0:
            while j - 1 > k and tokens[j - 1].low in CONCESSIONS | {"and", "but", "or"}:
                # "he taught constitutional law, and added: ...", "..., though he suggested ...": the next
                # attribution takes the "and" or the "though"
                j -= 1
            return _trim_end(tokens, k, j)
        if j >= next_start:
            later = bisect_right(starts, j)
            next_start = starts[later] if later < len(starts) else len(tokens)
        if depth == 0 and t.text == ";":
            return _trim_end(tokens, k, j)
        if depth == 0 and j > k + 2 and tokens[k].low == "to" and _infinitive_reason(tokens, j):
            return _trim_end(tokens, k, j)  # "refused to ban the athletes after the agency called for the ban"
        if depth == 0 and t.text == "(" and j > k and _parenthesis_ends(tokens, j):
            # "... as many as 250,000 Syrian refugees (Obama has proposed accepting 10,000 Syrians).": the writer's
            return _trim_end(tokens, k, j)
        if depth == 0 and t.text in DASH_MARKS and _dash_hands_back(tokens, j):
            return _trim_end(tokens, k, j)
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
        if t.text == "," and depth == 0 and _new_subject(tokens, j) and _clause_before(tokens, k):
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


# Words that open the reason or the occasion of an act, not its content ("decided to act because ...").
INFINITIVE_ADJUNCTS = word_set("because after")


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
        if not t.is_word:
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
    return tokens[first].is_word and tokens[first].low not in STOP - {"to"}


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
    if after.low not in DETERMINERS | PRONOUNS | CLAUSE_BREAKERS | {"though"} and not writer:
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

    "the New York billionaire, who is now the nominee, would unite Britain": the claim resumes.
    """
    for t in tokens[first : first + MAX_ASIDE_TOKENS]:
        if t.text in (",", "—", "–") or t.text in QUOTES:
            return False
        if t.text in SENTENCE_END or t.text == ";":
            return True
    return first + MAX_ASIDE_TOKENS >= len(tokens)


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
    if verb.low in ("has", "have", "had") and j + 1 < len(tokens):
        verb = tokens[j + 1]  # "..., President Obama has deemed certain releases a reasonable trade-off"
    regular = verb.low.endswith("ed") and verb.low.isalpha() and not verb.capitalised
    # "... special treatment, Giuliani wouldn’t directly speculate about ...": a name and a modal.
    modal = verb.low in MODALS - {"to"} or verb.low.endswith(("n’t", "n't")) and verb.low[:-3] in MODALS | {"wo", "ca"}
    return regular or verb.low in IRREGULAR_PAST or modal


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


# Auxiliaries that open the subject's next act after an object ("expressed concerns but has said ...").
ACT_AUXILIARIES = word_set("has have had would will could can did does do should may might must")


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


def _participle(token: _Token) -> bool:
    """ "recalling", "echoing": an -ing verb (not "something", "king") opening a clause of its own."""
    return (
        token.low.endswith("ing")
        and len(token.low) > 5
        and not token.capitalised
        and token.low not in STOP | NOT_PARTICIPLES
    )


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


# Words before a lone modifier paired by "and" ("an able and determined opponent", "were directly and
# proximately caused").
MODIFIER_LEADS = DETERMINERS | PASSIVE_AUX | word_set("of both so very more most as")


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


# Past tenses beyond IRREGULAR_PAST that show a claim's own verb ("Rubio broke ranks ... and supported ...").
CLAIM_PAST = IRREGULAR_PAST | word_set("""
    met broke led paid built bought caught chose drew drove fell fought grew heard hid knew meant sold spent
    stood struck taught threw understood withdrew
    """)  # fmt: skip


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


def _past_predicate(token: _Token) -> bool:
    """A second verb of the same subject, in the past tense ("and marveled")."""
    return token.low.endswith("ed") and not token.capitalised and token.low not in STOP


# Words after a comma that open a concession or a reason ("..., though he hasn't endorsed her").
CONCESSIONS = word_set("though although since")


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
    if after.low in CLAUSE_BREAKERS and after.low not in ("and", "but"):
        return True
    # "pledged to shut down private detention centers, after he introduced a bill ...": when, not what.
    # ", even though" too, but not ", even if": a condition is part of the claim.
    even_though = after.low == "even" and comma + 2 < len(tokens) and tokens[comma + 2].low == "though"
    if after.low in ADJUNCT_OPENERS or even_though:
        return True
    if after.low in ("a", "an", "another") and _relative_runs_on(tokens, comma + 1):
        # "vowed to work to repeal the Hyde Amendment, a longstanding federal provision ...", "to say the words
        # “radical Islam,” another moment immediately seized upon by Republicans": a gloss
        return True
    gloss = after.low == "the" and _relative_runs_on(tokens, comma + 1) and not _finite_in(tokens, comma + 2)
    if gloss and not _list_comma(tokens, comma, len(tokens)):
        # "reiterated his support for Mr. Trump, the presumptive Republican presidential nominee.", but not
        # a list ("differ on Israel, the Iranian nuclear deal and ...").
        return True
    if comma + 2 < len(tokens) and after.low in STOP and tokens[comma + 2].low in ("whom", "which", "whose"):
        after = tokens[comma + 2]  # "to Ted Cruz, for whom he was scheduled to co-host a fundraiser ...": a note
    if after.low == "as" and comma + 2 < len(tokens) and tokens[comma + 2].low in AUXILIARIES:
        return True  # "she, too, wants a Justice Department inquiry, as have other prominent Democrats"
    if after.low in RELATIVES and _relative_runs_on(tokens, comma + 1):
        return True  # "predicted a Cruz win in Texas, which votes on March 1": the writer's note on Texas
    if after.low.endswith("ed") and _is_reporting_verb(after.low):
        return True  # "accused Woods of cheating, implied that ...": the next thing said
    if _is_adverb(after) and comma + 2 < len(tokens) and _past_predicate(tokens[comma + 2]):
        return True  # "said Republicans should give him a hearing, notably stopped short of ...": the next act
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
    return after.low in ("and", "but") and (
        following.low in DETERMINERS | PRONOUNS | NUMBER_WORDS | COUNT_OPENERS
        or following.capitalised
        or following.text[0].isdigit()
    )


# Auxiliaries that stand for a verb already said (", as have other prominent Democrats").
AUXILIARIES = word_set("have has had was were is are did do does")


def _cue_verb(token: _Token) -> bool:
    """A finite verb of saying or attitude ("believes", "suggested"), not its base form, a gerund or a name."""
    if token.capitalised:
        return False
    lemma = CUE_LEMMAS.get(token.low) or ATTITUDE_LEMMAS.get(token.low)
    return lemma is not None and token.low != lemma and not token.low.endswith("ing")


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


# --- "according to X", "X's claims of ..." ----------------------------------


# Nouns of a point of view: "in Professor Knittel's view", "in Forbes’ words", "in the eyes of most voters".
VIEW_NOUNS = word_set("view words opinion eyes estimation judgment judgement assessment telling")
MAX_OWNER_TOKENS = 6


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


# A poll speaks for those it asked: "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32
# percent", "Bush remains mired in fourth in most surveys."
POLL_NOUNS = word_set("poll polls survey surveys polling")
PERSPECTIVE_WORDS = VIEW_NOUNS | POLL_NOUNS
POLL_BREAKS = word_set("in by to for on at with among than because")
# "leading in the polls", "sagged in the polls": the polls at large are the writer's gloss more often than a source.
BARE_POLLS = POLL_NOUNS | word_set("the")
# What may follow the poll in its phrase: "released Sunday", "conducted last week", "of New Hampshire voters".
POLL_TRAILERS = word_set("released conducted published taken last this of from and the")
MAX_POLL_TOKENS = 12


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
    if not polled or all(t.low in BARE_POLLS for t in tokens[i + 1 : k]):
        return None
    before = tokens[i - 1] if i > 0 else None
    opening = before is None or before.low in VIEW_OPENERS or before.text == ","
    closing = k == n or tokens[k].text in SENTENCE_END
    return k if closing or opening and k < n and tokens[k].text == "," else None


# "To Ms. Gil, skateboarding represents a cry of dissent", "For many gays, lesbians and transgender people,
# the Orlando attack was a searing moment": a person or group opening the sentence holds the view that follows.
HOLDER_PREPOSITIONS = word_set("to for")
HOLDER_LEADS = word_set("but and yet so now , though")
HOLDER_PRONOUNS = OBJECTS | QUANTIFIER_PRONOUNS | word_set("her")
NOT_HOLDERS_PLURAL = word_set("years decades months weeks days hours minutes starters instance example ages")
MAX_HOLDER_LEAD = 3


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
    if tokens[i].low == "for":
        return (
            None  # "For Obama, the Paris agreement fulfills a personal goal": what it means to him, mostly the writer's
        )
    named = head.capitalised and all(t.capitalised or t.text == "." for t in words[words.index(head) :])
    people = _person_noun(head.low) or head.low.endswith("s") and not head.capitalised and not head.possessive
    return comma if named or people else None


def _according_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    if tokens[i].low in HOLDER_PREPOSITIONS:
        holder = _holder_phrase(tokens, i)
        if holder is None:
            return None
        return _Candidate("according", (i, i + 1), (i + 1, holder), i, "holder")
    polled = _poll_phrase(tokens, i)
    if polled is not None:
        return _Candidate("according", (i, i + 1), (i + 1, polled), i, "poll", aside=True)
    view = _perspective(tokens, i)
    if view is not None:
        # An aside in its clause, so a claim around it does not stop there ("asked who leads the party in his view").
        return _Candidate("according", (view[0], view[0] + 1), (view[1], view[2]), i, "view", aside=True)
    first = i + 2
    k = first
    limit = min(len(tokens), first + MAX_SPEAKER_TOKENS * 2)
    # The source ends at punctuation or where a clause about it begins ("documents he submitted").
    while k < limit and not (
        tokens[k].text in (",", ";", "!", "?", ":") or tokens[k].text in QUOTES or tokens[k].low in SOURCE_ENDS
    ):
        # "the U.S. Judicial Conference", "Gov. Brown": a full stop inside a name.
        abbreviation = k > first and (tokens[k - 1].low in TITLE_ABBREVIATIONS or "." in tokens[k - 1].text)
        if tokens[k].text == "." and not (abbreviation and k + 1 < limit and tokens[k + 1].capitalised):
            break
        k += 1
    if k == first:
        return None
    return _Candidate("according", (i, i + 2), (first, k), i)


# Words after which a point of view opens the claim that follows ("because, in Forbes’ words, “they are ...”").
VIEW_OPENERS = SUBORDINATORS | CLAUSE_OPENERS | word_set("that because so")


CLAUSE_LEADS = SUBORDINATORS | RELATIVES


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


ASIDE_ADVERBS = word_set("though however too also meanwhile then")


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
    while end > first + 1 and tokens[end - 1].low in SOURCE_DOCUMENTS:
        end -= 1
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
            if len(lead) <= MAX_CIRCUMSTANCE_WORDS and unfinished:
                content = _leading_content(tokens, cand.begins, after)
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


def _token_range(tokens: list[_Token], span: tuple[int, int]) -> tuple[int, int]:
    first = next(k for k, t in enumerate(tokens) if t.start >= span[0])
    end = next((k for k in range(first, len(tokens)) if tokens[k].start >= span[1]), len(tokens))
    return first, end


def _text_of(tokens: list[_Token], first: int, end: int) -> str:
    """The words of tokens ``first:end`` as written ("Rep. Smith", not "Rep . Smith")."""
    parts = [tokens[first].text]
    for k in range(first + 1, end):
        parts.append(tokens[k].text if tokens[k].start == tokens[k - 1].end else " " + tokens[k].text)
    return "".join(parts)


# Words that may stand between an owner and its noun of stance ("Trump’s by-now-familiar claims", "his past
# comments on", "Mr. Obama's original pledge to"); at most this many.
MAX_NOUN_MODIFIERS = 2


def _noun_owner(tokens: list[_Token], i: int) -> int | None:
    """The owner's last token before a noun of stance: "his", "Trump’s", "the judges’", with up to two
    modifiers between ("his controversial remarks about abortion")."""
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


# Adjectives that qualify a stance ("his own plans", "her previous support for"), and the endings most adjectives
# take ("repeated", "controversial", "outspoken", "unlikely", "full-throated").
STANCE_ADJECTIVES = NOUN_ADJECTIVES | word_set("past recent previous early earlier original repeated")
ADJECTIVE_ENDINGS = (
    "ed",
    "al",
    "ous",
    "ive",
    "ful",
    "ic",
    "ent",
    "ant",
    "est",
    "ary",
    "ly",
    "en",
    "less",
    "ible",
    "able",
)


def _adjective(token: _Token) -> bool:
    return token.low in STANCE_ADJECTIVES or token.low.endswith(ADJECTIVE_ENDINGS) or "-" in token.low


def _plural_possessive(tokens: list[_Token], k: int) -> bool:
    """ "the judges’ statement", "budget hawks’ warnings": an apostrophe closing a plural, not a quotation."""
    before = tokens[k - 1]
    return before.is_word and before.low.endswith("s") and before.end == tokens[k].start


def _nominal_candidate(tokens: list[_Token], i: int, owner: int) -> _Candidate | None:
    token = tokens[owner]
    if token.low in ("our", "my", "your"):
        return None
    # "that’s", "there’s", "it’s": a contraction, not an owner.
    if token.possessive and token.low[:-2] in STOP | PRONOUNS:
        return None
    complement = _noun_complement(tokens, i)
    if complement is None:
        return None
    cue_end, claim_from = complement
    speaker = (owner, owner + 1) if token.low in POSSESSIVE_PRONOUNS else _owner_phrase(tokens, owner)
    if speaker is None:
        return None
    if claim_from is None:
        claim_from = speaker[0]  # "Moscow’s claims of control": the whole phrase
    return _Candidate("nominal", (i, cue_end), speaker, speaker[0], claim_from=claim_from)


# Nouns of a claim whose maker may follow with "by" or "from" before the "that" clause ("accusations by Exxon Mobil
# that ...", "complaints from his American counterpart that ...").
AGENT_CLAIM_NOUNS = NOUNS_OF_THAT | CLAIM_NOUNS | word_set("criticism complaint complaints")
AGENT_PREPOSITIONS = word_set("by from")


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


# Prepositions that open a sentence with a phrase its main clause follows ("Despite Mr. Trump's claims that ...,").
OPENING_PHRASE_WORDS = OPENING_PREPOSITIONS | SUBORDINATORS | word_set("despite amid given with without")


def _in_opening_phrase(tokens: list[_Token], first: int) -> bool:
    """Whether the owner stands in a phrase that opens the sentence, before any comma."""
    k = 0
    while k < first and (tokens[k].low in SENTENCE_OPENERS or not tokens[k].is_word):
        k += 1
    if k >= first or tokens[k].low not in OPENING_PHRASE_WORDS:
        return False
    return all(t.text not in (",", ";", ":") and t.text not in DASHES for t in tokens[k:first])


# Words after which a finite verb is a clause's own, not the sentence's ("the bill that essentially
# protected ...", "a wall, which would cost ...").
OWN_VERB_LEADS = RELATIVES | word_set("that if when because while as than")
COORDINATORS = word_set("and or but")


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


VERB_PARTICLES = word_set("off up out down away")


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


# --- "The immigration bill, opposed by House Republicans", "was first reported by BuzzFeed" -------------


# What stirs a feeling follows one of these ("angered by the deal", "pleased with Clinton", "alarmed at the attacks").
FEELING_PREPOSITIONS = word_set("by with at about")
# Words between one who feels and the feeling ("were once intrigued by", "was less pleased by", "seemed rattled by").
FEELING_LINKS = PASSIVE_AUX | MODALS | word_set("""
    get gets got gotten getting feel feels felt seem seems seemed appear appears appeared become became remain
    remains remained once less more so very not too deeply likely unlikely n't also still
    """)  # fmt: skip


def _feeling_candidate(tokens: list[_Token], i: int) -> _Candidate | None:
    """ "FBI officials were angered by the deal", "Some voters who were once intrigued by Mr. Trump", "Alarmed by the
    unrest in Nevada, Senator Harry Reid ...": the one who feels holds the stance, and what stirred the feeling after
    "by" is what it is about."""
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


# Stances a subject gets from others ("Cruz won the endorsement of Bob Vander Plaats", "This view has drawn criticism
# from both sides"), the verbs of getting them, and the prepositions before whoever gives them.
RECEIVED_STANCES = word_set("support backing endorsement endorsements criticism criticisms attacks praise condemnation")
RECEIVING_VERBS = word_set("""
    win wins won winning receive receives received receiving earn earns earned earning draw draws drew drawn drawing
    face faces faced facing get gets got gotten getting gain gains gained gaining secure secures secured securing
    has have had having enjoy enjoys enjoyed enjoying garner garners garnered garnering attract attracts attracted
    attracting consolidate consolidates consolidated consolidating snag snags snagged snagging land lands landed
    """)  # fmt: skip
GIVER_PREPOSITIONS = word_set("of from among")
HAVING = word_set("has have had having")
PICKING = word_set("pick picks picked picking")
NEGATIONS = word_set("not never no")
MAX_STANCE_MODIFIERS = 3


def _giver_phrase(tokens: list[_Token], first: int) -> tuple[int, int] | None:
    """ "support from roughly six in 10 Democrats", "the endorsement of most of the state's big unions": the givers'
    words up to the clause's next mark, when no name or simple noun phrase stands there."""
    end = first
    while end < len(tokens) and end - first < MAX_SPEAKER_TOKENS and (tokens[end].is_word or tokens[end].text in "’'%"):
        if tokens[end].low in RELATIVES | SUBORDINATORS | {"that", "and", "but", "to"} and end > first:
            break
        end += 1
    return (first, end) if end > first and any(tokens[k].is_word for k in range(first, end)) else None


# Verbs that give or voice a stance, not themselves verbs of saying ("voiced support for", "threw their support to",
# "withheld support from"), and the prepositions before what the stance is about.
GIVING_VERBS = word_set("""
    voice voices voiced voicing signal signals signaled signalled signaling signalling give gives gave given giving
    throw throws threw thrown throwing lend lends lent lending withhold withholds withheld withholding show shows
    showed shown showing
    """)  # fmt: skip
STANCE_OBJECT_PREPOSITIONS = word_set("for to of from")
UNREAL_LEADS = word_set("if unless until whether")
# Doubts one raises or voices about something ("raised new questions about whether ...", "voiced concerns about").
RAISED_DOUBTS = word_set("questions concerns concern doubts")
DOUBTING_VERBS = word_set("raise raises raised raising voice voices voiced voicing")
DOUBT_PREPOSITIONS = word_set("about over that whether")
# Attacks one takes at a target ("took direct aim at Senator Marco Rubio", "has taken frequent shots at Mr. Trump's
# comments", "took a whack at Trump's populist credentials").
TAKEN_AIMS = word_set("aim shot shots swipe swipes jab jabs dig digs whack swing swings potshot potshots slams")
TAKING_VERBS = word_set("take takes took taken taking")
AIM_PREPOSITIONS = word_set("at")
# Nouns that make a stance with a light verb and a preposition ("took issue with", "took credit for", "cast the blame
# on", "drew attention to", "paid tribute to"). Left out, measured: "cast doubt on" (0 found, 1 false on train
# 200-688, and a wrong pair in the contested suite).
_CASTING = word_set(
    "cast casts casting place places placed placing put puts putting lay lays laid laying pin pins pinned"
)
_DRAWING = word_set("""
    draw draws drew drawn drawing call calls called calling pay pays paid paying turn turns turned turning devote
    devotes devoted devoting direct directs directed directing
    """)  # fmt: skip
LIGHT_VERB_STANCES = {
    "issue": (TAKING_VERBS, word_set("with")),
    "credit": (TAKING_VERBS | word_set("claim claims claimed claiming"), word_set("for")),
    "exception": (TAKING_VERBS, word_set("to")),
    "blame": (_CASTING | word_set("shift shifts shifted shifting"), word_set("on")),
    "attention": (_DRAWING, word_set("to")),
    "tribute": (word_set("pay pays paid paying"), word_set("to")),
}


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
    while k >= 0 and _between_speaker_and_cue(tokens[k]):
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


# Words a noun phrase is made of before a verb: "Tinder's ban of Ms. Gedrich", "The immigration bill".
MAX_PATIENT_TOKENS = 10


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


def _pass_on_relays(results: list[_Found]) -> None:
    """ "..., reported AFP": statements inside the sentence came through that agency."""
    for found in results:
        if found.passed_on_by:
            for other in results:
                if other is not found and other.relay is None:
                    other.relay = found.passed_on_by


# --- across sentences ---------------------------------------------------------


def _continued_quote(text: str, sentence: Span, previous: _Found) -> list[_Found]:
    """A quoted sentence with no attribution of its own continues the last speaker's words.

    It is a statement of its own ("“A,” she said. “B.”" makes two), so each can
    be shown and paired on its own; only a short afterthought to a quotation in
    the same paragraph is folded into that quotation's statement (see extract).
    """
    doubled = text.startswith("''", sentence.start)
    if text[sentence.start] not in OPEN_QUOTES | {STRAIGHT_QUOTE} and not doubled:
        return []
    if sentence.start - previous.content[1] > 2000:
        return []
    start = sentence.start + (2 if doubled else 1)
    end = _quote_end(text, sentence)
    # "“France will always be France,” an angry Hollande retaliated.": a quotation handed on with its comma to
    # words this sentence's attribution could not read ends there; they are not the speaker's.
    mark = "''" if doubled else "”" if text[sentence.start] == "“" else STRAIGHT_QUOTE
    close = text.find(mark, start, end)
    if close > start and text[close - 1] in ",?!" and _WORD.search(text, close, end):
        end = close - (text[close - 1] == ",")
    if end <= start:
        return []
    return [_Found(previous.speaker, (0, 0), (start, end), "direct")]


def _quote_end(text: str, sentence: Span) -> int:
    """End of a quoted sentence, without its closing quotation mark."""
    end = sentence.end
    while end > sentence.start and text[end - 1] in CLOSE_QUOTES | {STRAIGHT_QUOTE, "'"}:
        end -= 1
    return end


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
