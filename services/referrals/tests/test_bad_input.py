"""Every bad input gets a clear problem naming the field, and nothing is half-written."""

from __future__ import annotations

import asyncio
import copy
import json

import httpx
import pytest
from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, referral_body, send


def _body(**changes) -> dict:
    body = referral_body(seed=5)
    for path, value in changes.items():
        target = body
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
    return body


_DELETE = object()

BAD_BODIES = [
    (
        "unknown legal status code",
        _body(children__0__legal_status="S20"),
        "/children/0/legal_status",
    ),
    ("unknown setting", _body(placement__setting="hotel"), "/placement/setting"),
    (
        "date of birth in the future",
        _body(children__0__date_of_birth="2027-01-01"),
        "/children/0/date_of_birth",
    ),
    (
        "date of birth over 18 years ago",
        _body(children__0__date_of_birth="2008-11-22"),
        "/children/0/date_of_birth",
    ),
    (
        "age contradicts date of birth",
        _body(children__0__date_of_birth="2014-03-01", children__0__age_years=9),
        "/children/0/age_years",
    ),
    ("empty sibling group", _body(children=[]), "/children"),
    (
        "start date before referral date",
        _body(placement__start_date="2026-11-01"),
        "/placement/start_date",
    ),
    ("unknown field at the top", _body(childs=[]), "/childs"),
    (
        "unknown field in a child",
        _body(children__0__favourite_colour="blue"),
        "/children/0/favourite_colour",
    ),
    ("no age at all", _body(children__0__date_of_birth=_DELETE), "/children/0"),
    ("unknown agency", _body(agency_ids=["agency-x"]), "/agency_ids/0"),
    ("duplicate agency", _body(agency_ids=[AGENCY_A, AGENCY_A]), "/agency_ids"),
    ("bad email", _body(social_worker__email="not-an-email"), "/social_worker/email"),
    (
        "bad postcode",
        _body(children__0__school__postcode="NOT A POSTCODE"),
        "/children/0/school/postcode",
    ),
    ("NUL in the LA's reference", _body(la_reference="LA-\x00-1"), "/la_reference"),
    ("line break in the LA's reference", _body(la_reference="LA-\n1"), "/la_reference"),
    (
        "escape in a child's name",
        _body(children__0__first_name="A\x1b[31m"),
        "/children/0/first_name",
    ),
    ("NUL in free text", _body(children__0__behaviours="calm\x00"), "/children/0/behaviours"),
    ("referral date in year 1", _body(referral_date="0001-01-01"), "/referral_date"),
    ("referral date over a year ago", _body(referral_date="2025-11-01"), "/referral_date"),
    (
        "date of birth before 1900",
        _body(children__0__date_of_birth="1899-12-31"),
        "/children/0/date_of_birth",
    ),
]


async def _counts(app, client, la_headers, operator_headers) -> tuple[int, int]:
    await settle_feed(app.state.database)
    referrals = (await client.get("/v1/referrals?limit=200", headers=la_headers)).json()["items"]
    events = (await client.get("/v1/events?limit=1000", headers=operator_headers)).json()["items"]
    return len(referrals), len(events)


class TestRejectedReferrals:
    @pytest.mark.parametrize(
        ("case", "body", "pointer"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES]
    )
    async def test_names_the_field_and_writes_nothing(
        self, app, client, la_headers, operator_headers, agencies, case, body, pointer
    ):
        before = await _counts(app, client, la_headers, operator_headers)
        response = await send(
            client, la_headers, copy.deepcopy(body), key="bad-" + case.replace(" ", "-")
        )
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == 422
        assert problem["type"].endswith("/validation-failed")
        assert pointer in [e["pointer"] for e in problem["errors"]], problem
        assert await _counts(app, client, la_headers, operator_headers) == before

    async def test_a_retry_after_a_rejection_can_use_the_same_key(
        self, client, la_headers, agencies
    ):
        bad = _body(placement__setting="hotel")
        assert (await send(client, la_headers, bad, key="k-1")).status_code == 422
        assert (await send(client, la_headers, _body(), key="k-1")).status_code == 201


