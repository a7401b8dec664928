"""Referral documents: keep what the LA sent, read it into a draft, confirm it as a referral."""

from __future__ import annotations

import anyio
from hearth_contract.auth import CallerKind
from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_contract.documents import (
    DocumentRead,
    ReferralDocumentRead,
    ReferralDraftConfirm,
    ReferralDraftRead,
)
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    ReferralDocumentNotFound,
    ValidationFailed,
)

from hearth_referrals.context import ReferralContext, parse_id
from hearth_referrals.documents import draft_corrections, read_referral_document
from hearth_referrals.intake.service import IntakeService
from hearth_referrals.models import Referral, ReferralDocument

__all__ = ["ReferralDocumentService", "document_view"]

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


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
                data, filename=filename, today=now.date(), received_at=now
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
            status="draft",
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

    async def confirm(
        self, document_id: str, body: ReferralDraftConfirm
    ) -> tuple[ReferralDocument, Referral]:
        """The officer's corrected draft becomes a referral, linked to its document."""
        ctx = self.ctx
        document = await self.get(document_id)
        if document.status != "draft":
            raise InvalidState("This document has already been confirmed as a referral.")
        la_code = (
            ctx.principal.tenant
            if ctx.principal.kind is CallerKind.LA
            else (body.la_code or document.la_code)
        )
        if ctx.principal.kind is CallerKind.AGENCY and body.referral.agency_ids != [
            ctx.principal.tenant
        ]:
            raise ValidationFailed(
                "A document received by an agency becomes its own referral.",
                errors=[
                    FieldError(
                        pointer="/referral/agency_ids", detail="Give only your own agency's id."
                    )
                ],
            )
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
        referral = await IntakeService(ctx).create(
            body.referral, document_id=document.id, la_code=la_code
        )
        draft = ReferralDraftRead.model_validate(document.draft)
        document.status = "confirmed"
        document.referral_id = referral.id
        document.corrections = [
            c.model_dump(mode="json") for c in draft_corrections(draft, body.referral)
        ]
        await ctx.session.flush()
        return document, referral
