"""A chat export's senders (issue 12, class 3): a phone's contact name of one word
("Femi") or with a role after it ("Kerry SW", "Jo Placements", "Lee (Placements)") still
starts a message; the worker's whole name is the one they write beside their own email
("Me: Kerry Rimmer, kerry.rimmer@..."), not the contact name; the export's placeholders
("<Media omitted>") are not text. Every chat here is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _chat(worker: str, officer: str, own_line: str) -> bytes:
    lines = [
        f"18/11/2026, 09:00 - {officer}: Hi, is this about Tam?",
        f"18/11/2026, 09:02 - {worker}: Yes, Tam needs a planned long-term foster home",
        f"18/11/2026, 09:03 - {worker}: Tam Rudd",
        "DOB 01/02/2013, M",
        "Legal: S20",
        f"18/11/2026, 09:04 - {worker}: <Media omitted>",
        f"18/11/2026, 09:05 - {worker}: {own_line}",
        f"18/11/2026, 09:06 - {officer}: Thanks, will send out today",
    ]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("worker", "officer", "own_line", "name"),
    [
        (
            "Kerry SW",
            "Jo Placements",
            "Me: Kerry Rimmer, kerry.rimmer@sthelens.example.gov.uk, 07700 900 418",
            "Kerry Rimmer",
        ),
        (
            "Femi",
            "Sam Placements",
            "femi.balogun@merton.example.gov.uk - Femi Balogun",
            "Femi Balogun",
        ),
        (
            "Paige CSC",
            "Lee (Placements)",
            "Paige Robson, paige.robson@darlington.example.gov.uk",
            "Paige Robson",
        ),
        ("Ola Reyes", "Jo Placements", "My email is ola.reyes@example.gov.uk", "Ola Reyes"),
    ],
)
def test_the_worker_is_named_by_their_own_line(worker, officer, own_line, name):
    draft = read_referral_document(_chat(worker, officer, own_line), today=TODAY)
    assert draft.social_worker.name.value == name
    assert draft.social_worker.email.value is not None
    assert [child.first_name.value for child in draft.children] == ["Tam"]
    assert str(draft.referral_date.value) == "2026-11-18"


def test_a_contact_name_with_its_role_is_not_a_whole_name():
    draft = read_referral_document(
        _chat("Kerry SW", "Jo Placements", "kerry.rimmer@sthelens.example.gov.uk"), today=TODAY
    )
    assert draft.social_worker.name.value == "Kerry"


def test_a_placeholder_is_not_an_answer():
    draft = read_referral_document(
        _chat("Ola Reyes", "Jo Placements", "ola.reyes@example.gov.uk"), today=TODAY
    )
    assert "Media omitted" not in draft.model_dump_json()
