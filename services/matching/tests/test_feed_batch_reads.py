"""Catching up reads each batch's records with one batch read per kind, never one GET each."""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from hearth_matching.models import HomeFact, PlaceFact


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.calls.append(f"{request.method} {request.url.path}")


def _record(*clients: httpx.AsyncClient) -> Recorder:
    recorder = Recorder()
    for http in clients:
        http.event_hooks["request"].append(recorder)
    return recorder


async def _count(app, cls) -> int:
    async with app.state.database.system_session("test") as session:
        return int(await session.scalar(sa.select(sa.func.count()).select_from(cls)) or 0)


class TestCatchUpReadsInBatches:
    async def test_one_batch_read_per_kind_and_no_single_gets(
        self, app, client, world, referrals_http, vacancies_http
    ):
        referral_id = await world.send_referral()
        for n in range(4):
            await world.open_household(name=f"Household {n}")
        recorder = _record(referrals_http, vacancies_http)
        await world.catch_up()
        reads = [call for call in recorder.calls if "/v1/events" not in call]
        assert sorted(reads) == [
            "POST /v1/households:batch-get",
            "POST /v1/referrals:batch-get",
            "POST /v1/vacancies:batch-get",
        ]
        assert (await _count(app, HomeFact), await _count(app, PlaceFact)) == (4, 4)
        response = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert len(response.json()["homes"]) == 4

    async def test_a_changed_and_a_deleted_household_are_applied_from_the_batch(
        self, app, client, world, vacancies_http
    ):
        referral_id = await world.send_referral()
        kept, _place = await world.open_household(name="Kept")
        gone, _other = await world.open_household(name="Gone")
        await world.catch_up()
        household = await vacancies_http.get(f"/v1/households/{kept}", headers=world.officer())
        body = household.json()
        body["name"] = "Renamed"
        replaced = await vacancies_http.put(
            f"/v1/households/{kept}",
            json={k: v for k, v in body.items() if k not in _READ_ONLY},
            headers={**world.officer(), "If-Match": household.headers["ETag"]},
        )
        assert replaced.status_code == 200, replaced.text
        deleted = await vacancies_http.delete(
            f"/v1/households/{gone}", headers={**world.officer(), "If-Match": "*"}
        )
        assert deleted.status_code == 204, deleted.text
        recorder = _record(vacancies_http)
        await world.catch_up()
        reads = [call for call in recorder.calls if "/v1/events" not in call]
        assert "POST /v1/households:batch-get" in reads
        assert all(call.endswith(":batch-get") for call in reads)
        assert len(reads) == len(set(reads))  # one call per kind for the batch
        assert (await _count(app, HomeFact), await _count(app, PlaceFact)) == (1, 1)
        async with app.state.database.system_session("test") as session:
            stored = await session.get(HomeFact, kept)
            assert (stored.facts["name"], stored.source_version) == ("Renamed", 2)
        response = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert [(h["holder_id"], h["name"]) for h in response.json()["homes"]] == [
            (kept, "Renamed")
        ]


_READ_ONLY = {"id", "agency_id", "external_id", "version", "location", "created_at", "updated_at"}
