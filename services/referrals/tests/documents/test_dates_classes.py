"""Start dates by class (issue 12, class 11: never invent a date). Each document is
written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _placement(data: bytes) -> dict:
    return read_referral_document(data, today=TEST_NOW.date()).referral.get("placement") or {}


@pytest.mark.parametrize("label", ["Proposed start", "Planned start", "Expected move"])
def test_a_proposed_start_label_gives_the_start_date(label):
    text = f"Referral date: 02/11/2026\nChild's name: Ava Moss\n{label}: 16/11/2026\n"
    assert _placement(text.encode()).get("start_date") == "2026-11-16"


def test_a_from_line_naming_a_sender_is_not_the_start_date():
    text = (
        "From: Northshire Placements Service\nDate of request: 02/11/2026\n"
        "Child's name: Ava Moss\nStart: 20/11/2026\n"
    )
    assert _placement(text.encode()).get("start_date") == "2026-11-20"


def test_a_placement_from_tomorrow_starts_the_day_after_the_message():
    body = "Please can you find a foster placement from tomorrow for Ava Moss (DOB 01/02/2013)."
    assert _placement(email(body)).get("start_date") == "2025-03-04"


def test_tomorrow_in_a_forwarded_message_is_not_read_as_a_date():
    body = (
        "Please see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Jo Bell <jo.bell@kent.gov.uk>\n"
        "Date: 27 February 2025 at 10:00\n"
        "Subject: Referral\n\n"
        "We need a foster placement from tomorrow for Ava Moss (DOB 01/02/2013).\n"
    )
    assert _placement(email(body)).get("start_date") is None
