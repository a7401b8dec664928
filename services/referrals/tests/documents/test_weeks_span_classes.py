"""Case table for a short placement said by its span of weeks after the request's kind
("Parent and child placement (foster) - 8 weeks", "... - 12-week residential-style
assessment"): a placement of weeks is short term; a review every few weeks is not its
length. Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_contract.referrals import Duration
from hearth_referrals.documents.rules.values import read_choice


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Mother and baby foster placement \u2013 8 weeks", [Duration.SHORT_TERM]),
        ("Foster care, six weeks", [Duration.SHORT_TERM]),
        (
            "Parent and child placement - 12-week community-based assessment with carers",
            [Duration.SHORT_TERM],
        ),
        ("Long-term fostering, reviewed every 6 weeks", [Duration.LONG_TERM]),
        ("Foster care for a sibling group", []),
    ],
)
def test_a_span_of_weeks_after_the_request(text, duration):
    assert read_choice("duration", text) == duration
