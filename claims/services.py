"""Every write the app makes. Keyword-only functions named ``<entity>_<action>``.

Data flows one way: a paste goes through ``article_ingest`` to the engine and back as rows.
Statements and pairings are stored by separate steps so that a later pass can pair new
statements against the archive with the same ``pairings_store``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple
from urllib.parse import urlsplit

import bleach
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify

from claims import analysis, archive, tasks
from claims.analysis import sentences
from claims.models import Action, Article, Dispute, Job, Outlet, Pairing, Party, PartyAlias, Statement

MAX_PASTE_BYTES = 1_000_000
# New parties take the next colour, so two sides of a dispute rarely look alike; editors can change it.
PARTY_COLOURS = ("#b22222", "#1f4e9a", "#2e7d32", "#8e24aa", "#c25e00", "#00838f", "#6d4c41", "#546e7a")


def text_hash(text: str) -> str:
    """The same article pasted twice hashes the same, whatever its spacing or line endings."""
    normalised = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.sha256(normalised.encode()).hexdigest()


def _validate(row: models.Model) -> None:
    """Field rules (lengths, choices, formats) with readable messages, before anything is written.

    Keys, uniqueness and check constraints are left to the database: it enforces them for a whole
    batch in one round trip, where ``full_clean`` would spend a query per row and rule. The caller's
    transaction makes a violation leave nothing behind.
    """
    relations = [field.name for field in row._meta.concrete_fields if field.is_relation]
    row.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)


def _unique_slug(model: type[models.Model], text: str) -> str:
    base = slugify(text)[:50].strip("-") or model._meta.model_name
    taken = set(model._default_manager.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def outlet_find_or_create(*, name: str, url: str) -> Outlet | None:
    """The outlet named by the editor or by the article's web address; ``None`` if neither says."""
    name, domain = name.strip(), _domain(url)
    if not name and not domain:
        return None
    by_domain = Q(domain=domain) if domain else Q(pk__in=[])
    by_name = Q(name__iexact=name) if name else Q(pk__in=[])
    outlet = Outlet.objects.filter(by_domain | by_name).order_by("-domain").first()
    if outlet is None:
        outlet = Outlet(name=name or domain, domain=domain)
        _validate(outlet)
        outlet.save()
    elif domain and not outlet.domain:
        outlet.domain = domain
        outlet.save(update_fields=["domain"])
    return outlet


def parties_find_or_create(*, names: Iterable[str]) -> dict[str, Party]:
    """Party rows for the engine's party names. A party is created the first time it appears,
    with the built-in aliases when the engine's default lexicon knows it."""
    wanted = set(names)
    found = {party.name: party for party in Party.objects.filter(name__in=wanted)}
    defaults = {entry.name: entry.aliases for entry in analysis.DEFAULT_LEXICON}
    missing = sorted(wanted - found.keys())
    taken = Party.objects.count() if missing else 0
    for n, name in enumerate(missing, start=taken):
        party = Party(name=name, slug=_unique_slug(Party, name), colour=PARTY_COLOURS[n % len(PARTY_COLOURS)])
        _validate(party)
        party.save()
        aliases = [PartyAlias(party=party, alias=alias) for alias in defaults.get(name, ())]
        # An alias an editor already gave to another party stays with that party.
        PartyAlias.objects.bulk_create(aliases, ignore_conflicts=True)
        found[name] = party
    return found


def statement_row(*, article: Article, found: analysis.Statement, party: Party | None) -> Statement:
    """An unsaved row for one of the engine's statements in ``article``.

    A statement whose sentence the engine did not give is shown in the span of its own claim.
    """
    given = found.sentence_end > found.sentence_start
    return Statement(
        article=article,
        speaker=found.speaker,
        party=party,
        cue=found.cue or "",
        content=found.content,
        kind=found.kind,
        speaker_start=found.speaker_start,
        speaker_end=found.speaker_end,
        cue_start=found.cue_start,
        cue_end=found.cue_end,
        start=found.start,
        end=found.end,
        sentence_start=min(found.sentence_start, found.start) if given else found.start,
        sentence_end=max(found.sentence_end, found.end),
        relay=found.relay or "",
        refers_to=found.refers_to or "",
    )


