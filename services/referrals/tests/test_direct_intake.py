"""``POST /v1/referrals`` served directly answers as the declared route does (issue 14).

The service serves its busiest operation without FastAPI's router and dependency solving
(``hearth_kit.routing.DirectRoutes``); everything else in this suite runs through it. Here
the same requests go to both ways of serving it, one app each on one database, and the
answers must agree: status, problem type, the fields a problem names, the headers a caller
reads, and a created referral's content (the second of each pair links to the first, as
a re-referral of the same child does: that list is left out). Each request is sent to both apps with its own
Idempotency-Key (a shared key would replay the first answer instead of testing the second).
"""

from __future__ import annotations

import json
import re
import uuid

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import settings_for_tests
from hearth_referrals.app import create_app
from hearth_referrals.settings import ReferralsSettings
from referrals_testkit import AGENCY_A, KENT, referral_body

pytestmark = pytest.mark.usefixtures("agencies")

_IDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
async def declared(backend, database_url, clock):
    """The same service with the declared route serving the operation."""
    application = create_app(
        settings_for_tests(ReferralsSettings, database_url), clock=clock, direct=False
    )
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as http:
        yield http
    await application.state.database.dispose()


def _seen(response: httpx.Response) -> dict:
    """What a caller reads of an answer, with the ids each request makes anew masked."""
    body = response.json() if response.content else None
    if isinstance(body, dict):
        body.pop("error_id", None)
        body.pop("request_id", None)
        body = json.loads(_IDS.sub("<id>", json.dumps(body)))
        # Sent twice, a child's second referral links to the first: what differs by design.
        body.pop("linked_referrals", None)
    headers = {
        name: _IDS.sub("<id>", response.headers[name])
        for name in ("content-type", "location", "etag", "www-authenticate", "allow")
        if name in response.headers
    }
    return {"status": response.status_code, "headers": headers, "body": body}


def _referral(seed: int) -> dict:
    return referral_body(seed, la_reference=f"DIRECT-{uuid.uuid4().hex[:8]}")


def _json(body) -> bytes:
    return json.dumps(body).encode()


def _cases(la: dict[str, str], other_scope: dict[str, str]) -> dict[str, tuple[dict, bytes, str]]:
    """Requests by name: headers, raw body and query string."""
    plain = {**la, "content-type": "application/json"}
    bad_child = _referral(3)
    bad_child["children"][0]["date_of_birth"] = "not a date"
    unknown_agency = _referral(4)
    unknown_agency["agency_ids"] = [AGENCY_A, "no-such-agency"]
    no_children = _referral(5)
    no_children["children"] = []
    return {
        "a referral": (plain, _json(_referral(1)), ""),
        "a sibling group": (
            plain,
            _json(referral_body(2, siblings=2, la_reference="DIRECT-SIBLINGS")),
            "",
        ),
        "no token": ({"content-type": "application/json"}, _json(_referral(6)), ""),
        "a token without the scope": (
            {**other_scope, "content-type": "application/json"},
            _json(_referral(7)),
            "",
        ),
        "a broken token": (
            {"authorization": "Bearer not-a-token", "content-type": "application/json"},
            _json(_referral(8)),
            "",
        ),
        "another scheme": (
            {"authorization": "Basic a2VudDpzZWNyZXQ=", "content-type": "application/json"},
            _json(_referral(9)),
            "",
        ),
        "not JSON": (plain, b"{not json", ""),
        "an empty body": (plain, b"", ""),
        "a JSON list": (plain, b"[]", ""),
        "a JSON string": (plain, b'"referral"', ""),
        "a field that is not valid": (plain, _json(bad_child), ""),
        "no children": (plain, _json(no_children), ""),
        "an unknown agency": (plain, _json(unknown_agency), ""),
        "a form body": (
            {**la, "content-type": "application/x-www-form-urlencoded"},
            b"a=1",
            "",
        ),
        "an unknown query parameter": (plain, _json(_referral(10)), "dry_run=true"),
    }


@pytest.fixture
def scopeless(tokens) -> dict[str, str]:
    return tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_READ], subject="reader")


@pytest.mark.parametrize(
    "case",
    [
        "a referral",
        "a sibling group",
        "no token",
        "a token without the scope",
        "a broken token",
        "another scheme",
        "not JSON",
        "an empty body",
        "a JSON list",
        "a JSON string",
        "a field that is not valid",
        "no children",
        "an unknown agency",
        "a form body",
        "an unknown query parameter",
    ],
)
async def test_both_ways_answer_alike(client, declared, la_headers, scopeless, case):
    headers, body, query = _cases(la_headers, scopeless)[case]
    url = "/v1/referrals" + (f"?{query}" if query else "")
    answers = []
    for http in (client, declared):
        key = {"Idempotency-Key": f"direct-{uuid.uuid4()}"}
        answers.append(_seen(await http.post(url, content=body, headers={**headers, **key})))
    direct, routed = answers
    assert direct == routed, json.dumps([direct, routed])
    assert direct["status"] != 500


@pytest.mark.parametrize("key", [None, "", "x" * 201, "bad\tkey"])
async def test_keys_are_refused_alike(client, declared, la_headers, key):
    headers = {**la_headers, "content-type": "application/json"}
    if key is not None:
        headers["Idempotency-Key"] = key
    body = _json(_referral(11))
    direct, routed = [
        _seen(await http.post("/v1/referrals", content=body, headers=headers))
        for http in (client, declared)
    ]
    assert direct == routed, json.dumps([direct, routed])
    assert direct["status"] in (400, 422)


async def test_a_key_replays_and_refuses_alike_across_both(client, declared, la_headers):
    """One key: sent first directly, then again (the same body) to the declared route and
    directly, and with another body to each: one referral, replays, and refusals."""
    headers = {**la_headers, "content-type": "application/json", "Idempotency-Key": "shared"}
    body, other = _json(_referral(12)), _json(_referral(13))
    first = await client.post("/v1/referrals", content=body, headers=headers)
    assert first.status_code == 201
    for http in (declared, client):
        again = await http.post("/v1/referrals", content=body, headers=headers)
        assert (again.status_code, again.json()) == (201, first.json())
    refusals = [
        _seen(await http.post("/v1/referrals", content=other, headers=headers))
        for http in (client, declared)
    ]
    assert refusals[0] == refusals[1]
    assert refusals[0]["status"] == 422
    listed = await client.get("/v1/referrals", headers=la_headers)
    ids = [item["id"] for item in listed.json()["items"]]
    assert ids.count(first.json()["id"]) == 1
