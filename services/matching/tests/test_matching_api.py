"""The matching API on both databases, fed from the real referrals and vacancies apps."""

from __future__ import annotations

from hearth_contract.auth import CallerKind, Scope
from matching_testkit import AGENCY_A, AGENCY_B, KENT
from vacancies_testkit import settle_feed


class TestReferralMatches:
    async def test_the_consumer_catches_up_and_ranks_the_agencys_homes(self, client, world):
        referral_id = await world.send_referral()
        await world.open_household()
        await world.open_household(pets=["dog"], name="Pets household")
        await world.open_household(
            approval={
                "age_min": 12,
                "age_max": 17,
                "children": 2,
                "placement_kinds": ["short_term"],
            },
            name="Teens",
        )
        await world.open_household(AGENCY_B)
        assert await world.catch_up() > 0
        response = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["homes"]) == 2
        assert body["homes"][0]["rank"] == 1
        assert {c["component"] for c in body["homes"][0]["components"]} >= {
            "school_distance",
            "family_time_distance",
            "own_area",
        }
        assert body["exclusions"]["considered"] == 3  # agency B's home is not considered
        assert body["exclusions"]["by_reason"] == [
            {"rule": "age_range", "title": "age range", "count": 1}
        ]

    async def test_every_excluded_home_is_named_with_its_reasons_a_page_at_a_time(
        self, client, world
    ):
        referral_id = await world.send_referral()
        await world.open_household()
        teens, _ = await world.open_household(
            approval={
                "age_min": 12,
                "age_max": 17,
                "children": 2,
                "placement_kinds": ["short_term"],
            },
            name="Teens",
        )
        smiths = await world.vacancies.post(
            "/v1/households",
            headers=world.officer(),
            json={
                "name": "Smiths",
                "carers": [{"name": "Jo Smith"}],
                "approval": {
                    "age_min": 0,
                    "age_max": 17,
                    "children": 2,
                    "placement_kinds": ["short_term"],
                },
                "bedrooms": 3,
                "postcode": "ME14 1XX",
                "supervising_social_worker": {"name": "Alex Worker"},
            },
        )
        assert smiths.status_code == 201, smiths.text
        smiths_id = smiths.json()["id"]
        await world.catch_up()
        url = f"/v1/referrals/{referral_id}/matches"
        body = (await client.get(url, headers=world.officer())).json()
        assert body["excluded_total"] == 2
        reasons = {e["holder_id"]: [r["rule"] for r in e["reasons"]] for e in body["excluded"]}
        assert reasons[teens] == ["age_range"]
        assert reasons[smiths_id][0] == "vacancy_not_available"
        assert body["excluded_next_offset"] is None
        first = await client.get(url, params={"excluded_limit": 1}, headers=world.officer())
        assert len(first.json()["excluded"]) == 1 and first.json()["excluded_next_offset"] == 1
        why_not = await client.get(url, params={"holder_id": smiths_id}, headers=world.officer())
        [smiths_line] = why_not.json()["excluded"]
        assert (smiths_line["name"], smiths_line["reasons"][0]["verdict"]) == ("Smiths", "exclude")

    async def test_another_agency_and_an_la_see_nothing(self, client, world, tokens):
        referral_id = await world.send_referral()
        await world.open_household()
        await world.catch_up()
        other = await client.get(
            f"/v1/referrals/{referral_id}/matches", headers=world.officer(AGENCY_B)
        )
        assert other.status_code == 404
        la = tokens.headers(CallerKind.LA, KENT, [Scope.MATCHING_READ])
        assert (
            await client.get(f"/v1/referrals/{referral_id}/matches", headers=la)
        ).status_code == 403

    async def test_a_saved_run_keeps_what_was_considered(self, client, world):
        referral_id = await world.send_referral()
        await world.open_household()
        await world.catch_up()
        saved = await client.post(
            f"/v1/referrals/{referral_id}/match-runs", headers=world.officer()
        )
        assert saved.status_code == 201, saved.text
        read = await client.get(f"/v1/match-runs/{saved.json()['id']}", headers=world.officer())
        assert (
            read.json()["result"]["homes"][0]["holder_id"]
            == saved.json()["result"]["homes"][0]["holder_id"]
        )
        assert (
            await client.get(
                f"/v1/match-runs/{saved.json()['id']}", headers=world.officer(AGENCY_B)
            )
        ).status_code == 404


