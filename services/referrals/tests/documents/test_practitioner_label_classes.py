"""Case tables for a form's word for the child's worker: an online form's "Practitioner",
"Lead practitioner", "Allocated practitioner", and a case supervision record's
"Supervisee" (the worker whose case is discussed; the supervisor is not the worker), and
a panel's "Presented by (social worker)" ask for the social worker. Every label and document is written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.labels import field_for


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Practitioner", "social_worker.name"),
        ("Lead practitioner", "social_worker.name"),
        ("Allocated practitioner", "social_worker.name"),
        ("Practitioner email", "social_worker.email"),
        ("Practitioner phone", "social_worker.phone"),
        ("Supervisee", "social_worker.name"),
        ("Supervisee email", "social_worker.email"),
        # "<done> by (role)": the bracket says who did it
        ("Presented by (social worker)", "social_worker.name"),
        ("Completed by (SW)", "social_worker.name"),
    ],
)
def test_the_practitioner_is_the_childs_worker(label, field):
    assert field_for(label) == field


@pytest.mark.parametrize(
    "label",
    [
        "Health visitor",
        "GP practice",
        "Supervisor",
        # a person's name with their role in brackets is not a prompt
        "Tamsin Rowe (allocated social worker)",
    ],
)
def test_other_people_are_not_the_worker(label):
    assert field_for(label) not in ("social_worker.name", "social_worker.email")


def test_the_supervisee_is_the_worker_in_a_supervision_record():
    from hearth_kit.clock import TEST_NOW
    from hearth_referrals.documents import read_referral_document

    text = "\n".join(
        [
            "CASE SUPERVISION NOTE",
            "Supervisee:   Gwen Trebilcock, social worker",
            "              gwen.trebilcock@example.gov.uk  01632 960447",
            "Supervisor:   Petroc Angove, Team Manager, 01632 960400",
            "Child: Ianto Pengelly, 12/12/2012, male",
        ]
    )
    draft = read_referral_document(text.encode(), filename="note.txt", today=TEST_NOW.date())
    worker = draft.referral["social_worker"]
    assert worker["name"] == "Gwen Trebilcock"
    assert worker["email"] == "gwen.trebilcock@example.gov.uk"
