"""Word lists for attribution: the closed classes and small lexicons the rules read."""

from __future__ import annotations

import re

from ..cues import (
    ATTITUDE_LEMMAS,
    CLAIM_NOUNS,
    CUE_LEMMAS,
    NOMINAL_CUES,
    NOUNS_OF_THAT,
    PHRASAL_ONLY,
    PHRASAL_PARTICLES,
    SPEECH_MADE,
)
from ..wordlists import word_set

OPEN_QUOTES = frozenset("“‘")
CLOSE_QUOTES = frozenset("”’")
STRAIGHT_QUOTE = '"'
# Participles of what was put to a speaker, opening an aside after the speaker's name ("Mr. Trump, asked
# about the deaths of journalists, said ..."): the speaker was asked, and says nothing by them.
PUT_TO_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged", "interviewed", "reached"})
# Words that open a quoted sentence which points back to the quotation before it: "“...,” he said. “That's why I'm
# running.”" is one claim, as PolNeAR marks it, and as a reader needs it. Measured on the tuning articles: +16 hits,
# −236 predictions (F1 0.6930 → 0.7010; 0–199 0.6922 → 0.6960); the contested suite lost a wrong pair (7 → 6). A
# sentence opened by a person ("He was limping ...") still stands on its own: the contested labels pair it alone.
POINTING_BACK = frozenset(
    [
        "And",
        "But",
        "So",
        "Or",
        "Because",
        "Which",
        "That",
        "This",
        "It",
        "Those",
        "These",
        "Then",
        "Also",
        "Now",
        "Still",
        "Yet",
        "Plus",
        "Otherwise",
        "Instead",
        "Even",
    ]
)
# Verbs of going on that report a quotation only when one follows ("She continued, “...”").
GOING_ON = frozenset({"continued", "continues", "continue"})
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
    had've shall now since sometimes usually
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
    exclaim predict suggest complain boast allege emphasize emphasise stress contend assert maintain deny
    concede recount wonder muse marvel
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
    for form, lemma in (*CUE_LEMMAS.items(), *ATTITUDE_LEMMAS.items())
    if lemma in PHRASAL_ONLY
}
# "would like to ...": "like" is a wish only after "would" (800 sentences of the train split hold a "like").
PHRASAL_FORMS["like"] = frozenset({"would"})
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
# What a vote or a count is won by ("voters say by a wide margin", "by a 3-to-1 ratio").
MARGIN_NOUNS = word_set("margin margins ratio majority majorities landslide points percent percentage")
# Nouns in -ly, which are no adverbs ("The family said", "Voters interviewed at the rally said").
LY_NOUNS = word_set("family rally ally assembly supply monopoly anomaly homily bully weekly daily monthly quarterly")
# Nouns for a group that agree with the plural they count ("a wide array of economists say").
GROUP_NOUNS = QUANTITY_NOUNS | word_set("array variety assortment")
# Verbs whose "to" before a noun phrase names an act agreed to, not a claim ("admits to other intrusions" is one).
ACT_TO_VERBS = word_set("agree")


# "- Hillary Clinton." on a line of its own after a quotation: who said it, as under an epigraph.
_SIGNATURE = re.compile(r"\n+[ \t]*(?:[—–]|--?) ?((?:[A-Z][\w.’'-]*[ \t]?){1,4}?)\.?[ \t]*(?:\n|$)")


# Who is told or written to, alone: "the polls tell us", "the lies hucksters tell them", "the committee
# also wrote to Lynch, urging ..." (a letter sent; "told POLITICO he planned to stay neutral" is no such case).
_TOLD_ONLY = re.compile(r"him|her|them|us|me|you", re.IGNORECASE)
_WRITTEN_TO_ONLY = re.compile(r"to (?:the )?[A-Z]?[a-z]+", re.IGNORECASE)
# "Clinton suggested that the plan was unserious - “Again, ...,” she said.": a dash before a quotation.
_DASH_THEN_QUOTE = re.compile(r"[\s,]*(?:[—–]|--?)\s*[“\"]")


