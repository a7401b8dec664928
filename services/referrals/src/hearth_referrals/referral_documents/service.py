"""Referral documents: keep what the LA sent, read it into a draft, confirm it as a referral."""

from __future__ import annotations

import re
import uuid

import anyio
from hearth_contract.auth import CallerKind
from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_contract.common import Page
from hearth_contract.documents import (
    DocumentAlreadyConfirmed,
    DocumentRead,
    DocumentSentAsForm,
    DocumentStatus,
    ReferralDocumentRead,
    ReferralDocumentSummary,
    ReferralDraftConfirm,
    ReferralDraftRead,
)
from hearth_contract.problems import FieldError, ReferralDocumentNotFound, ValidationFailed
from hearth_contract.referrals import ReferralSource
from hearth_kit.clock import local_date
from hearth_kit.db import new_id

from hearth_referrals.context import ReferralContext, parse_id
from hearth_referrals.documents import draft_corrections, read_referral_document
from hearth_referrals.intake.service import IntakeService
from hearth_referrals.models import Referral, ReferralDocument
from hearth_referrals.repository import encode_keyset

__all__ = ["ReferralDocumentService", "document_summary", "document_view", "refuse_forms"]

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


_FORM_TYPES = ("multipart/", "application/x-www-form-urlencoded")
# A form body whatever its Content-Type says: a boundary line, then a form-data part.
_FORM_BODY = re.compile(rb"^--[^\r\n]{1,200}\r?\nContent-Disposition:\s*form-data", re.IGNORECASE)


def refuse_forms(content_type: str, data: bytes) -> None:
    """Refuse a form upload: its fields and boundaries would be read as the document."""
    if content_type.strip().lower().startswith(_FORM_TYPES) or _FORM_BODY.match(data[:512]):
        raise DocumentSentAsForm(
            "Send the document's raw bytes as the request body "
            "(Content-Type: application/octet-stream), not a multipart form; "
            "give its name as ?filename=."
        )


def document_summary(document: ReferralDocument) -> ReferralDocumentSummary:
    return ReferralDocumentSummary(
        id=str(document.id),
        status=document.status,
        uploaded_at=document.uploaded_at,
        uploaded_by=document.uploaded_by,
        filename=document.filename,
        media_type=document.media_type,
        size_bytes=document.size_bytes,
        content_sha256=document.content_sha256,
        referral_id=str(document.referral_id) if document.referral_id else None,
    )


def document_view(document: ReferralDocument) -> ReferralDocumentRead:
    draft = ReferralDraftRead.model_validate(document.draft)
    return ReferralDocumentRead(
        id=str(document.id),
        status=document.status,
        uploaded_at=document.uploaded_at,
        uploaded_by=document.uploaded_by,
        document=DocumentRead.model_validate(draft.document),
        draft=draft,
        referral_id=str(document.referral_id) if document.referral_id else None,
        corrections=document.corrections,
    )


