from __future__ import annotations

import pytest
from django.test import Client

from claims import analysis
from tests.builders import FakeEngine, make_user


@pytest.fixture
def editor(db):
    return make_user("edith", editor=True)


@pytest.fixture
def reader(db):
    """Signed in, but not an editor."""
    return make_user("reggie")


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def reader_client(reader) -> Client:
    client = Client()
    client.force_login(reader)
    return client


@pytest.fixture
def fake_engine(monkeypatch) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setattr(analysis, "analyze", engine)
    return engine


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests that set passwords (ensure_editor) need not pay for a production-strength hash."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
