"""Case tables for reading a Word grid by where its cells stand: a header row whose empty
corner cell is left out starts one column right of its rows, and a grid that gives each
child an answer column and a detail column beside it (a mark merged across both when
there is no detail) is one column per child. Every document is written for this test, in
words of its own."""

from __future__ import annotations

import io

from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.grid_positions import (
    corner_put_back,
    details_beside_columns,
)

TODAY = TEST_NOW.date()


def _rows(table: list[list[tuple[int, str]]]) -> list[list[Block]]:
    return [
        [
            Block(BlockKind.CELL, text, Location(table=1, row=row, cell=column))
            for column, text in cells
        ]
        for row, cells in enumerate(table, start=1)
    ]


def _texts(rows: list[list[Block]]) -> list[list[tuple[int | None, str]]]:
    return [[(cell.location.cell, cell.text) for cell in row] for row in rows]


class TestHeaderCorner:
    def test_a_header_without_its_corner_gets_it_back(self):
        rows = _rows([[(2, "Child 1"), (3, "Child 2")], [(1, "Name"), (2, "Ola"), (3, "Tem")]])
        assert _texts(corner_put_back(rows))[0] == [(1, ""), (2, "Child 1"), (3, "Child 2")]

    def test_rows_that_start_where_the_header_starts_are_left_alone(self):
        rows = _rows([[(1, "Risk"), (2, "Answer")], [(1, "Fire"), (2, "No")]])
        assert corner_put_back(rows) == rows

    def test_rows_that_start_in_different_columns_are_left_alone(self):
        rows = _rows([[(2, "A")], [(1, "Name"), (2, "Ola")], [(2, "Tem")]])
        assert corner_put_back(rows) == rows


class TestDetailColumns:
    def test_each_detail_follows_its_mark_and_missing_cells_are_blank(self):
        rows = _rows(
            [
                [(1, "Risk"), (2, "Ola"), (3, "Notes"), (4, "Tem"), (5, "Notes")],
                [(1, "Fire"), (2, "yes"), (3, "matches in his bag"), (4, "no")],
                [(1, "Missing"), (4, "yes"), (5, "out all night")],
            ]
        )
        assert _texts(details_beside_columns(rows)) == [
            [(1, "Risk"), (2, "Ola"), (4, "Tem")],
            [(1, "Fire"), (2, "yes - matches in his bag"), (4, "no")],
            [(1, "Missing"), (2, ""), (4, "yes - out all night")],
        ]

    def test_a_table_with_one_detail_column_is_left_alone(self):
        rows = _rows([[(1, "Risk"), (2, "Rating"), (3, "Notes")], [(1, "Fire"), (2, "No")]])
        assert details_beside_columns(rows) == rows


def _merged_grid() -> bytes:
    document = Document()
    document.add_paragraph("Request for accommodation")
    facts = document.add_table(rows=0, cols=2)
    for label, value in (("Date sent", "03/11/2026"), ("Placement", "Foster care")):
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    children = document.add_table(rows=3, cols=3)
    for row, texts in zip(
        children.rows,
        [["", "Child 1", "Child 2"], ["Name", "Ola Bright", "Tem Bright"], ["Sex", "F", "M"]],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    grid = document.add_table(rows=4, cols=5)
    header = ["Concern", "Ola", "Detail", "Tem", "Detail"]
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.text = text
    lines = [
        ["Self-harm", "No", "", "Yes", "Cut his arm last week"],
        ["Fire setting", "Yes", "Set a bin alight on Monday", "No", ""],
        ["Going missing", "No", "", "No", ""],
    ]
    for row, texts in zip(grid.rows[1:], lines, strict=True):
        cells = row.cells
        for column, text in enumerate(texts):
            cells[column].text = text
        for answer in (1, 3):  # a mark without detail is merged across its detail cell
            if not texts[answer + 1]:
                cells[answer].merge(cells[answer + 1]).text = texts[answer]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestMergedGrid:
    def test_each_child_is_read_from_their_own_columns(self):
        draft = read_referral_document(_merged_grid(), today=TODAY)
        data = draft.model_dump(mode="json")["children"]
        assert [child["first_name"]["value"] for child in data] == ["Ola", "Tem"]
        ola, tem = (child["risks"] for child in data)
        assert ola["to_child"]["self_harm"]["value"] == "none_known"
        assert ola["to_others"]["fire_setting"]["value"] == "present"
        assert tem["to_child"]["self_harm"]["value"] == "present"
        assert tem["to_others"]["fire_setting"]["value"] == "none_known"
        assert tem["to_child"]["missing"]["value"] == "none_known"


def _docx(*parts: str | list[list[str]]) -> bytes:
    """A Word file of paragraphs (strings) and tables (lists of rows)."""
    document = Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        table = document.add_table(rows=0, cols=max(len(row) for row in part))
        for row in part:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


_FACTS = [
    ["Date of request", "02/11/2026"],
    ["Social worker", "Bronwen Ashby"],
    ["Email", "bronwen.ashby@example.gov.uk"],
    ["Placement wanted", "Foster care, planned"],
]


class TestChildColumnsWithDetail:
    def test_each_childs_mark_and_detail_are_the_childs(self):
        document = _docx(
            "Request for accommodation",
            _FACTS,
            [
                ["", "Child 1", "Child 2"],
                ["Name", "Ruby Kettle", "Alfie Kettle"],
                ["Date of birth", "14/02/2014", "09/09/2016"],
                ["Gender", "Female", "Male"],
            ],
            [
                ["Legend: ● active ◐ past only ◌ not confirmed ✕ nothing known"],
                ["Risk", "Ruby", "Detail", "Alfie", "Detail"],
                ["Self-harm", "◌", "Scratches seen on her arm, she says the cat", "✕", ""],
                ["Going missing", "✕", "", "●", "Out overnight twice this week"],
                ["Fire setting", "✕", "", "◐", "Burnt a bin in 2023, nothing since"],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        assert [child.first_name.value for child in draft.children] == ["Ruby", "Alfie"]
        assert _state(draft, "to_child", "self_harm", 0) == "suspected"
        assert _state(draft, "to_child", "missing", 0) == "none_known"
        assert _state(draft, "to_others", "fire_setting", 0) == "none_known"
        assert _state(draft, "to_child", "self_harm", 1) == "none_known"
        assert _state(draft, "to_child", "missing", 1) == "present"
        assert _state(draft, "to_others", "fire_setting", 1) == "historical"
