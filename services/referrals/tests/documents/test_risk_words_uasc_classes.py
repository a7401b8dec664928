"""Risk words that referrals for older and unaccompanied young people use: suicidal talk
reported by staff ("said she wanted to die") is a self-harm concern, and leaving a hotel,
hostel or unit overnight or without telling anyone is going missing. Each sentence is
written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_words import risk_terms


def _keys(text: str) -> list[tuple[str, str]]:
    return [key for key, _match in risk_terms(text)]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("Hostel staff heard her say she wanted to die after the call", True),
        ("He has talked about dying since his brother was deported", True),
        ("Told the nurse he wishes he was dead", True),
        ("She says she wants to kill herself when she is refused", True),
        ("Wants to die her hair purple for the summer", False),
        ("Grandad died last year", False),
    ],
)
def test_suicidal_talk_is_a_self_harm_concern(said, found):
    assert (("to_child", "self_harm") in _keys(said)) is found


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("Left the hostel overnight on 02/10 and came back at noon", True),
        ("left the hotel without telling the night staff", True),
        ("Left the unit without permission twice", True),
        ("left the unit without his phone charger", False),
        ("Left the hotel for the dentist with a worker", False),
    ],
)
def test_leaving_where_a_young_person_stays_unannounced_is_going_missing(said, found):
    assert (("to_child", "missing") in _keys(said)) is found
