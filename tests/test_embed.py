import json
import re
from datetime import date

import pytest
from django.core.exceptions import ImproperlyConfigured

from claims.models import Outlet, Pairing
from tests.builders import make_dispute, make_pairing


@pytest.fixture
def dispute(db):
    dispute = make_dispute(title="Who holds the bridge?")
    guardian = Outlet.objects.create(name="The Guardian")
    make_pairing(dispute=dispute, status=Pairing.Status.CONFIRMED, outlet=guardian, published=date(2024, 8, 9))
    confirmed = dispute.pairings.get()
    confirmed.statement_a.relay = "the Associated Press"
    confirmed.statement_a.save()
    make_pairing(dispute=dispute, left="the bridge is open", right="the bridge is closed")
    return dispute


def embed(client, dispute):
    return client.get(f"/embed/disputes/{dispute.slug}/")


def policy(response) -> dict[str, str]:
    directives = (d.strip().split(" ", 1) for d in response["Content-Security-Policy"].split(";"))
    return dict(directives)


def test_it_shows_both_sides_of_each_confirmed_pairing(client, dispute):
    response = embed(client, dispute)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Who holds the bridge?" in html
    assert '<mark class="content">the bridge is intact</mark>' in html
    assert '<mark class="content">the bridge is destroyed</mark>' in html
    assert "the bridge is open" not in html


def test_it_shows_how_each_statement_reached_us(client, dispute):
    html = embed(client, dispute).content.decode()

    chain = re.search(r'<p class="source chain"[^>]*>(.*?)</p>', html, re.S).group(1)
    assert re.findall(r'<span class="hop hop-(\w+)">([^<]*)</span>', chain) == [
        ("speaker", "Russia"),
        ("relay", "AP"),
        ("outlet", "The Guardian"),
    ]


def test_it_draws_the_timeline_of_the_confirmed_statements(client, dispute):
    html = embed(client, dispute).content.decode()

    assert html.count('<circle class="timeline-point"') == 2
    assert "the bridge is open" not in html


def test_it_shows_the_evidence_balance(client, dispute):
    html = embed(client, dispute).content.decode()

    assert html.count("1 statement ·") == 2
    assert "1 independent source" in html


def test_it_opens_links_outside_the_frame(client, dispute):
    html = embed(client, dispute).content.decode()

    links = re.findall(r"<a [^>]*>", html)
    assert links
    assert all('target="_blank"' in link for link in links)


def test_it_may_be_framed_by_the_allowed_origins_only(client, dispute, settings):
    settings.EMBED_ALLOWED_ORIGINS = ["https://news.example", "https://*.paper.example:8443"]

    response = embed(client, dispute)

    assert policy(response)["frame-ancestors"] == "'self' https://news.example https://*.paper.example:8443"
    assert "X-Frame-Options" not in response


def test_it_may_be_framed_by_this_site_alone_when_no_origin_is_allowed(client, dispute, settings):
    del settings.EMBED_ALLOWED_ORIGINS

    assert policy(embed(client, dispute))["frame-ancestors"] == "'self'"


def test_it_keeps_the_rest_of_the_sites_policy(client, dispute, settings):
    settings.EMBED_ALLOWED_ORIGINS = ["https://news.example"]

    embedded = policy(embed(client, dispute))
    page = policy(client.get(dispute.get_absolute_url()))

    assert page["frame-ancestors"] == "'none'"
    assert {k: v for k, v in embedded.items() if k not in ("frame-ancestors", "script-src")} == {
        k: v for k, v in page.items() if k not in ("frame-ancestors", "script-src")
    }


def test_the_rest_of_the_site_still_refuses_to_be_framed(client, dispute, settings):
    settings.EMBED_ALLOWED_ORIGINS = ["https://news.example"]

    response = client.get(dispute.get_absolute_url())

    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "origin", ["news.example", "https://news.example/path", "https://news.example; script-src *", "*", "'self'"]
)
def test_it_refuses_an_allowed_origin_that_is_not_an_origin(client, dispute, settings, origin):
    settings.EMBED_ALLOWED_ORIGINS = [origin]

    with pytest.raises(ImproperlyConfigured, match="EMBED_ALLOWED_ORIGINS"):
        embed(client, dispute)


def test_it_carries_the_disputes_json_ld_under_the_pages_nonce(client, dispute):
    response = embed(client, dispute)

    html = response.content.decode()
    nonce, text = re.search(r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', html, re.S).groups()
    assert f"'nonce-{nonce}'" in policy(response)["script-src"]
    data = json.loads(text)
    page = data["@graph"][0]
    assert page["@id"] == f"http://testserver{dispute.get_absolute_url()}"
    assert [node["@type"] for node in data["@graph"]].count("Claim") == 2


def test_it_has_no_inline_script_or_style(client, dispute):
    html = embed(client, dispute).content.decode()

    assert re.findall(r"<script(?![^>]*application/ld\+json)", html) == []
    assert "<style" not in html
    assert " style=" not in html


def test_it_does_not_embed_a_dispute_readers_cannot_see(client, db):
    unreviewed = make_dispute()
    make_pairing(dispute=unreviewed)

    assert embed(client, unreviewed).status_code == 404


def test_it_rejects_writes(client, dispute):
    assert client.post(f"/embed/disputes/{dispute.slug}/").status_code == 405


def test_it_reads_in_a_fixed_number_of_queries_however_many_pairings(client, dispute, django_assert_num_queries):
    # The dispute with its side counts, its confirmed pairings with their statements, the balance.
    with django_assert_num_queries(3):
        embed(client, dispute)

    for n in range(5):
        make_pairing(dispute=dispute, status=Pairing.Status.CONFIRMED, left=f"{n} intact", right=f"{n} destroyed")

    with django_assert_num_queries(3):
        assert embed(client, dispute).content.decode().count('class="pairing"') == 6
