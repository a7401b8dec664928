"""Case tables for a mail-merge letter whose fields were left unfilled: a field's name in
chevrons ("«Risk_fire»", "<<Legal status>>") is the template's, not the LA's answer, so the
row it stands in is as blank as the LA left it (not stated, a gap), never the risk its name
spells, while the words beside a field are still read. Every document is written for this
test, in words of its own."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.merge_fields import unfilled_merge_fields

TODAY = TEST_NOW.date()


class TestFieldsTakenOut:
    @pytest.mark.parametrize(
        ("text", "left"),
        [
            ("«Risk_fire»", ""),
            ("Date of birth: «DOB» (age 11)", "Date of birth:  (age 11)"),
            ("Legal status: <<Legal status>>", "Legal status:"),
            # chevrons that do not close round a field's name are the LA's own words
            ("Seen << weekly", "Seen << weekly"),
        ],
    )
    def test_each_field_is_taken_out(self, text, left):
        (block,) = unfilled_merge_fields([Block(BlockKind.PARAGRAPH, text)])
        assert block.text == left


def _letter() -> bytes:
    document = Document()
    document.add_paragraph("Date: 09/11/2026")
    document.add_paragraph("Dear Provider, we are looking for a foster home for Ivy Nash.")
    document.add_paragraph("Name: Ivy Nash\nDate of birth: «DOB» (age 11)\nGender: Female")
    table = document.add_table(rows=0, cols=2)
    for risk, answer in (
        ("Self harm", "«Risk_selfharm»"),
        ("Fire setting", "<<Risk_fire>>"),
        ("Going missing", "Nil"),
        ("Harm to animals", "Yes - kicked a neighbour's dog last week"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = risk, answer
    document.add_paragraph("Yours faithfully, Gwen Ellery, Social Worker")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestLetterRead:
    def test_an_unfilled_field_is_not_stated_and_filled_ones_are_read(self):
        draft = read_referral_document(_letter(), today=TODAY)
        (child,) = draft.model_dump(mode="json")["children"]
        risks = child["risks"]
        assert (risks["to_child"].get("self_harm") or {}).get("value") in (None, "not_stated")
        assert (risks["to_others"].get("fire_setting") or {}).get("value") in (None, "not_stated")
        assert risks["to_child"]["missing"]["value"] == "none_known"
        assert risks["to_others"]["harm_to_animals"]["value"] == "present"
        assert child["age_years"]["value"] == 11
