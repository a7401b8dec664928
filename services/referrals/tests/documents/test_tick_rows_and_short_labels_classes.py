"""Two label classes (issue 12, class 5), each document written for this test:

- a row of tick boxes with no label of its own ("☐ Emergency | ☒ Planned"): the options'
  own words say which field the row answers (how urgent, how long, what kind of home);
- a tracker's short forms ("Prev placements", "FT", "LS", "Placement hx"): written out
  before the label is read.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _placement(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral.get("placement") or {}


def _form(rows: list[list[str]]) -> bytes:
    document = Document()
    document.add_heading("Placement referral", level=1)
    details = document.add_table(rows=0, cols=2)
    for label, value in [
        ("Date of referral", "02/10/2026"),
        ("Child's name", "Wren Halloran"),
        ("Date of birth", "11/06/2012"),
    ]:
        cells = details.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Placement needed")
    grid = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("row", "field", "expected"),
    [
        (["☐ Emergency", "☒ Planned"], "urgency", "planned"),
        (["☒ Emergency", "☐ Planned"], "urgency", "emergency"),
        (["☐ Same day", "☐ Urgent", "☒ Planned"], "urgency", "planned"),
        (["☒ Short term", "☐ Long term"], "duration", "short_term"),
        (["☐ Short-term", "☒ Long-term", "☐ Permanent"], "duration", "long_term"),
        (["☐ Foster care", "☒ Residential"], "setting", "residential"),
    ],
)
def test_a_row_of_tick_boxes_answers_the_field_its_options_name(row, field, expected):
    assert _placement(_form([row])).get(field) == expected


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (["☐ Emergency", "☐ Planned"], "urgency"),
        (["☐ Short term", "☐ Long term"], "duration"),
        (["☐ Foster care", "☐ Residential"], "setting"),
    ],
)
def test_a_row_with_nothing_ticked_answers_nothing(row, field):
    assert _placement(_form([row])).get(field) is None


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Prev placements", "history"),
        ("Prev. placements", "history"),
        ("No. of prev placements", "placements_count"),
        ("Placement hx", "history"),
        ("FT", "family_time"),
        ("F/T", "family_time"),
        ("LS", "legal_status"),
        ("Accom type", "setting"),
        ("Educ", "school"),
        ("Pref. location", "location"),
    ],
)
def test_a_short_form_is_read_as_its_words(label, field):
    assert field_for(label) == field


@pytest.mark.parametrize("label", ["Left", "FTE", "Prevention", "Hxy", "Lsoa"])
def test_words_that_only_begin_like_a_short_form_are_not_it(label):
    assert field_for(label) not in ("history", "family_time", "legal_status")
