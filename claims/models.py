"""What a newsroom talks about: outlets, articles, parties, their statements and the disputes between them.

Character offsets index into ``Article.text``, so a quote can always be shown in its sentence.
Every invariant that matters is a database constraint, not only a form rule.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from claims.analysis import DEFAULT_LEXICON, PartyEntry


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    # Blank when only the name is known (an article pasted without its URL).
    domain = models.CharField(max_length=253, blank=True, help_text="e.g. example.com, without www.")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["domain"], condition=~Q(domain=""), name="outlet_domain_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    url = models.URLField("URL", max_length=2000, blank=True)
    title = models.CharField(max_length=300, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    raw = models.TextField(
        help_text="The input as pasted; HTML is kept with every tag escaped by bleach. Never shown in a page."
    )
    html = models.TextField(blank=True, help_text="The pasted HTML after sanitising; empty for plain text.")
    text = models.TextField(help_text="The plain text that statement offsets index into.")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    pasted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("article", args=[self.pk])


class PartyQuerySet(models.QuerySet):
    def lexicon(self) -> tuple[PartyEntry, ...]:
        """The parties the engine should recognise: ours, over the built-in defaults, in one query."""
        aliases: dict[str, list[str]] = {}
        for name, alias in self.order_by("name", "aliases__alias").values_list("name", "aliases__alias"):
            aliases.setdefault(name, [])
            if alias:
                aliases[name].append(alias)
        ours = tuple(PartyEntry(name, tuple(found)) for name, found in aliases.items())
        return ours + tuple(entry for entry in DEFAULT_LEXICON if entry.name not in aliases)


class Party(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.TextField(blank=True)
    colour = models.CharField(max_length=7, default="#5b6770", help_text="Hex colour, e.g. #1f5fa8.")

    objects = PartyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"
        constraints = [
            models.CheckConstraint(condition=Q(colour__regex=r"^#[0-9a-fA-F]{6}$"), name="party_colour_hex"),
        ]

    def __str__(self) -> str:
        return self.name


class PartyAlias(models.Model):
    """Another word that names a party: a demonym, a capital, a leader."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "party aliases"

    def __str__(self) -> str:
        return self.alias


def _span_is_valid(start: str, end: str, *, optional: bool = False) -> Q:
    valid = Q(**{f"{start}__gte": 0, f"{end}__gt": F(start)})
    if optional:
        return valid | Q(**{f"{start}__isnull": True, f"{end}__isnull": True})
    return valid


class StatementKind(models.TextChoices):
    DIRECT = "direct", "direct quote"
    INDIRECT = "indirect", "reported speech"
    MIXED = "mixed", "partly quoted"


class Statement(models.Model):
    Kind = StatementKind

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    speaker = models.CharField(max_length=300, help_text="As written in the article.")
    party = models.ForeignKey(Party, null=True, blank=True, on_delete=models.PROTECT, related_name="statements")
    cue = models.CharField("reporting verb", max_length=100, blank=True)
    content = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    relay = models.CharField(max_length=200, blank=True, help_text="The agency or outlet that passed it on.")
    refers_to = models.CharField(max_length=300, blank=True, help_text="Who a pronoun speaker stands for.")

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=StatementKind.values), name="statement_kind_known"),
            models.CheckConstraint(condition=_span_is_valid("start", "end"), name="statement_content_span"),
            models.CheckConstraint(
                condition=_span_is_valid("sentence_start", "sentence_end"), name="statement_sentence_span"
            ),
            models.CheckConstraint(
                condition=_span_is_valid("speaker_start", "speaker_end", optional=True), name="statement_speaker_span"
            ),
            models.CheckConstraint(
                condition=_span_is_valid("cue_start", "cue_end", optional=True), name="statement_cue_span"
            ),
            models.UniqueConstraint(fields=["article", "start", "end"], name="statement_once_per_span"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.content[:80]}"

    @property
    def anchor(self) -> str:
        return f"s-{self.pk}"

    @property
    def in_sentence(self) -> tuple[str, str, str]:
        """The sentence around the statement's content, cut as (before, content, after), for highlighting it."""
        text = self.article.text
        start, end = min(self.sentence_start, self.start), max(self.sentence_end, self.end)
        return text[start : self.start], text[self.start : self.end], text[self.end : end]

    def get_absolute_url(self) -> str:
        return f"{reverse('article', args=[self.article_id])}#{self.anchor}"


