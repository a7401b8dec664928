"""Deleting households, homes and places: the one rule every caller (officer or partner) meets.

A household or home goes with its places, each leaving its own tombstone in the change
feed; none may go while a place stands for a child's placement (held, reserved or filled).
"""

from __future__ import annotations

from hearth_kit.db import record_audit

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.rules import committed_place_refusal

__all__ = ["delete_holder", "delete_place"]


async def delete_holder(ctx: VacancyContext, holder: Household | Home) -> None:
    """Delete a household or home and its places; 409 while a place is committed."""
    kind = "household" if isinstance(holder, Household) else "home"
    places = await ctx.repository.places_of(
        household_id=holder.id if kind == "household" else None,
        home_id=holder.id if kind == "home" else None,
    )
    refusal = committed_place_refusal(place.state for place in places)
    if refusal is not None:
        raise refusal
    for place in places:
        await _remove(ctx, place)
    await ctx.session.delete(holder)
    await ctx.session.flush()
    record_audit(ctx.session, "delete", kind, str(holder.id))
    await ctx.emit(f"{kind}.deleted", kind, str(holder.id), external_id=holder.external_id)


async def delete_place(ctx: VacancyContext, place: Vacancy) -> None:
    """Delete one place; 409 if it is held, reserved or filled."""
    refusal = committed_place_refusal([place.state])
    if refusal is not None:
        raise refusal
    await _remove(ctx, place)


async def _remove(ctx: VacancyContext, place: Vacancy) -> None:
    await ctx.session.delete(place)
    await ctx.session.flush()
    await ctx.emit("vacancy.deleted", "vacancy", str(place.id), external_id=place.external_id)
