"""A checklist of risks typed one box a line under its label ("Risks (tick all that
apply):" over "☐ Self-harm", "☒ Going missing"): the ticked ones are present, the others
are not stated (an unticked box does not say the risk is absent). In my own words."""

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
