"""The setting asked for, by class (issue 12, class 5 and 7): a row per setting with a
verdict, and a "delete as appropriate" line whose unwanted options are struck through.
Each document is written for this test."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _placement(data: bytes) -> dict:
    return read_referral_document(data, today=TEST_NOW.date()).referral.get("placement") or {}


@pytest.mark.parametrize(
    ("rows", "wanted"),
    [
        ([("Foster care", "Not suitable"), ("Residential care", "Suitable")], "residential"),
        ([("Fostering", "Yes"), ("Children's home", "No")], "fostering"),
        ([("Foster care", "Not suitable"), ("Residential care", "Not suitable")], None),
    ],
)
def test_a_row_per_setting_with_a_verdict(rows, wanted):
    lines = ["Child's name: Ava Moss", "Date of birth: 01/02/2013", "", "Placement type"]
    lines += [f"{setting} | {verdict}" for setting, verdict in rows]
    assert _placement("\n".join(lines).encode()).get("setting") == wanted


def _struck_docx(options: list[tuple[str, bool]]) -> bytes:
    document = Document()
    document.add_paragraph("Child's name: Ava Moss")
    document.add_paragraph("Date of birth: 01/02/2013")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Placement is"
    paragraph = table.cell(0, 1).paragraphs[0]
    for index, (text, struck) in enumerate(options):
        if index:
            paragraph.add_run(" / ")
        paragraph.add_run(text).font.strike = struck
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_options_struck_through_are_deleted():
    data = _struck_docx([("Emergency", True), ("Planned", False)])
    assert _placement(data).get("urgency") == "planned"


def test_no_option_struck_through_is_left_whole():
    data = _struck_docx([("Emergency", False), ("Planned", False)])
    assert _placement(data).get("urgency") is None
