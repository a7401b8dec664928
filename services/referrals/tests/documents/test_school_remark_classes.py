"""Case table for a school's name with a remark in brackets after it that says how the
child attends ("(on roll; attending 60%)", "(attending mornings only)"): the school is the
name before the bracket, not the words after "attending". Every line is written for this
test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.values import school_name


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Penair School (on roll; attending 60%)", "Penair School"),
        ("Pool Academy (attending mornings only)", "Pool Academy"),
        ("Attends Mount Hawke Academy (Year 5)", "Mount Hawke Academy"),
        ("Treviglas Academy (on a reduced timetable; attending two days)", "Treviglas Academy"),
        (
            "Jory attends Callington Community College and is in Year 8",
            "Callington Community College",
        ),
    ],
)
def test_the_school_before_its_remark(text, school):
    assert school_name(text) == school
