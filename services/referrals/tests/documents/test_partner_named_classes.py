"""Case tables for a parent's partner or a step-parent named in a passage ("mum's new
partner, Jago Penrose,", "stepdad Kit"): a sentence that opens on that name tells that
adult's story, not the child's. Every document is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.parent_names import parents_named


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("After mum's new partner, Jago Penrose, moved in the home changed.", {"jago"}),
        ("Her stepdad Kit has a conviction.", {"kit"}),
        ("Dad's girlfriend Loveday stays at weekends.", {"loveday"}),
        ("Dad's house is in Truro.", set()),
    ],
)
def test_a_parents_partner_named(text, names):
    assert parents_named(text, {"wenna"}) == names


def _state(draft, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


def test_the_partners_drinking_is_not_the_childs():
    text = "\n".join(
        [
            "Referral date: 10/11/2026",
            "Child: Wenna Tonkin, 09/09/2013, female",
            "Social worker: Elowen Nance",
            "",
            "Background: mum's new partner, Jago Penrose, was arrested in October. Jago drinks"
            " heavily and has been violent to mum.",
        ]
    )
    draft = read_referral_document(text.encode(), filename="note.txt", today=TEST_NOW.date())
    assert _state(draft, "to_child", "drug_alcohol") != "present"
    assert _state(draft, "to_others", "physical_harm") != "present"
