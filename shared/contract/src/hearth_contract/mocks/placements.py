"""A respx mock of the placements service, for its consumers' tests (vacancies, front-ends).

    async def test_my_integration(respx_mock):
        placements = register_mock_placements(respx_mock, "http://placements")
        placement = placements.open(offer)  # an OfferAcceptedData
        ...  # code under test calls PlacementsClient(httpx.AsyncClient(base_url=...), token)

It answers a placement (read, list), its ending (If-Match: 428 without, 412 stale; 422
before the start; 409 twice) and the event feed (``placement.started``,
``placement.ended`` with the places to free), the way the service does. The statutory
clock, meetings and records are not mocked. Tokens are not checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import respx

from hearth_contract.common import EventPage, EventRead, Page
from hearth_contract.mocks._http import (
    json_response,
    parse_body,
    route_service,
    service_address,
)
from hearth_contract.offers import OfferAcceptedData
from hearth_contract.placements import (
    EndingRead,
    PlacementDetails,
    PlacementEnd,
    PlacementEvent,
    PlacementRead,
    PlacementStatus,
    PlacementWorkers,
)
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    PlacementNotFound,
    PreconditionFailed,
    PreconditionRequired,
    ValidationFailed,
)

__all__ = ["MockPlacements", "register_mock_placements"]


def _etag(placement: PlacementRead) -> str:
    return f'"{placement.id}.{placement.version}"'


class MockPlacements:
    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self.now = now or (lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        self.placements: dict[str, PlacementRead] = {}
        self.events: list[EventRead] = []

    def open(self, offer: OfferAcceptedData) -> PlacementRead:
        """The placement an accepted offer opens (as the service's consumer would)."""
        placement = PlacementRead(
            id=str(uuid.uuid4()),
            **offer.model_dump(exclude={"offer_id"}),
            offer_id=offer.offer_id,
            nation="WLS" if offer.la_code.startswith("W") else "ENG",
            status=PlacementStatus.ACTIVE,
            workers=PlacementWorkers(),
            details=PlacementDetails(),
            ending=None,
            version=1,
            created_at=self.now(),
            updated_at=self.now(),
        )
        self.placements[placement.id] = placement
        self._emit(PlacementEvent.STARTED, placement, start_date=str(placement.start_date))
        return placement

    def _emit(self, type: str, placement: PlacementRead, **data: Any) -> None:
        self.events.append(
            EventRead(
                event_id=str(uuid.uuid4()),
                type=type,
                occurred_at=self.now(),
                subject_type="placement",
                subject_id=placement.id,
                cursor=f"0-{len(self.events) + 1}",
                data={
                    "agency_id": placement.agency_id,
                    "la_code": placement.la_code,
                    "vacancy_ids": list(placement.vacancy_ids),
                    **data,
                },
            )
        )

    def _get(self, placement_id: str) -> PlacementRead:
        if placement_id not in self.placements:
            raise PlacementNotFound(f"No placement {placement_id} is visible to you.")
        return self.placements[placement_id]

    def get_placement(self, request: httpx.Request, placement_id: str) -> httpx.Response:
        placement = self._get(placement_id)
        return json_response(placement, headers={"ETag": _etag(placement)})

    def list_placements(self, request: httpx.Request) -> httpx.Response:
        return json_response(Page[PlacementRead](items=list(self.placements.values())))

    def end(self, request: httpx.Request, placement_id: str) -> httpx.Response:
        placement = self._get(placement_id)
        if_match = request.headers.get("If-Match")
        if if_match is None:
            raise PreconditionRequired("Send If-Match with the ETag you last read.")
        if if_match != _etag(placement):
            raise PreconditionFailed("The record has changed since you read it; read it again.")
        body: PlacementEnd = parse_body(PlacementEnd, request)
        if placement.status is PlacementStatus.ENDED:
            raise InvalidState("The placement has ended already.")
        if body.end_date < placement.start_date:
            raise ValidationFailed(
                "A placement cannot end before it starts.",
                errors=[FieldError(pointer="/end_date", detail="is before the start date")],
            )
        ending = EndingRead(**body.model_dump(), recorded_at=self.now())
        ended = placement.model_copy(
            update={"status": PlacementStatus.ENDED, "ending": ending,
                    "version": placement.version + 1, "updated_at": self.now()}
        )  # fmt: skip
        self.placements[placement_id] = ended
        self._emit(
            PlacementEvent.ENDED,
            ended,
            planned=body.planned,
            end_date=str(body.end_date),
            reason_for_change=body.reason_for_change.value,
            episode_end_reason=body.episode_end_reason.value,
        )
        return json_response(ended, headers={"ETag": _etag(ended)})

    def feed(self, request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        limit = int(request.url.params.get("limit", 100))
        start = int(after.split("-")[1]) if after else 0
        items = self.events[start : start + limit]
        return json_response(
            EventPage(items=items, next_cursor=items[-1].cursor if items else after)
        )


def register_mock_placements(
    respx_mock: respx.MockRouter, base_url: str, **options: Any
) -> MockPlacements:
    """Route the placements API at ``base_url`` to a new :class:`MockPlacements`."""
    service = MockPlacements(**options)
    prefix, where = service_address(base_url)
    one = rf"{prefix}/v1/placements/(?P<placement_id>[^/]+)"
    routes = [
        ("GET", rf"^{prefix}/v1/placements$", service.list_placements),
        ("GET", rf"^{prefix}/v1/events$", service.feed),
        ("GET", rf"^{one}$", service.get_placement),
        ("POST", rf"^{one}/end$", service.end),
    ]
    route_service(respx_mock, where, routes)
    return service