class ReferralDocumentService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def receive(self, data: bytes, filename: str | None) -> ReferralDocument:
        """Keep the document as received and read it into a draft (refuses hostile files)."""
        ctx = self.ctx
        now = ctx.now()
        # Reading is CPU work with its own time and size limits: off the event loop.
        draft = await anyio.to_thread.run_sync(
            lambda: read_referral_document(
                data, filename=filename, today=local_date(now), received_at=now
            )
        )
        principal = ctx.principal
        read_la = draft.la_code.value if draft.la_code.state == "found" else None
        document = ReferralDocument(
            uploaded_at=now,
            uploaded_by=principal.subject,
            uploader_kind=principal.kind.value,
            agency_id=principal.tenant if principal.kind is CallerKind.AGENCY else None,
            la_code=principal.tenant if principal.kind is CallerKind.LA else read_la,
            filename=filename,
            media_type=draft.document.media_type,
            size_bytes=draft.document.size_bytes,
            content_sha256=draft.document.content_sha256,
            content=data,
            draft=draft.model_dump(mode="json"),
            status=DocumentStatus.DRAFT.value,
            corrections=[],
        )
        ctx.session.add(document)
        await ctx.session.flush()
        return document

    async def get(self, document_id: str) -> ReferralDocument:
        """A document the caller uploaded (another caller's answers 404)."""
        document = await self.ctx.session.get(
            ReferralDocument, parse_id(document_id, ReferralDocumentNotFound)
        )
        if document is None:
            raise ReferralDocumentNotFound()
        return document

    async def original(self, document_id: str) -> ReferralDocument:
        """The document with its original bytes loaded."""
        document = await self.get(document_id)
        await self.ctx.session.refresh(document, ["content"])
        return document

    async def list(
        self, status: DocumentStatus | None, cursor: str | None, limit: int
    ) -> Page[ReferralDocumentSummary]:
        """The caller's uploads, newest first (each row's read audited)."""
        documents = await self.ctx.repository.documents(
            status.value if status else None, cursor, limit + 1
        )
        last = documents[limit - 1] if len(documents) > limit else None
        return Page[ReferralDocumentSummary](
            items=[document_summary(d) for d in documents[:limit]],
            next_cursor=encode_keyset(last.uploaded_at, last.id) if last else None,
        )

    async def confirm(
        self, document_id: str, body: ReferralDraftConfirm
    ) -> tuple[ReferralDocument, Referral]:
        """The officer's corrected draft becomes a referral, linked to its document.

        A document becomes at most one referral: the draft is marked with the new
        referral's id by a conditional update before the referral is written, so of
        concurrent confirms one wins and the others are told which referral it became.
        """
        ctx = self.ctx
        document = await self.get(document_id)
        if document.referral_id is not None:
            raise _already_confirmed(document.referral_id)
        la_code = self._referring_la(document, body)
        referral_id = new_id()
        if not await ctx.repository.confirm_draft(document.id, referral_id):
            await ctx.session.refresh(document, ["referral_id"])
            raise _already_confirmed(document.referral_id)
        by_agency = ctx.principal.kind is CallerKind.AGENCY
        referral = await IntakeService(ctx).create(
            body.referral,
            referral_id=referral_id,
            document_id=document.id,
            la_code=la_code,
            source=ReferralSource.AGENCY_DOCUMENT if by_agency else ReferralSource.LA_API,
        )
        draft = ReferralDraftRead.model_validate(document.draft)
        document.status = DocumentStatus.CONFIRMED.value
        document.referral_id = referral.id
        document.corrections = [
            c.model_dump(mode="json") for c in draft_corrections(draft, body.referral)
        ]
        await ctx.session.flush()
        return document, referral

    def _referring_la(self, document: ReferralDocument, body: ReferralDraftConfirm) -> str:
        """The LA the referral is from: the caller, if an LA; else as the agency says."""
        principal = self.ctx.principal
        if principal.kind is CallerKind.LA:
            return principal.tenant
        if body.referral.agency_ids != [principal.tenant]:
            raise ValidationFailed(
                "A document received by an agency becomes its own referral.",
                errors=[
                    FieldError(
                        pointer="/referral/agency_ids", detail="Give only your own agency's id."
                    )
                ],
            )
        la_code = body.la_code or document.la_code
        if la_code not in LOCAL_AUTHORITIES:
            raise ValidationFailed(
                "Say which LA sent this referral.",
                errors=[
                    FieldError(
                        pointer="/la_code",
                        detail="Give the referring LA's ONS code.",
                        code="missing",
                    )
                ],
            )
        return la_code


def _already_confirmed(referral_id: uuid.UUID | None) -> DocumentAlreadyConfirmed:
    return DocumentAlreadyConfirmed(
        f"This document has already become referral {referral_id}.",
        extensions={"referral_id": str(referral_id)},
    )
