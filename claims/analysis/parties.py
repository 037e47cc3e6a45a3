"""Stage 4: resolve each speaker to a party.

A party is a side in a dispute. Known sides come from the lexicon (a country
with its demonym, capital and seat of government; an organisation with its
acronyms); the speaker is matched against all of their names at once through
one prebuilt, whole-word, case-sensitive index. A speaker the lexicon does not
know becomes a party of its own: the person or body named, with titles and
articles stripped, so "Senator Jane Doe" and a later "Doe" are one party.

The relay that passed a statement on ("cited by news agency AP") is never the
party: only the speaker is resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from . import sentences
from .records import PartyEntry, Prepared, Span, Statement
from .wordlists import word_set


def _country(name: str, *aliases: str) -> PartyEntry:
    return PartyEntry(name, aliases)


# A seed lexicon editors can curate later. Each alias is a name an article
# uses for the side: demonyms ("Russian defence ministry"), capitals and seats
# of government ("Kyiv", "Kremlin"), agencies, and heads of state or
# government, which are stable enough to be seed knowledge.
DEFAULT_LEXICON: tuple[PartyEntry, ...] = (
    _country("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Russian Federation"),
    _country("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Zelensky", "Zelenskyy"),
    _country(
        "United States",
        "American",
        "Americans",
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States of America",
        "Washington",
        "White House",
        "Pentagon",
        "State Department",
        "Justice Department",
        "Department of Justice",
        "Defense Department",
        "Department of Defense",
        "Treasury Department",
        "Commerce Department",
        "Labor Department",
        "Department of Labor",
        "Energy Department",
        "Education Department",
        "Department of Homeland Security",
        "Homeland Security",
        "DHS",
        "National Security Council",
        "Obama administration",
        "Trump administration",
        "Biden administration",
    ),
    _country("United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Downing Street", "Whitehall"),
    _country("France", "French", "Paris", "Elysee", "Élysée"),
    _country("Germany", "German", "Berlin"),
    _country("China", "Chinese", "Beijing"),
    _country("Japan", "Japanese", "Tokyo"),
    _country("India", "Indian", "New Delhi"),
    _country("Pakistan", "Pakistani", "Islamabad"),
    _country("Afghanistan", "Afghan", "Kabul"),
    _country("Iran", "Iranian", "Tehran"),
    _country("Iraq", "Iraqi", "Baghdad"),
    _country("Syria", "Syrian", "Damascus"),
    _country("Israel", "Israeli", "Jerusalem"),
    _country("Palestine", "Palestinian", "Palestinian Authority", "Ramallah"),
    _country("Lebanon", "Lebanese", "Beirut"),
    _country("Jordan", "Jordanian", "Amman"),
    _country("Egypt", "Egyptian", "Cairo"),
    _country("Saudi Arabia", "Saudi", "Riyadh"),
    _country("Turkey", "Turkish", "Ankara"),
    _country("Qatar", "Qatari", "Doha"),
    _country("Yemen", "Yemeni", "Sanaa"),
    _country("Bahrain", "Bahraini", "Manama"),
    _country("Nigeria", "Nigerian", "Abuja"),
    _country("South Africa", "South African", "Pretoria"),
    _country("Kenya", "Kenyan", "Nairobi"),
    _country("Ethiopia", "Ethiopian", "Addis Ababa"),
    _country("Mexico", "Mexican", "Mexico City"),
    _country("Canada", "Canadian", "Ottawa"),
    _country("Brazil", "Brazilian", "Brasilia", "Brasília"),
    _country("Venezuela", "Venezuelan", "Caracas"),
    _country("Cuba", "Cuban", "Havana"),
    _country("North Korea", "North Korean", "Pyongyang"),
    _country("South Korea", "South Korean", "Seoul"),
    _country("Taiwan", "Taiwanese", "Taipei"),
    _country("Poland", "Polish", "Warsaw"),
    _country("Belarus", "Belarusian", "Minsk"),
    _country("Italy", "Italian", "Rome"),
    _country("Spain", "Spanish", "Madrid"),
    _country("Greece", "Greek", "Athens"),
    _country("Haiti", "Haitian", "Haitians", "Port-au-Prince"),
    _country("Australia", "Australian", "Canberra"),
    PartyEntry("United Nations", ("UN", "U.N.", "UN Security Council", "Security Council")),
    PartyEntry("European Union", ("EU", "E.U.", "European Commission", "Brussels")),
    PartyEntry("NATO", ("Nato", "North Atlantic Treaty Organization")),
    PartyEntry("Islamic State", ("ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant")),
    PartyEntry("Hamas", ()),
    PartyEntry("Hezbollah", ("Hizbollah",)),
    PartyEntry("Taliban", ()),
    PartyEntry("Boko Haram", ()),
    PartyEntry("al-Qaeda", ("al Qaeda", "Al Qaeda", "Al-Qaeda")),
    PartyEntry("Amnesty International", ("Amnesty",)),
    PartyEntry("Human Rights Watch", ("HRW",)),
    PartyEntry("Red Cross", ("ICRC", "Red Crescent")),
    PartyEntry("World Health Organization", ("WHO", "World Health Organisation")),
)

# Possessives too: "his suggestion that ..." is said by whoever "he" is.
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its", "their", "our", "my"})
_OWNING_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my"})
# "Her critics" speak against her, not for her.
_ADVERSARIES = word_set("critics opponents rivals detractors challengers enemies foes accusers adversaries")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words whose "'s" is "is" or "has", never an owner: "It's President Obama" names no body called "It".
_CONTRACTED = frozenset({"it", "that", "this", "there", "here", "what", "who", "where", "he", "she", "let"})
# Titles and honorifics that precede a name and are not part of it.
_TITLES = word_set(
    """
    mr mr. mrs mrs. ms ms. dr dr. rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. prof
    prof. representative senator congressman congresswoman president vice prime minister secretary
    general governor mayor judge justice sheikh king queen prince chancellor ambassador lawmaker
    former acting deputy chief senior
    """
)
# A role word between an organisation and a name: the name speaks for the
# organisation ("Kremlin aide Yury Ushakov", "Hunter spokesman Joe Kasper").
_ROLES = word_set(
    """
    spokesman spokeswoman spokesperson aide adviser advisor agent lawyer attorney representative
    head chief director secretary minister official officials officer chairman chairwoman president
    leader commander envoy ambassador counsel
    """
)
# Words before a role that rank or place the role, not a body it speaks for ("Vice President",
# "Former Secretary of State", "Defense Secretary").
_RANKS = word_set(
    """
    vice former acting deputy assistant associate executive senior chief interim outgoing incoming defense
    state treasury justice commerce labor interior energy education health transportation agriculture
    homeland foreign home general attorney press communications
    """
)
# Quantifiers capitalised only because they open a sentence: "Some observers" is not someone called Some.
_QUANTIFIERS = word_set("some one many several both another most few all each every other no any such")
_RELATIVES = frozenset({"who", "whom", "which", "that"})
# Lowercase words inside a name ("Mohammed al-Sayed", "Ursula von der Leyen", "Osama bin Laden").
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le"}
)
_NAME_PARTICLE = re.compile(r"(?:al|el)-[A-Z]")
# Heads of a body's name after the field it covers ("Justice Department", "Defense Ministry").
_BODY_HEADS = word_set(
    """
    department ministry office committee council commission bureau agency service court party poll polls survey
    report news times post journal institute center centre foundation university college school association union
    group network magazine campaign administration politics press coalition alliance board organization
    organisation corporation company fund project church caucus
    """
)
# Bare nouns that, written as "the X", stand for a body just mentioned.
_ANAPHORIC_HEADS = frozenset(
    {"group", "organisation", "organization", "movement", "congressman", "congresswoman", "lawmaker", "senator"}
)
# Words a careless parse may take for a speaker ("X on Wednesday denied").
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march
    april may june july august september october november december day days week weeks month months year years
    hour hours morning evening afternoon night"""
)
# How many earlier mentions of "official" to try when resolving "the official".
_ANTECEDENT_REACH = 4
# Groups named by a plain noun, capitalised only because they open a sentence ("Police said").
_GROUP_NOUNS = word_set(
    """police officials authorities analysts experts observers residents witnesses sources critics protesters
    officers troops soldiers rebels militants doctors scientists researchers activists lawmakers prosecutors"""
)
_WORD = re.compile(r"[\w’'.-]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@lru_cache(maxsize=8)
def _alias_index(lexicon: tuple[PartyEntry, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One alternation over every name in the lexicon, longest first, whole words only.

    Memoised on the lexicon: compiling the alternation costs more than
    resolving a short batch, and most batches use the same lexicon.
    """
    names: dict[str, str] = {}
    for entry in lexicon:
        for alias in (entry.name, *entry.aliases):
            names.setdefault(alias, entry.name)
    if not names:
        return None, names
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Not inside a compound: "London-based" says where, not who.
    return re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w-])"), names


@dataclass
class _DocumentParties:
    """What one document has said about its speakers so far, for later mentions."""

    text: str = ""
    by_surname: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    speakers: list[tuple[set[str], str]] = field(default_factory=list)
    last: str | None = None

    def known(self, name: str) -> str | None:
        last = name.split()[-1]
        if last.lower() in _BODY_HEADS and " " in name:
            # "Committee" is no surname: the Republican National Committee is not the Democratic one. A bare
            # "the Times" is the Times named before it.
            return self.by_name.get(name)
        return self.by_name.get(name) or self.by_surname.get(last)

    @cached_property
    def sentences(self) -> list[Span]:
        # Split only when asked: few speakers ("he", "on Wednesday") need the sentences.
        return sentences.split(self.text)


class PartyResolver:
    """Resolves speakers of one batch, keeping per-document memory of names.

    Names are looked up in the document first; the batch-wide memory lets the
    same person reported by several outlets ("Weiner" in one article, "Rep.
    Anthony Weiner" in another) be one party.
    """

    def __init__(self, lexicon: Sequence[PartyEntry]) -> None:
        self._pattern, self._names = _alias_index(tuple(lexicon))
        self._batch = _DocumentParties()

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Every name of a known side in ``text``: (start, end, side)."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self._names[m.group()]) for m in self._pattern.finditer(text)]

    def lexicon_party(self, text: str) -> str | None:
        """The lexicon party named in ``text``: the longest name, the first one on a tie."""
        if self._pattern is None:
            return None
        matches = list(self._pattern.finditer(text))
        if not matches:
            return None
        best = max(matches, key=lambda m: (len(m.group()), -m.start()))
        return self._names[best.group()]

    def resolve(self, speaker: str, memory: _DocumentParties, position: int | None = None) -> str | None:
        """The party of ``speaker``, mentioned at ``position`` in the document of ``memory``.

        None for a pronoun with no one before it to stand for ("He said ..." opening an article):
        a party called "he" would mean nothing to a reader, and an editor can give the party.
        """
        words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(speaker)]
        lowered = [w.lower() for w in words]
        if len(lowered) == 1 and lowered[0] in _RELATIVES:
            # An unresolved "who": it follows the name it stands for, if that name has spoken.
            return self._last_named(memory, position)
        if len(lowered) == 1 and lowered[0] in _PRONOUNS:
            subject = _previous_subject(memory, position) if lowered[0] in {"he", "she", "his", "her"} else None
            if subject:
                return self.resolve(subject, memory)
            return memory.last or self._last_named(memory, position)
        party = self.lexicon_party(speaker)
        if party:
            return party
        if lowered and lowered[0] in _OWNING_PRONOUNS:
            if lowered[-1] in _ADVERSARIES:
                return " ".join(lowered[1:])  # "Her critics" are critics, not her side
            # "His campaign", "Her advisers, ...": they speak for whoever "his" or "her" is.
            return self.resolve(words[0], memory, position)
        timed = [w for w in lowered if w not in _ARTICLES]
        if timed and all(w in _TIME_WORDS for w in timed) and not memory.known(words[-1]):
            # "X on Wednesday denied": a day is never the speaker; X is, earlier in the sentence.
            return self._sentence_subject(memory, position) or memory.last
        words = _head_words(speaker)
        lowered = [w.lower() for w in words]
        if lowered and lowered[0] in _ARTICLES and len(words) >= 2 and words[-1].islower():
            head = lowered[-1]
            named = self._antecedent(head, memory, position)
            if named:
                return named
            for said_words, said_party in reversed(memory.speakers):
                if head in said_words:
                    return said_party
            if head in _ANAPHORIC_HEADS and memory.last:
                return memory.last
        affiliated = self._affiliation(_WORD.findall(speaker), memory, position)
        if affiliated:
            return affiliated
        name = _person_name(words)
        if name and name.lower() not in _GROUP_NOUNS:
            known = memory.known(name) or self._described(name, memory) or self._batch.known(name)
            if known or not _common_word(name, words, memory.text):
                return known or name
        return " ".join(w for w, low in zip(words, lowered, strict=True) if low not in _ARTICLES).lower() or speaker

    def _affiliation(self, raw: list[str], memory: _DocumentParties, position: int | None = None) -> str | None:
        """The body a speaker speaks for, when the phrase says so.

        Either a possessive ("Twitter's Adam Sharp", "Woods' agent") or a
        capitalised name before a role word ("Hunter spokesman Joe Kasper").
        An owner that is a pronoun ("Her campaign", "His aide") is whoever the
        pronoun stands for; "It's" and "That's" own nothing.
        """
        words = [_POSSESSIVE.sub("", w) for w in raw]
        for i, word in enumerate(words[1:], start=1):
            owner = raw[i - 1] != words[i - 1]
            role = word.lower() in _ROLES and all(w[:1].isupper() for w in words[:i])
            if owner or role:
                org = " ".join(w for w in words[:i] if w.lower() not in _ARTICLES)
                if role and all(w.lower() in _RANKS for w in words[:i]):
                    continue  # "Vice President Joe Biden", "Defense Secretary Ash Carter": a rank, not a body
                if not org or not org[:1].isupper() or (owner and org.lower() in _CONTRACTED):
                    return None
                if org.lower() in _PRONOUNS:
                    return self.resolve(org, memory, position)
                return memory.known(org) or self._batch.known(org) or org
        return None

    def _antecedent(self, head: str, memory: _DocumentParties, position: int | None) -> str | None:
        """For "the official", the side of the latest "A senior United States military official" before it."""
        if position is None:
            return None
        mentions = _described_heads(memory.text, head, position)
        for mention in reversed(mentions[-_ANTECEDENT_REACH:]):
            party = self.lexicon_party(mention)
            if party:
                return party
        return None

    def _sentence_subject(self, memory: _DocumentParties, position: int | None) -> str | None:
        """The last side named in the sentence before ``position``."""
        if position is None:
            return None
        span = next((sp for sp in memory.sentences if sp.start <= position < sp.end), None)
        found = self.mentions(memory.text[span.start : position]) if span else []
        return found[-1][2] if found else None

    def _last_named(self, memory: _DocumentParties, position: int | None) -> str | None:
        """For a pronoun before anyone has spoken: the last person named before it."""
        for word in reversed(re.findall(r"[A-Z][\w’'-]+", memory.text[: position or 0])):
            if word.lower() in _TIME_WORDS:
                continue
            party = memory.known(_POSSESSIVE.sub("", word)) or self._batch.known(_POSSESSIVE.sub("", word))
            if party:
                return party
        return None

    def _described(self, name: str, memory: _DocumentParties) -> str | None:
        """The side a person speaks for, from how the article introduces them.

        "Homeland Security Secretary Jeh Johnson" before a later "Johnson";
        "Bernadette Meehan, a spokeswoman for the National Security Council";
        "said Woods' agent, Mark Steinberg".
        """
        for start, end in _whole_word(memory.text, name.split()[-1]):
            before = _INTRODUCTION.search(memory.text, max(0, start - 80), start)
            after = _APPOSITION.match(memory.text, end)
            introduced = before and (not before.group(2) or before.group(2).lower() in _ROLES)
            for phrase in (introduced and before.group(0), after and after.group(1)):
                if not phrase:
                    continue
                party = self.lexicon_party(phrase) or self._affiliation(_WORD.findall(phrase + " " + name), memory)
                if party:
                    return party
        return None

    def remember(self, speaker: str, party: str | None, memory: _DocumentParties) -> None:
        if party is None:
            return
        words = _head_words(speaker)
        name = _person_name(words)
        # A group in plain words ("black voters") lends its first word to no one ("Charlie Black"); a body's name
        # holds only in its own article ("his Justice Department" speaks for whoever "his" is there).
        body = bool(name) and name.split()[-1].lower() in _BODY_HEADS
        if name and party[:1].isupper():
            for known in (memory,) if body else (memory, self._batch):
                known.by_name.setdefault(name, party)
                known.by_surname.setdefault(name.split()[-1], party)
        memory.speakers.append(({w.lower() for w in words}, party))
        memory.last = party


# What introduces a name: the words since the clause began ("said Woods' agent, ").
_INTRODUCTION = re.compile(r"(?:^|[.!?“”\"\n,]|\bsaid|\bto|\bby)\s*((?:[\w’'.-]+ ){1,5})((?:[\w’'.-]+), )?$")
# ", a spokeswoman for the National Security Council," right after a name.
_APPOSITION = re.compile(r"(?: [A-Z][\w.-]*)*, ((?:[\w’'.-]+ ){1,7}[\w’'.-]+)[,.]")


def _previous_subject(memory: _DocumentParties, position: int | None) -> str | None:
    """The name that opens the previous sentence, when "He" opens this one.

    News copy introduces someone as the subject of a sentence and goes on with
    "He said …": "Salman was convicted … He denied the charges."
    """
    if position is None or not memory.sentences:
        return None
    k = next((i for i, span in enumerate(memory.sentences) if span.start <= position < span.end), None)
    if not k or memory.text[memory.sentences[k].start : position].strip():
        return None
    previous = memory.sentences[k - 1]
    opening = _SUBJECT.match(memory.text, previous.start, previous.end)
    if not opening or opening.group(1).split()[0].lower() in _OPENERS | _PRONOUNS:
        return None
    return opening.group(1)


_BOUNDARY = re.compile(r"\b")
# A word of a description before a noun ("senior United States military official").
_DESCRIPTION_WORD = re.compile(r"[\w’'.-]")
_WORD_AND_SPACE = re.compile(r"[\w’'.-]+ ")
_DESCRIPTION_WORDS = 5


def _whole_word(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""Where ``word`` stands as a whole word: ``re.finditer(rf"\b{word}\b", text)``, found faster.

    A pattern that opens with ``\b`` is tried at every offset of the text;
    ``str.find`` jumps from one occurrence to the next.
    """
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _BOUNDARY.match(text, at) and _BOUNDARY.match(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _described_heads(text: str, head: str, end: int) -> list[str]:
    r"""The descriptions ending in ``head`` before ``end``: group 1 of each match of
    ``((?:[\w’'.-]+ ){1,5})head\b`` in ``text[:end]``, found faster.

    Run over the whole prefix, that pattern tries up to five words at every
    offset. A match must end on an occurrence of " head" that follows a word,
    and it starts within the five words before the first such occurrence:
    nothing earlier can match. From there it takes as many words as it can.
    """
    found: list[str] = []
    position = 0
    while True:
        at = text.find(" " + head, position, end)
        while at >= 0 and not (at > position and _could_end_description(text, at, head, end)):
            at = text.find(" " + head, at + 1, end)
        if at < 0:
            return found
        start = max(position, _description_start(text, at))
        if text[start] == " ":
            start += 1
        word_ends: list[int] = []
        for _ in range(_DESCRIPTION_WORDS):
            word = _WORD_AND_SPACE.match(text, word_ends[-1] if word_ends else start, end)
            if word is None:
                break
            word_ends.append(word.end())
        after = next(e for e in reversed(word_ends) if _is_head_at(text, e, head, end))
        found.append(text[start:after])
        position = after + len(head)


def _is_head_at(text: str, at: int, head: str, end: int) -> bool:
    return text.startswith(head, at, end) and _BOUNDARY.match(text, at + len(head), end) is not None


def _could_end_description(text: str, space: int, head: str, end: int) -> bool:
    """Whether " head" at ``space`` follows a word and ends on a word boundary (within ``text[:end]``)."""
    return (
        space > 0 and _DESCRIPTION_WORD.match(text, space - 1) is not None and _is_head_at(text, space + 1, head, end)
    )


def _description_start(text: str, space: int) -> int:
    """Where the up to five words joined by single spaces before ``text[space]`` (a space) begin."""
    start = space
    for _ in range(_DESCRIPTION_WORDS):
        word = space
        while word > 0 and _DESCRIPTION_WORD.match(text, word - 1):
            word -= 1
        if word == space:
            break
        start = word
        if word < 2 or text[word - 1] != " ":
            break
        space = word - 1
    return start


_SUBJECT = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) [a-z]")
_OPENERS = word_set("the a an in on at for if when while after before as this that these those it there but and is")


def _head_words(speaker: str) -> list[str]:
    """The words naming the speaker: "Dan Olsen, a former PGA golfer" is named before its comma."""
    head = speaker.split(",")[0] if speaker.split(",")[0].strip() else speaker
    return [_POSSESSIVE.sub("", w) for w in _WORD.findall(head)]


def _common_word(name: str, words: list[str], text: str) -> bool:
    """Whether a one-word "name" before a plain noun is a word the article writes in lowercase elsewhere:
    "Party leaders", "Black voters", "Law enforcement officials" open a sentence; they name no one."""
    if " " in name or words[-1] == name or not words[-1].islower():
        return False
    return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _person_name(words: list[str]) -> str | None:
    """The capitalised name at the end of a speaker phrase, without titles ("Rep. Duncan Hunter").

    When a verb or a description trails the name ("Hunter continued"), the
    last capitalised run is taken instead.
    """
    while words and not (words[-1][:1].isupper() or _NAME_PARTICLE.match(words[-1])):
        words = words[:-1]
    name: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        j = k - 1
        while j >= 0 and words[j].lower() in _NAME_PARTICLES:
            j -= 1
        inside = name and word.lower() in _NAME_PARTICLES and j >= 0 and words[j][:1].isupper()
        if inside or _NAME_PARTICLE.match(word):
            name.append(word)  # "Mohammed al-Sayed", "Ursula von der Leyen": a particle inside a name
            continue
        # "Justice Department", "Defense Ministry": a title word that names the body's field.
        field = len(name) == 1 and name[0].lower() in _BODY_HEADS and word[:1].isupper()
        if not word[:1].isupper() or (word.lower() in _TITLES or word.lower() in _ROLES) and not field:
            break
        name.append(word)
    before = [w.lower() for w in words[: len(words) - len(name)][-2:]]
    name.reverse()
    if (
        len(name) > 1
        and len(before) == 2
        and before[1] == "of"
        and before[0] in _TITLES | _ROLES
        and name[0].lower() in _RANKS
    ):
        name.pop(0)  # "Secretary of State John Kerry"
    while name and (name[0].lower() in _ARTICLES | _QUANTIFIERS | _OPENERS):
        name.pop(0)  # "While Clinton", "Some observers": capitalised because they open a sentence
    return " ".join(name) or None


def _text_order(s: Statement) -> tuple[int, int]:
    return s.doc, min(s.start, s.start if s.speaker_start is None else s.speaker_start)


def resolve_parties(
    statements: Iterable[Statement], documents: Sequence[Prepared], lexicon: Sequence[PartyEntry]
) -> list[Statement]:
    """Give each statement the party of its speaker (or of whom the speaker refers to)."""
    resolver = PartyResolver(lexicon)
    memories: dict[int, _DocumentParties] = {}
    statements = list(statements)
    # Text order, so "he" and "the official" look back at who spoke before.
    ordered = sorted(range(len(statements)), key=lambda i: _text_order(statements[i]))
    parties: dict[int, str | None] = {}
    for i in ordered:
        s = statements[i]
        if s.doc not in memories:
            text = documents[s.doc].text
            memories[s.doc] = _DocumentParties(text=text)
        memory = memories[s.doc]
        speaker = s.refers_to or s.speaker
        party = resolver.resolve(speaker, memory, None if s.refers_to else s.speaker_start)
        resolver.remember(speaker, party, memory)
        parties[i] = party
    return [replace(s, party=parties[i]) for i, s in enumerate(statements)]
