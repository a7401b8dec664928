"""Risk answers that say nothing ("left blank", "not assessed", a RAG row rated GREY), a
risk matrix's row rated low or green, and the blanket denials that close a list of risks
in everyday words ("Nothing else at all.", "No other risk areas identified.", "The panel
heard of no other risks.", "Apart from that, no other risks.", "No risks for Orla
herself, obviously, she is a baby."). Each document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.risk_states import answer_state

_CHILD = "Name: Orla Fenwick\nDOB: 14/02/2013\nGender: Female\nPlacement: foster care\n\n"


def _read(body: str):
    return read_referral_document(email(body), today=TEST_NOW.date())


def _state(draft, group: str, name: str) -> str:
    risks = draft.referral["children"][0].get("risks") or {}
    return (risks.get(group, {}).get(name) or {}).get("state", "not_stated")


def _asked(draft, group: str, name: str) -> bool:
    return any(item.pointer == f"/children/0/risks/{group}/{name}" for item in draft.missing)


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        # nothing said: a gap to ask about, never a "yes"
        ("Left blank", RiskState.NOT_STATED),
        ("[blank]", RiskState.NOT_STATED),
        ("not assessed yet", RiskState.NOT_STATED),
        ("Not asked", None),
        ("not recorded", RiskState.NOT_STATED),
        ("Not discussed at the meeting", RiskState.NOT_STATED),
        ("|  |  | GREY |", RiskState.NOT_STATED),
        ("-", RiskState.NOT_STATED),
        ("\u2014", RiskState.NOT_STATED),
        # not known: unclear, never a "yes"
        ("Risk unknown", None),
        ("No information", None),
        ("Unknown - not asked", None),
        ("Unknown at this stage", None),
        ("Unknown \u2013 to be explored with her", None),
        ("awaiting assessment", None),
        ("Assessment pending", None),
        ("Information not available", None),
        # the printed options left undeleted: no answer chosen
        ("Y/N", None),
        ("Yes / No / Unknown", None),
        ("Yes/No (delete as appropriate)", None),
        # a matrix's row rated low or green with nothing of concern written
        ("Low", RiskState.NONE_KNOWN),
        ("GREEN", RiskState.NONE_KNOWN),
        ("1 | 1 | Green", RiskState.NONE_KNOWN),
        ("Low | GREEN |", RiskState.NONE_KNOWN),
        ("Low risk", RiskState.NONE_KNOWN),
        ("Risk assessed as low", RiskState.NONE_KNOWN),
        # still read as written
        ("RED | threatened a carer with a knife last week", RiskState.PRESENT),
        ("Green | but shoplifted with older boys on Friday", RiskState.PRESENT),
        ("Yes", RiskState.PRESENT),
        ("No", RiskState.NONE_KNOWN),
    ],
)
def test_an_answer_that_says_nothing_is_never_a_risk_present(answer, state):
    assert answer_state(answer, []) == state


def test_a_risk_row_left_blank_in_words_is_asked_about():
    body = f"Hello,\n\n{_CHILD}Self-harm: left blank\nFire setting: not assessed\nMissing: no\n"
    draft = _read(body)
    assert _state(draft, "to_child", "self_harm") == "not_stated"
    assert _asked(draft, "to_child", "self_harm")
    assert _state(draft, "to_others", "fire_setting") == "not_stated"
    assert _state(draft, "to_child", "missing") == "none_known"


@pytest.mark.parametrize(
    "closing",
    [
        "- Nothing else at all.",
        "- No other risk areas identified.",
        "- The panel heard of no other risks.",
        "- Apart from that, no, nothing else, no other risks.",
        "- no further concerns known to the team",
    ],
)
def test_a_closing_line_under_a_list_of_risks_denies_the_rest(closing):
    body = (
        f"Hello,\n\n{_CHILD}Risks talked about at the meeting:\n"
        "- Going missing - stayed out overnight twice this month\n"
        f"{closing}\n"
    )
    draft = _read(body)
    assert _state(draft, "to_child", "missing") == "present"
    assert _state(draft, "to_child", "self_harm") == "none_known"
    assert _state(draft, "to_others", "fire_setting") == "none_known"
    assert _state(draft, "to_child", "drug_alcohol") == "none_known"


def test_a_bullet_below_a_bullet_is_its_own_line_not_the_answer_wrapped():
    body = (
        f"Hello,\n\n{_CHILD}Risks:\n"
        "- SH: scratches to her wrists, most recently last week\n"
        "- no other risks known\n"
    )
    draft = _read(body)
    assert _state(draft, "to_child", "self_harm") == "present"
    assert _state(draft, "to_others", "harm_to_animals") == "none_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "No risks for Orla herself, obviously, she is four months old.",
        "Orla: no risks of course.",
        "There are no known risks at all.",
        "- No risks known: Orla is a settled, happy girl.",
    ],
)
def test_a_blanket_denial_with_a_hedge_or_a_reason_after_it(sentence):
    body = f"Hello,\n\n{_CHILD}Her mother used cannabis in pregnancy.\n{sentence}\n"
    draft = _read(body)
    assert _state(draft, "to_child", "drug_alcohol") == "none_known"
    assert _state(draft, "to_others", "physical_harm") == "none_known"


def test_a_row_rated_grey_is_asked_about():
    body = (
        f"Hello,\n\n{_CHILD}Risk area | Status | RAG\nSelf-harm | None identified | GREEN\n"
        "Going missing | | GREY\nFire setting | Historic | AMBER\n"
    )
    draft = _read(body)
    assert _state(draft, "to_child", "missing") == "not_stated"
    assert _asked(draft, "to_child", "missing")
    assert _state(draft, "to_child", "self_harm") == "none_known"


def test_a_mothers_history_after_she_is_introduced_is_hers_not_the_babys():
    body = (
        "Name: Rory Lane\nDOB: 02/10/2026\nGender: Male\nPlacement: parent and child\n\n"
        "Risk:\n- None known for the baby.\n\n"
        "Ms Tia Lane (20) is leaving the mother and baby unit. She has a conviction for"
        " assault (2024) and went missing often as a teenager. Rory is thriving. Ms Lane also"
        " has a history of alcohol misuse before custody.\n"
    )
    draft = _read(body)
    assert _state(draft, "to_child", "missing") == "none_known"
    assert _state(draft, "to_others", "physical_harm") == "none_known"
    assert _state(draft, "to_others", "fire_setting") == "none_known"
    assert _state(draft, "to_child", "drug_alcohol") == "none_known"


_WORKBOOK = """Export of Referral.xlsx, one tab after another

