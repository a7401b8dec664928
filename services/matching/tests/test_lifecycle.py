"""A match's life beyond the happy path: places deleted, referrals withdrawn or closed,
sibling groups holding several places, and records not yet read from the feeds."""

from __future__ import annotations

from matching_testkit import AGENCY_A

# Carers approved for sibling groups (a group of two or more needs it: RULES.md).
SIBLINGS_APPROVED = {
    "age_min": 0,
    "age_max": 17,
    "children": 2,
    "placement_kinds": ["emergency", "short_term", "long_term", "sibling_group"],
}


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


async def _place(world, vacancy_id: str) -> tuple[str, str | None]:
    read = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=world.officer())
    return read.json()["state"], read.json()["referral_id"]


async def _ready_for_offer(client, world) -> tuple[str, str, str]:
    referral_id = await world.send_referral()
    _, vacancy_id = await world.open_household()
    await world.catch_up()
    proposed = await _propose(client, world, referral_id, vacancy_id)
    assert proposed.status_code == 201, proposed.text
    match_id = proposed.json()["id"]
    await _ssw_agrees(client, world, match_id)
    accepted = await _carer_accepts(client, world, match_id)
    assert accepted.json()["status"] == "ready_for_offer", accepted.text
    return referral_id, vacancy_id, match_id


async def _ssw_agrees(client, world, match_id: str):
    return await client.post(
        f"/v1/matches/{match_id}/ssw-decision",
        headers=world.officer(),
        json={"agrees": True, "reason": "Experienced with this age"},
    )


async def _carer_accepts(client, world, match_id: str):
    return await client.post(
        f"/v1/matches/{match_id}/carer-decision", headers=world.officer(), json={"accepts": True}
    )


async def _withdraw(world, referral_id: str) -> None:
    withdrawn = await world.referrals.post(
        f"/v1/referrals/{referral_id}/withdraw",
        headers=world.la,
        json={"reason": "Placed with family"},
    )
    assert withdrawn.status_code == 200, withdrawn.text


async def _match(client, world, match_id: str) -> dict:
    read = await client.get(f"/v1/matches/{match_id}", headers=world.officer())
    assert read.status_code == 200, read.text
    return read.json()


class TestAWithdrawnReferral:
    async def test_the_feed_closes_a_ready_for_offer_match_and_frees_its_place(self, client, world):
        referral_id, vacancy_id, match_id = await _ready_for_offer(client, world)
        await _withdraw(world, referral_id)
        await world.catch_up()
        match = await _match(client, world, match_id)
        assert (match["status"], match["hold"]) == ("closed", "released")
        closed = match["steps"][-1]
        assert (closed["step"], closed["reason_code"]) == ("closed", "referral_withdrawn")
        assert closed["actor"] == "service:hearth-matching:referrals-feed"
        assert await _place(world, vacancy_id) == ("available", None)
        # The bed is free for another child, claimed by one live match only.
        other = await world.send_referral()
        await world.catch_up()
        again = await _propose(client, world, other, vacancy_id)
        assert again.status_code == 201, again.text
        assert await _place(world, vacancy_id) == ("on_hold", other)
        assert await world.catch_up() > 0  # the hold's events change no closed match
        assert (await _match(client, world, match_id))["status"] == "closed"

    async def test_an_agency_closing_the_referral_closes_only_its_own_matches(
        self, client, world, tokens
    ):
        from hearth_contract.auth import CallerKind, Scope
        from matching_testkit import AGENCY_B

        referral_id = await world.send_referral(agency_ids=(AGENCY_A, AGENCY_B))
        _, place_a = await world.open_household()
        _, place_b = await world.open_household(AGENCY_B)
        await world.catch_up()
        mine = (await _propose(client, world, referral_id, place_a)).json()["id"]
        theirs = await _propose(client, world, referral_id, place_b, agency=AGENCY_B)
        assert theirs.status_code == 201, theirs.text
        screener = tokens.headers(
            CallerKind.AGENCY, AGENCY_A, [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN]
        )
        closed = await world.referrals.post(
            f"/v1/referrals/{referral_id}/close", headers=screener, json={}
        )
        assert closed.status_code == 200, closed.text
        await world.catch_up()
        match = await _match(client, world, mine)
        assert (match["status"], match["steps"][-1]["reason_code"]) == (
            "closed",
            "referral_closed",
        )
        assert await _place(world, place_a) == ("available", None)
        other = await client.get(
            f"/v1/matches/{theirs.json()['id']}", headers=world.officer(AGENCY_B)
        )
        assert (other.json()["status"], other.json()["hold"]) == ("proposed", "held")


