"""Where the child lives now, where they have lived, and where they are moving to (issue
12, classes 5, 7 and 10), in the words forms and young people use. Every document is
written for this test.

- "Living now", "Currently", "Current placement": the home being left is not the kind of
  home asked for;
- "Where I have lived", "Placements this episode", a bare "History": the placement history;
- "Moving to", "Next home": the home asked for;
- a typed form's dot leader squeezed to one dot by a long label is still a leader.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _referral(text: str) -> dict:
    return read_referral_document(text.encode(), today=TODAY).referral


@pytest.mark.parametrize(
    "label",
    [
        "Living now",
        "Currently",
        "At present",
        "Current placement",
        "Current carers",
        "Where the child lives now",
        "Where I am living now",
        "Currently living with",
    ],
)
def test_a_label_for_the_home_now_names_no_setting_asked_for(label):
    assert field_for(label) == "current_home"
    text = (
        f"Referral date: 03/10/2026\nName: Ezra Mallory\nDOB: 01/01/2010\n"
        f"{label}: an emergency residential children's home\n"
    )
    placement = _referral(text).get("placement") or {}
    assert placement.get("setting") is None
    assert placement.get("urgency") is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Moving to", "supported_accommodation"),
        ("Next home", "fostering"),
        ("Going to", "supported_accommodation"),
    ],
)
def test_where_the_child_is_moving_to_is_the_setting_asked_for(label, expected):
    value = "foster carers" if expected == "fostering" else "a supported accommodation flat"
    text = (
        "Referral date: 03/10/2026\nName: Ezra Mallory\nDOB: 01/01/2010\n"
        f"Living now: Birch House children's home\n{label}: {value}\n"
    )
    assert (_referral(text).get("placement") or {}).get("setting") == expected


@pytest.mark.parametrize(
    "label",
    [
        "History",
        "Where I have lived",
        "Places I've lived",
        "Homes I have had",
        "Placements this episode",
        "Prev placements",
    ],
)
def test_a_label_for_the_homes_so_far_is_the_placement_history(label):
    assert field_for(label) == "history"


@pytest.mark.parametrize(
    "label", ["Medical history", "History of self-harm", "Family history of illness"]
)
def test_another_history_is_not_the_placements(label):
    assert field_for(label) != "history"


def test_a_dot_leader_squeezed_by_a_long_label_is_still_a_leader():
    text = (
        "Referred on ........ 03 October 2026\n"
        "Name ............... Ezra Mallory\n"
        "Born ............... 1 January 2010\n"
        "Where I have lived . Foster carers 2015; Foster carers 2018\n"
    )
    child = (_referral(text).get("children") or [{}])[0]
    assert len(child.get("placement_history") or []) == 2


def test_a_lone_dot_in_a_sentence_is_no_leader():
    text = (
        "Referred on ....... 03 October 2026\n"
        "Name ............. Ezra Mallory\n"
        "She likes art . She hates mornings\n"
    )
    child = (_referral(text).get("children") or [{}])[0]
    assert child.get("first_name") == "Ezra"
    assert "She likes art" not in str(_referral(text))