class DisputeQuerySet(models.QuerySet):
    def with_side_counts(self, statuses: Iterable[str]) -> DisputeQuerySet:
        """Disputes that have pairings in ``statuses``, with how many statements each side has in them."""
        statuses = list(statuses)
        shown = Pairing.objects.filter(status__in=statuses)
        return (
            self.filter(Exists(shown.filter(dispute=OuterRef("pk"))))
            .select_related("party_a", "party_b")
            .annotate(
                party_a_statements=_statements_on_side("party_a", shown),
                party_b_statements=_statements_on_side("party_b", shown),
            )
        )


def _statements_on_side(side: str, shown: models.QuerySet) -> Coalesce:
    in_dispute = shown.filter(dispute=OuterRef(OuterRef("pk")))
    on_side = Statement.objects.filter(
        Exists(in_dispute.filter(statement_a=OuterRef("pk"))) | Exists(in_dispute.filter(statement_b=OuterRef("pk"))),
        party=OuterRef(side),
    )
    counted = on_side.order_by().values("party").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), Value(0))


class Dispute(models.Model):
    """A matter the parties contradict each other on, e.g. "Who controls the Kursk region?"."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=60, unique=True)
    key = models.CharField(max_length=200, unique=True, help_text="The engine's key for the matter.")
    # The two columns of the dispute page, from the first pair found.
    party_a = models.ForeignKey(Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    party_b = models.ForeignKey(Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Set when an editor merged this dispute into another: its pairs moved there, and so do new ones.
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Bumped by every editor's change, so a change made from a stale page is refused, not applied over another.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = DisputeQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]
        constraints = [
            models.CheckConstraint(
                condition=Q(party_a__isnull=True) | Q(party_b__isnull=True) | ~Q(party_a=F("party_b")),
                name="dispute_two_different_sides",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("dispute", args=[self.slug])

    @property
    def parties(self) -> tuple[Party | None, Party | None]:
        """The two columns, left to right."""
        return self.party_a, self.party_b

    @property
    def side_counts(self) -> tuple[tuple[Party | None, int], ...]:
        """Each column's party and how many statements it has; on disputes from ``with_side_counts``."""
        return (self.party_a, self.party_a_statements), (self.party_b, self.party_b_statements)


class PairingQuerySet(models.QuerySet):
    def with_statements(self) -> PairingQuerySet:
        return self.select_related(
            "statement_a__party",
            "statement_a__article__outlet",
            "statement_b__party",
            "statement_b__article__outlet",
        )

    def for_review(self) -> PairingQuerySet:
        """Suggested pairs, best first, with everything a review card shows."""
        return (
            self.filter(status=Pairing.Status.SUGGESTED)
            .with_statements()
            .select_related("dispute__party_a", "dispute__party_b")
            .order_by("-score", "pk")
        )

    def matching(
        self,
        *,
        party: Party | None = None,
        outlet: Outlet | None = None,
        dispute: Dispute | None = None,
        min_score: float | None = None,
        pasted_by: models.Model | None = None,
    ) -> PairingQuerySet:
        """Pairs where either statement has the given party, outlet or paster; ``None`` means any."""
        either = {"statement_a__party": party, "statement_a__article__outlet": outlet}
        either["statement_a__article__pasted_by"] = pasted_by
        found = self
        for field, value in either.items():
            if value is not None:
                found = found.filter(Q(**{field: value}) | Q(**{field.replace("_a__", "_b__", 1): value}))
        if dispute is not None:
            found = found.filter(dispute=dispute)
        if min_score is not None:
            found = found.filter(score__gte=min_score)
        return found


class PairingStatus(models.TextChoices):
    SUGGESTED = "suggested", "suggested"
    CONFIRMED = "confirmed", "confirmed"
    REJECTED = "rejected", "rejected"


class Pairing(models.Model):
    """Two statements by opposing parties that contradict each other on a dispute's matter."""

    Status = PairingStatus

    # Readers see what an editor confirmed; editors also see what waits for review.
    READER_STATUSES = (Status.CONFIRMED,)
    EDITOR_STATUSES = (Status.CONFIRMED, Status.SUGGESTED)

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="pairings")
    statement_a = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    statement_b = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # An editor found the engine's columns wrong for this pair (e.g. a statement without a party).
    swapped = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    # Bumped by every editor's change, so a change made from a stale page is refused, not applied over another.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PairingQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            # Canonical order: no statement paired with itself, and each pair stored once.
            models.CheckConstraint(condition=Q(statement_a__lt=F("statement_b")), name="pairing_canonical_order"),
            models.UniqueConstraint(fields=["statement_a", "statement_b"], name="pairing_once"),
            models.CheckConstraint(condition=Q(status__in=PairingStatus.values), name="pairing_status_known"),
            models.CheckConstraint(
                condition=Q(status=PairingStatus.SUGGESTED) | Q(reviewed_at__isnull=False), name="pairing_review_dated"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement_a_id} ↔ {self.statement_b_id} ({self.status})"

    @property
    def sides(self) -> tuple[Statement, Statement]:
        """The two statements in the dispute's column order."""
        a, b = self.statement_a, self.statement_b
        flipped = a.party_id == self.dispute.party_b_id or b.party_id == self.dispute.party_a_id
        if flipped != self.swapped:
            return self.statement_b, self.statement_a
        return self.statement_a, self.statement_b


