"""Case tables for a form's own key to its risk marks: a key line ("Key: ● active ◐ past
only ...", "Rating: 4 = ongoing; 3 = used to; ...") gives each mark the state its words
mean, and every risk answer that is one of the marks is read as that state, whether the
grid has a column per child, a row per child under clipped risk names, or a score per
question. The same mark means what this form's key says, never what another form's did.
Every document is written for this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.legend_marks import legend_marks
from hearth_referrals.documents.rules.care_rows import care_rows

TODAY = TEST_NOW.date()
P, H, S, N = (
    RiskState.PRESENT,
    RiskState.HISTORICAL,
    RiskState.SUSPECTED,
    RiskState.NONE_KNOWN,
)


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


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


_FACTS = [
    ["Date of request", "02/11/2026"],
    ["Social worker", "Bronwen Ashby"],
    ["Email", "bronwen.ashby@example.gov.uk"],
    ["Placement wanted", "Foster care, planned"],
]


class TestKeyLine:
    @pytest.mark.parametrize(
        ("line", "marks"),
        [
            # signs, each followed by its words, no equals signs
            (
                "Legend: ● active ◐ past only ◌ not confirmed ✕ nothing known (blank: not asked)",
                {"●": P, "◐": H, "◌": S, "✕": N},
            ),
            # a score per question, its meanings with commas inside them
            (
                "Rate each item: 4 = ongoing, at present; 3 = used to, stopped; 2 = maybe, "
                "unconfirmed; 1 = never, not at all. Leave empty if unsure.",
                {"4": P, "3": H, "2": S, "1": N},
            ),
            # colour words and marks of two words
            (
                "Colour key: PURPLE = live concern; BLUE = historical only; YELLOW = query; "
                "WHITE = no concerns; blank = not looked at",
                {"PURPLE": P, "BLUE": H, "YELLOW": S, "WHITE": N},
            ),
            (
                "Marks: ✔ live = current; ✔ old = historic; poss. = possible; ✘ = none known",
                {"✔ live": P, "✔ old": H, "poss.": S, "✘": N},
            ),
            # not keys: too few marks, a sum, a sentence, two marks of one state
            ("Key: ● active ✕ nothing known", {}),
            ("Weekly cost = £1,200; ratio = 1:1; staff = 2", {}),
            ("She said that = fine with her, and mum agreed.", {}),
            ("Key: ▲ current ▼ current too ◆ none known", {}),
        ],
    )
    def test_each_mark_is_given_the_state_its_words_mean(self, line, marks):
        assert legend_marks(line) == marks


def _register(key: str, marks: list[str]) -> bytes:
    header = ["Name", "DOB", "Sex", "SH", "CSE", "D&A", "Miss", "Viol", "Fire", "Recr"]
    return _docx(
        "Placement search register",
        _FACTS,
        key,
        [header, ["Ruby Kettle", "14/02/2014", "F", *marks]],
    )


class TestRegisterRows:
    def test_marks_under_clipped_risk_names_read_by_the_key(self):
        key = "Key: ✔ live = current; ✔ old = historic; poss. = possible; ✘ = none known"
        draft = read_referral_document(
            _register(key, ["✘", "poss.", "✔ old", "✘", "✔ live", "✘", "✘"]), today=TODAY
        )
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "sexual_exploitation") == "suspected"
        assert _state(draft, "to_child", "drug_alcohol") == "historical"
        assert _state(draft, "to_child", "missing") == "none_known"
        assert _state(draft, "to_others", "physical_harm") == "present"
        assert _state(draft, "to_others", "fire_setting") == "none_known"
        assert _state(draft, "to_others", "criminal_exploitation") == "none_known"

    def test_the_same_mark_means_what_this_forms_key_says(self):
        key = "Key: ✘ = current; ✔ old = historic; poss. = possible; - = none known"
        draft = read_referral_document(
            _register(key, ["-", "-", "-", "-", "✘", "-", "-"]), today=TODAY
        )
        assert _state(draft, "to_others", "physical_harm") == "present"
        assert _state(draft, "to_child", "self_harm") == "none_known"

    def test_a_register_of_risk_columns_is_no_placement_history(self):
        header = ["Child", "DOB", "Missing from care", "Violence to others", "Fire setting"]
        from hearth_referrals.documents.blocks import Block, BlockKind, Location

        cells = [
            Block(BlockKind.CELL, text, Location(table=1, row=row, cell=column))
            for row, texts in enumerate([header, ["Ruby Kettle", "14/02/2014", "x", "x", "x"]], 1)
            for column, text in enumerate(texts, 1)
        ]
        assert care_rows(cells, TODAY) == ([], [])


class TestScoredQuestions:
    def test_each_childs_score_is_read_by_the_scale(self):
        document = _docx(
            "Needs and risks questionnaire",
            _FACTS,
            [["Name", "Ruby Kettle"], ["Date of birth", "14/02/2014"], ["Gender", "Girl"]],
            "Rate each item: 4 = ongoing, at present; 3 = used to, stopped; 2 = maybe, "
            "unconfirmed; 1 = never, not at all.",
            [
                ["Question", "Score"],
                ["Does she hurt herself deliberately?", "1"],
                ["Is she at risk of sexual exploitation?", "2"],
                ["Does she go missing from home?", "4"],
                ["Has she started fires?", "3"],
                ["Has she been cruel to animals?", "1"],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "sexual_exploitation") == "suspected"
        assert _state(draft, "to_child", "missing") == "present"
        assert _state(draft, "to_others", "fire_setting") == "historical"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"