class TestClosingAMatch:
    async def test_an_officer_closes_with_a_coded_reason_and_the_place_is_freed(
        self, client, world
    ):
        _referral_id, vacancy_id, match_id = await _ready_for_offer(client, world)
        closed = await client.post(
            f"/v1/matches/{match_id}/close",
            headers=world.officer(),
            json={"reason_code": "offer_declined_by_la", "note": "LA chose a closer home"},
        )
        assert closed.status_code == 200, closed.text
        body = closed.json()
        assert (body["status"], body["hold"]) == ("closed", "released")
        assert body["steps"][-1]["reason_code"] == "offer_declined_by_la"
        assert await _place(world, vacancy_id) == ("available", None)
        twice = await client.post(
            f"/v1/matches/{match_id}/close",
            headers=world.officer(),
            json={"reason_code": "other"},
        )
        assert twice.status_code == 409
        assert twice.headers["content-type"] == "application/problem+json"

    async def test_an_uncoded_reason_is_refused(self, client, world):
        _, _, match_id = await _ready_for_offer(client, world)
        refused = await client.post(
            f"/v1/matches/{match_id}/close",
            headers=world.officer(),
            json={"reason_code": "changed_my_mind"},
        )
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["pointer"] == "/reason_code"

    async def test_a_place_released_in_vacancies_is_not_released_again_for_another_child(
        self, client, world
    ):
        _referral_id, vacancy_id, match_id = await _ready_for_offer(client, world)
        released = await world.vacancies.post(
            f"/v1/vacancies/{vacancy_id}/release", headers=world.officer()
        )
        assert released.status_code == 200, released.text
        other = await world.send_referral()
        held = await world.vacancies.post(
            f"/v1/vacancies/{vacancy_id}/hold", headers=world.officer(), json={"referral_id": other}
        )
        assert held.status_code == 200, held.text
        closed = await client.post(
            f"/v1/matches/{match_id}/close", headers=world.officer(), json={"reason_code": "other"}
        )
        assert (closed.json()["status"], closed.json()["hold"]) == ("closed", "released")
        assert await _place(world, vacancy_id) == ("on_hold", other)


class TestAHoldLostInVacancies:
    async def test_a_place_released_there_closes_the_match_so_one_bed_has_one_match(
        self, client, world
    ):
        referral_id, vacancy_id, match_id = await _ready_for_offer(client, world)
        released = await world.vacancies.post(
            f"/v1/vacancies/{vacancy_id}/release", headers=world.officer()
        )
        assert released.status_code == 200, released.text
        await world.catch_up()
        match = await _match(client, world, match_id)
        assert (match["status"], match["hold"]) == ("closed", "released")
        assert match["steps"][-1]["reason_code"] == "place_no_longer_available"
        assert match["steps"][-1]["actor"] == "service:hearth-matching:vacancies-feed"
        other = await world.send_referral()
        await world.catch_up()
        again = await _propose(client, world, other, vacancy_id)
        assert again.status_code == 201, again.text
        await world.catch_up()
        live = [
            m
            for r in (referral_id, other)
            for m in (
                await client.get(f"/v1/referrals/{r}/proposed-matches", headers=world.officer())
            ).json()
            if m["status"] not in ("closed", "declined", "not_agreed")
        ]
        assert [(m["referral_id"], m["hold"]) for m in live] == [(other, "held")]

    async def test_one_sibling_place_lost_releases_the_other(self, client, world):
        referral_id = await world.send_referral(siblings=2)
        household_id, first = await world.open_household(approval=SIBLINGS_APPROVED)
        second = await _open_place(world, household_id)
        await world.catch_up()
        match_id = (await _propose(client, world, referral_id, first, second)).json()["id"]
        await world.catch_up()  # the holds' own events change nothing
        assert (await _match(client, world, match_id))["status"] == "proposed"
        await world.vacancies.post(f"/v1/vacancies/{second}/release", headers=world.officer())
        await world.catch_up()
        match = await _match(client, world, match_id)
        assert (match["status"], match["hold"]) == ("closed", "released")
        assert await _place(world, first) == ("available", None)


