"""Family time under a prompt the vocabulary does not know (issue 12, class 9): the answer
is family time by its own words, a relative first and then how often. Each writer names
the prompt their own way ("Sees", "Who I see", a column "FT", "Time with relatives"), and
a form lays the answer beside its prompt, under it, or on the lines after the first.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.family_time import (
    family_time_by_its_words,
    is_an_arrangement,
)
from hearth_referrals.documents.rules.history import family_time

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _arrangements(lines: str) -> list[tuple[str, str]]:
    draft = read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)
    child = draft.referral["children"][0]
    return [(item["with_whom"], item["frequency"]) for item in child.get("family_time") or []]


class TestThePrompt:
    @pytest.mark.parametrize(
        ("prompt", "answer"),
        [
            ("Sees", "mum weekly at the contact centre"),
            ("Who I see", "Dad every other Sunday"),
            ("FT", "nan weekly; mum monthly"),
            ("Time with relatives", "grandad twice a month"),
            ("Keeping in touch", "supervised with mum once a week"),
            ("Phone calls", "older sister every Sunday evening"),
        ],
    )
    def test_an_unknown_prompt_over_an_arrangement_is_family_time(self, prompt, answer):
        assert family_time_by_its_words(prompt, answer)

    @pytest.mark.parametrize(
        ("prompt", "answer"),
        [
            ("Who I don't see", "Dad every other Sunday"),  # whom the child must not see
            ("Must not see", "mum weekly"),
            ("No contact", "stepdad weekly"),
            ("Risks", "mum weekly"),  # another field's prompt
            ("Self harm", "mum weekly"),  # a risk's row
            ("Lives with", "mum"),  # no frequency: not an arrangement
            ("Emergency contact", "dad 07700 900461"),
            ("Notes", "The review is weekly with mum's solicitor present"),  # no relative first
            ("Placement history", "nan weekly respite"),
            ("Concerns about", "uncle weekly"),
        ],
    )
    def test_other_prompts_and_answers_are_left_alone(self, prompt, answer):
        assert not family_time_by_its_words(prompt, answer)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("brother weekly", True),
            ("Supervised with dad once a fortnight", True),
            ("Maternal grandmother every other weekend", True),
            ("Weekly review with mum", False),  # how often first: not an arrangement line
            ("Mum", False),
            ("mum's partner has a history of violence", False),
        ],
    )
    def test_an_arrangement_line(self, text, expected):
        assert is_an_arrangement(text) is expected


class TestInADocument:
    def test_beside_its_prompt(self):
        assert _arrangements("Sees: mum weekly in Taunton") == [("mum", "weekly")]

    def test_under_its_prompt(self):
        assert _arrangements("Who I see\nDad every other Sunday\nSchool: Hill Primary") == [
            ("dad", "fortnightly")
        ]

    def test_several_in_one_cell(self):
        assert _arrangements("FT: nan weekly; mum monthly") == [
            ("nan", "weekly"),
            ("mum", "monthly"),
        ]

    @pytest.mark.parametrize(
        "lines",
        [
            "Family time: mum monthly\nbrother weekly",  # the next line goes on
            "Family time: mum monthly\n\nbrother weekly\n\nSchool: Hill Primary",
            "Family time: mum monthly | brother weekly",  # an export's cell separator
            "Family time: mum monthly brother weekly",  # run together, no stop
        ],
    )
    def test_the_next_arrangement_goes_on(self, lines):
        assert _arrangements(lines) == [("mum", "monthly"), ("brother", "weekly")]

    def test_whom_not_to_see_is_not_family_time(self):
        assert _arrangements("Who I don't see\nDad every other Sunday") == []

    def test_a_line_after_another_field_is_not_family_time(self):
        assert _arrangements("School: Hill Primary\nbrother weekly") == []


class TestAPersonByTitle:
    """A connected person or family friend named by title and surname, opening the
    arrangement, is whom the time is with; named later, they are someone else (a
    supervisor, a reviewer)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Mrs Hocking every other Sunday", [("mrs hocking", "fortnightly")]),
            ("- Ms Reid fortnightly at the library", [("ms reid", "fortnightly")]),
            (
                "Supervised with mum once a week; Mr Daly monthly",
                [("mum", "weekly"), ("mr daly", "monthly")],
            ),
            ("weekly, supervised by Mrs Jones", []),
            ("Mrs Hocking is assessed as not suitable", []),
        ],
    )
    def test_opening_the_arrangement(self, text, expected):
        found = family_time(text) or []
        assert [(item["with_whom"], item["frequency"]) for item in found] == expected
