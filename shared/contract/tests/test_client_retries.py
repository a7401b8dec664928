"""The client's retry and error-mapping rules, against respx (no sleeping: sleep is injected)."""

from __future__ import annotations

import httpx
import pytest
import respx
from hearth_contract.clients import InvalidResponse, ReferralsClient
from hearth_contract.problems import (
    PROBLEM_BASE,
    Conflict,
    DependencyUnavailable,
    InvalidState,
    NotFound,
    PreconditionFailed,
    Problem,
    RateLimited,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    InformationQuestionCreate,
    InformationRequestCreate,
    ReferralUpdate,
)

BASE = "http://referrals.test"
SLA = {
    "agency_id": "agency-a",
    "target_minutes": 15,
    "awaiting_first_response": 0,
    "overdue": 0,
    "received_today": 0,
    "answered_today": 0,
    "answered_within_target_today": 0,
}
INFORMATION_REQUEST = {
    "id": "ir-1",
    "referral_id": "r-1",
    "agency_id": "agency-a",
    "status": "open",
    "requested_at": "2026-11-23T09:00:00Z",
    "requested_by": "officer-1",
    "answered_at": None,
    "questions": [],
}
QUESTIONS = InformationRequestCreate(
    questions=[InformationQuestionCreate(topic="risks", text="Any missing episodes?")]
)


def problem(status: int, slug: str, **extra) -> httpx.Response:
    body = {"type": PROBLEM_BASE + slug, "title": slug, "status": status, **extra}
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


@pytest.fixture
def router():
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def http():
    async with httpx.AsyncClient(base_url=BASE) as client:
        yield client


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def referrals(http, sleeps) -> ReferralsClient:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return ReferralsClient(http, "token-1", sleep=sleep, jitter=lambda: 1.0)


class TestRetriesForIdempotentCalls:
    async def test_get_is_retried_after_503_then_succeeds(self, router, referrals, sleeps):
        route = router.get("/v1/referrals/sla").mock(
            side_effect=[problem(503, "dependency-unavailable"), httpx.Response(200, json=SLA)]
        )
        summary = await referrals.sla()
        assert summary.agency_id == "agency-a"
        assert route.call_count == 2
        assert sleeps == [0.2]

    async def test_timeouts_and_connect_errors_are_retried(self, router, referrals, sleeps):
        route = router.get("/v1/referrals/sla").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.ReadTimeout("slow"),
                httpx.Response(200, json=SLA),
            ]
        )
        await referrals.sla()
        assert route.call_count == 3
        assert sleeps == [0.2, 0.4]

    async def test_post_with_idempotency_key_is_retried(self, router, referrals):
        route = router.post("/v1/referrals/r-1/information-requests").mock(
            side_effect=[httpx.Response(502), httpx.Response(201, json=INFORMATION_REQUEST)]
        )
        asked = await referrals.ask_information("r-1", QUESTIONS, idempotency_key="ask-1")
        assert asked.id == "ir-1"
        assert route.call_count == 2
        assert all(c.request.headers["Idempotency-Key"] == "ask-1" for c in route.calls)

    async def test_post_without_idempotency_key_is_not_retried(self, router, referrals, sleeps):
        route = router.post("/v1/referrals/r-1/acknowledge").mock(
            return_value=problem(503, "dependency-unavailable")
        )
        with pytest.raises(DependencyUnavailable):
            await referrals.acknowledge("r-1")
        assert route.call_count == 1
        assert sleeps == []

    async def test_post_without_key_is_not_retried_after_a_timeout(self, router, referrals):
        route = router.post("/v1/referrals/r-1/acknowledge").mock(
            side_effect=httpx.ReadTimeout("slow")
        )
        with pytest.raises(DependencyUnavailable):
            await referrals.acknowledge("r-1")
        assert route.call_count == 1

    async def test_retry_after_is_honoured(self, router, referrals, sleeps):
        router.get("/v1/referrals/sla").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": "7"}),
                httpx.Response(200, json=SLA),
            ]
        )
        await referrals.sla()
        assert sleeps == [7.0]

    async def test_retry_after_is_capped(self, router, http, sleeps):
        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client = ReferralsClient(http, "t", sleep=sleep, max_retry_after=10.0)
        router.get("/v1/referrals/sla").mock(
            side_effect=[
                httpx.Response(429, headers={"Retry-After": "3600"}),
                httpx.Response(200, json=SLA),
            ]
        )
        await client.sla()
        assert sleeps == [10.0]

    async def test_other_4xx_are_not_retried(self, router, referrals, sleeps):
        not_found = problem(404, "referral-not-found")
        route = router.get("/v1/referrals/r-9").mock(return_value=not_found)
        with pytest.raises(ReferralNotFound):
            await referrals.get_referral("r-9")
        assert route.call_count == 1
        assert sleeps == []

    async def test_exhausted_transport_errors_are_dependency_unavailable(
        self, router, referrals, sleeps
    ):
        route = router.get("/v1/referrals/sla").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(DependencyUnavailable) as caught:
            await referrals.sla()
        assert route.call_count == 4  # the first attempt and max_retries=3 more
        assert sleeps == [0.2, 0.4, 0.8]
        assert isinstance(caught.value.__cause__, httpx.ConnectError)

    async def test_exhausted_429_raises_rate_limited(self, router, referrals):
        route = router.get("/v1/referrals/sla").mock(return_value=problem(429, "rate-limited"))
        with pytest.raises(RateLimited):
            await referrals.sla()
        assert route.call_count == 4

    async def test_backoff_is_capped(self, router, http, sleeps):
        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client = ReferralsClient(
            http, "t", sleep=sleep, jitter=lambda: 1.0, max_retries=6, backoff=1.0, max_backoff=5.0
        )
        router.get("/v1/referrals/sla").mock(side_effect=httpx.ConnectTimeout("slow"))
        with pytest.raises(DependencyUnavailable):
            await client.sla()
        assert sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


