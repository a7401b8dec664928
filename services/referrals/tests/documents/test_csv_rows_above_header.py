"""A spreadsheet export whose header is not its first row (issue 12, class 5): a title
and a row of group headings ("REQUEST,,,CHILD,,,RISKS TO SELF") above the row of labels.
The header is the fullest row of labels; the rows above it are kept as words."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.csv_table import csv_lines

TODAY = TEST_NOW.date()

HEADER = "Date of request,Social worker,First name,Surname,DOB,Self harm,Missing,Fire"
ROWS = (
    "18/11/2026,Charlotte Bray,Leo,Ashby,08/08/2011,None,Past,None\n"
    "18/11/2026,Charlotte Bray,Ava,Ashby,02/02/2014,None,None,None\n"
)


@pytest.mark.parametrize(
    "above",
    [
        "",
        "Swindon Borough Council - sibling request,,,,,,,\n",
        "Swindon Borough Council - sibling request,,,,,,,\nREQUEST,,CHILD,,,RISKS,,\n",
        "REQUEST,,CHILD,,,RISKS,,\n",
    ],
)
def test_the_header_is_found_under_a_title_and_group_headings(above):
    lines = csv_lines(above + HEADER + "\n" + ROWS)
    assert lines is not None
    assert lines[lines.index("Child 1") + 1 :][:2] == ["First name: Leo", "Surname: Ashby"]
    assert "Child 2" in lines


def test_the_title_is_kept_as_words():
    lines = csv_lines("Swindon Borough Council - sibling request,,,,,,,\n" + HEADER + "\n" + ROWS)
    assert lines[0] == "Swindon Borough Council - sibling request"


def test_each_child_is_read_with_their_own_row():
    content = "Sibling request,,,,,,,\nREQUEST,,CHILD,,,RISKS,,\n" + HEADER + "\n" + ROWS
    draft = read_referral_document(content.encode(), filename="request.csv", today=TODAY)
    children = draft.model_dump(mode="json")["children"]
    assert [child["first_name"]["value"] for child in children] == ["Leo", "Ava"]
    assert children[0]["risks"]["to_child"]["missing"]["value"] == "historical"


def test_a_text_that_is_no_table_is_left_alone():
    assert csv_lines("Dear team,\nplease find the request below.\nThanks, Jo") is None
