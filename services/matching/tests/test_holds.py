"""A proposal's hold on the place and its saved match stand or fall together.

The match is saved before the vacancies service is asked to hold the place; the hold
carries the match's Idempotency-Key; a transaction that fails after the hold releases it.
"""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_matching.decisions.holds import Holds
from vacancies_testkit import settle_feed


def _database_fault() -> sa.exc.OperationalError:
    return sa.exc.OperationalError("INSERT", {}, ConnectionError("the database went away"))


async def _proposal(client, world) -> tuple[httpx.Response, str, str]:
    referral_id = await world.send_referral()
    _, vacancy_id = await world.open_household()
    await world.catch_up()
    response = await client.post(
        "/v1/matches",
        headers=world.officer(),
        json={"referral_id": referral_id, "vacancy_id": vacancy_id},
    )
    return response, referral_id, vacancy_id


async def _place(world, vacancy_id: str) -> tuple[str, str | None]:
    read = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=world.officer())
    return read.json()["state"], read.json()["referral_id"]


async def _vacancy_events(world, vacancies_app, vacancy_id: str) -> list[str]:
    await settle_feed(vacancies_app)
    feed = await world.vacancies.get(
        "/v1/events",
        params={"limit": 1000},
        headers=world.tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ]),
    )
    return [e["type"] for e in feed.json()["items"] if e["subject_id"] == vacancy_id]


async def _proposed_matches(client, world, referral_id: str) -> list[dict]:
    listed = await client.get(
        f"/v1/referrals/{referral_id}/proposed-matches", headers=world.officer()
    )
    return listed.json()


class TestAFailedSave:
    async def test_a_save_failing_before_the_hold_never_touches_the_place(
        self, client, world, vacancies_app, monkeypatch
    ):
        from hearth_matching.decisions.service import DecisionService

        async def broken_emit(self, match, event, **data) -> None:
            raise _database_fault()

        monkeypatch.setattr(DecisionService, "_emit", broken_emit)
        response, referral_id, vacancy_id = await _proposal(client, world)
        assert response.status_code == 503, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert await _place(world, vacancy_id) == ("available", None)
        assert await _vacancy_events(world, vacancies_app, vacancy_id) == ["vacancy.opened"]
        monkeypatch.undo()
        assert await _proposed_matches(client, world, referral_id) == []

    async def test_a_commit_failing_after_the_hold_releases_the_place(
        self, app, client, world, vacancies_app, monkeypatch
    ):
        import hearth_kit.db

        write_audit = hearth_kit.db.write_audit
        matching_engine = app.state.database.engine

        async def audit_failing_for_matching(session) -> None:
            if session.bind is matching_engine:  # the vacancies app commits as usual
                raise _database_fault()
            await write_audit(session)

        monkeypatch.setattr(hearth_kit.db, "write_audit", audit_failing_for_matching)
        response, referral_id, vacancy_id = await _proposal(client, world)
        assert response.status_code == 503, response.text
        assert await _place(world, vacancy_id) == ("available", None)
        assert await _vacancy_events(world, vacancies_app, vacancy_id) == [
            "vacancy.opened",
            "vacancy.held",
            "vacancy.released",
        ]
        monkeypatch.undo()
        assert await _proposed_matches(client, world, referral_id) == []


class LosesFirstHoldAnswer(httpx.AsyncBaseTransport):
    """Delivers every request; the answer to the first hold is lost on the way back."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.holds: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path.endswith("/hold"):
            self.holds.append(request.headers.get("Idempotency-Key"))
            if len(self.holds) == 1:
                await response.aread()
                raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


class TestALostAnswer:
    @pytest.fixture
    async def lossy(self, app, vacancies_app):
        transport = LosesFirstHoldAnswer(httpx.ASGITransport(app=vacancies_app))
        async with httpx.AsyncClient(transport=transport, base_url="http://vacancies") as http:
            holds = Holds(http, app.state.settings)
            holds.client.backoff = 0.0
            app.state.holds = holds
            yield transport

    async def test_a_hold_whose_answer_is_lost_is_retried_and_held_once(
        self, lossy, client, world, vacancies_app
    ):
        response, referral_id, vacancy_id = await _proposal(client, world)
        assert response.status_code == 201, response.text
        match_id = response.json()["id"]
        assert lossy.holds == [f"match-{match_id}", f"match-{match_id}"]
        assert await _place(world, vacancy_id) == ("on_hold", referral_id)
        assert await _vacancy_events(world, vacancies_app, vacancy_id) == [
            "vacancy.opened",
            "vacancy.held",
        ]
        assert [m["id"] for m in await _proposed_matches(client, world, referral_id)] == [match_id]


class TestARelayedProblem:
    async def test_a_place_held_before_matching_heard_answers_409_with_its_own_framing(
        self, client, world
    ):
        first, second = await world.send_referral(), await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        answers = []
        for referral_id in (first, second):
            answers.append(
                await client.post(
                    "/v1/matches",
                    headers=world.officer(),
                    json={"referral_id": referral_id, "vacancy_id": vacancy_id},
                )
            )
        assert answers[0].status_code == 201, answers[0].text
        refused = answers[1]
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        # Vacancies' own Content-Length must not travel with the problem matching relays.
        assert int(refused.headers["content-length"]) == len(refused.content)
        assert refused.json()["status"] == 409
