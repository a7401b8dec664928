"""Which date is the referral's and which the start's (issue 12, classes 3, 10 and 11).

Every document here is written for this test: a case system's print, minutes, a
chronology, a two-pair table row with a blank answer, short breaks, a hospital discharge.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _read(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


def _docx(*tables: list[tuple[str, ...]], heading: str = "Placement request") -> bytes:
    document = Document()
    document.add_heading(heading, level=1)
    for rows in tables:
        table = document.add_table(rows=0, cols=max(len(row) for row in rows))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = text
        document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "label",
    ["Step started", "Episode created", "Form created on", "Request raised", "Referral logged"],
)
def test_the_day_a_case_system_step_was_started_is_the_referral_date(label):
    text = f"Request for a placement\n{label}: 09-Oct-2026\nName: Nell Ashby\n"
    assert _read(text.encode()).get("referral_date") == "2026-10-09"


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Foster Panel - Minutes", "2026-10-05"),
        ("Notes of meeting: matching", "2026-10-05"),
        ("Placement request", None),  # a form's meeting is only an event it mentions
    ],
)
def test_a_meeting_date_dates_only_the_minutes_of_that_meeting(title, expected):
    data = _docx(
        [("Date of meeting", "5 October 2026"), ("Case number", "QX-11872")],
        [("Child", "Ruby Kells"), ("Date of birth", "02/03/2016")],
        heading=title,
    )
    assert _read(data).get("referral_date") == expected


@pytest.mark.parametrize(
    "header",
    [("Date", "Event"), ("Start", "End", "Placement", "Reason for end"), ("When", "What")],
)
def test_a_table_of_dated_rows_is_not_read_as_labels(header):
    rows = [header]
    for day in ("03/01/2019", "14/06/2022", "01/09/2025"):
        rows.append((day, *(["Carer left"] * (len(header) - 1))))
    data = _docx(
        [("Date of referral", "12/10/2026"), ("Child", "Ruby Kells"), ("Start date", "")],
        rows,
    )
    referral = _read(data)
    assert referral.get("referral_date") == "2026-10-12"
    assert "start_date" not in (referral.get("placement") or {})  # "End" is not an answer


def test_a_blank_answer_in_a_two_pair_row_keeps_the_next_label_a_label():
    data = _docx(
        [
            ("Name", "Ruby Kells", "Case number", "QX-11872"),
            ("Date of referral", "", "Placement start", "14/12/2026"),
        ]
    )
    referral = _read(data)
    assert "referral_date" not in referral  # never the next label's date, nor today
    assert referral["placement"]["start_date"] == "2026-12-14"


@pytest.mark.parametrize(
    "label",
    [
        "Estimated discharge",
        "Expected discharge date",
        "Planned date of discharge",
        "Release date",
        "First break from",
        "First stay",
        "Initial respite",
    ],
)
def test_leaving_hospital_or_a_first_break_is_when_the_placement_starts(label):
    text = f"Date of referral: 12/10/2026\nChild's name: Ruby Kells\n{label}: 26/10/2026\n"
    assert _read(text.encode())["placement"]["start_date"] == "2026-10-26"


def test_asap_on_the_form_starts_on_the_referral_date_with_its_own_quote():
    text = (
        "Step started: 12-Oct-2026\nChild's name: Ruby Kells\n"
        "Type of request: Emergency\nDate required: ASAP (after court)\n"
    )
    draft = read_referral_document(text.encode(), today=TODAY)
    assert draft.referral["placement"]["start_date"] == "2026-10-12"
    assert "ASAP" in draft.placement.start_date.evidence[0].quote
