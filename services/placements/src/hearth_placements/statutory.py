"""The statutory clock, as pure functions: working days and the first weeks' deadlines.

The Care Planning, Placement and Case Review (England) Regulations 2010 (and the seed
text "Placement Planning"): a placement plan before the placement or within 5 working
days of its start; a care plan within 10 working days; a placement planning meeting
before or within 5 working days, chaired by the supervising social worker; a risk
assessment written by the supervising social worker after that meeting; a delegated
authority record agreed at it.

Counting: the start day is day 0 whatever the hour (a child who arrives at 19:00 on a
Friday starts the count on the next working day, as one who arrives at 09:00 does);
"within N working days" is the Nth working day after the start. Working days are
Monday to Friday less the bank holidays of England or of Wales (the ``holidays``
library's UK subdivisions ENG and WLS). The house rule for the risk assessment: within
5 working days of the meeting (the regulations say only "after").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays
from hearth_contract.placements import OwnerRole, TaskKind

__all__ = [
    "RISK_ASSESSMENT_AFTER_MEETING",
    "STATUTORY_ITEMS",
    "StatutoryItem",
    "add_working_days",
    "is_working_day",
    "nation_for",
    "risk_assessment_due",
    "statutory_deadlines",
    "week_of",
]

RISK_ASSESSMENT_AFTER_MEETING = 5


@dataclass(frozen=True)
class StatutoryItem:
    kind: TaskKind
    title: str
    working_days: int
    owner: OwnerRole


STATUTORY_ITEMS: tuple[StatutoryItem, ...] = (
    StatutoryItem(
        TaskKind.PLACEMENT_PLAN,
        "Placement plan (before or within 5 working days of the start)",
        5,
        OwnerRole.CHILDS_SOCIAL_WORKER,
    ),
    StatutoryItem(
        TaskKind.CARE_PLAN,
        "Care plan (within 10 working days of the start)",
        10,
        OwnerRole.CHILDS_SOCIAL_WORKER,
    ),
    StatutoryItem(
        TaskKind.PLACEMENT_PLANNING_MEETING,
        "Placement planning meeting (before or within 5 working days)",
        5,
        OwnerRole.SUPERVISING_SOCIAL_WORKER,
    ),
    StatutoryItem(
        TaskKind.DELEGATED_AUTHORITY,
        "Delegated authority record (agreed at the placement planning meeting)",
        5,
        OwnerRole.CHILDS_SOCIAL_WORKER,
    ),
)


@lru_cache(maxsize=8)
def _bank_holidays(nation: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=nation, years=year).keys())


def nation_for(la_code: str) -> str:
    """ENG or WLS from an LA's ONS code (W... is Wales); England otherwise."""
    return "WLS" if la_code.upper().startswith("W") else "ENG"


def is_working_day(day: date, nation: str = "ENG") -> bool:
    """Monday to Friday and not a bank holiday in ``nation`` (ENG or WLS)."""
    return day.weekday() < 5 and day not in _bank_holidays(nation, day.year)


def add_working_days(start: date, days: int, nation: str = "ENG") -> date:
    """The ``days``-th working day after ``start`` (``start`` itself is day 0)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            counted += 1
    return day


def statutory_deadlines(start: date, nation: str = "ENG") -> list[tuple[StatutoryItem, date]]:
    """Each statutory item with its due date for a placement starting on ``start``,
    the risk assessment last (due after the meeting's own latest date)."""
    items = [(item, add_working_days(start, item.working_days, nation)) for item in STATUTORY_ITEMS]
    meeting_due = next(d for i, d in items if i.kind is TaskKind.PLACEMENT_PLANNING_MEETING)
    risk = StatutoryItem(
        TaskKind.RISK_ASSESSMENT,
        "Risk assessment (after the placement planning meeting)",
        RISK_ASSESSMENT_AFTER_MEETING,
        OwnerRole.SUPERVISING_SOCIAL_WORKER,
    )
    return [*items, (risk, risk_assessment_due(meeting_due, nation))]


def risk_assessment_due(meeting_day: date, nation: str = "ENG") -> date:
    """The risk assessment's due date once the meeting is held (or by when it must be)."""
    return add_working_days(meeting_day, RISK_ASSESSMENT_AFTER_MEETING, nation)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
