"""Three classes from the Word forms of training_i (issue 12, classes 5 and 9), in my own
words: a bilingual form's prompts ("Dyddiad / Date"), the words children use for their
family ("mam", "nana", "granny") and frequencies said loosely ("most days"), and a
known-as name that is used rather than labelled ("Tyler-James (TJ)", "Profile: Reu").
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.history import family_time
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY)


class TestBilingualPrompts:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Dyddiad / Date", "referral_date"),
            ("Ffôn / Phone", "social_worker.phone"),
            ("E-bost / Email", "social_worker.email"),
            ("Rhyw / Sex", "gender"),
            ("Dyddiad geni / Date of birth", "dob"),
        ],
    )
    def test_the_side_that_asks_is_the_prompt(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize("label", ["Mother / Father", "Yes / No", "Notes / Sylwadau"])
    def test_neither_side_asking_is_no_prompt(self, label):
        assert field_for(label) is None

    def test_a_bilingual_form_is_read(self):
        draft = _read(
            "Ffurflen Atgyfeirio / Referral Form\n"
            "Dyddiad / Date: 12-11-2026\n"
            "Enw'r plentyn / Child's name: Gethin Pryce\n"
            "Dyddiad geni / Date of birth: 04-04-2013\n"
            "Gweithiwr cymdeithasol / Social worker: Ffion Rees\n"
            "Ffôn / Phone: 01632 960555\n"
        )
        assert draft.referral_date.value.isoformat() == "2026-11-12"
        assert draft.referral["social_worker"]["phone"].replace(" ", "") == "01632960555"


class TestWhatChildrenCallTheirFamily:
    @pytest.mark.parametrize(
        ("text", "arrangements"),
        [
            ("Goes to her mam's every Saturday.", [("mam", "weekly")]),
            ("Rings his nana most days.", [("nana", "daily")]),
            ("Tea with granny most weekends", [("granny", "weekly")]),
            ("Video calls with his mom every evening", [("mom", "daily")]),
            ("Sees gran fortnightly; no contact with stepdad.", [("gran", "fortnightly")]),
        ],
    )
    def test_kin_and_loose_frequencies(self, text, arrangements):
        found = family_time(text) or []
        assert [(item["with_whom"], item["frequency"]) for item in found] == arrangements


class TestKnownAsUsedNotLabelled:
    HEAD = "Date of referral: 20/11/2026\nDate of birth: 02/03/2014\n"

    @pytest.mark.parametrize(
        ("text", "known_as"),
        [
            ("Name: Tyler-James Bell\nTyler-James (TJ) has lived with his aunt.\n", "TJ"),
            ("Name: Reuben Abara\nProfile: Reu\nReu loves football.\n", "Reu"),
            ("Name: Christopher Hall\nChris plays chess. Chris wants to stay local.\n", "Chris"),
            ("Prefers to be called: Kay\nName: Kayleigh Robson\n", "Kay"),
        ],
    )
    def test_known_as(self, text, known_as):
        assert _read(self.HEAD + text).children[0].known_as.value == known_as

    @pytest.mark.parametrize(
        "text",
        [
            # a month's short form, said once, is not a name
            "Name: Marcus Lee\nSeen on 3 Mar and Mar 12.\n",
            # the short form said only once is not enough
            "Name: Reuben Abara\nReu loves football.\n",
            # a bracket that is not a form of the name
            "Name: Tyler Bell\nTyler (male) has lived with his aunt.\n",
        ],
    )
    def test_not_known_as(self, text):
        assert _read(self.HEAD + text).children[0].known_as.value is None
