"""Case table for the communication aids a disabled child's passport names ("a
now-and-next strip", "a picture board", "eye pointing", "yes/no cards") and for "no
speech": an aid other than a named sign language is an "other" requirement, and no speech
is a communication disability. Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_contract.codes import Disability
from hearth_referrals.documents.rules.needs import communication, disabilities


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Makaton and a now-and-next strip at transitions", ["makaton", "other"]),
        ("Points to a picture board; no speech", ["other"]),
        ("Eye pointing and yes/no cards", ["other"]),
        ("Makaton signs only", ["makaton"]),
        ("Talks in full sentences", None),
    ],
)
def test_the_aids_a_passport_names(text, needs):
    found = communication(text)
    assert (None if found is None else [str(code) for code in found]) == needs


def test_no_speech_is_a_communication_disability():
    assert Disability.COMM in disabilities("Severe learning disability, no speech")
