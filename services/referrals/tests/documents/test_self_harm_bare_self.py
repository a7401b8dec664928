"""A grid row that names self-harm with the bare word "self" (issue 12, class 6): "Hurts
self", "Hurting self", "Harming self". "Self" on its own, or "risk to self and others",
names no one risk."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_words import RISK_TERMS

SELF_HARM = ("to_child", "self_harm")


def _named(text: str) -> set[tuple[str, str]]:
    return {key for key, pattern in RISK_TERMS.items() if pattern.search(text)}


@pytest.mark.parametrize(
    "row", ["Hurts self", "Hurting self", "Harming self", "Injures self", "harms self?"]
)
def test_a_row_naming_self_harm_with_the_bare_word(row):
    assert _named(row) == {SELF_HARM}


@pytest.mark.parametrize("text", ["Self", "Risks to self and others", "Self-care: good"])
def test_self_alone_names_no_risk(text):
    assert SELF_HARM not in _named(text)
