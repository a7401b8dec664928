"""The offers API over HTTP, on SQLite and PostgreSQL: drafts from agreed matches, costings,
sending with a frozen pack, tenancy, the LA's answers, chasing and lapsing."""

from __future__ import annotations

import sqlalchemy as sa
from hearth_contract.matching import MatchStatus
from hearth_contract.offers import OfferAcceptedData
from hearth_kit.tables import audit_log
from hearth_offers.app import sweep_lapsed
from offers_testkit import AGENCIES, CONTACT, RATE_CARD, SURREY


class TestDraftFromAgreedMatch:
    async def test_an_officer_drafts_an_offer_from_an_agreed_match(self, world):
        drafted = await world.draft()
        offer = drafted.json()
        agreed = world.agreed[AGENCIES[0]]
        assert offer["status"] == "draft"
        assert (offer["match_id"], offer["household_id"]) == (agreed.match_id, agreed.household_id)
        assert offer["la_code"] == "E10000016" and offer["placement_type"] == "U6"
        assert drafted.headers["ETag"] == f'"{offer["id"]}.1"'
        assert [e.type for e in await world.feed()] == ["offer.drafted"]

    async def test_a_match_not_agreed_is_409(self, world, client):
        world.referral_to_both()
        proposed = world.agree(AGENCIES[0], MatchStatus.AWAITING_CARER)
        response = await client.post(
            "/v1/offers", json={"match_id": proposed.match_id}, headers=world.officer()
        )
        assert response.status_code == 409
        assert response.json()["type"].endswith("/match-not-agreed")

    async def test_the_feed_drafts_the_same_offer_once(self, world, app, client):
        world.referral_to_both()
        agreed = world.agree(AGENCIES[0])
        event = world.ready_event(agreed)
        async with app.state.database.system_session("test") as session:
            async with session.begin():
                await app.state.feed.handle(session, event)
                await app.state.feed.handle(session, event)
        listed = await client.get("/v1/offers", headers=world.officer())
        assert [o["match_id"] for o in listed.json()] == [agreed.match_id]
        again = await client.post(
            "/v1/offers", json={"match_id": agreed.match_id}, headers=world.officer()
        )
        assert again.json()["id"] == listed.json()[0]["id"]


class TestCostings:
    async def test_costings_are_priced_from_the_rate_card_in_force(self, world):
        costing = {
            "band": "enhanced",
            "add_ons": [{"kind": "extra_support_hours", "quantity": 6}],
            "one_offs": [{"code": "introductions"}],
            "adjustments": [
                {"code": "extra_support_hours", "amount_pence": 15_000, "reason": "Agreed cap"}
            ],
        }
        costings = (await world.priced(costing=costing)).json()["costings"]
        assert [
            (line["code"], line["priced_pence"], line["amount_pence"]) for line in costings["lines"]
        ] == [
            ("core", 112_550, 112_550),
            ("extra_support_hours", 17_250, 15_000),
            ("introductions", 45_000, 45_000),
        ]
        assert costings["lines"][1]["adjustment_reason"] == "Agreed cap"
        assert costings["weekly_total_pence"] == 127_550
        assert costings["one_off_total_pence"] == 45_000
        assert costings["total_weekly_cost"] == 1276  # £1,275.50 rounds half up
        assert costings["rate_card_version"] == 1

    async def test_a_band_not_on_the_card_is_422_naming_the_field(self, world, client):
        drafted = await world.draft()
        await world.rate_card()
        response = await client.patch(
            f"/v1/offers/{drafted.json()['id']}",
            json={"costing": {"band": "solo", "add_ons": [{"kind": "therapy"}]}},
            headers={**world.officer(), "If-Match": drafted.headers["ETag"]},
        )
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == [
            "/costing/band",
            "/costing/add_ons/0/kind",
        ]

    async def test_an_overlapping_rate_card_is_409_and_nothing_is_written(self, world, client):
        await world.rate_card()
        await world.rate_card(effective_from="2025-01-01", effective_to="2025-12-31")
        response = await client.post(
            "/v1/rate-cards",
            json={**RATE_CARD, "effective_from": "2026-06-01"},
            headers=world.officer(),
        )
        assert response.status_code == 409
        assert response.json()["type"].endswith("/rate-card-overlap")
        assert [e["pointer"] for e in response.json()["errors"]] == ["/effective_from"]
        listed = await client.get("/v1/rate-cards", headers=world.officer())
        assert [c["version"] for c in listed.json()] == [2, 1]

    async def test_negative_amounts_are_422(self, world, client):
        card = {**RATE_CARD}
        card["core_fees"] = [{"setting": "fostering", "band": "standard", "weekly_pence": -1}]
        response = await client.post("/v1/rate-cards", json=card, headers=world.officer())
        assert response.status_code == 422


