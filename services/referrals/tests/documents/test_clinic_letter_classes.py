"""A health letter written for the placements team (issue 12, classes 2, 5 and 11), in my own
words: the letter's own dated lines under its heading, each child under a heading of their
name and a sentence that names them before their birth, and "care so far" as the history."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _docx(paragraphs: list[str]) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)  # a "\n" inside is a line break in the paragraph
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _letter() -> bytes:
    return _docx(
        [
            "Moorside Health Centre and Tees CAMHS",
            "Joint clinic letter\nSeen in clinic: Tuesday 10 November 2026\n"
            "Letter typed: Thursday 19 November 2026",
            "To: Placements, Stockton-on-Tees Borough Council",
            "Dear colleagues,",
            "The allocated social worker, Ola Brent (ola.brent@stockton.example.gov.uk), asks "
            "for a foster home for both girls.",
            "Esme Varley",
            "Esme is a girl born Friday 3 May 2013. School: Ian Ramsey Academy (Year 8).",
            "Care so far: one foster home since March 2026",
            "Lottie Varley",
            "Lottie was born on Sunday 12 June 2016. School: Bowesfield Primary (Year 5).",
            "Yours sincerely,",
        ]
    )


def test_the_letters_typed_date_is_the_referral_date_not_the_clinic_day():
    draft = read_referral_document(_letter(), filename="letter.docx", today=TODAY)
    assert draft.referral_date.value == date(2026, 11, 19)


def test_each_child_under_their_name_and_the_sentence_giving_their_birth():
    draft = read_referral_document(_letter(), filename="letter.docx", today=TODAY)
    children = draft.children
    assert [(c.first_name.value, c.last_name.value) for c in children] == [
        ("Esme", "Varley"),
        ("Lottie", "Varley"),
    ]
    assert [c.date_of_birth.value for c in children] == [date(2013, 5, 3), date(2016, 6, 12)]
    assert children[0].gender.value == "female"


@pytest.mark.parametrize("label", ["Care so far", "Time in care so far", "Care to date"])
def test_care_so_far_is_the_placement_history(label):
    assert field_for(label) == "history"
