"""The LA named as a council in running text (issue 12, class 4), when no field, heading or
mail domain names it: "Issued by London Borough of X", "X Metropolitan Borough Council /
police partnership", a trust in a signature. A place's name alone is no council. Every
text is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.authorities import council_named

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Form issued by London Borough of Croydon Children's Social Care.", "E09000008"),
        ("Wigan Metropolitan Borough Council and police joint profile", "E08000010"),
        ("Prepared for Kent County Council by its placements team", "E10000016"),
        ("Sent on behalf of Stockport MBC", "E08000007"),
        ("Leeds Children's Services - placement profile", "E08000035"),
        ("Anna Reed, Social Worker, Together for Children (Sunderland)", "E08000024"),
        ("Royal Borough of Greenwich duty team", "E09000011"),
    ],
)
def test_a_council_named_as_one_anywhere_is_found(text, code):
    assert council_named(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Kayden moved to Leeds last year.",
        "She was at school in Essex until 2024.",
        "Council tax arrears are a worry for mum.",
        "Her nan lives near Croydon.",
    ],
)
def test_a_place_alone_is_no_council(text):
    assert council_named(text).code is None


def test_the_council_in_a_long_opening_sentence_is_the_las():
    body = (
        "This record is issued by London Borough of Croydon Children's Social Care and goes to "
        "carers before a child arrives; complete every part for every child please.\n"
        "Child: Ada Kemp, born 02/02/2014.\nRecord date: 01/10/2026\n"
    )
    draft = read_referral_document(body.encode(), today=TODAY)
    assert draft.la_code.value == "E09000008"


def test_a_place_in_a_message_names_no_la():
    body = (
        "Hello,\nAda Kemp, born 02/02/2014, moved to Leeds last year with her aunt and now "
        "needs a home of her own near her school, which she loves and does well at.\n"
    )
    data = email(body).replace(b"@kent.gov.uk", b"@example.org")
    assert read_referral_document(data, today=TODAY).la_code.value is None
