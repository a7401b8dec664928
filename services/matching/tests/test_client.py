"""The typed MatchingClient against the real matching app (fed by the real peers)."""

from __future__ import annotations

import httpx
import pytest
from hearth_contract.clients import MatchingClient
from hearth_contract.matching import (
    CarerDecision,
    MatchCreate,
    MatchingSettingsUpdate,
    MatchStatus,
    SswDecision,
)
from hearth_contract.problems import InvalidState, NotFound, ValidationFailed
from matching_testkit import AGENCY_A, AGENCY_B


def _client(app, world, agency_id: str = AGENCY_A) -> MatchingClient:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://matching")
    token = world.officer(agency_id)["Authorization"].removeprefix("Bearer ")
    return MatchingClient(http, token)


class TestMatchingClient:
    async def test_ranks_proposes_and_records_decisions_as_typed_models(self, app, world):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        client = _client(app, world)
        ranked = await client.referral_matches(referral_id)
        assert [home.rank for home in ranked.homes] == [1]
        assert (await client.vacancy_matches(vacancy_id)).referrals[0].referral_id == referral_id
        run = await client.save_referral_run(referral_id)
        assert (await client.get_run(run.id)).id == run.id

        proposed = await client.propose(MatchCreate(referral_id=referral_id, vacancy_id=vacancy_id))
        match_id = proposed.value.id
        with pytest.raises(InvalidState):
            await client.carer_decision(match_id, CarerDecision(accepts=True))
        await client.ssw_decision(match_id, SswDecision(agrees=True, reason="Right experience"))
        accepted = await client.carer_decision(match_id, CarerDecision(accepts=True))
        assert accepted.status is MatchStatus.READY_FOR_OFFER
        assert [m.id for m in await client.referral_decisions(referral_id)] == [match_id]

    async def test_the_excluded_page_and_the_feeds_lag_as_typed_models(self, app, world):
        referral_id = await world.send_referral()
        teens, _ = await world.open_household(
            approval={
                "age_min": 12,
                "age_max": 17,
                "children": 2,
                "placement_kinds": ["short_term"],
            }
        )
        await world.catch_up()
        client = _client(app, world)
        why_not = await client.referral_matches(referral_id, holder_id=teens)
        assert [(e.holder_id, e.reasons[0].rule) for e in why_not.excluded] == [
            (teens, "age_range")
        ]
        lag = await client.read_model_lag()
        assert {f.feed: f.events_behind for f in lag.feeds} == {"referrals": 0, "vacancies": 0}

    async def test_another_agency_gets_typed_not_found(self, app, world):
        referral_id = await world.send_referral()
        await world.open_household()
        await world.catch_up()
        with pytest.raises(NotFound):
            await _client(app, world, AGENCY_B).referral_matches(referral_id)

    async def test_settings_round_trip_and_bad_weights_are_refused(self, app, world):
        client = _client(app, world)
        updated = await client.update_settings(MatchingSettingsUpdate(weights={"own_area": 2.0}))
        assert updated.weights["own_area"] == 2.0
        assert (await client.get_settings()).weights["own_area"] == 2.0
        with pytest.raises(ValidationFailed):
            await client.update_settings(MatchingSettingsUpdate(weights={"no_such_component": 1}))
