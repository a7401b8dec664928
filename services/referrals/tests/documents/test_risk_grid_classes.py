"""Case tables for the classes of risk reading training_p's forms showed, each written
here in new words: fixed-width check lines ("Arson    [ ] Yes  [x] No  [ ] Past"), one
risk a line, with the detail after the padding; a tick grid's column left with an empty box
in the answer; a grid whose columns are headed by short or clipped status words ("Now",
"Hist", "?", "Query"); a grid broken over a page (its header or its last rows a table of
their own); and a risk whose doer, by the pronoun, is someone of the other gender than the
child. Every document is written for this test."""

from __future__ import annotations

import pytest
from builders import email, grid_docx
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.readers.text import unwrap
from hearth_referrals.documents.rules.answers import pair_answers
from hearth_referrals.documents.rules.risk_states import answer_state
from hearth_referrals.documents.rules.verdict_codes import option_state

TODAY = TEST_NOW.date()


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


def _mail(risk_lines: str, name: str = "Kian Doherty", gender: str = "Male") -> bytes:
    return email(
        f"Please find a referral for {name}.\n\n"
        f"Name: {name}\nDate of birth: 04/07/2011\nGender: {gender}\n\n"
        f"{risk_lines}\n\nThanks,\nRowan\n"
    )


class TestFixedWidthCheckLines:
    @pytest.mark.parametrize(
        ("lines", "wanted"),
        [
            (
                "Self harm              [ ] Yes  [x] No  [ ] Past\n"
                "Going missing          [x] Yes  [ ] No  [ ] Past  out until 3am twice this week\n"
                "Arson                  [ ] Yes  [ ] No  [x] Past  burnt a shed in 2022\n",
                {"self_harm": "none_known", "missing": "present", "fire_setting": "historical"},
            ),
            (
                "Substance misuse       [ ] Y  [ ] N  [ ] Hist  [X] Query  smelt of cannabis\n"
                "Cruelty to animals     [ ] Y  [X] N  [ ] Hist  [ ] Query\n"
                "Sexual exploitation    [ ] Y  [X] N  [ ] Hist  [ ] Query\n",
                {
                    "drug_alcohol": "suspected",
                    "harm_to_animals": "none_known",
                    "sexual_exploitation": "none_known",
                },
            ),
            (
                "Eating disorder        [ ] Yes  [ ] No  [x] Past  [ ] Query  restricted food in Year 7\n"
                "Self-harm              [ ] Yes  [ ] No  [ ] Past  [ ] Query\n"
                "Missing from home      [ ] Yes  [x] No  [ ] Past  [ ] Query\n",
                {
                    "eating_disorder": "historical",
                    "self_harm": "not_stated",
                    "missing": "none_known",
                },
            ),
        ],
    )
    def test_each_line_is_its_own_risks_answer(self, lines, wanted):
        draft = read_referral_document(_mail(lines), today=TODAY)
        groups = {"fire_setting": "to_others", "harm_to_animals": "to_others"}
        for name, state in wanted.items():
            assert _state(draft, groups.get(name, "to_child"), name) == state, name

    def test_a_check_line_never_wraps_onto_the_line_above(self):
        lines = [
            "Drugs / alcohol      [ ] Yes  [x] Query  found with pills in his bag at the station",
            "Eating disorder      [ ] Yes  [x] No",
        ]
        assert unwrap(lines) == lines


class TestEmptyBoxesAndClippedHeaders:
    @pytest.mark.parametrize("answer", ["\u2610", "\u2610 \u2610", "[ ]", " [ ]  [ ] "])
    def test_a_column_of_empty_boxes_says_nothing(self, answer):
        assert answer_state(answer, []) is RiskState.NOT_STATED
        options = [("Past", False), ("No", False)]
        assert answer_state(answer, options) is RiskState.NOT_STATED

    @pytest.mark.parametrize(
        ("header", "state"),
        [
            ("Hist", "historical"),
            ("Prev.", "historical"),
            ("?", "suspected"),
            ("Query", "suspected"),
            ("Now", "present"),
            ("Notes", None),
            ("Details", None),
        ],
    )
    def test_a_clipped_column_header_gives_its_state(self, header, state):
        assert option_state(header) == (RiskState(state) if state else None)

    @pytest.mark.parametrize(
        ("ticked", "detail", "state"),
        [
            ("Hist", "cut her wrists in 2021, none since", "historical"),
            ("?", "older boys wait outside school", "suspected"),
            ("Prev", "", "historical"),
        ],
    )
    def test_a_ticked_clipped_column_is_read_as_its_state(self, ticked, detail, state):
        options = [("Y", False), ("N", False), (ticked, True)]
        assert answer_state(detail, options) is RiskState(state)


_FACTS = [
    ("Child's name", "Maisie Fenwick"),
    ("Date of birth", "12/01/2013"),
    ("Gender", "Female"),
]


def _grid_docx(header: list[str], rows: list[list[str]]) -> bytes:
    return grid_docx(header, rows, _FACTS)


_GRID_ROWS = [
    ["Self-harm", "", "X", "", "", ""],
    ["Going missing", "", "", "", "X", "stays out late, carers unsure where"],
    ["Arson", "", "", "X", "", "lit a bin in 2021; nothing since"],
    ["Drug or alcohol use", "X", "", "", "", "drinks most weekends"],
    ["Animal cruelty", "", "X", "", "", ""],
]


