import csv
import io
import itertools
from datetime import date

import pytest

from claims.balance import dispute_balance
from claims.models import Article, Dispute, Outlet, Pairing, Party, Statement
from tests.builders import make_article, make_dispute, pair

CONFIRMED = Pairing.Status.CONFIRMED
_urls = itertools.count(1)


def article(text: str, *, outlet: str | None = "The Guardian", published: date | None = date(2024, 8, 7)) -> Article:
    return make_article(
        text=text,
        outlet=Outlet.objects.get_or_create(name=outlet)[0] if outlet else None,
        url=f"https://news.example/{next(_urls)}",
        title="A report",
        published=published,
    )


def quote(article: Article, words: str, *, speaker: str, side: Party | None, relay: str = "") -> Statement:
    """A statement of ``words``, found in the article; its sentence is the whole text."""
    start = article.text.index(words)
    return Statement.objects.create(
        article=article,
        speaker=speaker,
        party=side,
        cue="said",
        content=words,
        kind=Statement.Kind.DIRECT,
        start=start,
        end=start + len(words),
        sentence_start=0,
        sentence_end=len(article.text),
        relay=relay,
    )


def add_confirmed_pairing(dispute: Dispute, *, outlet: str = "The Guardian", relay: str = "") -> Pairing:
    """One more pair of contradicting statements, each from a new article."""
    moscow = article('Moscow said "the incursion was repulsed" on Tuesday.', outlet=outlet)
    kyiv = article('Kyiv said "our forces hold 74 settlements" on Wednesday.', outlet=outlet)
    moscow_says = quote(moscow, "the incursion was repulsed", speaker="Moscow", side=dispute.party_a, relay=relay)
    kyiv_says = quote(kyiv, "our forces hold 74 settlements", speaker="Kyiv", side=dispute.party_b)
    return pair(dispute=dispute, statements=(moscow_says, kyiv_says), status=CONFIRMED)


@pytest.fixture
def kursk(db) -> Dispute:
    """A dispute with a confirmed pairing, a suggested and a rejected one, and an AP-relayed statement."""
    dispute = make_dispute(title="Who controls Kursk?")
    russia, ukraine = dispute.party_a, dispute.party_b
    first = article(
        'The Russian Defence Ministry said "the enemy was stopped at the border", AP reported.', outlet="The Guardian"
    )
    second = article('Zelensky said "we control 1,000 square kilometres", a Reuters report said.', outlet="Reuters")
    ministry = quote(
        first, "the enemy was stopped at the border", speaker="Russian Defence Ministry", side=russia, relay="AP"
    )
    zelensky = quote(second, "we control 1,000 square kilometres", speaker="Zelensky", side=ukraine)
    pair(dispute=dispute, statements=(ministry, zelensky), status=CONFIRMED)
    third = article('Peskov said "nothing happened", Moscow said "all quiet".', outlet="BBC")
    peskov = quote(third, "nothing happened", speaker="Peskov", side=russia)
    pair(dispute=dispute, statements=(peskov, zelensky), status=Pairing.Status.SUGGESTED)
    moscow = quote(third, "all quiet", speaker="Moscow", side=russia)
    pair(dispute=dispute, statements=(moscow, zelensky), status=Pairing.Status.REJECTED)
    return dispute


@pytest.fixture
def unconfirmed(db) -> Dispute:
    """A dispute whose only pairing still waits for an editor."""
    dispute = make_dispute(title="Unreviewed", sides=("Left", "Right"))
    both = article('Left said "yes" and Right said "no".')
    yes = quote(both, "yes", speaker="Left", side=dispute.party_a)
    pair(dispute=dispute, statements=(yes, quote(both, "no", speaker="Right", side=dispute.party_b)))
    return dispute


def get_json(client, path: str, **params):
    response = client.get(path, params)
    assert response["Content-Type"] == "application/json"
    return response, response.json()


# Root and dispute list


