"""Case tables for the questions a flattened form's blank answers raise: in a strip of
labels across ("Self harm | Going missing | Fire setting") the answer is the cell under
each label, not the next label beside it, so a label over a blank cell is silent and is
asked. Every document is written for this test, in words of its own."""

from __future__ import annotations

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.silence import mentions


def _cells(rows: list[list[str]]) -> list[Block]:
    return [
        Block(BlockKind.CELL, text, Location(table=1, row=row, cell=column))
        for row, texts in enumerate(rows, start=1)
        for column, text in enumerate(texts, start=1)
        if text
    ]


_STRIPS = [
    ["Self harm", "Going missing", "Fire setting"],
    ["", "NO", ""],
    ["Eating", "Animals", "Sexual exploitation"],
    ["NO", "", "PAST - groomed online in 2024"],
]


def test_a_label_over_a_blank_cell_is_silent():
    blocks = _cells(_STRIPS)
    assert mentions("/children/0/risks/to_child/self_harm", blocks) == []
    assert mentions("/children/0/risks/to_others/fire_setting", blocks) == []


def test_a_label_over_its_answer_is_answered():
    blocks = _cells(_STRIPS)
    assert mentions("/children/0/risks/to_child/missing", blocks)
    assert mentions("/children/0/risks/to_child/sexual_exploitation", blocks)


def test_a_question_beside_its_answer_is_no_strip():
    blocks = _cells(
        [
            ["Self-harm", "Cut her arm in 2024, none since.", "Seen by CAMHS"],
            ["Fire setting", "", ""],
        ]
    )
    assert mentions("/children/0/risks/to_child/self_harm", blocks)
