"""The LA's yes carried out in vacancies, matching and referrals (their contract mocks):
each step once, retried until done, visible on the offer while it waits."""

from __future__ import annotations

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.matching import HoldState, MatchStatus
from hearth_contract.offers import AcceptanceProgress, OfferAcceptedData, OfferRead
from hearth_contract.problems import (
    ConcurrentChange,
    DependencyUnavailable,
    DoubleBooking,
    IdempotencyKeyInFlight,
    InvalidState,
    MatchNotFound,
    RateLimited,
)
from hearth_contract.referrals import RecipientStatus, ReferralStatus
from hearth_contract.vacancies import VacancyState
from hearth_offers.acceptance.service import is_refusal
from offers_testkit import AGENCIES


async def _accepting(world, client) -> tuple[dict, dict]:
    """Two agencies' offers for the child; the LA accepts the first."""
    first = await world.sent(AGENCIES[0])
    second = await world.sent(AGENCIES[1])
    world.peers["vacancies"].agency_id = AGENCIES[0]  # the mock serves one agency at a time
    accepted = await client.post(
        f"/v1/offers/{first.json()['id']}/accept",
        json={"start_date": "2026-11-30", "note": "Start after school on Monday"},
        headers={**world.la(), "If-Match": first.headers["ETag"]},
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepting"
    return first.json(), second.json()


def _operator(world) -> dict[str, str]:
    return world.tokens.headers(
        CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN, Scope.METRICS_READ], subject="ops"
    )


async def _read(client, world, offer_id: str) -> OfferRead:
    response = await client.get(f"/v1/offers/{offer_id}", headers=world.la())
    assert response.status_code == 200, response.text
    return OfferRead.model_validate(response.json())


