"""Two classes from forms that name things their own way (issue 12, classes 5 and 11):
a label asking for both names with the answer split the same way ("Forename(s) /
Surname: Sienna / Kaur-Wells"); and the day the paper was sent on, said in a sentence of its own anywhere in it ("Sent to
the Placements Team 11/11/2026 (draft)."), which beats a sentence saying when it was
written. Every document is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY)


class TestBothNamesInOneAnswer:
    @pytest.mark.parametrize(
        ("line", "first", "last"),
        [
            ("Forename(s) / Surname: Sienna / Kaur-Wells", "Sienna", "Kaur-Wells"),
            ("First name / Surname: Ada Grace / Penhaligon", "Ada Grace", "Penhaligon"),
            ("Surname / Forename(s): Penhaligon / Ada", "Ada", "Penhaligon"),
        ],
    )
    def test_the_names_follow_the_label_order(self, line, first, last):
        child = _read(f"Placement request\n{line}\nDOB: 01/12/2013\n").children[0]
        assert (child.first_name.value, child.last_name.value) == (first, last)


class TestSentOnInASentence:
    @pytest.mark.parametrize(
        ("closing", "day"),
        [
            ("Sent to the Placements Team 11/11/2026 (draft).", "2026-11-11"),
            ("Sent to Placements Commissioning on 18/11/2026 with the request form.", "2026-11-18"),
            ("This form was emailed to the brokerage hub on 16 November 2026.", "2026-11-16"),
        ],
    )
    def test_the_day_it_went_is_the_referral_date_wherever_it_stands(self, closing, day):
        body = "\n".join(f"Note {number}: nothing dated here." for number in range(30))
        draft = _read(f"Placement request\nName: Tam Rudd\n{body}\n{closing}\n")
        assert str(draft.referral_date.value) == day

    def test_sent_home_at_the_start_is_not_it(self):
        draft = _read("Sent home from school on 12 November 2026.\nName: Tam Rudd\n")
        assert draft.referral_date.value is None

    def test_sent_beats_written(self):
        draft = _read(
            "Written with Kace on 9 November 2026 at her carers' house.\nName: Kace Doyle\n"
            "Sent with the referral on 17 Nov 2026 by her social worker.\n"
        )
        assert str(draft.referral_date.value) == "2026-11-17"

    @pytest.mark.parametrize(
        "closing",
        [
            "Sent home from school on 12 November 2026 after a fight.",
            "Sent to the team on 2 January 2025, long before this request.",
            "The letter to mum was sent on 12 November 2026.",
        ],
    )
    def test_other_sendings_and_old_days_are_not_it(self, closing):
        body = "\n".join(f"Note {number}: nothing dated here." for number in range(30))
        draft = _read(f"Placement request\nName: Tam Rudd\n{body}\n{closing}\n")
        assert draft.referral_date.value is None
