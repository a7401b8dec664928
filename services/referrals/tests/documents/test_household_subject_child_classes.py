"""Case tables for an assessment's household table ("Name | Relationship | DOB / age |
Gender") whose rows mark the children the paper is about as "Subject child" among the
adults: each such row is that child's own line (name, birth, sex), and the adults' rows
are no children. Every document is written for this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.answers import _SUBJECT_CHILD

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Subject child", True),
        ("Subject", True),
        ("Child (subject)", True),
        ("Young person to be placed", True),
        ("Subject of the assessment", True),
        ("Mother", False),
        ("Sibling (not subject)", False),
        ("Child's father", False),
    ],
)
def test_the_words_for_the_child_the_paper_is_about(text, subject):
    assert bool(_SUBJECT_CHILD.match(text)) is subject


def _household() -> bytes:
    document = Document()
    document.add_paragraph("Child and Family Assessment")
    facts = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Request passed to Placements", "09/11/2026"),
        ("Social worker", "Bryony Keast"),
    ):
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("1. Who lives in the home")
    table = document.add_table(rows=0, cols=4)
    for row in (
        ["Name", "Relationship", "DOB / age", "Gender"],
        ["Kensa Moyle", "Subject child", "14/02/2013", "Female"],
        ["Denzel Moyle", "Subject child", "05/08/2016", "Male"],
        ["Tamara Moyle", "Mother", "38", "F"],
        ["Rob Inch", "Mother's partner", "44", "M"],
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_subject_children_are_the_children():
    draft = read_referral_document(_household(), today=TODAY)
    children = draft.referral["children"]
    assert [(c["first_name"], c["date_of_birth"], c["gender"]) for c in children] == [
        ("Kensa", "2013-02-14", "female"),
        ("Denzel", "2016-08-05", "male"),
    ]
