"""The statutory clock as pure functions, against a table of cases (no database)."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.placements import TaskKind
from hearth_placements.statutory import (
    add_working_days,
    is_working_day,
    nation_for,
    risk_assessment_due,
    statutory_deadlines,
    week_of,
)

D = date


@pytest.mark.parametrize(
    ("start", "days", "nation", "due", "why"),
    [
        (D(2026, 11, 23), 5, "ENG", D(2026, 11, 30), "Monday: the next Monday"),
        (D(2026, 11, 27), 5, "ENG", D(2026, 12, 4), "Friday: the next Friday"),
        (D(2026, 11, 28), 5, "ENG", D(2026, 12, 4), "Saturday: counts from Monday"),
        (D(2026, 11, 29), 5, "ENG", D(2026, 12, 4), "Sunday: counts from Monday"),
        # Christmas 2026: Fri 25 Dec, Boxing Day Sat 26 observed on Mon 28 Dec.
        (D(2026, 12, 24), 1, "ENG", D(2026, 12, 29), "Christmas Eve: next day is Tue 29"),
        (D(2026, 12, 18), 5, "ENG", D(2026, 12, 29), "Fri 18 Dec: past 25 and 28 to Tue 29"),
        (D(2026, 12, 21), 5, "ENG", D(2026, 12, 30), "Mon 21 Dec skips 25 and 28"),
        (D(2026, 12, 24), 5, "ENG", D(2027, 1, 5), "Christmas Eve: past New Year's Day"),
        (D(2026, 12, 24), 10, "ENG", D(2027, 1, 12), "care plan across Christmas and New Year"),
        (D(2026, 12, 31), 1, "ENG", D(2027, 1, 4), "New Year's Eve: Fri 1 Jan is a holiday"),
        (D(2026, 12, 25), 5, "ENG", D(2027, 1, 5), "starting on Christmas Day"),
        # Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        (D(2027, 3, 25), 1, "ENG", D(2027, 3, 30), "Maundy Thursday: next is Tue 30"),
        (D(2027, 3, 22), 5, "ENG", D(2027, 3, 31), "Easter week"),
        (D(2027, 3, 26), 10, "ENG", D(2027, 4, 12), "care plan from Good Friday"),
        # A Friday before a bank holiday Monday (early May 2027: Mon 3 May).
        (D(2027, 4, 30), 5, "ENG", D(2027, 5, 10), "Fri 30 Apr: skips May Day"),
        (D(2027, 4, 30), 10, "ENG", D(2027, 5, 17), "care plan from Fri 30 Apr"),
        # Wales keeps the same bank holidays as England in these years.
        (D(2026, 12, 24), 5, "WLS", D(2027, 1, 5), "Wales: Christmas and New Year"),
        (D(2027, 3, 25), 1, "WLS", D(2027, 3, 30), "Wales: Easter"),
        (D(2026, 11, 23), 0, "ENG", D(2026, 11, 23), "zero days is the start day"),
    ],
)
def test_working_days(start, days, nation, due, why):
    assert add_working_days(start, days, nation) == due, why


def test_a_start_on_a_friday_evening_counts_from_the_friday():
    """A child arriving at 19:00 on Friday 27 Nov starts the same count as one at 09:00:
    the Friday is day 0, the placement plan is due on the next Friday."""
    deadlines = {item.kind: due for item, due in statutory_deadlines(D(2026, 11, 27))}
    assert deadlines[TaskKind.PLACEMENT_PLAN] == D(2026, 12, 4)
    assert deadlines[TaskKind.PLACEMENT_PLANNING_MEETING] == D(2026, 12, 4)
    assert deadlines[TaskKind.CARE_PLAN] == D(2026, 12, 11)
    assert deadlines[TaskKind.DELEGATED_AUTHORITY] == D(2026, 12, 4)
    assert deadlines[TaskKind.RISK_ASSESSMENT] == D(2026, 12, 11)


def test_every_statutory_item_has_an_owner_and_a_deadline():
    deadlines = statutory_deadlines(D(2026, 12, 24))
    kinds = [item.kind for item, _ in deadlines]
    assert kinds == [
        TaskKind.PLACEMENT_PLAN,
        TaskKind.CARE_PLAN,
        TaskKind.PLACEMENT_PLANNING_MEETING,
        TaskKind.DELEGATED_AUTHORITY,
        TaskKind.RISK_ASSESSMENT,
    ]
    assert all(is_working_day(due) for _, due in deadlines)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 12, 25), False),
        (D(2026, 12, 28), False),
        (D(2026, 12, 29), True),
        (D(2027, 1, 1), False),
        (D(2027, 3, 26), False),
        (D(2027, 3, 29), False),
        (D(2026, 11, 28), False),
        (D(2026, 11, 23), True),
    ],
)
def test_is_working_day(day, working):
    assert is_working_day(day, "ENG") is working


def test_risk_assessment_is_due_five_working_days_after_the_meeting():
    assert risk_assessment_due(D(2027, 4, 30)) == D(2027, 5, 10)


def test_nation_from_la_code_and_week():
    assert nation_for("W06000015") == "WLS"
    assert nation_for("E10000016") == "ENG"
    assert week_of(D(2026, 11, 26)) == (D(2026, 11, 23), D(2026, 11, 29))


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2026, 11, 23), -1)
