"""Notes typed up from a duty desk or a phone call (issue 12, classes 2, 5 and 9): a child's
line typed in columns with the name the child goes by ("Tia Brook (known as "Ti")
02.03.15  girl"), shorthand labels ("prev:", "wants:") and values ("emerg FC"), two parents
joined by "+" with one frequency said of each, and an answer that points at a sibling's
("FT: same as Tia") taking that sibling's answer. Every note is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _note(*lines: str) -> dict:
    text = "\n".join(["Typed up from the duty phone", *lines]) + "\n"
    return read_referral_document(text.encode(), today=TODAY).referral


@pytest.mark.parametrize(
    ("line", "known_as", "born", "gender"),
    [
        ('Tia Brook (known as "Ti")  02.03.15  girl', "Ti", "2015-03-02", "female"),
        ("Tia Brook  02/03/2015  F", None, "2015-03-02", "female"),
        ("Tia Brook (aka Bee) - 02.03.15 - girl", "Bee", "2015-03-02", "female"),
    ],
)
def test_a_childs_line_typed_in_columns(line, known_as, born, gender):
    child = _note(line, "school: Moss Lane Primary")["children"][0]
    assert (child["first_name"], child["last_name"]) == ("Tia", "Brook")
    assert (child.get("known_as"), child["date_of_birth"], child["gender"]) == (
        known_as,
        born,
        gender,
    )


def test_shorthand_labels_and_values():
    referral = _note(
        "Tia Brook  02.03.15  girl",
        "prev: 2 (kinship 2024, current FC)",
        "wants: emerg FC, short term",
    )
    assert referral["placement"]["urgency"] == "emergency"
    assert referral["placement"]["setting"] == "fostering"
    assert referral["placement"]["duration"] == "short_term"
    assert referral["children"][0]["previous_placements_count"] == 2


@pytest.mark.parametrize(
    "answer", ["mum + dad weekly, separately", "mum & dad, each weekly", "mum and dad both weekly"]
)
def test_two_parents_with_one_frequency_each(answer):
    child = _note("Tia Brook  02.03.15  girl", f"FT: {answer}")["children"][0]
    assert sorted(item["with_whom"] for item in child["family_time"]) == ["dad", "mum"]
    assert {item["frequency"] for item in child["family_time"]} == {"weekly"}


@pytest.mark.parametrize("pointer", ["same as Tia", "Same as T", "as for Tia"])
def test_an_answer_pointing_at_a_sibling_takes_the_siblings(pointer):
    referral = _note(
        "Tia Brook  02.03.15  girl",
        "FT: gran fortnightly",
        "school: Moss Lane Primary",
        "Remy Brook  09.09.17  boy",
        f"FT: {pointer}",
        "school: Moss Lane Primary",
    )
    remy = referral["children"][1]
    assert remy["first_name"] == "Remy"
    assert [(item["with_whom"], item["frequency"]) for item in remy["family_time"]] == [
        ("gran", "fortnightly")
    ]


def test_a_name_that_is_no_sibling_is_not_followed():
    referral = _note(
        "Tia Brook  02.03.15  girl",
        "FT: gran fortnightly",
        "Remy Brook  09.09.17  boy",
        "FT: as Dad agreed, weekly with dad",
    )
    remy = referral["children"][1]
    assert [item["with_whom"] for item in remy["family_time"]] == ["dad"]


@pytest.mark.parametrize(
    ("lines", "age"),
    [
        # a bare number where the birth was asked: the age
        (("Child: Jay Fox", "Date of birth: 15 (DOB not held)"), 15),
        (("Child: Jay Fox", "DOB: 4"), 4),
        (("Jay Fox  12yo  boy",), 12),
        (("Jay Fox (aged 13, male)",), 13),
        (("Jay Fox (9 yrs / M)",), 9),
    ],
)
def test_an_age_given_where_the_birth_was_asked(lines, age):
    child = _note(*lines, "school: Moss Lane Primary")["children"][0]
    assert child["first_name"] == "Jay"
    assert child.get("age_years") == age
    assert child.get("date_of_birth") is None


@pytest.mark.parametrize("value", ["02/02/2014", "2 Feb 2014", "25 (mum's age)"])
def test_a_birth_or_an_adults_number_is_not_read_as_a_childs_age(value):
    child = _note("Child: Jay Fox", f"DOB: {value}")["children"][0]
    assert child.get("age_years") is None
