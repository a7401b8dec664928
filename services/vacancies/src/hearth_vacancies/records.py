"""Changing and deleting households and homes: the rules every caller (officer or partner) meets.

A household or home goes with its places, each leaving its own tombstone in the change
feed; none may go while a place stands for a child's placement (held, reserved or filled).
Nor may a change of approval or registration leave one of its places outside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from hearth_contract.problems import Conflict
from hearth_kit.db import record_audit

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.rules import (
    OPEN_STATES,
    HolderTerms,
    PlaceTerms,
    committed_place_refusal,
    places_outside_errors,
)

__all__ = ["delete_holder", "delete_place", "places_refusal"]


def places_refusal(terms: HolderTerms, places: Iterable[Vacancy]) -> Conflict | None:
    """Why new approval or registration terms are refused for these places (None: they fit)."""
    errors = places_outside_errors(
        terms,
        (
            PlaceTerms(
                id=str(place.id),
                age_min=place.age_min,
                age_max=place.age_max,
                placement_kinds=place.placement_kinds,
                open=place.state in OPEN_STATES,
            )
            for place in places
        ),
    )
    if not errors:
        return None
    return Conflict("The change would leave existing places outside it.", errors=errors)


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