class TestAcceptanceAcrossServices:
    async def test_the_place_is_filled_the_match_placed_and_the_referral_placed(
        self, world, client
    ):
        first, second = await _accepting(world, client)
        offer = await _read(client, world, first["id"])
        assert offer.status == "accepted"
        assert offer.acceptance == AcceptanceProgress(
            done=["place_filled", "match_placed", "referral_placed"],
            waiting_on=None,
            last_problem=None,
            waits=0,
        )
        agreed, other = world.agreed[AGENCIES[0]], world.agreed[AGENCIES[1]]
        place = world.peers["vacancies"].vacancies[agreed.vacancy_id]
        assert (place.state, place.referral_id) == (VacancyState.FILLED, world.referral_id)
        match = world.peers["matching"].matches[agreed.match_id]
        assert (match.status, match.hold) == (MatchStatus.CLOSED, HoldState.FILLED)
        assert match.steps[-1].reason_code == "placed"
        referral = world.peers["referrals"].referrals[world.referral_id]
        assert referral.status is ReferralStatus.PLACED
        screening = {s.agency_id: s.status for s in referral.screening}
        assert screening[AGENCIES[0]] is RecipientStatus.PLACED
        assert screening[AGENCIES[1]] is not RecipientStatus.PLACED
        # The other agency's place is not touched here: matching releases it.
        assert world.peers["matching"].matches[other.match_id].status is MatchStatus.READY_FOR_OFFER
        lapsed = await client.get(f"/v1/offers/{second['id']}", headers=world.la())
        assert lapsed.json()["status"] == "lapsed"
        types = [e.type for e in await world.feed() if e.subject_id == first["id"]]
        assert types[-2:] == ["offer.accepting", "offer.accepted"]

    async def test_a_service_down_leaves_the_offer_accepting_and_the_loop_resumes(
        self, world, client, app, monkeypatch
    ):
        async def matching_down(match_id: str, offer_id: str) -> None:
            raise DependencyUnavailable("The matching service did not answer.")

        with monkeypatch.context() as outage:
            outage.setattr(app.state.peers, "close_match_as_placed", matching_down)
            first, _ = await _accepting(world, client)
        offer = await _read(client, world, first["id"])
        assert offer.status == "accepting"
        # The match and the referral are asked together once the place is filled.
        assert offer.acceptance == AcceptanceProgress(
            done=["place_filled", "referral_placed"],
            waiting_on="match_placed",
            last_problem="matching:unavailable",
            waits=1,
        )
        assert not [e for e in await world.feed() if e.type == "offer.accepted"]

        # matching is back: the loop (run_as_leader in the service) takes it on from there.
        assert await app.state.acceptance.run_pending() == 1
        assert await app.state.acceptance.run_pending() == 0  # nothing is left, nothing twice
        offer = await _read(client, world, first["id"])
        assert offer.status == "accepted"
        assert offer.acceptance.done == ["place_filled", "match_placed", "referral_placed"]
        accepted = [e for e in await world.feed() if e.type == "offer.accepted"]
        assert len(accepted) == 1
        assert OfferAcceptedData.from_event(accepted[0]).offer_id == first["id"]

    async def test_a_place_filled_for_another_child_fails_and_is_never_double_filled(
        self, world, client, app
    ):
        first = await world.sent(AGENCIES[0])
        offer_id = first.json()["id"]
        agreed = world.agreed[AGENCIES[0]]
        vacancies = world.peers["vacancies"]
        vacancies.agency_id = AGENCIES[0]
        place = vacancies.vacancies[agreed.vacancy_id]
        vacancies.vacancies[agreed.vacancy_id] = place.model_copy(
            update={"state": VacancyState.FILLED, "referral_id": "another-child"}
        )
        accepted = await client.post(
            f"/v1/offers/{offer_id}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": first.headers["ETag"]},
        )
        assert accepted.json()["status"] == "accepting"
        offer = await _read(client, world, offer_id)
        assert offer.status == "accepting"  # the LA's yes is kept
        assert offer.acceptance == AcceptanceProgress(
            done=[],
            waiting_on="place_filled",
            last_problem="vacancies:double-booking",
            waits=1,
            failed=True,
            failed_status=409,
        )
        # Refused for good: the loop does not ask again, the history does not grow.
        assert await app.state.acceptance.pending() == []
        assert await app.state.acceptance.run_pending() == 0
        assert len((await _read(client, world, offer_id)).history) == len(offer.history)
        assert vacancies.vacancies[agreed.vacancy_id].referral_id == "another-child"
        match = world.peers["matching"].matches[agreed.match_id]
        assert match.status is MatchStatus.READY_FOR_OFFER  # nothing past the refused step
        metrics = (await client.get("/metrics", headers=_operator(world))).text
        assert "hearth_offers_acceptances_failed 1.0" in metrics
        assert (
            'hearth_offers_acceptance_refusals_total{problem="double-booking",service="vacancies"}'
            " 1.0" in metrics
        )
        listed = await client.get("/v1/offers:acceptances-failed", headers=_operator(world))
        assert [(a["offer_id"], a["acceptance"]["last_problem"]) for a in listed.json()] == [
            (offer_id, "vacancies:double-booking")
        ]

    async def test_an_operator_retries_once_the_refusal_is_resolved(self, world, client, app):
        first = await world.sent(AGENCIES[0])
        offer_id = first.json()["id"]
        agreed = world.agreed[AGENCIES[0]]
        matching = world.peers["matching"]
        held = matching.matches[agreed.match_id]
        matching.matches.pop(agreed.match_id)  # the match is gone: matching answers 404
        accepted = await client.post(
            f"/v1/offers/{offer_id}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": first.headers["ETag"]},
        )
        assert accepted.status_code == 200, accepted.text
        offer = await _read(client, world, offer_id)
        assert (offer.acceptance.failed, offer.acceptance.failed_status) == (True, 404)
        assert offer.acceptance.waiting_on == "match_placed"
        assert offer.acceptance.last_problem.startswith("matching:")
        assert offer.acceptance.done == ["place_filled", "referral_placed"]

        matching.matches[agreed.match_id] = held  # resolved in matching by a person
        retried = await client.post(
            f"/v1/offers/{offer_id}/acceptance:retry", headers=_operator(world)
        )
        assert retried.status_code == 200, retried.text
        offer = await _read(client, world, offer_id)
        assert offer.status == "accepted"  # the retry ran straight after the answer
        assert offer.acceptance.done == ["place_filled", "match_placed", "referral_placed"]
        assert [s.step for s in offer.history][-3:] == [
            "acceptance_retried",
            "match_placed",
            "accepted",
        ]
        again = await client.post(
            f"/v1/offers/{offer_id}/acceptance:retry", headers=_operator(world)
        )
        assert again.status_code == 409
        assert again.headers["content-type"] == "application/problem+json"
        accepted_events = [e for e in await world.feed() if e.type == "offer.accepted"]
        assert len(accepted_events) == 1

    async def test_only_an_operator_may_retry(self, world, client):
        first, _ = await _accepting(world, client)
        for headers in (world.la(), world.officer()):
            refused = await client.post(
                f"/v1/offers/{first['id']}/acceptance:retry", headers=headers
            )
            assert refused.status_code == 403, refused.text
        missing = await client.post(
            "/v1/offers/00000000-0000-4000-8000-000000000000/acceptance:retry",
            headers=_operator(world),
        )
        assert missing.status_code == 404

    async def test_a_second_acceptance_while_the_first_is_accepting_is_409(self, world, client):
        _first, second = await _accepting(world, client)
        again = await client.post(
            f"/v1/offers/{second['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": "*"},
        )
        assert again.status_code == 409


class TestWhichAnswersAreRefusals:
    @pytest.mark.parametrize(
        ("answer", "refused"),
        [
            (DoubleBooking("The place is filled for another child."), True),
            (MatchNotFound(), True),
            (InvalidState("The match is closed, not ready for an offer."), True),
            (ConcurrentChange("Another request changed it."), False),  # a lost race
            (IdempotencyKeyInFlight("In progress."), False),
            (RateLimited("Too many requests."), False),
            (DependencyUnavailable("The service did not answer."), False),
            (httpx.ConnectTimeout("timed out"), False),
        ],
    )
    def test_only_a_no_for_good_is_a_refusal(self, answer, refused):
        assert is_refusal(answer) is refused
