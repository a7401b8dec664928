"""The matching mock, used the way a consumer's tests would use it."""

from __future__ import annotations

import httpx
import pytest
from hearth_contract.clients import MatchingClient
from hearth_contract.matching import (
    CarerDecision,
    CarerDeclineReason,
    ExcludedHome,
    HoldState,
    MatchClose,
    MatchCloseReason,
    MatchCreate,
    MatchList,
    MatchStatus,
    SswDecision,
)
from hearth_contract.mocks.matching import register_mock_matching
from hearth_contract.problems import (
    InvalidState,
    MatchNotFound,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_kit.clock import TEST_NOW

BASE = "http://matching"


@pytest.fixture
def client() -> MatchingClient:
    return MatchingClient(httpx.AsyncClient(base_url=BASE), "token")


def _ranking(referral_id: str) -> MatchList:
    exclusions = {
        "considered": 0,
        "excluded": 0,
        "by_reason": [],
        "single_change": None,
        "text": "No homes were considered.",
    }
    return MatchList.model_validate(
        {
            "referral_id": referral_id,
            "generated_at": "2026-11-23T09:00:00Z",
            "homes": [],
            "exclusions": exclusions,
        }
    )


class TestMatchingMock:
    async def test_rankings_are_what_the_test_gives(self, respx_mock, client):
        mock = register_mock_matching(respx_mock, BASE, now=lambda: TEST_NOW)
        mock.add_ranking("r-1", _ranking("r-1"))
        assert (await client.referral_matches("r-1")).referral_id == "r-1"
        with pytest.raises(ReferralNotFound):
            await client.referral_matches("r-2")

    async def test_why_not_one_home_and_how_current_the_answer_is(self, respx_mock, client):
        mock = register_mock_matching(respx_mock, BASE, now=lambda: TEST_NOW)
        ranking = _ranking("r-1")
        reason = {"rule": "age_range", "verdict": "exclude", "reason": "Approved for 0 to 11."}
        ranking.excluded = [
            ExcludedHome.model_validate(
                {"holder_id": h, "holder_kind": "household", "name": h, "reasons": [reason]}
            )
            for h in ("h-1", "smiths")
        ]
        mock.add_ranking("r-1", ranking)
        why_not = await client.referral_matches("r-1", holder_id="smiths")
        assert [e.holder_id for e in why_not.excluded] == ["smiths"]
        lag = await client.read_model_lag()
        assert [f.events_behind for f in lag.feeds] == [0, 0]

    async def test_decisions_follow_the_services_order(self, respx_mock, client):
        mock = register_mock_matching(respx_mock, BASE, now=lambda: TEST_NOW)
        match = (await client.propose(MatchCreate(referral_id="r-1", vacancy_id="v-1"))).value
        with pytest.raises(InvalidState):
            await client.carer_decision(match.id, CarerDecision(accepts=True))
        await client.ssw_decision(match.id, SswDecision(agrees=True, reason="Good fit"))
        with pytest.raises(ValidationFailed):
            await client.carer_decision(match.id, CarerDecision(accepts=False))
        declined = await client.carer_decision(
            match.id, CarerDecision(accepts=False, reason_code=CarerDeclineReason.TIMING)
        )
        assert declined.status is MatchStatus.DECLINED
        assert mock.matches[match.id].status is MatchStatus.DECLINED
        with pytest.raises(MatchNotFound):
            await client.get_match("nope")

    async def test_a_sibling_group_is_proposed_for_its_places_and_closed_with_a_reason(
        self, respx_mock, client
    ):
        mock = register_mock_matching(respx_mock, BASE, now=lambda: TEST_NOW)
        match = (
            await client.propose(MatchCreate(referral_id="r-1", vacancy_ids=["v-1", "v-2"]))
        ).value
        assert (match.vacancy_id, match.vacancy_ids) == ("v-1", ["v-1", "v-2"])
        closed = await client.close_match(
            match.id, MatchClose(reason_code=MatchCloseReason.PLACED_ELSEWHERE)
        )
        assert (closed.status, closed.hold) == (MatchStatus.CLOSED, HoldState.RELEASED)
        assert mock.matches[match.id].steps[-1].reason_code == "placed_elsewhere"
        with pytest.raises(InvalidState):
            await client.close_match(match.id, MatchClose(reason_code=MatchCloseReason.OTHER))

    def test_a_proposal_names_its_places_one_way(self):
        with pytest.raises(ValueError):
            MatchCreate(referral_id="r-1")
        with pytest.raises(ValueError):
            MatchCreate(referral_id="r-1", vacancy_id="v-1", vacancy_ids=["v-2"])
        with pytest.raises(ValueError):
            MatchCreate(referral_id="r-1", vacancy_ids=["v-1", "v-1"])