class TestDecisionsOnAReferralNoLongerOpen:
    async def test_a_carer_cannot_accept_once_the_la_has_withdrawn(self, client, world):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        match_id = (await _propose(client, world, referral_id, vacancy_id)).json()["id"]
        await _ssw_agrees(client, world, match_id)
        await _withdraw(world, referral_id)  # the feed has not been read yet
        refused = await _carer_accepts(client, world, match_id)
        assert refused.status_code == 409, refused.text
        assert refused.json()["type"].endswith("/referral-not-open")
        assert (await _match(client, world, match_id))["status"] == "awaiting_carer"

    async def test_once_the_feed_is_read_no_decision_is_taken(self, client, world):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        match_id = (await _propose(client, world, referral_id, vacancy_id)).json()["id"]
        await _withdraw(world, referral_id)
        await world.catch_up()
        refused = await _ssw_agrees(client, world, match_id)
        assert refused.status_code == 409, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert (await _match(client, world, match_id))["status"] == "closed"


class TestASiblingGroup:
    async def test_one_match_holds_a_place_for_each_sibling_in_one_home(self, client, world):
        referral_id = await world.send_referral(siblings=2)
        household_id, first = await world.open_household(approval=SIBLINGS_APPROVED)
        second = await _open_place(world, household_id)
        await world.catch_up()
        proposed = await _propose(client, world, referral_id, first, second)
        assert proposed.status_code == 201, proposed.text
        assert proposed.json()["vacancy_ids"] == [first, second]
        assert proposed.json()["vacancy_id"] == first
        assert await _place(world, first) == ("on_hold", referral_id)
        assert await _place(world, second) == ("on_hold", referral_id)
        not_agreed = await client.post(
            f"/v1/matches/{proposed.json()['id']}/ssw-decision",
            headers=world.officer(),
            json={"agrees": False, "reason": "Not for these two"},
        )
        assert not_agreed.json()["hold"] == "released"
        assert await _place(world, first) == ("available", None)
        assert await _place(world, second) == ("available", None)

    async def test_one_place_for_two_siblings_is_refused(self, client, world):
        referral_id = await world.send_referral(siblings=2)
        household_id, first = await world.open_household(approval=SIBLINGS_APPROVED)
        await _open_place(world, household_id)
        await world.catch_up()
        refused = await _propose(client, world, referral_id, first)
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["code"] == "one_place_per_child"
        assert await _place(world, first) == ("available", None)

    async def test_places_in_two_homes_are_refused(self, client, world):
        referral_id = await world.send_referral(siblings=2)
        _, first = await world.open_household(approval=SIBLINGS_APPROVED)
        _, elsewhere = await world.open_household(name="Elsewhere", approval=SIBLINGS_APPROVED)
        await world.catch_up()
        refused = await _propose(client, world, referral_id, first, elsewhere)
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["code"] == "different_homes"

    async def test_all_or_none_a_taken_second_place_releases_the_first(self, client, world):
        referral_id = await world.send_referral(siblings=2)
        household_id, first = await world.open_household(approval=SIBLINGS_APPROVED)
        second = await _open_place(world, household_id)
        await world.catch_up()
        other = await world.send_referral()
        taken = await world.vacancies.post(
            f"/v1/vacancies/{second}/hold", headers=world.officer(), json={"referral_id": other}
        )
        assert taken.status_code == 200, taken.text
        refused = await _propose(client, world, referral_id, first, second)  # feed not read
        assert refused.status_code == 409, refused.text
        assert refused.json()["type"].endswith("/double-booking")
        assert await _place(world, first) == ("available", None)
        assert await _place(world, second) == ("on_hold", other)
        listed = await client.get(
            f"/v1/referrals/{referral_id}/proposed-matches", headers=world.officer()
        )
        assert listed.json() == []