# Words that may follow a subject before its verb: an emphatic reflexive ("Cruz himself said", "Ford
# itself said"), a sentence adverb ("Carter however said"), a place ("Her campaign workers here said"),
# a whole ("voters overall said") or the participle of a poll ("those surveyed say").
SUBJECT_TRAILERS = REFLEXIVES | word_set("however here overall too")
POLLED = word_set("polled surveyed interviewed questioned sampled")
# Participles that describe the people speaking before their verb, with where or by whom ("Voters interviewed
# at the rally said", "officials briefed on the plan say", "a lawyer based in Texas said").
DESCRIBED_SPEAKERS = POLLED | PUT_TO_PARTICIPLES | word_set("involved briefed contacted gathered based")


# Plurals without a final "s" ("the women say", "Cologne police say", "those surveyed say").
PLURAL_HEADS = IRREGULAR_PLURALS | POLLED | word_set("police")


# Words after the one called that end the call: nothing is said of them ("called Sanders to congratulate him").
CALL_ENDS = word_set("and to shortly after before later asking")


# Words that make "show" a programme ("morning shows", "talk show").
SHOW_KINDS = word_set("tv television radio talk morning news cable reality interview popular favorite")


# Words that point back to words already reported.
ALREADY_SAID = word_set("similar same usual those these such")
# Prepositions that join what is said to the noun of speech ("a call for", "jokes about").
SPEECH_MADE_LINKS = word_set("for about of that to")


# Verbs before a bare infinitive: "found" after them is "to found", not the past of "find".
HELPING = word_set("help helps helped helping")


# Prepositions of a phrase that may stand between a subject and its verb ("Jeb Bush in a Medium post said").
PLACING_PHRASE = word_set("in on at during over")


# Verbs that give a name as well as a judgement ("named", "identified").
NAMING_CUES = word_set("name identify")


# Adjectives that end a noun phrase only when a noun follows them.
NOUN_ADJECTIVES = word_set("same old new own other latest")
NEGATIVE_SUBJECTS = word_set("nobody")


# What may follow a cue whose object was moved before it ("what Trump said about Latinos").
GAP_FOLLOWERS = word_set("to about of in on at with during from before after while when")
OBJECT_PRONOUNS = word_set("anything everything something nothing what whatever")


# What turns "advise" from a job into counsel given: "advising the Vermont senator to stick to the issues",
# "advise him that the danger had increased", "advising leaders on how to win elections".
COUNSEL_MARKERS = QUESTION_WORDS | word_set("to that against not")


# Words that stress the subject after them ("Even Republicans who have praised him warned ...").
FOCUS_WORDS = word_set("even only")


# Verbs of resolving on a course: a decision made is the decider's stance ("Teachout decided to bypass Faso").
DECIDING = word_set("decide")


# Verbs of wording, credited to the author only in "as X put it, ...".
PHRASING = word_set("put")


# Verbs of liking, a wish only in the conditional ("would like to").
WISHING = word_set("like")


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


# Verbs that judge their object with a predicate after it ("considered too risky", "views as a peer").
PREDICATING = JUDGING_VERBS | word_set("consider")
RELATIVE_OBJECTS = word_set("whom which that")


# Verbs of intending, which only people and bodies do: "it" before them is a body ("It plans to raise rates
# more slowly", "it hopes to reap benefits of its own"), not the writer's "it seems".
INTENDING = word_set("want hope plan intend wish aim seek decide")


# Objects of "see" in idioms that hold no reading of the world ("they see eye to eye", "as they see fit").
SEEN_IDIOMS = word_set("eye fit")


# Verbs of attitude that hold a state as well as a clause ("feel squeezed financially", "feel like they've had
# a tangible influence").
SENSING = word_set("feel")


# Auxiliaries that open a held clause whose subject stands before the holder ("a move the kingdom hopes
# will shatter ...", "whom many progressives believed was ..."); "do" is as often the holder's own ("I think
# do").
GAP_AUX = FINITE_AUX - word_set("do does did")


MAX_COLON_CLAUSE_TOKENS = 12


MAX_HEADING_WORDS = 3


# "a source close to him", "one Democrat familiar with the discussion", "sources privy to the talks":
# who or what the speaker is close to.
CLOSE_LINKS = {"close": "to", "familiar": "with", "closest": "to", "privy": "to"}
DEMONSTRATIVES = word_set("that this")


# Pronouns that may open a coordinated subject ("she and her supporters never doubted").
COORDINATED_PRONOUNS = word_set("he she they we i")


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


