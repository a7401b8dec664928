"""Foster households: the agency's record of each, kept true by officers and partners."""

from __future__ import annotations

from hearth_contract.problems import (
    HouseholdNotFound,
)
from hearth_contract.vacancies import HouseholdCreate
from hearth_kit.bulk import Json
from hearth_kit.etags import check_if_match
from hearth_kit.security import note_if_another_tenants

from hearth_vacancies.context import VacancyContext, parse_id, reject
from hearth_vacancies.models import Household
from hearth_vacancies.records import delete_holder, places_refusal
from hearth_vacancies.rules import household_errors, household_terms

__all__ = ["HouseholdService", "check_if_match", "household_columns", "household_row"]


def household_columns(ctx: VacancyContext, body: HouseholdCreate) -> dict:
    """The stored form of a valid household (its rules checked, its postcode located)."""
    columns = household_row(ctx, body)
    columns["profile"] = columns["profile"].load()
    return columns


def household_row(ctx: VacancyContext, body: HouseholdCreate) -> dict:
    """As :func:`household_columns`, the profile as JSON text (for a bulk insert)."""
    reject(household_errors(body))
    body, location = ctx.located(body)
    approval = body.approval
    return {
        "name": body.name,
        **location,
        "age_min": approval.age_min,
        "age_max": approval.age_max,
        "approved_children": approval.children,
        "placed_children": len(body.placed_children),
        "profile": Json(body.model_dump_json()),
    }


class HouseholdService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def create(self, body: HouseholdCreate, external_id: str | None = None) -> Household:
        """Record a new foster household of the caller's agency."""
        ctx = self.ctx
        household = Household(
            agency_id=ctx.agency_id,
            external_id=external_id,
            created_at=ctx.now(),
            updated_at=ctx.now(),
            **household_columns(ctx, body),
        )
        ctx.session.add(household)
        await ctx.session.flush()
        await self._upserted(household)
        return household

    async def get(self, household_id: str) -> Household:
        """One household of the caller's agency."""
        parsed = parse_id(household_id, HouseholdNotFound)
        household = await self.ctx.repository.household(parsed)
        if household is None:
            await note_if_another_tenants(self.ctx.session, Household, parsed, "household")
            raise HouseholdNotFound()
        return household

    async def replace(
        self, household_id: str, if_match: str | None, body: HouseholdCreate
    ) -> Household:
        """Replace a household's record, given the ETag it was read with."""
        parsed = parse_id(household_id, HouseholdNotFound)
        household = await self.ctx.repository.household(parsed, for_update=True)
        if household is None:
            await note_if_another_tenants(self.ctx.session, Household, parsed, "household")
            raise HouseholdNotFound()
        check_if_match(household, if_match)
        await self.apply(household, body)
        return household

    async def apply(self, household: Household, body: HouseholdCreate) -> bool:
        """Write ``body`` over the household; False (and no event) if nothing changed."""
        columns = household_columns(self.ctx, body)
        if columns["profile"] == household.profile:
            return False
        refusal = places_refusal(
            household_terms(body),
            await self.ctx.repository.places_of(household_id=household.id),
        )
        if refusal is not None:
            raise refusal
        for name, value in columns.items():
            setattr(household, name, value)
        household.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        await self._upserted(household)
        return True

    async def delete(self, household_id: str, if_match: str | None) -> None:
        """Delete a household and its places; refused while a place is committed to a child."""
        parsed = parse_id(household_id, HouseholdNotFound)
        household = await self.ctx.repository.household(parsed, for_update=True)
        if household is None:
            await note_if_another_tenants(self.ctx.session, Household, parsed, "household")
            raise HouseholdNotFound()
        check_if_match(household, if_match)
        await delete_holder(self.ctx, household)

    async def _upserted(self, household: Household) -> None:
        await self.ctx.emit(
            "household.upserted",
            "household",
            str(household.id),
            external_id=household.external_id,
            version=household.version,
        )