def statements_store(*, article: Article, found: Sequence[analysis.Statement]) -> dict[str, Statement]:
    """Store the engine's statements for ``article``; returns them by engine id.

    A statement found twice (the same span, or the same speaker saying the same words in a
    repeated paragraph) is stored once, and both engine ids map to that row.
    """
    parties = parties_find_or_create(names={s.party for s in found if s.party})
    by_engine_id: dict[str, Statement] = {}
    seen: dict[tuple, Statement] = {}
    rows: list[Statement] = []
    for s in found:
        keys = ((s.start, s.end), (s.speaker, " ".join(s.content.split())))
        row = next((seen[key] for key in keys if key in seen), None)
        if row is None:
            row = statement_row(article=article, found=s, party=parties.get(s.party) if s.party else None)
            _validate(row)
            rows.append(row)
            seen.update(dict.fromkeys(keys, row))
        by_engine_id[s.id] = row
    Statement.objects.bulk_create(rows)
    return by_engine_id


class Matter(NamedTuple):
    """What a pair is about: the dispute it belongs to, and the parties of its two statements."""

    key: str
    title: str
    sides: tuple[Party | None, Party | None]


def _matter(pair: analysis.Pair, a: Statement, b: Statement) -> Matter:
    """Named after its sides when the engine gives no matter."""
    sides = sorted((a.party, b.party), key=lambda party: (party is None, party and party.name))
    title = pair.matter or " vs ".join(sorted(s.party.name if s.party else s.speaker for s in (a, b)))
    return Matter(key=pair.matter_key or slugify(title)[:200], title=title, sides=(sides[0], sides[1]))


def disputes_find_or_create(*, matters: Iterable[Matter]) -> dict[str, Dispute]:
    """Disputes by key; a new dispute's columns are the parties of the first pair about it."""
    firsts: dict[str, Matter] = {}
    for matter in matters:
        firsts.setdefault(matter.key, matter)
    disputes = {d.key: _surviving(d) for d in Dispute.objects.filter(key__in=firsts)}
    Dispute.objects.filter(pk__in=[d.pk for d in disputes.values()]).update(updated=timezone.now())
    for key, matter in firsts.items():
        if key in disputes:
            continue
        a, b = matter.sides
        dispute = Dispute(
            title=matter.title,
            key=key,
            slug=_unique_slug(Dispute, matter.title),
            party_a=a,
            party_b=b if b != a else None,
        )
        _validate(dispute)
        dispute.save()
        disputes[key] = dispute
    return disputes


def pairings_store(*, pairs: Sequence[analysis.Pair], statements: Mapping[str, Statement]) -> list[Pairing]:
    """Store the engine's pairs as suggestions, grouped into disputes by matter.

    ``statements`` maps every engine id in ``pairs`` to a saved row, whether it was stored
    just now or comes from the archive.
    """
    matters = [_matter(pair, statements[pair.a], statements[pair.b]) for pair in pairs]
    disputes = disputes_find_or_create(matters=matters)
    rows: dict[tuple[int, int], Pairing] = {}
    for pair, matter in zip(pairs, matters, strict=True):
        a, b = sorted((statements[pair.a], statements[pair.b]), key=lambda s: s.pk)
        if a.pk == b.pk or (a.pk, b.pk) in rows:
            continue
        row = Pairing(
            dispute=disputes[matter.key],
            statement_a=a,
            statement_b=b,
            score=pair.score,
            reasons=list(pair.reasons),
        )
        _validate(row)
        rows[a.pk, b.pk] = row
    return Pairing.objects.bulk_create(rows.values())


