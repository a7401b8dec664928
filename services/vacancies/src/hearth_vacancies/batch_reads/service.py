"""Batch reads: another Hearth service reads many records of one kind in one call.

Matching follows the vacancies feed and needs each named record as it is now; a batch
of a thousand events costs one request and one query per kind, not a thousand GETs.
The caller sees exactly what a single GET would show it (tenant rules and read audit
included); an id it may not see is reported missing, like a deleted one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hearth_contract.common import Batch
from hearth_contract.vacancies import HomeRead, HouseholdRead, VacancyRead
from hearth_kit.responses import batch_ids, in_requested_order

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.views import home_read, household_read, vacancy_read

__all__ = ["HOMES", "HOUSEHOLDS", "VACANCIES", "BatchKind", "batch_get"]


@dataclass(frozen=True)
class BatchKind:
    """One kind of record that can be read in batches, and how it is shown."""

    collection: str
    model: type
    read_model: type
    view: Callable[[VacancyContext, Any], Any]


HOUSEHOLDS = BatchKind("households", Household, HouseholdRead, lambda ctx, r: household_read(r))
HOMES = BatchKind("homes", Home, HomeRead, lambda ctx, r: home_read(r))
VACANCIES = BatchKind(
    "vacancies",
    Vacancy,
    VacancyRead,
    lambda ctx, r: vacancy_read(r, ctx.now(), ctx.settings.stale_after_hours),
)


async def batch_get(ctx: VacancyContext, kind: BatchKind, ids: list[str]) -> Batch[Any]:
    """The records of ``ids`` the caller may see, in the order asked; the rest as missing."""
    records = await ctx.repository.by_ids(kind.model, batch_ids(ids))
    items, missing = in_requested_order(
        ids, {r.id: r for r in records}, lambda record: kind.view(ctx, record)
    )
    return Batch[kind.read_model](items=items, missing=missing)  # type: ignore[name-defined]
