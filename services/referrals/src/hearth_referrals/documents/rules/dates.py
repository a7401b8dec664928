"""British dates in every form a referral writes them: 03/04/2012, 3rd April 2012, 3.4.12.

Day comes before month unless the month is a word. Two-digit years are read as the
most recent year not more than a year ahead of the reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "MONTHS",
    "FoundDate",
    "age_on",
    "find_dates",
    "find_logged_dates",
    "find_start_dates",
    "parse_date",
]

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|\d{2})"
_PATTERNS = [
    # ISO 8601, with or without the time after a "T" ("2026-11-18T09:14:00Z")
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?:\b|(?=T\d))"),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*{_YEAR}\b"
    ),
    re.compile(rf"\b{_DAY}(?:\s+of)?[\s\-]+{_MONTH}[\s,\-]+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # "31102012", "DOB: 20062016": a police or legacy system's date in eight figures, day
    # and month in two each, a four-figure year (no separators, no longer run of figures)
    re.compile(r"(?<![\d/.\-])(?P<day>[0-3]\d)(?P<month>[01]\d)(?P<year>(?:19|20)\d{2})(?![\d/])"),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date
    quote: str
    start: int


def _year(text: str, reference: date) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    pivot = (reference.year + 1) % 100
    return (reference.year // 100) * 100 + year - (100 if year > pivot else 0)


def _month(text: str) -> int:
    if text.isdigit():
        return int(text)
    return MONTHS[
        text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower()[:3]
    ]


def find_dates(text: str, reference: date) -> list[FoundDate]:
    """Every date written in ``text``, in order; a two-digit year is read near ``reference``."""
    found: dict[int, FoundDate] = {}
    taken: list[range] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            try:
                value = date(
                    _year(match.group("year"), reference),
                    _month(match.group("month")),
                    int(match.group("day")),
                )
            except (ValueError, KeyError):
                continue
            found[match.start()] = FoundDate(value, match.group(0), match.start())
            taken.append(range(match.start(), match.end()))
    return [found[start] for start in sorted(found)]


_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_YEARLESS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH}(?![\s,\-]*\d)", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?![\s,\-]*\d)", re.IGNORECASE),
    # "w/c 7/12", "Monday 30/11": a day and a month in figures, no year ("24/7" is no date)
    re.compile(
        rf"(?<![\d/.]){_WEEKDAY}(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/]|\.\d)"
        r"(?!\s*(?:nights?|days?|weeks?|hours?|hrs|times|of|care|support|terms?)\b)",
        re.IGNORECASE,
    ),
]


def find_start_dates(text: str, reference: date) -> list[FoundDate]:
    """Dates a placement is wanted from: written in full, or as "Monday 7th December" /
    "from 11 January" without a year, which is the next such day on or after about the
    referral date (a start date is never long past)."""
    found = find_dates(text, reference)
    if found:
        return found
    for pattern in _YEARLESS:
        for match in pattern.finditer(text):
            try:
                month, day = _month(match.group("month")), int(match.group("day"))
            except (ValueError, KeyError):
                continue
            value = _next_such_day(month, day, reference)
            if value is None:
                continue
            if pattern is _YEARLESS[-1] and (value - reference).days > 183:
                continue  # "7/12" without a year is a start within months, not a year on
            found.append(FoundDate(value, match.group(0), match.start()))
    if not found:
        found = _month_then_day(text, reference)
    if not found:
        found = _weekday_and_day(text, reference)
    return sorted(found, key=lambda item: item.start)


# "January 2027, from the 11th", "December - on the 14th": the month named first, the day
# after it (a month then a day without "the" or an ordinal is a reference or a count).
# "early January (4th)", "February 2027 (Mon 1st)": the day in a bracket after its month,
# with its weekday (which must agree), or after a month with no year ("March 2027 (1st)"
# stays unread: a bare number after a year may count something else).
_MONTH_THEN_DAY = re.compile(
    rf"\b{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?(?:[\s,(\-\u2013]{{1,4}}"
    r"(?:(?:from|on|starting|start)\s+)?(?:the\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s+)"  # "January, from Mon 11th"
    r"|[\s,\-\u2013]{0,3}(?P<bracket>\()\s*(?:(?:from|on)\s+)?(?P<the>the\s+)?"
    r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)\w{0,6}\.?\s+)?)"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _month_then_day(text: str, reference: date) -> list[FoundDate]:
    found = []
    for match in _MONTH_THEN_DAY.finditer(text):
        month, day = _month(match.group("month")), int(match.group("day"))
        if match.group("year"):
            try:
                value: date | None = date(int(match.group("year")), month, day)
            except ValueError:
                value = None
        else:
            value = _next_such_day(month, day, reference)
        weekday = (match.group("weekday") or "").lower()
        if value is not None and match.group("bracket") and not match.group("the"):
            if weekday and _WEEKDAYS.index(weekday) != value.weekday():
                value = None  # "(Tue 1st)" for a Monday: which of the two is meant?
            elif not weekday and match.group("year"):
                value = None
        if value is not None:
            found.append(FoundDate(value, match.group(0), match.start()))
    return found


def _next_such_day(month: int, day: int, reference: date) -> date | None:
    """A day and month without a year: this year's, unless that is more than a month
    before the reference date (a start is never long past), then next year's."""
    for year in (reference.year, reference.year + 1):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if (reference - value).days <= 31:
            return value
    return None


