from __future__ import annotations

import html as html_entities
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Article, Pairing
from tests.builders import make_pairing

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def pages(pairing: Pairing) -> list[str]:
    return [
        "/",
        pairing.dispute.get_absolute_url(),
        pairing.statement_a.article.get_absolute_url(),
        "/search/?q=bridge",
        "/login/",
    ]


def test_every_page_sends_a_strict_content_security_policy_with_a_nonce(editor_client):
    pairing = make_pairing()

    for url in [*pages(pairing), "/paste/"]:
        response = editor_client.get(url)
        policy = response["Content-Security-Policy"]
        nonce = re.search(r"'nonce-([^']+)'", policy)[1]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == f"'self' 'nonce-{nonce}'"
        assert directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["form-action"] == "'self'"
        assert "base-uri" in directives
        assert "unsafe-inline" not in policy
        assert "unsafe-eval" not in policy
        assert f'nonce="{nonce}"' in response.content.decode()


def test_pages_have_no_inline_scripts_styles_or_event_handlers(editor_client):
    pairing = make_pairing()

    for url in [*pages(pairing), "/paste/"]:
        html = editor_client.get(url).content.decode()
        # A JSON-LD block is data the browser never runs; it carries the nonce all the same.
        assert not re.search(r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))[^>]*>', html), url
        assert not re.search(r"<style\b|\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_htmx_is_served_from_our_own_static_files(client):
    html = client.get("/").content.decode()

    assert re.search(r'<script src="/static/claims/vendor/htmx\.min\.js" nonce="[^"]+" defer>', html)
    assert "://" not in "".join(re.findall(r"<script[^>]*>", html))


def test_htmx_requests_carry_the_csrf_token_from_the_body(editor_client):
    html = editor_client.get("/").content.decode()

    token = re.search(r"""<body hx-headers='\{"X-CSRFToken": "([^"]+)"\}'>""", html)[1]
    assert len(token) >= 32


@pytest.fixture
def strict_editor_client(editor) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


def test_a_paste_without_a_csrf_token_is_refused(strict_editor_client, fake_engine):
    response = strict_editor_client.post("/paste/", {"body": "Kyiv said no."})

    assert response.status_code == 403
    assert Article.objects.count() == 0


def test_a_review_without_a_csrf_token_is_refused(strict_editor_client):
    pairing = make_pairing()

    response = strict_editor_client.post(
        reverse("pairing_review", args=[pairing.pk]),
        {"status": "confirmed", "version": pairing.version},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 403
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.SUGGESTED


def test_a_review_with_the_token_htmx_sends_is_accepted(strict_editor_client):
    pairing = make_pairing()
    html = strict_editor_client.get(pairing.dispute.get_absolute_url()).content.decode()
    token = re.search(r'"X-CSRFToken": "([^"]+)"', html)[1]

    response = strict_editor_client.post(
        reverse("pairing_review", args=[pairing.pk]),
        {"status": "confirmed", "version": pairing.version},
        headers={"HX-Request": "true", "X-CSRFToken": token},
    )

    assert response.status_code == 200
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.CONFIRMED


def test_sign_out_is_a_post(editor_client):
    html = editor_client.get("/").content.decode()

    assert re.search(r'<form method="post" action="/logout/"', html)
    assert editor_client.get("/logout/").status_code == 405


def test_pasted_html_is_sanitised_before_it_is_stored_or_shown(editor_client):
    raw = (
        '<article><p onmouseover="steal()">Kyiv said the <b>bridge</b> is gone.</p>'
        '<script>alert("pwned")</script><img src="x" onerror="alert(1)">'
        '<p><a href="javascript:alert(2)">link</a></p></article>'
    )

    response = editor_client.post("/paste/", {"body": raw})

    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    html = editor_client.get(article.get_absolute_url()).content.decode()
    for shown_or_stored in (article.html, article.text, html):
        for needle in ("<script>alert", "pwned", "onerror", "onmouseover", "javascript:"):
            assert needle not in shown_or_stored
    # The input as pasted is kept, but only as inert, escaped text.
    assert "<script" not in article.raw and "<img" not in article.raw and "<p " not in article.raw
    assert 'alert("pwned")' in html_entities.unescape(article.raw)


def test_plain_text_with_a_stray_tag_is_stored_inert_and_shown_as_text(editor_client):
    raw = (
        "Kyiv said the bridge is gone.\n\n"
        '[<a href="javascript:alert(2)" onclick="steal()">A rally in Greensboro</a>.]\n\n'
        "Moscow said the bridge still stands."
    )

    editor_client.post("/paste/", {"body": raw})

    article = Article.objects.get()
    assert article.html == ""  # read as the plain text it is, paragraphs and offsets as pasted
    assert "<a " not in article.raw and html_entities.unescape(article.raw) == raw
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert '<a href="javascript' not in page and "&lt;a href=" in page


def test_pasted_markup_with_an_image_is_read_as_html_and_sanitised(editor_client):
    raw = 'Kyiv said the bridge is gone.\n\n<img src="x" onerror="alert(1)">\n\nMoscow said it stands.'

    editor_client.post("/paste/", {"body": raw})

    article = Article.objects.get()
    page = editor_client.get(article.get_absolute_url()).content.decode()
    for shown_or_stored in (article.html, article.text, page):
        assert "onerror" not in shown_or_stored


def test_the_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "a-production-secret-" + "x" * 50,
        "ALLOWED_HOSTS": "claims.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": ""}

    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
