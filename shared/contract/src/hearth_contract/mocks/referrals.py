"""A respx mock of the referrals service, so consumers' tests never hand-write its URLs.

    async def test_my_integration(respx_mock):
        referrals = register_mock_referrals(respx_mock, "http://referrals", now=clock.now)
        ...  # code under test calls ReferralsClient(httpx.AsyncClient(base_url=...), token)
        assert referrals.events[0].type == "referral.received"

It keeps referrals in memory and answers send (with Idempotency-Key replay), get, list,
amend (a deep JSON Merge Patch under If-Match, as :mod:`hearth_contract.amendments`
says), acknowledge, decline, claim, information requests (ask, list, answer in words
or with values, resolve; see :mod:`hearth_contract.mocks._information_requests`), the
referral documents (upload, list, read, confirm; see
:mod:`hearth_contract.mocks._referral_documents`) and the event feed the way the service
does, problems included. Tokens are not checked: the caller is the LA
:attr:`MockReferrals.la_code`, or the agency :attr:`MockReferrals.agency_id` when set.
Needs the ``mock`` extra (respx).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import respx
from pydantic import ValidationError

from hearth_contract.amendments import amendment, merge_patch
from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_contract.common import Batch, BatchGet, EventPage, EventRead, Page
from hearth_contract.mocks._http import (
    json_response,
    parse_body,
    problem_response,
    route_service,
    service_address,
    validate,
)
from hearth_contract.mocks._information_requests import MockInformationRequests
from hearth_contract.mocks._referral_documents import MockReferralDocuments
from hearth_contract.problems import (
    FieldError,
    Forbidden,
    IdempotencyKeyMismatch,
    IdempotencyKeyRequired,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    AgencyProgress,
    ChildRead,
    RecipientStatus,
    ReferralCreate,
    ReferralDecline,
    ReferralPlaced,
    ReferralRead,
    ReferralSource,
    ReferralStatus,
    ReferralSummary,
    ScreeningRead,
)

__all__ = ["MockReferrals", "register_mock_referrals"]

FIRST_RESPONSE_MINUTES = 15


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


_problem = problem_response
_json = json_response


def _validation_problem(exc: ValidationError) -> ValidationFailed:
    errors = [
        FieldError(
            pointer="/" + "/".join(str(p) for p in err["loc"]), detail=err["msg"], code=err["type"]
        )
        for err in exc.errors()
    ]
    return ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


def _england_date(instant: datetime) -> date:
    """The day in England, as the service counts it (hearth_kit.clock.local_date)."""
    return instant.astimezone(ZoneInfo("Europe/London")).date()


class MockReferrals:
    """The in-memory referrals service behind the respx routes; inspect it in assertions."""

    def __init__(
        self,
        *,
        la_code: str = "E10000016",
        la_name: str = "Kent",
        agency_id: str | None = None,
        now: Callable[[], datetime],
    ) -> None:
        self.la_code = la_code
        self.la_name = la_name
        self.agency_id = agency_id
        self.now = now
        self.referrals: dict[str, ReferralRead] = {}
        self.events: list[EventRead] = []
        self._idempotency: dict[str, tuple[str, httpx.Response]] = {}
        self.documents = MockReferralDocuments(self)
        self.information_requests = MockInformationRequests(self)

    def add_referral(
        self,
        body: ReferralCreate,
        *,
        la_code: str | None = None,
        source: ReferralSource = ReferralSource.LA_API,
        document_id: str | None = None,
    ) -> ReferralRead:
        """Store a referral as if the LA had sent it (to seed an agency-side test), or, with
        ``source=AGENCY_DOCUMENT``, as the mock's agency registered it in ``la_code``'s name."""
        received_at = self.now()
        la_code = la_code or self.la_code
        by_agency = source is ReferralSource.AGENCY_DOCUMENT
        referral = ReferralRead(
            id=str(uuid.uuid4()),
            version=1,
            status=ReferralStatus.OPEN,
            la_code=la_code,
            la_name=self.la_name
            if la_code == self.la_code
            else LOCAL_AUTHORITIES.get(la_code, la_code),
            la_reference=body.la_reference,
            referral_date=body.referral_date,
            received_at=received_at,
            social_worker=body.social_worker,
            team_manager=body.team_manager,
            placement=body.placement,
            children=[
                self._child(child.model_dump(), received_at.date()) for child in body.children
            ],
            parent=body.parent,
            screening=[self._new_screening(agency, received_at) for agency in body.agency_ids],
            completeness=[],
            linked_referrals=[],
            document_id=document_id,
            source=source,
            registered_by=f"agency:{self.agency_id}:mock-user"
            if by_agency
            else f"la:{la_code}:mock-user",
        )
        self.referrals[referral.id] = referral
        self._emit(
            "referral.received",
            referral,
            children_count=len(referral.children),
            source=source.value,
        )
        return referral

    def created(self, referral: ReferralRead) -> httpx.Response:
        """The 201 answer of a new referral, as send and confirm give it."""
        return self._etagged(referral, 201, Location=f"/v1/referrals/{referral.id}")

    @staticmethod
    def _child(child: dict[str, Any], today: date) -> ChildRead:
        born = child.get("date_of_birth")
        age = _years_between(born, today) if born else child.get("age_years")
        return ChildRead.model_validate({**child, "age_today": age})

    @staticmethod
    def _new_screening(agency_id: str, received_at: datetime) -> ScreeningRead:
        return ScreeningRead(
            agency_id=agency_id,
            status=RecipientStatus.NEW,
            received_at=received_at,
            first_response_due_at=received_at + timedelta(minutes=FIRST_RESPONSE_MINUTES),
            first_responded_at=None,
            first_response_overdue=False,
            assigned_officer=None,
            assigned_officer_name=None,
            decline_reason=None,
            decline_note=None,
        )

    def _emit(self, type: str, referral: ReferralRead, **data: Any) -> None:
        seq = len(self.events) + 1
        self.events.append(
            EventRead(
                event_id=str(uuid.uuid4()),
                type=type,
                occurred_at=self.now(),
                subject_type="referral",
                subject_id=referral.id,
                data={"la_code": referral.la_code, **data},
                cursor=f"0-{seq}",
            )
        )

    def _visible(self, referral: ReferralRead) -> ReferralRead:
        if self.agency_id is None:
            return referral
        own = [s for s in referral.screening if s.agency_id == self.agency_id]
        return referral.model_copy(update={"screening": own})

    def _is_callers(self, referral: ReferralRead) -> bool:
        if self.agency_id is not None:
            return bool(self._visible(referral).screening)
        # An LA's own: what it sent, or what an agency registered in its name and it claimed.
        return referral.la_code == self.la_code and (
            referral.source is ReferralSource.LA_API or referral.claimed_at is not None
        )

    def _find(self, referral_id: str) -> ReferralRead:
        referral = self.referrals.get(referral_id)
        if referral is None or not self._is_callers(referral):
            raise ReferralNotFound("No referral with this id is visible to you.")
        return referral

    def _etagged(self, referral: ReferralRead, status: int = 200, **headers: str):
        return _json(self._visible(referral), status, {"ETag": f'"{referral.version}"', **headers})

    def send_referral(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/referrals``: store once per Idempotency-Key, replay the first answer."""
        key = request.headers.get("Idempotency-Key")
        if not key:
            return _problem(IdempotencyKeyRequired("Send an Idempotency-Key."), request.url.path)
        digest = hashlib.sha256(request.content).hexdigest()
        if key in self._idempotency:
            first_digest, first = self._idempotency[key]
            if first_digest != digest:
                return _problem(IdempotencyKeyMismatch(), request.url.path)
            return httpx.Response(
                first.status_code,
                content=first.content,
                headers={**first.headers, "Idempotent-Replayed": "true"},
            )
        try:
            body = ReferralCreate.model_validate(json.loads(request.content))
        except ValidationError as exc:
            return _problem(_validation_problem(exc), request.url.path)
        referral = self.add_referral(body)
        response = self.created(referral)
        self._idempotency[key] = (digest, response)
        return response

    def claim(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``POST /v1/referrals/{id}/claim``: the named LA takes an agency's registration."""
        referral = self.referrals.get(referral_id)
        if self.agency_id is not None or referral is None or referral.la_code != self.la_code:
            raise ReferralNotFound("No referral with this id is visible to you.")
        if referral.source is ReferralSource.LA_API:
            raise InvalidState("This referral is already the LA's own submission.")
        if referral.claimed_at is None:
            referral = referral.model_copy(
                update={
                    "claimed_at": self.now(),
                    "claimed_by": f"la:{self.la_code}:mock-user",
                    "version": referral.version + 1,
                }
            )
            self.referrals[referral_id] = referral
            self._emit("referral.claimed", referral)
        return self._etagged(referral)

    def amend(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``PATCH /v1/referrals/{id}``: a deep JSON Merge Patch, If-Match required (LA only)."""
        if self.agency_id is not None:
            raise Forbidden("Only the referring LA amends a referral.")
        referral = self._find(referral_id)
        if_match = request.headers.get("If-Match")
        if if_match is None:
            raise PreconditionRequired("Send If-Match with the referral's ETag.")
        if if_match.strip() != f'"{referral.version}"':
            raise PreconditionFailed("The referral has changed; read it again and reapply.")
        if referral.status is not ReferralStatus.OPEN:
            raise InvalidState(f"A {referral.status.value} referral cannot be amended.")
        patch = json.loads(request.content or b"null")
        if not isinstance(patch, dict):
            raise ValidationFailed(
                "Send a JSON object.", errors=[FieldError(pointer="", detail="not an object")]
            )
        changes, refused = amendment(patch)
        if refused:
            raise ValidationFailed("The amendment names fields it cannot change.", errors=refused)
        content = validate(ReferralCreate, merge_patch(self._content(referral), changes))
        return self._etagged(self._store_content(referral, content))

    def _store_content(
        self, referral: ReferralRead, content: ReferralCreate, **event: Any
    ) -> ReferralRead:
        """The referral with ``content`` as its new version, stored; ``referral.amended``."""
        referral = referral.model_copy(
            update={
                "la_reference": content.la_reference,
                "social_worker": content.social_worker,
                "team_manager": content.team_manager,
                "placement": content.placement,
                "children": [
                    self._child(child.model_dump(), _england_date(self.now()))
                    for child in content.children
                ],
                "parent": content.parent,
                "version": referral.version + 1,
            }
        )
        self.referrals[referral.id] = referral
        self._emit("referral.amended", referral, version=referral.version, **event)
        return referral

    def _set_screening(
        self, referral_id: str, agency_id: str, status: RecipientStatus, event: str
    ) -> None:
        referral = self.referrals[referral_id]
        screening = [
            s.model_copy(
                update={
                    "status": status,
                    "first_responded_at": s.first_responded_at or self.now(),
                }
            )
            if s.agency_id == agency_id
            else s
            for s in referral.screening
        ]
        self.referrals[referral_id] = referral.model_copy(update={"screening": screening})
        self._emit(f"referral.{event}", referral, agency_id=agency_id, status=status.value)

    @staticmethod
    def _content(referral: ReferralRead) -> dict[str, Any]:
        """The stored referral in ``ReferralCreate``'s JSON form, as an amendment merges into."""
        read = referral.model_dump(mode="json")
        return {
            "la_reference": read["la_reference"],
            "referral_date": read["referral_date"],
            "agency_ids": [s["agency_id"] for s in read["screening"]],
            "social_worker": read["social_worker"],
            "team_manager": read["team_manager"],
            "placement": read["placement"],
            "children": [
                {k: v for k, v in child.items() if k != "age_today"} for child in read["children"]
            ],
            "parent": read["parent"],
        }

    def get_referral(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``GET /v1/referrals/{id}``."""
        return self._etagged(self._find(referral_id))

    def batch_get_referrals(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/referrals:batch-get``: the visible ones; the rest are missing."""
        wanted = list(dict.fromkeys(parse_body(BatchGet, request).ids))
        found: list[ReferralRead] = []
        missing: list[str] = []
        for referral_id in wanted:
            try:
                found.append(self._visible(self._find(referral_id.lower())))
            except ReferralNotFound:
                missing.append(referral_id)
        return _json(Batch[ReferralRead](items=found, missing=missing))

    def list_referrals(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/referrals``: newest first, ``status`` and ``waiting_on`` filters, offset
        cursor; an LA's rows count each agency's open questions."""
        limit = int(request.url.params.get("limit", 50))
        start = int(request.url.params.get("cursor") or 0)
        statuses = set(request.url.params.get_list("status"))
        rows = [
            self._summary(self._visible(r))
            for r in reversed(self.referrals.values())
            if self._is_callers(r)
        ]
        if statuses:
            rows = [
                r
                for r in rows
                if r.status in statuses or (r.screening and r.screening.status in statuses)
            ]
        if request.url.params.get("waiting_on") == "la":
            rows = [r for r in rows if any(a.open_questions for a in r.agencies or [])]
        page = rows[start : start + limit]
        next_cursor = str(start + limit) if start + limit < len(rows) else None
        return _json(Page[ReferralSummary](items=page, next_cursor=next_cursor))

    def _summary(self, referral: ReferralRead) -> ReferralSummary:
        ages = [c.age_today for c in referral.children if c.age_today is not None]
        return ReferralSummary(
            id=referral.id,
            la_code=referral.la_code,
            la_name=referral.la_name,
            la_reference=referral.la_reference,
            referral_date=referral.referral_date,
            received_at=referral.received_at,
            status=referral.status,
            setting=referral.placement.setting,
            urgency=referral.placement.urgency,
            needed_by=referral.placement.needed_by,
            start_date=referral.placement.start_date,
            children_count=len(referral.children),
            youngest_age=min(ages, default=None),
            eldest_age=max(ages, default=None),
            screening=referral.screening[0] if self.agency_id else None,
            blocking_gaps=0,
            source=referral.source,
            agencies=None
            if self.agency_id
            else [
                AgencyProgress(
                    agency_id=s.agency_id,
                    status=s.status,
                    first_responded_at=s.first_responded_at,
                    open_questions=self.information_requests.open_questions(
                        referral.id, s.agency_id
                    ),
                )
                for s in referral.screening
            ],
        )

    def acknowledge(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``POST /v1/referrals/{id}/acknowledge``: the first response (NEW only)."""
        return self._step(
            referral_id, "acknowledged", {RecipientStatus.NEW}, RecipientStatus.ACKNOWLEDGED, {}
        )

    def decline(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``POST /v1/referrals/{id}/decline`` with a coded reason."""
        try:
            body = ReferralDecline.model_validate(json.loads(request.content or b"{}"))
        except ValidationError as exc:
            return _problem(_validation_problem(exc), request.url.path)
        open_states = {
            RecipientStatus.NEW,
            RecipientStatus.ACKNOWLEDGED,
            RecipientStatus.INFORMATION_REQUESTED,
            RecipientStatus.PROGRESSING,
        }
        changes = {"decline_reason": body.reason, "decline_note": body.note}
        return self._step(referral_id, "declined", open_states, RecipientStatus.DECLINED, changes)

    def placed(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``POST /v1/referrals/{id}/placed`` (the offers service): placed with the agency;
        again for the same agency answers as it is, for another is 409."""
        try:
            body = ReferralPlaced.model_validate(json.loads(request.content or b"{}"))
        except ValidationError as exc:
            return _problem(_validation_problem(exc), request.url.path)
        referral = self._find(referral_id)
        entry = next((e for e in referral.screening if e.agency_id == body.agency_id), None)
        if entry is None:
            raise ReferralNotFound()
        if referral.status is ReferralStatus.PLACED:
            if entry.status is RecipientStatus.PLACED:
                return self._etagged(referral)
            raise InvalidState("The referral is placed with another agency.")
        if referral.status is not ReferralStatus.OPEN:
            raise InvalidState(f"The referral is {referral.status.value}.")
        screening = [
            e.model_copy(update={"status": RecipientStatus.PLACED}) if e is entry else e
            for e in referral.screening
        ]
        referral = referral.model_copy(
            update={"screening": screening, "status": ReferralStatus.PLACED}
        )
        self.referrals[referral_id] = referral
        self._emit(
            "referral.placed", referral, agency_id=body.agency_id, status=RecipientStatus.PLACED
        )
        return self._etagged(referral)

    def _step(
        self,
        referral_id: str,
        event: str,
        allowed: set[RecipientStatus],
        target: RecipientStatus,
        changes: dict[str, Any],
    ) -> httpx.Response:
        referral = self._find(referral_id)
        screening = []
        for entry in referral.screening:
            if self.agency_id in (None, entry.agency_id):
                if entry.status not in allowed:
                    raise InvalidState(f"A {entry.status.value} referral cannot be {event}.")
                entry = entry.model_copy(
                    update={
                        "status": target,
                        **changes,
                        "first_responded_at": entry.first_responded_at or self.now(),
                    }
                )
                self._emit(
                    f"referral.{event}", referral, agency_id=entry.agency_id, status=target.value
                )
            screening.append(entry)
        referral = referral.model_copy(update={"screening": screening})
        self.referrals[referral_id] = referral
        return self._etagged(referral)

    def feed(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/events?after=&limit=``: the events after a cursor, in order."""
        after = request.url.params.get("after")
        limit = int(request.url.params.get("limit", 100))
        start = int(after.split("-")[1]) if after else 0
        items = self.events[start : start + limit]
        return _json(EventPage(items=items, next_cursor=items[-1].cursor if items else after))


def register_mock_referrals(
    respx_mock: respx.MockRouter, base_url: str, **options: Any
) -> MockReferrals:
    """Route the referrals API at ``base_url`` to a new :class:`MockReferrals`."""
    service = MockReferrals(**options)
    prefix, where = service_address(base_url)
    one = rf"{prefix}/v1/referrals/(?P<referral_id>[^/]+)"
    document = rf"{prefix}/v1/referral-documents/(?P<document_id>[^/]+)"
    documents = service.documents
    questions = service.information_requests
    asked = rf"{one}/information-requests/(?P<request_id>[^/]+)"
    routes = [
        ("POST", rf"^{prefix}/v1/referrals$", service.send_referral),
        ("GET", rf"^{prefix}/v1/referrals$", service.list_referrals),
        ("POST", rf"^{prefix}/v1/referrals:batch-get$", service.batch_get_referrals),
        ("GET", rf"^{prefix}/v1/events$", service.feed),
        ("POST", rf"^{one}/acknowledge$", service.acknowledge),
        ("POST", rf"^{one}/decline$", service.decline),
        ("POST", rf"^{one}/placed$", service.placed),
        ("POST", rf"^{one}/claim$", service.claim),
        ("GET", rf"^{one}$", service.get_referral),
        ("PATCH", rf"^{one}$", service.amend),
        ("POST", rf"^{one}/information-requests$", questions.ask),
        ("GET", rf"^{one}/information-requests$", questions.list),
        ("POST", rf"^{asked}/answers$", questions.answer),
        ("POST", rf"^{asked}/questions/(?P<question_id>[^/]+)/resolve$", questions.resolve),
        ("POST", rf"^{prefix}/v1/referral-documents$", documents.upload),
        ("GET", rf"^{prefix}/v1/referral-documents$", documents.list),
        ("GET", rf"^{document}$", documents.get),
        ("GET", rf"^{document}/original$", documents.original),
        ("POST", rf"^{document}/confirm$", documents.confirm),
    ]
    route_service(respx_mock, where, routes)
    return service
