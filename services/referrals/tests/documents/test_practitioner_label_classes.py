"""Case table for an online form's word for the child's worker: "Practitioner", "Lead
practitioner", "Allocated practitioner" ask for the social worker; other people's
practitioners do not. Every label is written for this test."""

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
    ],
)
def test_the_practitioner_is_the_childs_worker(label, field):
    assert field_for(label) == field


@pytest.mark.parametrize("label", ["Health visitor", "GP practice"])
def test_other_people_are_not_the_worker(label):
    assert field_for(label) not in ("social_worker.name", "social_worker.email")