class TestAReferralNotYetRead:
    async def test_it_is_not_yet_available_with_the_feeds_lag_not_404(self, client, world, clock):
        from matching_testkit import AGENCY_B

        await world.open_household()
        await world.catch_up()  # the feed read to its end now
        referral_id = await world.send_referral()
        clock.advance(seconds=30)
        unread = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert unread.status_code == 409, unread.text
        assert unread.headers["content-type"] == "application/problem+json"
        assert unread.json()["type"].endswith("/not-yet-available")
        assert unread.headers["Retry-After"] == "30"
        not_theirs = await client.get(
            f"/v1/referrals/{referral_id}/matches", headers=world.officer(AGENCY_B)
        )
        assert not_theirs.status_code == 404
        await world.catch_up()
        read = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert read.status_code == 200, read.text

    async def test_proposing_for_it_is_not_yet_available(self, client, world):
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        referral_id = await world.send_referral()
        refused = await _propose(client, world, referral_id, vacancy_id)
        assert refused.status_code == 409, refused.text
        assert refused.json()["type"].endswith("/not-yet-available")
        assert int(refused.headers["Retry-After"]) >= 1
        assert await _place(world, vacancy_id) == ("available", None)

    async def test_a_withdrawn_referral_is_no_longer_open_not_missing(self, client, world):
        referral_id = await world.send_referral()
        await world.catch_up()
        await _withdraw(world, referral_id)
        await world.catch_up()
        gone = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert gone.status_code == 409, gone.text
        assert gone.json()["type"].endswith("/referral-not-open")

    async def test_an_unknown_referral_is_still_404(self, client, world):
        unknown = await client.get(
            "/v1/referrals/0b8e3c1e-7a39-4c52-9d8e-2f1f0c6a1d11/matches", headers=world.officer()
        )
        assert unknown.status_code == 404
        assert unknown.json()["type"].endswith("/referral-not-found")


class TestAPlaceNotYetRead:
    async def test_it_is_not_yet_available_for_its_agency_and_404_for_others(self, client, world):
        from matching_testkit import AGENCY_B

        referral_id = await world.send_referral()
        await world.catch_up()
        _, vacancy_id = await world.open_household()
        unread = await client.get(f"/v1/vacancies/{vacancy_id}/matches", headers=world.officer())
        assert unread.status_code == 409, unread.text
        assert unread.json()["type"].endswith("/not-yet-available")
        assert int(unread.headers["Retry-After"]) >= 1
        proposed = await _propose(client, world, referral_id, vacancy_id)
        assert proposed.status_code == 409, proposed.text
        assert proposed.json()["type"].endswith("/not-yet-available")
        not_theirs = await client.get(
            f"/v1/vacancies/{vacancy_id}/matches", headers=world.officer(AGENCY_B)
        )
        assert not_theirs.status_code == 404
        await world.catch_up()
        read = await client.get(f"/v1/vacancies/{vacancy_id}/matches", headers=world.officer())
        assert read.status_code == 200, read.text
