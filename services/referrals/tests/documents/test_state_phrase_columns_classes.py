"""Case tables for a risk tick grid whose columns are headed by a layout's own phrases for
the states ("Going on now | Has happened before | Could be happening | No worry"): no
header is a verdict word the reader lists, but each phrase names one state and the
phrases name different ones, so the header is read as those states and each row's tick
gives its risk's state. Every document is written for this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.answers import pair_answers
from hearth_referrals.documents.rules.risk_states import answer_state
from hearth_referrals.documents.rules.scale_headers import state_phrases

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("header", "read"),
    [
        (
            ["Concern", "Going on now", "Has happened before", "Could be happening", "No worry"],
            ["Concern", "current", "historic", "suspected", "none known"],
        ),
        (
            ["Area", "Yes, at the moment", "In the past only", "Perhaps", "Not a concern", "Notes"],
            ["Area", "current", "historic", "suspected", "none known", "Notes"],
        ),
        # three phrases are enough; a detail column stays what it is
        (
            ["Risk", "Seen now", "Possibly", "Nothing known", "What we know"],
            ["Risk", "current", "suspected", "none known", "What we know"],
        ),
        # two state phrases are no scheme
        (
            ["Risk", "Going on now", "No worry", "Notes"],
            ["Risk", "Going on now", "No worry", "Notes"],
        ),
        # two phrases for one state: not one column each
        (
            ["Risk", "Perhaps", "Possibly", "No worry", "Seen now"],
            ["Risk", "Perhaps", "Possibly", "No worry", "Seen now"],
        ),
        # a header of names and details is no scheme
        (["Risk", "Ola", "Detail", "Tem", "Detail"], ["Risk", "Ola", "Detail", "Tem", "Detail"]),
    ],
)
def test_state_phrases_over_a_grid(header, read):
    assert state_phrases(header) == read


def _docx(*parts: str | list[list[str]]) -> bytes:
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


def _state(draft, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


class TestPhraseHeadedGrid:
    def test_each_tick_gives_the_state_its_column_names(self):
        document = _docx(
            "Request for a foster placement",
            [
                ["Date of request", "05/11/2026"],
                ["Child", "Orla Penhaligon"],
                ["Date of birth", "03/03/2013"],
                ["Social worker", "Kerensa Trevithick"],
            ],
            "Things we are worried about",
            [
                [
                    "Concern",
                    "Going on now",
                    "Has happened before",
                    "Could be happening",
                    "No worry",
                    "Notes",
                ],
                ["Self-harm", "", "✔", "", "", "Scratched her wrists in 2024, nothing since."],
                ["Going missing", "✔", "", "", "", "Out past midnight three times this month."],
                ["Fire setting", "", "", "", "✔", ""],
                ["Sexual exploitation", "", "", "✔", "", "Older lads collecting her from school."],
                ["Harm to animals", "", "", "", "", ""],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "historical"
        assert _state(draft, "to_child", "missing") == "present"
        assert _state(draft, "to_others", "fire_setting") == "none_known"
        assert _state(draft, "to_child", "sexual_exploitation") == "suspected"
        # a row with no tick says nothing
        assert _state(draft, "to_others", "harm_to_animals") == "not_stated"


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        ("Has happened before", "historical"),
        ("It had happened previously, at his last carers", "historical"),
        ("Have happened earlier in the year", "historical"),
    ],
)
def test_a_thing_that_has_happened_before_is_past(answer, state):
    assert answer_state(answer, []).value == state


def _grid_cells(rows: list[list[str]]) -> list[Block]:
    """A grid's cells as a Word reader gives them: an empty cell is left out."""
    return [
        Block(BlockKind.CELL, text, Location(table=1, row=row, cell=column))
        for row, texts in enumerate(rows, start=1)
        for column, text in enumerate(texts, start=1)
        if text
    ]


class TestUntickedShortNamedRows:
    def test_a_row_of_a_short_name_left_unticked_is_the_grids_row(self):
        # "Fire" alone in its row is the grid's row left unticked, not a heading splitting
        # the grid into parts read as sentences
        header = ["Worry", "Going on now", "Has happened before", "Could be happening", "No worry"]
        rows = [
            header,
            ["Self-harm", "", "", "", "\u2714"],
            ["Fire", "", "", "", ""],
            ["Going missing", "", "", "", ""],
            ["Eating / meals", "", "", "", ""],
            ["Lashing out at people", "\u2714", "", "", ""],
        ]
        answers = pair_answers(_grid_cells(rows))
        assert [answer.label for answer in answers] == [row[0] for row in rows[1:]]
        assert all(answer.options for answer in answers)