class TestProblemMapping:
    async def test_problem_type_picks_the_subclass(self, router, referrals):
        router.post("/v1/referrals/r-1/progress").mock(
            return_value=problem(
                409,
                "invalid-state",
                detail="Ask the LA first.",
                request_id="req-123456",
                blocking=["/children/0/legal_status"],
            )
        )
        with pytest.raises(InvalidState) as caught:
            await referrals.progress("r-1")
        assert caught.value.detail == "Ask the LA first."
        assert caught.value.request_id == "req-123456"
        assert caught.value.extensions == {"blocking": ["/children/0/legal_status"]}

    async def test_a_problem_keeps_only_headers_that_mean_something_to_its_caller(
        self, router, referrals
    ):
        answer = problem(409, "invalid-state", detail="The place is held.")
        answer.headers["Retry-After"] = "5"
        answer.headers["X-Upstream-Only"] = "yes"
        router.post("/v1/referrals/r-1/progress").mock(return_value=answer)
        with pytest.raises(InvalidState) as caught:
            await referrals.progress("r-1")
        # A re-raised problem is a new response: the peer's Content-Length must not travel.
        assert caught.value.headers == {"retry-after": "5"}

    async def test_field_errors_are_carried(self, router, referrals):
        router.get("/v1/referrals").mock(
            return_value=problem(
                422, "validation-failed", errors=[{"pointer": "/age_from", "detail": "too high"}]
            )
        )
        with pytest.raises(ValidationFailed) as caught:
            await referrals.list_referrals(age_from=12, age_to=3)
        assert [e.pointer for e in caught.value.errors] == ["/age_from"]

    async def test_unknown_type_falls_back_to_its_status(self, router, referrals):
        router.get("/v1/referrals/r-1").mock(return_value=problem(409, "something-new"))
        with pytest.raises(Conflict) as caught:
            await referrals.get_referral("r-1")
        assert type(caught.value) is Conflict

    @pytest.mark.parametrize(
        ("status", "expected"), [(502, DependencyUnavailable), (404, NotFound), (418, Problem)]
    )
    async def test_non_json_bodies_map_by_status(self, router, http, status, expected):
        client = ReferralsClient(http, "t", max_retries=0)
        router.get("/v1/referrals/r-1").mock(
            return_value=httpx.Response(status, text="<html>gateway</html>")
        )
        with pytest.raises(Problem) as caught:
            await client.get_referral("r-1")
        assert type(caught.value) is expected

    async def test_an_unknown_status_keeps_its_number(self, router, http):
        client = ReferralsClient(http, "t")
        router.get("/v1/referrals/r-1").mock(return_value=httpx.Response(418))
        with pytest.raises(Problem) as caught:
            await client.get_referral("r-1")
        assert caught.value.status == 418

    async def test_a_body_outside_the_contract_is_invalid_response(self, router, referrals):
        router.get("/v1/referrals/sla").mock(return_value=httpx.Response(200, json={"x": 1}))
        with pytest.raises(InvalidResponse):
            await referrals.sla()


class TestHeaders:
    async def test_token_source_is_called_on_every_attempt(self, router, http):
        issued = iter(["first", "second"])

        async def token() -> str:
            return next(issued)

        async def no_sleep(_seconds: float) -> None:
            return None

        client = ReferralsClient(http, token, sleep=no_sleep)
        route = router.get("/v1/referrals/sla").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=SLA)]
        )
        await client.sla()
        assert [c.request.headers["Authorization"] for c in route.calls] == [
            "Bearer first",
            "Bearer second",
        ]

    async def test_request_id_comes_from_the_provider(self, router, http):
        client = ReferralsClient(http, "t", request_id_provider=lambda: "req-abcdef12")
        route = router.get("/v1/referrals/sla").mock(return_value=httpx.Response(200, json=SLA))
        await client.sla()
        assert route.calls.last.request.headers["X-Request-ID"] == "req-abcdef12"

    async def test_no_request_id_header_without_one(self, router, http):
        client = ReferralsClient(http, "t", request_id_provider=lambda: None)
        route = router.get("/v1/referrals/sla").mock(return_value=httpx.Response(200, json=SLA))
        await client.sla()
        assert "X-Request-ID" not in route.calls.last.request.headers

    async def test_amend_sends_if_match_and_only_the_fields_set(self, router, referrals):
        route = router.patch("/v1/referrals/r-1").mock(
            return_value=problem(412, "precondition-failed")
        )
        with pytest.raises(PreconditionFailed):
            await referrals.amend_referral("r-1", ReferralUpdate(la_reference="NEW"), '"3"')
        request = route.calls.last.request
        assert request.headers["If-Match"] == '"3"'
        assert request.content == b'{"la_reference":"NEW"}'
        assert route.call_count == 1  # PATCH is never retried


class TestStandsAlone:
    def test_clients_import_neither_the_kit_nor_respx(self):
        import subprocess
        import sys

        code = (
            "import sys, hearth_contract.clients; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('hearth_kit', 'respx', 'fastapi', 'sqlalchemy')]; "
            "assert not bad, bad"
        )
        subprocess.run([sys.executable, "-c", code], check=True)
