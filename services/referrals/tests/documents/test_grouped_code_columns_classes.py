"""Case tables for a risk matrix that gives each child a run of tick boxes under the
form's state codes, the child's name on the first code of the run ("Risk | Esme: A | H |
U | X | Jago: A | H | U | X"), with a key of the codes written as one run ("A = active H
= happened before U = unconfirmed X = not a concern"): each child's ticked code is the
state the key gives it, an unticked run is not stated. Every document is written for
this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.legend_marks import legend_marks

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("key", "marks"),
    [
        (
            "A = active H = happened before U = unconfirmed X = not a concern",
            {
                "A": RiskState.PRESENT,
                "H": RiskState.HISTORICAL,
                "U": RiskState.SUSPECTED,
                "X": RiskState.NONE_KNOWN,
            },
        ),
        (
            "Y = yes, now  P = previously  ? = query  N = none",
            {
                "Y": RiskState.PRESENT,
                "P": RiskState.HISTORICAL,
                "?": RiskState.SUSPECTED,
                "N": RiskState.NONE_KNOWN,
            },
        ),
        # one mark, one sentence: no key
        ("Total = 4 placements so far", {}),
    ],
)
def test_a_key_written_as_one_run(key, marks):
    assert legend_marks(key) == marks


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


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


_KEY = "A = active H = happened before U = unconfirmed X = not a concern"


class TestTwoChildrensRuns:
    def test_each_childs_run_gives_the_childs_states(self):
        document = _docx(
            "Access to Resources: placement request",
            [
                ["Request date", "04/11/2026"],
                ["Social worker", "Tamsin Ellery"],
                ["Placement", "Foster care"],
            ],
            [
                ["", "Child 1", "Child 2"],
                ["Name", "Esme Polglase", "Jago Polglase"],
                ["Date of birth", "12/05/2012", "30/01/2015"],
                ["Gender", "Female", "Male"],
            ],
            _KEY,
            [
                ["Risk", "Esme: A", "H", "U", "X", "Jago: A", "H", "U", "X"],
                ["Self-harm", "☐", "☒", "☐", "☐", "☐", "☐", "☐", "☒"],
                ["Going missing", "☒", "☐", "☐", "☐", "☐", "☐", "☒", "☐"],
                ["Fire setting", "☐", "☐", "☐", "☒", "☐", "☐", "☐", "☐"],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        assert [child.first_name.value for child in draft.children] == ["Esme", "Jago"]
        assert _state(draft, "to_child", "self_harm", 0) == "historical"
        assert _state(draft, "to_child", "missing", 0) == "present"
        assert _state(draft, "to_others", "fire_setting", 0) == "none_known"
        assert _state(draft, "to_child", "self_harm", 1) == "none_known"
        assert _state(draft, "to_child", "missing", 1) == "suspected"
        # nothing ticked in Jago's run: not stated
        assert _state(draft, "to_others", "fire_setting", 1) == "not_stated"


class TestOneChildsRun:
    def test_the_one_run_is_read_as_a_grid_of_states(self):
        document = _docx(
            "Access to Resources: placement request",
            [
                ["Request date", "04/11/2026"],
                ["Child", "Lowen Tregear"],
                ["Date of birth", "19/08/2010"],
                ["Social worker", "Tamsin Ellery"],
            ],
            _KEY,
            [
                ["Risk", "Lowen: A", "H", "U", "X"],
                ["Substance misuse", "☒", "☐", "☐", "☐"],
                ["Sexual exploitation", "☐", "☐", "☒", "☐"],
                ["Harm to animals", "☐", "☐", "☐", "☒"],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        assert _state(draft, "to_child", "drug_alcohol") == "present"
        assert _state(draft, "to_child", "sexual_exploitation") == "suspected"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"
