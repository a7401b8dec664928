"""Who the child's social worker is (issue 12, class 3): the worker named in a sentence
with where they work said before the name, and a service's key worker who is not the
worker the case is allocated to.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _worker(lines: str) -> dict:
    draft = read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)
    return draft.referral.get("social_worker") or {}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The allocated social worker at the home authority is Craig Fenton.", "Craig Fenton"),
        ("Her social worker in the leaving care team is Amy Lee.", "Amy Lee"),
        ("The social worker at Hull will be Tom Hart from Monday.", "Tom Hart"),
        ("His allocated worker with the disabled children's team is Ben Ross.", "Ben Ross"),
    ],
)
def test_where_the_worker_works_said_before_the_name(sentence, name):
    assert _worker(sentence).get("name") == name


def test_the_worker_sentence_gives_the_address_beside_the_name():
    worker = _worker(
        "The allocated social worker at the home authority is Liam Cooke "
        "(liam.cooke@hull.example.gov.uk), copied in."
    )
    assert worker == {"name": "Liam Cooke", "email": "liam.cooke@hull.example.gov.uk"}


def test_a_sentence_about_the_worker_that_names_no_one_gives_no_name():
    assert "name" not in _worker("The social worker at the meeting said Sam was settled.")


@pytest.mark.parametrize(
    "label", ["Key worker", "FDAC key worker", "Custody keyworker", "YOT key worker"]
)
def test_a_key_worker_is_not_the_childs_social_worker(label):
    assert field_for(label) is None


@pytest.mark.parametrize(
    "label", ["Allocated social worker", "Social worker", "Allocated worker", "Assessing worker"]
)
def test_the_allocated_worker_still_is(label):
    assert field_for(label) == "social_worker.name"


def test_the_allocated_worker_wins_over_the_key_worker_above():
    worker = _worker(
        "FDAC key worker: Leon Marsh (020 7946 0590)\n"
        "Allocated social worker: Ruth Ogunleye\n"
        "Phone: 020 7946 0517"
    )
    assert worker.get("name") == "Ruth Ogunleye"
    assert worker.get("phone") == "020 7946 0517"