# Words of a count of time before "ago" ("less than two weeks ago", "a few days ago", "about a year ago").
AGO_COUNTS = word_set("a an few several less more than about just only some")
# Adverbs between a subject and its verb that do not end in -ly ("Clinton has nevertheless called his vote ...").
CONCESSIVE_ADVERBS = word_set("nevertheless nonetheless")


# Words that open a sentence to tie it to the one before ("Moreover, Jeffrey D. Sachs ... noted").
LINKING_OPENERS = word_set("moreover furthermore besides likewise separately instead indeed otherwise thus")


# Prepositions that tie a speaker named after the verb to where they belong ("said Phil Musser of IMGE").
SPEAKER_LINKS = word_set("of to for from")


# Heads that stand for people and take "of" before them ("a member of the group", "one of those advisers").
MEMBER_NOUNS = word_set("member members one head")


# Words after which ", it said," is an aside inside a clause that goes on ("a house where, it said, ...").
RELATIVE_LEADS = word_set("where when which that")


# Marks after which the writer hands over to the claim ("the plan was unserious - “Again, ...,” she said").
_LEAD_IN_MARKS = DASHES | {":", "("}


# Words that open a clause of its own as a claim ("questioned whether ...").
CLAUSE_QUESTIONS = word_set("whether if how why")


# Words that open a sentence with a subordinate clause ("When Trump said ..., the crowd cheered").
SUBORDINATORS = CIRCUMSTANCE | word_set("if although though since once until whereas")


# Words between a preposition and the time it names ("in early June", "on Tuesday", "last week").
TIME_MODIFIERS = word_set("last next early late mid this")


# Pronouns that stand as a whole object ("opposed it", "endorsed him").
WHOLE_OBJECT_PRONOUNS = word_set("him her it them me us")
# Prepositions after a name or pronoun object that say where, when, how or why, not who
# ("criticizes Mr. Obama from the left", "opposed it on those grounds"); "for" ("praised Fields for pursuing
# charges"), "as", "of" ("Ted Cruz of Texas"), "by" ("mentioned Rubio by name"), "over" ("favor Sanders over
# Trump") and "against" ("defended Bill Clinton against allegations") belong to it. "in" is left out, measured:
# "attacked Trump in the British parliament over his call for the ban" is all one object to annotators.
NAME_ADJUNCTS = word_set("on at from through until with to during via after before without")


# Words of a second predicate after "and"/"but" that are not past tenses ("and has invited", "but would not").
SECOND_VERB_AUX = FINITE_AUX - word_set("should may might must")


# Nouns of where or how something was said ("in a tweet", "from the Senate floor"), or through whom
# ("denied the charges through his lawyer").
VENUE_NOUNS = word_set("""
    tweet tweets interview interviews statement statements speech speeches remarks debate debates floor letter
    op-ed column commercial ad ads video post rally rallies hearing briefing conference appearance email
    twitter facebook instagram television tv radio broadcast podcast show program editorial essay article
    book memo town forum event meeting session visit stop
    spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys
    """)  # fmt: skip


# Prepositions that open the circumstances of an act of saying ("claimed at one point that").
CIRCUMSTANCE_PREPOSITIONS = VENUE_PREPOSITIONS | word_set("with after before over")


# Words that open the reason or the occasion of an act, not its content ("decided to act because ...").
INFINITIVE_ADJUNCTS = word_set("because after")


# Auxiliaries that open the subject's next act after an object ("expressed concerns but has said ...").
ACT_AUXILIARIES = FINITE_AUX - PASSIVE_AUX


# Words before a lone modifier paired by "and" ("an able and determined opponent", "were directly and
# proximately caused").
MODIFIER_LEADS = DETERMINERS | PASSIVE_AUX | word_set("of both so very more most as")


# Past tenses beyond IRREGULAR_PAST that show a claim's own verb ("Rubio broke ranks ... and supported ...").
CLAIM_PAST = IRREGULAR_PAST | word_set("""
    met broke led paid built bought caught chose drew drove fell fought grew heard hid knew meant sold spent
    stood struck taught threw understood withdrew
    """)  # fmt: skip


# Words after a comma that open a concession or a reason ("..., though he hasn't endorsed her").
CONCESSIONS = word_set("though although since")


