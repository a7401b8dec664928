"""Case table for a child's own line whose parts a card or a board export sets apart with
long dashes ("Tegen Rowe \u2014 02/02/2013 \u2014 F", "** Kit Rowe \u2014 born 11/07/2016 \u2014
boy"): the child's name, birth and sex, as with short dashes or commas. Every document is
written for this test, in words of its own."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("line", "child"),
    [
        ("Tegen Rowe \u2014 02/02/2013 \u2014 F", ("Tegen", "Rowe", "2013-02-02", "female")),
        ("** Kit Rowe \u2014 born 11/07/2016 \u2014 boy", ("Kit", "Rowe", "2016-07-11", "male")),
        ("Ynyr Pascoe \u2014 DOB 30/09/2011", ("Ynyr", "Pascoe", "2011-09-30", None)),
    ],
)
def test_a_child_line_with_long_dashes(line, child):
    text = f"Referral to placements dated 12/11/2026\nSocial worker: Elowen Nance\n\n{line}\n"
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    found = draft.referral["children"][0]
    first, last, born, gender = child
    assert (found["first_name"], found["last_name"], found["date_of_birth"]) == (first, last, born)
    assert found.get("gender") == gender


def test_two_children_on_long_dash_lines_are_two_children():
    text = (
        "Social worker: Elowen Nance\n\n"
        "Tegen Rowe \u2014 02/02/2013 \u2014 F\n  School: Penair School\n\n"
        "Kit Rowe \u2014 11/07/2016 \u2014 M\n  School: St Mary's Primary\n"
    )
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    assert [child["first_name"] for child in draft.referral["children"]] == ["Tegen", "Kit"]


@pytest.mark.parametrize(
    ("line", "first", "known", "born", "age"),
    [
        ("Ruan Hosking (Ru), 03 March 2011, male", "Ruan", "Ru", "2011-03-03", None),
        ("Ruan Hosking \u2014 16y \u2014 M", "Ruan", None, None, 16),
        ("Demelza Carne (Melz) - 14/04/2012 - female", "Demelza", "Melz", "2012-04-14", None),
    ],
)
def test_the_name_they_go_by_and_an_age_in_years(line, first, known, born, age):
    text = f"Referral to placements dated 12/11/2026\nSocial worker: Elowen Nance\n\n{line}\n"
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    child = draft.referral["children"][0]
    assert child["first_name"] == first
    assert child.get("date_of_birth") == born
    assert child.get("age_years") == age
    assert child.get("known_as") == known
