"""``manage.py load_demo [--confirm]``: the Kursk article, so a fresh checkout has something to show.

Idempotent: the article is found by its content hash on later runs. Parties are not seeded
separately: ingesting creates each party the engine finds, with its built-in aliases, the first
time it appears (see ``services.parties_find_or_create``), so every paste gets them, not only this one.

Readers see only pairs an editor confirmed. ``--confirm`` (what `make run` uses) has the local
editor confirm the pairs the engine suggests for the demo article, through the same service and
history as a click in the review queue, so the home page shows the dispute at once. It never
touches any other article.
"""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from claims.models import Pairing
from claims.roles import EDITORS
from claims.services import article_ingest, pairing_confirm

DEMO = Path(__file__).resolve().parents[2] / "demo" / "kursk.txt"
# Only what the text itself says; its outlet and date are not part of the demo file.
TITLE = "Demo article: Putin visits the Kursk region"


class Command(BaseCommand):
    help = "Load the demo article (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--confirm",
            action="store_true",
            help="confirm the demo article's suggested pairs as the local editor, so readers see them",
        )

    def handle(self, *args, **options):
        article, created = article_ingest(raw=DEMO.read_text(encoding="utf-8"), title=TITLE, html=False)
        if created:
            self.stdout.write(
                f"Loaded the demo article: /articles/{article.pk}/ ({article.statements.count()} statements)"
            )
        else:
            self.stdout.write(f"The demo article is already loaded: /articles/{article.pk}/")
        if options["confirm"]:
            self._confirm(article)

    def _confirm(self, article) -> None:
        editor = Group.objects.get(name=EDITORS).user_set.filter(is_active=True).order_by("pk").first()
        if editor is None:
            raise CommandError("--confirm needs an editor account: run `manage.py ensure_editor` first.")
        suggested = Pairing.objects.filter(
            statement_a__article=article, status=Pairing.Status.SUGGESTED
        ).select_related("dispute")
        disputes = set()
        for pairing in suggested:
            pairing_confirm(pairing=pairing, user=editor, version=pairing.version)
            disputes.add(pairing.dispute.get_absolute_url())
        if disputes:
            self.stdout.write(f"Confirmed the demo's pairs as {editor.get_username()}: {', '.join(sorted(disputes))}")
