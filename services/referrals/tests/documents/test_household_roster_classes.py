"""A household roster saved from a spreadsheet (issue 12, classes 2 and 6): the request's
own "Label;answer" rows above a table of everyone in the household, the children to be
placed beside their parents and adult siblings. Only the children to be placed are
children of the draft; what the roster says of the others is theirs, never a child's."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.csv_table import csv_lines

TODAY = TEST_NOW.date()

HEAD = (
    "Sibling request (exported);;;;;;;;\n"
    "Date request made;19/11/2026;;;;;;;\n"
    "Case ID;NCC-448812;;;;;;;\n"
    "Council;Norfolk County Council;;;;;;;\n"
    "Allocated worker;Priya Lowther;;;;;;;\n"
    "Phone;01632 960114;;;;;;;\n"
    "Email;priya.lowther@norfolk.example.gov.uk;;;;;;;\n"
    ";;;;;;;;\n"
)
HEADER = "Name;Relationship;DOB;Sex;Needs placement?;Family time;Self-harm;Substances;Recruits\n"
CHILDREN = (
    'Owen Garrod;Subject;03/04/2013;M;Yes;"Dad weekly\nGran monthly";No;No;No\n'
    "Lily Garrod;Subject;09/09/2016;F;Yes;Dad weekly;No;No;No\n"
)
ADULTS = (
    "Carla Garrod;Mother;14/06/1990;F;No;;;;;\nRyan Garrod;Half-brother (20);02/02/2006;M;No;;;;\n"
)


def _draft(content: str) -> dict:
    draft = read_referral_document(content.encode(), filename="roster.csv", today=TODAY)
    return draft.model_dump(mode="json")


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ("Date request made;19/11/2026;;;", "Date request made: 19/11/2026"),
        ("Allocated worker;Priya Lowther;;;", "Allocated worker: Priya Lowther"),
        # a title or a key is kept as its words
        ("Sibling request (exported);;;;", "Sibling request (exported)"),
        ("Key: Y = yes, N = no;;;;", "Key: Y = yes, N = no"),
    ],
)
def test_each_row_above_the_table_is_a_form_line(row, line):
    lines = csv_lines(row + "\n" + HEADER + CHILDREN)
    assert lines is not None
    assert lines[0] == line


def test_a_long_block_of_the_requests_own_rows_stands_above_the_table():
    lines = csv_lines(HEAD + HEADER + CHILDREN)
    assert lines is not None
    assert lines[: lines.index("Child 1")][1:3] == [
        "Date request made: 19/11/2026",
        "Case ID: NCC-448812",
    ]
    assert "Child 2" in lines


def test_a_cell_of_several_lines_is_one_line_of_clauses():
    lines = csv_lines(HEAD + HEADER + CHILDREN)
    assert "Family time: Dad weekly; Gran monthly" in lines


@pytest.mark.parametrize(
    "adult",
    [
        "Carla Garrod;Mother;14/06/1990;F;No;;Overdosed in 2024;Alcohol dependent;\n",
        "Ryan Garrod;Half-brother (20);02/02/2006;M;N;;;Cannabis supply conviction;\n",
        # no placement column answered: a parent is a member, not a child to place
        "Carla Garrod;Mum;14/06/1990;F;;;;Heroin use;\n",
        "Steve Lane;Mum's partner;01/01/1985;M;;;;Drinks daily;\n",
    ],
)
def test_a_household_member_not_to_be_placed_is_no_child_and_their_risks_are_theirs(adult):
    draft = _draft(HEAD + HEADER + CHILDREN + adult)
    children = draft["children"]
    assert [child["first_name"]["value"] for child in children] == ["Owen", "Lily"]
    for child in children:
        assert child["risks"]["to_child"]["drug_alcohol"]["value"] == "none_known"
        assert child["risks"]["to_child"]["self_harm"]["value"] == "none_known"


def test_a_young_person_the_roster_says_is_to_be_placed_is_a_child_whatever_the_relation():
    mother = "Tia Garrod;Mother (17, looked after);01/05/2009;F;Yes;;No;No;No\n"
    draft = _draft(HEAD + HEADER + CHILDREN + mother)
    assert [child["first_name"]["value"] for child in draft["children"]] == [
        "Owen",
        "Lily",
        "Tia",
    ]


def test_the_roster_gives_the_worker_the_reference_and_each_childs_family_time():
    draft = _draft(HEAD + HEADER + CHILDREN + ADULTS)
    assert draft["social_worker"]["name"]["value"] == "Priya Lowther"
    assert draft["la_reference"]["value"] == "NCC-448812"
    assert draft["referral_date"]["value"] == "2026-11-19"
    owen = draft["children"][0]
    assert [item["with_whom"] for item in owen["family_time"]["value"]] == ["dad", "gran"]


def test_a_recruits_column_among_risk_columns_is_recruiting_others():
    draft = _draft(HEAD + HEADER + CHILDREN.replace(";No\nLily", ";Yes\nLily"))
    owen, lily = draft["children"]
    assert owen["risks"]["to_others"]["criminal_exploitation"]["value"] == "present"
    assert lily["risks"]["to_others"]["criminal_exploitation"]["value"] == "none_known"
