"""Working time for chasing and answer-by dates: office hours on England and Wales working days."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hearth_offers.chase.working_time import (
    add_working_days,
    is_working_day,
    working_hours_between,
)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 11, 23), True),  # a Monday
        (date(2026, 11, 28), False),  # a Saturday
        (date(2026, 12, 25), False),  # Christmas Day
        (date(2026, 12, 28), False),  # Boxing Day, observed on the Monday
        (date(2027, 3, 29), False),  # Easter Monday
        (date(2026, 12, 29), True),
    ],
)
def test_working_days(day, working):
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "count", "end"),
    [
        (date(2026, 11, 23), 5, date(2026, 11, 30)),
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday to Monday
        (date(2026, 12, 24), 1, date(2026, 12, 29)),  # over Christmas and Boxing Day
    ],
)
def test_adding_working_days(start, count, end):
    assert add_working_days(start, count) == end


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (_at(2026, 11, 23, 9), _at(2026, 11, 23, 17), 8.0),
        (_at(2026, 11, 23, 9), _at(2026, 11, 25, 9), 16.0),
        (_at(2026, 11, 27, 16), _at(2026, 11, 30, 10), 2.0),  # over a weekend
        (_at(2026, 12, 24, 16), _at(2026, 12, 29, 10), 2.0),  # over the bank holidays
        (_at(2026, 11, 23, 20), _at(2026, 11, 23, 22), 0.0),  # after hours
        (_at(2026, 6, 1, 8), _at(2026, 6, 1, 9), 1.0),  # 09:00 to 10:00 BST
    ],
)
def test_working_hours_between(start, end, hours):
    assert working_hours_between(start, end) == hours