def _inert(markup: str) -> str:
    """The pasted HTML as inert text: bleach escapes every tag instead of keeping any.

    Nothing executable is stored even in the column nobody renders, and nothing is lost:
    ``html.unescape`` gives back what the editor pasted.
    """
    return bleach.clean(markup, tags=frozenset(), attributes={}, strip=False)


def _existing_article(*, url: str, content_hash: str) -> Article | None:
    same_url = Q(url=url) if url else Q(pk__in=[])
    return Article.objects.filter(same_url | Q(content_hash=content_hash)).first()


def article_ingest(
    *,
    raw: str,
    url: str = "",
    outlet_name: str = "",
    title: str = "",
    published: date | None = None,
    pasted_by: AbstractBaseUser | None = None,
    html: bool | None = None,
) -> tuple[Article, bool]:
    """Analyse a pasted article and store it with its statements and suggested pairs.

    Returns ``(article, created)``: the article already stored under the same URL or the same
    text is returned unchanged with ``created=False``. ``html=None`` lets the engine sniff.
    """
    url = url.strip()
    result = analysis.analyze([analysis.Document(raw=raw, path=url or "pasted", html=html)], Party.objects.lexicon())
    prepared = result.documents[0]
    content_hash = text_hash(prepared.text)
    if existing := _existing_article(url=url, content_hash=content_hash):
        return existing, False
    try:
        with transaction.atomic():
            article = Article(
                outlet=outlet_find_or_create(name=outlet_name, url=url),
                url=url,
                title=title.strip(),
                published=published,
                # Plain text with a stray tag in it ("<a href=...>") is kept inert as well.
                raw=_inert(raw) if prepared.html or "<" in raw else raw,
                html=prepared.html,
                text=prepared.text,
                content_hash=content_hash,
                pasted_by=pasted_by,
            )
            _validate(article)
            article.save()
            statements = statements_store(article=article, found=result.statements)
            pairings_store(pairs=result.pairs, statements=statements)
            stored = list({row.pk: row for row in statements.values()}.values())
            archive.terms_store(statements=stored, texts={article.pk: article.text})
            archive.statements_pair(statements=stored, within_articles=False)
    except IntegrityError:
        # Two editors pasted the same article at once: the other paste is the article.
        if existing := _existing_article(url=url, content_hash=content_hash):
            return existing, False
        raise
    return article, True


def pairing_review(*, pairing: Pairing, user: AbstractBaseUser, status: str) -> Pairing:
    """An editor confirms or rejects a pair (or changes their mind) from the page it is on, as it stands now."""
    if status not in (Pairing.Status.CONFIRMED, Pairing.Status.REJECTED):
        raise ValidationError({"status": f"A review confirms or rejects a pair, not {status!r}."})
    if status == Pairing.Status.CONFIRMED:
        pairing_confirm(pairing=pairing, user=user, version=pairing.version)
    else:
        pairing_reject(pairing=pairing, user=user, version=pairing.version)
    return pairing


# Editors' changes to pairs and disputes. Each is applied with a conditional UPDATE on the row's
# version, so a change made from a page another editor's change made stale is refused instead of
# overwriting it, and each is recorded as an ``Action`` with the fields before and after, to undo it.


class StaleVersion(Exception):
    """The row changed after the editor's page showed it; nothing was written."""

    def __init__(self, row: Pairing | Dispute) -> None:
        self.row = row
        super().__init__(
            f"Another editor changed this {row._meta.verbose_name} after your page showed it, "
            "so your change was not saved. This is how it stands now."
        )


class UndoRefused(Exception):
    """Why an action cannot be undone, in words an editor can act on."""


class Change(NamedTuple):
    row: Pairing | Dispute
    version: int
    values: dict[str, object]


_HISTORY_MODELS: dict[str, type[Pairing | Dispute]] = {"pairings": Pairing, "disputes": Dispute}


def _write_if_current(model: type[models.Model], pk: object, version: int, values: Mapping[str, object]) -> bool:
    return bool(model.objects.filter(pk=pk, version=version).update(version=F("version") + 1, **values))