def test_it_starts_from_a_root_that_links_to_the_disputes(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response, data = get_json(client, "/api/")

    assert data == {"disputes": "http://testserver/api/disputes/"}


def test_it_lists_disputes_readers_can_see(client, kursk, unconfirmed):
    response, data = get_json(client, "/api/disputes/")

    assert response.status_code == 200
    assert data["count"] == 1
    assert [d["id"] for d in data["results"]] == [kursk.pk]


def test_it_describes_a_dispute_with_its_sides_and_links(client, kursk):
    _, data = get_json(client, "/api/disputes/")

    (dispute,) = data["results"]
    assert dispute["id"] == kursk.pk
    assert dispute["title"] == "Who controls Kursk?"
    assert dispute["url"] == f"http://testserver/api/disputes/{kursk.pk}/"
    assert dispute["page"] == f"http://testserver/disputes/{kursk.slug}/"
    assert dispute["embed"] == f"http://testserver/embed/disputes/{kursk.slug}/"
    assert dispute["csv"] == f"http://testserver/disputes/{kursk.slug}.csv"
    assert dispute["pairings"] == f"http://testserver/api/disputes/{kursk.pk}/pairings/"
    assert [(s["party"]["name"], s["statements"]) for s in dispute["sides"]] == [("Russia", 1), ("Ukraine", 1)]


def test_it_lists_the_most_recently_active_dispute_first(client, kursk):
    newer = make_dispute(title="Newer")
    add_confirmed_pairing(newer)

    _, data = get_json(client, "/api/disputes/")

    assert [d["id"] for d in data["results"]] == [newer.pk, kursk.pk]


def test_it_pages_through_disputes(client, kursk, monkeypatch):
    monkeypatch.setattr("claims.api.PAGE_SIZE", 2)
    for _ in range(4):
        add_confirmed_pairing(make_dispute())

    _, first = get_json(client, "/api/disputes/")
    _, second = get_json(client, "/api/disputes/", page=2)
    _, third = get_json(client, "/api/disputes/", page=3)

    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/disputes/?page=2"
    assert second["previous"] == "http://testserver/api/disputes/?page=1"
    assert third["next"] is None
    ids = [d["id"] for page in (first, second, third) for d in page["results"]]
    assert len(ids) == len(set(ids)) == 5


@pytest.mark.parametrize("page", ["2", "0", "x"])
def test_it_answers_a_page_that_does_not_exist_with_404(client, kursk, page):
    response, data = get_json(client, "/api/disputes/", page=page)

    assert response.status_code == 404
    assert data == {"error": "page not found"}


def test_it_lets_any_site_read_it(client, kursk):
    response = client.get("/api/disputes/")

    assert response["Access-Control-Allow-Origin"] == "*"


def test_it_rejects_writes(client, kursk):
    assert client.post("/api/disputes/").status_code == 405
    assert client.delete(f"/api/disputes/{kursk.pk}/").status_code == 405


# Dispute detail


def test_it_shows_a_dispute_with_its_evidence_balance(client, kursk):
    response, data = get_json(client, f"/api/disputes/{kursk.pk}/")

    assert response.status_code == 200
    assert data["slug"] == kursk.slug
    assert data["balance"] == [
        {"party": kursk.party_a.pk, "statements": 1, "outlets": 1, "sources": 1},
        {"party": kursk.party_b.pk, "statements": 1, "outlets": 1, "sources": 1},
    ]


def test_it_hides_a_dispute_without_confirmed_pairings(client, unconfirmed):
    response, data = get_json(client, f"/api/disputes/{unconfirmed.pk}/")

    assert response.status_code == 404
    assert data == {"error": "dispute not found"}


def test_it_answers_an_unknown_dispute_with_404(client, db):
    assert client.get("/api/disputes/999999/").status_code == 404
    assert client.get("/api/disputes/999999/pairings/").status_code == 404
    assert client.get("/api/disputes/999999/statements/").status_code == 404


# Pairings


def test_it_lists_only_confirmed_pairings(client, kursk):
    _, data = get_json(client, f"/api/disputes/{kursk.pk}/pairings/")

    assert data["count"] == 1
    (pairing,) = data["results"]
    assert pairing["status"] == "confirmed"
    assert pairing["dispute"] == kursk.pk
    assert [s["speaker"] for s in pairing["statements"]] == ["Russian Defence Ministry", "Zelensky"]


def test_it_puts_a_pairings_statements_in_the_disputes_column_order(client, kursk):
    kursk.party_a, kursk.party_b = kursk.party_b, kursk.party_a
    kursk.save()

    _, data = get_json(client, f"/api/disputes/{kursk.pk}/pairings/")

    assert [s["party"]["name"] for s in data["results"][0]["statements"]] == ["Ukraine", "Russia"]


def test_it_shows_a_confirmed_pairing_and_hides_the_others(client, kursk):
    confirmed, suggested, rejected = (
        kursk.pairings.get(status=status) for status in ("confirmed", "suggested", "rejected")
    )

    response, data = get_json(client, f"/api/pairings/{confirmed.pk}/")

    assert response.status_code == 200
    assert data["url"] == f"http://testserver/api/pairings/{confirmed.pk}/"
    assert len(data["statements"]) == 2
    assert client.get(f"/api/pairings/{suggested.pk}/").status_code == 404
    assert client.get(f"/api/pairings/{rejected.pk}/").status_code == 404


# Statements


def test_it_describes_a_statement_with_its_sentence_and_provenance(client, kursk):
    _, data = get_json(client, f"/api/disputes/{kursk.pk}/statements/")

    ministry = next(s for s in data["results"] if s["speaker"] == "Russian Defence Ministry")
    article = Statement.objects.get(speaker="Russian Defence Ministry").article
    assert ministry["party"] == {"id": kursk.party_a.pk, "name": "Russia", "slug": "russia", "colour": "#5b6770"}
    assert ministry["reporting_verb"] == "said"
    assert ministry["quote"] == "the enemy was stopped at the border"
    assert ministry["sentence"] == article.text
    start, end = ministry["quote_in_sentence"]
    assert ministry["sentence"][start:end] == ministry["quote"]
    assert ministry["relay"] == "AP"
    assert ministry["provenance"] == [
        {"role": "speaker", "name": "Russian Defence Ministry"},
        {"role": "relay", "name": "AP"},
        {"role": "outlet", "name": "The Guardian"},
    ]
    assert ministry["outlet"]["name"] == "The Guardian"
    assert ministry["article"]["published"] == "2024-08-07"
    assert ministry["article"]["original_url"] == article.url
    assert ministry["article"]["our_copy"] == f"http://testserver/articles/{article.pk}/#s-{ministry['id']}"


def test_it_cuts_the_sentence_out_of_the_article_by_its_offsets(client, kursk):
    text = article('First sentence. Then Moscow said "it is over". Last one.')
    over = quote(text, "it is over", speaker="Moscow", side=kursk.party_a)
    over.sentence_start, over.sentence_end = 16, 46
    over.save()
    pair(dispute=kursk, statements=(over, Statement.objects.get(speaker="Zelensky")), status=CONFIRMED)

    _, data = get_json(client, f"/api/statements/{over.pk}/")

    assert data["sentence"] == 'Then Moscow said "it is over".'
    start, end = data["quote_in_sentence"]
    assert data["sentence"][start:end] == "it is over"


def test_it_keeps_the_quotes_place_inside_a_sentence_it_runs_past(client, kursk):
    text = article('Moscow said "it is over. All of it." Then silence.')
    over = quote(text, "it is over. All of it.", speaker="Moscow", side=kursk.party_a)
    over.sentence_start, over.sentence_end = 0, 24  # 'Moscow said "it is over.'
    over.save()
    pair(dispute=kursk, statements=(over, Statement.objects.get(speaker="Zelensky")), status=CONFIRMED)

    _, data = get_json(client, f"/api/statements/{over.pk}/")

    assert data["sentence"] == 'Moscow said "it is over.'
    assert data["quote_in_sentence"] == [13, 24]


def test_it_keeps_non_ascii_text_intact(client, kursk):
    text = article("Зеленський заявив: «ми контролюємо Суджу».", outlet="Українська правда")
    sudzha = quote(text, "ми контролюємо Суджу", speaker="Зеленський", side=kursk.party_b)
    ministry = Statement.objects.get(speaker="Russian Defence Ministry")
    pair(dispute=kursk, statements=(sudzha, ministry), status=CONFIRMED)

    response, data = get_json(client, f"/api/statements/{sudzha.pk}/")

    assert data["sentence"] == text.text
    assert data["outlet"]["name"] == "Українська правда"
    assert "ми контролюємо Суджу".encode() in response.content


def test_it_lists_only_statements_of_confirmed_pairings(client, kursk):
    _, data = get_json(client, f"/api/disputes/{kursk.pk}/statements/")

    assert sorted(s["speaker"] for s in data["results"]) == ["Russian Defence Ministry", "Zelensky"]


def test_it_hides_a_statement_that_is_in_no_confirmed_pairing(client, kursk):
    peskov = Statement.objects.get(speaker="Peskov")

    assert client.get(f"/api/statements/{peskov.pk}/").status_code == 404


def test_it_shows_a_statement_from_either_side_of_a_confirmed_pairing(client, kursk):
    confirmed = kursk.pairings.get(status="confirmed")

    for statement_id in (confirmed.statement_a_id, confirmed.statement_b_id):
        response, data = get_json(client, f"/api/statements/{statement_id}/")
        assert response.status_code == 200
        assert data["id"] == statement_id


# Query counts: pinned, and the same however much data there is.


def grow(dispute: Dispute, pairings: int) -> None:
    outlets = ["AP", "BBC", "Reuters", "Le Monde"]
    for n in range(pairings):
        add_confirmed_pairing(dispute, outlet=outlets[n % len(outlets)], relay="AFP" if n % 2 else "")
        add_confirmed_pairing(make_dispute())


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/disputes/", 2),  # count, page
        ("/api/disputes/{id}/", 2),  # dispute with side counts, balance
        ("/api/disputes/{id}/pairings/", 3),  # dispute, count, page
        ("/api/disputes/{id}/statements/", 3),  # dispute, count, page
        ("/api/pairings/{pairing}/", 1),
        ("/api/statements/{statement}/", 1),
        ("/disputes/{slug}.csv", 2),  # dispute, pairings
    ],
)
def test_it_reads_in_a_fixed_number_of_queries_however_much_data_there_is(
    client, kursk, django_assert_num_queries, path, queries
):
    pairing = kursk.pairings.get(status="confirmed")
    url = path.format(id=kursk.pk, slug=kursk.slug, pairing=pairing.pk, statement=pairing.statement_a_id)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200

    grow(kursk, 6)

    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


