"""A respx mock of the offers service, so consumers' tests never hand-write its URLs.

    async def test_placement_opens_on_acceptance(respx_mock):
        offers = register_mock_offers(respx_mock, "http://offers", now=clock.now)
        offers.accept(OfferAcceptedData(offer_id=..., ...))  # offer.accepted on the feed
        ...  # code under test follows the feed with OffersClient(...).events()

The mock keeps the events it is given and the offers they name; ``GET /v1/offers/{id}``
answers a minimal ``OfferRead``, 404 for one it does not know. For an LA's side
(``offers.sent(...)`` first): ``GET /v1/referrals/{id}/offers`` lists the child's sent
offers side by side; ``POST /v1/offers/{id}/accept`` answers ``accepting`` (428 without
If-Match, 412 stale, 409 unless sent, 409 ``offer-already-accepted`` for a second yes for
the child) and lapses the child's other offers; ``decline`` answers ``declined``;
``offers.complete(id)`` finishes an acceptance (``offer.accepted``), ``offers.refuse(...)``
makes a service refuse one for good, for the operators' ``GET /v1/offers:acceptances-failed``
and ``POST /v1/offers/{id}/acceptance:retry``. Tokens are not checked. Needs the ``mock``
extra.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime

import httpx
import respx

from hearth_contract.common import EventPage, EventRead
from hearth_contract.mocks._http import json_response, parse_body, problem_response
from hearth_contract.offers import (
    AcceptanceProgress,
    AcceptanceRead,
    AcceptanceStep,
    OfferAccept,
    OfferAcceptedData,
    OfferDecline,
    OfferEvent,
    OfferRead,
    OfferStatus,
    OfferSummary,
)
from hearth_contract.problems import (
    InvalidState,
    OfferAlreadyAccepted,
    OfferNotFound,
    PreconditionFailed,
    PreconditionRequired,
    Problem,
)
from hearth_contract.referrals import Setting

__all__ = ["MockOffers", "register_mock_offers"]


class MockOffers:
    """The mock's state: the offers accepted and the feed's events."""

    def __init__(self, *, now: Callable[[], datetime]) -> None:
        self.now = now
        self.offers: dict[str, OfferRead] = {}
        self.events: list[EventRead] = []
        self._weekly: dict[str, int | None] = {}

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

    def sent(
        self,
        *,
        referral_id: str,
        agency_id: str,
        la_code: str,
        match_id: str | None = None,
        vacancy_ids: list[str] | None = None,
        weekly_total_pence: int | None = None,
        setting: Setting = Setting.FOSTERING,
    ) -> OfferRead:
        """An offer sent to the LA, awaiting its answer."""
        now = self.now()
        offer = OfferRead(
            id=str(uuid.uuid4()),
            agency_id=agency_id,
            la_code=la_code,
            referral_id=referral_id,
            match_id=match_id or str(uuid.uuid4()),
            household_id=str(uuid.uuid4()),
            home_id=None,
            vacancy_ids=vacancy_ids or [str(uuid.uuid4())],
            setting=setting,
            placement_type="U1",
            status=OfferStatus.SENT,
            answer_by=None,
            profile_text=None,
            contacts=[],
            costings=None,
            attachments=[],
            pack=None,
            sent_at=now,
            answered_at=None,
            start_date=None,
            reason_code=None,
            last_chased_at=None,
            chase_count=0,
            created_at=now,
            updated_at=now,
            version=2,
            history=[],
        )
        self.offers[offer.id] = offer
        self._weekly[offer.id] = weekly_total_pence
        self.emit(OfferEvent.SENT, offer.id, self._data(offer))
        return offer

    def complete(self, offer_id: str) -> OfferRead:
        """Every step of an ``accepting`` offer done: ``accepted`` and ``offer.accepted``."""
        offer = self.offers[offer_id]
        assert offer.status is OfferStatus.ACCEPTING and offer.start_date is not None
        offer = self._update(
            offer,
            status=OfferStatus.ACCEPTED,
            acceptance=AcceptanceProgress(
                done=list(AcceptanceStep), waiting_on=None, last_problem=None, waits=0
            ),
        )
        data = OfferAcceptedData(
            offer_id=offer.id,
            match_id=offer.match_id,
            referral_id=offer.referral_id,
            la_code=offer.la_code,
            agency_id=offer.agency_id,
            household_id=offer.household_id,
            home_id=offer.home_id,
            vacancy_ids=offer.vacancy_ids,
            start_date=offer.start_date,
            placement_type=offer.placement_type,
        )
        self.emit(
            OfferEvent.ACCEPTED, offer.id, {"status": "accepted", **data.model_dump(mode="json")}
        )
        return offer

    def refuse(self, offer_id: str, step: AcceptanceStep, problem: str, status: int) -> OfferRead:
        """A service refused a step of an ``accepting`` offer for good (e.g. ``place_filled``,
        ``vacancies:double-booking``, 409): it waits for an operator."""
        offer = self.offers[offer_id]
        assert offer.status is OfferStatus.ACCEPTING
        done = [s for s in AcceptanceStep][: list(AcceptanceStep).index(step)]
        progress = AcceptanceProgress(
            done=done,
            waiting_on=step,
            last_problem=problem,
            waits=1,
            failed=True,
            failed_status=status,
        )
        return self._update(offer, acceptance=progress)

    def _update(self, offer: OfferRead, **changes) -> OfferRead:
        changes = {"version": offer.version + 1, "updated_at": self.now(), **changes}
        offer = offer.model_copy(update=changes)
        self.offers[offer.id] = offer
        return offer

    def _data(self, offer: OfferRead, **data) -> dict:
        return {
            "offer_id": offer.id,
            "agency_id": offer.agency_id,
            "la_code": offer.la_code,
            "referral_id": offer.referral_id,
            "match_id": offer.match_id,
            "status": offer.status.value,
            **data,
        }

    def _answerable(self, request: httpx.Request, id: str) -> OfferRead:
        offer = self.offers.get(id)
        if offer is None:
            raise OfferNotFound()
        if_match = request.headers.get("If-Match")
        if if_match is None:
            raise PreconditionRequired("Send If-Match with the ETag you last read.")
        tags = [tag.strip() for tag in if_match.split(",")]
        if "*" not in tags and f'"{offer.id}.{offer.version}"' not in tags:
            raise PreconditionFailed("The offer has changed since you read it; read it again.")
        if offer.status is not OfferStatus.SENT:
            raise InvalidState(f"The offer is {offer.status}: only a sent offer can be answered.")
        return offer

    def _answer(self, request: httpx.Request, answer) -> httpx.Response:
        try:
            offer = answer()
        except Problem as problem:
            return problem_response(problem, request.url.path)
        return json_response(offer, headers={"ETag": f'"{offer.id}.{offer.version}"'})

    def accept_request(self, request: httpx.Request, id: str) -> httpx.Response:
        def accept() -> OfferRead:
            offer = self._answerable(request, id)
            body = parse_body(OfferAccept, request)
            taken = (OfferStatus.ACCEPTING, OfferStatus.ACCEPTED)
            if any(
                o.referral_id == offer.referral_id and o.status in taken
                for o in self.offers.values()
            ):
                raise OfferAlreadyAccepted("Another offer for this child has been accepted.")
            offer = self._update(
                offer,
                status=OfferStatus.ACCEPTING,
                answered_at=self.now(),
                start_date=body.start_date,
                acceptance=AcceptanceProgress(
                    done=[], waiting_on=AcceptanceStep.PLACE_FILLED, last_problem=None, waits=0
                ),
            )
            self.emit(
                OfferEvent.ACCEPTING,
                offer.id,
                self._data(offer, start_date=body.start_date.isoformat()),
            )
            for other in list(self.offers.values()):
                if other.referral_id == offer.referral_id and other.status is OfferStatus.SENT:
                    lapsed = self._update(
                        other, status=OfferStatus.LAPSED, reason_code="placed_elsewhere"
                    )
                    self.emit(
                        OfferEvent.LAPSED,
                        lapsed.id,
                        self._data(lapsed, reason_code="placed_elsewhere"),
                    )
            return offer

        return self._answer(request, accept)

    def decline_request(self, request: httpx.Request, id: str) -> httpx.Response:
        def decline() -> OfferRead:
            offer = self._answerable(request, id)
            body = parse_body(OfferDecline, request)
            offer = self._update(
                offer,
                status=OfferStatus.DECLINED,
                answered_at=self.now(),
                reason_code=body.reason_code.value,
            )
            self.emit(
                OfferEvent.DECLINED, offer.id, self._data(offer, reason_code=offer.reason_code)
            )
            return offer

        return self._answer(request, decline)

    def referral_offers(self, request: httpx.Request, id: str) -> httpx.Response:
        listed = [
            OfferSummary(
                id=o.id,
                agency_id=o.agency_id,
                status=o.status,
                weekly_total_pence=self._weekly.get(o.id),
                total_weekly_cost=None
                if self._weekly.get(o.id) is None
                else (self._weekly[o.id] + 50) // 100,
                needs_met=0,
                needs_not_met=0,
                answer_by=o.answer_by,
                sent_at=o.sent_at,
            )
            for o in self.offers.values()
            if o.referral_id == id and o.status is not OfferStatus.DRAFT
        ]
        return httpx.Response(200, json=[s.model_dump(mode="json") for s in listed])

    def _acceptance_read(self, offer: OfferRead) -> AcceptanceRead:
        assert offer.acceptance is not None
        return AcceptanceRead(
            offer_id=offer.id,
            agency_id=offer.agency_id,
            la_code=offer.la_code,
            referral_id=offer.referral_id,
            match_id=offer.match_id,
            status=offer.status,
            answered_at=offer.answered_at,
            acceptance=offer.acceptance,
        )

    def failed_acceptances(self, request: httpx.Request) -> httpx.Response:
        failed = [
            self._acceptance_read(o)
            for o in self.offers.values()
            if o.status is OfferStatus.ACCEPTING and o.acceptance and o.acceptance.failed
        ]
        return httpx.Response(200, json=[a.model_dump(mode="json") for a in failed])

    def retry_request(self, request: httpx.Request, id: str) -> httpx.Response:
        offer = self.offers.get(id)
        if offer is None:
            return problem_response(OfferNotFound(), request.url.path)
        if offer.status is not OfferStatus.ACCEPTING or not (
            offer.acceptance and offer.acceptance.failed
        ):
            refused = InvalidState("Only an acceptance a service refused can be retried.")
            return problem_response(refused, request.url.path)
        progress = offer.acceptance.model_copy(update={"failed": False, "failed_status": None})
        offer = self._update(offer, acceptance=progress)
        return json_response(self._acceptance_read(offer))

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
    """Route the offers service's feed, offer reads, the LA's answers and the operators'
    acceptance endpoints at ``base_url`` to an in-memory mock."""
    mock = MockOffers(now=now)
    base = re.escape(base_url.rstrip("/"))
    one = rf"{base}/v1/offers/(?P<id>[^/?:]+)"
    routes = [
        ("GET", rf"^{base}/v1/events(\?.*)?$", mock.feed),
        ("GET", rf"^{base}/v1/offers:acceptances-failed$", mock.failed_acceptances),
        ("GET", rf"^{one}$", mock.get),
        ("POST", rf"^{one}/accept$", mock.accept_request),
        ("POST", rf"^{one}/decline$", mock.decline_request),
        ("POST", rf"^{one}/acceptance:retry$", mock.retry_request),
        ("GET", rf"^{base}/v1/referrals/(?P<id>[^/?]+)/offers$", mock.referral_offers),
    ]
    for method, pattern, handler in routes:
        respx_mock.route(method=method, url__regex=pattern).mock(side_effect=handler)
    return mock