_WEEKDAY_DAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|r?s|urday|\.)?\s+(?:the\s+)?"
    r"([0-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _weekday_and_day(text: str, reference: date) -> list[FoundDate]:
    """ "From Monday 7th": the next day (within two months) that is a Monday the 7th."""
    found = []
    for match in _WEEKDAY_DAY.finditer(text):
        weekday, day = _WEEKDAYS.index(match.group(1).lower()), int(match.group(2))
        for offset in range(0, 62):
            candidate = date.fromordinal(reference.toordinal() + offset)
            if candidate.day == day and candidate.weekday() == weekday:
                found.append(FoundDate(candidate, match.group(0), match.start()))
                break
    return found


# "Thu 19/11 14:20": a log's day written with its weekday and no year.
_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/])",
    re.IGNORECASE,
)


# "Wednesday 18th November", "18 Nov": a memo's date with the month in words, no year.
_DAY_MONTH_WORD = re.compile(
    r"^\W*(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"{_DAY}(?:\s+of)?\s+{_MONTH}\s*$",
    re.IGNORECASE,
)


def find_logged_dates(text: str, today: date) -> list[FoundDate]:
    """Dates written in full, or a day and month with no year ("Thu 19/11", a whole answer
    "Wednesday 18th November"): this year's or last year's, whichever is not after
    ``today`` (and falls on the weekday, when one is written)."""
    found = find_dates(text, today)
    if found:
        return found
    for match in _WEEKDAY_DAY_MONTH.finditer(text):
        weekday = _WEEKDAYS.index(match.group(1).lower()[:3])
        value = _latest_such_day(int(match.group("month")), int(match.group("day")), today, weekday)
        if value is not None:
            found.append(FoundDate(value, match.group(0), match.start()))
    spelt = _DAY_MONTH_WORD.match(text)
    if not found and spelt:
        named = spelt.group("weekday")
        weekday = _WEEKDAYS.index(named.lower()[:3]) if named else None
        value = _latest_such_day(
            _month(spelt.group("month")), int(spelt.group("day")), today, weekday
        )
        if value is not None:
            found.append(FoundDate(value, spelt.group(0).strip(), spelt.start()))
    return found


def _latest_such_day(month: int, day: int, today: date, weekday: int | None) -> date | None:
    """This year's or last year's day and month, not after ``today`` (a day's grace), on
    ``weekday`` when one is given; None when neither year fits."""
    for year in (today.year, today.year - 1):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if value <= today + timedelta(days=1) and weekday in (None, value.weekday()):
            return value
    return None


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text, reference)
    return dates[0].value if dates else None


def age_on(date_of_birth: date, on: date) -> int:
    """Age in whole years on a given day."""
    before_birthday = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - int(before_birthday)
