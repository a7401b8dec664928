"""Children's homes: registration, location and the young people living there."""

from __future__ import annotations

from hearth_contract.problems import Conflict, HomeNotFound
from hearth_contract.vacancies import HomeCreate
from hearth_kit.bulk import Json
from hearth_kit.security import note_if_another_tenants

from hearth_vacancies.context import VacancyContext, parse_id, reject
from hearth_vacancies.households.service import check_if_match
from hearth_vacancies.models import Home
from hearth_vacancies.records import delete_holder, places_refusal
from hearth_vacancies.rules import home_errors, home_terms

__all__ = ["HomeService", "home_columns", "home_row"]


def home_columns(ctx: VacancyContext, body: HomeCreate) -> dict:
    """The stored form of a valid home (its rules checked, its postcode located)."""
    columns = home_row(ctx, body)
    columns["profile"] = columns["profile"].load()
    return columns


def home_row(ctx: VacancyContext, body: HomeCreate) -> dict:
    """As :func:`home_columns`, the profile as JSON text (for a bulk insert)."""
    reject(home_errors(body))
    body, location = ctx.located(body)
    registration = body.registration
    return {
        "urn": body.urn,
        "name": body.name,
        **location,
        "age_min": registration.age_min,
        "age_max": registration.age_max,
        "capacity": registration.capacity,
        "residents": len(body.residents),
        "profile": Json(body.model_dump_json()),
    }


class HomeService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def create(self, body: HomeCreate) -> Home:
        """Record a children's home of the caller's agency (one record per Ofsted URN)."""
        ctx = self.ctx
        home = Home(
            agency_id=ctx.agency_id,
            created_at=ctx.now(),
            updated_at=ctx.now(),
            **home_columns(ctx, body),
        )
        if await ctx.repository.home_by_urn(ctx.agency_id, body.urn) is not None:
            raise Conflict("This agency already has a home with that URN.")
        ctx.session.add(home)
        await ctx.session.flush()
        await self._upserted(home)
        return home

    async def get(self, home_id: str, *, for_update: bool = False) -> Home:
        """One children's home of the caller's agency."""
        parsed = parse_id(home_id, HomeNotFound)
        home = await self.ctx.repository.home(parsed, for_update=for_update)
        if home is None:
            await note_if_another_tenants(self.ctx.session, Home, parsed, "home")
            raise HomeNotFound()
        return home

    async def replace(self, home_id: str, if_match: str | None, body: HomeCreate) -> Home:
        """Replace a home's record, given the ETag it was read with."""
        home = await self.get(home_id, for_update=True)
        check_if_match(home, if_match)
        columns = home_columns(self.ctx, body)
        if columns["profile"] != home.profile:
            places = await self.ctx.repository.places_of(home_id=home.id)
            refusal = places_refusal(home_terms(body), places)
            if refusal is not None:
                raise refusal
        for name, value in columns.items():
            setattr(home, name, value)
        home.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        await self._upserted(home)
        return home

    async def delete(self, home_id: str, if_match: str | None) -> None:
        """Delete a home and its places; refused while a place is committed to a child."""
        home = await self.get(home_id, for_update=True)
        check_if_match(home, if_match)
        await delete_holder(self.ctx, home)

    async def _upserted(self, home: Home) -> None:
        await self.ctx.emit(
            "home.upserted",
            "home",
            str(home.id),
            external_id=home.external_id,
            version=home.version,
        )
