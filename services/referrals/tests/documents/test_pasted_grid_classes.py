"""A grid pasted from a spreadsheet into a message with a column per child (issue 12,
class 2): a heading row of the children's names over a blank corner, then one row per
label, the cells tab-separated. Each child's column is that child's."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.csv_sideways import pasted_sideways

TODAY = TEST_NOW.date()

GRID = [
    "\tKasey\tDion",
    "Full name\tKasey Marsh\tDion Marsh",
    "Date of birth\t03/10/2013\t21/01/2016",
    "Sex\tF\tM",
    "Self harm\tNo\tPast - cut his wrist in 2024, nothing since",
    "Missing\tYes - three times this month\tNo",
    "Fire setting\tNo\tNo",
]


def test_each_column_is_a_childs_part():
    lines = pasted_sideways(["Here is the grid:", *GRID, "Thanks, Pat"])
    assert lines[:4] == [
        "Here is the grid:",
        "Child 1",
        "Full name: Kasey Marsh",
        "Date of birth: 03/10/2013",
    ]
    second = lines.index("Child 2")
    assert lines[second + 1] == "Full name: Dion Marsh"
    assert lines[-1] == "Thanks, Pat"


@pytest.mark.parametrize(
    "grid",
    [
        GRID[:3],  # too few rows to be a grid
        ["Name\tAge\tSchool", "Kasey\t13\tHillcrest"],  # a table with a row per child
        ["\tnotes here\tmore", *GRID[1:]],  # no names heading the columns
    ],
)
def test_lines_that_are_no_grid_of_children_are_kept_as_they_are(grid):
    assert pasted_sideways(grid) == grid


def test_a_message_with_a_pasted_grid_reads_each_child_from_their_column():
    message = EmailMessage()
    message["From"] = "Pat Lyle <pat.lyle@east.example.gov.uk>"
    message["To"] = "placements@agency.example.org.uk"
    message["Date"] = "Tue, 17 Nov 2026 11:00:00 +0000"
    message["Subject"] = "Sibling request"
    message.set_content(
        "Hi, please find below the two children needing a home together.\n\n"
        + "\n".join(GRID)
        + "\n\nThanks\nPat Lyle\nSocial Worker\n01632 960331\n"
    )
    data = read_referral_document(bytes(message), filename="m.eml", today=TODAY).model_dump(
        mode="json"
    )
    kasey, dion = data["children"]
    assert (kasey["first_name"]["value"], dion["first_name"]["value"]) == ("Kasey", "Dion")
    assert (kasey["gender"]["value"], dion["gender"]["value"]) == ("female", "male")
    assert kasey["risks"]["to_child"]["missing"]["value"] == "present"
    assert dion["risks"]["to_child"]["missing"]["value"] == "none_known"
    assert dion["risks"]["to_child"]["self_harm"]["value"] == "historical"
    assert kasey["risks"]["to_child"]["self_harm"]["value"] == "none_known"
