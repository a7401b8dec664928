"""Case tables for a home's log that names the other children anonymously ("Resident 4",
"Young person B", "Child C"): what such a row says is that child's, not the referred
child's; "the child a risk" is no such name. Every
line is written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_words import THIRD_PARTY


@pytest.mark.parametrize(
    "text",
    [
        "03/11 | Resident 4 | Refused food all weekend",
        "Young person B ran from the home on Friday",
        "Child C was found with cannabis",
        "Peer 2 threatened staff",
    ],
)
def test_an_anonymised_other_child_is_someone_else(text):
    assert THIRD_PARTY.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is the child a risk to others?",
        "She is a young person at risk of exploitation",
        "Residential placement needed",
    ],
)
def test_plain_words_are_not(text):
    assert not THIRD_PARTY.search(text)
