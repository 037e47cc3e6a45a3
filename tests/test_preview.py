"""The paste page previews what a paste would find while the editor types; nothing is stored."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from claims.forms import TOO_LARGE
from claims.models import Article, Dispute, Outlet, Pairing, Party, Statement, StatementTerm
from claims.services import MAX_PASTE_BYTES

pytestmark = pytest.mark.django_db

URL = reverse("paste_preview")
TEXT = (
    "While Russia insists Kursk is now under full control, Ukraine maintains its troops still hold "
    "a thin line of territory across the border."
)
MODELS = (Article, Statement, Pairing, Dispute, Outlet, Party, StatementTerm)


def counts() -> list[int]:
    return [model.objects.count() for model in MODELS]


def test_it_shows_the_statements_and_pairs_found_without_storing_them(editor_client):
    before = counts()

    response = editor_client.post(URL, {"body": TEXT}, headers={"HX-Request": "true"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="preview" class="card preview"')
    assert "Kursk is now under full control" in page
    assert "Control of Kursk" in page
    assert counts() == before


def test_without_htmx_it_shows_the_whole_paste_page_with_the_preview(editor_client):
    response = editor_client.post(URL, {"body": TEXT})

    page = response.content.decode()
    assert "<html" in page
    assert 'id="preview"' in page
    assert "Kursk is now under full control" in page
    assert counts() == [0] * len(MODELS)


def test_the_paste_page_asks_for_a_preview_as_the_editor_types(editor_client):
    page = editor_client.get(reverse("paste")).content.decode()

    assert f'hx-post="{URL}"' in page
    assert 'hx-trigger="input changed delay:600ms from:#id_body"' in page


def test_it_keeps_the_size_limit_of_a_paste(editor_client):
    response = editor_client.post(URL, {"body": "a" * (MAX_PASTE_BYTES + 1)}, headers={"HX-Request": "true"})

    assert TOO_LARGE in response.content.decode()
    assert counts() == [0] * len(MODELS)


def test_it_rejects_get(editor_client):
    assert editor_client.get(URL).status_code == 405


def test_only_editors_may_preview(client, reader_client):
    assert client.post(URL, {"body": TEXT}).status_code == 302
    assert reader_client.post(URL, {"body": TEXT}).status_code == 403


def test_it_needs_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.post(URL, {"body": TEXT}, headers={"HX-Request": "true"}).status_code == 403
