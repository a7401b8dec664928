"""Urgency from the dates when the document does not say (issue 12): a start within a day
of the referral is an emergency, more than a week on was planned; between the two, and
without the referral's own date, the draft does not say. Each document is written for
this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _placement(text: str) -> dict:
    data = text.encode()
    return read_referral_document(data, today=TEST_NOW.date()).referral.get("placement") or {}


def _form(referral_date: str | None, start: str, extra: str = "") -> str:
    dated = f"Referral date: {referral_date}\n" if referral_date else ""
    return f"{dated}Child's name: Ava Moss\nDate of birth: 01/02/2013\n{extra}Start: {start}\n"


@pytest.mark.parametrize(
    ("referral_date", "start", "urgency"),
    [
        ("02/11/2026", "02/11/2026", "emergency"),  # the same day
        ("02/11/2026", "03/11/2026", "emergency"),  # the next day
        ("02/11/2026", "05/11/2026", None),  # three days: the dates do not say
        ("02/11/2026", "09/11/2026", None),  # a week: still not said
        ("02/11/2026", "10/11/2026", "planned"),  # more than a week on
        ("02/11/2026", "04/01/2027", "planned"),
    ],
)
def test_the_gap_between_referral_and_start_gives_the_urgency(referral_date, start, urgency):
    assert _placement(_form(referral_date, start)).get("urgency") == urgency


def test_an_undated_document_says_nothing_of_urgency():
    # Measured from the upload day the gap would be invented.
    assert _placement(_form(None, "04/01/2027")).get("urgency") is None


@pytest.mark.parametrize(
    ("stated", "start", "urgency"),
    [
        ("Emergency placement required", "04/01/2027", "emergency"),
        ("Type of placement: planned", "02/11/2026", "planned"),
    ],
)
def test_what_the_document_says_wins_over_the_dates(stated, start, urgency):
    assert _placement(_form("02/11/2026", start, f"{stated}\n")).get("urgency") == urgency
