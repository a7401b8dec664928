"""A placement request built on a police notification (issue 12, classes 3 and 5), in my own
words: dates in eight figures, the people numbered as "subjects" in case-system order with
the name they go by, and the police's own references, which are not the LA's."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()

NOTICE = """EMERGENCY PLACEMENT REQUEST
REQUEST DATE: 19112026
COUNCIL CASE REF: DUD-441920
ALLOCATED SW: NINA OKAFOR   EMAIL: nina.okafor@dudley.example.gov.uk
NICHE OCCURRENCE REF: 26*118822

SUBJECT 1: HOLROYD, CASEY AKA CAS
  DOB: 05042011   SEX: F

SUBJECT 2: HOLROYD, BEN
  DOB: 14092015   SEX: M
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: 05042011", date(2011, 4, 5)),
        ("seen on 01122025 at home", date(2025, 12, 1)),
    ],
)
def test_a_date_in_eight_figures(text, expected):
    assert [found.value for found in find_dates(text, TODAY)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["tel 01632960111", "case 12345678", "ref 99311999", "2026/11/19123"],
)
def test_figures_that_are_no_date(text):
    assert find_dates(text, TODAY) == []


def test_each_subject_is_a_child_with_the_name_they_go_by():
    draft = read_referral_document(NOTICE.encode(), filename="notice.txt", today=TODAY)
    children = draft.children
    assert [(c.first_name.value, c.last_name.value) for c in children] == [
        ("Casey", "Holroyd"),
        ("Ben", "Holroyd"),
    ]
    assert [c.date_of_birth.value for c in children] == [date(2011, 4, 5), date(2015, 9, 14)]
    assert children[0].known_as.value == "Cas"
    assert draft.referral_date.value == date(2026, 11, 19)
    assert draft.la_reference.value == "DUD-441920"


@pytest.mark.parametrize("label", ["MERLIN REF", "Incident number", "Occurrence ref", "CAD no"])
def test_the_polices_references_are_not_the_las(label):
    assert field_for(label) is None
