"""Whom the child sees and must not see (issue 12, classes 5 and 9), in a young person's
own words and a log's shorthand: "Who I see", "Sees", "Nobody to have contact with".
Every document is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()
HEAD = "Referral date: 01/10/2026\nName: Ada Kemp\nDOB: 02/02/2014\n"


def _child(text: str) -> dict:
    return (read_referral_document(text.encode(), today=TODAY).referral.get("children") or [{}])[0]


@pytest.mark.parametrize("label", ["Who I see", "People I see", "Sees", "She sees", "Who we visit"])
def test_a_label_saying_whom_the_child_sees_is_family_time(label):
    assert field_for(label) == "family_time"
    arrangements = _child(f"{HEAD}{label}: dad every other Sunday\n").get("family_time") or []
    assert [item.get("frequency") for item in arrangements] == ["fortnightly"]


@pytest.mark.parametrize(
    "label", ["Nobody to have contact with", "No one to see", "No-one is to visit"]
)
def test_a_label_naming_whom_nobody_may_see_is_no_contact(label):
    assert field_for(label) == "no_contact"
    assert _child(f"{HEAD}{label}: Dale Voss\n").get("no_contact_with") == ["dale voss"]


@pytest.mark.parametrize("label", ["Nobody", "Seen by", "Who I live with"])
def test_other_labels_about_people_are_not_family_time(label):
    assert field_for(label) not in ("family_time", "no_contact")
