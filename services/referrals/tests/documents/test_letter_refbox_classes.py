"""A council letter with a reference box (issue 12, class 3: who is who): "Please ask for"
names the placement officer or a duty line that sent it, and the bare "Direct line" under
it is theirs, not the social worker's (who is named at the foot with their own number);
a child's line read as the label of the sentence below it ("Sienna Tanner - born (age 8),
female" over "Sienna is ...") still names the child. Every letter is written for this
test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _letter(ask_for: str, foot: str) -> dict:
    text = "\n".join(
        [
            "Our ref: NX/PL/2210",
            "Date: 12 November 2026",
            f"Please ask for: {ask_for}",
            "Direct line: 01632 960400",
            "",
            "Dear Colleague,",
            "Child: Ada Kemp, born 02/02/2014.",
            "We are asking for a planned foster placement from 30 November 2026.",
            "",
            "Yours sincerely,",
            foot,
        ]
    )
    return read_referral_document(text.encode(), today=TODAY).referral


@pytest.mark.parametrize(
    "ask_for", ["Sam Pike, Placement Officer", "Duty Placements Officer", "Placements Team"]
)
def test_the_direct_line_under_someone_else_is_not_the_workers(ask_for):
    referral = _letter(
        ask_for, "Allocated social worker: Tom Ash, tom.ash@example.gov.uk, telephone 01632 960733"
    )
    assert referral["social_worker"]["name"] == "Tom Ash"
    assert referral["social_worker"]["phone"].replace(" ", "") == "01632960733"


def test_the_direct_line_under_the_worker_is_the_workers():
    referral = _letter("Tom Ash, Social Worker", "Tom Ash")
    assert referral["social_worker"]["phone"].replace(" ", "") == "01632960400"


@pytest.mark.parametrize(
    "line", ["Sienna Tanner \u2013 born (age 8), female", "Sienna Tanner, 8 years old, girl"]
)
def test_a_childs_line_above_a_sentence_about_her(line):
    text = f"Dear Colleague,\nChild: Evie Tanner, born 10/03/2014.\n{line}\nSienna is on an ICO.\n"
    children = read_referral_document(text.encode(), today=TODAY).referral["children"]
    assert [(c["first_name"], c.get("age_years")) for c in children] == [
        ("Evie", None),
        ("Sienna", 8),
    ]
