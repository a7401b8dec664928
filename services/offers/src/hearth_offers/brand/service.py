"""The agency's brand: its name and logo, set by its officers, frozen into each pack sent.

A logo is PNG or JPEG (read from its bytes), at most ``logo_max_bytes``, kept by its
SHA-256 for good: a sent pack names the logo it showed, and a new logo never rewrites it.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from hearth_contract.offers import AgencyBrandRead, AgencyBrandUpdate, PackLogo
from hearth_contract.problems import (
    FieldError,
    LogoNotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)

from hearth_offers.context import OffersContext
from hearth_offers.files.sniff import media_type_of
from hearth_offers.models import AgencyBrand, AgencyLogo

__all__ = ["BrandService", "brand_read", "pack_logo"]

LOGO_TYPES = ("image/png", "image/jpeg")


def pack_logo(brand: AgencyBrand | None, media_type: str | None) -> PackLogo | None:
    if brand is None or brand.logo_sha256 is None or media_type is None:
        return None
    return PackLogo(
        sha256=brand.logo_sha256,
        media_type=media_type,  # type: ignore[arg-type]
        alt_text=brand.logo_alt_text or "",
    )


def brand_read(agency_id: str, brand: AgencyBrand | None, logo: PackLogo | None) -> AgencyBrandRead:
    return AgencyBrandRead(
        agency_id=agency_id,
        display_name=brand.display_name if brand else None,
        logo=logo,
        updated_at=brand.updated_at if brand else None,
    )


class BrandService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx

    async def brand(self) -> tuple[AgencyBrand | None, PackLogo | None]:
        """The caller's agency's brand and its current logo (tenant-scoped: its own only)."""
        brand = await self.ctx.session.get(AgencyBrand, self.ctx.tenant)
        if brand is None or brand.logo_sha256 is None:
            return brand, None
        media_type = await self.ctx.session.scalar(
            sa.select(AgencyLogo.media_type).where(
                AgencyLogo.agency_id == brand.agency_id, AgencyLogo.sha256 == brand.logo_sha256
            )
        )
        return brand, pack_logo(brand, media_type)

    async def _own(self) -> AgencyBrand:
        ctx = self.ctx
        brand = await ctx.session.get(AgencyBrand, ctx.tenant, with_for_update=True)
        if brand is None:
            brand = AgencyBrand(agency_id=ctx.tenant, updated_at=ctx.now(), updated_by=ctx.actor)
            ctx.session.add(brand)
        brand.updated_at, brand.updated_by = ctx.now(), ctx.actor
        return brand

    async def set_name(self, body: AgencyBrandUpdate) -> AgencyBrand:
        """Name the agency as its next packs show it."""
        brand = await self._own()
        brand.display_name = body.display_name
        await self.ctx.session.flush()
        return brand

    async def set_logo(self, content: bytes, alt_text: str) -> AgencyBrand:
        """Upload the agency's logo (PNG or JPEG, by its bytes) with its alternative text."""
        ctx = self.ctx
        if not content:
            raise ValidationFailed(
                "The logo is empty.", errors=[FieldError(pointer="/", detail="empty body")]
            )
        if len(content) > ctx.settings.logo_max_bytes:
            raise PayloadTooLarge(f"A logo may be at most {ctx.settings.logo_max_bytes} bytes.")
        media_type = media_type_of(content)
        if media_type not in LOGO_TYPES:
            raise UnsupportedMediaType("A logo is a PNG or JPEG (the type is read from the bytes).")
        sha256 = hashlib.sha256(content).hexdigest()
        brand = await self._own()
        if await ctx.session.get(AgencyLogo, (ctx.tenant, sha256)) is None:
            ctx.session.add(
                AgencyLogo(
                    agency_id=ctx.tenant,
                    sha256=sha256,
                    media_type=media_type,
                    size_bytes=len(content),
                    content=content,
                    created_at=ctx.now(),
                )
            )
        brand.logo_sha256, brand.logo_alt_text = sha256, alt_text
        await ctx.session.flush()
        return brand

    async def logo(self) -> AgencyLogo:
        """The agency's current logo, as uploaded; 404 if it has none."""
        brand = await self.ctx.session.get(AgencyBrand, self.ctx.tenant)
        if brand is None or brand.logo_sha256 is None:
            raise LogoNotFound()
        logo = await self.ctx.session.scalar(
            sa.select(AgencyLogo)
            .where(AgencyLogo.agency_id == brand.agency_id, AgencyLogo.sha256 == brand.logo_sha256)
            .options(sa.orm.undefer(AgencyLogo.content))
        )
        if logo is None:
            raise LogoNotFound()
        return logo
