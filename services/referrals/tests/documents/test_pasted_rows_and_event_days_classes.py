"""Two classes (issue 12, classes 2 and 7), each document written for this test:

- spreadsheet rows pasted into an email's body, between the message's own words: each
  row under the header line is a child, its cells answers under their column names;
- "today" said of an order, a hearing or an arrest is that event's day, not how soon the
  placement is needed.
"""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.csv_table import pasted_csv

TODAY = TEST_NOW.date()


def _referral(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


HEADER = "Ref,Forename,Surname,DOB,Gender,Legal status,Urgency,Start,School,Prev placements"
ROWS = [
    "NR-771,Tobias,Quill,02/05/2014,M,Section 20,Planned,20/04/2025,Elm Primary,Foster (current)",
    "NR-771,Ada,Quill,19/09/2016,F,Section 20,Planned,20/04/2025,Elm Primary,Foster (current)",
]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Hi team,\nRows below from the tracker.", "Thanks, Jo"),
        ("Rows copied off the sheet:", ""),
        ("", "The portal is down so pasting these. Any questions ring me."),
    ],
)
def test_rows_pasted_into_a_message_are_one_child_each(before, after):
    body = "\n".join(line for line in [before, "", HEADER, *ROWS, "", after] if line is not None)
    children = _referral(email(body)).get("children") or []
    assert [child.get("first_name") for child in children] == ["Tobias", "Ada"]
    assert children[0].get("date_of_birth") == "2014-05-02"
    assert children[1].get("date_of_birth") == "2016-09-19"


def test_a_row_whose_cell_holds_semicolons_and_a_bar_is_still_a_row():
    row = (
        "NR-902,Milo,Vance,03/03/2011,M,Full care order,Planned,01/05/2025,Ash Academy,"
        "Foster 2016; Foster 2019; Res (current),notes: hit staff | ran off twice"
    )
    body = f"Hello,\n\n{HEADER},Notes\n{row}\n\nThanks"
    children = _referral(email(body)).get("children") or []
    assert [child.get("last_name") for child in children] == ["Vance"]


@pytest.mark.parametrize(
    "lines",
    [
        ["We spoke about it, and agreed, on Monday, before the review, as planned."],
        ["Only one line, with, some, commas, in it"],
        ["a,b,c,d", "not a table row at all"],
    ],
)
def test_lines_that_are_not_a_pasted_table_are_kept_as_they_are(lines):
    assert pasted_csv(lines) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "An ICO was made today at Leeds Family Court.",
        "The court granted the interim care order this afternoon.",
        "The hearing was held this morning; the plan is a foster home from next month.",
        "He was remanded and the decision was given today.",
    ],
)
def test_an_orders_or_a_hearings_day_is_not_the_placements_urgency(sentence):
    body = f"Dear Placements,\n\n{sentence}\nChild: Nia Rooke, born 02/02/2013.\n\nThanks, Sam"
    assert (_referral(email(body)).get("placement") or {}).get("urgency") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We need a foster placement today for Nia Rooke, born 02/02/2013.",
        "Emergency placement needed tonight for Nia Rooke, born 02/02/2013.",
    ],
)
def test_a_placement_needed_today_is_still_an_emergency(sentence):
    body = f"Dear Placements,\n\n{sentence}\n\nThanks, Sam"
    assert (_referral(email(body)).get("placement") or {}).get("urgency") == "emergency"
