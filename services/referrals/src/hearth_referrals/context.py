"""What every service method works with: the session, the caller and the clock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, NoReturn

from hearth_contract.problems import ReferralNotFound
from hearth_kit.auth import Principal
from hearth_kit.bulk import TableRows
from hearth_kit.clock import ENGLAND, Clock, local_date
from hearth_kit.events import emit, event_rows
from hearth_kit.security import note_if_another_tenants
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_referrals.models import Referral, StatusHistory
from hearth_referrals.repository import ReferralRepository

__all__ = ["LONDON", "ReferralContext", "parse_id"]

LONDON = ENGLAND


def parse_id(raw: str, not_found: type[Exception] = ReferralNotFound) -> uuid.UUID:
    """An id from a path; a malformed one is simply not found (no hint of what exists)."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise not_found() from None


@dataclass
class ReferralContext:
    session: AsyncSession
    principal: Principal
    clock: Clock

    @property
    def repository(self) -> ReferralRepository:
        return ReferralRepository(self.session)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """Today's date in London: the day an LA dates its referral and an officer counts."""
        return local_date(self.now())

    def start_of_today(self) -> datetime:
        """Midnight in London, in UTC: where the agency's day, and its counters, begin."""
        return datetime.combine(self.today(), time.min, tzinfo=LONDON).astimezone(UTC)

    async def load(self, referral_id: str) -> Referral:
        parsed = parse_id(referral_id)
        referral = await self.repository.get(parsed)
        if referral is None:
            await self._not_found(parsed)
        return referral

    async def load_for_update(self, referral_id: str) -> Referral:
        parsed = parse_id(referral_id)
        referral = await self.repository.get_for_update(parsed)
        if referral is None:
            await self._not_found(parsed)
        return referral

    async def _not_found(self, referral_id: Any) -> NoReturn:
        """404 for a missing referral and for another tenant's, whose attempt is recorded."""
        await note_if_another_tenants(self.session, Referral, referral_id, "referral")
        raise ReferralNotFound()

    def record(self, referral: Referral, **change: Any) -> None:
        """Add a status change by this caller, now, to the session (see ``history_values``)."""
        self.session.add(
            StatusHistory(**self.history_values(referral.id, referral.la_code, **change))
        )

    def history_values(
        self,
        referral_id: uuid.UUID,
        la_code: str,
        *,
        agency_id: str | None,
        from_status: str | None,
        to_status: str,
        reason: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        """A status change by this caller, now: its row's values (``record`` adds it to the
        session; intake writes a new referral's with its other rows)."""
        return {
            "referral_id": referral_id,
            "agency_id": agency_id,
            "la_code": la_code,
            "at": self.now(),
            "actor_kind": self.principal.kind.value,
            "actor": self.principal.subject,
            "from_status": from_status,
            "to_status": to_status,
            "reason": reason,
            "note": note,
        }

    async def emit(
        self, type: str, referral: Referral, agency_ids: list[str], **data: str | int | None
    ) -> None:
        fields = _event_fields(referral.id, referral.la_code, agency_ids, data)
        await emit(self.session, type, **fields)

    def event(
        self,
        type: str,
        referral_id: uuid.UUID,
        la_code: str,
        agency_ids: list[str],
        **data: str | int | None,
    ) -> TableRows:
        """The event ``emit`` would write of a referral, for a repository to insert with its
        own rows."""
        return event_rows(
            self.session, type, **_event_fields(referral_id, la_code, agency_ids, data)
        )


def _event_fields(
    referral_id: uuid.UUID, la_code: str, agency_ids: list[str], data: dict[str, Any]
) -> dict[str, Any]:
    """A referral event's subject and thin data (codes and ids only, never child details)."""
    return {
        "subject_type": "referral",
        "subject_id": str(referral_id),
        "la_code": la_code,
        "agency_ids": agency_ids,
        "data": {"la_code": la_code, **data},
    }
