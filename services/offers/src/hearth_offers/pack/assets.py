"""The images a pack shows, loaded for rendering: the profile's pictures and the agency's
logo, each the very bytes the pack names by hash (so a sent pack renders as it was sent)."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa
from hearth_contract.offers import OfferPack
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.models import AgencyLogo, Attachment, Offer

__all__ = ["PackAssets", "pack_assets"]

IMAGE_TYPES = ("image/jpeg", "image/png")


@dataclass
class PackAssets:
    """Images as ``data:`` URIs by SHA-256 (nothing fetched while rendering)."""

    images: dict[str, str] = field(default_factory=dict)
    logo: str | None = None


def data_uri(media_type: str, content: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(content).decode()}"


async def pack_assets(session: AsyncSession, offer: Offer) -> PackAssets:
    """The offer's pack images and its agency's logo, read by the offer's own tenant keys."""
    pack = OfferPack.model_validate(offer.pack)
    wanted = [uuid.UUID(a.id) for a in pack.attachments if a.media_type in IMAGE_TYPES]
    assets = PackAssets()
    if wanted:
        query = (
            sa.select(Attachment.sha256, Attachment.media_type, Attachment.content)
            .where(Attachment.offer_id == offer.id, Attachment.id.in_(wanted))
            .execution_options(system_reason="the images of a pack the caller may read")
        )
        for sha256, media_type, content in await session.execute(query):
            assets.images[sha256] = data_uri(media_type, content)
    if pack.logo is not None:
        query = (
            sa.select(AgencyLogo.content)
            .where(AgencyLogo.agency_id == offer.agency_id, AgencyLogo.sha256 == pack.logo.sha256)
            .execution_options(system_reason="the logo a pack the caller may read was sent with")
        )
        content = await session.scalar(query)
        if content is not None:
            assets.logo = data_uri(pack.logo.media_type, content)
    return assets
