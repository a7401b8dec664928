"""From agreed matches to the LA's yes, across four running services.

Referrals, vacancies, matching and offers run as their own processes on PostgreSQL and
talk over HTTP only. An LA's referral goes to two agencies; each follows matching's feed
to a draft offer for its agreed match, prices it and sends it; the offers service emails
each offer (the pack PDF attached) through SMTP to a sink, as ``hearth run`` does. The
LA lists both offers side by side and accepts one: the place is filled, the match and
the referral placed, the other agency's offer closed, and ``offer.accepted`` is on the
offers feed with the data the placements service reads.

The offers are sent on the afternoon before the first bank holiday after the tests'
instant (``TEST_NOW``), and chased once the LA has been silent four working hours: on the
working day after the bank holiday, not over the days off. Only the offers service reads
time for chasing, so only its clock moves: it is restarted with its clock set later
(``OFFERS_CLOCK_START``), as the other services keep theirs.
"""

from __future__ import annotations

import email
import signal
from datetime import date, datetime, time, timedelta
from email.policy import default

import holidays
import httpx
import pytest
from cross_service.records import fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually, free_port
from hearth_cli.mail_sink import MailSink
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.common import EventRead
from hearth_contract.offers import OfferAcceptedData
from hearth_kit.clock import ENGLAND, TEST_NOW
from hearth_kit.testing import Tokens

AGENCIES = ("oakfield-fostering", "birch-care")
KENT = "E10000016"
PLACEMENT_TEAM = "placements@kent.example"
SOCIAL_WORKER = fitting_referral(1, "any")["social_worker"]["email"]
CHASE_AFTER_WORKING_HOURS = 4
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
FEED_READER = tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
LA = tokens.headers(
    CallerKind.LA,
    KENT,
    [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ, Scope.OFFERS_READ, Scope.OFFERS_ANSWER],
)
OFFICER_SCOPES = [
    Scope.REFERRALS_READ,
    Scope.REFERRALS_SCREEN,
    Scope.VACANCIES_READ,
    Scope.VACANCIES_MANAGE,
    Scope.MATCHING_READ,
    Scope.MATCHING_DECIDE,
    Scope.OFFERS_READ,
    Scope.OFFERS_MAKE,
]
OFFICERS = {
    agency: tokens.headers(CallerKind.AGENCY, agency, OFFICER_SCOPES, subject="officer")
    for agency in AGENCIES
}
RATE_CARD = {
    "effective_from": "2026-04-01",
    "core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": 95_050}],
    "add_ons": [{"kind": "extra_support_hours", "rate_pence": 2_500}],
}


def _bank_holiday_days() -> tuple[date, date, date]:
    """From the tests' instant, by England and Wales bank holidays (an oracle apart from the
    service's own working time): the first working day whose eve is a bank holiday (the
    chase day), that bank holiday, and the last working day before the days off (the day
    the offers are sent)."""
    bank = holidays.country_holidays(
        "GB", subdiv="ENG", years=range(TEST_NOW.year, TEST_NOW.year + 2)
    )

    def working(day: date) -> bool:
        return day.weekday() < 5 and day not in bank

    chase_day = TEST_NOW.astimezone(ENGLAND).date() + timedelta(days=1)
    while not (working(chase_day) and chase_day - timedelta(days=1) in bank):
        chase_day += timedelta(days=1)
    sent_day = chase_day - timedelta(days=1)
    while not working(sent_day):
        sent_day -= timedelta(days=1)
    return chase_day, chase_day - timedelta(days=1), sent_day


CHASE_DAY, BANK_HOLIDAY, SENT_DAY = _bank_holiday_days()


def _london(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute), ENGLAND).isoformat()


