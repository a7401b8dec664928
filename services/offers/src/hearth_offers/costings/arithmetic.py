"""Costings as pure functions: a rate card and what is asked for in, priced lines out.

Money is integer pence (GBP) throughout, so pricing never rounds: a line is quantity x
unit price, exactly. The one rounding is the Placements Standard's ``totalWeeklyCost``,
an integer of whole pounds: the weekly total in pence, rounded half up to the pound,
once, on the total (never line by line).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hearth_contract.offers import (
    AddOnKind,
    CostingLine,
    CostingRequest,
    LineAdjustment,
    LinePeriod,
    RateCardCreate,
)
from hearth_contract.problems import FieldError, ValidationFailed

__all__ = [
    "ROUNDING",
    "Totals",
    "adjust",
    "overlapping",
    "pounds_half_up",
    "price",
    "totals",
]

ROUNDING = (
    "Every line is exact in pence (quantity x unit price). totalWeeklyCost is the weekly "
    "total rounded half up to whole pounds, once, on the total."
)
ADD_ON_UNITS = {AddOnKind.EXTRA_SUPPORT_HOURS: "hour"}


@dataclass(frozen=True)
class Totals:
    weekly_pence: int
    one_off_pence: int
    total_weekly_cost: int


def pounds_half_up(pence: int) -> int:
    """Whole pounds from pence, half up (150 -> 2, 149 -> 1)."""
    return int((Decimal(pence) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _invalid(pointer: str, detail: str) -> FieldError:
    return FieldError(pointer=pointer, detail=detail, code="not_on_rate_card")


def _line(code: str, description: str, period: LinePeriod, quantity: int, unit: int):
    return CostingLine(
        code=code,
        description=description,
        period=period,
        quantity=quantity,
        unit_pence=unit,
        priced_pence=quantity * unit,
        amount_pence=quantity * unit,
    )


def price(card: RateCardCreate, setting: str, request: CostingRequest) -> list[CostingLine]:
    """The lines for ``request`` at the card's prices; 422 naming each field not on the card."""
    errors: list[FieldError] = []
    lines: list[CostingLine] = []
    core = {(fee.setting.value, fee.band): fee for fee in card.core_fees}.get(
        (setting, request.band)
    )
    if core is None:
        errors.append(_invalid("/costing/band", f"no {request.band} fee for {setting}"))
    else:
        label = f"Core weekly fee: {setting.replace('_', ' ')}, {request.band.replace('_', ' ')}"
        lines.append(_line("core", label, LinePeriod.WEEKLY, 1, core.weekly_pence))
    add_ons = {a.kind: a for a in card.add_ons}
    for n, wanted in enumerate(request.add_ons):
        rate = add_ons.get(wanted.kind)
        if rate is None:
            errors.append(_invalid(f"/costing/add_ons/{n}/kind", "not on the rate card"))
            continue
        unit = ADD_ON_UNITS.get(wanted.kind, "week")
        label = rate.description or wanted.kind.replace("_", " ").capitalize()
        description = f"{label} ({wanted.quantity} x per {unit})"
        lines.append(
            _line(
                wanted.kind.value, description, LinePeriod.WEEKLY, wanted.quantity, rate.rate_pence
            )
        )
    one_offs = {o.code: o for o in card.one_offs}
    for n, wanted in enumerate(request.one_offs):
        cost = one_offs.get(wanted.code)
        if cost is None:
            errors.append(_invalid(f"/costing/one_offs/{n}/code", "not on the rate card"))
            continue
        lines.append(
            _line(
                cost.code, cost.description, LinePeriod.ONE_OFF, wanted.quantity, cost.amount_pence
            )
        )
    if errors:
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)
    return adjust(lines, request.adjustments)


def adjust(lines: list[CostingLine], adjustments: list[LineAdjustment]) -> list[CostingLine]:
    """The lines with the officer's adjustments, each with its reason; 422 for an unknown line."""
    by_code = {adjustment.code: adjustment for adjustment in adjustments}
    known = {line.code for line in lines}
    errors = [
        FieldError(
            pointer=f"/costing/adjustments/{n}/code",
            detail="no priced line has this code",
            code="unknown_line",
        )
        for n, adjustment in enumerate(adjustments)
        if adjustment.code not in known
    ]
    if errors:
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)
    return [
        line.model_copy(
            update={
                "amount_pence": by_code[line.code].amount_pence,
                "adjustment_reason": by_code[line.code].reason,
            }
        )
        if line.code in by_code
        else line
        for line in lines
    ]


def totals(lines: list[CostingLine]) -> Totals:
    """The weekly and one-off totals, and the standard's totalWeeklyCost (whole pounds)."""
    weekly = sum(line.amount_pence for line in lines if line.period is LinePeriod.WEEKLY)
    one_off = sum(line.amount_pence for line in lines if line.period is LinePeriod.ONE_OFF)
    return Totals(weekly, one_off, pounds_half_up(weekly))


def overlapping(
    new_from: date, new_to: date | None, existing: list[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The first existing version whose dates overlap [new_from, new_to] (ends inclusive)."""
    for card in existing:
        starts_before_new_ends = new_to is None or card["effective_from"] <= new_to
        ends_after_new_starts = card["effective_to"] is None or card["effective_to"] >= new_from
        if starts_before_new_ends and ends_after_new_starts:
            return card
    return None
