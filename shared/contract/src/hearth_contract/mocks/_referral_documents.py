"""The referral-documents part of the referrals mock: upload, list, read, confirm.

The mock does not read documents: a draft names the file and nothing else. What it
keeps exact is what a consumer relies on: a form upload is refused (415), a document
becomes at most one referral (409 naming it, or the replay of an Idempotency-Key), an
agency's registration is its own until the named LA claims it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import TYPE_CHECKING

import httpx

from hearth_contract.common import Page
from hearth_contract.documents import (
    DocumentAlreadyConfirmed,
    DocumentKind,
    DocumentRead,
    DocumentRejected,
    DocumentSentAsForm,
    DocumentStatus,
    ReferralDocumentRead,
    ReferralDocumentSummary,
    ReferralDraftConfirm,
    ReferralDraftRead,
)
from hearth_contract.mocks._http import json_response, validate
from hearth_contract.problems import (
    FieldError,
    IdempotencyKeyMismatch,
    ReferralDocumentNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import ReferralSource

if TYPE_CHECKING:
    from hearth_contract.mocks.referrals import MockReferrals

__all__ = ["MockReferralDocuments"]

_KINDS = (
    (b"%PDF", DocumentKind.PDF, "application/pdf"),
    (b"PK", DocumentKind.DOCX, "application/zip"),
)


def _kind(content: bytes) -> tuple[DocumentKind, str]:
    for magic, kind, media_type in _KINDS:
        if content.startswith(magic):
            return kind, media_type
    return DocumentKind.TEXT, "text/plain"


class MockReferralDocuments:
    """The documents the mock's caller uploaded, and the referrals they became."""

    def __init__(self, referrals: MockReferrals) -> None:
        self.referrals = referrals
        self.documents: dict[str, ReferralDocumentRead] = {}
        self.originals: dict[str, bytes] = {}
        self._idempotency: dict[str, tuple[str, httpx.Response]] = {}

    def upload(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/referral-documents``: raw bytes only (a form is 415)."""
        content_type = request.headers.get("Content-Type", "").lower()
        if content_type.startswith(("multipart/", "application/x-www-form-urlencoded")):
            raise DocumentSentAsForm("Send the document's raw bytes as the request body.")
        if not request.content:
            raise DocumentRejected("The document is empty.")
        kind, media_type = _kind(request.content)
        now = self.referrals.now()
        document = DocumentRead(
            content_sha256=hashlib.sha256(request.content).hexdigest(),
            size_bytes=len(request.content),
            kind=kind,
            media_type=media_type,
            filename=request.url.params.get("filename"),
            received_at=now,
        )
        read = ReferralDocumentRead(
            id=str(uuid.uuid4()),
            status=DocumentStatus.DRAFT,
            uploaded_at=now,
            uploaded_by="mock-user",
            document=document,
            draft=ReferralDraftRead(document=document, referral={}),
        )
        self.documents[read.id] = read
        self.originals[read.id] = request.content
        headers = {"Location": f"/v1/referral-documents/{read.id}"}
        return json_response(read, 201, headers)

    def list(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/referral-documents``: newest first, ``status`` filter, offset cursor."""
        limit = int(request.url.params.get("limit", 50))
        start = int(request.url.params.get("cursor") or 0)
        status = request.url.params.get("status")
        rows = [
            ReferralDocumentSummary(
                **d.model_dump(include={"id", "status", "uploaded_at", "uploaded_by"}),
                **d.document.model_dump(
                    include={"filename", "media_type", "size_bytes", "content_sha256"}
                ),
                referral_id=d.referral_id,
            )
            for d in reversed(self.documents.values())
            if status is None or d.status == status
        ]
        next_cursor = str(start + limit) if start + limit < len(rows) else None
        page = Page[ReferralDocumentSummary](
            items=rows[start : start + limit], next_cursor=next_cursor
        )
        return json_response(page)

    def get(self, request: httpx.Request, document_id: str) -> httpx.Response:
        """``GET /v1/referral-documents/{id}``."""
        return json_response(self._find(document_id))

    def original(self, request: httpx.Request, document_id: str) -> httpx.Response:
        """``GET /v1/referral-documents/{id}/original``: the bytes as received."""
        document = self._find(document_id)
        return httpx.Response(
            200,
            content=self.originals[document.id],
            headers={"Content-Type": document.document.media_type},
        )

    def confirm(self, request: httpx.Request, document_id: str) -> httpx.Response:
        """``POST /v1/referral-documents/{id}/confirm``: at most one referral per document."""
        key = request.headers.get("Idempotency-Key")
        digest = hashlib.sha256(request.url.path.encode() + request.content).hexdigest()
        if key and key in self._idempotency:
            first_digest, first = self._idempotency[key]
            if first_digest != digest:
                raise IdempotencyKeyMismatch()
            return httpx.Response(
                first.status_code,
                content=first.content,
                headers={**first.headers, "Idempotent-Replayed": "true"},
            )
        document = self._find(document_id)
        if document.referral_id is not None:
            raise DocumentAlreadyConfirmed(
                f"This document has already become referral {document.referral_id}.",
                extensions={"referral_id": document.referral_id},
            )
        body = validate(ReferralDraftConfirm, json.loads(request.content or b"{}"))
        response = self._register(document, body)
        if key:
            self._idempotency[key] = (digest, response)
        return response

    def _register(self, document: ReferralDocumentRead, body: ReferralDraftConfirm):
        referrals = self.referrals
        agency_id = referrals.agency_id
        if agency_id is not None and body.referral.agency_ids != [agency_id]:
            raise ValidationFailed(
                "A document received by an agency becomes its own referral.",
                errors=[FieldError(pointer="/referral/agency_ids", detail="Give only your own.")],
            )
        if agency_id is not None and body.la_code is None:
            raise ValidationFailed(
                "Say which LA sent this referral.",
                errors=[FieldError(pointer="/la_code", detail="Give the LA's ONS code.")],
            )
        referral = referrals.add_referral(
            body.referral,
            la_code=body.la_code if agency_id else None,
            source=ReferralSource.AGENCY_DOCUMENT if agency_id else ReferralSource.LA_API,
            document_id=document.id,
        )
        self.documents[document.id] = document.model_copy(
            update={"status": DocumentStatus.CONFIRMED, "referral_id": referral.id}
        )
        return referrals.created(referral)

    def _find(self, document_id: str) -> ReferralDocumentRead:
        document = self.documents.get(document_id)
        if document is None:
            raise ReferralDocumentNotFound("No document with this id is visible to you.")
        return document