def _record(
    *, actor: AbstractBaseUser, verb: str, changes: Sequence[Change], reason: str = "", **targets: models.Model | None
) -> Action:
    """Apply ``changes`` where each row still has the version the editor saw, and record them as one action.

    Call inside ``transaction.atomic``: a stale row raises ``StaleVersion`` and the rows already written roll back.
    """
    before: dict[str, dict] = {}
    after: dict[str, dict] = {}
    for row, version, values in changes:
        label = next(label for label, model in _HISTORY_MODELS.items() if isinstance(row, model))
        old = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        _validate(row)
        if row.version != version or not _write_if_current(type(row), row.pk, version, values):
            raise StaleVersion(row)
        row.version = version + 1
        before.setdefault(label, {})[str(row.pk)] = {**old, "version": version}
        after.setdefault(label, {})[str(row.pk)] = {**values, "version": version + 1}
    action = Action(actor=actor, verb=verb, before=before, after=after, reason=reason, **targets)
    _validate(action)
    action.save()
    return action


def _review(*, pairing: Pairing, user: AbstractBaseUser, version: int, status: str, reason: str = "") -> Action:
    with transaction.atomic():
        now = timezone.now()
        values = {"status": status, "reviewed_by_id": user.pk, "reviewed_at": now}
        verb = Action.Verb.CONFIRM if status == Pairing.Status.CONFIRMED else Action.Verb.REJECT
        action = _record(
            actor=user, verb=verb, changes=[Change(pairing, version, values)], reason=reason, pairing=pairing
        )
        Dispute.objects.filter(pk=pairing.dispute_id).update(updated=now)
    return action


def pairing_confirm(*, pairing: Pairing, user: AbstractBaseUser, version: int) -> Action:
    """Readers see the pair from now on."""
    return _review(pairing=pairing, user=user, version=version, status=Pairing.Status.CONFIRMED)


def pairing_reject(*, pairing: Pairing, user: AbstractBaseUser, version: int, reason: str = "") -> Action:
    reason = reason.strip()
    limit = Action._meta.get_field("reason").max_length
    if len(reason) > limit:
        raise ValidationError(f"Keep the reason to {limit} characters; this one has {len(reason)}.")
    return _review(pairing=pairing, user=user, version=version, status=Pairing.Status.REJECTED, reason=reason)


def pairing_swap(*, pairing: Pairing, user: AbstractBaseUser, version: int) -> Action:
    """Show the pair's two statements in each other's column."""
    with transaction.atomic():
        change = Change(pairing, version, {"swapped": not pairing.swapped})
        return _record(actor=user, verb=Action.Verb.SWAP, changes=[change], pairing=pairing)


def dispute_rename(*, dispute: Dispute, user: AbstractBaseUser, version: int, title: str) -> Action:
    """A new title; the address (slug) stays, so links already shared keep working."""
    with transaction.atomic():
        change = Change(dispute, version, {"title": title.strip(), "updated": timezone.now()})
        return _record(actor=user, verb=Action.Verb.RENAME, changes=[change], dispute=dispute)


def _surviving(dispute: Dispute) -> Dispute:
    """The dispute that ``dispute`` was merged into, if it was, following merges of merges."""
    while dispute.merged_into_id is not None:
        dispute = Dispute.objects.get(pk=dispute.merged_into_id)
    return dispute


def dispute_create(*, title: str, like: Dispute) -> Dispute:
    """A dispute an editor started, with the columns of ``like``."""
    title = title.strip()
    slug = _unique_slug(Dispute, title)
    dispute = Dispute(title=title, slug=slug, key=f"editor/{slug}", party_a=like.party_a, party_b=like.party_b)
    _validate(dispute)
    dispute.save()
    return dispute


