"""Exports: the Placements Standard's ActualPlacement, SSDA903 episode rows, stability."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date

from hearth_contract.placements import ActualPlacementRecord, StabilityFigures

from hearth_placements.context import PlacementsContext
from hearth_placements.models import Placement
from hearth_placements.repository import Repository

__all__ = [
    "EPISODE_COLUMNS",
    "ExportService",
    "actual_placement",
    "episode_row",
    "standard_placement_type",
]

# The SSDA903 Episodes table's columns, in the return's order. Hearth knows the
# placement's own fields; the LA fills in what only it holds (CIN, RNE, postcodes) and
# maps CHILD (Hearth's referral id) to its own child id when it loads the rows.
EPISODE_COLUMNS = [
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
]
_STANDARD_FIELDS = {
    "total_weekly_cost": "totalWeeklyCost",
    "placement_location": "placementLocation",
    "location_preferred": "preferabilityLocation",
    "education_continuity": "educationContinuity",
    "provider_urn": "providerURN",
    "siblings_placed_together": "siblingsPlacedTogether",
}


def standard_placement_type(code: str) -> str | None:
    """The Standard's placementType for an SSDA903 placement type, where one fits."""
    if code.startswith(("U", "A")):
        return "Foster"
    if code in {"K1", "K2", "R1"}:
        return "Residential"
    if code == "K3":
        return "Supported Accommodation"
    return None


def actual_placement(p: Placement) -> ActualPlacementRecord:
    details = p.details or {}
    values = {name: details.get(name) for name in _STANDARD_FIELDS}
    kind = standard_placement_type(p.placement_type)
    missing = [alias for name, alias in _STANDARD_FIELDS.items() if values[name] is None]
    if kind is None:
        missing.append("placementType")
    return ActualPlacementRecord(
        placement_id=str(p.id),
        preferability_location=values.pop("location_preferred"),
        **values,
        placement_type=kind,
        missing=missing,
    )


def _ssda_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def episode_row(p: Placement) -> list[str]:
    ending = p.ending or {}
    return [
        p.referral_id,
        _ssda_date(p.start_date),
        "",
        p.legal_status or "",
        "",
        p.placement_type,
        "",
        _ssda_date(p.end_date),
        ending.get("episode_end_reason", ""),
        ending.get("reason_for_change", ""),
        "",
        "",
        (p.details or {}).get("provider_urn") or "",
    ]


class ExportService:
    def __init__(self, ctx: PlacementsContext) -> None:
        self.ctx = ctx
        self.repository = Repository(ctx.session)

    async def episodes_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(EPISODE_COLUMNS)
        after = None
        while True:
            page = await self.repository.placements(after, 1000)
            writer.writerows(episode_row(p) for p in page)
            if len(page) < 1000:
                return out.getvalue()
            after = str(page[-1].id)

    async def stability(self) -> list[StabilityFigures]:
        """Per agency: placements, endings unplanned, mean days in placement, support held."""
        today = self.ctx.today()
        held = await self.repository.held_support_meetings()
        figures: dict[str, dict] = defaultdict(lambda: defaultdict(int))
        days: dict[str, list[int]] = defaultdict(list)
        for agency, status, start, end, ending in await self.repository.stability_rows():
            row = figures[agency]
            row["placements"] += 1
            row[status] += 1
            if ending and ending.get("planned") is False:
                row["unplanned"] += 1
            days[agency].append(((end or today) - start).days)
        return [
            StabilityFigures(
                agency_id=agency,
                placements=row["placements"],
                active=row["active"],
                ended=row["ended"],
                unplanned_endings=row["unplanned"],
                mean_days_in_placement=round(sum(days[agency]) / len(days[agency]), 1),
                support_meetings_held=held.get(agency, 0),
            )
            for agency, row in sorted(figures.items())
        ]
