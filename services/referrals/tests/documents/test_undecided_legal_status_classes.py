"""Case table for a legal status not yet decided ("To be talked through at legal gateway -
possibly s20", "s20 being considered", "ICO pending"): no status is read, the gap stays to
be asked; a status in force with a hearing still to come is read. Every line is written
for this test."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _form(status: str) -> bytes:
    document = Document()
    document.add_paragraph("Placement request")
    table = document.add_table(rows=0, cols=2)
    for row in (
        ("Date of request", "03/11/2026"),
        ("Child", "Kerra Vose"),
        ("Date of birth", "01/01/2012"),
        ("Legal status", status),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("status", "read"),
    [
        ("To be talked through at legal gateway - possibly s20", None),
        ("s20 being considered by the service manager", None),
        ("ICO pending", None),
        ("Probably a care order at the final hearing", None),
        ("Section 20 - signed by mum on 01/11", "V2"),
        ("ICO (final hearing February 2027)", "C1"),
    ],
)
def test_a_status_not_yet_decided_is_not_read(status, read):
    draft = read_referral_document(_form(status), today=TEST_NOW.date())
    assert draft.referral["children"][0].get("legal_status") == read
