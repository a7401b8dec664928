"""A match's life beyond the happy path: places deleted, referrals withdrawn or closed,
sibling groups holding several places, and records not yet read from the feeds."""

from __future__ import annotations

from matching_testkit import AGENCY_A


async def _open_place(world, household_id: str) -> str:
    vacancy = await world.vacancies.post(
        "/v1/vacancies",
        headers=world.officer(),
        json={
            "household_id": household_id,
            "available_from": "2026-11-23",
            "age_min": 0,
            "age_max": 17,
            "placement_kinds": ["emergency", "short_term", "long_term"],
        },
    )
    assert vacancy.status_code == 201, vacancy.text
    return vacancy.json()["id"]


async def _delete_place(world, vacancy_id: str) -> None:
    read = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=world.officer())
    deleted = await world.vacancies.delete(
        f"/v1/vacancies/{vacancy_id}", headers={**world.officer(), "If-Match": read.headers["ETag"]}
    )
    assert deleted.status_code == 204, deleted.text


async def _ranked_places(client, world, referral_id: str) -> list[str]:
    ranked = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
    assert ranked.status_code == 200, ranked.text
    return [v for home in ranked.json()["homes"] for v in home["vacancy_ids"]]


async def _propose(client, world, referral_id: str, *vacancy_ids: str, agency=AGENCY_A):
    body: dict = {"referral_id": referral_id}
    if len(vacancy_ids) == 1:
        body["vacancy_id"] = vacancy_ids[0]
    else:
        body["vacancy_ids"] = list(vacancy_ids)
    return await client.post("/v1/matches", headers=world.officer(agency), json=body)


class TestADeletedPlace:
    async def test_it_leaves_every_ranking_once_the_feed_is_read(self, client, world):
        referral_id = await world.send_referral()
        household_id, kept = await world.open_household()
        deleted = await _open_place(world, household_id)
        _, alone = await world.open_household(name="Second household")
        await world.catch_up()
        assert sorted(await _ranked_places(client, world, referral_id)) == sorted(
            [kept, deleted, alone]
        )
        await _delete_place(world, deleted)
        await _delete_place(world, alone)
        await world.catch_up()
        assert await _ranked_places(client, world, referral_id) == [kept]
        gone = await client.get(f"/v1/vacancies/{deleted}/matches", headers=world.officer())
        assert gone.status_code == 404

    async def test_holding_a_place_deleted_before_the_feed_is_read_is_gone_not_503(
        self, client, world
    ):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        await _delete_place(world, vacancy_id)
        refused = await _propose(client, world, referral_id, vacancy_id)
        assert refused.status_code == 410, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"].endswith("/vacancy-gone")
        assert "Retry-After" not in refused.headers
        listed = await client.get(
            f"/v1/referrals/{referral_id}/proposed-matches", headers=world.officer()
        )
        assert listed.json() == []
