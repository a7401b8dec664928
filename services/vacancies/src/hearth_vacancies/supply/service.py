"""Supply figures: free places by setting, age band and placement type, and how many are stale."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from hearth_contract.vacancies import SupplyFigures, SupplyRow, VacancyState

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.models import Vacancy
from hearth_vacancies.rules import age_bands_of, is_stale

__all__ = ["SupplyService", "count_supply"]


def count_supply(vacancies: Iterable[Vacancy], now, stale_after_hours: int) -> SupplyFigures:
    """Free places counted once per age band and placement kind each could take."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    free = stale = 0
    for vacancy in vacancies:
        if is_stale(vacancy.last_confirmed_at, now, stale_after_hours):
            stale += 1
        if vacancy.state != VacancyState.AVAILABLE:
            continue
        free += 1
        for band in age_bands_of(vacancy.age_min, vacancy.age_max):
            for kind in vacancy.placement_kinds:
                counts[(vacancy.agency_id, vacancy.setting, band, kind)] += 1
    rows = [
        SupplyRow(agency_id=a, setting=s, age_band=b, placement_kind=k, free_places=n)
        for (a, s, b, k), n in sorted(counts.items())
    ]
    return SupplyFigures(at=now, free_places=free, stale=stale, rows=rows)


class SupplyService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def figures(self) -> SupplyFigures:
        """The caller's agency's supply now."""
        vacancies = await self.ctx.repository.open_vacancies()
        return count_supply(vacancies, self.ctx.now(), self.ctx.settings.stale_after_hours)
