"""``manage.py load_demo``: the Kursk article, so a fresh checkout has something to show.

Idempotent: the article is found by its content hash on later runs. Parties are not seeded
separately: ingesting creates each party the engine finds, with its built-in aliases, the first
time it appears (see ``services.parties_find_or_create``), so every paste gets them, not only this one.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from claims.services import article_ingest

DEMO = Path(__file__).resolve().parents[2] / "demo" / "kursk.txt"
# Only what the text itself says; its outlet and date are not part of the demo file.
TITLE = "Demo article: Putin visits the Kursk region"


class Command(BaseCommand):
    help = "Load the demo article (idempotent)."

    def handle(self, *args, **options):
        article, created = article_ingest(raw=DEMO.read_text(encoding="utf-8"), title=TITLE, html=False)
        if created:
            self.stdout.write(
                f"Loaded the demo article: /articles/{article.pk}/ ({article.statements.count()} statements)"
            )
        else:
            self.stdout.write(f"The demo article is already loaded: /articles/{article.pk}/")
