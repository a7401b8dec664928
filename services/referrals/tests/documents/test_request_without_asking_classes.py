"""A request written without a word of asking (issue 12, class 7): a recommendation
("Accommodate both children with a short-term foster family from Tuesday 24 November")
or a line under "What needs to happen?" that opens with the home itself ("A children's
home outside London with a small group, from 1 December."). The history told the same
way ("She was accommodated ... with a foster family") asks for nothing. Every line is
written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _placement(line: str):
    text = f"Placement request\nName: Tam Rudd\nDOB: 01/02/2013\n{line}\n"
    return read_referral_document(text.encode(), today=TODAY).placement


@pytest.mark.parametrize(
    ("line", "setting", "start", "duration"),
    [
        (
            "Accommodate both children together under s20 with a short-term foster family"
            " from Tuesday 24 November (planned).",
            "fostering",
            "2026-11-24",
            "short_term",
        ),
        (
            "Tam should be accommodated with a long-term foster family from 30 November.",
            "fostering",
            "2026-11-30",
            "long_term",
        ),
        (
            "A children's home outside London with a small group, from 1 December.",
            "residential",
            "2026-12-01",
            None,
        ),
        (
            "An experienced foster family near his school, from 7 December.",
            "fostering",
            "2026-12-07",
            None,
        ),
    ],
)
def test_the_recommendation_is_the_request(line, setting, start, duration):
    placement = _placement(line)
    assert placement.setting.value == setting
    assert str(placement.start_date.value) == start
    assert placement.duration.value == duration


@pytest.mark.parametrize(
    "line",
    [
        "She was accommodated under s20 in March 2024 with a foster family.",
        "Tam has been accommodated since 2023; his foster family moved to Leeds.",
    ],
)
def test_the_history_told_the_same_way_asks_for_nothing(line):
    placement = _placement(line)
    assert placement.setting.value is None
    assert placement.start_date.value is None


@pytest.mark.parametrize(
    ("line", "urgency", "duration", "start"),
    [
        (
            "Planned, long term, brother and sister together, from 1st December.",
            "planned",
            "long_term",
            "2026-12-01",
        ),
        (
            "Emergency, short term: both together if at all possible.",
            "emergency",
            "short_term",
            None,
        ),
        ("Planned start 2 December, long term.", "planned", "long_term", "2026-12-02"),
    ],
)
def test_a_line_opened_by_the_requests_own_words(line, urgency, duration, start):
    placement = _placement(line)
    assert placement.urgency.value == urgency
    assert placement.duration.value == duration
    assert (str(placement.start_date.value) if start else placement.start_date.value) == start


@pytest.mark.parametrize(
    "line",
    [
        "Planned respite last year went well.",
        "Emergency placement in March 2025, then long term with the Hales.",
    ],
)
def test_one_request_word_or_the_history_is_not_a_request_line(line):
    placement = _placement(line)
    assert placement.start_date.value is None
