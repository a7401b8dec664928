"""Case tables for a request table whose row labels are led by one child's first name
and then the field ("Kensa - school", "Denzel: legal status", "Kensa's family time"):
each answer is that child's, whichever child was read last. Every document is written for
this test, in words of its own."""

from __future__ import annotations

import io

from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _request() -> bytes:
    document = Document()
    document.add_paragraph("Placement request")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Request date", "09/11/2026"),
        ("Social worker", "Bryony Keast"),
        ("Child 1", "Kensa Moyle, 14/02/2013, female"),
        ("Child 2", "Denzel Moyle, 05/08/2016, male"),
        ("Kensa \u2013 school", "Penryn College, Year 9"),
        ("Kensa \u2013 legal status", "Interim care order"),
        ("Denzel - school", "Mabe Primary School"),
        ("Denzel \u2013 legal status", "Section 20"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_each_name_led_label_is_that_childs():
    draft = read_referral_document(_request(), today=TODAY)
    kensa, denzel = draft.referral["children"]
    assert kensa["school"]["name"] == "Penryn College"
    assert kensa["legal_status"] == "C1"
    assert denzel["school"]["name"] == "Mabe Primary School"
    assert denzel["legal_status"] == "V2"


def _colon_rows() -> bytes:
    document = Document()
    document.add_paragraph("Review minutes and request")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Request date", "09/11/2026"),
        ("Social worker", "Bryony Keast"),
        ("Child 1", "Kensa Moyle, 14/02/2013, female"),
        ("Child 2", "Denzel Moyle, 05/08/2016, male"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    request = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Placement sought", "Foster care for both"),
        ("Kensa: care history", "Two short-term foster homes"),
        ("Kensa: legal status", "Section 20"),
        ("Denzel: care history", "None"),
        ("Denzel: legal status", "Section 20"),
    ):
        cells = request.add_row().cells
        cells[0].text, cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_name_and_colon_before_the_field_is_that_childs():
    draft = read_referral_document(_colon_rows(), today=TODAY)
    kensa, denzel = draft.referral["children"]
    assert denzel["placement_history"] == []
    assert kensa["legal_status"] == denzel["legal_status"] == "V2"
