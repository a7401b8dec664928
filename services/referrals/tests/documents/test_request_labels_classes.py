"""What the request asks for, in the labels LA forms use (issue 12, classes 5 and 7). Every
document is written for this test.

- the day the new placement or care episode begins ("Placement to begin", "New episode
  from") is the start date;
- an answer under "Urgency" that also says how long ("Planned, short term") gives both;
- the worker's team's name ("Team: Assessment & Intervention") says nothing of the request.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()
HEAD = "Referral date: 03/10/2026\nName: Ezra Mallory\nDOB: 01/01/2012\n"


def _placement(text: str) -> dict:
    return read_referral_document(text.encode(), today=TODAY).referral.get("placement") or {}


@pytest.mark.parametrize(
    "label",
    [
        "Placement to begin",
        "New episode from",
        "Care to commence on",
        "Placement starts on",
        "Start of new placement",
        "Episode starting",
    ],
)
def test_the_day_the_new_placement_begins_is_the_start(label):
    assert field_for(label) == "start_date"
    assert _placement(f"{HEAD}{label}: 19-10-2026\n").get("start_date") == "2026-10-19"


@pytest.mark.parametrize("label", ["Episode ended", "Previous placement began", "Care order made"])
def test_another_episodes_day_is_not_the_start(label):
    assert field_for(label) != "start_date"


@pytest.mark.parametrize(
    ("label", "value", "urgency", "duration"),
    [
        ("Urgency", "Planned, short term", "planned", "short_term"),
        ("Urgency", "Emergency \u2013 long-term", "emergency", "long_term"),
        ("Priority", "planned (short-term)", "planned", "short_term"),
        ("Duration", "Short term, needed in an emergency", "emergency", "short_term"),
        ("Urgency", "Planned", "planned", None),
    ],
)
def test_an_answer_saying_how_soon_and_how_long_gives_both(label, value, urgency, duration):
    placement = _placement(f"{HEAD}{label}: {value}\n")
    assert placement.get("urgency") == urgency
    assert placement.get("duration") == duration


@pytest.mark.parametrize(
    "value", ["Assessment & Intervention", "Short Term Intervention Team", "Emergency Duty"]
)
def test_a_teams_name_says_nothing_of_the_request(value):
    assert field_for("Team") is None
    placement = _placement(f"{HEAD}Allocated worker: Ann Byrne\nTeam: {value}\n")
    assert placement.get("duration") is None
    assert placement.get("urgency") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Move to happen by 28 October 2026.", "2026-10-28"),
        ("The placement is needed from 19 October 2026.", "2026-10-19"),
        ("The move should take place on 20 October 2026.", "2026-10-20"),
        ("Transfer to be made before 26 October 2026.", "2026-10-26"),
        # the last move, weeks ago, is history; a breakdown's day is not a move asked for
        ("The move was on 20 September 2026.", None),
        ("Placement broke down on 1 October 2026.", None),
    ],
)
def test_a_sentence_whose_subject_is_the_move_says_when_it_starts(sentence, expected):
    assert _placement(f"{HEAD}{sentence}\n").get("start_date") == expected
