"""Case table for the setting a request asks for beside the one the child is leaving ("a
foster family - she wants to leave residential care", "stepping down from his children's
home"): the home left is not the request. Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_contract.referrals import Setting
from hearth_referrals.documents.rules.values import read_choice


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("A foster family - Ruan wants to leave residential care", [Setting.FOSTERING]),
        ("Foster carers, stepping down from his children's home", [Setting.FOSTERING]),
        ("Fostering; moving on from residential after two years", [Setting.FOSTERING]),
        ("Residential, coming out of a foster home that ended", [Setting.RESIDENTIAL]),
        # nothing left: both stay, as written
        ("Foster or residential", [Setting.FOSTERING, Setting.RESIDENTIAL]),
    ],
)
def test_the_home_left_is_not_the_request(text, setting):
    assert read_choice("setting", text) == setting
