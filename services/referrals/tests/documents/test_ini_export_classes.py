"""A case system's INI export (issue 12, classes 2 and 3): each "[section]" owns the keys
under it, so "[worker]" then "name = ..." is the worker's name, not a child's, and each
"[child.N]" is one child. Every export is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.exports import key_value_object

TODAY = TEST_NOW.date()

WORKER = "[worker]\nname = Priya Lomax\nemail = priya.lomax@northshire.example.gov.uk\n"
REQUEST = "[request]\nrequested_on = 2026-10-05\nplacement_type = Fostering\nurgency = planned\n"
CHILD_1 = "[child.1]\nforename = Tilly\nsurname = Garside\ndob = 2013-04-02\nsex = F\n"
CHILD_2 = "[child.2]\nforename = Reuben\nsurname = Garside\ndob = 2016-08-19\nsex = M\n"


@pytest.mark.parametrize(
    "order",
    [
        [REQUEST, WORKER, CHILD_1, CHILD_2],
        [WORKER, CHILD_1, CHILD_2, REQUEST],
        [CHILD_1, CHILD_2, REQUEST, WORKER],
    ],
)
def test_each_section_owns_its_keys_in_any_order(order):
    text = "; placement request export\n\n" + "\n".join(order)
    referral = read_referral_document(text.encode(), today=TODAY).referral
    assert [child.get("first_name") for child in referral.get("children", [])] == [
        "Tilly",
        "Reuben",
    ]
    assert referral.get("social_worker", {}).get("name") == "Priya Lomax"
    assert referral.get("referral_date") == "2026-10-05"


def test_a_numbered_sections_subsection_stays_with_its_child():
    lines = ["[child.2.risks]", "arson = NIL", "[child.2]", "forename = Reuben", "a = 1"]
    lines += ["[request]", "x = 1", "y = 2", "z = 3"]
    tree, _titles = key_value_object(lines)
    assert tree["child"][0]["forename"] == "Reuben"
    assert tree["child"][0]["risks"]["arson"] == "NIL"


def test_a_letter_with_a_bracketed_line_is_no_export():
    lines = ["[draft]", "Dear team, please find a home for Tilly.", "a = b", "Thanks"]
    assert key_value_object(lines) is None
