"""The first-response counters' "today" is London's, and counts one set of referrals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hearth_contract.examples import example_referral
from referrals_testkit import AGENCY_A, send

# 23:50 on 1 June 2027 in London (British Summer Time, an hour ahead of UTC).
BEFORE_MIDNIGHT = datetime(2027, 6, 1, 22, 50, tzinfo=UTC)


async def _sla(client, agency_a) -> dict:
    response = await client.get("/v1/referrals/sla", headers=agency_a)
    assert response.status_code == 200, response.text
    return response.json()


async def _referral_received(client, la_headers, seed: int, day: date) -> str:
    body = example_referral(seed, agency_ids=[AGENCY_A], referral_date=day)
    sent = await send(client, la_headers, body)
    assert sent.status_code == 201, sent.text
    return sent.json()["id"]


class TestTheFirstResponseClockAcrossMidnight:
    async def test_a_referral_answered_after_london_midnight_counts_on_the_day_it_came(
        self, client, clock, agencies, la_headers, agency_a
    ):
        clock.set(BEFORE_MIDNIGHT)
        late = await _referral_received(client, la_headers, 1, date(2027, 6, 1))
        clock.advance(minutes=20)  # 00:10 in London, still 1 June in UTC
        acknowledged = await client.post(f"/v1/referrals/{late}/acknowledge", headers=agency_a)
        assert acknowledged.status_code == 200, acknowledged.text
        after_midnight = await _sla(client, agency_a)
        assert (
            after_midnight["received_today"],
            after_midnight["answered_today"],
            after_midnight["answered_within_target_today"],
        ) == (0, 0, 0)
        clock.advance(minutes=5)
        early = await _referral_received(client, la_headers, 2, date(2027, 6, 2))
        clock.advance(minutes=5)
        await client.post(f"/v1/referrals/{early}/acknowledge", headers=agency_a)
        sla = await _sla(client, agency_a)
        assert (
            sla["received_today"],
            sla["answered_today"],
            sla["answered_within_target_today"],
        ) == (1, 1, 1)

    async def test_the_day_turns_at_london_midnight_not_utc(
        self, client, clock, agencies, la_headers, agency_a
    ):
        clock.set(BEFORE_MIDNIGHT + timedelta(minutes=15))  # 00:05 London, 23:05 UTC
        await _referral_received(client, la_headers, 3, date(2027, 6, 2))
        sla = await _sla(client, agency_a)
        assert (sla["received_today"], sla["awaiting_first_response"]) == (1, 1)
        clock.set(BEFORE_MIDNIGHT + timedelta(hours=1, minutes=15))  # 01:05 London, 00:05 UTC
        assert (await _sla(client, agency_a))["received_today"] == 1


class TestAChildsAgeTurnsAtLondonMidnight:
    async def test_a_birthday_counts_from_midnight_in_london_not_utc(
        self, client, clock, agencies, la_headers, agency_a
    ):
        clock.set(BEFORE_MIDNIGHT)
        body = example_referral(4, agency_ids=[AGENCY_A], referral_date=date(2027, 6, 1))
        child = body["children"][0]
        child["date_of_birth"] = "2013-06-02"
        child.pop("age_years", None)
        referral_id = (await send(client, la_headers, body)).json()["id"]

        clock.advance(minutes=20)  # 00:10 on 2 June in London; still 1 June in UTC
        read = await client.get(f"/v1/referrals/{referral_id}", headers=agency_a)

        assert read.status_code == 200, read.text
        assert read.json()["children"][0]["age_today"] == 14
