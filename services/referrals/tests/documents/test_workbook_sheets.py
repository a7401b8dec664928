"""A workbook exported sheet by sheet into one text: a heading over each sheet, the
sheet's CSV under it. Each sheet is read as the CSV it is. The workbooks are written for
this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.workbook import workbook_lines

_WORKBOOK = """Export of referral tracker.xlsx

{marker}Request
Field,Value
Council,Derby City Council
Case ID,DCC-204411
Logged,2026-11-12
SW,Maya Holt
SW tel,01332 496 0102
SW email,maya.holt@derby.example.gov.uk
Type,residential
Urgency,Planned
Length,long term
Start,07/12/2026

{marker}Young people
First name,Surname,DOB,Sex,Legal,School,Family time,Placements,Other
Riley,Marsh,2011-02-03,M,Care order,Derby Moor Academy,"dad fortnightly, supervised",foster carers 2019-2022; children's home 2022-now,Allergies: peanuts
Skye,Marsh,2014-07-09,F,Care order,Ashgate Primary School,dad fortnightly,foster carers 2019-now,

{marker}Risks
Child,Area,Status,Notes
Riley,Missing from home,previous,ran away twice in 2023
Riley,Self-harm,none,
Skye,Self-harm,none,

{marker}Notes
Notes
Placed together if possible.
"""


@pytest.mark.parametrize("marker", ["### Tab: ", "Sheet: ", "Sheet 1 - ", "== Worksheet: "])
def test_each_sheet_is_read_as_its_own_csv(marker):
    text = _WORKBOOK.format(marker=marker)
    draft = read_referral_document(text.encode(), filename="tracker.txt", today=TEST_NOW.date())
    referral = draft.referral
    assert draft.la_code.value == "E06000015"
    assert referral["la_reference"] == "DCC-204411"
    assert referral["referral_date"] == "2026-11-12"
    assert referral["social_worker"] == {
        "name": "Maya Holt",
        "phone": "01332 496 0102",
        "email": "maya.holt@derby.example.gov.uk",
    }
    assert referral["placement"]["setting"] == "residential"
    assert referral["placement"]["duration"] == "long_term"
    assert referral["placement"]["start_date"] == "2026-12-07"
    riley, skye = referral["children"]
    assert riley["school"]["name"] == "Derby Moor Academy"
    assert len(riley["placement_history"]) == 2
    assert riley["allergies"] == "peanuts"
    assert skye["family_time"][0]["with_whom"] == "dad"


def test_a_long_sheet_answers_each_topic_for_the_child_named():
    text = _WORKBOOK.format(marker="Sheet: ")
    draft = read_referral_document(text.encode(), filename="tracker.txt", today=TEST_NOW.date())
    riley, skye = draft.referral["children"]
    assert riley["risks"]["to_child"]["missing"]["state"] == "historical"
    assert riley["risks"]["to_child"]["self_harm"]["state"] == "none_known"
    assert skye["risks"]["to_child"]["self_harm"]["state"] == "none_known"
    assert "missing" not in skye["risks"]["to_child"]


def test_one_sheet_is_not_a_workbook():
    assert workbook_lines("Sheet: Request\nField,Value\nSW,Maya Holt\n") is None
