"""Case table for a request form's bare "Type" (or "Kind") row of tick boxes: the label
names no field, the boxes' words do ("☒ Foster care ☐ Children's home" is the setting).
Every document is written for this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _form(label: str, boxes: str) -> bytes:
    document = Document()
    document.add_paragraph("Placement request form")
    table = document.add_table(rows=0, cols=2)
    for row in (
        ("Date of request", "03-11-2026"),
        ("Child", "Kerra Vose"),
        ("Date of birth", "01-01-2012"),
        (label, boxes),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("label", "boxes", "setting"),
    [
        (
            "Type",
            "\u2612 Foster care \u2610 Children's home \u2610 Supported accommodation",
            "fostering",
        ),
        ("Kind", "\u2610 Foster care \u2612 Children's home", "residential"),
    ],
)
def test_the_boxes_words_say_the_field(label, boxes, setting):
    draft = read_referral_document(_form(label, boxes), today=TEST_NOW.date())
    assert draft.referral["placement"]["setting"] == setting