class TestVacancyMatches:
    async def test_a_free_carer_sees_the_open_referrals_that_fit(self, client, world):
        fits = await world.send_referral()
        await world.send_referral(setting="residential")
        await world.send_referral(agency_ids=(AGENCY_B,))
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        response = await client.get(f"/v1/vacancies/{vacancy_id}/matches", headers=world.officer())
        assert response.status_code == 200, response.text
        assert [r["referral_id"] for r in response.json()["referrals"]] == [fits]
        assert response.json()["exclusions"]["by_reason"][0]["rule"] == "setting"


class TestDecisions:
    async def test_propose_ssw_agree_carer_accept_holds_the_place(self, client, world):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        officer = world.officer()
        proposed = await client.post(
            "/v1/matches",
            headers=officer,
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        )
        assert proposed.status_code == 201, proposed.text
        match_id = proposed.json()["id"]
        place = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=officer)
        assert (place.json()["state"], place.json()["referral_id"]) == ("on_hold", referral_id)
        too_soon = await client.post(
            f"/v1/matches/{match_id}/carer-decision", headers=officer, json={"accepts": True}
        )
        assert too_soon.status_code == 409
        agreed = await client.post(
            f"/v1/matches/{match_id}/ssw-decision",
            headers=officer,
            json={"agrees": True, "reason": "Experienced with this age"},
        )
        assert agreed.json()["status"] == "awaiting_carer"
        accepted = await client.post(
            f"/v1/matches/{match_id}/carer-decision", headers=officer, json={"accepts": True}
        )
        body = accepted.json()
        assert body["status"] == "ready_for_offer"
        assert [(s["step"], s["outcome"]) for s in body["steps"]] == [
            ("proposed", "proposed"),
            ("ssw_decision", "agreed"),
            ("carer_decision", "accepted"),
            ("ready_for_offer", "ready"),
        ]
        assert all(s["actor"] == f"agency:{AGENCY_A}:officer-{AGENCY_A}" for s in body["steps"])
        await settle_feed(world.app)  # PostgreSQL serves events once older transactions end
        events = await client.get(
            "/v1/events",
            headers=world.tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ]),
        )
        assert [e["type"] for e in events.json()["items"]] == [
            "match.proposed",
            "match.ssw_agreed",
            "match.accepted",
            "match.ready_for_offer",
        ]

    async def test_a_carers_decline_needs_a_coded_reason_and_releases_the_place(
        self, client, world
    ):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        officer = world.officer()
        match_id = (
            await client.post(
                "/v1/matches",
                headers=officer,
                json={"referral_id": referral_id, "vacancy_id": vacancy_id},
            )
        ).json()["id"]
        await client.post(
            f"/v1/matches/{match_id}/ssw-decision",
            headers=officer,
            json={"agrees": True, "reason": "Fine"},
        )
        uncoded = await client.post(
            f"/v1/matches/{match_id}/carer-decision", headers=officer, json={"accepts": False}
        )
        assert uncoded.status_code == 422
        declined = await client.post(
            f"/v1/matches/{match_id}/carer-decision",
            headers=officer,
            json={"accepts": False, "reason_code": "timing"},
        )
        assert (declined.json()["status"], declined.json()["hold"]) == ("declined", "released")
        place = await world.vacancies.get(f"/v1/vacancies/{vacancy_id}", headers=officer)
        assert place.json()["state"] == "available"

    async def test_an_excluded_home_cannot_be_proposed(self, client, world):
        referral_id = await world.send_referral()
        _, vacancy_id = await world.open_household(pets=["dog"])
        await world.catch_up()
        refused = await client.post(
            "/v1/matches",
            headers=world.officer(),
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        )
        # The example referral says pets "yes_can", so add a "no" referral for the rule.
        assert refused.status_code == 201
        no_pets = await world.send_referral(pets="no")
        await world.catch_up()
        refused = await client.post(
            "/v1/matches",
            headers=world.officer(),
            json={"referral_id": no_pets, "vacancy_id": vacancy_id},
        )
        assert refused.status_code == 409
        assert refused.json()["exclusions"][0]["rule"] in ("pets", "vacancy_not_available")

    async def test_another_agency_cannot_see_or_decide_a_match(self, client, world):
        referral_id = await world.send_referral(agency_ids=(AGENCY_A, AGENCY_B))
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        match_id = (
            await client.post(
                "/v1/matches",
                headers=world.officer(),
                json={"referral_id": referral_id, "vacancy_id": vacancy_id},
            )
        ).json()["id"]
        other = world.officer(AGENCY_B)
        assert (await client.get(f"/v1/matches/{match_id}", headers=other)).status_code == 404
        assert (
            await client.post(
                f"/v1/matches/{match_id}/ssw-decision",
                headers=other,
                json={"agrees": True, "reason": "x"},
            )
        ).status_code == 404
        assert (
            await client.post(
                "/v1/matches",
                headers=other,
                json={"referral_id": referral_id, "vacancy_id": vacancy_id},
            )
        ).status_code == 404