# CSV


def read_csv(response) -> list[dict[str, str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_it_exports_a_dispute_as_csv_one_confirmed_pairing_a_row(client, kursk):
    response = client.get(f"/disputes/{kursk.slug}.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{kursk.slug}.csv"'
    (row,) = read_csv(response)
    assert row["status"] == "confirmed"
    assert (row["left_party"], row["left_speaker"], row["left_relay"]) == ("Russia", "Russian Defence Ministry", "AP")
    assert row["left_quote"] == "the enemy was stopped at the border"
    assert (row["right_party"], row["right_speaker"], row["right_outlet"]) == ("Ukraine", "Zelensky", "Reuters")
    assert row["right_published"] == "2024-08-07"
    assert row["right_our_copy"].startswith("http://testserver/articles/")


def test_it_keeps_quotes_from_running_as_spreadsheet_formulas(client, kursk):
    text = article('Moscow said "=HYPERLINK(1)" and "-1 was the count".')
    formula = quote(text, "=HYPERLINK(1)", speaker="Moscow", side=kursk.party_a)
    pair(dispute=kursk, statements=(formula, Statement.objects.get(speaker="Zelensky")), status=CONFIRMED)

    rows = read_csv(client.get(f"/disputes/{kursk.slug}.csv"))

    assert "'=HYPERLINK(1)" in [row["left_quote"] for row in rows]
    assert all(not row["left_quote"].startswith("=") for row in rows)


def test_it_does_not_export_a_dispute_readers_cannot_see(client, unconfirmed):
    assert client.get(f"/disputes/{unconfirmed.slug}.csv").status_code == 404


# Evidence balance


def balance_of(dispute: Dispute) -> list[tuple[str, int, int, int]]:
    return [(side.party.name, side.statements, side.outlets, side.sources) for side in dispute_balance(dispute)]


def test_balance_counts_each_sides_statements_outlets_and_sources(kursk):
    assert balance_of(kursk) == [("Russia", 1, 1, 1), ("Ukraine", 1, 1, 1)]


def test_balance_counts_one_agencys_copy_in_many_outlets_as_one_source(kursk):
    for outlet in ("BBC", "Le Monde", "Der Spiegel"):
        add_confirmed_pairing(kursk, outlet=outlet, relay="the Associated Press")

    (_, statements, outlets, sources), _ = balance_of(kursk)

    # The Guardian's AP copy and three more outlets' AP copy: four outlets, one source.
    assert (statements, outlets, sources) == (4, 4, 1)


def test_balance_counts_an_agency_as_one_source_whether_relay_or_outlet(kursk):
    add_confirmed_pairing(kursk, outlet="Reuters", relay="Reuters")

    _, (_, statements, outlets, sources) = balance_of(kursk)

    # Zelensky in Reuters, and Kyiv in a Reuters story: one outlet, one source.
    assert (statements, outlets, sources) == (2, 1, 1)


def test_balance_does_not_count_unknown_outlets_as_independent(kursk):
    add_confirmed_pairing(kursk, outlet=None)
    add_confirmed_pairing(kursk, outlet=None, relay="AFP")

    (_, statements, outlets, sources), (_, kyiv_statements, kyiv_outlets, kyiv_sources) = balance_of(kursk)

    assert (statements, outlets, sources) == (3, 1, 2)  # the Guardian's AP copy, and AFP
    assert (kyiv_statements, kyiv_outlets, kyiv_sources) == (3, 1, 1)  # Reuters only


def test_balance_leaves_out_pairings_readers_do_not_see(kursk):
    assert balance_of(kursk) == [("Russia", 1, 1, 1), ("Ukraine", 1, 1, 1)]
    assert [side.statements for side in dispute_balance(kursk, ["suggested", "rejected"])] == [2, 1]


def test_balance_takes_one_query(kursk, django_assert_num_queries):
    grow(kursk, 4)
    dispute = Dispute.objects.select_related("party_a", "party_b").get(pk=kursk.pk)

    with django_assert_num_queries(1):
        dispute_balance(dispute)
