"""Days are England's: the clock's today and local_date turn at midnight in London."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hearth_kit.clock import FrozenClock, RunningClock, local_date
from pydantic import TypeAdapter


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        (datetime(2027, 6, 1, 22, 59, tzinfo=UTC), date(2027, 6, 1)),  # 23:59 BST
        (datetime(2027, 6, 1, 23, 0, tzinfo=UTC), date(2027, 6, 2)),  # 00:00 BST
        (datetime(2026, 12, 31, 23, 59, tzinfo=UTC), date(2026, 12, 31)),  # GMT = UTC
        (datetime(2027, 1, 1, 0, 0, tzinfo=UTC), date(2027, 1, 1)),
        (datetime(2027, 3, 28, 0, 30, tzinfo=UTC), date(2027, 3, 28)),  # clocks go forward at 01:00
    ],
)
def test_local_date_is_the_day_in_london(instant: datetime, day: date):
    assert local_date(instant) == day
    assert FrozenClock(instant).today() == day


def test_a_naive_datetime_has_no_day():
    with pytest.raises(ValueError, match="time zone"):
        local_date(datetime(2027, 6, 1, 12, 0))


def test_a_running_clock_reads_in_utc_whatever_zone_its_start_was_given_in():
    parsed = TypeAdapter(datetime).validate_python("2026-11-23T09:00:00Z")
    assert parsed.tzinfo is not UTC  # pydantic's own zero offset
    assert RunningClock(parsed).now().tzinfo is UTC
    summer = datetime(2026, 7, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    now = RunningClock(summer).now()
    assert now.tzinfo is UTC and now - summer < timedelta(seconds=5)
