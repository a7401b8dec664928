"""Allergies where forms do not give them a box of their own (issue 12: the draft's
newer fields): named in a health answer or in a sentence about the child, denied ("no
known allergies", NKDA), and not confused with a suspicion, a clinic's name, a parent's
allergy or an allergy the child does not have. My own words, written before the reader
was changed."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.needs import allergies

TODAY = TEST_NOW.date()
HEAD = "Date of referral: 20/11/2026\nName: Kit Morrow\nDate of birth: 03/05/2015\n"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Allergic to amoxicillin - came out in hives last spring.", "named"),
        ("Has a severe sesame allergy and an adrenaline auto-injector in her bag.", "named"),
        ("Carries two Epipens; school staff are trained.", "named"),
        ("History of anaphylaxis to tree nuts.", "named"),
        ("Eczema, managed with emollients, and a dust mite allergy.", "named"),
        ("Allergies include latex and plasters.", "named"),
        ("Attends the allergy clinic for his milk allergy.", "named"),
        ("He is not allergic to dogs but is allergic to latex.", "named"),
        ("No known allergies.", "none known"),
        ("NKDA per GP summary.", "none known"),
        ("Allergies: nil", "none known"),
        ("Allergies - none.", "none known"),
        ("No known drug allergies.", "none known"),
        ("She is not allergic to anything as far as we know.", "none known"),
        ("Possible egg allergy - referred for skin-prick testing.", None),
        ("Queried lactose intolerance, awaiting the dietitian.", None),
        ("Not allergic to cats.", None),
        ("Any allergy should be reported to the carer.", None),
        ("Asthma, uses a brown inhaler twice a day.", None),
    ],
)
def test_a_sentence_names_denies_or_says_nothing(text, wanted):
    found = allergies(text)
    assert (found if found is None or found == "none known" else "named") == wanted


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Health needs: asthma (inhaler); allergic to penicillin.\n", True),
        ("Health: generally well. No known allergies. Up to date with immunisations.\n", False),
        (
            "Kit is a bright girl who loves swimming. She has a peanut allergy and carries "
            "an EpiPen.\n",
            True,
        ),
    ],
)
def test_the_draft_carries_allergies_from_health_and_prose(text, named):
    draft = read_referral_document((HEAD + text).encode(), today=TODAY)
    child = draft.referral["children"][0]
    assert child.get("allergies") is not None
    assert (str(child["allergies"]).lower() != "none known") is named


def test_a_parents_allergy_is_not_the_childs():
    text = "Kit lives with her grandmother. Her mother is allergic to cats.\n"
    draft = read_referral_document((HEAD + text).encode(), today=TODAY)
    assert draft.referral["children"][0].get("allergies") is None
