"""What every service method works with: the session, the caller, the clock, the peers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hearth_kit.auth import Principal
from hearth_kit.clock import Clock
from hearth_kit.events import emit
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.settings import OffersSettings

__all__ = ["OffersContext"]


@dataclass
class OffersContext:
    session: AsyncSession
    principal: Principal
    clock: Clock
    settings: OffersSettings
    peers: Any = None  # peers.Peers
    authorization: str | None = None  # the caller's bearer, forwarded to matching

    @property
    def tenant(self) -> str:
        assert self.principal.tenant is not None
        return self.principal.tenant

    @property
    def actor(self) -> str:
        return self.principal.actor

    def now(self) -> datetime:
        return self.clock.now()

    async def emit(self, type: str, offer: Any, **data: Any) -> None:
        """An offer's event, in this request's transaction: ids and codes only."""
        await emit_offer_event(self.session, type, offer, **data)


async def emit_offer_event(session: AsyncSession, type: str, offer: Any, **data: Any) -> None:
    await emit(
        session,
        type,
        subject_type="offer",
        subject_id=str(offer.id),
        la_code=offer.la_code,
        agency_ids=[offer.agency_id],
        data={
            "offer_id": str(offer.id),
            "agency_id": offer.agency_id,
            "la_code": offer.la_code,
            "referral_id": offer.referral_id,
            "match_id": offer.match_id,
            "status": offer.status,
            **data,
        },
    )
