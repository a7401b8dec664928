"""Case table for a one-page profile's title naming the child ("One-page profile: Wenna
Tonkin", "Pupil profile: Ruan Hosking"): the profile is the child's, and the title gives
the child's name. Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for


@pytest.mark.parametrize("label", ["One-page profile", "One page profile", "Pupil profile"])
def test_a_profile_title_names_the_child(label):
    assert field_for(label) == "child_name"


@pytest.mark.parametrize("label", ["Risk profile", "Profile"])
def test_other_profiles_do_not(label):
    assert field_for(label) != "child_name"


def test_the_childs_name_from_the_profile_title():
    text = "\n".join(
        [
            "One-page profile: Wenna Tonkin",
            "What people like about me: kind, funny",
            "Date of birth: 09/09/2013",
            "Sent to Duty on: 10/11/2026",
        ]
    )
    draft = read_referral_document(text.encode(), filename="profile.txt", today=TEST_NOW.date())
    child = draft.referral["children"][0]
    assert (child["first_name"], child["last_name"]) == ("Wenna", "Tonkin")
