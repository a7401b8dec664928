"""A baby shows none of the risks a referral asks about: in a parent-and-child referral
what is written of self-harm, drugs or violence is the parent's, and each of the baby's
risks is none known (the date of birth is the evidence). A child of two or more is read
as written, ages taken on the referral's date. Each document is written for this test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()
SENT = date(2025, 3, 3)  # the Date header builders.email writes: the referral's date


def _referral(body: str) -> dict:
    return read_referral_document(email(body), today=TODAY).referral


def _states(child: dict) -> dict[str, str]:
    risks = child.get("risks") or {}
    return {
        f"{group}/{name}": entry["state"]
        for group in ("to_child", "to_others")
        for name, entry in (risks.get(group) or {}).items()
    }


@pytest.mark.parametrize("days_old", [20, 200, 700])
def test_a_babys_risks_are_none_known_whatever_the_parent_has_done(days_old):
    born = (SENT - timedelta(days=days_old)).strftime("%d/%m/%Y")
    referral = _referral(
        "Parent and child placement requested for baby Ava Quinn.\n"
        f"Name: Ava Quinn\nDOB: {born}\nGender: Female\n\n"
        "Mother: Kerry Quinn, 19, care leaver. Kerry self-harmed as a teenager, used "
        "heroin until last year and has assaulted a partner.\n"
    )
    states = _states(referral["children"][0])
    assert len(states) == 11
    assert set(states.values()) == {"none_known"}


def test_a_child_of_two_or_more_keeps_what_is_written():
    born = (SENT - timedelta(days=3 * 365)).strftime("%d/%m/%Y")
    referral = _referral(
        f"Name: Leo Dunn\nDOB: {born}\nGender: Male\nPlacement: foster care\n\n"
        "Risks: Leo hits and bites other children at nursery every day.\n"
    )
    states = _states(referral["children"][0])
    # read as written (the reading of "every day" in a letter dated long ago is not this
    # test's business), not overruled by age
    assert states.get("to_others/physical_harm") in ("present", "historical")
    assert "none_known" not in {states.get("to_child/self_harm"), states.get("to_child/missing")}
