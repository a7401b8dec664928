"""A checklist of risks typed one box a line under its label ("Risks (tick all that
apply):" over "☐ Self-harm", "☒ Going missing"): the ticked ones are present, the others
are not stated (an unticked box does not say the risk is absent). And a denial by those
who would know ("No concerns raised by school or carers") under one risk's label answers
that risk, not every risk. In my own words."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()

HEAD = """Placement request
Local authority: Derbyshire County Council
LA reference: DB-55120
Referral date: 20/11/2026
Child's name: Kayden Frost
Date of birth: 03/04/2012
Social worker: Priya Lal, priya.lal@derbyshire.gov.uk, 01632 960111
Placement type: foster care
"""


def _stated(text: str) -> dict[str, str]:
    draft = read_referral_document((HEAD + text).encode(), filename="r.txt", today=TODAY)
    risks = draft.referral["children"][0].get("risks") or {}
    return {
        f"{group}/{name}": finding["state"]
        for group, named in risks.items()
        for name, finding in named.items()
        if finding["state"] != "not_stated"
    }


@pytest.mark.parametrize(
    ("checklist", "stated"),
    [
        (
            "Risks (tick all that apply):\n☐ Self-harm\n☒ Going missing\n☐ Fire setting\n",
            {"to_child/missing": "present"},
        ),
        (
            "Concerns:\n[ ] Sexual exploitation\n[x] Cannabis use\n[x] Aggression towards staff\n",
            {"to_child/drug_alcohol": "present", "to_others/physical_harm": "present"},
        ),
        (
            "Vulnerabilities - select all that apply\n☐ Self-harm\n☐ Going missing\n",
            {},
        ),
        # the same boxes on one line were read before; they still are
        (
            "Risks (tick all that apply): ☐ Self-harm ☒ Going missing ☐ Fire setting\n",
            {"to_child/missing": "present"},
        ),
    ],
)
def test_boxes_a_line_under_a_risks_label_are_its_checklist(checklist, stated):
    assert _stated(checklist) == stated


@pytest.mark.parametrize(
    ("answer", "stated"),
    [
        # under one risk's label, "no concerns raised by ..." is that risk's answer only
        (
            "Sexually harmful behaviour: None. No concerns raised by school or carers.\n",
            {"to_others/sexual_harm": "none_known"},
        ),
        (
            "Fire setting: No concerns reported by his carers or by school.\n",
            {"to_others/fire_setting": "none_known"},
        ),
        # under a label about every risk it still answers every risk
        (
            "Concerns: No concerns raised by school, police or carers.\n",
            {
                f"{group}/{name}": "none_known"
                for group, name in [
                    ("to_child", "self_harm"),
                    ("to_child", "sexual_exploitation"),
                    ("to_child", "criminal_exploitation"),
                    ("to_child", "drug_alcohol"),
                    ("to_child", "eating_disorder"),
                    ("to_child", "missing"),
                    ("to_others", "physical_harm"),
                    ("to_others", "sexual_harm"),
                    ("to_others", "fire_setting"),
                    ("to_others", "harm_to_animals"),
                    ("to_others", "criminal_exploitation"),
                ]
            },
        ),
    ],
)
def test_a_denial_by_those_who_would_know_answers_its_own_label(answer, stated):
    assert _stated(answer) == stated