class TestChangesNeedTheETag:
    async def test_no_if_match_is_428_and_a_stale_one_412(self, world, client):
        drafted = await world.draft()
        path = f"/v1/offers/{drafted.json()['id']}"
        body = {"profile_text": "A home by the sea."}
        missing = await client.patch(path, json=body, headers=world.officer())
        assert missing.status_code == 428
        first = await client.patch(
            path, json=body, headers={**world.officer(), "If-Match": drafted.headers["ETag"]}
        )
        assert first.status_code == 200
        stale = await client.patch(
            path, json=body, headers={**world.officer(), "If-Match": drafted.headers["ETag"]}
        )
        assert stale.status_code == 412


class TestSending:
    async def test_the_pack_is_frozen_at_send(self, world, client):
        sent = (await world.sent()).json()
        pack = sent["pack"]
        assert sent["status"] == "sent" and sent["answer_by"] == "2026-11-30"
        assert [n["need"] for n in pack["needs_met"]] == ["school journey"]
        assert pack["needs_not_met"] == ["Faith not stated"]
        assert pack["children"][0]["first_name"]
        assert "last_name" not in pack["children"][0]
        assert pack["costings"]["weekly_total_pence"] == 95_000
        # a later change to the referral does not rewrite the sent pack
        referral = world.peers["referrals"].referrals[world.referral_id]
        referral.children[0].known_as = "Renamed"
        again = await client.get(f"/v1/offers/{sent['id']}", headers=world.officer())
        assert again.json()["pack"] == pack

    async def test_the_pack_explains_the_home_from_the_officers_saved_match_run(
        self, world, client
    ):
        from hearth_contract.matching import MatchDirection, MatchRunRead

        drafted = await world.draft()
        matching = world.peers["matching"]
        ranking = matching.rankings[world.referral_id]
        matching.rankings[world.referral_id] = ranking.model_copy(update={"homes": []})
        run = MatchRunRead(
            id="7d1c0a52-0000-4000-8000-000000000001",
            direction=MatchDirection.REFERRAL,
            subject_id=world.referral_id,
            created_at=world.clock.now(),
            created_by="agency:oakfield-fostering:po-1",
            result=ranking,
        )
        matching.runs[run.id] = run
        await world.rate_card()
        edited = await client.patch(
            f"/v1/offers/{drafted.json()['id']}",
            json={"costing": {"band": "standard"}, "contacts": [CONTACT], "match_run_id": run.id},
            headers={**world.officer(), "If-Match": drafted.headers["ETag"]},
        )
        sent = await client.post(
            f"/v1/offers/{drafted.json()['id']}/send",
            headers={**world.officer(), "If-Match": edited.headers["ETag"]},
        )
        assert [n["how"] for n in sent.json()["pack"]["needs_met"]] == [
            "12 minutes by car to the child's school"
        ]

    async def test_a_sent_offer_cannot_be_edited(self, world, client):
        sent = await world.sent()
        response = await client.patch(
            f"/v1/offers/{sent.json()['id']}",
            json={"profile_text": "Changed"},
            headers={**world.officer(), "If-Match": sent.headers["ETag"]},
        )
        assert response.status_code == 409

    async def test_the_pack_renders_as_an_accessible_page(self, world, client):
        sent = await world.sent()
        page = await client.get(f"/v1/offers/{sent.json()['id']}/pack.html", headers=world.la())
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert '<html lang="en-GB">' in page.text and "<h1>" in page.text
        assert "£950.00" in page.text and "school journey" in page.text


