"""A table of passages under column headings (issue 12, classes 5 and 7): a Signs of
Safety mapping, a "Then | Now | Next" summary. Each column is its heading and the
passages below it, not a form's rows: the request written in the third column is read
as the request (its start, its kind of home), and no passage becomes another's label.
Tables whose first column names fields, or whose cells are short answers, are read as
before. Every table here is written for this test."""

from __future__ import annotations

import pytest
from builders import grid_docx
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.prose_columns import prose_column_passages

TODAY = TEST_NOW.date()
FACTS = [("Name", "Noor Whitlock"), ("Date of birth", "09/09/2014"), ("Legal status", "S20")]


def _rows(table: list[list[str]]) -> list[list[Block]]:
    return [
        [
            Block(BlockKind.CELL, text, Location(table=1, row=row, cell=cell))
            for cell, text in enumerate(cells, start=1)
        ]
        for row, cells in enumerate(table, start=1)
    ]


class TestWhichTablesArePassages:
    @pytest.mark.parametrize(
        "table",
        [
            [
                ["What are we worried about?", "What's working well?", "What needs to happen?"],
                [
                    "Dad's drinking has left Noor alone overnight twice this month.",
                    "Her aunt collects her from school every day without fail.",
                    "Noor needs a short-term foster home near her school from 14 December.",
                ],
            ],
            [
                ["Then", "Now", "Next"],
                [
                    "Noor lived with both parents until the summer of last year.",
                    "",
                    "A foster family while the assessment of her aunt is completed.",
                ],
            ],
        ],
    )
    def test_headed_passages_are_read_column_by_column(self, table):
        passages = prose_column_passages(_rows(table))
        assert passages is not None
        headings = [block.text for block, heading in passages if heading]
        assert headings == table[0]
        assert [block.text for block, heading in passages if not heading] == [
            text for column in range(len(table[0])) for row in table[1:] if (text := row[column])
        ]

    @pytest.mark.parametrize(
        "table",
        [
            # a form: the first column names fields
            [["Name", "Noor Whitlock"], ["School", "Ashgrove Primary, Year 6 since September"]],
            # a risk grid: short answers
            [["Risk", "Now", "Past"], ["Self-harm", "No", "Yes"]],
            # a header of fields over rows of people
            [
                ["Name", "Relationship", "Contact"],
                ["Gemma Whitlock is her mother and lives nearby", "mother", "weekly"],
            ],
            # one passage is not a passage table when another cell is a short answer
            [
                ["What are we worried about?", "Rating"],
                ["Dad's drinking has left Noor alone overnight twice this month.", "High"],
            ],
        ],
    )
    def test_forms_grids_and_short_answers_are_not(self, table):
        assert prose_column_passages(_rows(table)) is None


class TestTheRequestInAPassage:
    def test_the_request_column_gives_the_start_and_the_home(self):
        data = grid_docx(
            ["What are we worried about?", "What's working well?", "What needs to happen?"],
            [
                [
                    "Dad's drinking has left Noor alone overnight twice this month.",
                    "Her aunt collects her from school every day without fail.",
                    "Noor needs a short-term foster family near her school, from 14 December 2026.",
                ]
            ],
            FACTS,
        )
        draft = read_referral_document(data, today=TODAY)
        assert str(draft.placement.start_date.value) == "2026-12-14"
        assert draft.placement.setting.value == "fostering"
        assert draft.placement.duration.value == "short_term"


class TestWhereTheyHaveLivedInCare:
    @pytest.mark.parametrize(
        "label",
        ["Where they have lived in care", "Where has the child lived in care so far?"],
    )
    def test_the_homes_so_far_are_the_history_not_the_request(self, label):
        data = grid_docx(
            ["Placement sought", "Planned, long-term fostering"],
            [],
            [*FACTS, (label, "One - with emergency carers since 12 Nov (current)")],
        )
        draft = read_referral_document(data, today=TODAY)
        assert draft.children[0].previous_placements_count.value == 1
        assert draft.placement.urgency.value != "emergency"
