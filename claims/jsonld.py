"""schema.org JSON-LD for a dispute page: each statement a ``Claim``, each pairing our own ``cc:Contradiction``.

schema.org has ``Claim`` (who claimed what, and where it appeared) but no way
to say that two claims contradict each other, so that relation is an
extension in our own vocabulary, prefixed ``cc:`` (documented in the README,
"Open formats").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

from claims.models import Dispute, Pairing, Statement
from claims.provenance import agency_name

# A URN, not a URL: the vocabulary must mean the same on every deployment of the app.
VOCABULARY = "urn:contested-claims:vocab#"
CONTEXT = ["https://schema.org", {"cc": VOCABULARY}]

# What a browser must never see inside a <script> element, as JSON escapes of the same characters.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _organization(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _author(statement: Statement) -> dict[str, Any]:
    party = statement.party.name if statement.party else ""
    # "Russia said" is the party speaking; anyone else speaks for it.
    if party and statement.speaker.casefold() == party.casefold():
        return _organization(party)
    author: dict[str, Any] = {"@type": "Person", "name": statement.speaker}
    if party:
        author["affiliation"] = _organization(party)
    return author


def _appearance(statement: Statement, absolute: Callable[[str], str]) -> dict[str, Any]:
    article = statement.article
    our_copy = absolute(statement.get_absolute_url())
    appearance: dict[str, Any] = {"@type": "NewsArticle", "url": article.url or our_copy, "archivedAt": our_copy}
    if article.title:
        appearance["headline"] = article.title
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    if article.outlet:
        appearance["publisher"] = {"@type": "NewsMediaOrganization", "name": article.outlet.name}
    return appearance


def claim_id(page_url: str, statement: Statement) -> str:
    return f"{page_url}#claim-{statement.pk}"


def statement_claim(statement: Statement, *, page_url: str, absolute: Callable[[str], str]) -> dict[str, Any]:
    """One statement as a schema.org ``Claim``; its article, outlet and party must be selected with it."""
    claim: dict[str, Any] = {
        "@type": "Claim",
        "@id": claim_id(page_url, statement),
        "text": statement.content,
        "author": _author(statement),
        "appearance": _appearance(statement, absolute),
        "cc:kind": statement.kind,
    }
    if statement.cue:
        claim["cc:reportingVerb"] = statement.cue
    if statement.relay:
        claim["cc:relayedBy"] = _organization(agency_name(statement.relay))
    return claim


def dispute_jsonld(
    dispute: Dispute, pairings: Iterable[Pairing], *, page_url: str, absolute: Callable[[str], str]
) -> dict[str, Any]:
    """The JSON-LD of a dispute page showing ``pairings``.

    ``page_url`` is the absolute URL of the page, the base of every ``@id``;
    ``absolute`` turns a site path into an absolute URL
    (``request.build_absolute_uri``). Pass pairings from
    ``Pairing.objects.with_statements()`` so this runs no queries.
    """
    claims: dict[int, dict[str, Any]] = {}
    contradictions = []
    for pairing in pairings:
        for statement in pairing.sides:
            if statement.pk not in claims:
                claims[statement.pk] = statement_claim(statement, page_url=page_url, absolute=absolute)
        first, second = pairing.sides
        contradictions.append(
            {
                "@type": "cc:Contradiction",
                "@id": f"{page_url}#pairing-{pairing.pk}",
                "cc:claims": [{"@id": claim_id(page_url, first)}, {"@id": claim_id(page_url, second)}],
                "cc:status": pairing.status,
            }
        )
    page: dict[str, Any] = {
        "@type": "WebPage",
        "@id": page_url,
        "url": page_url,
        "name": dispute.title,
        "dateModified": dispute.updated.isoformat() if dispute.updated else None,
        "hasPart": [{"@id": claim["@id"]} for claim in claims.values()],
    }
    return {"@context": CONTEXT, "@graph": [page, *claims.values(), *contradictions]}


def jsonld_text(data: dict[str, Any]) -> SafeString:
    """``data`` as JSON that is safe inside ``<script type="application/ld+json">``.

    The same escaping as Django's ``json_script``, which only writes
    ``type="application/json"``: ``<``, ``>`` and ``&`` become JSON escapes, so
    no text in the data can close the element.
    """
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE))
