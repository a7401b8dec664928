"""The family or home profile's files: stored with their SHA-256, typed from their bytes,
attached to a draft (so a sent pack's files never change), read by the offer's readers."""

from __future__ import annotations

import hashlib

from hearth_contract.offers import OfferStatus
from hearth_contract.problems import (
    AttachmentNotFound,
    FieldError,
    InvalidState,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)

from hearth_offers.context import OffersContext
from hearth_offers.files.sniff import media_type_of
from hearth_offers.models import Attachment
from hearth_offers.offers.repository import OfferRepository
from hearth_offers.offers.service import OfferService, record_step

__all__ = ["FileService"]


class FileService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx

    async def attach(
        self, offer_id: str, filename: str, description: str | None, content: bytes
    ) -> Attachment:
        """Attach a JPEG, PNG or PDF to a draft offer (415 for any other kind of file)."""
        ctx = self.ctx
        offer = await OfferService(ctx).get(offer_id)
        if offer.status != OfferStatus.DRAFT:
            raise InvalidState("Files can be attached to a draft only.")
        if not content:
            raise ValidationFailed(
                "The file is empty.", errors=[FieldError(pointer="/", detail="empty body")]
            )
        if len(content) > ctx.settings.attachment_max_bytes:
            raise PayloadTooLarge(
                f"A file may be at most {ctx.settings.attachment_max_bytes} bytes."
            )
        media_type = media_type_of(content)
        if media_type is None:
            raise UnsupportedMediaType(
                "Attach a JPEG, PNG or PDF (the type is read from the bytes)."
            )
        attachment = Attachment(
            offer_id=offer.id,
            agency_id=offer.agency_id,
            la_code=offer.la_code,
            filename=filename,
            media_type=media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            description=description,
            content=content,
            created_at=ctx.now(),
        )
        offer.attachments.append(attachment)
        record_step(offer, "file_attached", ctx.actor, ctx.now())
        await ctx.session.flush()
        return attachment

    async def read(self, offer_id: str, attachment_id: str) -> Attachment:
        """A file of an offer the caller may see; 404 otherwise."""
        offer = await OfferService(self.ctx).get(offer_id)
        attachment = await OfferRepository(self.ctx.session).attachment(offer, attachment_id)
        if attachment is None:
            raise AttachmentNotFound()
        return attachment
