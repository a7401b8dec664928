"""A fake of the offers service's event feed, for consumers' tests (placements).

    feed = OffersFeedMock(now=clock.now)
    feed.accept(agency_id="hearthside-fostering", la_code="E10000016", ...)
    http = httpx.AsyncClient(transport=httpx.MockTransport(feed.handler), base_url="http://offers")
    # or: register_mock_offers_feed(respx_mock, "http://offers")

It serves ``GET /v1/events?after=&limit=`` as every Hearth feed does (cursors ``0-<n>``),
with the events types of :class:`hearth_contract.offers.OfferEvent`; ``offer.accepted``
carries :class:`hearth_contract.offers.OfferAcceptedData`. Tokens are not checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx

from hearth_contract.common import EventPage, EventRead
from hearth_contract.mocks._http import json_response
from hearth_contract.offers import OfferAcceptedData, OfferEvent

__all__ = ["OffersFeedMock", "register_mock_offers_feed"]


class OffersFeedMock:
    """The offers feed in memory: add events, then let the consumer read them."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self.events: list[EventRead] = []
        self.now = now or (lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        self.reads = 0

    def emit(self, type: str, subject_id: str, data: dict[str, Any]) -> EventRead:
        event = EventRead(
            event_id=str(uuid.uuid4()),
            type=type,
            occurred_at=self.now(),
            subject_type="offer",
            subject_id=subject_id,
            cursor=f"0-{len(self.events) + 1}",
            data=data,
        )
        self.events.append(event)
        return event

    def accept(
        self,
        *,
        agency_id: str,
        la_code: str,
        start_date: date,
        placement_type: str = "U4",
        legal_status: str | None = "C2",
        household_id: str | None = None,
        home_id: str | None = None,
        vacancy_ids: list[str] | None = None,
        offer_id: str | None = None,
        referral_id: str | None = None,
    ) -> OfferAcceptedData:
        """An ``offer.accepted`` event on the feed; its data, as placements will read it."""
        data = OfferAcceptedData(
            offer_id=offer_id or str(uuid.uuid4()),
            match_id=str(uuid.uuid4()),
            referral_id=referral_id or str(uuid.uuid4()),
            la_code=la_code,
            agency_id=agency_id,
            household_id=household_id or (None if home_id else str(uuid.uuid4())),
            home_id=home_id,
            vacancy_ids=vacancy_ids or [str(uuid.uuid4())],
            start_date=start_date,
            placement_type=placement_type,
            legal_status=legal_status,
        )
        self.emit(OfferEvent.ACCEPTED, data.offer_id, data.model_dump(mode="json"))
        return data

    def handler(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/events?after=&limit=``: the events after a cursor, in order."""
        if request.method != "GET" or not request.url.path.endswith("/v1/events"):
            return httpx.Response(404)
        self.reads += 1
        after = request.url.params.get("after")
        limit = int(request.url.params.get("limit", 100))
        start = int(after.split("-")[1]) if after else 0
        items = self.events[start : start + limit]
        return json_response(
            EventPage(items=items, next_cursor=items[-1].cursor if items else after)
        )


def register_mock_offers_feed(respx_mock, base_url: str, **kwargs: Any) -> OffersFeedMock:
    """Serve an :class:`OffersFeedMock` at ``base_url`` through respx."""
    feed = OffersFeedMock(**kwargs)
    respx_mock.get(url__regex=rf"^{base_url.rstrip('/')}/v1/events").mock(side_effect=feed.handler)
    return feed
