"""Who placed a hold: a service changes only the holds it made, and can list them."""

from __future__ import annotations

import pytest
from hearth_contract.auth import CallerKind, Scope
from vacancies_testkit import create_household, open_vacancy

MANAGE = [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE]


def _service(tokens, client_id: str) -> dict[str, str]:
    return tokens.headers(CallerKind.SERVICE, None, MANAGE, subject=client_id, client_id=client_id)


@pytest.fixture
def matching(tokens) -> dict[str, str]:
    return _service(tokens, "hearth-matching")


@pytest.fixture
def other_service(tokens) -> dict[str, str]:
    return _service(tokens, "hearth-referrals")


@pytest.fixture
async def held_by_matching(client, officer_a, matching, send_referral) -> tuple[str, str]:
    referral_id = await send_referral()
    household = await create_household(client, officer_a)
    vacancy = await open_vacancy(client, officer_a, household["id"])
    held = await client.post(
        f"/v1/vacancies/{vacancy['id']}/hold", headers=matching, json={"referral_id": referral_id}
    )
    assert held.status_code == 200, held.text
    return vacancy["id"], referral_id


async def _state(client, officer_a, vacancy_id: str) -> tuple[str, str | None]:
    read = (await client.get(f"/v1/vacancies/{vacancy_id}", headers=officer_a)).json()
    return read["state"], read["held_by"]


class TestTheHolderIsRecorded:
    async def test_a_services_hold_names_its_client_and_when(
        self, client, officer_a, held_by_matching, clock
    ):
        vacancy_id, referral_id = held_by_matching
        read = (await client.get(f"/v1/vacancies/{vacancy_id}", headers=officer_a)).json()
        assert (read["state"], read["referral_id"]) == ("on_hold", referral_id)
        assert read["held_by"] == "hearth-matching"
        assert read["held_at"] == clock.now().isoformat().replace("+00:00", "Z")

    async def test_an_officers_hold_names_the_officer_and_release_clears_it(
        self, client, officer_a, send_referral
    ):
        referral_id = await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        url = f"/v1/vacancies/{vacancy['id']}"
        await client.post(f"{url}/hold", headers=officer_a, json={"referral_id": referral_id})
        assert await _state(client, officer_a, vacancy["id"]) == (
            "on_hold",
            "agency:agency-a:officer-1",
        )
        await client.post(f"{url}/release", headers=officer_a)
        assert await _state(client, officer_a, vacancy["id"]) == ("available", None)


class TestOnlyTheHoldingServiceReleases:
    async def test_a_second_service_client_cannot_release_matchings_hold(
        self, client, officer_a, other_service, held_by_matching
    ):
        vacancy_id, referral_id = held_by_matching
        refused = await client.post(
            f"/v1/vacancies/{vacancy_id}/release",
            headers=other_service,
            params={"referral_id": referral_id},
        )
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"].endswith("/held-by-another-caller")
        assert vacancy_id in refused.json()["detail"]
        assert await _state(client, officer_a, vacancy_id) == ("on_hold", "hearth-matching")

    async def test_matching_releases_its_own_hold(
        self, client, officer_a, matching, held_by_matching
    ):
        vacancy_id, referral_id = held_by_matching
        released = await client.post(
            f"/v1/vacancies/{vacancy_id}/release",
            headers=matching,
            params={"referral_id": referral_id},
        )
        assert released.status_code == 200, released.text
        assert await _state(client, officer_a, vacancy_id) == ("available", None)

    async def test_an_officer_of_the_places_agency_releases_any_hold(
        self, client, officer_a, held_by_matching
    ):
        vacancy_id, _ = held_by_matching
        released = await client.post(f"/v1/vacancies/{vacancy_id}/release", headers=officer_a)
        assert released.status_code == 200, released.text
        assert released.json()["held_by"] is None

    async def test_an_officer_of_another_agency_cannot_release_it(
        self, client, officer_a, officer_b, held_by_matching
    ):
        vacancy_id, _ = held_by_matching
        refused = await client.post(f"/v1/vacancies/{vacancy_id}/release", headers=officer_b)
        assert refused.status_code == 404
        assert await _state(client, officer_a, vacancy_id) == ("on_hold", "hearth-matching")


class TestHeldByMe:
    async def test_each_caller_lists_only_the_holds_it_placed(
        self, client, officer_a, matching, other_service, held_by_matching
    ):
        vacancy_id, referral_id = held_by_matching
        mine = await client.get("/v1/vacancies:held-by-me", headers=matching)
        assert mine.status_code == 200, mine.text
        assert [(v["id"], v["referral_id"]) for v in mine.json()["items"]] == [
            (vacancy_id, referral_id)
        ]
        for caller in (other_service, officer_a):
            listed = await client.get("/v1/vacancies:held-by-me", headers=caller)
            assert listed.status_code == 200, listed.text
            assert listed.json()["items"] == []

    async def test_a_released_hold_is_no_longer_listed(
        self, client, officer_a, matching, held_by_matching
    ):
        vacancy_id, _ = held_by_matching
        await client.post(f"/v1/vacancies/{vacancy_id}/release", headers=officer_a)
        listed = await client.get("/v1/vacancies:held-by-me", headers=matching)
        assert listed.json()["items"] == []
