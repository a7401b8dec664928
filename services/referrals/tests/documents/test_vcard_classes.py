"""A contact card sent with an email (issue 12, class 3: the worker named only in their
card): an email signed "Sam" whose vCard gives the full name, the role and the details;
the card of a placements officer or a manager names them, and their number is not the
worker's. Every card and message is written for this test."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.vcard import vcard_lines

TODAY = TEST_NOW.date()


def _card(name: str, title: str, email: str, phone: str) -> str:
    family, given = name.split()[1], name.split()[0]
    return "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{name}",
            f"TITLE:{title}",
            f"EMAIL;TYPE=WORK:{email}",
            f"TEL;TYPE=WORK:{phone}",
            "END:VCARD",
            "",
        ]
    )


def _message(card: str, sign_off: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam <s.tolley@example.gov.uk>"
    message["To"] = "placements@example.org.uk"
    message["Subject"] = "Referral - Ada K"
    message["Date"] = "Thu, 19 Nov 2026 08:51:00 +0000"
    message.set_content(
        "Hi,\n\nAda Kemp, 02/02/2014, female. Legal: ICO.\n"
        f"She needs a planned foster home from 1 December 2026.\n\nThanks\n{sign_off}\n"
    )
    message.add_attachment(card.encode(), maintype="text", subtype="vcard", disposition="inline")
    return message.as_bytes()


def test_the_workers_card_gives_their_whole_name_and_details():
    card = _card(
        "Sam Tolley", "Social Worker, Children in Care", "s.tolley@example.gov.uk", "01632 960355"
    )
    referral = read_referral_document(_message(card, "Sam"), today=TODAY).referral
    assert referral["social_worker"]["name"] == "Sam Tolley"
    assert referral["social_worker"]["phone"].replace(" ", "") == "01632960355"


@pytest.mark.parametrize("title", ["Placements Officer", "Team Manager"])
def test_someone_elses_card_is_not_the_workers(title):
    lines = vcard_lines(_card("Nicky Sharp", title, "n.sharp@example.gov.uk", "01632 960399"))
    assert lines == [f"Nicky Sharp ({title}, n.sharp@example.gov.uk, 01632 960399)"]


def test_a_folded_line_and_escapes_are_read_whole():
    card = "BEGIN:VCARD\r\nFN:Jo\r\n  Bell\r\nTITLE:Social Worker\\, CLA\r\nEND:VCARD\r\n"
    assert vcard_lines(card) == ["Social worker: Jo Bell"]


def test_text_without_a_card_is_not_a_card():
    assert vcard_lines("FN: this is not a card\nTITLE: nor this") is None
