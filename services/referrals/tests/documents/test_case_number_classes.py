"""The LA's case number (issue 12, class 5) under the names case systems give it, in a
line whose label abbreviates ("Mosaic no. for the child"), and in a subject whose code
carries its own dash ("Placement request CAM-4410928"). Every text is written for this
test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()
CHILD = "Child: Ada Kemp, born 02/02/2014.\n"


def _reference(data: bytes) -> str | None:
    return read_referral_document(data, today=TODAY).referral.get("la_reference")


@pytest.mark.parametrize(
    "label",
    ["Client index no.", "Child's file number", "Person record ID", "Subject index no"],
)
def test_an_index_of_people_names_the_case_number(label):
    assert field_for(label) == "la_reference"
    assert _reference(f"{label}: NX-440291\n{CHILD}".encode()) == "NX-440291"


@pytest.mark.parametrize("label", ["NHS number", "Phone number", "Police ref"])
def test_someone_elses_number_is_not_the_case_number(label):
    assert field_for(label) != "la_reference"


@pytest.mark.parametrize(
    "line",
    [
        "Our Mosaic no. for the child: NX-440291",
        "LCS ref. for this child: NX-440291",
        "Case no. (Liquidlogic): NX-440291",
    ],
)
def test_a_label_with_an_abbreviations_full_stop_is_still_a_label(line):
    body = f"Dear Placements,\n\n{line}\n{CHILD}\nThanks, Sam"
    assert _reference(email(body)) == "NX-440291"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Placement request CAM-4410928", "CAM-4410928"),
        ("Referral - 55102387", "55102387"),
        ("Request for KCC 4402119 (urgent)", "KCC 4402119"),
    ],
)
def test_a_subjects_code_keeps_its_letters(subject, expected):
    body = f"Dear Placements,\n\n{CHILD}\nThanks, Sam"
    assert (_reference(email(body, subject=subject)) or "").upper() == expected