class TestMalformedRequests:
    async def test_body_over_the_limit_is_413(self, client, la_headers, agencies):
        body = _body(children__0__behaviours="x" * 19_000)
        body["children"] = [copy.deepcopy(body["children"][0]) for _ in range(8)]
        body["children"][0]["wishes_and_feelings"] = "y" * 19_000
        raw = json.dumps(body).encode() + b" " * 1_048_576
        response = await client.post(
            "/v1/referrals",
            content=raw,
            headers={**la_headers, "Content-Type": "application/json", "Idempotency-Key": "big"},
        )
        assert response.status_code == 413
        assert response.json()["type"].endswith("/payload-too-large")

    @pytest.mark.parametrize(
        ("method", "path", "allow"),
        [
            ("OPTIONS", "/v1/referrals", "GET, POST"),
            ("DELETE", "/v1/referrals", "GET, POST"),
            ("PUT", "/v1/referrals/0b8e3c1e-7a39-4c52-9d8e-2f1f0c6a1d11", "GET, PATCH"),
        ],
    )
    async def test_a_405_names_every_method_the_path_serves(
        self, client, la_headers, method, path, allow
    ):
        response = await client.request(method, path, headers=la_headers)
        assert response.status_code == 405
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["Allow"] == allow

    async def test_wrong_content_type_is_415(self, client, la_headers, agencies):
        response = await client.post(
            "/v1/referrals",
            content=json.dumps(_body()),
            headers={**la_headers, "Content-Type": "text/plain", "Idempotency-Key": "ct"},
        )
        assert response.status_code == 415
        assert response.json()["type"].endswith("/unsupported-media-type")

    async def test_invalid_json_is_400(self, client, la_headers, agencies):
        response = await client.post(
            "/v1/referrals",
            content=b"{not json",
            headers={
                **la_headers,
                "Content-Type": "application/json",
                "Idempotency-Key": "bad-json",
            },
        )
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"

    async def test_missing_idempotency_key_is_400(self, client, la_headers, agencies):
        response = await client.post("/v1/referrals", json=_body(), headers=la_headers)
        assert response.status_code == 400
        assert response.json()["type"].endswith("/idempotency-key-required")

    async def test_bad_query_parameter_is_422(self, client, agency_a, agencies):
        response = await client.get("/v1/referrals?limit=5000", headers=agency_a)
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/limit"

    @pytest.mark.parametrize(
        ("query", "pointer"),
        [
            ("received_from=2026-12-03T09:00:00", "/received_from"),
            ("received_to=0001-01-01", "/received_to"),
            ("received_from=2026-02-30", "/received_from"),
            ("officer=a%00b", "/officer"),
            ("la_code=E%0A10000016", "/la_code"),
        ],
    )
    async def test_bad_query_parameters_are_422_naming_them(
        self, client, la_headers, agencies, query, pointer
    ):
        response = await client.get(f"/v1/referrals?{query}", headers=la_headers)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["pointer"] == pointer

    async def test_free_text_keeps_its_line_breaks_and_tabs(self, client, la_headers, agencies):
        body = _body(children__0__behaviours="Calm at school.\r\n\tLoves football.")
        response = await send(client, la_headers, body, key="line-breaks")
        assert response.status_code == 201, response.text

    async def test_cursor_not_from_this_list_is_422(self, client, agency_a, agencies):
        response = await client.get("/v1/referrals?cursor=garbage", headers=agency_a)
        assert response.status_code == 422


class TestAgencyNames:
    @pytest.mark.parametrize("name", ["Agency\x00A", "Agency\x07A", "Agency\nA", "Agency\x9bA"])
    async def test_control_characters_are_refused(self, client, operator_headers, name):
        response = await client.put(
            "/v1/agencies/agency-c", json={"name": name}, headers=operator_headers
        )
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["pointer"] == "/name"