def pairing_move(
    *, pairing: Pairing, user: AbstractBaseUser, version: int, to: Dispute | None = None, new_title: str = ""
) -> Action:
    """Move the pair to dispute ``to``, or to a new dispute titled ``new_title``."""
    with transaction.atomic():
        if to is None:
            if not new_title.strip():
                raise ValidationError("Choose a dispute to move the pair to, or give a title for a new one.")
            to = dispute_create(title=new_title, like=pairing.dispute)
        if to.merged_into_id is not None:
            raise ValidationError(f"“{to}” was merged into another dispute; move the pair there instead.")
        if to.pk == pairing.dispute_id:
            raise ValidationError("The pair is already in this dispute.")
        origin = pairing.dispute
        action = _record(
            actor=user,
            verb=Action.Verb.MOVE,
            changes=[Change(pairing, version, {"dispute_id": to.pk})],
            pairing=pairing,
            dispute=origin,
        )
        Dispute.objects.filter(pk__in=[origin.pk, to.pk]).update(updated=timezone.now())
    return action


def dispute_merge(*, dispute: Dispute, into: Dispute, user: AbstractBaseUser, version: int) -> Action:
    """Move every pair of ``dispute`` into ``into``; the engine's later pairs about it go there too."""
    with transaction.atomic():
        if into.pk == dispute.pk:
            raise ValidationError("A dispute cannot be merged into itself.")
        if into.merged_into_id is not None:
            raise ValidationError(f"“{into}” was itself merged into another dispute; merge into that one.")
        changes = [Change(dispute, version, {"merged_into_id": into.pk})]
        changes += [Change(p, p.version, {"dispute_id": into.pk}) for p in dispute.pairings.order_by("pk")]
        action = _record(actor=user, verb=Action.Verb.MERGE, changes=changes, dispute=into)
        Dispute.objects.filter(pk=into.pk).update(updated=timezone.now())
    return action


def action_undo(*, action: Action, user: AbstractBaseUser) -> Action:
    """Write back the rows ``action`` changed, as they were before it; recorded as an action of its own.

    Refused once the undo window has passed, and when any of those rows changed again since.
    """
    with transaction.atomic():
        action = Action.objects.select_for_update().get(pk=action.pk)
        if action.undone_at is not None:
            raise UndoRefused("This was already undone.")
        if not action.undoable:
            minutes = settings.UNDO_WINDOW_SECONDS // 60
            raise UndoRefused(f"This is too old to undo: an action can be undone for {minutes} minutes.")
        restored: dict[str, dict] = {}
        for label, rows in action.after.items():
            model = _HISTORY_MODELS[label]
            for pk, state in rows.items():
                was = action.before[label][pk]
                values = {name: model._meta.get_field(name).to_python(v) for name, v in was.items()}
                del values["version"]
                if not _write_if_current(model, pk, state["version"], values):
                    name = model._meta.verbose_name
                    raise UndoRefused(f"This {name} was changed again since, so undoing would overwrite that change.")
                restored.setdefault(label, {})[pk] = {**was, "version": state["version"] + 1}
        now = timezone.now()
        Action.objects.filter(pk=action.pk).update(undone_at=now, undone_by=user)
        return Action.objects.create(
            actor=user,
            verb=Action.Verb.UNDO,
            pairing_id=action.pairing_id,
            dispute_id=action.dispute_id,
            before=action.after,
            after=restored,
            undoes=action,
            created=now,
        )


# Editors correct what the engine found. Each change re-pairs the statements it touches: their
# suggested pairs are found again against their article and the archive, while pairs an editor
# confirmed or rejected stay, unless a statement they use is deleted.

# Above this many statements, re-resolving after an alias change is left to a background job.
RESOLVE_INLINE_LIMIT = 200


def _span(article: Article, start: int, end: int) -> tuple[int, int]:
    """The selection trimmed of surrounding spaces; it must lie within the text and hold words."""
    if not 0 <= start < end <= len(article.text):
        raise ValidationError({"start": "The selection must lie within the article's text."})
    chunk = article.text[start:end]
    if not chunk.strip():
        raise ValidationError({"start": "The selection is empty: select the words that are claimed."})
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for span in sentences.split(text):
        if span.start <= start < span.end:
            return span.start, max(span.end, end)
    return start, end


