"""Referrals in emails, by class: risk prompts typed in lower case, one a line, each
answered after a dash (the first with a long answer that does not end in a full stop);
a police notification's risk list given per child under each child's first name after
all the children's details; and a risk list's short prompts ("Subs", "Viol"). Each
document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _referral(body: str) -> dict:
    return read_referral_document(email(body), today=TEST_NOW.date()).referral


def _state(child: dict, key: str) -> str | None:
    side, name = key.split("/")
    return (child.get("risks", {}).get(side, {}).get(name) or {}).get("state")


# -- lower-case risk rows, one a line ------------------------------------------------------

_CHILD = (
    "Hi all,\n\nWorker: Priya Okafor, priya.okafor@wirral.example.gov.uk, 0151 496 0733\n"
    "Child: Rowan Bellamy\nDOB: 14/02/2012\nPlacement: fostering\n"
)

LOWER_CASE_ROWS = [
    (
        "going missing – Y – ran from the respite home twice last month and was found in town",
        ["fire setting – N", "hurting animals – N", "getting others into crime – N"],
        "to_child/missing",
        "present",
    ),
    (
        "drugs and alcohol – Query – foil and lighters found in his room after weekends away",
        ["self harm – N", "sexual exploitation – No", "violence – N"],
        "to_child/drug_alcohol",
        "suspected",
    ),
    (
        "violence – Y (past) – pushed a teaching assistant over at his last school in 2023",
        ["eating disorder – N", "harmful sexual behaviour – N", "criminal exploitation – N"],
        "to_others/physical_harm",
        "historical",
    ),
]


@pytest.mark.parametrize(("first", "others", "key", "state"), LOWER_CASE_ROWS)
def test_each_lower_case_risk_row_answers_its_own_risk(first, others, key, state):
    body = _CHILD + "\n" + first + "\n" + "\n".join(others) + "\n\nThanks, Priya\n"
    child = _referral(body)["children"][0]
    assert _state(child, key) == state
    for row in others:
        from hearth_referrals.documents.rules.risk_words import risk_terms

        (side, name), _match = risk_terms(row.split(" – ")[0])[0]
        assert _state(child, f"{side}/{name}") == "none_known", row


def test_an_export_wrapped_mid_label_still_joins_its_next_line():
    from hearth_referrals.documents.readers.text import unwrap

    lines = [
        "Concerns: there are worries about possible criminal exploitation (CCE) /",
        "county lines: none known at present.",
    ]
    assert len(unwrap(lines)) == 1