@pytest.fixture(scope="module")
def sink(tmp_path_factory):
    running = MailSink(tmp_path_factory.mktemp("mail"), port=free_port()).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, sink):
    offers_env = {
        # Two working hours before the close of the last working day before the days off.
        "CLOCK_START": _london(SENT_DAY, 15),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(sink.port),
        "MAIL_POLL_SECONDS": "0.2",
        "LA_PLACEMENT_TEAMS": f'{{"{KENT}": "{PLACEMENT_TEAM}"}}',
        "CHASE_AFTER_WORKING_HOURS": str(CHASE_AFTER_WORKING_HOURS),
    }
    running = Stack(
        "xoffers",
        tmp_path_factory.mktemp("xoffers"),
        ("referrals", "vacancies", "matching", "offers"),
        service_env={"offers": offers_env},
    )
    running.start()
    yield running
    exit_codes = running.stop()
    assert set(exit_codes.values()) == {-signal.SIGTERM}, exit_codes


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=10) as client:
        yield client


def _ok(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


def _referral_to_both(http: httpx.Client, stack: Stack) -> str:
    """A referral from Kent to both agencies, each of which progresses it."""
    referrals = stack["referrals"].url
    body = fitting_referral(1, AGENCIES[0])
    body["agency_ids"] = list(AGENCIES)
    for agency in AGENCIES:
        http.put(
            f"{referrals}/v1/agencies/{agency}", json={"name": agency.title()}, headers=OPERATOR
        ).raise_for_status()
    sent = http.post(
        f"{referrals}/v1/referrals", json=body, headers={**LA, "Idempotency-Key": "xoffers-1"}
    )
    referral_id = _ok(sent, 201)["id"]
    for agency in AGENCIES:
        for step in ("acknowledge", "progress"):
            path = f"{referrals}/v1/referrals/{referral_id}/{step}"
            _ok(http.post(path, headers=OFFICERS[agency]))
    return referral_id


def _agreed_match(
    http: httpx.Client, stack: Stack, referral_id: str, agency: str, n: int
) -> tuple[str, str, str, str]:
    """The agency's place, the ranking its officer saved, and its match agreed by the SSW
    and the carer."""
    vacancies, matching = stack["vacancies"].url, stack["matching"].url
    officer = OFFICERS[agency]
    body = fitting_household(n)
    household = http.post(f"{vacancies}/v1/households", json=body, headers=officer)
    household_id = _ok(household, 201)["id"]
    vacancy = http.post(
        f"{vacancies}/v1/vacancies", json=vacancy_for(household_id, body), headers=officer
    )
    vacancy_id = _ok(vacancy, 201)["id"]

    def ranked() -> bool:
        response = http.get(f"{matching}/v1/referrals/{referral_id}/matches", headers=officer)
        if response.status_code != 200 or response.json()["provisional"]:
            return False
        return any(h["holder_id"] == household_id for h in response.json()["homes"])

    eventually(ranked)
    saved = http.post(f"{matching}/v1/referrals/{referral_id}/match-runs", headers=officer)
    run_id = _ok(saved, 201)["id"]
    proposed = http.post(
        f"{matching}/v1/matches",
        json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        headers=officer,
    )
    match_id = _ok(proposed, 201)["id"]
    _ok(
        http.post(
            f"{matching}/v1/matches/{match_id}/ssw-decision",
            json={"agrees": True, "reason": "Knows this age well"},
            headers=officer,
        )
    )
    ready = http.post(
        f"{matching}/v1/matches/{match_id}/carer-decision", json={"accepts": True}, headers=officer
    )
    assert _ok(ready)["status"] == "ready_for_offer"
    return household_id, vacancy_id, match_id, run_id


def _sent_offer(
    http: httpx.Client, stack: Stack, agency: str, match_id: str, run_id: str, hours: int
) -> tuple[dict, httpx.Response]:
    """The draft the offers service made from matching's feed, priced and sent."""
    offers, officer = stack["offers"].url, OFFICERS[agency]

    def drafted() -> dict | None:
        listed = _ok(http.get(f"{offers}/v1/offers", headers=officer))
        return next((o for o in listed if o["match_id"] == match_id), None)

    draft = eventually(drafted)  # read from matching's feed, not asked for
    assert (draft["status"], draft["la_code"]) == ("draft", KENT)
    _ok(http.post(f"{offers}/v1/rate-cards", json=RATE_CARD, headers=officer), 201)
    path = f"{offers}/v1/offers/{draft['id']}"
    etag = http.get(path, headers=officer).headers["ETag"]
    edited = http.patch(
        path,
        json={
            "costing": {
                "band": "standard",
                "add_ons": [{"kind": "extra_support_hours", "quantity": hours}],
            },
            "match_run_id": run_id,
            "profile_text": "A calm home near the child's school.",
            "contacts": [{"name": "Sam Supervisor", "email": f"ssw@{agency}.example"}],
        },
        headers={**officer, "If-Match": etag},
    )
    _ok(edited)
    sent = http.post(f"{path}/send", headers={**officer, "If-Match": edited.headers["ETag"]})
    _ok(sent)
    return draft, sent


def _kept_messages(sink: MailSink) -> dict[str, email.message.EmailMessage]:
    """The messages the sink kept, by Message-ID."""
    kept = {}
    for path in sink.messages():
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        kept[str(message["Message-ID"])] = message
    return kept


def _restart_offers_at(stack: Stack, instant: str) -> None:
    """Stop the offers service and start it again with its clock at ``instant``."""
    offers = stack["offers"]
    assert offers.stop() == -signal.SIGTERM
    offers.env["OFFERS_CLOCK_START"] = instant
    offers.start()


def _chase_list(http: httpx.Client, stack: Stack, agency: str) -> list[dict]:
    return _ok(http.get(f"{stack['offers'].url}/v1/offers:chase-list", headers=OFFICERS[agency]))


class TestFromAgreedMatchesToTheLasYes:
    def test_two_agencies_offer_the_la_accepts_one(self, stack, http, sink):
        offers = stack["offers"].url
        referral_id = _referral_to_both(http, stack)
        agreed = {
            agency: _agreed_match(http, stack, referral_id, agency, n)
            for n, agency in enumerate(AGENCIES, start=1)
        }
        sent = {}
        for hours, agency in ((4, AGENCIES[0]), (2, AGENCIES[1])):
            _household, _vacancy, match_id, run_id = agreed[agency]
            sent[agency] = _sent_offer(http, stack, agency, match_id, run_id, hours)
        winner, other = (sent[a][0]["id"] for a in AGENCIES)
        pack = sent[AGENCIES[0]][1].json()["pack"]
        # How the home meets each need: matching's explanation in the run the officer
        # saved before proposing, read with the officer's own token.
        assert pack["needs_met"], pack
        assert all(need["how"] for need in pack["needs_met"])
        assert pack["children"][0]["first_name"]
        assert pack["costings"]["rate_card_version"] == 1

        # Each offer emailed to the social worker and the LA's placement team, the pack
        # PDF attached, kept by the SMTP sink.
        def emailed(agency: str) -> list[dict] | None:
            offer = _ok(
                http.get(f"{offers}/v1/offers/{sent[agency][0]['id']}", headers=OFFICERS[agency])
            )
            return offer["emails"] if all(e["status"] == "sent" for e in offer["emails"]) else None

        kept = None
        for agency in AGENCIES:
            emails = eventually(lambda a=agency: emailed(a), within=60)
            assert sorted((e["recipient_role"], e["to_address"]) for e in emails) == [
                ("placement_team", PLACEMENT_TEAM),
                ("social_worker", SOCIAL_WORKER),
            ]
            kept = _kept_messages(sink)
            for queued in emails:
                message = kept[queued["message_id"]]
                assert message["To"] == queued["to_address"]
                assert sent[agency][0]["id"] in message.get_body(("plain",)).get_content()
                (attachment,) = message.iter_attachments()
                assert attachment.get_content_type() == "application/pdf"
                assert attachment.get_content().startswith(b"%PDF")
        assert kept is not None and len(kept) == 4  # two offers, two emails each, once

        # The LA silent since the afternoon before the days off: two working hours that
        # afternoon, none over the bank holiday, the chase due on the working day after.
        assert not _chase_list(http, stack, AGENCIES[0])
        _restart_offers_at(stack, _london(BANK_HOLIDAY, 16))
        assert not _chase_list(http, stack, AGENCIES[0])
        _restart_offers_at(stack, _london(CHASE_DAY, 11, 30))
        due = _chase_list(http, stack, AGENCIES[0])
        assert [(c["offer_id"], c["working_hours_waiting"] >= 4) for c in due] == [(winner, True)]
        assert due[0]["working_hours_waiting"] < 5
        path = f"{offers}/v1/offers/{winner}"
        etag = http.get(path, headers=OFFICERS[AGENCIES[0]]).headers["ETag"]
        chased = _ok(
            http.post(f"{path}/chase", headers={**OFFICERS[AGENCIES[0]], "If-Match": etag})
        )
        assert chased["chase_count"] == 1
        chased_at = datetime.fromisoformat(chased["last_chased_at"]).astimezone(ENGLAND)
        assert chased_at.date() == CHASE_DAY
        assert not _chase_list(http, stack, AGENCIES[0])  # chased: silent afresh

        side_by_side = _ok(http.get(f"{offers}/v1/referrals/{referral_id}/offers", headers=LA))
        assert sorted((o["id"], o["weekly_total_pence"]) for o in side_by_side) == sorted(
            [(winner, 105_050), (other, 100_050)]
        )
        read = http.get(path, headers=LA)
        accepted = http.post(
            f"{path}/accept",
            json={"start_date": CHASE_DAY.isoformat()},
            headers={**LA, "If-Match": read.headers["ETag"]},
        )
        assert _ok(accepted)["status"] == "accepting"  # the LA's yes, kept at once

        def done() -> dict | None:
            offer = _ok(http.get(path, headers=LA))
            return offer if offer["status"] == "accepted" else None

        acceptance = eventually(done)["acceptance"]
        assert acceptance["done"] == ["place_filled", "match_placed", "referral_placed"]
        closed = _ok(http.get(f"{offers}/v1/offers/{other}", headers=OFFICERS[AGENCIES[1]]))
        assert (closed["status"], closed["reason_code"]) == ("lapsed", "placed_elsewhere")
        household_id, vacancy_id, match_id, _ = agreed[AGENCIES[0]]
        place = _ok(
            http.get(
                f"{stack['vacancies'].url}/v1/vacancies/{vacancy_id}", headers=OFFICERS[AGENCIES[0]]
            )
        )
        assert (place["state"], place["referral_id"]) == ("filled", referral_id)
        referral = _ok(http.get(f"{stack['referrals'].url}/v1/referrals/{referral_id}", headers=LA))
        assert referral["status"] == "placed"
        other_match = agreed[AGENCIES[1]][2]

        def other_match_closed() -> dict | None:
            read = _ok(
                http.get(
                    f"{stack['matching'].url}/v1/matches/{other_match}",
                    headers=OFFICERS[AGENCIES[1]],
                )
            )
            return read if read["status"] == "closed" else None

        assert eventually(other_match_closed)["steps"][-1]["reason_code"] == "placed_elsewhere"

        def accepted_event() -> EventRead | None:
            page = _ok(http.get(f"{offers}/v1/events", headers=FEED_READER))
            events = [EventRead.model_validate(e) for e in page["items"]]
            return next((e for e in events if e.type == "offer.accepted"), None)

        data = OfferAcceptedData.from_event(eventually(accepted_event))
        assert (data.offer_id, data.match_id, data.referral_id) == (winner, match_id, referral_id)
        assert (data.household_id, data.vacancy_ids, data.start_date) == (
            household_id,
            [vacancy_id],
            CHASE_DAY,
        )
