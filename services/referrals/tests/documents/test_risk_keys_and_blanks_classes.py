"""Case tables for four classes of risk reading seen on writers the reader had not read:
a tick grid whose columns are time frames ("Last 12 months | Earlier only | Never"); a key
that codes the answers, not the risks ("A = active, H = historic, X = none known" over rows
"CSE | X"); a list of risks on one line with some items left unanswered ("SH no; CSE no;
HSB; Fire"), or a list of every risk a form asks about with none answered; and risk rows
typed as "Risk: <name>: <answer>" among which a name was left without its answer. Every
document is written for this test, in words of its own."""

from __future__ import annotations

import io

import pytest
from builders import email
from docx import Document
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.extract import _asked_of_one_child
from hearth_referrals.documents.risk_codes import answer_key
from hearth_referrals.documents.rules.blank_items import bare_risk_name, blank_list_items
from hearth_referrals.documents.rules.risk_states import answer_state, statements
from hearth_referrals.documents.rules.verdict_codes import verdict_state

TODAY = TEST_NOW.date()


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


def _mail(risk_lines: str) -> bytes:
    return email(
        "Referral for Jodie Tarrant, please see below.\n\n"
        "Name: Jodie Tarrant\nDate of birth: 30/03/2012\nGender: Female\n"
        "Placement: foster care\n\n"
        f"{risk_lines}\n\nMany thanks,\nPriya\n"
    )