# Auxiliaries that stand for a verb already said (", as have other prominent Democrats").
AUXILIARIES = word_set("have has had was were is are did do does")


# Nouns of a point of view: "in Professor Knittel's view", "in Forbes’ words", "in the eyes of most voters".
VIEW_NOUNS = word_set("view words opinion eyes estimation judgment judgement assessment telling")
MAX_OWNER_TOKENS = 6


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


# "To Ms. Gil, skateboarding represents a cry of dissent", "For many gays, lesbians and transgender people,
# the Orlando attack was a searing moment": a person or group opening the sentence holds the view that follows.
HOLDER_PREPOSITIONS = word_set("to for")
HOLDER_LEADS = word_set("but and yet so now , though")
HOLDER_PRONOUNS = OBJECTS | QUANTIFIER_PRONOUNS | word_set("her")
NOT_HOLDERS_PLURAL = word_set("years decades months weeks days hours minutes starters instance example ages")
MAX_HOLDER_LEAD = 3


# Words after which a point of view opens the claim that follows ("because, in Forbes’ words, “they are ...”").
VIEW_OPENERS = SUBORDINATORS | CLAUSE_OPENERS | word_set("that because so")


CLAUSE_LEADS = SUBORDINATORS | RELATIVES


ASIDE_ADVERBS = word_set("though however too also meanwhile then")


# Words that may stand between an owner and its noun of stance ("Trump’s by-now-familiar claims", "his past
# comments on", "Mr. Obama's original pledge to"); at most this many.
MAX_NOUN_MODIFIERS = 2


# Adjectives that qualify a stance ("his own plans", "her previous support for"), and the endings most adjectives
# take ("repeated", "controversial", "outspoken", "unlikely", "full-throated").
OWNED_NOUN_ADJECTIVES = NOUN_ADJECTIVES | word_set("past recent previous early earlier original repeated")
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


# Nouns of a claim whose maker may follow with "by" or "from" before the "that" clause ("accusations by Exxon Mobil
# that ...", "complaints from his American counterpart that ...").
AGENT_CLAIM_NOUNS = NOUNS_OF_THAT | CLAIM_NOUNS | word_set("criticism complaint complaints")
AGENT_PREPOSITIONS = word_set("by from")


# Prepositions that open a sentence with a phrase its main clause follows ("Despite Mr. Trump's claims that ...,").
OPENING_PHRASE_WORDS = OPENING_PREPOSITIONS | SUBORDINATORS | word_set("despite amid given with without")


# Words after which a finite verb is a clause's own, not the sentence's ("the bill that essentially
# protected ...", "a wall, which would cost ...").
OWN_VERB_LEADS = RELATIVES | word_set("that if when because while as than")
COORDINATORS = word_set("and or but")


VERB_PARTICLES = word_set("off up out down away")


# What stirs a feeling follows one of these ("angered by the deal", "pleased with Clinton", "alarmed at the attacks").
FEELING_PREPOSITIONS = word_set("by with at about")
# Words between one who feels and the feeling ("were once intrigued by", "was less pleased by", "seemed rattled by").
FEELING_LINKS = PASSIVE_AUX | MODALS | word_set("""
    get gets got gotten getting feel feels felt seem seems seemed appear appears appeared become became remain
    remains remained once less more so very not too deeply likely unlikely n't also still
    """)  # fmt: skip


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


# Words a noun phrase is made of before a verb: "Tinder's ban of Ms. Gedrich", "The immigration bill".
MAX_PATIENT_TOKENS = 10

# How many words a claim's subject after "that" may run before a comma or "and" that joins it, not ends it
# ("that the two men, and Mr. Cruz in particular, must ...").
MAX_SUBJECT_WAIT = 6

# Cue verbs whose claim is a clause even without "that" ("argued the Islamic State, which has been ..., is in
# retreat"), so a claim with no verb yet is still its subject.
CLAUSE_CUE_FORMS = word_set("""
    said says say argued argues claimed claims insisted insists believes believe thinks think contended contends
    """)  # fmt: skip

# Nouns that carry what was said in a "that" clause without being cues themselves ("India's announcement last
# year that it would increase investment").
CONTENT_NOUNS = word_set("announcement announcements report reports news word")
