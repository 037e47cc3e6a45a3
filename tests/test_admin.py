from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from claims.models import Article, Dispute, Outlet, Pairing, Party, PartyAlias, Statement
from tests.builders import make_pairing, make_user

pytestmark = pytest.mark.django_db

MODELS = [Outlet, Article, Party, PartyAlias, Statement, Dispute, Pairing]


@pytest.fixture
def staff_client(db) -> Client:
    client = Client()
    client.force_login(make_user("sam", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def pairing() -> Pairing:
    pairing = make_pairing()
    outlet = Outlet.objects.create(name="Example News", domain="example.com")
    Article.objects.update(outlet=outlet)
    PartyAlias.objects.create(party=pairing.dispute.party_a, alias="Moscow")
    return pairing


def test_every_model_is_registered_with_lists_searches_and_filters():
    for model in MODELS:
        model_admin = admin.site._registry[model]
        assert model_admin.list_display != ("__str__",), model
        assert model_admin.search_fields, model


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_staff_can_list_search_add_and_change_every_model(staff_client, pairing, model):
    name = f"admin:claims_{model._meta.model_name}"
    obj = model.objects.first()

    assert staff_client.get(reverse(f"{name}_changelist")).status_code == 200
    assert staff_client.get(reverse(f"{name}_changelist"), {"q": "bridge"}).status_code == 200
    assert staff_client.get(reverse(f"{name}_add")).status_code == (403 if model is Article else 200)
    assert staff_client.get(reverse(f"{name}_change", args=[obj.pk])).status_code == 200


def test_an_article_shows_its_statements_a_party_its_aliases_and_a_dispute_its_pairings(staff_client, pairing):
    article = pairing.statement_a.article
    pages = {
        reverse("admin:claims_article_change", args=[article.pk]): "the bridge is destroyed",
        reverse("admin:claims_party_change", args=[pairing.dispute.party_a.pk]): 'value="Moscow"',
        reverse("admin:claims_dispute_change", args=[pairing.dispute.pk]): "pairings-0-statement_a",
    }
    for url, expected in pages.items():
        assert expected in staff_client.get(url).content.decode()


def test_statement_pickers_autocomplete(staff_client, pairing):
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "claims", "model_name": "pairing", "field_name": "statement_a", "term": "intact"},
    )

    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(pairing.statement_a.pk)]


@pytest.mark.parametrize("action", ["confirm", "reject"])
def test_staff_confirm_or_reject_pairs_in_bulk(staff_client, action):
    pairings = [make_pairing(left=f"claim {n}", right=f"denial {n}") for n in range(3)]

    response = staff_client.post(
        reverse("admin:claims_pairing_changelist"),
        {"action": action, "_selected_action": [p.pk for p in pairings[:2]]},
    )

    assert response.status_code == 302
    expected = "confirmed" if action == "confirm" else "rejected"
    statuses = [Pairing.objects.get(pk=p.pk).status for p in pairings]
    assert statuses == [expected, expected, "suggested"]
    assert Pairing.objects.filter(reviewed_by__username="sam").count() == 2


def test_editors_and_readers_are_kept_out_of_the_admin(editor_client, reader_client):
    for client in (editor_client, reader_client):
        response = client.get(reverse("admin:claims_pairing_changelist"))
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
