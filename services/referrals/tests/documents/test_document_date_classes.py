"""The referral date is the document's own date (issue 12, classes 5 and 11), whatever the
LA's form calls the paper and what was done to it: drafted, completed, printed, referred.

Every document here is written for this test. A label naming the request itself outranks
one naming only some paper (an assessment's "Completed" above the "Date of request").
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for, names_the_request

TODAY = TEST_NOW.date()


def _read(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


def _docx(rows: list[tuple[str, str]], heading: str = "Looked after child") -> bytes:
    document = Document()
    document.add_heading(heading, level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "label",
    [
        "Plan drafted",
        "Record completed",
        "Extract printed",
        "Referred on",
        "Date of this letter",
        "Date of direction",
        "Letter date",
        "Summary written",
        "Form signed",
        "Date drafted",
        "Notes typed on",
        "Document produced",
        "Printout generated",
    ],
)
def test_a_label_naming_the_papers_own_day_is_the_referral_date(label):
    assert field_for(label) == "referral_date"
    text = f"Northshire Council\n{label}: 12/10/2026\nName: Orla Penrose\nDOB: 03/03/2014\n"
    assert _read(text.encode()).get("referral_date") == "2026-10-12"


@pytest.mark.parametrize(
    "label",
    [
        "Date of birth",
        "Date of order",
        "Date of meeting",
        "Date of assessment",
        "Care plan date",
        "Placement started",
        "Requested",
        "Move date",
        "Date of last review",
    ],
)
def test_a_date_of_some_other_event_is_not_the_papers_own(label):
    assert field_for(label) != "referral_date"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # an assessment's completion printed before the request's own date
        ([("Completed", "4 October 2026"), ("Date of request", "19/10/2026")], "2026-10-19"),
        ([("Record completed", "01/10/2026"), ("Referred on", "07/10/2026")], "2026-10-07"),
        # the request's own date first: the later paper's date does not replace it
        ([("Referral date", "07/10/2026"), ("Plan drafted", "01/10/2026")], "2026-10-07"),
        # only papers' dates: the first one
        ([("Plan drafted", "02/10/2026"), ("Extract printed", "05/10/2026")], "2026-10-02"),
    ],
)
def test_the_requests_own_date_outranks_another_papers(rows, expected):
    data = _docx([*rows, ("Child's name", "Orla Penrose"), ("Date of birth", "03/03/2014")])
    assert _read(data).get("referral_date") == expected


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("Date of request", True),
        ("Referred on", True),
        ("Date referral received", True),
        ("Application date", True),
        ("Completed", False),
        ("Extract printed", False),
        ("Date of this letter", False),
    ],
)
def test_which_labels_name_the_request_itself(label, names):
    assert names_the_request(label) is names
