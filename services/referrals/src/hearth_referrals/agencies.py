"""The agency directory and each agency's own settings."""

from __future__ import annotations

from hearth_contract.problems import AgencyNotFound
from hearth_contract.referrals import AgencySettingsUpdate, AgencyUpdate

from hearth_referrals.context import ReferralContext
from hearth_referrals.models import Agency

__all__ = ["AgencyService"]


class AgencyService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def directory(self) -> list[Agency]:
        """Every agency a referral can be sent to."""
        return await self.ctx.repository.agencies()

    async def register(self, agency_id: str, body: AgencyUpdate) -> tuple[Agency, bool]:
        """Create or replace an agency's entry (operators). Returns (agency, created)."""
        agency = await self.ctx.repository.agency(agency_id)
        created = agency is None
        if agency is None:
            agency = Agency(id=agency_id)
            self.ctx.session.add(agency)
        agency.name = body.name
        agency.first_response_minutes = body.first_response_minutes
        await self.ctx.session.flush()
        return agency, created

    async def own(self) -> Agency:
        agency = await self.ctx.repository.agency(self.ctx.principal.tenant)
        if agency is None:
            raise AgencyNotFound("This agency is not registered.")
        return agency

    async def update_own(self, body: AgencySettingsUpdate) -> Agency:
        """An agency sets its own first-response target (applies to referrals received after)."""
        agency = await self.own()
        agency.first_response_minutes = body.first_response_minutes
        await self.ctx.session.flush()
        return agency
