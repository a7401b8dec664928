"""Disabilities as the DfE's SSDA903 codes (issue 12, "the draft has no place for
disabilities"): communication, hand function and personal care said in the words a
disabled children's form uses, and a combined "Disability / diagnosis" answer whose every
diagnosis counts, whichever piece of the answer it is in."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.needs import communication, disabilities

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        ("Has no speech; understands simple phrases", ["COMM"]),
        ("Cannot speak but vocalises when happy", ["COMM"]),
        ("Limited use of her hands since the stroke", ["HAND"]),
        ("Needs help with washing and dressing", ["PC"]),
        ("Moved with a hoist; wheelchair user", ["MOB", "PC"]),
        ("Autism (diagnosed 2021); epilepsy", ["AUT", "CON"]),
        # a suspected condition is no disability yet
        ("Possible autism - referred for assessment", []),
        ("Speaks Polish and some English", []),
    ],
)
def test_the_disabilities_a_form_names(said, codes):
    assert sorted(disabilities(said)) == sorted(codes)


@pytest.mark.parametrize(
    "said",
    ["Uses a picture board at school", "Has a communication board", "Picture cards for choices"],
)
def test_picture_boards_are_another_communication_need(said):
    assert communication(said) == ["other"]


def test_every_diagnosis_in_a_combined_disability_and_diagnosis_answer_is_coded():
    text = (
        "Child's name: Jonah Pike\nDate of birth: 03/03/2012\n"
        "Disability / diagnosis: Moderate learning disability; epilepsy\n"
    )
    draft = read_referral_document(text.encode(), filename="panel.txt", today=TODAY)
    child = draft.model_dump(mode="json")["children"][0]
    assert sorted(child["disabilities"]["value"]) == ["CON", "LD"]
