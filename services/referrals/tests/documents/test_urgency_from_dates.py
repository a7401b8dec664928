"""Urgency is what the document says, never worked out from its dates (issue 12).

A start the same day as the referral is not called an emergency unless the LA calls it
one; a start weeks away is not called planned unless the LA says so. The independent
sets' writers (training_i, j, k, the handwritten set) hold urgency empty when only the
start is given, and each would be asked nothing more: the start answers how soon. An
"urgent" that hurries the reply to a request for a start weeks away is not the
placement's urgency. Each document is written for this test.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _draft(text: str):
    return read_referral_document(text.encode(), today=TEST_NOW.date())


def _placement(text: str) -> dict:
    return _draft(text).referral.get("placement") or {}


def _form(referral_date: str | None, start: str, extra: str = "") -> str:
    dated = f"Referral date: {referral_date}\n" if referral_date else ""
    return f"{dated}Child's name: Ava Moss\nDate of birth: 01/02/2013\n{extra}Start: {start}\n"


@pytest.mark.parametrize(
    ("referral_date", "start"),
    [
        ("02/11/2026", "02/11/2026"),  # the same day
        ("02/11/2026", "03/11/2026"),  # the next day
        ("02/11/2026", "05/11/2026"),
        ("02/11/2026", "10/11/2026"),
        ("02/11/2026", "04/01/2027"),
        (None, "04/01/2027"),
    ],
)
def test_the_dates_alone_give_no_urgency(referral_date, start):
    draft = _draft(_form(referral_date, start))
    assert (draft.referral.get("placement") or {}).get("urgency") is None
    # The start answers how soon: the LA is not asked how urgent it is.
    assert "/placement/urgency" not in {item.pointer for item in draft.missing}


@pytest.mark.parametrize(
    ("stated", "start", "urgency"),
    [
        ("Emergency placement required", "04/01/2027", "emergency"),
        ("Type of placement: planned", "02/11/2026", "planned"),
        ("Needed tonight - same day placement", "02/11/2026", "emergency"),
        ("Planned move, no rush", "10/11/2026", "planned"),
    ],
)
def test_what_the_document_says_is_the_urgency(stated, start, urgency):
    assert _placement(_form("02/11/2026", start, f"{stated}\n")).get("urgency") == urgency


def test_an_urgent_reply_is_not_an_urgent_placement():
    text = "Subject: Urgent referral - Ava M\n" + _form("02/11/2026", "04/01/2027")
    assert _placement(text).get("urgency") is None
