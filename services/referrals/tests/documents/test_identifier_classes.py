"""Child identifiers by class (issue 12): surnames as they are written, and a fuller
mention completing a first mention. Each document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _child(data: bytes) -> dict:
    return read_referral_document(data, today=TEST_NOW.date()).referral["children"][0]


@pytest.mark.parametrize("surname", ["Bexley-Shaw", "McGowan", "O'Neill", "MacLeod", "Hart"])
def test_a_surname_as_written_in_an_email_sentence(surname):
    body = (
        "Hello,\n\nWe need a foster placement for Nia.\n\n"
        f"Nia {surname} (DOB 12/03/2014) is an 11 year old girl on a care order.\n"
    )
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == ("Nia", surname)


def test_a_first_mention_without_a_surname_is_completed_by_a_fuller_one():
    body = (
        "Hi,\n\nWe are looking for a short term placement for Otis.\n\n"
        "Otis Penrose (DOB 02/02/2016) is a 9 year old boy.\n"
    )
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == ("Otis", "Penrose")


@pytest.mark.parametrize("label", ["Worker", "Case worker", "Allocated worker"])
def test_a_case_exports_bare_worker_label_names_the_social_worker(label):
    text = f"Child: Nia Hart\nDOB: 12/03/2014\n{label}:    Priya Shah\nWorker phone: 01632 960111\n"
    draft = read_referral_document(text.encode(), today=TEST_NOW.date())
    assert draft.referral["social_worker"]["name"] == "Priya Shah"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "We need a parent and child placement for Jade, aged 20, and her son Alfie Crane, "
            "born 02/11/2026.",
            ("Alfie", "Crane"),
        ),
        ("A mother and baby placement for Leah (19) and her baby daughter, Rose.", ("Rose", None)),
    ],
)
def test_the_child_of_a_parent_and_child_referral_is_not_the_parent(sentence, wanted):
    child = _child(email(f"Hello,\n\n{sentence}\n"))
    assert (child.get("first_name"), child.get("last_name")) == wanted


LETTERED = """Referral for two children

Children: Nell Ward (A), DOB 07/07/2013, girl, and Ezra Ward (B), DOB 09/09/2016, boy.

Schools: A - Hillside Academy, Year 8. B - Brook Lane Primary School.
"""


def test_children_introduced_with_letters_and_dates_after_the_bracket():
    draft = read_referral_document(LETTERED.encode(), today=TEST_NOW.date())
    children = draft.referral["children"]
    assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
        ("Nell", "2013-07-07"),
        ("Ezra", "2016-09-09"),
    ]
    assert [(c.get("school") or {}).get("name") for c in children] == [
        "Hillside Academy",
        "Brook Lane Primary School",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a request for a young person open to Mo Farah-Khan's colleague "
        "Tess Lyle (allocated SW, 01632 960123, tess.lyle@kent.gov.uk), who is on leave today.",
        "The case is now allocated to Tess Lyle in the Assessment Team "
        "(tess.lyle@kent.gov.uk, 01632 960123).",
    ],
)
def test_the_allocated_worker_named_in_a_duty_emails_body(sentence):
    body = f"Hello,\n\n{sentence}\n\nThanks\nDuty desk\n"
    worker = read_referral_document(email(body), today=TEST_NOW.date()).referral["social_worker"]
    assert (worker["name"], worker["email"]) == ("Tess Lyle", "tess.lyle@kent.gov.uk")


@pytest.mark.parametrize("label", ["Direct line / mobile", "Tel / mobile", "Phone or mobile"])
def test_a_combined_phone_label_on_the_form_is_the_referrers(label):
    text = f"Child's name: Nia Hart\nDOB: 12/03/2014\n\nSocial worker\nName: Priya Shah\n{label}: 01632 960111\n"
    draft = read_referral_document(text.encode(), today=TEST_NOW.date())
    assert draft.referral["social_worker"]["phone"] == "01632 960111"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Calderdale MBC", False),
        ("Kent CC", False),
        ("Sandwell Children's Trust", False),
        ("Priya Shah", True),
        ("Mary-Jane O'Neill", True),
        ("Ellie-Mae PARKIN", True),  # Mosaic prints the surname in capitals
        ("Reece ATKINS", True),
    ],
)
def test_an_organisation_signed_is_not_a_persons_name(text, wanted):
    from hearth_referrals.documents.rules.people import looks_like_name

    assert looks_like_name(text) is wanted
