# ruff: noqa: RUF001, RUF002
"""Text referrals by class (issue 12): an agency's triage sheet saved sideways as CSV
(labels down the first column, one column per child), risk lists typed "risk – answer"
in lower case under a long answer, a fax's "Required" start and a sender whose name
starts like a weekday. Every document is written for this test; none is copied from a
document set."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.csv_sideways import sideways_csv_lines

TODAY = TEST_NOW.date()


def _read(text: str) -> dict:
    return read_referral_document(text.encode(), filename="referral.txt", today=TODAY).referral


def _risk(child: dict, group: str, name: str) -> str:
    return ((child.get("risks") or {}).get(group) or {}).get(name, {}).get("state", "not_stated")


_SIDEWAYS_TWO = "\n".join(
    [
        "Item,Child 1,Child 2",
        "Received,03/11/2026 09:05,",
        "LA ref,RUT-44120,",
        "SW,Imogen Thwaite,",
        "SW email,imogen.thwaite@rutland.example.gov.uk,",
        "Start,30/11/2026,",
        "Child's name,Alfie Penrose,Mabel Penrose",
        "Date of birth,2012-03-08,2016-10-21",
        "Gender,Male,Female",
        "Risk: DSH,N,",
        "Risk: Subs,Y – cannabis most weekends,N",
        "Risk: ED,N,N",
        "Risk: Viol,N,Query – pushed a classmate",
        "Risk: Recruiting,N,N",
        "Risk: Fire,Y (past) – lit paper in 2022,N",
    ]
)


class TestSidewaysTriageSheet:
    def test_referral_rows_come_first_and_each_column_is_a_child(self):
        lines = sideways_csv_lines(_SIDEWAYS_TWO)
        assert lines is not None
        assert lines[:2] == ["Received: 03/11/2026 09:05", "LA ref: RUT-44120"]
        assert lines.count("Child 1") == 1 and lines.count("Child 2") == 1
        assert "Child's name: Mabel Penrose" in lines[lines.index("Child 2") :]

    @pytest.mark.parametrize(
        ("row", "written"),
        [
            ("Risk: Subs", "Substance misuse"),
            ("Risk: ED", "Eating disorder"),
            ("Risk: Viol", "Violence to others"),
            ("Risk: Recruiting", "Recruiting others into crime"),
            ("Risk: DSH", "DSH"),
        ],
    )
    def test_a_risk_rows_clipped_name_is_written_out(self, row, written):
        text = f"Field,Child 1\nSW,A Worker\nName,Kit Lowe\nGender,Male\nDOB,2014-01-01\n{row},N\n"
        lines = sideways_csv_lines(text)
        assert lines is not None and f"{written}: N" in lines

    @pytest.mark.parametrize(
        "text",
        [
            "Name,Age,School,Legal status\nKit Lowe,9,Elm Primary,ICO\n",  # a header row table
            "Referral for Kit\nName: Kit Lowe\nAge: 9\nSchool: Elm\nLegal: ICO\nSW: A B\n",
            "Field,Notes\nName,Kit\nAge,9\nSchool,Elm\nLegal,ICO\nSW,A B\n",  # not a child column
        ],
    )
    def test_other_texts_are_not_sideways_sheets(self, text):
        assert sideways_csv_lines(text) is None

    def test_the_sheet_is_read_child_by_child(self):
        referral = _read(_SIDEWAYS_TWO)
        assert referral["la_reference"] == "RUT-44120"
        assert referral["social_worker"]["name"] == "Imogen Thwaite"
        assert referral["placement"]["start_date"] == "2026-11-30"
        first, second = referral["children"]
        assert (first["first_name"], second["first_name"]) == ("Alfie", "Mabel")
        assert _risk(first, "to_child", "drug_alcohol") == "present"
        assert _risk(first, "to_others", "fire_setting") == "historical"
        assert _risk(first, "to_child", "eating_disorder") == "none_known"
        assert _risk(first, "to_others", "criminal_exploitation") == "none_known"
        assert _risk(second, "to_others", "physical_harm") == "suspected"
        assert _risk(second, "to_child", "drug_alcohol") == "none_known"

    def test_a_childs_blank_risk_cell_is_a_gap_not_a_brothers_answer(self):
        draft = read_referral_document(_SIDEWAYS_TWO.encode(), filename="s.txt", today=TODAY)
        second = draft.referral["children"][1]
        assert _risk(second, "to_child", "self_harm") == "not_stated"
        assert any(item.pointer == "/children/1/risks/to_child/self_harm" for item in draft.missing)


_DASH_RISKS = """Child's name: Rosa Kettering
Date of birth: 14/07/2013
Gender: Female
Placement history: Two foster homes since the spring of 2024.
self harm – N
child sexual exploitation – Query – messages from an adult she met online last month
drugs and alcohol – N
eating disorder –
running away – Y – out overnight twice this fortnight
violence to others – N
fire setting –
cruelty to animals – N
"""


class TestRiskNamesSetOffByADash:
    @pytest.mark.parametrize(
        ("group", "name", "state"),
        [
            ("to_child", "self_harm", "none_known"),
            ("to_child", "sexual_exploitation", "suspected"),
            ("to_child", "drug_alcohol", "none_known"),
            ("to_child", "eating_disorder", "not_stated"),
            ("to_child", "missing", "present"),
            ("to_others", "physical_harm", "none_known"),
            ("to_others", "fire_setting", "not_stated"),
            ("to_others", "harm_to_animals", "none_known"),
        ],
    )
    def test_each_row_is_its_own_risk(self, group, name, state):
        child = _read(_DASH_RISKS)["children"][0]
        assert _risk(child, group, name) == state

    def test_a_sentence_naming_a_risk_is_not_made_a_row(self):
        text = (
            "Child's name: Owen Fairbairn\nDate of birth: 02/02/2012\n"
            "He said he self-harms – his words – when he is low.\n"
        )
        child = _read(text)["children"][0]
        assert _risk(child, "to_child", "self_harm") == "present"


_FAX = """FAX COVER
TO:      Duty desk, Larchfield Homes
FROM:    Sunniva Holt, Bracknell Forest Council
DATE:    09/11/26

REF                     | BF-55012
SOCIAL WORKER           | Sunniva Holt
REQUIRED                | {required}
CHILD'S NAME            | Dara Quinlan
DATE OF BIRTH           | 11/04/11
"""


class TestFaxRequiredDate:
    @pytest.mark.parametrize(
        ("required", "start"),
        [("18/11/2026", "2026-11-18"), ("18/11", "2026-11-18"), ("Wed 18th Nov", "2026-11-18")],
    )
    def test_required_is_the_start_and_the_senders_name_is_no_date(self, required, start):
        referral = _read(_FAX.format(required=required))
        assert referral["placement"]["start_date"] == start


_CHASED = """Officer's note: {note}

Child's name: Tilly Armitage
Date of birth: 05/05/2014
Placement history:
School / education:
"""


class TestAnAnswerSentForIsStillAGap:
    @pytest.mark.parametrize(
        ("note", "asked"),
        [
            ("Asked the social worker for her placement history and school.", True),
            ("We are still chasing the care history from the council.", True),
            ("Placement history requested from the LA this morning.", True),
            ("Her placement history: one foster home since 2025.", False),
        ],
    )
    def test_a_request_for_the_history_does_not_answer_it(self, note, asked):
        draft = read_referral_document(
            _CHASED.format(note=note).encode(), filename="n.txt", today=TODAY
        )
        pointers = {item.pointer for item in draft.missing}
        assert ("/children/0/placement_history" in pointers) is asked
