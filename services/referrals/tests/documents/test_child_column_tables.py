"""Word tables with a column per child (issue 12, class 2), in my own words: a merged
section heading across the table ("PART A - THE CHILDREN") above a "Name" row of full
names, a second heading part way down, and a risk table headed by the children's first
names. Each child is read from their own column.
"""

from __future__ import annotations

import io

import docx
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _table(document, rows: list[list[str]], merged: tuple[int, ...] = ()) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        if r in merged:
            cell = table.cell(r, 0).merge(table.cell(r, len(values) - 1))
            cell.text = values[0]
            continue
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def _siblings_form() -> bytes:
    document = docx.Document()
    document.add_paragraph("Placement request - brothers")
    document.add_paragraph("Date of referral: 18/11/2026")
    _table(
        document,
        [
            ["PART A - THE CHILDREN", "", ""],
            ["Name", "Ollie Brennan", "Max Brennan"],
            ["Date of birth", "04/05/2015", "11/12/2018"],
            ["Gender", "Male", "Male"],
            ["Legal status", "ICO", "Section 20"],
            ["PART B - HEALTH", "", ""],
            ["Health", "Asthma", "None"],
        ],
        merged=(0, 5),
    )
    _table(
        document,
        [
            ["Risk", "Ollie", "Max"],
            ["Self-harm", "No", "No"],
            ["Going missing", "Yes - twice this month", "No"],
            ["Fire-setting", "No", "No"],
        ],
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_each_child_from_their_column():
    children = read_referral_document(_siblings_form(), today=TODAY).referral["children"]
    assert [(c["first_name"], c["last_name"]) for c in children] == [
        ("Ollie", "Brennan"),
        ("Max", "Brennan"),
    ]
    assert [c["date_of_birth"] for c in children] == ["2015-05-04", "2018-12-11"]
    assert [c["legal_status"] for c in children] == ["C1", "V2"]


def test_each_childs_risks_from_their_column():
    children = read_referral_document(_siblings_form(), today=TODAY).referral["children"]
    missing = [c["risks"]["to_child"]["missing"]["state"] for c in children]
    assert missing == ["present", "none_known"]
    assert [c["risks"]["to_others"]["fire_setting"]["state"] for c in children] == [
        "none_known",
        "none_known",
    ]