class TestMarkGrids:
    @pytest.mark.parametrize("header", [["Risk", "Y", "N", "Hist", "?", "Notes"]])
    def test_marks_under_clipped_headers_give_each_state(self, header):
        draft = read_referral_document(_grid_docx(header, _GRID_ROWS), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "missing") == "suspected"
        assert _state(draft, "to_others", "fire_setting") == "historical"
        assert _state(draft, "to_child", "drug_alcohol") == "present"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"

    def test_a_row_with_no_mark_is_not_stated(self):
        rows = [*_GRID_ROWS, ["Sexual exploitation", "\u2610", "\u2610", "\u2610", "\u2610", ""]]
        header = ["Risk", "Now", "No", "Hist", "?", "Notes"]
        draft = read_referral_document(_grid_docx(header, rows), today=TODAY)
        assert _state(draft, "to_child", "sexual_exploitation") == "not_stated"


def _cells(table: int, rows: list[list[str]], first_row: int = 1) -> list[Block]:
    return [
        Block(BlockKind.CELL, text, Location(page=table, table=table, row=r, cell=c))
        for r, row in enumerate(rows, start=first_row)
        for c, text in enumerate(row, start=1)
    ]


class TestGridBrokenOverAPage:
    @pytest.mark.parametrize("split_at", [0, 2, 4])
    def test_the_grid_is_read_as_one(self, split_at):
        header = ["Risk", "Now", "N", "Hist", "?", "Notes"]
        rows = [header, *_GRID_ROWS]
        blocks = _cells(1, rows[: split_at + 1]) + _cells(2, rows[split_at + 1 :])
        answers = {answer.label: answer for answer in pair_answers(blocks)}
        assert [text for text, ticked in answers["Arson"].options if ticked] == ["Hist"]
        assert [text for text, ticked in answers["Animal cruelty"].options if ticked] == ["N"]
        assert answers["Going missing"].value == "stays out late, carers unsure where"

    def test_a_new_table_with_its_own_header_is_a_new_grid(self):
        header = ["Risk", "Now", "N", "Hist", "?", "Notes"]
        blocks = _cells(1, [header, *_GRID_ROWS[:2]]) + _cells(2, [["Name", "Age", "School"]])
        labels = [answer.label for answer in pair_answers(blocks)]
        assert "Name" in labels


class TestAnotherGendersDoer:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Her stepdad was arrested last month; he has a conviction for assault.",
            "The carer's son visits at weekends. Police checks show he has a caution for affray.",
            "Mum's boyfriend drinks heavily and his violence is the reason for the move.",
        ],
    )
    def test_a_mans_risk_is_not_a_girls(self, sentence):
        body = (
            "Name: Leah Armitage\nDate of birth: 02/02/2012\nGender: Female\n\n"
            f"Background: {sentence}\n\nThanks,\nRowan\n"
        )
        draft = read_referral_document(email(body), today=TODAY)
        assert _state(draft, "to_others", "physical_harm") == "not_stated"

    def test_the_childs_own_pronoun_still_reads(self):
        body = (
            "Name: Leah Armitage\nDate of birth: 02/02/2012\nGender: Female\n\n"
            "Background: Her stepdad has left. She assaulted a teacher last week.\n\nRowan\n"
        )
        draft = read_referral_document(email(body), today=TODAY)
        assert _state(draft, "to_others", "physical_harm") == "present"


class TestBeingAssessed:
    @pytest.mark.parametrize(
        "answer",
        [
            "Under assessment",
            "Under investigation - a neighbour saw him with older lads",
            "Being assessed by the exploitation team",
            "under assessment (CAMHS)",
        ],
    )
    def test_a_risk_being_looked_into_is_suspected(self, answer):
        assert answer_state(answer, []) is RiskState.SUSPECTED

    @pytest.mark.parametrize("answer", ["Awaiting assessment", "To be assessed", "TBC"])
    def test_an_answer_still_owed_is_no_suspicion(self, answer):
        assert answer_state(answer, []) is None


class TestRiskRowsLeftBlank:
    @pytest.mark.parametrize(
        ("rows", "blank", "answered"),
        [
            (
                "Self harm: No\nGoing missing\nArson: Yes (past) - set a bin alight in 2022\n",
                "missing",
                ("to_others", "fire_setting", "historical"),
            ),
            (
                "Sexual exploitation: Query\nCounty lines\nAlcohol/drugs: No\n",
                "criminal_exploitation",
                ("to_child", "sexual_exploitation", "suspected"),
            ),
            (
                "MISPER: no\nSubstance misuse\n",
                "drug_alcohol",
                ("to_child", "missing", "none_known"),
            ),
        ],
    )
    def test_a_bare_name_among_answered_rows_is_a_gap(self, rows, blank, answered):
        draft = read_referral_document(_mail(rows), today=TODAY)
        assert _state(draft, "to_child", blank) == "not_stated"
        group, name, state = answered
        assert _state(draft, group, name) == state

    def test_the_forms_list_printed_unanswered_is_no_risk(self):
        rows = (
            "Risks to her and to others:\nSelf harm\nSexual exploitation\nCriminal exploitation\n"
            "Drug or alcohol misuse\nEating disorder\nGoing missing\nViolence to others\n"
            "Fire setting\n"
        )
        draft = read_referral_document(_mail(rows, "Ava Lund", "Female"), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "not_stated"
        assert _state(draft, "to_child", "missing") == "not_stated"
        assert _state(draft, "to_others", "physical_harm") == "not_stated"

    def test_a_short_list_of_named_risks_is_still_read(self):
        rows = "Known risks:\n- Going missing\n- Self harm\n"
        draft = read_referral_document(_mail(rows), today=TODAY)
        assert _state(draft, "to_child", "missing") == "present"
