"""Classes from the Word forms of training_i (issue 12, classes 5, 6 and 9), in my own
words: a legal status code written out, a form's question about a "concern" answered
"Yes", a section about a parent, the paper's own date, a month then its day, plain-words
headings for the request and the moves, a child living at home, and named conditions and
communication aids.
"""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.codes import LegalStatus
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.dates import find_start_dates
from hearth_referrals.documents.rules.history import family_time
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.needs import communication, disabilities

TODAY = TEST_NOW.date()
HEAD = "Date of referral: 20/11/2026\nName: Sam Tee\nDate of birth: 01/02/2014\n"


def _risks(text: str) -> dict:
    draft = read_referral_document((HEAD + text).encode(), today=TODAY)
    risks = draft.referral["children"][0].get("risks") or {}
    return {name: item["state"] for group in risks.values() for name, item in group.items()}


class TestLegalStatusCodeWrittenOut:
    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            ("Respite under s20, agreed series (V4)", [LegalStatus.V4]),
            ("Legal status: C2", [LegalStatus.C2]),
            ("V3", [LegalStatus.V3]),
            ("Interim care order", [LegalStatus.C1]),  # words alone still read
        ],
    )
    def test_code(self, text, codes):
        assert find_legal_statuses(text) == codes

    @pytest.mark.parametrize("text", ["Flat 2, L1 8JQ", "(c2)", "Route C1 bus"])
    def test_not_a_code(self, text):
        assert find_legal_statuses(text) == []


class TestConcernAsked:
    def test_yes_to_a_concern_question_is_present(self):
        states = _risks(
            "Is there any concern about fire-setting? Yes - set a bin alight in October.\n"
            "Are there any worries about going missing? Yes, stays out overnight.\n"
        )
        assert states == {"fire_setting": "present", "missing": "present"}

    def test_a_statement_of_concern_is_still_a_suspicion(self):
        assert _risks("Professionals suspect an eating disorder: skipping meals\n") == {
            "eating_disorder": "suspected"
        }


class TestParentsSection:
    def test_what_is_said_about_mum_is_not_the_babys(self):
        states = _risks(
            "\nAbout mum:\nShe used cannabis until 2025 and self-harmed in the past.\n"
            "\nAbout the baby:\nThere are no known risks for the baby.\n"
        )
        assert "drug_alcohol" not in states or states["drug_alcohol"] == "none_known"
        assert states.get("self_harm") in (None, "none_known")


class TestLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Profile date", "referral_date"),
            ("Date of summary", "referral_date"),
            ("What we are asking for", "setting"),
            ("What is needed", "setting"),
            ("Her moves so far", "history"),
            ("Family", "family_time"),
            ("Prefers to be called", "known_as"),
        ],
    )
    def test_field(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize("label", ["Family background", "What happened", "Family home"])
    def test_not_a_field(self, label):
        assert field_for(label) is None


class TestMonthThenDay:
    REFERENCE = date(2026, 11, 20)

    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            ("February 2027, from the 1st", date(2027, 2, 1)),
            ("December - on the 14th", date(2026, 12, 14)),
            ("January (Monday 4th)", date(2027, 1, 4)),
        ],
    )
    def test_start(self, text, wanted):
        assert [found.value for found in find_start_dates(text, self.REFERENCE)] == [wanted]

    def test_a_month_and_a_bare_number_is_not_a_day(self):
        assert find_start_dates("Panel in January, item 3", self.REFERENCE) == []


class TestLivingAtHome:
    @pytest.mark.parametrize(
        "text", ["Lives at home with his dad and stepmum.", "She lives at home with both parents"]
    )
    def test_no_family_time_to_arrange(self, text):
        assert family_time(text) == []

    def test_what_else_is_said_still_counts(self):
        found = family_time("Lives at home with mum; sees dad every Saturday.")
        assert [(item["with_whom"], item["frequency"]) for item in found] == [("dad", "weekly")]


class TestNeeds:
    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            ("Down syndrome; hearing aids", {"LD", "HEAR"}),
            ("Fragile X", {"LD"}),
            ("PMLD, uses a wheelchair", {"LD", "MOB"}),
        ],
    )
    def test_disabilities(self, text, codes):
        assert {code.value for code in disabilities(text)} == codes

    @pytest.mark.parametrize(
        "text", ["Eye gaze device", "Objects of reference", "Uses a communication book"]
    )
    def test_communication_aids_are_other(self, text):
        assert [item.value for item in communication(text)] == ["other"]


class TestIdentityGivenOtherwise:
    @pytest.mark.parametrize(
        ("dob", "age"),
        [
            ("Not known - approx. 16 years old", 16),
            ("Unknown (about 14)", 14),
            ("DOB unknown", None),
        ],
    )
    def test_an_age_in_place_of_the_date_of_birth(self, dob, age):
        text = f"Date of referral: 20/11/2026\nName: Sam Tee\nDOB: {dob}\n"
        child = read_referral_document(text.encode(), today=TODAY).children[0]
        assert child.age_years.value == age
        assert child.date_of_birth.value is None

    @pytest.mark.parametrize(
        ("value", "reference"),
        [("AfC 611290", "AfC 611290"), ("RBKC 44710", "RBKC 44710"), ("Mosaic 551203", "551203")],
    )
    def test_an_abbreviation_before_the_number_is_part_of_the_reference(self, value, reference):
        text = f"Date of referral: 20/11/2026\nCase number: {value}\nName: Sam Tee\n"
        draft = read_referral_document(text.encode(), today=TODAY)
        assert draft.referral["la_reference"] == reference