class TestTenancy:
    async def test_an_la_does_not_see_a_draft(self, world, client):
        drafted = await world.draft()
        response = await client.get(f"/v1/offers/{drafted.json()['id']}", headers=world.la())
        assert response.status_code == 404

    async def test_another_agency_and_another_la_get_404(self, world, client):
        sent = await world.sent()
        path = f"/v1/offers/{sent.json()['id']}"
        assert (await client.get(path, headers=world.officer(AGENCIES[1]))).status_code == 404
        assert (await client.get(path, headers=world.la(SURREY))).status_code == 404
        answer = await client.post(
            f"{path}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(SURREY), "If-Match": sent.headers["ETag"]},
        )
        assert answer.status_code == 404

    async def test_reads_of_an_offer_are_audited(self, world, client, app):
        sent = await world.sent()
        await client.get(f"/v1/offers/{sent.json()['id']}", headers=world.la())
        async with app.state.database.system_session("test") as session:
            rows = (
                await session.execute(
                    sa.select(audit_log.c.action, audit_log.c.actor_kind).where(
                        audit_log.c.record_id == sent.json()["id"]
                    )
                )
            ).all()
        assert ("read", "la") in rows


class TestTheLasAnswer:
    async def test_acceptance_emits_offer_accepted_and_lapses_the_other_offers(self, world, client):
        first = await world.sent(AGENCIES[0])
        second = await world.sent(AGENCIES[1])
        side_by_side = await client.get(
            f"/v1/referrals/{world.referral_id}/offers", headers=world.la()
        )
        assert {o["agency_id"] for o in side_by_side.json()} == set(AGENCIES)
        world.peers["vacancies"].agency_id = AGENCIES[0]  # the mock serves one agency
        accepted = await client.post(
            f"/v1/offers/{first.json()['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": first.headers["ETag"]},
        )
        assert accepted.status_code == 200, accepted.text
        # The LA's yes is kept at once; the other services follow straight after.
        assert accepted.json()["status"] == "accepting"
        read = await client.get(f"/v1/offers/{first.json()['id']}", headers=world.la())
        assert read.json()["status"] == "accepted"
        events = await world.feed()
        data = OfferAcceptedData.from_event(next(e for e in events if e.type == "offer.accepted"))
        agreed = world.agreed[AGENCIES[0]]
        assert data.model_dump(mode="json") == {
            "offer_id": first.json()["id"],
            "match_id": agreed.match_id,
            "referral_id": world.referral_id,
            "la_code": "E10000016",
            "agency_id": AGENCIES[0],
            "household_id": agreed.household_id,
            "home_id": None,
            "vacancy_ids": [agreed.vacancy_id],
            "start_date": "2026-11-30",
            "placement_type": "U6",
            "legal_status": data.legal_status,
        }
        lapsed = [e for e in events if e.type == "offer.lapsed"]
        assert [e.subject_id for e in lapsed] == [second.json()["id"]]
        assert lapsed[0].data["reason_code"] == "placed_elsewhere"
        other = await client.get(
            f"/v1/offers/{second.json()['id']}", headers=world.officer(AGENCIES[1])
        )
        assert other.json()["status"] == "lapsed"
        assert AGENCIES[0] not in str(other.json()["history"])

    async def test_a_second_acceptance_for_the_child_is_409(self, world, client):
        first = await world.sent(AGENCIES[0])
        second = await world.sent(AGENCIES[1])
        await client.post(
            f"/v1/offers/{first.json()['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": first.headers["ETag"]},
        )
        again = await client.post(
            f"/v1/offers/{second.json()['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": "*"},
        )
        assert again.status_code == 409

    async def test_the_la_declines_with_a_coded_reason(self, world, client):
        sent = await world.sent()
        path = f"/v1/offers/{sent.json()['id']}/decline"
        headers = {**world.la(), "If-Match": sent.headers["ETag"]}
        no_note = await client.post(path, json={"reason_code": "other"}, headers=headers)
        assert no_note.status_code == 422
        declined = await client.post(path, json={"reason_code": "cost"}, headers=headers)
        assert declined.status_code == 200
        assert (declined.json()["status"], declined.json()["reason_code"]) == ("declined", "cost")

    async def test_an_agency_cannot_answer_its_own_offer(self, world, client):
        sent = await world.sent()
        response = await client.post(
            f"/v1/offers/{sent.json()['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.officer(), "If-Match": sent.headers["ETag"]},
        )
        assert response.status_code == 403


