"""Case tables for an online form flattened into strips: a row of labels, the answers in
the row under it, then the next strip's labels ("Surname | Forename(s) | DOB" over
"Carne | Demelza | 04.04.2011"), risks too ("Self harm | Fire" over "NO | PAST - ...").
Each label is paired with the answer under it. Every document is written for this test,
in words of its own."""

from __future__ import annotations

import io

from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.answers import _strip_answers, pair_answers

TODAY = TEST_NOW.date()


def _cells(rows: list[list[str]]) -> list[Block]:
    return [
        Block(BlockKind.CELL, text, Location(table=1, row=row, cell=column))
        for row, texts in enumerate(rows, start=1)
        for column, text in enumerate(texts, start=1)
    ]


def _rows(rows: list[list[str]]) -> list[list[Block]]:
    cells = _cells(rows)
    width = len(rows[0])
    return [cells[at : at + width] for at in range(0, len(cells), width)]


def _pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    return [(answer.label, answer.value) for answer in pair_answers(_cells(rows))]


class TestStripPairs:
    def test_each_label_takes_the_answer_under_it(self):
        rows = [
            ["Surname", "Forename(s)", "DOB", "Sex"],
            ["Carne", "Demelza", "04.04.2011", "F"],
            ["Legal status", "School", "", ""],
            ["s20", "Penryn College", "", ""],
        ]
        assert _pairs(rows) == [
            ("Surname", "Carne"),
            ("Forename(s)", "Demelza"),
            ("DOB", "04.04.2011"),
            ("Sex", "F"),
            ("Legal status", "s20"),
            ("School", "Penryn College"),
        ]

    def test_a_blank_answer_is_an_empty_answer(self):
        rows = [
            ["Self harm", "Going missing", "Fire setting"],
            ["NO", "", "PAST - a shed in 2024"],
            ["Eating", "Animals", ""],
            ["NO", "NO", ""],
        ]
        assert ("Going missing", "") in _pairs(rows)
        assert ("Fire setting", "PAST - a shed in 2024") in _pairs(rows)

    def test_a_table_of_records_is_not_strips(self):
        # a header over several records: not a row of labels over its answers, twice
        rows = [
            ["Name", "Relationship", "Phone"],
            ["Kerra Vose", "Aunt", "01632 960111"],
            ["Jory Vose", "Uncle", "01632 960112"],
            ["Tamsin Vose", "Cousin", "01632 960113"],
        ]
        assert _strip_answers(_rows(rows)) is None

    def test_labels_under_labels_are_not_strips(self):
        rows = [["Surname", "DOB"], ["Legal status", "School"], ["Sex", "Email"], ["a", "b"]]
        assert _strip_answers(_rows(rows)) is None


def _docx(*tables: list[list[str]]) -> bytes:
    document = Document()
    document.add_paragraph("Request for accommodation (online form, printed)")
    for rows in tables:
        table = document.add_table(rows=0, cols=max(len(row) for row in rows))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _state(draft, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


class TestStripForm:
    def test_a_strip_form_is_read_label_by_label(self):
        document = _docx(
            [
                ["Form completed", "Social worker", "Email", "Start date"],
                ["09.11.2026", "Morwenna Hicks", "morwenna.hicks@example.gov.uk", "30/11/2026"],
                ["Surname", "Forename(s)", "DOB", "Legal status"],
                ["Carne", "Demelza", "04.04.2011", "Care order (s31)"],
            ],
            [
                ["Self harm", "Going missing", "Fire setting"],
                ["NO", "", "PAST - burnt a shed in 2024, nothing since"],
                ["Eating", "Animals", ""],
                ["NO", "NO", ""],
            ],
        )
        draft = read_referral_document(document, today=TODAY)
        referral = draft.referral
        assert referral["referral_date"] == "2026-11-09"
        assert referral["social_worker"]["name"] == "Morwenna Hicks"
        assert referral["children"][0]["first_name"] == "Demelza"
        assert referral["children"][0]["date_of_birth"] == "2011-04-04"
        assert referral["children"][0]["legal_status"] == "C2"
        assert _state(draft, "to_child", "self_harm") == "none_known"
        assert _state(draft, "to_child", "missing") == "not_stated"
        assert _state(draft, "to_others", "fire_setting") == "historical"
        assert _state(draft, "to_others", "harm_to_animals") == "none_known"


class TestLastStripLeftBlank:
    def test_a_last_strip_without_its_answer_row_is_its_labels_left_blank(self):
        # the reader leaves out a row whose cells are all empty: the last labels stand alone
        rows = [
            ["Self harm", "Going missing", "Fire setting"],
            ["NO", "", "PAST - a shed in 2024"],
            ["Eating", "Animals", "Drugs"],
            ["NO", "NO", "CURRENT - cannabis"],
            ["Sexual exploitation", "Grooming peers", ""],
        ]
        pairs = _pairs(rows)
        assert ("Sexual exploitation", "") in pairs
        assert ("Grooming peers", "") in pairs
        assert ("Drugs", "CURRENT - cannabis") in pairs

    def test_three_rows_are_too_few_to_be_strips(self):
        rows = [["Surname", "DOB"], ["Carne", "04.04.2011"], ["Legal status", "School"]]
        assert _strip_answers(_rows(rows)) is None
