"""Vacancies: opening places within approval, and hold, reserve, fill without double-booking."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hearth_kit.context import REQUEST_ID_HEADER
from vacancies_testkit import create_household, home_body, open_vacancy, vacancy_body


class TestOpenVacancy:
    async def test_opens_available_and_confirmed_now(self, client, officer_a):
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        assert vacancy["state"] == "available"
        assert vacancy["setting"] == "fostering"
        assert vacancy["stale"] is False
        assert vacancy["last_confirmed_by"] == "agency:agency-a:officer-1"

    async def test_in_a_childrens_home(self, client, officer_a):
        home = (await client.post("/v1/homes", json=home_body(), headers=officer_a)).json()
        response = await client.post(
            "/v1/vacancies",
            headers=officer_a,
            json=vacancy_body(home_id=home["id"], age_min=12, age_max=16),
        )
        assert response.status_code == 201, response.text
        assert response.json()["setting"] == "residential"

    async def test_no_room_beyond_approval_is_409(self, client, officer_a):
        household = await create_household(client, officer_a)  # 2 approved, 1 placed
        await open_vacancy(client, officer_a, household["id"])
        response = await client.post(
            "/v1/vacancies", json=vacancy_body(household["id"]), headers=officer_a
        )
        assert response.status_code == 409
        assert response.json()["type"].endswith("/invalid-state")


class TestCommands:
    async def test_hold_reserve_fill_for_one_referral(
        self, client, officer_a, send_referral, peer_recorder
    ):
        referral_id = await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        url = f"/v1/vacancies/{vacancy['id']}"
        held = await client.post(
            f"{url}/hold",
            json={"referral_id": referral_id},
            headers={**officer_a, REQUEST_ID_HEADER: "req-hold-00001"},
        )
        assert held.status_code == 200, held.text
        assert (held.json()["state"], held.json()["referral_id"]) == ("on_hold", referral_id)
        asked = peer_recorder.requests[-1]
        assert asked.url.path == f"/v1/referrals/{referral_id}"
        assert asked.headers[REQUEST_ID_HEADER] == "req-hold-00001"
        assert asked.headers["Authorization"].startswith("Bearer ")
        for command, state in (("reserve", "reserved"), ("fill", "filled")):
            response = await client.post(
                f"{url}/{command}", json={"referral_id": referral_id}, headers=officer_a
            )
            assert response.json()["state"] == state, response.text

    async def test_fill_of_a_place_held_for_another_referral_is_409(
        self, client, officer_a, send_referral
    ):
        first, second = await send_referral(), await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        url = f"/v1/vacancies/{vacancy['id']}"
        await client.post(f"{url}/hold", json={"referral_id": first}, headers=officer_a)
        response = await client.post(f"{url}/fill", json={"referral_id": second}, headers=officer_a)
        assert response.status_code == 409
        assert response.json()["type"].endswith("/double-booking")
        after = (await client.get(url, headers=officer_a)).json()
        assert (after["state"], after["referral_id"]) == ("on_hold", first)

    async def test_referral_not_sent_to_the_agency_is_422_on_referral_id(
        self, client, officer_a, send_referral
    ):
        other_agencys = await send_referral(agency_ids=("agency-b",))
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        response = await client.post(
            f"/v1/vacancies/{vacancy['id']}/hold",
            json={"referral_id": other_agencys},
            headers=officer_a,
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/referral_id"

    async def test_referrals_down_is_503(self, app, client, officer_a):
        async def refuse(request):
            raise httpx.ConnectError("down", request=request)

        app.state.referrals_http = httpx.AsyncClient(
            transport=httpx.MockTransport(refuse), base_url="http://referrals"
        )
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        response = await client.post(
            f"/v1/vacancies/{vacancy['id']}/hold",
            headers=officer_a,
            json={"referral_id": "0b8e3c1e-7a39-4c52-9d8e-2f1f0c6a1d11"},
        )
        assert response.status_code == 503
        assert response.json()["type"].endswith("/dependency-unavailable")
        still = (await client.get(f"/v1/vacancies/{vacancy['id']}", headers=officer_a)).json()
        assert still["state"] == "available"

    async def test_release_makes_it_available_again(self, client, officer_a, send_referral):
        referral_id = await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        url = f"/v1/vacancies/{vacancy['id']}"
        await client.post(f"{url}/hold", json={"referral_id": referral_id}, headers=officer_a)
        released = await client.post(f"{url}/release", headers=officer_a)
        assert (released.json()["state"], released.json()["referral_id"]) == ("available", None)

    async def test_a_release_for_one_referral_never_frees_a_place_held_for_another(
        self, client, officer_a, send_referral
    ):
        first, second = await send_referral(), await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        url = f"/v1/vacancies/{vacancy['id']}"
        await client.post(f"{url}/hold", json={"referral_id": second}, headers=officer_a)
        refused = await client.post(
            f"{url}/release", params={"referral_id": first}, headers=officer_a
        )
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        still = (await client.get(url, headers=officer_a)).json()
        assert (still["state"], still["referral_id"]) == ("on_hold", second)
        released = await client.post(
            f"{url}/release", params={"referral_id": second}, headers=officer_a
        )
        assert (released.json()["state"], released.json()["referral_id"]) == ("available", None)


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestTwoOfficersOneBed:
    async def test_concurrent_fills_give_one_success_and_one_409(
        self, app, client, officer_a, send_referral
    ):
        first, second = await send_referral(), await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])

        async def fill(referral_id: str) -> httpx.Response:
            # A client of its own per officer: truly parallel requests on separate connections.
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://v") as http:
                return await http.post(
                    f"/v1/vacancies/{vacancy['id']}/fill",
                    json={"referral_id": referral_id},
                    headers=officer_a,
                )

        responses = await asyncio.gather(fill(first), fill(second))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200, 409]
        winner = next(r for r in responses if r.status_code == 200).json()["referral_id"]
        loser = next(r for r in responses if r.status_code == 409).json()
        assert loser["type"].endswith("/double-booking")
        stored = (await client.get(f"/v1/vacancies/{vacancy['id']}", headers=officer_a)).json()
        assert (stored["state"], stored["referral_id"]) == ("filled", winner)


class TestRacesForTheLastPlace:
    """Many holders racing for one place: one wins, the rest hear 409 naming it, never 500."""

    async def _race(self, app, vacancy_id: str, headers, referral_ids, command: str):
        async def attempt(referral_id: str) -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://v") as http:
                return await http.post(
                    f"/v1/vacancies/{vacancy_id}/{command}",
                    json={"referral_id": referral_id},
                    headers=headers,
                )

        return await asyncio.gather(*(attempt(r) for r in referral_ids))

    def _one_winner(self, responses, vacancy_id: str) -> str:
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] + [409] * (len(responses) - 1), [r.text for r in responses]
        for loser in (r.json() for r in responses if r.status_code == 409):
            assert loser["instance"].startswith(f"/v1/vacancies/{vacancy_id}/")
            assert loser["type"].rsplit("/", 1)[1] in ("double-booking", "concurrent-change")
        return next(r for r in responses if r.status_code == 200).json()["referral_id"]

    async def test_concurrent_holds_by_officers(self, app, client, officer_a, send_referral):
        referral_ids = [await send_referral() for _ in range(6)]
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        responses = await self._race(app, vacancy["id"], officer_a, referral_ids, "hold")
        winner = self._one_winner(responses, vacancy["id"])
        stored = (await client.get(f"/v1/vacancies/{vacancy['id']}", headers=officer_a)).json()
        assert (stored["state"], stored["referral_id"]) == ("on_hold", winner)

    async def test_concurrent_holds_by_a_peer_service(
        self, app, client, officer_a, tokens, send_referral
    ):
        from hearth_contract.auth import CallerKind, Scope

        service = tokens.headers(
            CallerKind.SERVICE, None, [Scope.VACANCIES_MANAGE], subject="hearth-matching"
        )
        referral_ids = [await send_referral() for _ in range(6)]
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        responses = await self._race(app, vacancy["id"], service, referral_ids, "hold")
        winner = self._one_winner(responses, vacancy["id"])
        stored = (await client.get(f"/v1/vacancies/{vacancy['id']}", headers=officer_a)).json()
        assert (stored["state"], stored["referral_id"]) == ("on_hold", winner)


class TestPeerServices:
    """The matching service reads single records and holds places with a service token."""

    async def test_a_service_reads_a_place_and_holds_it_for_the_owning_agency(
        self, client, officer_a, tokens, send_referral
    ):
        from hearth_contract.auth import CallerKind, Scope

        referral_id = await send_referral()
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        service = tokens.headers(
            CallerKind.SERVICE,
            None,
            [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE],
            subject="hearth-matching",
        )
        read = await client.get(f"/v1/households/{household['id']}", headers=service)
        assert read.status_code == 200
        held = await client.post(
            f"/v1/vacancies/{vacancy['id']}/hold",
            headers=service,
            json={"referral_id": referral_id},
        )
        assert held.status_code == 200, held.text
        assert (held.json()["state"], held.json()["agency_id"]) == ("on_hold", "agency-a")
        released = await client.post(f"/v1/vacancies/{vacancy['id']}/release", headers=service)
        assert released.json()["state"] == "available"

    async def test_a_service_cannot_list_every_agencys_households(self, client, tokens):
        from hearth_contract.auth import CallerKind, Scope

        service = tokens.headers(CallerKind.SERVICE, None, [Scope.VACANCIES_READ])
        assert (await client.get("/v1/households", headers=service)).status_code == 403
