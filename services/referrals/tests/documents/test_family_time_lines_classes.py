"""Family time and no contact as training_t's layouts write them (issue 12): fields run
on in one line after semicolons, a person with no contact named after "with" beside a
relative's arrangement, and "not applicable" for a child living at home. Every value here
is written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.answers import run_on_labels
from hearth_referrals.documents.rules.history import family_time, no_contact

# --- family time and no contact written in one line of fields -------------------------------


@pytest.mark.parametrize(
    "text,people",
    [
        # a person named after "with" is the one, not a relative the sentence named before
        ("gran every Sunday; No contact with Kyle Orme", ["kyle orme"]),
        ("Contact: uncle monthly. no contact with Dean Platt (bail condition)", ["dean platt"]),
        # no one named after "with": the relative named before it
        ("Father: whereabouts unknown, no contact", ["father"]),
    ],
)
def test_no_contact_names_the_person_after_with(text, people):
    assert no_contact(text) == people


def test_lower_case_labels_after_semicolons_are_each_a_field():
    pieces = run_on_labels("legal: S20; school: Elm Park Academy; family time: aunt fortnightly")
    assert pieces == ["legal: S20;", "school: Elm Park Academy;", "family time: aunt fortnightly"]


@pytest.mark.parametrize(
    "text,arrangements",
    [
        # a child who lives with the family has no family time to arrange
        ("Not applicable - she lives with both parents", []),
        ("n/a", []),
    ],
)
def test_family_time_not_applicable_is_none(text, arrangements):
    assert family_time(text) == arrangements
