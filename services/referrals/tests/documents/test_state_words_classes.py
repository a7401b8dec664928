"""Risk answers in a layout's own words and shapes (issue 12, training_t's risk classes):
a tall ruled PDF cell holding a column of "Label: value" fields, numbered risk lines with
dot leaders, one line per risk answering for each child by name, and state words a form
makes up for itself. Every document and value here is written for this test."""

from __future__ import annotations

import io

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.pdf_layout import _panel_entries
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _risks(data: bytes, child: int = 0) -> dict[str, str]:
    referral = read_referral_document(data, today=TODAY).referral
    risks = referral["children"][child].get("risks", {})
    return {
        f"{group}/{name}": finding["state"]
        for group, found in risks.items()
        for name, finding in found.items()
    }


def _panel_pdf(left: list[str], right: list[str]) -> bytes:
    """A ruled table of one row: two tall cells, each a column of lines."""
    buffer = io.BytesIO()
    cells = [[Paragraph("<br/>".join(left), BODY), Paragraph("<br/>".join(right), BODY)]]
    table = Table(cells, colWidths=[240, 240])
    table.setStyle(GRID)
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


# --- a ruled cell that is a column of fields ------------------------------------------------


@pytest.mark.parametrize(
    "text,entries",
    [
        # a heading over its fields; a line without a label carries on the field above
        (
            "About the risks\nFire: Open - set a bin alight\nin the park\nMissing: nil\nHSB: nil",
            [
                "About the risks",
                "Fire: Open - set a bin alight in the park",
                "Missing: nil",
                "HSB: nil",
            ],
        ),
        # two labelled lines are not yet a panel of fields
        ("Name: Rob Tate\nAge: 12", []),
        # prose that wrapped, with one colon in it, is not a panel
        ("He said: no\nand then he left the room\nbefore the end\nof the meeting", []),
        # the label starts the line: a time of day is no label
        ("Seen at 10:30\nby the nurse\nand at 14:00\nagain", []),
    ],
)
def test_a_cells_fields_one_a_line(text, entries):
    assert _panel_entries(text) == entries


def test_side_by_side_panels_of_fields_are_read_field_by_field():
    left = [
        "Young person: Dale Okoro",
        "Date of birth: 03/03/2011",
        "Gender: male",
        "Health: none reported",
    ]
    right = [
        "Safety",
        "Self harm: No concerns",
        "Missing: Ongoing - stays out most weekends with",
        "older friends",
        "Violence: Previous - a fight at school in 2023",
        "Fire: Nothing on record",
    ]
    referral = read_referral_document(_panel_pdf(left, right), today=TODAY).referral
    child = referral["children"][0]
    assert child["first_name"] == "Dale"
    assert child["date_of_birth"] == "2011-03-03"
    risks = _risks(_panel_pdf(left, right))
    assert risks["to_child/missing"] == "present"
    assert risks["to_others/physical_harm"] == "historical"
    assert risks["to_child/self_harm"] == "none_known"


# --- numbered risk lines with dot leaders ---------------------------------------------------


def test_numbered_lines_with_dot_leaders_are_labels_and_answers():
    text = "\n".join(
        [
            "Placement request",
            "Child: Nia Lowe, born 4 June 2012, female",
            "3. Risks",
            "   3.1 Going missing ...... None known",
            "   3.2 Self-harm .......... Yes - cuts her arms",
            "   3.10 Fire setting ...... Historic - set a fire in 2021",
            "   3.11 Hurting animals     None known",
        ]
    )
    risks = _risks(text.encode())
    assert risks["to_child/missing"] == "none_known"
    assert risks["to_child/self_harm"] == "present"
    assert risks["to_others/fire_setting"] == "historical"
    # a label as long as the leaders' column, padded with spaces to it
    assert risks["to_others/harm_to_animals"] == "none_known"
