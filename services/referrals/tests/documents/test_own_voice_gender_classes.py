"""Case table for a health passport or profile written in the child's voice, whose row
"I am a" is answered "boy" or "girl": the label asks the child's gender. Every line is
written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.labels import field_for


@pytest.mark.parametrize(("label", "field"), [("I am a", "gender"), ("I'm a", "gender")])
def test_i_am_a_asks_the_gender(label, field):
    assert field_for(label) == field


@pytest.mark.parametrize("label", ["I am", "I am allergic to", "I like"])
def test_other_words_in_the_childs_voice_do_not(label):
    assert field_for(label) != "gender"