class StatementTerm(models.Model):
    """A matter term of a statement (from its content or its sentence), so that pairing a new
    statement against the archive fetches only statements that share a term with it."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["statement", "term"], name="statement_term_once")]
        # Newest first per term: candidates are the latest statements sharing a term.
        indexes = [models.Index(fields=["term", "-statement"], name="statement_term_recent")]

    def __str__(self) -> str:
        return self.term


class JobStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    DONE = "done", "done"
    FAILED = "failed", "failed"


class Job(models.Model):
    """Background work on the whole archive and how far it got; each batch of it commits alone."""

    Status = JobStatus

    class Kind(models.TextChoices):
        REFRESH = "refresh", "re-resolve parties and re-pair the archive"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # The last statement a committed batch finished, so a retry carries on after it.
    last_pk = models.BigIntegerField(default=0)
    error = models.TextField(blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=JobStatus.values), name="job_status_known"),
            models.CheckConstraint(condition=Q(done__lte=F("total")), name="job_done_within_total"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.done / self.total)


class ActionVerb(models.TextChoices):
    CONFIRM = "confirm", "confirmed the pair"
    REJECT = "reject", "rejected the pair"
    SWAP = "swap", "swapped the pair's columns"
    MOVE = "move", "moved the pair"
    RENAME = "rename", "renamed the dispute"
    MERGE = "merge", "merged a dispute into this one"
    UNDO = "undo", "undid"


class ActionQuerySet(models.QuerySet):
    def with_people(self) -> ActionQuerySet:
        return self.select_related("actor", "undone_by", "undoes")

    def about_dispute(self, dispute: Dispute) -> ActionQuerySet:
        """What editors did to the dispute itself and to the pairs it holds or held."""
        pairings = Pairing.objects.filter(dispute=dispute).values("pk")
        return self.filter(Q(dispute=dispute) | Q(pairing__in=pairings) | Q(before__disputes__has_key=str(dispute.pk)))


class Action(models.Model):
    """One editor's change to pairs and disputes, with every changed row's fields before and after.

    ``before`` and ``after`` map ``"pairings"`` and ``"disputes"`` to ``{pk: {field: value, "version": n}}``,
    so an undo writes ``before`` back wherever a row still has the version ``after`` left it at.
    """

    Verb = ActionVerb

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    verb = models.CharField(max_length=10, choices=Verb.choices)
    pairing = models.ForeignKey(Pairing, null=True, blank=True, on_delete=models.CASCADE, related_name="actions")
    dispute = models.ForeignKey(Dispute, null=True, blank=True, on_delete=models.CASCADE, related_name="actions")
    before = models.JSONField(encoder=DjangoJSONEncoder)
    after = models.JSONField(encoder=DjangoJSONEncoder)
    reason = models.CharField(max_length=500, blank=True, help_text="Why the editor rejected the pair.")
    undoes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="undone_by_action"
    )
    created = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(verb__in=ActionVerb.values), name="action_verb_known"),
            models.CheckConstraint(
                condition=Q(pairing__isnull=False) | Q(dispute__isnull=False), name="action_has_target"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} {self.get_verb_display()} ({self.created:%Y-%m-%d %H:%M})"

    @property
    def undo_deadline(self) -> datetime.datetime:
        return self.created + datetime.timedelta(seconds=settings.UNDO_WINDOW_SECONDS)

    @property
    def undoable(self) -> bool:
        """Not undone yet and still within the undo window; whether rows changed since is checked on undo."""
        return self.undone_at is None and timezone.now() < self.undo_deadline

    def changes(self) -> list[tuple[str, str, object, object]]:
        """Each changed field as (row, field, before, after), for the history pages.

        The version counter and who reviewed when are left out: the action's own line says who and when.
        """
        found = []
        for label, rows in self.after.items():
            for pk, state in rows.items():
                was = self.before[label][pk]
                for name, value in state.items():
                    if name not in ("version", "reviewed_by_id", "reviewed_at"):
                        found.append((f"{label[:-1]} {pk}", name.removesuffix("_id"), was[name], value))
        return found