== Sheet: Request ==
Item,Answer
Council,Example Borough
Worker,Ann Reyes

== Sheet: Young people ==
Forename,Surname,DOB,Sex,School,No contact
Ravi,Okafor,2011-03-02,M,Elm High,
Lara,Okafor,2014-07-19,F,Elm Primary,

== Sheet: Risk log ==
Child,Area,Status,Notes
Ravi,Going missing,active,out overnight three times this month
Ravi,Self-harm,previous,cut his arm in 2022
Ravi,All other areas,none,nothing recorded
Lara,All other areas,none,nothing recorded
"""


def test_a_workbooks_risk_tab_in_long_form_is_read_child_by_child():
    draft = read_referral_document(_WORKBOOK.encode(), today=TEST_NOW.date())
    children = draft.referral["children"]
    assert [child.get("first_name") for child in children] == ["Ravi", "Lara"]

    def state(index: int, group: str, name: str) -> str:
        risks = children[index].get("risks") or {}
        return (risks.get(group, {}).get(name) or {}).get("state", "not_stated")

    assert state(0, "to_child", "missing") == "present"
    assert state(0, "to_child", "self_harm") == "historical"
    assert state(0, "to_others", "fire_setting") == "none_known"
    assert state(1, "to_child", "missing") == "none_known"
    assert state(1, "to_child", "self_harm") == "none_known"
