"""Orphaned holds: a place held by matching with no live match is released by the reconciler.

A hold whose answer timed out leaves the place held in vacancies with no match saved;
the reconciler finds it once the grace has passed, releases it for its referral, logs
``hold.orphan_released`` and counts it. A live match's hold is never touched.
"""

from __future__ import annotations

import asyncio
import uuid

from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable
from hearth_matching.models import Match
from structlog.testing import capture_logs

COUNTER = "hearth_matching_orphan_holds_released_total"


async def _place(world, vacancy_id: str) -> tuple[str, str | None]:
    read = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=world.officer())
    return read.json()["state"], read.json()["referral_id"]


async def _orphan(app, world) -> tuple[str, str]:
    """A place held by matching for a referral, as if the proposal's answer was lost."""
    referral_id = await world.send_referral()
    _, vacancy_id = await world.open_household()
    await app.state.holds.hold(vacancy_id, referral_id, "lost-proposal")
    return vacancy_id, referral_id


def _released_count(app) -> float:
    return app.state.metrics.registry.get_sample_value(COUNTER) or 0.0


class TestReconcileOrphanedHolds:
    async def test_an_orphaned_hold_is_released_once_the_grace_has_passed(
        self, app, client, world, clock
    ):
        vacancy_id, referral_id = await _orphan(app, world)
        reconciler = app.state.reconciler
        clock.advance(seconds=app.state.settings.hold_reconcile_grace_seconds - 1)
        assert await reconciler.reconcile() == []
        assert await _place(world, vacancy_id) == ("on_hold", referral_id)

        clock.advance(seconds=2)
        with capture_logs() as logs:
            assert await reconciler.reconcile() == [(vacancy_id, referral_id)]
        assert await _place(world, vacancy_id) == ("available", None)
        assert _released_count(app) == 1
        [event] = [e for e in logs if e["event"] == "hold.orphan_released"]
        assert (event["vacancy_id"], event["referral_id"]) == (vacancy_id, referral_id)
        assert event["log_level"] == "warning"

    async def test_the_counter_is_in_matchings_metrics(self, app, client, world, clock):
        await _orphan(app, world)
        clock.advance(seconds=app.state.settings.hold_reconcile_grace_seconds + 1)
        await app.state.reconciler.reconcile()
        scraped = await client.get(
            "/metrics",
            headers=world.tokens.headers(CallerKind.SERVICE, None, [Scope.METRICS_READ]),
        )
        assert scraped.status_code == 200, scraped.text
        assert f"{COUNTER} 1.0" in scraped.text

    async def test_a_live_matchs_hold_is_kept(self, app, client, world, clock):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        proposed = await client.post(
            "/v1/matches",
            headers=world.officer(),
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        )
        assert proposed.status_code == 201, proposed.text
        clock.advance(seconds=app.state.settings.hold_reconcile_grace_seconds + 1)
        assert await app.state.reconciler.reconcile() == []
        assert await _place(world, vacancy_id) == ("on_hold", referral_id)
        assert _released_count(app) == 0

    async def test_a_closed_matchs_leftover_hold_is_released(self, app, client, world, clock):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        proposed = await client.post(
            "/v1/matches",
            headers=world.officer(),
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        )
        assert proposed.status_code == 201, proposed.text
        # The match was closed while vacancies could not be reached: its release failed.
        async with app.state.database.system_session("test") as session:
            async with session.begin():
                match = await session.get(Match, uuid.UUID(proposed.json()["id"]))
                match.status, match.hold = "closed", "release_failed"
        clock.advance(seconds=app.state.settings.hold_reconcile_grace_seconds + 1)
        assert await app.state.reconciler.reconcile() == [(vacancy_id, referral_id)]
        assert await _place(world, vacancy_id) == ("available", None)

    async def test_a_hold_placed_by_an_officer_is_not_matchings_to_release(self, app, world, clock):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        held = await world.vacancies.post(
            f"/v1/vacancies/{vacancy_id}/hold",
            headers=world.officer(),
            json={"referral_id": referral_id},
        )
        assert held.status_code == 200, held.text
        clock.advance(seconds=app.state.settings.hold_reconcile_grace_seconds + 1)
        assert await app.state.reconciler.reconcile() == []
        assert await _place(world, vacancy_id) == ("on_hold", referral_id)


class TestTheLoop:
    async def test_a_failed_pass_is_logged_and_the_next_one_runs(self, app, monkeypatch):
        reconciler, stop, passes = app.state.reconciler, asyncio.Event(), []

        async def flaky() -> list:
            passes.append(len(passes))
            if len(passes) == 1:
                raise DependencyUnavailable("vacancies did not answer")
            stop.set()
            return []

        monkeypatch.setattr(reconciler, "reconcile", flaky)
        monkeypatch.setattr(reconciler, "interval", 0)
        with capture_logs() as logs:
            await asyncio.wait_for(reconciler.run_forever(stop), timeout=10)
        assert passes == [0, 1]
        assert [e["event"] for e in logs] == ["hold.reconcile_failed"]
