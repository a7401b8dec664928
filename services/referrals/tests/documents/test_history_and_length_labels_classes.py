"""How long the placement is for, said with when it starts, and the labels a worker uses for
the child's time in care (issue 12, classes 5 and 10), in my own words."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for


def _draft(text: str):
    return read_referral_document(text.encode(), filename="note.txt", today=TEST_NOW.date())


@pytest.mark.parametrize(
    ("start", "duration"),
    [
        ("Start: ASAP, tomorrow if you can (emergency, short term)", "short_term"),
        ("Start date: 14/12/2026 - long-term, to 18", "long_term"),
    ],
)
def test_the_length_said_with_the_start(start, duration):
    draft = _draft(f"Name: Tom Reid\nDOB: 01/01/2012\nPlacement: foster home\n{start}\n")
    assert draft.placement.duration.value == duration


@pytest.mark.parametrize(
    "label",
    ["Been in care", "Previously in care?", "Baby's care history", "Her care history"],
)
def test_labels_for_the_time_in_care(label):
    assert field_for(label) == "history"


def test_history_is_not_the_request():
    draft = _draft(
        "Name: Kit Moss\nDOB: 03/03/2013\nBeen in care: one placement, this one included: "
        "kinship with her aunt since July\n"
    )
    assert draft.placement.setting.value is None
    assert draft.children[0].previous_placements_count.value == 1


@pytest.mark.parametrize(
    ("born", "age"),
    [
        ("not known, says 13", 13),
        ("unknown - she says she is 15", 15),
        ("8 years", 8),
        ("claims to be 16", 16),
    ],
)
def test_an_age_where_the_birth_was_asked(born, age):
    child = _draft(f"Name: Dee Rowe\nBorn: {born}\nGender: female\n").children[0]
    assert child.age_years.value == age
    assert child.date_of_birth.value is None


def test_years_ago_is_no_age():
    child = _draft("Name: Dee Rowe\nDOB: not known, came 2 years ago\n").children[0]
    assert child.age_years.value is None


@pytest.mark.parametrize("label", ["From when", "From what date?"])
def test_from_when_asks_the_start(label):
    assert field_for(label) == "start_date"


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Transferring worker (CIN)", None),
        ("Transferring worker's phone", None),
        ("Previous social worker email", None),
        ("Receiving worker (CiC), now allocated", "social_worker.name"),
        ("New social worker", "social_worker.name"),
        ("New worker email", "social_worker.email"),
    ],
)
def test_a_case_moving_between_teams_names_the_worker_taking_it(label, field):
    assert field_for(label) == field
