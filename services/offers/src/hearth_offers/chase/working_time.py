"""Working time, as pure functions: office hours on working days in England and Wales.

A working day is Monday to Friday and not an England and Wales bank holiday (from the
``holidays`` package); office hours are 09:00 to 17:00, London time. The chase list
counts the LA's silence in working hours, and an answer-by date is working days on.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

__all__ = [
    "LONDON",
    "add_working_days",
    "is_working_day",
    "working_hours_between",
]

LONDON = ZoneInfo("Europe/London")
OPENS, CLOSES = time(9), time(17)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not an England and Wales bank holiday."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(day: date, count: int) -> date:
    """The working day ``count`` working days after ``day`` (``day`` itself not counted)."""
    current = day
    left = count
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def working_hours_between(start: datetime, end: datetime) -> float:
    """Office hours (09:00 to 17:00 London, on working days) between two instants."""
    if end <= start:
        return 0.0
    start_local, end_local = start.astimezone(LONDON), end.astimezone(LONDON)
    seconds = 0.0
    day = start_local.date()
    while day <= end_local.date():
        if is_working_day(day):
            opens = datetime.combine(day, OPENS, LONDON)
            closes = datetime.combine(day, CLOSES, LONDON)
            span_start, span_end = max(opens, start_local), min(closes, end_local)
            if span_end > span_start:
                seconds += (span_end - span_start).total_seconds()
        day += timedelta(days=1)
    return round(seconds / 3600, 2)
