"""What every service method works with: the session, the caller, the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hearth_contract.auth import CallerKind
from hearth_kit.auth import Principal
from hearth_kit.clock import Clock
from hearth_kit.events import emit
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_placements.settings import PlacementsSettings

__all__ = ["LONDON", "PlacementsContext"]

LONDON = ZoneInfo("Europe/London")


@dataclass
class PlacementsContext:
    session: AsyncSession
    principal: Principal
    clock: Clock
    settings: PlacementsSettings

    @property
    def actor(self) -> str:
        return self.principal.actor

    @property
    def is_agency(self) -> bool:
        return self.principal.kind is CallerKind.AGENCY

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """Today in the UK: the day deadlines are counted against."""
        return self.clock.now().astimezone(LONDON).date()

    async def emit(self, type: str, placement, **data) -> None:
        await emit(
            self.session,
            type,
            subject_type="placement",
            subject_id=str(placement.id),
            la_code=placement.la_code,
            agency_ids=[placement.agency_id],
            data={"agency_id": placement.agency_id, "la_code": placement.la_code, **data},
        )
