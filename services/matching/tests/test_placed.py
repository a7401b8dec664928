"""The LA accepted the offer: the offers service closes the match as placed (service token,
``matching:place``), keeping its filled place; the child's other matches close."""

from __future__ import annotations

import uuid

import pytest
from hearth_contract.auth import CallerKind, Scope
from matching_testkit import AGENCY_A, AGENCY_B
from test_lifecycle import _carer_accepts, _match, _propose, _ssw_agrees


def _offers(tokens, scopes) -> dict[str, str]:
    return tokens.headers(
        CallerKind.SERVICE, None, scopes, subject="hearth-offers", client_id="hearth-offers"
    )


@pytest.fixture
def offers(tokens) -> dict[str, str]:
    return _offers(tokens, [Scope.MATCHING_PLACE])


async def _two_agencies(client, world) -> tuple[str, str, str, str, str]:
    """A referral sent to two agencies; A's match agreed, B's proposed, each holding a place."""
    referral_id = await world.send_referral(agency_ids=(AGENCY_A, AGENCY_B))
    _, place_a = await world.open_household()
    _, place_b = await world.open_household(AGENCY_B)
    await world.catch_up()
    mine = (await _propose(client, world, referral_id, place_a)).json()["id"]
    await _ssw_agrees(client, world, mine)
    assert (await _carer_accepts(client, world, mine)).json()["status"] == "ready_for_offer"
    theirs = await _propose(client, world, referral_id, place_b, agency=AGENCY_B)
    assert theirs.status_code == 201, theirs.text
    return referral_id, place_a, place_b, mine, theirs.json()["id"]


async def _place(world, vacancy_id: str, agency_id: str = AGENCY_A) -> tuple[str, str | None]:
    read = await world.vacancies.get(
        f"/v1/vacancies/{vacancy_id}", headers=world.officer(agency_id)
    )
    return read.json()["state"], read.json()["referral_id"]


async def _fill(world, tokens, vacancy_id: str, referral_id: str) -> None:
    filled = await world.vacancies.post(
        f"/v1/vacancies/{vacancy_id}/fill",
        headers=_offers(tokens, [Scope.VACANCIES_FILL]),
        json={"referral_id": referral_id},
    )
    assert filled.status_code == 200, filled.text


class TestClosedAsPlaced:
    async def test_the_match_keeps_its_filled_place_and_the_others_close(
        self, client, world, tokens, offers
    ):
        referral_id, place_a, place_b, mine, theirs = await _two_agencies(client, world)
        await _fill(world, tokens, place_a, referral_id)
        # matching reads the filled place from vacancies' feed first: still the child's
        await world.catch_up()
        assert (await _match(client, world, mine))["status"] == "ready_for_offer"

        placed = await client.post(
            f"/v1/matches/{mine}/placed", headers=offers, json={"offer_id": "offer-1"}
        )
        assert placed.status_code == 200, placed.text
        body = placed.json()
        assert (body["status"], body["hold"]) == ("closed", "filled")
        assert (body["steps"][-1]["step"], body["steps"][-1]["reason_code"]) == (
            "placed",
            "placed",
        )
        assert await _place(world, place_a) == ("filled", referral_id)
        other = await client.get(f"/v1/matches/{theirs}", headers=world.officer(AGENCY_B))
        assert (other.json()["status"], other.json()["hold"]) == ("closed", "released")
        assert other.json()["steps"][-1]["reason_code"] == "placed_elsewhere"
        assert await _place(world, place_b, AGENCY_B) == ("available", None)

        again = await client.post(
            f"/v1/matches/{mine}/placed", headers=offers, json={"offer_id": "offer-1"}
        )
        assert again.status_code == 200  # a retry: answered as it is
        assert again.json()["version"] == body["version"]
        await world.catch_up()
        assert (await _match(client, world, mine))["hold"] == "filled"

    async def test_the_referral_placed_first_leaves_the_winning_match_to_the_call(
        self, client, world, tokens, offers
    ):
        # The offers service asks matching and referrals at the same moment: matching may
        # read the referral placed on its feed before the call closes the match.
        referral_id, place_a, place_b, mine, theirs = await _two_agencies(client, world)
        await _fill(world, tokens, place_a, referral_id)
        placed_referral = await world.referrals.post(
            f"/v1/referrals/{referral_id}/placed",
            headers=_offers(tokens, [Scope.REFERRALS_PLACE]),
            json={"agency_id": AGENCY_A, "offer_id": "offer-1"},
        )
        assert placed_referral.status_code == 200, placed_referral.text
        await world.catch_up()
        assert (await _match(client, world, mine))["status"] == "ready_for_offer"
        other = await client.get(f"/v1/matches/{theirs}", headers=world.officer(AGENCY_B))
        assert (other.json()["status"], other.json()["hold"]) == ("closed", "released")
        assert other.json()["steps"][-1]["reason_code"] == "placed_elsewhere"
        assert await _place(world, place_b, AGENCY_B) == ("available", None)

        placed = await client.post(
            f"/v1/matches/{mine}/placed", headers=offers, json={"offer_id": "offer-1"}
        )
        assert placed.status_code == 200, placed.text
        assert (placed.json()["status"], placed.json()["hold"]) == ("closed", "filled")
        assert await _place(world, place_a) == ("filled", referral_id)

    async def test_a_match_not_ready_for_an_offer_is_409(self, client, world, offers):
        *_, theirs = await _two_agencies(client, world)
        refused = await client.post(
            f"/v1/matches/{theirs}/placed", headers=offers, json={"offer_id": "offer-1"}
        )
        assert refused.status_code == 409
        assert refused.headers["content-type"] == "application/problem+json"

    async def test_an_unknown_match_is_404(self, client, offers):
        missing = await client.post(
            f"/v1/matches/{uuid.uuid4()}/placed", headers=offers, json={"offer_id": "offer-1"}
        )
        assert missing.status_code == 404

    @pytest.mark.parametrize(
        ("kind", "tenant", "scopes"),
        [
            (CallerKind.SERVICE, None, [Scope.MATCHING_DECIDE, Scope.MATCHING_READ]),
            (CallerKind.AGENCY, AGENCY_A, [Scope.MATCHING_PLACE, Scope.MATCHING_DECIDE]),
            (CallerKind.LA, "E10000016", [Scope.MATCHING_PLACE]),
        ],
    )
    async def test_only_a_service_with_the_place_scope_may(
        self, client, world, tokens, kind, tenant, scopes
    ):
        _, _, _, mine, _ = await _two_agencies(client, world)
        refused = await client.post(
            f"/v1/matches/{mine}/placed",
            headers=tokens.headers(kind, tenant, scopes, subject="someone"),
            json={"offer_id": "offer-1"},
        )
        assert refused.status_code == 403, refused.text
        assert (await _match(client, world, mine))["status"] == "ready_for_offer"