def _grid_docx(header: list[str], rows: list[list[str]]) -> bytes:
    document = Document()
    document.add_paragraph("Request for a fostering placement")
    facts = document.add_table(rows=0, cols=2)
    for label, value in (("Name", "Callum Reeve"), ("DOB", "05/06/2011"), ("Sex", "Male")):
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Risk profile - mark one box a row")
    table = document.add_table(rows=0, cols=len(header))
    for row in [header, *rows]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestTimeFrameColumns:
    @pytest.mark.parametrize(
        ("words", "state"),
        [
            ("Last 12 months", RiskState.PRESENT),
            ("Within the past 6 months", RiskState.PRESENT),
            ("In the last year", RiskState.PRESENT),
            ("Earlier only", RiskState.HISTORICAL),
            ("Earlier", RiskState.HISTORICAL),
            ("More than a year ago", RiskState.HISTORICAL),
            ("Over 12 months ago", RiskState.HISTORICAL),
            ("Not in the last 12 months", RiskState.HISTORICAL),
            ("Never", RiskState.NONE_KNOWN),
            # more than a time frame: read with the rest of the answer, not as a verdict
            ("Last year she cut her wrists", None),
            ("Never told anyone where she goes", None),
            ("Earlier today", None),
        ],
    )
    def test_a_time_frame_alone_is_a_verdict(self, words, state):
        assert verdict_state(words) is state

    @pytest.mark.parametrize(
        ("header", "marks"),
        [
            (["Risk", "Last 12 months", "Earlier only", "Suspected", "Never", "Notes"], "\u2612"),
            (["Risk", "In the past year", "More than a year ago", "Query", "Never", "Notes"], "X"),
            (["Concern", "Within last 6 months", "Earlier", "Possible", "Never", "Detail"], "x"),
        ],
    )
    def test_marks_under_time_frame_columns_give_each_state(self, header, marks):
        empty = "\u2610" if marks == "\u2612" else ""

        def row(name: str, column: int, note: str = "") -> list[str]:
            return [name, *[marks if i == column else empty for i in range(4)], note]

        rows = [
            row("Self-harm", 0, "cut her arm last month"),
            row("Going missing", 1, "ran off twice in 2023"),
            row("Substance misuse", 2),
            row("Fire setting", 3),
            row("Cruelty to animals", 3),
        ]
        draft = read_referral_document(_grid_docx(header, rows), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "present"
        assert _state(draft, "to_child", "missing") == "historical"
        assert _state(draft, "to_child", "drug_alcohol") == "suspected"
        assert _state(draft, "to_others", "fire_setting") == "none_known"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"


class TestAnswerCodes:
    @pytest.mark.parametrize(
        ("line", "key"),
        [
            (
                "Codes: A = active, H = historic, U = unconfirmed, X = none known",
                {"A": "active", "H": "historic", "U": "unconfirmed", "X": "none known"},
            ),
            (
                "Key - C: current; P: previous; S: suspected; N: no",
                {"C": "current", "P": "previous", "S": "suspected", "N": "No"},
            ),
            (
                "Legend: Y yes, N none, ? suspected",
                {"Y": "Yes", "N": "None known", "?": "suspected"},
            ),
            # a key of the risks' own codes, or of people, codes no answers
            ("Key: SH self-harm, CSE sexual exploitation, MIS missing", {}),
            ("Key: A = Amy, B = Ben, C = Cal", {}),
            ("Codes: A = active, H = historic", {}),
            # yes and no alone give nothing a row's mark could not
            ("Key: Y = yes, N = no, Y = yes", {}),
        ],
    )
    def test_a_key_of_answer_codes_is_read_only_when_every_item_is_a_verdict(self, line, key):
        assert answer_key(line) == key

    @pytest.mark.parametrize(
        "layout",
        [
            "Risk codes: A = active now, H = historic, U = unconfirmed, X = none known.\n"
            "Self-harm: X\nMissing from care: H\nCSE: U\nFire setting: A\nHarm to animals: X",
            "Answer codes used below: N = never, P = in the past, S = suspected, C = current\n"
            "Self-harm: N\nMissing from care: P\nCSE: S\nFire setting: C\nHarm to animals: N",
        ],
    )
    def test_rows_answered_by_code_are_read_as_the_key_says(self, layout):
        draft = read_referral_document(_mail(layout), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "missing") == "historical"
        assert _state(draft, "to_child", "sexual_exploitation") == "suspected"
        assert _state(draft, "to_others", "fire_setting") == "present"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"

    def test_without_a_key_a_mark_is_still_a_tick(self):
        draft = read_referral_document(_mail("Risks (tick):\nFire setting: X"), today=TODAY)
        assert _state(draft, "to_others", "fire_setting") == "present"


class TestBlankListItems:
    @pytest.mark.parametrize(
        ("text", "blank"),
        [
            # answered items with names left over: the bare names are blank
            ("SH no; CSE no; Violence YES; HSB; Fire", {"hsb", "fire"}),
            (
                "Risks: self-harm - none; missing - past; arson; cruelty to animals",
                {"arson", "cruelty to animals"},
            ),
            # every risk the form asks, none answered: the form's own list
            (
                "Risks: self-harm; CSE; CCE; drugs; eating; missing; violence; HSB; fire; animals",
                {
                    "self-harm",
                    "cse",
                    "cce",
                    "drugs",
                    "eating",
                    "missing",
                    "violence",
                    "hsb",
                    "fire",
                    "animals",
                },
            ),
            # a short list of bare names is the child's risks
            ("Risks: self-harm; going missing; CSE", set()),
            # prose, not a list
            ("She has self-harmed; she goes missing; no fire setting", set()),
            ("Self-harm: none; CSE: none", set()),
        ],
    )
    def test_only_unanswered_names_of_an_answered_or_full_list_are_blank(self, text, blank):
        assert blank_list_items(text) == blank

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("Self-harm", ("to_child", "self_harm")),
            ("CCE", ("to_child", "criminal_exploitation")),
            ("Missing from care", ("to_child", "missing")),
            ("animals", ("to_others", "harm_to_animals")),
            ("cut her arms in May", None),
            ("CSE and CCE", None),
            ("substance misuse: alcohol", None),
            ("drugs - cannabis", None),
            ("", None),
        ],
    )
    def test_a_bare_name_names_one_risk_and_nothing_else(self, text, key):
        assert bare_risk_name(text) == key

    def test_unanswered_items_in_a_list_are_not_risks(self):
        draft = read_referral_document(
            _mail("Risks: SH no; CSE no; missing yes; violence; HSB; fire setting"), today=TODAY
        )
        assert _state(draft, "to_child", "missing") == "present"
        assert _state(draft, "to_child", "sexual_exploitation") == "none_known"
        assert _state(draft, "to_others", "physical_harm") == "not_stated"
        assert _state(draft, "to_others", "sexual_harm") == "not_stated"
        assert _state(draft, "to_others", "fire_setting") == "not_stated"

    def test_a_form_list_of_every_risk_is_not_the_childs(self):
        body = (
            "Risks: self-harm; CSE; CCE; substances; eating; going missing; violence; "
            "HSB; fire; animals"
        )
        draft = read_referral_document(_mail(body), today=TODAY)
        for group, name in (
            ("to_child", "self_harm"),
            ("to_child", "missing"),
            ("to_others", "sexual_harm"),
        ):
            assert _state(draft, group, name) == "not_stated"

    def test_a_short_list_of_names_is_the_childs(self):
        draft = read_referral_document(_mail("Risks: self-harm; going missing"), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "present"
        assert _state(draft, "to_child", "missing") == "present"


class TestBlankRowsUnderAGenericLabel:
    @pytest.mark.parametrize("label", ["Risk", "Risks", "Known risk"])
    def test_a_name_without_its_answer_among_answered_rows_is_a_gap(self, label):
        rows = "\n".join(
            [
                f"{label}: self-harm: none",
                f"{label}: CSE: no",
                f"{label}: missing: yes, most weekends",
                f"{label}: violence to others",
                f"{label}: fire setting",
                f"{label}: harmful sexual behaviour",
            ]
        )
        draft = read_referral_document(_mail(rows), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "missing") == "present"
        assert _state(draft, "to_others", "physical_harm") == "not_stated"
        assert _state(draft, "to_others", "fire_setting") == "not_stated"
        assert _state(draft, "to_others", "sexual_harm") == "not_stated"

    def test_names_alone_with_no_row_answered_are_read_as_written(self):
        draft = read_referral_document(
            _mail("Risks:\nSelf-harm\nFire setting\nGoing missing"), today=TODAY
        )
        assert _state(draft, "to_child", "self_harm") == "present"
        assert _state(draft, "to_others", "fire_setting") == "present"

    @pytest.mark.parametrize(
        "rows",
        [
            "Current risk of self-harm: cut her arm last week\n"
            "Current risk of drug use: alcohol and cannabis\nCurrent risk of missing: none",
            "Known risk - self-harm: yes, daily\nKnown risk - substance misuse: alcohol\n"
            "Known risk - CSE: none",
        ],
    )
    def test_a_label_naming_the_risk_keeps_its_answer_even_when_short(self, rows):
        draft = read_referral_document(
            _mail(rows + "\nCurrent risk of fire setting: none"), today=TODAY
        )
        assert _state(draft, "to_child", "drug_alcohol") == "present"

    @pytest.mark.parametrize(
        ("rows", "blank", "answered"),
        [
            # a row left empty reads the next row's bare name as its answer: neither answered
            (
                "Self-harm: no\nViolence to others: yes, hit a carer\nHarmful sexual behaviour\n"
                "Fire setting\nCruelty to animals: no",
                [("to_others", "sexual_harm"), ("to_others", "fire_setting")],
                ("to_others", "physical_harm", "present"),
            ),
            # a heading about risks, naming none, over the first row's bare name
            (
                "Risk of significant harm: Self-harm\nGoing missing: not identified\n"
                "CSE: not identified\nFire setting: current",
                [("to_child", "self_harm")],
                ("to_others", "fire_setting", "present"),
            ),
        ],
    )
    def test_a_name_read_as_a_blank_rows_answer_is_a_gap(self, rows, blank, answered):
        draft = read_referral_document(_mail(rows + "\nAnimals: none"), today=TODAY)
        for group, name in blank:
            assert _state(draft, group, name) == "not_stated"
        group, name, state = answered
        assert _state(draft, group, name) == state


def _siblings_docx(detail_rows: list[list[str]]) -> bytes:
    document = Document()
    document.add_paragraph("Request for placement of three siblings")
    table = document.add_table(rows=0, cols=4)
    for row in [["", "Leah", "Noah", "Ruby"], *detail_rows]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("Risks (now / past / query / no)")
    risks = document.add_table(rows=0, cols=4)
    for row in [
        ["Risk", "Leah", "Noah", "Ruby"],
        ["Self-harm", "Past - cut her arm in 2024, none since", "No", "No"],
        ["Going missing", "No", "Query - late home twice", "No"],
        ["Fire setting", "No", "No", "No"],
    ]:
        for cell, text in zip(risks.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestChildColumns:
    @pytest.mark.parametrize(
        "detail_rows",
        [
            [
                ["Full name", "Leah Cobb", "Noah Cobb", "Ruby Cobb"],
                ["Boy / girl", "Girl", "Boy", "Girl"],
            ],
            [
                ["First name", "Leah", "Noah", "Ruby"],
                ["Male / female", "Female", "Male", "Female"],
            ],
            [
                ["Full name", "Leah Cobb", "Noah Cobb", "Ruby Cobb"],
                ["DOB", "1/2/2012", "3/4/2014", "5/6/2016"],
            ],
        ],
    )
    def test_each_named_childs_column_is_that_childs(self, detail_rows):
        draft = read_referral_document(_siblings_docx(detail_rows), today=TODAY)
        assert len(draft.children) == 3
        assert _state(draft, "to_child", "self_harm", 0) == "historical"
        assert _state(draft, "to_child", "missing", 0) == "none_known"
        assert _state(draft, "to_child", "missing", 1) == "suspected"
        assert _state(draft, "to_child", "self_harm", 2) == "none_known"
        assert _state(draft, "to_others", "fire_setting", 2) == "none_known"


class TestRiskRowInsideAGenericLine:
    @pytest.mark.parametrize("label", ["RISK", "Risk", "Known risk", "Risks"])
    def test_the_name_after_a_generic_label_is_the_rows_risk(self, label):
        rows = "\n".join(
            [
                f"{label}: SH: nil",
                f"{label}: MISS: yes - two nights last week",
                f"{label}: ANIM: none",
                f"{label}: fire setting: suspected",
                f"{label}: Subs: no",
            ]
        )
        draft = read_referral_document(_mail(rows + "\nSchool: Oakfield Academy"), today=TODAY)
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "missing") == "present"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"
        assert _state(draft, "to_others", "fire_setting") == "suspected"
        assert _state(draft, "to_child", "drug_alcohol") == "none_known"

    def test_a_line_naming_no_risk_after_the_label_is_left_as_it_is(self):
        draft = read_referral_document(
            _mail("Risk: assessment: to follow\nRisk: CSE: none\nSchool: Oakfield Academy"),
            today=TODAY,
        )
        assert _state(draft, "to_child", "sexual_exploitation") == "none_known"
        assert _state(draft, "to_child", "self_harm") == "not_stated"

    @pytest.mark.parametrize(
        "rows",
        [
            "Self-harm: none\n[Eating] NONE\n[Fire] yes, set a bin alight in October\nAnimals: none",
            "[Self-harm] none\n[Eating] no\n[Fire setting] yes - lit a bin in October\n[Animals] no",
        ],
    )
    def test_a_risk_named_in_square_brackets_heads_its_answer(self, rows):
        draft = read_referral_document(_mail(rows + "\nSchool: Oakfield Academy"), today=TODAY)
        assert _state(draft, "to_child", "eating_disorder") == "none_known"
        assert _state(draft, "to_others", "fire_setting") == "present"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"

    def test_square_brackets_round_other_words_name_no_risk(self):
        draft = read_referral_document(
            _mail("[Note] she will need a lift to school\nCSE: none\nSchool: Oakfield Academy"),
            today=TODAY,
        )
        assert _state(draft, "to_child", "sexual_exploitation") == "none_known"
        assert _state(draft, "to_child", "self_harm") == "not_stated"


class TestQuestionsNamingOneChild:
    def _draft(self, questions: str):
        body = (
            "Referral for two siblings.\n\n"
            "Child 1: Ellis Dunn, DOB 04/05/2012, male\n"
            "Child 2: Maya Dunn, DOB 09/10/2015, female\n\n"
            f"{questions}\n\nRegards,\nTom\n"
        )
        return read_referral_document(email(body), today=TODAY)

    @pytest.mark.parametrize(
        "questions",
        [
            "Has Ellis set fires? Yes, a bin in the park last week\nHas Maya set fires? No\n"
            "Has Ellis gone missing? No\nHas Maya gone missing? Yes, twice this month",
            "Does Maya set fires? No\nDoes Ellis set fires? Yes - lit a bin last week\n"
            "Has Maya run away? Yes, twice this month\nHas Ellis run away? No",
        ],
    )
    def test_each_answer_is_the_named_childs(self, questions):
        draft = self._draft(questions + "\nSchool: Oakfield Academy")
        assert _state(draft, "to_others", "fire_setting", 0) == "present"
        assert _state(draft, "to_others", "fire_setting", 1) == "none_known"
        assert _state(draft, "to_child", "missing", 0) == "none_known"
        assert _state(draft, "to_child", "missing", 1) == "present"

    @pytest.mark.parametrize(
        ("label", "child"),
        [
            ("Has Maya set fires", 1),
            ("Any worries about Ellis's eating", 0),
            # both, the group, or no child named: not one child's
            ("Have Ellis and Maya set fires", None),
            ("Have either of the children set fires", None),
            ("Has anyone set fires", None),
            # a child named in a label that asks about no risk
            ("Maya's school", None),
        ],
    )
    def test_a_question_is_one_childs_only_when_it_names_one(self, label, child):
        builder = DraftBuilder(TODAY)
        builder.children = [ChildFindings(), ChildFindings()]
        for found, name in zip(builder.children, ("Ellis", "Maya"), strict=True):
            line = Block(BlockKind.PARAGRAPH, name, Location())
            builder.set(found.fields, "first_name", name, 0.9, line.evidence())
        assert _asked_of_one_child(builder, label) == child


class TestRowNames:
    @pytest.mark.parametrize(
        ("sentence", "found"),
        [
            (
                "He has sexually harmed a younger child at school.",
                {("to_others", "sexual_harm"): "present"},
            ),
            (
                "No worry that she has sexually harmed anyone.",
                {("to_others", "sexual_harm"): "none_known"},
            ),
            # done to the child, not by the child
            ("She was sexually harmed by a lodger in 2021.", {}),
            ("Animal harm: none", {("to_others", "harm_to_animals"): "none_known"}),
            (
                "Animal harm - kicked the neighbour's dog last week",
                {("to_others", "harm_to_animals"): "present"},
            ),
        ],
    )
    def test_a_row_or_sentence_names_its_risk(self, sentence, found):
        read = {(s.group, s.name): s.state.value for s in statements(sentence)}
        assert read == found


class TestStatusInBrackets:
    @pytest.mark.parametrize(
        ("row", "found"),
        [
            ("Violence to others (Nil)", {("to_others", "physical_harm"): "none_known"}),
            ("CSE (none)", {("to_child", "sexual_exploitation"): "none_known"}),
            (
                "Going missing (Previously): ran off twice in 2023",
                {("to_child", "missing"): "historical"},
            ),
            ("Self-harm (Current): cut her arm on Friday", {("to_child", "self_harm"): "present"}),
            (
                "Fire setting (Suspected): matches found in his room",
                {("to_others", "fire_setting"): "suspected"},
            ),
            # brackets that hold no status: read from the words
            (
                "Self-harm (see the CAMHS letter): cuts her arms",
                {("to_child", "self_harm"): "present"},
            ),
        ],
    )
    def test_a_status_in_brackets_after_the_name_is_the_rows_state(self, row, found):
        read = {(s.group, s.name): s.state.value for s in statements(row)}
        assert read == found

    @pytest.mark.parametrize(
        ("answer", "state"),
        [
            ("Yes (before) - head-banging when small, stopped in 2022", RiskState.HISTORICAL),
            ("Y (previous)", RiskState.HISTORICAL),
            ("We think so but not sure - older men collect her from school", RiskState.SUSPECTED),
            ("Carers think so", RiskState.SUSPECTED),
            # "before" inside the detail is no verdict on the row
            ("Yes - before she came into care she cut her arms", RiskState.PRESENT),
        ],
    )
    def test_a_hedged_or_qualified_yes_keeps_its_qualifier(self, answer, state):
        assert answer_state(answer, []) is state