class TestChaseAndLapse:
    async def test_an_offer_awaiting_the_la_is_on_the_chase_list_then_chased(
        self, world, client, clock
    ):
        sent = await world.sent()
        assert (await client.get("/v1/offers:chase-list", headers=world.officer())).json() == []
        clock.advance(days=2)  # Wednesday 09:00: 16 working hours since Monday 09:00
        due = (await client.get("/v1/offers:chase-list", headers=world.officer())).json()
        assert [(c["offer_id"], c["working_hours_waiting"]) for c in due] == [
            (sent.json()["id"], 16.0)
        ]
        chased = await client.post(
            f"/v1/offers/{sent.json()['id']}/chase",
            headers={**world.officer(), "If-Match": sent.headers["ETag"]},
        )
        assert chased.json()["chase_count"] == 1
        assert "offer.chased" in [e.type for e in await world.feed()]
        assert (await client.get("/v1/offers:chase-list", headers=world.officer())).json() == []

    async def test_an_offer_lapses_after_its_answer_by_date(self, world, app, client, clock):
        sent = await world.sent()
        clock.advance(days=7)  # answer by Monday 30 November; now Monday 30 November
        assert await sweep_lapsed(app.state.database) == 0
        clock.advance(days=1)
        assert await sweep_lapsed(app.state.database) == 1
        offer = await client.get(f"/v1/offers/{sent.json()['id']}", headers=world.officer())
        assert offer.json()["status"] == "lapsed"
        accept = await client.post(
            f"/v1/offers/{sent.json()['id']}/accept",
            json={"start_date": "2026-12-07"},
            headers={**world.la(), "If-Match": offer.headers["ETag"]},
        )
        assert accept.status_code == 409


class TestRacesAndWithdrawal:
    async def test_two_acceptances_at_once_for_one_child_one_wins(self, world, client, app):
        import asyncio

        first = await world.sent(AGENCIES[0])
        second = await world.sent(AGENCIES[1])
        answers = await asyncio.gather(
            *(
                client.post(
                    f"/v1/offers/{sent.json()['id']}/accept",
                    json={"start_date": "2026-11-30"},
                    headers={**world.la(), "If-Match": sent.headers["ETag"]},
                )
                for sent in (first, second)
            )
        )
        assert sorted(a.status_code for a in answers) in ([200, 409], [200, 412])
        (winner,) = [a.json() for a in answers if a.status_code == 200]
        assert winner["status"] == "accepting"
        world.peers["vacancies"].agency_id = winner["agency_id"]  # the mock serves one agency
        await app.state.acceptance.run_pending()
        accepted = [e for e in await world.feed() if e.type == "offer.accepted"]
        assert [e.subject_id for e in accepted] == [winner["id"]]

    async def test_the_agency_withdraws_with_a_reason_and_the_la_cannot_accept(self, world, client):
        sent = await world.sent()
        withdrawn = await client.post(
            f"/v1/offers/{sent.json()['id']}/withdraw",
            json={"reason": "The carers' circumstances changed"},
            headers={**world.officer(), "If-Match": sent.headers["ETag"]},
        )
        assert withdrawn.status_code == 200
        assert withdrawn.json()["history"][-1]["step"] == "withdrawn"
        accept = await client.post(
            f"/v1/offers/{sent.json()['id']}/accept",
            json={"start_date": "2026-11-30"},
            headers={**world.la(), "If-Match": withdrawn.headers["ETag"]},
        )
        assert accept.status_code == 409
