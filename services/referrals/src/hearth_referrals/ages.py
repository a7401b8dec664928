"""Ages from dates of birth, and the approximate birth date behind a bare age."""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["age_on", "born_on_estimate", "shift_years"]


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def age_on(date_of_birth: date, day: date) -> int:
    """Whole years of age on ``day``."""
    had_birthday = (day.month, day.day) >= (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - (0 if had_birthday else 1)


def born_on_estimate(age_years: int, on: date) -> date:
    """The middle of the range of birth dates of someone ``age_years`` old on ``on``."""
    return shift_years(on, -age_years) - timedelta(days=182)
