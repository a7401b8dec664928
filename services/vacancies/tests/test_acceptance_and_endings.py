"""The LA's acceptance fills the place matching held (the offers service, ``vacancies:fill``),
and a placement's ending frees it again (placements' ``placement.ended`` feed)."""

from __future__ import annotations

import uuid

import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.common import EventPage, EventRead
from hearth_contract.vacancies import VacancyState
from hearth_kit.events import read_events
from hearth_kit.testing import settle_feed
from hearth_vacancies.endings.feed import PlacementsFeed
from vacancies_testkit import AGENCY_A, AGENCY_B, create_household, open_vacancy


def _service(tokens, client_id: str, scopes) -> dict[str, str]:
    return tokens.headers(CallerKind.SERVICE, None, scopes, subject=client_id, client_id=client_id)


@pytest.fixture
def offers(tokens) -> dict[str, str]:
    return _service(tokens, "hearth-offers", [Scope.VACANCIES_FILL])


@pytest.fixture
async def held(client, officer_a, tokens, send_referral) -> tuple[str, str]:
    """A place matching holds for a referral (sent to both agencies), as when the LA
    accepts the offer."""
    referral_id = await send_referral((AGENCY_A, AGENCY_B))
    household = await create_household(client, officer_a)
    vacancy = await open_vacancy(client, officer_a, household["id"])
    matching = _service(tokens, "hearth-matching", [Scope.VACANCIES_MANAGE])
    response = await client.post(
        f"/v1/vacancies/{vacancy['id']}/hold", headers=matching, json={"referral_id": referral_id}
    )
    assert response.status_code == 200, response.text
    return vacancy["id"], referral_id


async def _read(client, officer_a, vacancy_id: str) -> dict:
    response = await client.get(f"/v1/vacancies/{vacancy_id}", headers=officer_a)
    assert response.status_code == 200, response.text
    return response.json()


class TestTheOffersServiceFillsTheHeldPlace:
    async def test_it_fills_matchings_hold_for_the_same_child_and_a_retry_changes_nothing(
        self, client, officer_a, offers, held
    ):
        vacancy_id, referral_id = held
        url = f"/v1/vacancies/{vacancy_id}/fill"
        first = await client.post(url, headers=offers, json={"referral_id": referral_id})
        assert first.status_code == 200, first.text
        assert (first.json()["state"], first.json()["referral_id"]) == ("filled", referral_id)
        again = await client.post(url, headers=offers, json={"referral_id": referral_id})
        assert again.status_code == 200, again.text
        assert again.headers["ETag"] == first.headers["ETag"]  # not written twice

    async def test_a_place_held_for_another_child_is_never_filled(
        self, client, officer_a, offers, held, send_referral
    ):
        vacancy_id, _ = held
        other_child = await send_referral()
        refused = await client.post(
            f"/v1/vacancies/{vacancy_id}/fill", headers=offers, json={"referral_id": other_child}
        )
        assert refused.status_code == 409
        assert refused.json()["type"].endswith("/double-booking")
        assert (await _read(client, officer_a, vacancy_id))["state"] == "on_hold"

    @pytest.mark.parametrize(
        ("kind", "tenant", "scopes"),
        [
            (CallerKind.SERVICE, None, [Scope.VACANCIES_READ]),  # a service without the scope
            (CallerKind.SERVICE, None, [Scope.VACANCIES_MANAGE]),  # managing is not filling
            (CallerKind.LA, "E10000016", [Scope.VACANCIES_FILL, Scope.VACANCIES_MANAGE]),
            (CallerKind.AGENCY, AGENCY_A, [Scope.VACANCIES_FILL]),  # an agency needs manage
        ],
    )
    async def test_callers_without_the_fill_scope_are_refused(
        self, client, officer_a, tokens, held, kind, tenant, scopes
    ):
        vacancy_id, referral_id = held
        refused = await client.post(
            f"/v1/vacancies/{vacancy_id}/fill",
            headers=tokens.headers(kind, tenant, scopes, subject="someone"),
            json={"referral_id": referral_id},
        )
        assert refused.status_code == 403, refused.text
        assert (await _read(client, officer_a, vacancy_id))["state"] == "on_hold"

    async def test_another_agency_sent_the_same_referral_cannot_fill_it(
        self, client, officer_a, officer_b, held
    ):
        vacancy_id, referral_id = held
        refused = await client.post(
            f"/v1/vacancies/{vacancy_id}/fill", headers=officer_b, json={"referral_id": referral_id}
        )
        assert refused.status_code == 404
        assert (await _read(client, officer_a, vacancy_id))["state"] == "on_hold"


def _ended(vacancy_ids: list[str], referral_id: str, cursor: str = "1-1") -> EventRead:
    return EventRead(
        event_id=str(uuid.uuid4()),
        type="placement.ended",
        occurred_at="2027-05-20T10:00:00Z",
        subject_type="placement",
        subject_id=str(uuid.uuid4()),
        data={
            "agency_id": AGENCY_A,
            "vacancy_ids": vacancy_ids,
            "referral_id": referral_id,
            "planned": False,
            "reason_for_change": "CARPL",
        },
        cursor=cursor,
    )


class TestAnEndingFreesThePlace:
    async def _filled(self, client, offers, held) -> tuple[str, str]:
        vacancy_id, referral_id = held
        response = await client.post(
            f"/v1/vacancies/{vacancy_id}/fill", headers=offers, json={"referral_id": referral_id}
        )
        assert response.status_code == 200, response.text
        return vacancy_id, referral_id

    async def test_placement_ended_frees_the_place_once_and_keeps_the_approval(
        self, client, app, officer_a, offers, held
    ):
        vacancy_id, referral_id = await self._filled(client, offers, held)
        before = await _read(client, officer_a, vacancy_id)
        household_before = await client.get(
            f"/v1/households/{before['household_id']}", headers=officer_a
        )
        pages = [EventPage(items=[_ended([vacancy_id], referral_id)], next_cursor="1-1")]

        async def fetch(after, limit):
            return pages.pop(0) if pages else EventPage(items=[], next_cursor=after)

        feed = PlacementsFeed(app.state.database, fetch)
        await feed.consumer.run_once()
        freed = await _read(client, officer_a, vacancy_id)
        assert (freed["state"], freed["referral_id"], freed["held_by"]) == (
            "available",
            None,
            None,
        )
        household_after = await client.get(
            f"/v1/households/{before['household_id']}", headers=officer_a
        )
        assert household_after.json()["approval"] == household_before.json()["approval"]
        await settle_feed(app.state.database)
        async with app.state.database.system_session("test") as session:
            events = (await read_events(session, None, 1000)).items
        assert [e.type for e in events if e.subject_id == vacancy_id].count("vacancy.freed") == 1

    async def test_an_event_for_another_child_or_an_unknown_place_frees_nothing(
        self, client, app, officer_a, offers, held
    ):
        vacancy_id, _ = await self._filled(client, offers, held)
        stale = _ended([vacancy_id, "not-a-uuid", str(uuid.uuid4())], str(uuid.uuid4()))
        pages = [EventPage(items=[stale], next_cursor="1-1")]

        async def fetch(after, limit):
            return pages.pop(0) if pages else EventPage(items=[], next_cursor=after)

        await PlacementsFeed(app.state.database, fetch).consumer.run_once()
        assert (await _read(client, officer_a, vacancy_id))["state"] == VacancyState.FILLED
