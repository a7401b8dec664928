"""The name a child goes by written in brackets after the whole name (issue 12: "the name
the child likes to be known by"): initials ("Jake Ellery (JJ)"), a name of the same first
letter ("Mehmet Yilmaz (Memo)"), or another name the document goes on to use ("Matilda
Roscoe (Tilly) ... Tilly likes ..."). A bracket holding anything else is no name."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _known_as(text: str):
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    return draft.model_dump(mode="json")["children"][0]["known_as"]["value"]


@pytest.mark.parametrize(
    ("line", "rest", "known_as"),
    [
        ("Request for Kieran Lott (KJ)", "", "KJ"),
        ("Request for Oluwaseun Adebayo (Seun)", "", "Seun"),
        ("Request for Margaret Doyle (Peggy)", "Peggy loves drawing.", "Peggy"),
        # another name used nowhere else may be anyone's
        ("Request for Margaret Doyle (Peggy)", "", None),
        # not names at all
        ("Request for Kieran Lott (DOB)", "", None),
        ("Request for Kieran Lott (Eldest)", "", None),
        ("Request for Kieran Lott (he/him)", "", None),
    ],
)
def test_a_name_in_brackets_after_the_whole_name(line, rest, known_as):
    text = f"{line}\nDate of birth: 04/05/2013\nSex: Male\n{rest}\nSocial worker: Ann Bly\n"
    assert _known_as(text) == known_as
