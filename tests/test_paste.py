from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Article, Dispute, Outlet, Pairing, Party, Statement
from tests.builders import KURSK, make_article

pytestmark = pytest.mark.django_db

URL = reverse("paste")
TEXT = "Moscow said the bridge is intact. Kyiv said the bridge is destroyed."


def paste(client, body: str = TEXT, **fields):
    data = {"body": body, "url": "", "outlet": "Example News", "title": "The bridge", "published": "2025-03-12"}
    return client.post(URL, {**data, **fields})


def assert_nothing_stored() -> None:
    assert [model.objects.count() for model in (Article, Statement, Outlet, Party)] == [0, 0, 0, 0]


def test_it_shows_the_form_to_an_editor(editor_client):
    response = editor_client.get(URL)

    assert response.status_code == 200
    assert b'name="body"' in response.content


def test_it_stores_the_article_and_redirects_to_it(editor_client, editor, fake_engine):
    fake_engine.claims = [("Kyiv", "Ukraine", "the bridge is destroyed")]

    response = paste(editor_client, url="https://example.com/bridge")

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert (article.title, str(article.published), article.url) == (
        "The bridge",
        "2025-03-12",
        "https://example.com/bridge",
    )
    assert article.outlet.name == "Example News"
    assert article.pasted_by == editor
    assert article.statements.count() == 1


def test_it_redirects_to_the_existing_article_when_it_was_pasted_before(editor_client, fake_engine):
    paste(editor_client)

    response = paste(editor_client)

    assert Article.objects.count() == 1
    assert response["Location"] == Article.objects.get().get_absolute_url()
    page = editor_client.get(response["Location"])
    assert "already here" in page.content.decode()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "the box was empty"),
        ("   \n\t  ", "the box was empty"),
        ("a" * 1_000_001, "larger than 1 MB"),
        ("é" * 500_001, "larger than 1 MB"),
        ("GIF89a\x00\x01\x02 some words", "not text"),
        ("\x01\x02\x03\x04\x05\x06 looks like a binary file \x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15", "not text"),
    ],
    ids=["empty", "only-spaces", "over-1-mb", "over-1-mb-in-bytes", "nul-bytes", "control-characters"],
)
def test_it_explains_a_paste_it_refuses_keeps_what_was_typed_and_stores_nothing(editor_client, body, message):
    response = paste(editor_client, body=body, outlet="Kept Outlet", title="Kept title")

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="Kept Outlet"' in page
    assert 'value="Kept title"' in page
    assert_nothing_stored()


def test_a_paste_too_large_for_the_server_to_read_gets_the_form_and_a_plain_message(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000_000

    response = paste(editor_client, "a" * 2_500_000)

    assert response.status_code == 200
    assert "far larger than 1 MB" in response.content.decode()
    assert_nothing_stored()


def test_it_keeps_the_pasted_text_when_another_field_is_wrong(editor_client):
    response = paste(editor_client, url="not a web address")

    assert response.status_code == 200
    assert "Moscow said the bridge is intact." in response.content.decode()
    assert_nothing_stored()


def test_it_accepts_a_paste_just_under_the_limit(editor_client, fake_engine):
    response = paste(editor_client, body="Kyiv said no. " + "x" * (1_000_000 - 14))

    assert response.status_code == 302


def test_it_forbids_a_reader(reader_client):
    assert reader_client.get(URL).status_code == 403
    assert paste(reader_client).status_code == 403
    assert_nothing_stored()


def test_it_sends_an_outsider_to_sign_in(client):
    for response in (client.get(URL), paste(client)):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    assert_nothing_stored()


def test_the_paste_link_is_shown_to_editors_only(editor_client, reader_client, client):
    make_article(text="Anything.")

    assert 'href="/paste/"' in editor_client.get("/").content.decode()
    assert 'href="/paste/"' not in reader_client.get("/").content.decode()
    assert 'href="/paste/"' not in client.get("/").content.decode()


# --- the Kursk article, through the real engine ------------------------------------------


def paste_kursk(client):
    return paste(client, body=KURSK.read_text(encoding="utf-8"), url="https://example.com/kursk", title="Kursk")


def counts() -> list[int]:
    return [model.objects.count() for model in (Article, Statement, Pairing, Dispute, Party, Outlet)]


def test_pasting_the_kursk_article_gives_one_article_and_pasting_it_again_changes_nothing(editor_client):
    first = paste_kursk(editor_client)
    before = counts()

    again = paste_kursk(editor_client)

    assert before[0] == 1
    assert before[1] > 0
    assert counts() == before
    assert again["Location"] == first["Location"] == Article.objects.get().get_absolute_url()


def test_no_kursk_statement_is_stored_twice_although_the_body_is_repeated(editor_client):
    paste_kursk(editor_client)

    said = list(Statement.objects.values_list("speaker", "content"))
    assert len(said) == len(set(said))
    contents = [content for _, content in said]
    assert contents.count("Kursk is now under full control") == 1
    assert contents.count("its troops still hold a thin line of territory across the border") == 1


def test_no_kursk_statement_comes_from_the_you_may_also_like_list(editor_client):
    paste_kursk(editor_client)

    article = Article.objects.get()
    related = article.text.index("You may also like")
    assert Statement.objects.count() > 0
    assert all(s.end <= related for s in Statement.objects.all())
    for headline in ("Garnacho", "Boehly", "Gyokeres", "Sarma", "road crashes"):
        assert not Statement.objects.filter(content__contains=headline).exists()
