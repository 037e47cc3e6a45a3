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

The package is layered; each module imports only from the ones above it:

- ``lexicon``: the word lists the rules read;
- ``tokens``: a sentence as tokens, and its quotation marks;
- ``speakers``: who speaks, before or after the cue, and whom a pronoun stands for;
- ``boundaries``: where a claim starts and ends;
- ``candidate``: a candidate statement and how it is built;
- ``attitudes``: views and stances held by someone;
- ``nouns``: "according to", points of view, polls, owned claim nouns and passives;
- ``verbs``: reporting verbs and colons;
- ``document``: sentences, paragraphs and the quotations that run on across them.

Names with a leading underscore are internal to the package.
"""

from __future__ import annotations

from .document import extract

__all__ = ["extract"]