def _place(statement: Statement, *, start: int, end: int) -> None:
    """Set the content span and what follows from it; the content is the article's words, never the client's."""
    text = statement.article.text
    statement.start, statement.end = _span(statement.article, start, end)
    statement.content = text[statement.start : statement.end]
    statement.sentence_start, statement.sentence_end = _sentence_around(text, statement.start, statement.end)


def _place_speaker(statement: Statement) -> None:
    """Point the speaker's offsets at the speaker's words in the sentence, when they are there."""
    text = statement.article.text
    found = text.find(statement.speaker, statement.sentence_start, statement.sentence_end) if statement.speaker else -1
    if found < 0:
        statement.speaker_start = statement.speaker_end = None
    else:
        statement.speaker_start, statement.speaker_end = found, found + len(statement.speaker)


def _repair(statements: Sequence[Statement]) -> None:
    """Find the suggested pairs of ``statements`` again, and index their terms anew."""
    touching = Q(statement_a__in=statements) | Q(statement_b__in=statements)
    Pairing.objects.filter(touching, status=Pairing.Status.SUGGESTED).delete()
    texts = dict(Article.objects.filter(pk__in={s.article_id for s in statements}).values_list("pk", "text"))
    archive.terms_store(statements=statements, texts=texts)
    archive.statements_pair(statements=statements, within_articles=True)


def statement_add(*, article: Article, start: int, end: int, speaker: str, party: Party | None, kind: str) -> Statement:
    """A statement the engine missed, from the words an editor selected in the article.

    Without a party, the engine resolves one from the speaker, as for a paste.
    """
    with transaction.atomic():
        statement = Statement(article=article, speaker=speaker.strip(), party=party, kind=kind)
        _place(statement, start=start, end=end)
        _place_speaker(statement)
        statement.full_clean()
        statement.save()
        # Resolving re-pairs the statement when it finds a party; otherwise pair it as it is.
        if party is not None or not statements_resolve(statements=[statement]):
            _repair([statement])
    return statement


def statement_update(
    *,
    statement: Statement,
    speaker: str,
    party: Party | None,
    kind: str,
    start: int | None = None,
    end: int | None = None,
) -> Statement:
    """Fix a statement's speaker, party, kind or (given both offsets) content span."""
    with transaction.atomic():
        if speaker.strip() != statement.speaker:
            statement.speaker = speaker.strip()
            _place_speaker(statement)
        statement.party, statement.kind = party, kind
        if start is not None and end is not None:
            _place(statement, start=start, end=end)
        statement.full_clean()
        statement.save()
        _repair([statement])
    return statement


def statement_delete(*, statement: Statement) -> None:
    """A statement that is no statement goes, and every pair using it with it."""
    with transaction.atomic():
        statement.delete()


def _resolved(statements: Sequence[Statement], lexicon: Sequence[analysis.PartyEntry]) -> dict[int, str]:
    """The engine's party name for each statement, read in its article as a paste would."""
    by_article: dict[int, list[Statement]] = {}
    for s in statements:
        by_article.setdefault(s.article_id, []).append(s)
    texts = dict(Article.objects.filter(pk__in=by_article).values_list("pk", "text"))
    names: dict[int, str] = {}
    for pk, rows in by_article.items():
        document = analysis.Prepared(path="", text=texts[pk], html="", regions=(analysis.Span(0, len(texts[pk])),))
        records = [archive.record(s, doc=0) for s in rows]
        for row, found in zip(rows, analysis.resolve_parties(records, [document], lexicon), strict=True):
            names[row.pk] = found.party
    return names


def statements_resolve(*, statements: Sequence[Statement]) -> list[Statement]:
    """Give ``statements`` the parties the current aliases say, and re-pair those that changed."""
    with transaction.atomic():
        names = _resolved(statements, Party.objects.lexicon())
        parties = parties_find_or_create(names={n for n in names.values() if n})
        changed = []
        for s in statements:
            party = parties.get(names[s.pk]) if names[s.pk] else None
            if party != s.party:
                s.party = party
                changed.append(s)
        Statement.objects.bulk_update(changed, ["party"])
        if changed:
            _repair(changed)
    return changed


