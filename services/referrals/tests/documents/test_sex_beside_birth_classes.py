"""The sex said in the same answer as the birth (issue 12, classes 5 and 8): "DOB:
30.08.12 - girl", "Date of birth: 4 May 2015 (M)", "DOB: aged 13 - boy". The date or the
age is read as before and the word after it is the child's sex; words that only follow a
date (a place, a remark) say nothing of it. Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _child(line: str):
    text = f"Placement request\nName: Rowan Adebayo\n{line}\nLegal status: Section 20\n"
    return read_referral_document(text.encode(), today=TODAY).children[0]


class TestSexAfterTheBirth:
    @pytest.mark.parametrize(
        ("line", "sex", "born", "age"),
        [
            ("DOB: 30.08.12 \u2013 girl", "female", "2012-08-30", None),
            ("DOB: 04/05/2015 - boy", "male", "2015-05-04", None),
            ("Date of birth: 4 May 2015 (M)", "male", "2015-05-04", None),
            ("D.O.B.: 19/01/2011, female", "female", "2011-01-19", None),
            ("DOB: aged 13 \u2013 boy", "male", None, 13),
            ("DOB: not known, approx 15 (girl)", "female", None, 15),
        ],
    )
    def test_the_word_after_the_birth_is_the_sex(self, line, sex, born, age):
        child = _child(line)
        assert child.gender.value == sex
        assert (str(child.date_of_birth.value) if born else child.date_of_birth.value) == born
        assert child.age_years.value == age

    @pytest.mark.parametrize(
        "line",
        [
            "DOB: 04/05/2015 - born in Leeds",
            "DOB: 04/05/2015 (estimated by the Home Office)",
            "DOB: 04/05/2015 - mother's son from her first marriage",
            "DOB: 04/05/2015",
        ],
    )
    def test_other_words_after_the_birth_say_nothing_of_the_sex(self, line):
        child = _child(line)
        assert str(child.date_of_birth.value) == "2015-05-04"
        assert child.gender.value is None
