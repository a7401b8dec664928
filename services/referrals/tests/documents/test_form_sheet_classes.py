"""A referral form kept in a spreadsheet and saved as CSV (issue 12, class 1: the layout a
file carries): labels in the first column, answers further right past an empty spacer
column, a heading row over each child, a small grid of risks with its own header row, and
a label whose answer cells are empty left as a gap. Every sheet is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.form_sheet import form_sheet_lines


def _sheet(rows: list[tuple[str, ...]], delimiter: str = ",") -> str:
    width = max(len(row) for row in rows)
    padded = [list(row) + [""] * (width - len(row)) for row in rows]
    return "\n".join(delimiter.join(cells) for cells in padded) + "\n"


ROWS = [
    ("Referral for a foster home",),
    (),
    ("Date sent", "", "2026-11-12"),
    ("Case no.", "", "WQ-771203"),
    ("Social worker", "", "Idris Mayhew", "01632 960771"),
    ("SW email", "", "idris.mayhew@example.gov.uk"),
    ("Start date", "", "30/11/2026"),
    (),
    ("CHILD 1",),
    ("Name", "", "Rosa Vell"),
    ("DOB", "", "2014-03-09"),
    ("Gender", "", ""),
    ("RISK", "", "Rating", "Notes"),
    ("Self-harm", "", "Y (current)", "Scratching her arms since October"),
    ("Fire-setting", "", "N"),
    ("Missing", "", ""),
    (),
    ("CHILD 2",),
    ("Name", "", "Otto Vell"),
    ("DOB", "", "2016-07-21"),
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_form_sheet_reads_as_its_labels_and_answers(delimiter):
    draft = read_referral_document(_sheet(ROWS, delimiter).encode(), today=TEST_NOW.date()).referral
    assert draft["la_reference"] == "WQ-771203"
    assert draft["referral_date"] == "2026-11-12"
    assert draft["social_worker"]["name"] == "Idris Mayhew"
    assert draft["placement"]["start_date"] == "2026-11-30"
    names = [(child["first_name"], child["date_of_birth"]) for child in draft["children"]]
    assert names == [("Rosa", "2014-03-09"), ("Otto", "2016-07-21")]
    risks = draft["children"][0]["risks"]
    assert risks["to_child"]["self_harm"]["state"] == "present"
    assert risks["to_others"]["fire_setting"]["state"] == "none_known"
    assert "missing" not in risks["to_child"]  # not stated


def test_lines_keep_a_blank_answer_as_a_gap_and_a_grid_row_with_its_notes():
    lines = form_sheet_lines(_sheet(ROWS))
    assert "Gender |" in lines
    assert "Self-harm: Y (current) - Scratching her arms since October" in lines
    assert "CHILD 2" in lines


@pytest.mark.parametrize(
    "text",
    [
        # a tracker: a header row naming its columns, a row per child
        "Name,DOB,School,Social worker\nRosa Vell,2014-03-09,Elm Primary,Idris Mayhew\n" * 5,
        # a column per child under a blank corner cell
        "Request,,\nDate sent,04/11/2026,\n,Child 1,Child 2\nFirst name,Rosa,Otto\n"
        "DOB,2014-03-09,2016-07-21\nSchool,Elm,Elm\nSelf harm,No,No\nMissing,No,No\n",
        # rows of unequal width: a text with commas, not a saved sheet
        "Dear team,\nRosa, who is ten, needs a home,\nThanks,\n" * 4,
    ],
)
def test_other_comma_texts_are_not_form_sheets(text):
    assert form_sheet_lines(text) is None