class TestRebuild:
    async def test_rebuild_resets_and_reads_both_feeds_again(self, client, world):
        referral_id = await world.send_referral()
        await world.open_household()
        first = await world.catch_up()
        assert await world.catch_up() == 0
        operator = world.tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
        rebuilt = await client.post("/v1/read-model/rebuild", headers=operator)
        assert rebuilt.json() == {"events": first}
        response = await client.get(f"/v1/referrals/{referral_id}/matches", headers=world.officer())
        assert len(response.json()["homes"]) == 1


class TestFeedLag:
    async def test_how_far_behind_each_feed_is_on_an_endpoint_and_in_metrics(self, client, world):
        await world.send_referral()
        await world.open_household()
        behind = await client.get("/v1/read-model/lag", headers=world.officer())
        assert behind.status_code == 200, behind.text
        feeds = {f["feed"]: f for f in behind.json()["feeds"]}
        assert feeds["referrals"]["events_behind"] >= 1
        assert feeds["vacancies"]["events_behind"] >= 2
        assert feeds["referrals"]["seconds_behind"] >= 0
        assert feeds["referrals"]["last_event_id"] is None
        await world.catch_up()
        current = await client.get("/v1/read-model/lag", headers=world.officer())
        feeds = {f["feed"]: f for f in current.json()["feeds"]}
        for feed in ("referrals", "vacancies"):
            assert (feeds[feed]["events_behind"], feeds[feed]["seconds_behind"]) == (0, 0)
            assert feeds[feed]["last_event_id"] and feeds[feed]["cursor"]
        scraper = world.tokens.headers(CallerKind.SERVICE, None, [Scope.METRICS_READ])
        metrics = (await client.get("/metrics", headers=scraper)).text
        assert 'hearth_matching_feed_events_behind{feed="referrals"} 0.0' in metrics
        assert "hearth_matching_feed_last_applied_timestamp_seconds" in metrics

    async def test_an_la_cannot_ask(self, client, world):
        response = await client.get("/v1/read-model/lag", headers=world.la)
        assert response.status_code == 403


class TestProvisionalRanking:
    async def test_a_referral_not_yet_progressed_is_ranked_provisionally(self, client, world):
        referral_id = await world.send_referral(progress=False)
        await world.open_household()
        await world.catch_up()
        url = f"/v1/referrals/{referral_id}/matches"
        first = (await client.get(url, headers=world.officer())).json()
        assert first["provisional"] is True
        assert len(first["homes"]) == 1
        screener = world.tokens.headers(
            CallerKind.AGENCY, AGENCY_A, [Scope.REFERRALS_SCREEN, Scope.REFERRALS_READ]
        )
        progressed = await world.referrals.post(
            f"/v1/referrals/{referral_id}/progress", headers=screener
        )
        assert progressed.status_code == 200, progressed.text
        await world.catch_up()
        after = (await client.get(url, headers=world.officer())).json()
        assert (after["provisional"], after["blocking_gaps"]) == (False, [])

    async def test_the_answer_names_the_gaps_that_block_matching(self, client, world):
        referral_id = await world.send_referral(progress=False, living_companions=None)
        await world.open_household()
        await world.catch_up()
        url = f"/v1/referrals/{referral_id}/matches"
        body = (await client.get(url, headers=world.officer())).json()
        assert body["provisional"] is True
        assert body["blocking_gaps"] == ["/placement/living_companions"]

    async def test_no_match_is_proposed_on_a_provisional_ranking(self, client, world):
        referral_id = await world.send_referral(progress=False, living_companions=None)
        _, vacancy_id = await world.open_household()
        await world.catch_up()
        refused = await client.post(
            "/v1/matches",
            headers=world.officer(),
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        )
        assert refused.status_code == 409, refused.text
        assert refused.json()["blocking_gaps"] == ["/placement/living_companions"]
        assert "provisional" in refused.json()["detail"]
