"""A form's label whose answer cell is left blank is a real gap (issue 12, class 12): the
question goes to the LA, not to the officer as "mentioned but unreadable". Word leaves a
blank cell out of the text, so a label cell with no cell after it in a table whose other
rows have a second column is a blank answer. A label with words beside it that the reader
cannot place still goes to the officer. Every form here is written for this test."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _form(rows: list[tuple[str, str]]) -> bytes:
    document = Document()
    document.add_paragraph("Placement request")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Planned long-term fostering from 7 December 2026.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


BASE = [("Name", "Tam Rudd"), ("Date of birth", "01/02/2013"), ("Legal status", "S20")]


@pytest.mark.parametrize("label", ["Case number (LCS)", "Mosaic ID", "ICS ID"])
def test_a_blank_reference_cell_is_asked(label):
    draft = read_referral_document(_form([*BASE, (label, "")]), today=TODAY)
    assert "/la_reference" in {item.pointer for item in draft.missing}
    assert "/la_reference" not in {item.pointer for item in draft.unclear}


def test_a_blank_cell_in_the_middle_of_the_form_is_asked():
    rows = [BASE[0], ("Case number (LCS)", ""), *BASE[1:]]
    draft = read_referral_document(_form(rows), today=TODAY)
    assert "/la_reference" in {item.pointer for item in draft.missing}


def test_words_the_reader_cannot_place_go_to_the_officer():
    rows = [*BASE, ("Case number (LCS)", "see the cover sheet")]
    draft = read_referral_document(_form(rows), today=TODAY)
    assert "/la_reference" in {item.pointer for item in draft.unclear}
    assert "/la_reference" not in {item.pointer for item in draft.missing}
