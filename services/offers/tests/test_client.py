"""The contract's typed client against the real app, and its respx mock, as placements uses it."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
import respx
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import OffersClient
from hearth_contract.mocks.offers import register_mock_offers
from hearth_contract.offers import (
    AcceptanceStep,
    OfferAccept,
    OfferAcceptedData,
    OfferCreate,
    OfferDecline,
    OfferUpdate,
    RateCardCreate,
)
from hearth_contract.problems import (
    InvalidState,
    MatchNotAgreed,
    OfferAlreadyAccepted,
    OfferNotFound,
    PreconditionFailed,
)
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import settle_feed
from offers_testkit import CONTACT, KENT, LA_SCOPES, OFFICER_SCOPES, RATE_CARD

TODAY = TEST_NOW.date()


def _client(app, token: str) -> OffersClient:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://offers")
    return OffersClient(http, token)


class TestTypedClient:
    async def test_from_draft_to_acceptance_and_the_event(self, world, app, tokens):
        world.referral_to_both()
        agreed = world.agree("oakfield-fostering")
        officer = _client(app, tokens.mint(CallerKind.AGENCY, agreed.agency_id, OFFICER_SCOPES))
        la = _client(app, tokens.mint(CallerKind.LA, KENT, LA_SCOPES))
        service = _client(app, tokens.mint(CallerKind.SERVICE, None, [Scope.EVENTS_READ]))
        await officer.create_rate_card(RateCardCreate.model_validate(RATE_CARD))
        draft = await officer.create_offer(OfferCreate(match_id=agreed.match_id))
        edited = await officer.update_offer(
            draft.value.id,
            OfferUpdate.model_validate({"costing": {"band": "standard"}, "contacts": [CONTACT]}),
            draft.etag or "",
        )
        sent = await officer.send_offer(edited.value.id, edited.etag or "")
        accepted = await la.accept_offer(
            sent.value.id, OfferAccept(start_date=date(2026, 11, 30)), sent.etag or ""
        )
        assert accepted.value.status == "accepting"  # then the place, match and referral
        assert (await officer.get_offer(sent.value.id)).value.status == "accepted"
        await settle_feed(app.state.database)
        events = (await service.events()).items
        data = OfferAcceptedData.from_event(events[-1])
        assert (data.offer_id, data.start_date) == (sent.value.id, date(2026, 11, 30))

    async def test_problems_come_back_as_their_types(self, world, app, tokens):
        world.referral_to_both()
        proposed = world.agree("oakfield-fostering", status="awaiting_carer")
        officer = _client(app, tokens.mint(CallerKind.AGENCY, proposed.agency_id, OFFICER_SCOPES))
        with pytest.raises(MatchNotAgreed):
            await officer.create_offer(OfferCreate(match_id=proposed.match_id))
        with pytest.raises(OfferNotFound):
            await officer.get_offer("no-such-offer")


class TestMock:
    async def test_the_mock_serves_accepted_offers_and_their_events(self, clock):
        with respx.mock(assert_all_called=False) as router:
            mock = register_mock_offers(router, "http://offers.test", now=clock.now)
            data = OfferAcceptedData(
                offer_id="o-1",
                match_id="m-1",
                referral_id="r-1",
                la_code=KENT,
                agency_id="oakfield-fostering",
                household_id="h-1",
                vacancy_ids=["v-1"],
                start_date=date(2026, 11, 30),
                placement_type="U6",
            )
            mock.accept(data)
            async with httpx.AsyncClient(base_url="http://offers.test") as http:
                client = OffersClient(http, "token")
                page = await client.events()
                assert OfferAcceptedData.from_event(page.items[0]) == data
                assert (await client.get_offer("o-1")).value.start_date == date(2026, 11, 30)

    async def test_the_mock_answers_the_la_and_the_operator_as_the_service_does(self, clock):
        with respx.mock(assert_all_called=False) as router:
            mock = register_mock_offers(router, "http://offers.test", now=clock.now)
            kinds = {"referral_id": "r-1", "la_code": KENT}
            first = mock.sent(agency_id="oakfield-fostering", weekly_total_pence=105_050, **kinds)
            second = mock.sent(agency_id="birch-care", **kinds)
            elsewhere = mock.sent(agency_id="birch-care", referral_id="r-2", la_code=KENT)
            async with httpx.AsyncClient(base_url="http://offers.test") as http:
                client = OffersClient(http, "token")
                side_by_side = await client.referral_offers("r-1")
                assert [
                    (o.id, o.weekly_total_pence, o.total_weekly_cost) for o in side_by_side
                ] == [
                    (first.id, 105_050, 1051),
                    (second.id, None, None),
                ]
                with pytest.raises(PreconditionFailed):
                    await client.accept_offer(first.id, OfferAccept(start_date=TODAY), '"stale"')
                read = await client.get_offer(first.id)
                accepted = await client.accept_offer(
                    first.id, OfferAccept(start_date=TODAY), read.etag or ""
                )
                assert accepted.value.status == "accepting"
                assert accepted.value.acceptance.waiting_on == "place_filled"
                assert (await client.get_offer(second.id)).value.status == "lapsed"
                with pytest.raises(InvalidState):  # lapsed: no longer sent
                    await client.accept_offer(second.id, OfferAccept(start_date=TODAY), "*")
                declined = await client.decline_offer(
                    elsewhere.id, OfferDecline(reason_code="cost"), "*"
                )
                assert (declined.value.status, declined.value.reason_code) == ("declined", "cost")

                mock.refuse(first.id, AcceptanceStep.PLACE_FILLED, "vacancies:double-booking", 409)
                failed = await client.failed_acceptances()
                assert [(a.offer_id, a.acceptance.failed_status) for a in failed] == [
                    (first.id, 409)
                ]
                retried = await client.retry_acceptance(first.id)
                assert (retried.status, retried.acceptance.failed) == ("accepting", False)
                with pytest.raises(InvalidState):
                    await client.retry_acceptance(first.id)
                mock.complete(first.id)
                types = [e.type for e in (await client.events()).items]
                assert types[-2:] == ["offer.declined", "offer.accepted"]
                assert (await client.get_offer(first.id)).value.status == "accepted"

    async def test_a_second_yes_for_the_child_is_409_in_the_mock_too(self, clock):
        with respx.mock(assert_all_called=False) as router:
            mock = register_mock_offers(router, "http://offers.test", now=clock.now)
            first = mock.sent(agency_id="oakfield-fostering", referral_id="r-1", la_code=KENT)
            async with httpx.AsyncClient(base_url="http://offers.test") as http:
                client = OffersClient(http, "token")
                await client.accept_offer(first.id, OfferAccept(start_date=TODAY), "*")
                # Another agency's offer sent after the yes (the service refuses its answer).
                late = mock.sent(agency_id="birch-care", referral_id="r-1", la_code=KENT)
                with pytest.raises(OfferAlreadyAccepted):
                    await client.accept_offer(late.id, OfferAccept(start_date=TODAY), "*")
