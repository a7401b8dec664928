"""A ruled PDF table cell keeps the lines its writer broke on purpose ("Gran - weekly"
over "Uncle - monthly", one placement a line), and joins the lines its edge wrapped. The
documents here are drawn for this test."""

from __future__ import annotations

import io

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _pdf(rows: list[list[str]]) -> bytes:
    table = Table([[Paragraph(text, BODY) for text in row] for row in rows], colWidths=[120, 260])
    table.setStyle(GRID)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def _cell_texts(data: bytes) -> list[str]:
    limits = DocumentLimits()
    _kind, blocks = read_blocks(data, limits, Deadline(limits.max_seconds), warnings=[])
    return [block.text for block in blocks if block.location.cell == 2]


@pytest.mark.parametrize(
    "written,read",
    [
        # two entries, each on a line of its own
        ("Gran - weekly<br/>Uncle - monthly", "Gran - weekly\nUncle - monthly"),
        # a long value wrapped by the cell's edge is one entry
        (
            "Supervised by the contact centre on Saturday mornings, with a worker present "
            "throughout and a review after six sessions",
            "Supervised by the contact centre on Saturday mornings, with a worker present "
            "throughout and a review after six sessions",
        ),
        # a short line followed by lower case words is a wrap the writer forced, not an entry
        ("Weekly with<br/>mum at the centre", "Weekly with mum at the centre"),
    ],
)
def test_a_cells_entries_keep_their_lines(written, read):
    assert _cell_texts(_pdf([["Family time", written]])) == [read]


def test_each_line_of_a_cell_is_one_entry_of_the_history_and_family_time():
    rows = [
        ["Local authority", "Knowsley Council"],
        ["Date of referral", "17/11/2026"],
        ["Name", "Rosa Finnegan"],
        ["Date of birth", "05/05/2013"],
        ["Family time", "Dad - fortnightly, supervised<br/>Aunt - monthly"],
        [
            "Placement history",
            "Foster carers, Huyton (current), 2025 -<br/>Foster carers, Prescot, 2022 - 2025",
        ],
    ]
    child = read_referral_document(_pdf(rows), today=TODAY).referral["children"][0]
    assert [entry["with_whom"] for entry in child["family_time"]] == ["dad", "aunt"]
    assert len(child["placement_history"]) == 2
