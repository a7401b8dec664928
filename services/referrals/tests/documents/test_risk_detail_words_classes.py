"""A risk's detail quotes the document's own words, also where the reader rewrote the
answer before reading it (a layout's own state word or a code written out as the verdict it
stands for). Case tables in new words, written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.own_words import in_own_words

TODAY = TEST_NOW.date()


class TestInOwnWords:
    @pytest.mark.parametrize(
        ("detail", "quote", "wanted"),
        [
            # held by the quote: as it is
            ("cut her arm in May", "Self-harm: yes - cut her arm in May", "cut her arm in May"),
            # the opening rewritten: given back as written, up to the label's dash
            (
                "suspected, hides food in her room",
                "Risks: SH - nk. food - maybe, hides food in her room. fire - nk.",
                "maybe, hides food in her room.",
            ),
            (
                "historic: ran off twice in 2023",
                "Missing | LAPSED: ran off twice in 2023",
                "LAPSED: ran off twice in 2023",
            ),
            # too little in common to tell: left alone
            ("set a fire at school", "Fire setting: X", "set a fire at school"),
            ("", "Self-harm: none", ""),
        ],
    )
    def test_detail_as_the_document_words_it(self, detail, quote, wanted) -> None:
        assert in_own_words(detail, quote) == wanted


def test_a_learned_state_words_detail_is_in_the_document() -> None:
    body = (
        "Name: Corey Whitlam\nDate of birth: 21/01/2012\nGender: Male\n"
        "Risks: SH - nah. CSE - nah. eating - poss, eats only at night. fire - nah. "
        "animals - nah.\n"
    )
    child = read_referral_document(email(body), filename="own.eml", today=TODAY).referral[
        "children"
    ][0]
    details = [
        risk["detail"]
        for group in child["risks"].values()
        for risk in group.values()
        if risk.get("detail")
    ]
    assert details
    assert all(detail in body for detail in details)
