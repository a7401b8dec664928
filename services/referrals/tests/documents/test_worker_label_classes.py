"""Who the child's social worker is (issue 12, classes 3 and 5), in the words LA forms and
case systems use: the case is "held by" or "allocated to" someone, the worker is named
by what they do, a numbered summary says it in a sentence. Another service's worker, or a
number in the next sentence, is not the worker's. Every document is written for this test.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()
CHILD = "Child's name: Rowan Tillett\nDate of birth: 14/02/2013\n"


def _worker(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral.get("social_worker") or {}


def _docx_paragraphs(lines: list[str]) -> bytes:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "label",
    [
        "Case held by",
        "Allocated to",
        "Case allocated to",
        "Child is held by",
        "Assigned to",
        "Assessing worker",
        "Children's Services worker",
        "Requesting worker",
        "Raised by",
        "Logged by",
    ],
)
def test_a_label_naming_whom_the_case_is_with_gives_the_worker(label):
    assert field_for(label) == "social_worker.name"
    text = f"Placement request\nRef: NT-402281\n{label}: Imogen Catterall\n{CHILD}"
    assert _worker(text.encode()).get("name") == "Imogen Catterall"


@pytest.mark.parametrize(
    "label",
    [
        "Family support worker",
        "Youth worker",
        "Residential key worker",
        "YOT worker",
        "Supervising social worker",
        "Housing support worker",
    ],
)
def test_another_services_worker_is_not_the_childs(label):
    assert field_for(label) is None


@pytest.mark.parametrize(
    "label", ["Worker contact", "Contact details", "Social worker contact details"]
)
def test_a_contact_label_under_the_worker_is_read_by_the_values_shape(label):
    text = (
        f"Placement request\nAllocated worker: Imogen Catterall\n{label}: "
        f"imogen.catterall@northshire.example.gov.uk\n{CHILD}"
    )
    assert _worker(text.encode()).get("email") == "imogen.catterall@northshire.example.gov.uk"


def test_a_name_and_contact_details_label_is_the_workers_name_with_its_details():
    assert field_for("Social worker name and contact details") == "social_worker.name"
    assert field_for("Emergency contact") is None


@pytest.mark.parametrize(
    "line",
    [
        "2. The allocated social worker is Imogen Catterall (01632 960 441).",
        "4. Her social worker is Imogen Catterall, on 01632 960 441.",
        "Allocated to Imogen Catterall (01632 960 441).",
        "The case is held by Imogen Catterall (01632 960 441) in the east team.",
    ],
)
def test_a_sentence_naming_the_worker_gives_the_name_and_number(line):
    data = _docx_paragraphs(
        [
            "Placement search summary",
            "1. This summary is dated 12 October 2026.",
            line,
            "3. Rowan Tillett, born 14/02/2013, needs a foster home.",
        ]
    )
    worker = _worker(data)
    assert worker.get("name") == "Imogen Catterall"
    assert (worker.get("phone") or "").replace(" ", "") == "01632960441"


def test_a_number_in_the_next_sentence_is_someone_elses():
    data = _docx_paragraphs(
        [
            "Placement search summary",
            "1. This summary is dated 12 October 2026.",
            "2. The allocated social worker is Imogen Catterall (imogen.c@northshire.example."
            "gov.uk). Court queries go to Dev Rana, Legal Services, on 01632 960 230.",
            "3. Rowan Tillett, born 14/02/2013, needs a foster home.",
        ]
    )
    worker = _worker(data)
    assert worker.get("name") == "Imogen Catterall"
    assert worker.get("phone") is None
