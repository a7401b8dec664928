"""Whose risk a pronoun's clause tells (issue 12, class 6): "Dad was arrested after
attacking mum; he uses cocaine" is the father's, the clause's "he" being the last
clause's subject ("Her stepfather is on bail; he drinks"); the child's own clause after
their own name stays the child's. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_states import statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(found.name, found.state.value) for found in statements(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dad was arrested on 20/11 after attacking mum with a bottle; he uses cocaine.",
        "Mum drinks heavily most days; she has been to rehab twice for alcohol.",
        "Her stepfather is on bail; he drinks until he passes out.",
        "The parents argue constantly; they both use amphetamines.",
    ],
)
def test_the_pronoun_after_another_persons_clause_is_theirs(text):
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Kai was arrested last week; he uses cannabis daily.", [("drug_alcohol", "present")]),
        ("Kai's school rang on Monday; he had cut his arms again.", [("self_harm", "present")]),
        # the pronoun does not agree with the other person: the child's
        ("Her stepdad has left; she has cut her arms twice since.", [("self_harm", "present")]),
        ("She uses cannabis at weekends.", [("drug_alcohol", "present")]),
    ],
)
def test_the_childs_own_clause_stays_theirs(text, said):
    assert _said(text) == said
