"""Case table: a tick grid with a row shorter than its header.

A form's risk grid ("Risk | Yes | No | Details") often carries a sub-heading across the
whole grid ("Risks to others"), a row whose cells are merged into one, or a last row
left with fewer cells than the header. Such a row is not an answer, and the rows after
it are still read. Every document is written for this test."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.answers import pair_answers

TODAY = TEST_NOW.date()


def _grid_docx(rows: list[tuple[str, ...]], merged: set[int]) -> bytes:
    document = Document()
    document.add_paragraph("Referral for a foster placement")
    document.add_paragraph("Child's name: Tamsin Okafor")
    document.add_paragraph("Date of birth: 11/02/2012")
    table = document.add_table(rows=0, cols=4)
    for index, cells in enumerate(rows):
        row = table.add_row()
        if index in merged:
            spanned = row.cells[0].merge(row.cells[3])
            spanned.text = cells[0]
            continue
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _state(draft, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


@pytest.mark.parametrize(
    ("rows", "merged"),
    [
        (
            [
                ("Risk", "Yes", "No", "Details"),
                ("Risks to herself",),
                ("Self-harm", "☐", "☒", ""),
                ("Going missing", "☒", "☐", "missing overnight twice last month"),
                ("Risks to others",),
                ("Fire setting", "☐", "☒", ""),
            ],
            {1, 4},
        ),
        (
            [
                ("Concern", "Y", "N", "Comment"),
                ("Self harm", "[ ]", "[x]", ""),
                ("Section B: behaviour towards others",),
                ("Going missing", "[x]", "[ ]", "ran off from school on Friday"),
                ("Arson", "[ ]", "[x]", ""),
            ],
            {2},
        ),
    ],
)
def test_a_row_across_the_grid_is_a_heading_and_the_rows_after_it_are_read(rows, merged):
    draft = read_referral_document(_grid_docx(rows, merged), filename="form.docx", today=TODAY)
    assert not [warning for warning in draft.warnings if "reader stopped" in warning]
    assert _state(draft, "to_child", "self_harm") == "none_known"
    assert _state(draft, "to_child", "missing") == "present"
    assert _state(draft, "to_others", "fire_setting") == "none_known"


def _cells(rows: list[tuple[str, ...]]) -> list[Block]:
    return [
        Block(BlockKind.CELL, text, Location(table=1, row=r, cell=c))
        for r, row in enumerate(rows, start=1)
        for c, text in enumerate(row, start=1)
    ]


@pytest.mark.parametrize(
    "short",
    [
        ("Self-harm: see the chronology",),  # one cell, a risk's own words: not a heading
        ("Notes on the risks below were agreed with the young person and his carer.",),
        ("Criminal exploitation", "☐"),  # a row cut short before its other boxes
    ],
)
def test_a_row_shorter_than_the_grid_is_read_without_failing(short):
    rows = [
        ("Risk", "Yes", "No", "Details"),
        ("Going missing", "☒", "☐", "twice since September"),
        short,
        ("Fire setting", "☐", "☒", ""),
    ]
    answers = pair_answers(_cells(rows))
    labels = [answer.label for answer in answers]
    assert "Going missing" in labels and "Fire setting" in labels


def _sparse(rows: list[tuple[str, ...]]) -> list[Block]:
    """A grid as a reader that leaves empty cells out gives it: each kept cell numbered."""
    return [
        Block(BlockKind.CELL, text, Location(table=1, row=r, cell=c))
        for r, row in enumerate(rows, start=1)
        for c, text in enumerate(row, start=1)
        if text
    ]


@pytest.mark.parametrize(
    "header",
    [
        ("Worry", "Now", "Before", "Query", "No", "Notes"),
        ("Area of risk", "Current", "Historic", "Suspected", "No", "Notes"),
    ],
)
def test_a_tick_is_read_under_its_own_column_when_empty_cells_are_left_out(header):
    rows = [
        header,
        ("Self-harm", "", "", "", "✓", ""),
        ("Going missing", "", "✓", "", "", "ran off from a contact visit in 2023, not since"),
        ("Fire setting", "", "", "", "✓", ""),
    ]
    answers = {answer.label: answer for answer in pair_answers(_sparse(rows))}
    assert [text for text, ticked in answers["Self-harm"].options if ticked] == ["No"]
    assert [text for text, ticked in answers["Fire setting"].options if ticked] == ["No"]
    assert answers["Going missing"].value.startswith("ran off")


def test_status_words_over_rows_that_are_not_risks_are_no_tick_grid():
    rows = [
        ("Arrangement", "Now", "Before", "Notes"),
        ("Contact with mum at the centre", "✓", "", "Tuesdays"),
        ("Overnight stays with gran", "", "✓", "from January"),
    ]
    options = {text for answer in pair_answers(_sparse(rows)) for text, _ticked in answer.options}
    assert not options & {"Now", "Before"}
