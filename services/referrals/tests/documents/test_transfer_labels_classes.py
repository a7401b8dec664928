"""A child transferring between authorities (the National Transfer Scheme for
unaccompanied children, a case moving area): the authority the child leaves is not the
referring one, "Placements in <that authority>" is the placement history, the transfer
date is when the home is needed; and harm to a worker named by where they work ("a
nursery worker", "school staff") is harm to others. Each document is written for this
test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.risk_words import risk_terms


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Transferring authority", None),
        ("Previous local authority", None),
        ("Sending council", None),
        ("Host authority", None),
        ("Receiving authority", "la"),
        ("Local authority", "la"),
        ("Placements in Portsmouth City Council", "history"),
        ("Placements with Hampshire", "history"),
        ("Transfer date", "start_date"),
        ("Planned transfer date", "start_date"),
        ("Date of transfer", "start_date"),
    ],
)
def test_a_transfers_labels_ask_for_the_right_field(label, field):
    assert field_for(label) == field


def _nts_email(from_authority: str, to_authority: str) -> bytes:
    body = (
        "Good afternoon,\n\nA young person is coming to us through the NTS.\n\n"
        f"Transferring authority: {from_authority}\n"
        f"Receiving authority: {to_authority}\n"
        "Our reference: RX-7731\n"
        "Transfer date: Wednesday 3rd December\n\n"
        "Name: Hamid Noori\nDOB: 02 Mar 2010\nGender: Male\nLegal status: S20\n"
        f"Placements in {from_authority}: Supported lodgings, Gosport, since 10/2026\n"
    )
    return email(body)


def test_the_receiving_authority_refers_and_the_transfer_is_the_start():
    draft = read_referral_document(
        _nts_email("Portsmouth City Council", "Derby City Council"), today=TEST_NOW.date()
    )
    referral = draft.referral
    assert draft.la_code.value == "E06000015"  # Derby
    assert referral["placement"]["start_date"] == "2025-12-03"
    assert len(referral["children"][0]["placement_history"]) == 1


@pytest.mark.parametrize(
    ("said", "harm"),
    [
        ("Bit a nursery worker last year", True),
        ("Kicked school staff during a restraint", True),
        ("Punched a residential worker in 2024", True),
        ("Went to a youth club on Fridays", False),
        ("Was a bit upset at the care review", False),
    ],
)
def test_harm_to_a_worker_named_by_their_workplace_is_harm_to_others(said, harm):
    found = [key for key, _match in risk_terms(said)]
    assert (("to_others", "physical_harm") in found) is harm
