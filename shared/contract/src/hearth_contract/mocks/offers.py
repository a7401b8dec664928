"""A respx mock of the offers service, so consumers' tests never hand-write its URLs.

    async def test_placement_opens_on_acceptance(respx_mock):
        offers = register_mock_offers(respx_mock, "http://offers", now=clock.now)
        offers.accept(OfferAcceptedData(offer_id=..., ...))  # offer.accepted on the feed
        ...  # code under test follows the feed with OffersClient(...).events()

The mock keeps the events it is given and the offers they name; ``GET /v1/offers/{id}``
answers a minimal ``OfferRead`` for an accepted offer, 404 for one it does not know.
Tokens are not checked. Needs the ``mock`` extra.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime

import httpx
import respx

from hearth_contract.common import EventPage, EventRead
from hearth_contract.mocks._http import json_response, problem_response
from hearth_contract.offers import OfferAcceptedData, OfferEvent, OfferRead, OfferStatus
from hearth_contract.problems import OfferNotFound
from hearth_contract.referrals import Setting

__all__ = ["MockOffers", "register_mock_offers"]


class MockOffers:
    """The mock's state: the offers accepted and the feed's events."""

    def __init__(self, *, now: Callable[[], datetime]) -> None:
        self.now = now
        self.offers: dict[str, OfferRead] = {}
        self.events: list[EventRead] = []

    def emit(self, type: str, offer_id: str, data: dict) -> EventRead:
        """Put an event on the feed (any of ``OfferEvent``)."""
        event = EventRead(
            event_id=str(uuid.uuid4()),
            type=type,
            occurred_at=self.now(),
            subject_type="offer",
            subject_id=offer_id,
            data=data,
            cursor=f"1-{len(self.events) + 1}",
        )
        self.events.append(event)
        return event

    def accept(self, data: OfferAcceptedData, setting: Setting = Setting.FOSTERING) -> OfferRead:
        """An offer the LA has accepted: stored, and ``offer.accepted`` on the feed."""
        now = self.now()
        offer = OfferRead(
            id=data.offer_id,
            agency_id=data.agency_id,
            la_code=data.la_code,
            referral_id=data.referral_id,
            match_id=data.match_id,
            household_id=data.household_id,
            home_id=data.home_id,
            vacancy_ids=data.vacancy_ids,
            setting=setting,
            placement_type=data.placement_type,
            status=OfferStatus.ACCEPTED,
            answer_by=None,
            profile_text=None,
            contacts=[],
            costings=None,
            attachments=[],
            pack=None,
            sent_at=now,
            answered_at=now,
            start_date=data.start_date,
            reason_code=None,
            last_chased_at=None,
            chase_count=0,
            created_at=now,
            updated_at=now,
            version=3,
            history=[],
        )
        self.offers[offer.id] = offer
        self.emit(
            OfferEvent.ACCEPTED,
            offer.id,
            {"status": "accepted", **data.model_dump(mode="json")},
        )
        return offer

    def get(self, request: httpx.Request, id: str) -> httpx.Response:
        if id not in self.offers:
            return problem_response(OfferNotFound(), request.url.path)
        offer = self.offers[id]
        return json_response(offer, headers={"ETag": f'"{offer.id}.{offer.version}"'})

    def feed(self, request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        limit = int(request.url.params.get("limit", 100))
        start = int(after.split("-")[1]) if after else 0
        items = self.events[start : start + limit]
        return json_response(
            EventPage(items=items, next_cursor=items[-1].cursor if items else after)
        )


def register_mock_offers(
    respx_mock: respx.MockRouter, base_url: str, *, now: Callable[[], datetime]
) -> MockOffers:
    """Route the offers service's feed and offer reads at ``base_url`` to an in-memory mock."""
    mock = MockOffers(now=now)
    base = re.escape(base_url.rstrip("/"))
    respx_mock.route(method="GET", url__regex=rf"^{base}/v1/events(\?.*)?$").mock(
        side_effect=mock.feed
    )
    respx_mock.route(method="GET", url__regex=rf"^{base}/v1/offers/(?P<id>[^/?:]+)$").mock(
        side_effect=mock.get
    )
    return mock
