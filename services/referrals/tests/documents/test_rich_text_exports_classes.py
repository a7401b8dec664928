"""A case system's Rich Text export (issue 12, class 1: the layout a file carries, not its
name): the RTF control words are read away so its labelled lines and tab columns are the
text's own, each tab-separated line stays a row of its own however long its answer, and a
case-number label left blank does not take the next line's day as the number. Every text
is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _rtf(*lines: str) -> bytes:
    body = "".join(f"{line}\\par\n" for line in lines)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n\\f0\\fs20 " + body + "}").encode()


def _read(data: bytes):
    return read_referral_document(data, today=TODAY)


def test_labels_in_bold_and_tab_columns_read_as_answers():
    draft = _read(
        _rtf(
            "{\\b Placement request}",
            "Date of referral: 12 November 2026",
            "{\\b Case ref}\\tab QX-551902",
            "{\\b Social worker}\\tab Nadia Orme",
            "{\\b Email}\\tab nadia.orme@example.gov.uk",
            "{\\b\\ul Child: Tomasz Wren}",
            "DOB\\tab 03/05/2013",
            "Gender\\tab Male",
        )
    )
    assert draft.referral["la_reference"] == "QX-551902"
    assert draft.referral["referral_date"] == "2026-11-12"
    assert draft.referral["social_worker"]["name"] == "Nadia Orme"
    assert draft.referral["social_worker"]["email"] == "nadia.orme@example.gov.uk"
    child = draft.referral["children"][0]
    assert (child["first_name"], child["date_of_birth"]) == ("Tomasz", "2013-05-03")


def test_text_that_only_mentions_rtf_is_not_read_as_rtf():
    draft = _read(b"Note: the {\\rtf1} copy is attached.\nChild: Ada Kemp, born 02/02/2014.\n")
    assert draft.referral["children"][0]["first_name"] == "Ada"


@pytest.mark.parametrize(
    "long_answer",
    [
        "Short term foster home for two brothers who must stay together (planned)",
        "Ridgeway Community School and Sixth Form Centre, Year 10 (attends well)",
    ],
)
def test_a_tab_row_after_a_long_answer_is_a_row_of_its_own(long_answer):
    text = f"Child: Ada Kemp\nNotes\t{long_answer}\nDate needed\t30/11/2026\nDOB\t02/02/2014\n"
    draft = _read(text.encode())
    assert draft.referral["placement"]["start_date"] == "2026-11-30"
    assert draft.referral["children"][0]["date_of_birth"] == "2014-02-02"


@pytest.mark.parametrize(
    "next_line",
    [
        "Exported by the business support team on 17/11/2026",
        "Printed 2026-11-17",
    ],
)
def test_a_blank_case_number_does_not_take_the_next_lines_day(next_line):
    draft = _read(f"Case number:\n{next_line}\nChild: Ada Kemp, born 02/02/2014.\n".encode())
    assert draft.referral.get("la_reference") is None


def test_a_number_that_is_not_a_day_is_still_a_case_number():
    draft = _read(b"Case number:\n31/44/5521\nChild: Ada Kemp, born 02/02/2014.\n")
    assert draft.referral.get("la_reference") == "31/44/5521"