def statements_refresh(*, statements: Sequence[Statement]) -> None:
    """Resolve ``statements`` again and find all their suggested pairs again (a background job's batch)."""
    with transaction.atomic():
        changed = {s.pk for s in statements_resolve(statements=statements)}
        _repair([s for s in statements if s.pk not in changed])


def _naming(words: Iterable[str]) -> Q:
    found = Q(pk__in=[])
    for word in words:
        found |= Q(speaker__icontains=word) | Q(refers_to__icontains=word)
    return found


def party_update(*, party: Party, name: str, description: str, colour: str, aliases: Iterable[str]) -> Party:
    """Edit a party; statements that name an added or removed alias are resolved again."""
    wanted = {a.strip() for a in aliases if a.strip()}
    with transaction.atomic():
        party.name, party.description, party.colour = name.strip(), description.strip(), colour
        party.full_clean()
        party.save()
        had = set(party.aliases.values_list("alias", flat=True))
        taken = PartyAlias.objects.filter(alias__in=wanted - had).exclude(party=party).values_list("alias", flat=True)
        if taken:
            raise ValidationError({"aliases": f"Already an alias of another party: {', '.join(sorted(taken))}."})
        party.aliases.filter(alias__in=had - wanted).delete()
        for alias in sorted(wanted - had):
            row = PartyAlias(party=party, alias=alias)
            row.full_clean(exclude=["party"])
            row.save()
        affected = Statement.objects.filter(_naming(wanted ^ had)).select_related("party")
        if affected[RESOLVE_INLINE_LIMIT:].exists():
            transaction.on_commit(lambda: job_start(kind=Job.Kind.REFRESH, user=None))
        else:
            statements_resolve(statements=list(affected))
    return party


def party_merge(*, survivor: Party, other: Party) -> Party:
    """``other`` was the same side: its statements, disputes and names move to ``survivor``, and it goes."""
    if survivor.pk == other.pk:
        raise ValidationError({"into": "A party cannot be merged into itself."})
    with transaction.atomic():
        Statement.objects.filter(party=other).update(party=survivor)
        # A dispute between the two has one side left; its other column waits for an editor.
        Dispute.objects.filter(party_a=other, party_b=survivor).update(party_a=None)
        Dispute.objects.filter(party_b=other, party_a=survivor).update(party_b=None)
        Dispute.objects.filter(party_a=other).update(party_a=survivor)
        Dispute.objects.filter(party_b=other).update(party_b=survivor)
        # Statements of one side never contradict each other.
        same_side = Q(statement_a__party=survivor, statement_b__party=survivor)
        Pairing.objects.filter(same_side, status=Pairing.Status.SUGGESTED).delete()
        PartyAlias.objects.filter(party=other).update(party=survivor)
        name = other.name
        other.delete()
        # The engine names the merged side by its old name too.
        PartyAlias.objects.bulk_create([PartyAlias(party=survivor, alias=name)], ignore_conflicts=True)
    return survivor


def job_start(*, kind: str, user: AbstractBaseUser | None) -> Job:
    """Queue background work over the whole archive; the task starts once this is committed."""
    with transaction.atomic():
        job = Job(kind=kind, total=Statement.objects.count(), started_by=user)
        job.full_clean(exclude=["started_by"])
        job.save()
        transaction.on_commit(lambda: tasks.job_enqueue(job))
    return job


def job_retry(*, job: Job) -> Job:
    """Run a failed job again: it carries on after the last batch that committed."""
    if job.status != Job.Status.FAILED:
        raise ValidationError({"status": "Only a failed job can be retried."})
    with transaction.atomic():
        job.status, job.error = Job.Status.QUEUED, ""
        job.save(update_fields=["status", "error", "updated"])
        transaction.on_commit(lambda: tasks.job_enqueue(job))
    return job
