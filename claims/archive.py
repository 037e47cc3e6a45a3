"""Pairing against the archive: stored statements meet the statements that share a term with them.

Each statement's matter terms are stored (``StatementTerm``). Pairing new statements fetches, for
each of their terms, only the latest ``CANDIDATES_PER_TERM`` stored statements with that term, each
with just its sentence, so the cost of a paste does not grow with the archive. The engine judges
them with the same rules as a batch (``find_pairs_against``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from django.db.models import F, Q
from django.db.models.functions import Substr

from claims import analysis, services
from claims.analysis import matters
from claims.analysis.pairing import find_pairs_against, statement_terms
from claims.models import Article, Pairing, Statement, StatementTerm

CANDIDATES_PER_TERM = 20
CANDIDATES_PER_STATEMENT = 5
TERM_LENGTH = StatementTerm._meta.get_field("term").max_length


def record(row: Statement, *, doc: int, shift: int = 0, length: int | None = None) -> analysis.Statement:
    """The engine's view of a stored statement, with offsets moved back by ``shift``; offsets
    outside ``length`` (a speaker in the sentence before) are left out."""

    def moved(start: int | None, end: int | None) -> tuple[int | None, int | None]:
        if start is None or end is None or start < shift or (length is not None and end - shift > length):
            return None, None
        return start - shift, end - shift

    speaker_start, speaker_end = moved(row.speaker_start, row.speaker_end)
    cue_start, cue_end = moved(row.cue_start, row.cue_end)
    return analysis.Statement(
        id=str(row.pk),
        doc=doc,
        speaker=row.speaker,
        party=row.party.name if row.party else None,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=row.cue or None,
        cue_start=cue_start,
        cue_end=cue_end,
        content=row.content,
        start=row.start - shift,
        end=row.end - shift,
        kind=row.kind,
        sentence_start=row.sentence_start - shift,
        sentence_end=row.sentence_end - shift,
        relay=row.relay or None,
        refers_to=row.refers_to or None,
    )


def _document(text: str) -> analysis.Prepared:
    return analysis.Prepared(path="", text=text, html="", regions=(analysis.Span(0, len(text)),))


def terms_store(*, statements: Sequence[Statement], texts: dict[int, str]) -> None:
    """(Re)index ``statements``; ``texts`` holds their articles' text by article id."""
    StatementTerm.objects.filter(statement__in=[s.pk for s in statements]).delete()
    rows = [
        StatementTerm(statement=s, term=term)
        for s in statements
        for term in sorted(statement_terms(record(s, doc=0), texts[s.article_id]))
        if len(term) <= TERM_LENGTH
    ]
    StatementTerm.objects.bulk_create(rows, batch_size=1000)


def _candidates(wanted: Iterable[set[str]], *, leaving_out: Q) -> list[Statement]:
    """For each set of terms (a new statement's), the stored statements sharing the most of them,
    with their sentence as ``sentence_text``.

    Each term looks only at its latest ``CANDIDATES_PER_TERM`` statements, and each new statement
    keeps its ``CANDIDATES_PER_STATEMENT`` best, so the work is bounded whatever the archive holds.
    """
    wanted = list(wanted)
    holders: dict[str, list[int]] = {}
    for term in sorted(set().union(*wanted)):
        latest = StatementTerm.objects.filter(term=term).exclude(leaving_out).order_by("-statement")
        holders[term] = list(latest.values_list("statement", flat=True)[:CANDIDATES_PER_TERM])
    ids: set[int] = set()
    for terms in wanted:
        shared = Counter(pk for term in terms for pk in holders[term])
        ids.update(pk for pk, _ in shared.most_common(CANDIDATES_PER_STATEMENT))
    sentence = Substr("article__text", F("sentence_start") + 1, F("sentence_end") - F("sentence_start"))
    return list(Statement.objects.filter(pk__in=ids).select_related("party").annotate(sentence_text=sentence))


def statements_pair(*, statements: Sequence[Statement], within_articles: bool) -> list[Pairing]:
    """Store the suggested pairs between ``statements`` and the archive.

    ``within_articles`` also judges them against the other statements of their own articles
    (after an edit); a fresh paste leaves that to the engine's pass over the whole article.
    Pairs already stored (say, confirmed by an editor) are kept as they are.
    """
    if not statements:
        return []
    articles = {a.pk: a for a in Article.objects.filter(pk__in={s.article_id for s in statements}).only("text")}
    docs = {pk: n for n, pk in enumerate(articles)}
    documents = [_document(articles[pk].text) for pk in docs]
    new = [record(s, doc=docs[s.article_id]) for s in statements]
    by_id = {str(s.pk): s for s in statements}
    neighbours: list[Statement] = []
    if within_articles:
        neighbours = list(
            Statement.objects.filter(article__in=list(docs))
            .exclude(pk__in=[s.pk for s in statements])
            .select_related("party")
        )
    stored = [record(s, doc=docs[s.article_id]) for s in neighbours]
    by_id.update((str(s.pk), s) for s in neighbours)
    # Only statements with a side can pair; their content says what they are about.
    wanted = [set(matters.terms(s.content)) for s in statements if s.party_id]
    # Statements of one sentence share a document, so one quoted inside another is seen as such.
    sentences: dict[tuple[int, int, int], int] = {}
    for s in _candidates(wanted, leaving_out=Q(statement__article__in=list(docs))):
        where = (s.article_id, s.sentence_start, s.sentence_end)
        if where not in sentences:
            sentences[where] = len(documents)
            documents.append(_document(s.sentence_text))
        stored.append(record(s, doc=sentences[where], shift=s.sentence_start, length=len(s.sentence_text)))
        by_id[str(s.pk)] = s
    pairs = find_pairs_against(new, stored, documents, among_new=within_articles)
    taken = set(
        Pairing.objects.filter(Q(statement_a__in=statements) | Q(statement_b__in=statements)).values_list(
            "statement_a", "statement_b"
        )
    )
    fresh = [p for p in pairs if tuple(sorted((by_id[p.a].pk, by_id[p.b].pk))) not in taken]
    return services.pairings_store(pairs=fresh, statements=by_id)
