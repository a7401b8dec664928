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
    OfferAccept,
    OfferAcceptedData,
    OfferCreate,
    OfferUpdate,
    RateCardCreate,
)
from hearth_contract.problems import MatchNotAgreed, OfferNotFound
from hearth_kit.testing import settle_feed
from offers_testkit import CONTACT, KENT, LA_SCOPES, OFFICER_SCOPES, RATE_CARD


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
        with respx.mock() as router:
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