class TestReceivedBetweenDates:
    """received_from / received_to take a date (that day's start in Europe/London) or an
    aware date-time; received_to is exclusive."""

    async def test_a_date_means_the_start_of_that_day_in_london(
        self, client, la_headers, agencies, clock
    ):
        created = (await send(client, la_headers)).json()
        today = clock.now().date()
        tomorrow = today.fromordinal(today.toordinal() + 1)

        async def listed(query: str) -> list[str]:
            response = await client.get(f"/v1/referrals?{query}", headers=la_headers)
            assert response.status_code == 200, response.text
            return [r["id"] for r in response.json()["items"]]

        assert await listed(f"received_from={today}&received_to={tomorrow}") == [created["id"]]
        assert await listed(f"received_from={tomorrow}") == []
        assert await listed(f"received_to={today}") == []
        assert await listed(f"received_from={today}T08:59:00%2B00:00") == [created["id"]]
        assert await listed(f"received_from={today}T09:01:00Z") == []


class TestAmendments:
    async def test_stale_etag_is_412_and_changes_nothing(self, client, la_headers, agencies):
        created = await send(client, la_headers)
        path = f"/v1/referrals/{created.json()['id']}"
        etag = created.headers["ETag"]
        first = await client.patch(
            path, json={"la_reference": "LA-NEW-1"}, headers={**la_headers, "If-Match": etag}
        )
        assert first.status_code == 200, first.text
        stale = await client.patch(
            path, json={"la_reference": "LA-NEW-2"}, headers={**la_headers, "If-Match": etag}
        )
        assert stale.status_code == 412
        assert (await client.get(path, headers=la_headers)).json()["la_reference"] == "LA-NEW-1"

    async def test_ten_concurrent_amendments_with_one_etag_give_one_200_and_nine_412(
        self, app, client, la_headers, agencies
    ):
        created = await send(client, la_headers)
        path = f"/v1/referrals/{created.json()['id']}"
        headers = {**la_headers, "If-Match": created.headers["ETag"]}

        async def amend(n: int) -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://r") as http:
                return await http.patch(
                    path, json={"la_reference": f"LA-RACE-{n}"}, headers=headers
                )

        responses = await asyncio.gather(*(amend(n) for n in range(10)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] + [412] * 9, [r.text for r in responses]
        winner = next(r for r in responses if r.status_code == 200)
        stored = await client.get(path, headers=la_headers)
        assert stored.json()["la_reference"] == winner.json()["la_reference"]
        assert stored.headers["ETag"] == winner.headers["ETag"]

    async def test_missing_if_match_is_428(self, client, la_headers, agencies):
        created = await send(client, la_headers)
        response = await client.patch(
            f"/v1/referrals/{created.json()['id']}", json={"la_reference": "X"}, headers=la_headers
        )
        assert response.status_code == 428

    async def test_amendment_that_breaks_the_referral_is_422_with_pointer(
        self, client, la_headers, agencies
    ):
        created = await send(client, la_headers)
        response = await client.patch(
            f"/v1/referrals/{created.json()['id']}",
            json={"children": [{"first_name": "A"}]},
            headers={**la_headers, "If-Match": created.headers["ETag"]},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/children/0"


class TestInformationRequests:
    async def test_answer_to_a_request_that_does_not_exist_is_404(
        self, client, la_headers, agencies
    ):
        created = await send(client, la_headers)
        path = f"/v1/referrals/{created.json()['id']}/information-requests"
        for request_id in ("00000000-0000-0000-0000-000000000000", "not-a-uuid"):
            response = await client.post(
                f"{path}/{request_id}/answers",
                json={"answers": [{"question_id": "q", "answer": "a"}]},
                headers=la_headers,
            )
            assert response.status_code == 404
            assert response.json()["type"].endswith("/information-request-not-found")

    async def test_answer_to_an_unknown_question_is_422(
        self, client, la_headers, agency_a, agencies
    ):
        created = await send(client, la_headers)
        path = f"/v1/referrals/{created.json()['id']}/information-requests"
        asked = await client.post(
            path, json={"questions": [{"topic": "risks", "text": "Any?"}]}, headers=agency_a
        )
        response = await client.post(
            f"{path}/{asked.json()['id']}/answers",
            json={"answers": [{"question_id": "nope", "answer": "a"}]},
            headers=la_headers,
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/answers/0/question_id"
        unchanged = (await client.get(path, headers=la_headers)).json()[0]
        assert unchanged["status"] == "open"
