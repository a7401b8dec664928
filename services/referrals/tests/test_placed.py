"""The LA accepted an agency's offer: the offers service marks the referral placed with that
agency (service token, ``referrals:place``); nobody else may."""

from __future__ import annotations

import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, referral_body, send


@pytest.fixture
def offers(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.SERVICE,
        None,
        [Scope.REFERRALS_PLACE],
        subject="hearth-offers",
        client_id="hearth-offers",
    )


@pytest.fixture
async def referral_id(client, la_headers, agency_a, agencies) -> str:
    sent = await send(client, la_headers, referral_body(agency_ids=(AGENCY_A, AGENCY_B)))
    assert sent.status_code == 201, sent.text
    referral_id = sent.json()["id"]
    for step in ("acknowledge", "progress"):
        moved = await client.post(f"/v1/referrals/{referral_id}/{step}", headers=agency_a)
        assert moved.status_code == 200, moved.text
    return referral_id


def _placed(client, referral_id: str, headers, agency_id: str = AGENCY_A):
    return client.post(
        f"/v1/referrals/{referral_id}/placed",
        json={"agency_id": agency_id, "offer_id": "offer-1"},
        headers=headers,
    )


class TestPlacedWithAnAgency:
    async def test_the_referral_and_that_agencys_screening_are_placed_once(
        self, app, client, la_headers, offers, referral_id, operator_headers
    ):
        placed = await _placed(client, referral_id, offers)
        assert placed.status_code == 200, placed.text
        assert placed.json()["status"] == "placed"
        read = (await client.get(f"/v1/referrals/{referral_id}", headers=la_headers)).json()
        screening = {s["agency_id"]: s["status"] for s in read["screening"]}
        assert screening == {AGENCY_A: "placed", AGENCY_B: "new"}
        again = await _placed(client, referral_id, offers)
        assert again.status_code == 200  # a retry: answered as it is
        assert again.headers["ETag"] == placed.headers["ETag"]
        await settle_feed(app.state.database)
        events = (await client.get("/v1/events?limit=1000", headers=operator_headers)).json()
        placed_events = [e for e in events["items"] if e["type"] == "referral.placed"]
        assert [(e["data"]["agency_id"], e["data"]["status"]) for e in placed_events] == [
            (AGENCY_A, "placed")
        ]

    async def test_placed_with_another_agency_or_withdrawn_is_409(
        self, client, la_headers, offers, referral_id
    ):
        assert (await _placed(client, referral_id, offers)).status_code == 200
        other = await _placed(client, referral_id, offers, AGENCY_B)
        assert other.status_code == 409
        assert other.json()["type"].endswith("/invalid-state")
        fresh = (
            await send(client, la_headers, referral_body(seed=2, agency_ids=(AGENCY_A,)))
        ).json()["id"]
        await client.post(
            f"/v1/referrals/{fresh}/withdraw", json={"reason": "Family"}, headers=la_headers
        )
        assert (await _placed(client, fresh, offers)).status_code == 409

    async def test_an_agency_the_referral_was_not_sent_to_is_404(self, client, offers, referral_id):
        missing = await _placed(client, referral_id, offers, "agency-c")
        assert missing.status_code == 404

    @pytest.mark.parametrize(
        ("kind", "tenant", "scopes"),
        [
            (CallerKind.SERVICE, None, [Scope.REFERRALS_READ, Scope.AGENCY_ADMIN]),
            (CallerKind.AGENCY, AGENCY_A, [Scope.REFERRALS_PLACE, Scope.REFERRALS_SCREEN]),
            (CallerKind.LA, KENT, [Scope.REFERRALS_PLACE, Scope.REFERRALS_SUBMIT]),
        ],
    )
    async def test_only_a_service_with_the_place_scope_may(
        self, client, la_headers, tokens, referral_id, kind, tenant, scopes
    ):
        refused = await _placed(
            client, referral_id, tokens.headers(kind, tenant, scopes, subject="someone")
        )
        assert refused.status_code == 403, refused.text
        read = (await client.get(f"/v1/referrals/{referral_id}", headers=la_headers)).json()
        assert read["status"] == "open"
