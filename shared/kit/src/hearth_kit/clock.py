"""The one clock every rule about time reads, injectable so tests never read the real date.

Services read the time only through a ``Clock``: the system clock in production, a
``FrozenClock`` in the API tests, and a ``RunningClock`` for processes started by the
cross-service tests (it starts at a fixed instant and then runs at real speed, so
timeouts and feed lag still behave). ``TEST_NOW`` is the one instant every test,
example and fixture builder takes its dates from.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "ENGLAND",
    "TEST_NOW",
    "Clock",
    "FrozenClock",
    "RunningClock",
    "SystemClock",
    "local_date",
]

# Days (a child's age, a referral's date, a deadline's day) are counted in England's
# time, not UTC: at 00:30 on a summer night in London it is already tomorrow.
ENGLAND = ZoneInfo("Europe/London")

# A Monday morning in term time; tests build every date from it, never from today.
TEST_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def local_date(instant: datetime) -> date:
    """The day ``instant`` falls on in England."""
    if instant.tzinfo is None:
        raise ValueError("a naive datetime has no day in England: give a time zone")
    return instant.astimezone(ENGLAND).date()


class Clock:
    def now(self) -> datetime:
        raise NotImplementedError

    def today(self) -> date:
        """Today's date in England."""
        return local_date(self.now())

    def timestamp(self) -> float:
        """Seconds since the epoch, for token lifetimes and HTTP dates."""
        return self.now().timestamp()


class SystemClock(Clock):
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock(Clock):
    """A clock that moves only when told to (tests, demo data)."""

    def __init__(self, at: datetime = TEST_NOW) -> None:
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        self._at += timedelta(**delta)

    def set(self, at: datetime) -> None:
        self._at = at


class RunningClock(Clock):
    """A clock that reads ``start`` when made and then runs at real speed (monotonic)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("a running clock's start needs a time zone")
        # In UTC, as the system clock gives it: a start parsed from settings carries the
        # parser's own zero offset (pydantic's TzInfo), dearer to format and encode.
        self._start = start.astimezone(UTC)
        self._started = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._started)
