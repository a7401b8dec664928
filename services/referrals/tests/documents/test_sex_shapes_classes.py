"""The child's sex where the form gives it briefly (issue 12, class 5): a label made of the
two answers ("Boy / girl"), and a letter ending the child's own line ("Ava Rimmer - DOB
10/10/2012 - F"). Every document is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _children(text: str) -> list[dict]:
    return read_referral_document(text.encode(), today=TODAY).referral.get("children") or []


@pytest.mark.parametrize("label", ["Boy / girl", "Male or female?", "Girl/Boy"])
def test_a_label_made_of_the_two_answers_asks_the_sex(label):
    assert field_for(label) == "gender"
    text = f"Referral date: 01/10/2026\nName: Ada Kemp\nDOB: 02/02/2014\n{label}: Girl\n"
    assert _children(text)[0].get("gender") == "female"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ava Rimmer \u2013 DOB 10/10/2012 \u2013 F", "female"),
        ("Leo Rimmer - DOB 11/02/2015 - M", "male"),
        ("Leo Rimmer, born 11/02/2015, Male", "male"),
        ("Leo Rimmer - DOB 11/02/2015", None),
    ],
)
def test_a_letter_ending_the_childs_own_line_is_the_sex(line, expected):
    text = f"Contact record\nDate: 01/10/2026\n{line}\nLegal: Section 20\n"
    assert _children(text)[0].get("gender") == expected


def test_initials_ending_a_line_are_not_a_sex():
    text = "Contact record\nDate: 01/10/2026\nLeo Rimmer - DOB 11/02/2015 - MF\n"
    assert _children(text)[0].get("gender") is None
