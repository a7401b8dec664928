"""Whom the child must not see, however the form words its prompt (issue 12, class 9).

A no-contact prompt carries its own denial, in whatever order the writer put it:
"Nobody to have contact with", "Who I don't see", "Contact not permitted with",
"Prohibited contact". Its answer lists people, often by name alone ("Dean Coyle"); an
answer that names nobody ("No one named", "None identified") is no list at all.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.no_contact_list import people_listed

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


@pytest.mark.parametrize(
    "prompt",
    [
        "Nobody to have contact with",
        "No one to have contact with",
        "Who I don't see",
        "Who does he not see?",
        "Contact not permitted with",
        "Prohibited contact",
        "Contact barred with",
        "People she must not see",
        "No contact",
    ],
)
def test_a_prompt_that_denies_contact_asks_for_no_contact(prompt):
    assert field_for(prompt) == "no_contact"


@pytest.mark.parametrize(
    ("prompt", "field"),
    [
        ("Family time", "family_time"),
        ("Contact arrangements", "family_time"),
        ("Contact with", "family_time"),
        ("Who does the child see", "family_time"),
        ("Contact with SW", "social_worker.name"),
    ],
)
def test_prompts_for_family_time_and_others_are_not_no_contact(prompt, field):
    assert field_for(prompt) == field


@pytest.mark.parametrize(
    "answer",
    ["No one named", "Nobody named", "None identified", "None known", "no-one", "N/A"],
)
def test_an_answer_naming_nobody_lists_nobody(answer):
    assert people_listed(answer) == []


@pytest.mark.parametrize(
    ("answer", "people"),
    [
        ("Dean Coyle", ["dean coyle"]),
        ("Mr Shane Reid", ["mr shane reid"]),
        ("stepfather, Marek", ["stepfather, marek"]),
        ("mum's boyfriend and his brother", ["mum's boyfriend", "his brother"]),
    ],
)
def test_an_answer_lists_its_people(answer, people):
    assert people_listed(answer) == people


@pytest.mark.parametrize(
    "lines",
    [
        "Nobody to have contact with: Dean Coyle",
        "Who I don't see\nDean Coyle\nSchool: Hill Primary",
        "Contact not permitted with: Dean Coyle",
    ],
)
def test_in_a_document(lines):
    draft = read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)
    child = draft.referral["children"][0]
    assert child.get("no_contact_with") == ["dean coyle"]
    assert not child.get("family_time")
