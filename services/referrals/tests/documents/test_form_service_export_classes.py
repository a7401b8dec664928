"""A referral filled in on an online form and sent as the service's export (issue 12, class
3), in my own words: the service's "Email" and "Name" columns are whoever filled the form
in, not the child; and a prompt that says when it applies ("Age if DOB not known") asks for
its field."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.form_service import respondent_columns
from hearth_referrals.documents.rules.labels import field_for

HEADER = (
    "ID,Start time,Completion time,Email,Name,Date of referral,Case number,Social worker,"
    "Child 1 first name,Child 1 surname,Child 1 date of birth,Child 1 age if DOB not known,"
    "Child 2 first name,Child 2 surname,Child 2 date of birth,Child 2 age if DOB not known"
)
ROW = (
    "7,11/17/26 10:02:00,11/17/26 10:20:00,duty.admin@wirral.example.gov.uk,Pam Ridley,"
    "17/11/2026,WIR 55102,Jon Askew,Amber,Leigh,02/02/2013,,Cody,Leigh,,6"
)


def test_the_person_who_filled_the_form_in_is_not_a_child():
    draft = read_referral_document(
        f"{HEADER}\n{ROW}\n".encode(), filename="responses.csv", today=TEST_NOW.date()
    )
    assert [(c.first_name.value, c.last_name.value) for c in draft.children] == [
        ("Amber", "Leigh"),
        ("Cody", "Leigh"),
    ]
    assert draft.children[1].age_years.value == 6
    assert draft.social_worker.name.value == "Jon Askew"


@pytest.mark.parametrize(
    ("header", "named"),
    [
        (["ID", "Start time", "Completion time", "Email", "Name", "Child"], ["Respondent"]),
        (["Timestamp", "Email address", "Child name"], ["Respondent's email"]),
    ],
)
def test_a_form_services_columns_are_named_for_the_respondent(header, named):
    assert set(named) <= set(respondent_columns(header))


def test_a_sheet_of_its_own_keeps_its_name_column():
    header = ["Name", "DOB", "Email", "School"]
    assert respondent_columns(header) == header


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Age if DOB not known", "age"),
        ("School if known", "school"),
        ("Phone if different", "social_worker.phone"),
    ],
)
def test_a_prompt_that_says_when_it_applies(label, field):
    assert field_for(label) == field
