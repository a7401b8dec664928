"""Case tables for the referral date said by the paper's sending, with what was asked for
or who sent it between the paper and the verb: a label "Request for a foster home sent to
the hub", "Referral from the worker dated", and a line "Referral to Commissioning
submitted 03/11/2026." or "Request from SW dated 4 Nov 2026." Every line is written for
this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    "label",
    [
        "Request for a foster home sent to the hub",
        "Request for accommodation passed to Commissioning",
        "Referral from the worker dated",
        "Request by SW submitted",
    ],
)
def test_a_label_saying_the_paper_went(label):
    assert field_for(label) == "referral_date"


@pytest.mark.parametrize("label", ["Request for respite", "Referral from school", "Dated by"])
def test_labels_that_say_no_sending(label):
    assert field_for(label) != "referral_date"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Postscript: referral to Commissioning submitted 03/11/2026.", "2026-11-03"),
        ("Request from SW dated 4 Nov 2026.", "2026-11-04"),
    ],
)
def test_a_line_saying_the_paper_went(line, day):
    text = "\n".join(
        [
            "Case note (reflective discussion)",
            "Discussion held: 29 October 2026",
            "Child: Tressa Hocking, 02/02/2012, female",
            "Social worker: Jenna Rowse",
            line,
        ]
    )
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    assert draft.referral["referral_date"] == day
