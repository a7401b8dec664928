"""The typed client for the referrals service: one method per endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from hearth_contract.amendments import MERGE_PATCH_MEDIA_TYPE
from hearth_contract.clients.base import Versioned, request_json
from hearth_contract.clients.events import EventsClient
from hearth_contract.codes import NeededBy
from hearth_contract.common import Batch, BatchGet, Page
from hearth_contract.documents import (
    DocumentStatus,
    ReferralDocumentRead,
    ReferralDocumentSummary,
    ReferralDraftConfirm,
)
from hearth_contract.referrals import (
    AgencyRead,
    AgencySettingsUpdate,
    AgencyUpdate,
    InformationAnswersCreate,
    InformationRequestCreate,
    InformationRequestRead,
    QuestionResolve,
    RecipientStatus,
    ReferralAssign,
    ReferralClose,
    ReferralCreate,
    ReferralDecline,
    ReferralPlaced,
    ReferralRead,
    ReferralStatus,
    ReferralSummary,
    ReferralUpdate,
    ReferralWithdraw,
    Setting,
    SlaSummary,
    StatusChange,
    Urgency,
    WaitingOn,
)

__all__ = ["ReferralsClient"]


def _referral(referral_id: str, suffix: str = "") -> str:
    return f"/v1/referrals/{quote(referral_id, safe='')}{suffix}"


def _document(document_id: str, suffix: str = "") -> str:
    return f"/v1/referral-documents/{quote(document_id, safe='')}{suffix}"


def _queue_params(filters: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None or (name == "overdue" and value is False):
            continue
        if isinstance(value, datetime):
            value = value.isoformat()
        elif name == "status":
            value = [str(v) for v in value]
        params[name] = value
    return params


class ReferralsClient(EventsClient):
    """Sends, screens and reads referrals; every failure raises the server's problem type."""

    async def send_referral(
        self, body: ReferralCreate, idempotency_key: str
    ) -> Versioned[ReferralRead]:
        """Send a referral. Reuse ``idempotency_key`` when retrying the same referral."""
        if not idempotency_key:
            raise ValueError("send_referral needs an idempotency_key, unique per referral.")
        response = await self._request(
            "POST",
            "/v1/referrals",
            json=request_json(body),
            headers={"Idempotency-Key": idempotency_key},
        )
        return self._versioned(ReferralRead, response)

    async def get_referral(self, referral_id: str) -> Versioned[ReferralRead]:
        """One referral, with its ETag for a later amendment."""
        return self._versioned(ReferralRead, await self._request("GET", _referral(referral_id)))

    async def batch_get_referrals(self, ids: Sequence[str]) -> Batch[ReferralRead]:
        """Up to 1,000 referrals by id in one call (each read audited); the rest are missing."""
        body = request_json(BatchGet(ids=list(ids)))
        response = await self._request("POST", "/v1/referrals:batch-get", json=body, read_only=True)
        return self._parse(Batch[ReferralRead], response)

    async def amend_referral(
        self, referral_id: str, patch: ReferralUpdate | Mapping[str, Any], etag: str
    ) -> Versioned[ReferralRead]:
        """Amend a referral if it is still at version ``etag``, as a JSON Merge Patch
        (RFC 7396, deep): only what ``patch`` sets changes, ``None`` removes a member.

        A ``ReferralUpdate`` sends the fields it was given; a mapping is sent as it is, so
        ``{"placement": {"start_date": "2026-12-10"}}`` changes that one field, and a read
        referral's ``model_dump(mode="json")``, edited, can be sent back whole (its
        read-only fields are ignored).
        """
        body = request_json(patch) if isinstance(patch, ReferralUpdate) else dict(patch)
        response = await self._request(
            "PATCH",
            _referral(referral_id),
            json=body,
            headers={"If-Match": etag, "Content-Type": MERGE_PATCH_MEDIA_TYPE},
        )
        return self._versioned(ReferralRead, response)

    async def withdraw(self, referral_id: str, body: ReferralWithdraw) -> Versioned[ReferralRead]:
        """Withdraw a referral from every agency it was sent to."""
        response = await self._request(
            "POST", _referral(referral_id, "/withdraw"), json=request_json(body)
        )
        return self._versioned(ReferralRead, response)

    async def list_referrals(
        self,
        *,
        status: Sequence[RecipientStatus | ReferralStatus | str] | None = None,
        la_code: str | None = None,
        setting: Setting | None = None,
        urgency: Urgency | None = None,
        needed_by: NeededBy | None = None,
        age_from: int | None = None,
        age_to: int | None = None,
        officer: str | None = None,
        received_from: datetime | None = None,
        received_to: datetime | None = None,
        overdue: bool = False,
        waiting_on: WaitingOn | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> Page[ReferralSummary]:
        """One page of the work queue; pass ``next_cursor`` back as ``cursor``.

        An LA's rows carry each addressed agency's screening and open questions
        (``agencies``); ``waiting_on="la"`` keeps those with questions the LA has not
        answered (for an agency, its own questions)."""
        filters = {
            "status": status,
            "la_code": la_code,
            "setting": setting,
            "urgency": urgency,
            "needed_by": needed_by,
            "age_from": age_from,
            "age_to": age_to,
            "officer": officer,
            "received_from": received_from,
            "received_to": received_to,
            "overdue": overdue,
            "waiting_on": str(waiting_on) if waiting_on is not None else None,
            "cursor": cursor,
            "limit": limit,
        }
        response = await self._request("GET", "/v1/referrals", params=_queue_params(filters))
        return self._parse(Page[ReferralSummary], response)

    async def iterate_referrals(self, **filters: Any) -> AsyncIterator[ReferralSummary]:
        """Every referral matching ``filters`` (as :meth:`list_referrals`), page after page."""
        cursor = filters.pop("cursor", None)
        while True:
            page = await self.list_referrals(cursor=cursor, **filters)
            for summary in page.items:
                yield summary
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def sla(self) -> SlaSummary:
        """The calling agency's first-response clock for today."""
        return self._parse(SlaSummary, await self._request("GET", "/v1/referrals/sla"))

    async def history(self, referral_id: str) -> list[StatusChange]:
        """Every status change of the referral that the caller may see."""
        response = await self._request("GET", _referral(referral_id, "/history"))
        return self._parse(list[StatusChange], response)

    async def export_placements_standard(self, referral_id: str) -> dict[str, Any]:
        """The referral in the shape of the Placements Data Standard v2."""
        response = await self._request("GET", _referral(referral_id, "/placements-standard"))
        return self._parse(dict[str, Any], response)

    async def acknowledge(self, referral_id: str) -> Versioned[ReferralRead]:
        """Give the first response: the referral is being screened."""
        return await self._screening_step(referral_id, "acknowledge", None)

    async def assign(self, referral_id: str, body: ReferralAssign) -> Versioned[ReferralRead]:
        """Assign the referral to an officer of the calling agency."""
        return await self._screening_step(referral_id, "assign", body)

    async def progress(self, referral_id: str) -> Versioned[ReferralRead]:
        """Take the referral forward to matching."""
        return await self._screening_step(referral_id, "progress", None)

    async def decline(self, referral_id: str, body: ReferralDecline) -> Versioned[ReferralRead]:
        """Decline the referral with a coded reason."""
        return await self._screening_step(referral_id, "decline", body)

    async def close(
        self, referral_id: str, body: ReferralClose | None = None
    ) -> Versioned[ReferralRead]:
        """Stop the calling agency's work on the referral."""
        return await self._screening_step(referral_id, "close", body or ReferralClose())

    async def mark_placed(
        self, referral_id: str, agency_id: str, offer_id: str
    ) -> Versioned[ReferralRead]:
        """(A service: offers) The LA accepted the agency's offer: the referral is placed
        with that agency. Idempotent; 409 if it is placed with another agency or closed."""
        body = ReferralPlaced(agency_id=agency_id, offer_id=offer_id)
        response = await self._request(
            "POST", f"/v1/referrals/{quote(referral_id, safe='')}/placed", json=request_json(body)
        )
        return self._versioned(ReferralRead, response)

    async def _screening_step(
        self, referral_id: str, step: str, body: Any
    ) -> Versioned[ReferralRead]:
        json = request_json(body) if body is not None else None
        response = await self._request("POST", _referral(referral_id, f"/{step}"), json=json)
        return self._versioned(ReferralRead, response)

    async def ask_information(
        self,
        referral_id: str,
        body: InformationRequestCreate,
        idempotency_key: str | None = None,
    ) -> InformationRequestRead:
        """Ask the LA questions; with an ``idempotency_key`` the call is also retried safely."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self._request(
            "POST",
            _referral(referral_id, "/information-requests"),
            json=request_json(body),
            headers=headers,
        )
        return self._parse(InformationRequestRead, response)

    async def list_information_requests(self, referral_id: str) -> list[InformationRequestRead]:
        """The questions asked about a referral and their answers."""
        response = await self._request("GET", _referral(referral_id, "/information-requests"))
        return self._parse(list[InformationRequestRead], response)

    async def answer_information(
        self, referral_id: str, request_id: str, body: InformationAnswersCreate
    ) -> InformationRequestRead:
        """Answer an agency's questions (some or all of them). An answer's ``value`` is written
        into the referral where the question points (an amendment with a new version)."""
        path = _referral(referral_id, f"/information-requests/{quote(request_id, safe='')}/answers")
        response = await self._request("POST", path, json=request_json(body))
        return self._parse(InformationRequestRead, response)

    async def resolve_question(
        self,
        referral_id: str,
        request_id: str,
        question_id: str,
        body: QuestionResolve | None = None,
    ) -> InformationRequestRead:
        """Accept the LA's answer (in words) as resolving the gap the question asked about
        (or ``body.pointer``): your progress to matching no longer waits on that gap."""
        path = _referral(
            referral_id,
            f"/information-requests/{quote(request_id, safe='')}"
            f"/questions/{quote(question_id, safe='')}/resolve",
        )
        response = await self._request("POST", path, json=request_json(body or QuestionResolve()))
        return self._parse(InformationRequestRead, response)

    async def claim_referral(self, referral_id: str) -> Versioned[ReferralRead]:
        """Take a referral an agency registered in your LA's name into your own list."""
        response = await self._request("POST", _referral(referral_id, "/claim"))
        return self._versioned(ReferralRead, response)

    async def upload_document(
        self, content: bytes, filename: str | None = None
    ) -> ReferralDocumentRead:
        """Keep a referral document (its raw bytes) and read it into a draft."""
        response = await self._request(
            "POST",
            "/v1/referral-documents",
            params={"filename": filename} if filename else None,
            headers={"Content-Type": "application/octet-stream"},
            content=content,
        )
        return self._parse(ReferralDocumentRead, response)

    async def list_documents(
        self,
        *,
        status: DocumentStatus | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> Page[ReferralDocumentSummary]:
        """One page of the documents you uploaded, newest first."""
        params = {"status": status, "cursor": cursor, "limit": limit}
        response = await self._request(
            "GET",
            "/v1/referral-documents",
            params={k: str(v) for k, v in params.items() if v is not None},
        )
        return self._parse(Page[ReferralDocumentSummary], response)

    async def get_document(self, document_id: str) -> ReferralDocumentRead:
        """A document's draft with its evidence, and what became of it."""
        return self._parse(ReferralDocumentRead, await self._request("GET", _document(document_id)))

    async def get_original_document(self, document_id: str) -> bytes:
        """The document's bytes exactly as received."""
        return (await self._request("GET", _document(document_id, "/original"))).content

    async def confirm_document(
        self, document_id: str, body: ReferralDraftConfirm, idempotency_key: str | None = None
    ) -> Versioned[ReferralRead]:
        """Make the corrected draft a referral. A document becomes one referral: a second
        confirm raises ``DocumentAlreadyConfirmed`` (its ``referral_id`` names it); with an
        ``idempotency_key`` a retry replays the first answer."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self._request(
            "POST", _document(document_id, "/confirm"), json=request_json(body), headers=headers
        )
        return self._versioned(ReferralRead, response)

    async def list_agencies(self) -> list[AgencyRead]:
        """The agency directory."""
        return self._parse(list[AgencyRead], await self._request("GET", "/v1/agencies"))

    async def register_agency(self, agency_id: str, body: AgencyUpdate) -> AgencyRead:
        """Register an agency or replace its entry (operators only)."""
        response = await self._request(
            "PUT", f"/v1/agencies/{quote(agency_id, safe='')}", json=request_json(body)
        )
        return self._parse(AgencyRead, response)

    async def get_agency_settings(self) -> AgencyRead:
        """The calling agency's own settings."""
        return self._parse(AgencyRead, await self._request("GET", "/v1/agency-settings"))

    async def update_agency_settings(self, body: AgencySettingsUpdate) -> AgencyRead:
        """Set the calling agency's first-response target."""
        response = await self._request("PUT", "/v1/agency-settings", json=request_json(body))
        return self._parse(AgencyRead, response)
