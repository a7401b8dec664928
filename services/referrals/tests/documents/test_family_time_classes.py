"""Family time as forms lay it out (issue 12, class 9): a section heading with one line
per person or a sub-prompt under it, frequencies in the words LAs use, and no contact
(a court order or bail, the child's own choice, whereabouts unknown) as the draft's flag.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.family_time import family_time_heading
from hearth_referrals.documents.rules.history import family_time, no_contact

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _child(lines: str) -> dict:
    draft = read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)
    return draft.referral["children"][0]


def _arrangements(child: dict) -> list[tuple[str, str]]:
    return [(item["with_whom"], item["frequency"]) for item in child.get("family_time") or []]


class TestFrequencyWords:
    @pytest.mark.parametrize(
        ("text", "frequency"),
        [
            ("Mother: first Saturday of the month, supervised", "monthly"),
            ("Dad on the last Sunday of each month", "monthly"),
            ("Birth mother, three times a year, supervised.", "less_often"),
            ("Letterbox with dad once a year", "less_often"),
            ("Sees dad at weekends, arranges it himself", "weekly"),
            ("Nan every other weekend", "fortnightly"),
            ("Mum 3x per week after school", "several_times_a_week"),
            ("Brother - every two months", "less_often"),
            ("Letterbox contact with birth parents twice a year", "less_often"),
        ],
    )
    def test_frequency(self, text, frequency):
        assert [item["frequency"] for item in family_time(text) or []] == [frequency]

    def test_birth_parents_are_one_arrangement(self):
        text = "Letterbox contact with birth parents twice a year"
        assert [item["with_whom"] for item in family_time(text)] == ["birth parents"]


class TestNoFamilyTimeNeeded:
    """An answer saying there is no family time to arrange is an answer: none."""

    @pytest.mark.parametrize(
        "text",
        [
            "Lives at home with both parents, so no separate family time arrangements are needed.",
            "Lives at home with mum and dad - no separate family time needed.",
            "No family in the UK.",
            "No known relatives in this country; tracing in progress.",
        ],
    )
    def test_none(self, text):
        assert family_time(text) == []

    def test_an_arrangement_beside_it_is_read(self):
        text = "No family in the UK apart from an uncle: uncle monthly by video call."
        assert [item["with_whom"] for item in family_time(text)] == ["uncle"]


class TestOneFrequencyForTwo:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Dad and his sister Ruby, monthly", [("dad", "monthly"), ("sister ruby", "monthly")]),
            ("Gran and her brother, weekly", [("gran", "weekly"), ("brother", "weekly")]),
            # two statements: the first person's time is not said
            ("Dad; his sister weekly", [("sister", "weekly")]),
        ],
    )
    def test_a_frequency_said_once_after_two_people(self, text, people):
        found = [(item["with_whom"], item["frequency"].value) for item in family_time(text)]
        assert found == people


class TestNoContact:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Bail conditions stop contact with her stepfather.", ["stepfather"]),
            ("Brandon has chosen not to see his mum at present.", ["mum"]),
            ("She does not want to see her father.", ["father"]),
            ("No contact with mum's partner; he must not know the address.", ["mum's partner"]),
            ("Bail conditions: no contact with co-accused Tyler Kemp.", ["co-accused tyler kemp"]),
            ("No family in the UK. Family whereabouts unknown.", ["family"]),
            (
                "Partner (father of the child) has a violence history; no contact permitted.",
                ["father"],
            ),
            ("Mum - weekly, supervised.", []),
            # the relative's own name said beside them is kept with them
            ("No contact with his uncle, Rory Vance.", ["uncle rory vance"]),
            ("Stepdad (Ivan Cole) - no contact, a court condition.", ["stepdad ivan cole"]),
            ("No contact with dad, Ivan Cole (bail).", ["dad ivan cole"]),
        ],
    )
    def test_people(self, text, people):
        assert no_contact(text) == people


class TestUnderAFamilyTimeHeading:
    """Lines under a heading naming family time answer it, person by person."""

    @pytest.mark.parametrize(
        "heading",
        [
            "Family time",
            "Section 7: Family time",
            "4. Contact arrangements",
            "Family and friends time",
        ],
    )
    def test_headings(self, heading):
        assert family_time_heading(heading)

    @pytest.mark.parametrize("heading", ["Placement history", "Contacts", "Section 6: Health"])
    def test_not_headings(self, heading):
        assert not family_time_heading(heading)

    def test_a_line_per_person(self):
        child = _child(
            "Family time\nMother: monthly, supervised at the family centre.\n"
            "Maternal grandmother: every other Sunday, unsupervised.\n"
        )
        assert _arrangements(child) == [
            ("mother", "monthly"),
            ("maternal grandmother", "fortnightly"),
        ]

    def test_a_sub_prompt(self):
        child = _child(
            "Family time\nWho, how often, supervised?: Mother: monthly, unsupervised. "
            "Maternal grandmother: every Saturday, unsupervised.\n"
        )
        assert _arrangements(child) == [("mother", "monthly"), ("maternal grandmother", "weekly")]

    def test_who_does_the_child_see(self):
        child = _child("Who does the child see and how often?: Mother twice a week, supervised")
        assert _arrangements(child) == [("mother", "several_times_a_week")]

    def test_no_contact_beside_family_time(self):
        child = _child(
            "Contact arrangements: Mum weekly at the family centre (supervised)\n"
            "Mum's partner (Shane) is violent; no contact with mum's partner and he must not "
            "know the placement address.\n"
        )
        assert _arrangements(child) == [("mum", "weekly")]
        assert child["no_contact_with"] == ["mum's partner"]

    def test_another_field_under_the_heading_is_left_alone(self):
        child = _child("Family time\nMother: weekly.\nLegal status: Section 20\n")
        assert _arrangements(child) == [("mother", "weekly")]
        assert child["legal_status"] == "V2"

    def test_a_person_outside_the_section_is_not_family_time(self):
        child = _child("Health\nMother: reports asthma since 2020.\n")
        assert "family_time" not in child
