from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import DatabaseError

from claims.analysis import DEFAULT_LEXICON, Analysis
from claims.management.commands import analyze as analyze_command
from claims.models import Article, Pairing, Party, PartyAlias
from claims.roles import EDITORS, is_editor
from tests.builders import make_user, party

pytestmark = pytest.mark.django_db

NOTHING = Analysis(documents=(), statements=())
DEMO = Path(__file__).resolve().parent.parent / "claims" / "demo" / "kursk.txt"


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_load_demo_loads_the_kursk_article_once():
    first = run("load_demo")
    article = Article.objects.get()
    statements = article.statements.count()

    again = run("load_demo")

    assert "Loaded the demo article" in first
    assert "already loaded" in again
    assert Article.objects.count() == 1
    assert article.statements.count() == statements
    assert article.text == DEMO.read_text(encoding="utf-8")
    assert article.title.startswith("Demo article")


def test_ensure_editor_creates_an_editor_and_prints_the_password_once():
    first = run("ensure_editor")

    username, password = re.search(r"as (\S+) with password (\S+)", first).groups()
    user = authenticate(username=username, password=password)
    assert user is not None
    assert is_editor(user)
    again = run("ensure_editor")
    assert password not in again
    assert "password" not in again
    assert User.objects.count() == 1


def test_ensure_editor_does_nothing_when_an_editor_exists():
    make_user("edith", editor=True)

    output = run("ensure_editor")

    assert "already exists" in output
    assert User.objects.count() == 1


def test_ensure_editor_picks_a_free_username():
    make_user("editor")

    output = run("ensure_editor")

    assert "as editor2 with password" in output
    assert User.objects.get(username="editor2").groups.filter(name=EDITORS).exists()


def test_analyze_reads_the_parties_editors_added_in_one_query(django_assert_num_queries, monkeypatch):
    atlantis = party("Atlantis")
    PartyAlias.objects.create(party=atlantis, alias="Atlantean")
    seen = []
    monkeypatch.setattr(analyze_command, "analyze", lambda docs, lexicon, pairs: seen.append(lexicon) or NOTHING)

    with django_assert_num_queries(1):
        run("analyze", "--json", str(DEMO))

    (lexicon,) = seen
    assert ("Atlantis", ("Atlantean",)) in [(e.name, e.aliases) for e in lexicon]
    assert {e.name for e in DEFAULT_LEXICON} <= {e.name for e in lexicon}


def test_analyze_uses_the_built_in_lexicon_before_migrate(monkeypatch):
    def missing_tables():
        raise DatabaseError("no such table: claims_party")

    monkeypatch.setattr(Party.objects, "lexicon", missing_tables)

    assert analyze_command.lexicon() == DEFAULT_LEXICON


def test_analyze_keeps_its_json_contract():
    result = json.loads(run("analyze", "--json", str(DEMO)))

    assert set(result) == {"documents", "statements", "pairs"}
    assert result["documents"][0]["text"] == DEMO.read_text(encoding="utf-8")


def test_load_demo_with_confirm_shows_the_kursk_dispute_to_readers(client):
    run("ensure_editor")

    out = run("load_demo", "--confirm")

    assert "Confirmed the demo's pairs as editor" in out
    article = Article.objects.get()
    assert not Pairing.objects.filter(statement_a__article=article, status=Pairing.Status.SUGGESTED).exists()
    home = client.get("/").content.decode()
    assert "Kursk" in home
    dispute = Pairing.objects.filter(statement_a__article=article).first().dispute
    page = client.get(dispute.get_absolute_url()).content.decode()
    assert "Kursk is now under full control" in page
    assert "its troops still hold a thin line of territory across the border" in page


def test_load_demo_with_confirm_needs_an_editor():
    with pytest.raises(CommandError, match="ensure_editor"):
        run("load_demo", "--confirm")


def test_analyze_prints_statements_by_party_then_each_pair_side_by_side():
    out = run("analyze", str(DEMO))

    assert "== Russia (" in out and "== Ukraine (" in out
    strongest = out.split("== Contested pairs")[1].split("\n-- ")[1]
    first_line_of_each_side = strongest.splitlines()[2]
    assert "“Kursk is now under full control”" in first_line_of_each_side
    assert "│ “its troops still hold a thin line of territory" in first_line_of_each_side
    assert "· contrast: 'While …, …'" in strongest
