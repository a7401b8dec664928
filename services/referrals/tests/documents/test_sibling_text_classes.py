"""Plain-text sibling referrals and call notes (training_l's text files, their classes), in
my own words: a children's table typed with pipes over a rule of dashes, a Markdown heading
of each child's name, "- Name: answer" lines under a section heading, risk answers led by
one child's name, "no other risks for either child", a sentence whose subject is one child
in a passage that goes child by child, a caller who "didn't know", a start "straight away",
a bare "Type:" line and a "(not completed)" box.
"""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _draft(text: str):
    return read_referral_document(text.encode(), filename="note.txt", today=TODAY)


def _risk(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.referral["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("state", "not_stated")


def _missing(draft) -> set[str]:
    return {item.pointer for item in draft.missing}


def _names(draft) -> list[tuple[str, str]]:
    return [
        (child.get("first_name"), child.get("last_name")) for child in draft.referral["children"]
    ]


CALL = """Harbour Lane Fostering - night duty log
Call received: Fri 20/11/2026 23:05
Caller: EDT Northshire
CHILD
  Tobias Wrenfield
  DOB 04/07/2012, Male
QUESTIONS ASKED
  Q. Any self harm?  A. {answer}
  Q. Lights fires?  A. no
"""


@pytest.mark.parametrize(
    "answer",
    [
        "didn't know",
        "did not know",
        "caller didn't know",
        "EDT did not know tonight",
        "not sure",
        "caller not sure",
        "no idea",
        "the duty worker could not say",
    ],
)
def test_a_caller_who_could_not_say_leaves_the_risk_open(answer: str) -> None:
    draft = _draft(CALL.format(answer=answer))
    assert _risk(draft, "to_child", "self_harm") == "not_stated"
    assert "/children/0/risks/to_child/self_harm" in _missing(draft)
    assert _risk(draft, "to_others", "fire_setting") == "none_known"


@pytest.mark.parametrize(
    "answer", ["cut his arm last night", "not sure why but he scratches his arms till they bleed"]
)
def test_a_callers_real_answer_is_still_read(answer: str) -> None:
    draft = _draft(CALL.format(answer=answer))
    assert _risk(draft, "to_child", "self_harm") == "present"


@pytest.mark.parametrize(
    "line", ["FROM: straight away", "Start date: immediately", "Needed: right away"]
)
def test_a_start_straight_away_is_the_referral_day(line: str) -> None:
    draft = _draft(
        "Placement request\nDate: 19/11/2026\nUrgency: Emergency\n"
        f"Child: Nell Ashdown\nDOB: 02/03/2011\n{line}\n"
    )
    assert draft.referral["placement"]["start_date"] == "2026-11-19"
    assert draft.referral["placement"]["needed_by"] == "today"


SIBLINGS_TABLE = """Northshire Council - sibling placement request
Date: 12/11/2026
Allocated SW: Dana Whitlow (dana.whitlow@northshire.example.gov.uk)

THE CHILDREN
Name                 | DOB         | Gender | Legal status   | School
----------------------------------------------------------------------
Marnie Colebrook     | 14/02/2012  | Female | Care order     | Fenwick High
Otis Colebrook       | 30/09/2016  | Male   | Care order     |

HEALTH
- Marnie: Eczema, cream twice a day.
- Otis: Well.

FAMILY TIME
- Marnie: Grandad weekly
- Otis: Grandad weekly

RISKS
Going missing: Marnie - stays out past midnight at weekends.
Fire setting: Marnie - no; Otis - no.
"""


class TestSiblingsInATypedTable:
    def test_each_row_is_a_child(self) -> None:
        draft = _draft(SIBLINGS_TABLE)
        assert _names(draft) == [("Marnie", "Colebrook"), ("Otis", "Colebrook")]
        first, second = draft.referral["children"]
        assert (first["date_of_birth"], first["gender"]) == ("2012-02-14", "female")
        assert (second["date_of_birth"], second["gender"]) == ("2016-09-30", "male")
        assert first["school"]["name"] == "Fenwick High"

    def test_the_row_with_its_last_cell_empty_leaves_that_question(self) -> None:
        draft = _draft(SIBLINGS_TABLE)
        assert "/children/1/school" in _missing(draft)
        assert "/children/0/school" not in _missing(draft)

    def test_lines_under_a_heading_are_each_childs_answer(self) -> None:
        draft = _draft(SIBLINGS_TABLE)
        first, second = draft.referral["children"]
        assert first["health_needs"].startswith("Eczema")
        assert second["health_needs"] == "Well."
        assert [entry["with_whom"] for entry in second["family_time"]] == ["grandad"]

    def test_a_risk_answer_led_by_one_name_is_that_childs_alone(self) -> None:
        draft = _draft(SIBLINGS_TABLE)
        assert _risk(draft, "to_child", "missing", child=0) == "present"
        assert _risk(draft, "to_child", "missing", child=1) == "not_stated"
        assert _risk(draft, "to_others", "fire_setting", child=1) == "none_known"


@pytest.mark.parametrize(
    "header",
    ["Name | DOB | Relationship | Lives with", "Name | DOB | Gender | Placed with"],
)
def test_a_table_of_relatives_is_not_the_children(header: str) -> None:
    draft = _draft(
        "Referral for Ada Pilling\nChild: Ada Pilling\nDOB: 01/01/2013\n\nFAMILY\n"
        f"{header}\n"
        "---------------------------------------------------------\n"
        "Carl Pilling | 03/03/1985 | Father | Alone\n"
        "Rosa Pilling | 05/05/2009 | Sister | Mother\n"
    )
    first_names = [first for first, _last in _names(draft)]
    assert first_names[0] == "Ada"
    assert "Carl" not in first_names and "Rosa" not in first_names


MARKDOWN = """# Request - Ivy and Reuben

*Westmere Council - copied from my notes*

## Referral

- **Ref:** WMC 552190
- **Type:** Foster care, brother and sister together
- **When:** 07 Dec 2026

## Ivy Stanmore

- DOB: 03 Mar 2013
- Gender: Female
- Health: Well.

## Family Time

- Weekly with their aunt.

## Reuben Stanmore

- DOB: 21 Jun 2017
- Gender: Male
- Health: (not completed)
"""


class TestMarkdownNameHeadings:
    def test_each_name_heading_starts_a_child(self) -> None:
        draft = _draft(MARKDOWN)
        assert _names(draft) == [("Ivy", "Stanmore"), ("Reuben", "Stanmore")]
        assert draft.referral["children"][1]["date_of_birth"] == "2017-06-21"

    def test_a_heading_not_over_a_childs_details_is_no_child(self) -> None:
        draft = _draft(MARKDOWN)
        assert len(draft.referral["children"]) == 2

    def test_a_bare_type_line_gives_the_setting(self) -> None:
        assert _draft(MARKDOWN).referral["placement"]["setting"] == "fostering"

    def test_a_box_not_completed_is_still_a_question(self) -> None:
        draft = _draft(MARKDOWN)
        assert "/children/1/health_needs" in _missing(draft)
        assert "/children/0/health_needs" not in _missing(draft)


BLANKET = """Kinship carer giving notice - request for foster care
Date: 17/11/2026
CHILD: Petra Loxley
DOB: 08/08/2011
CHILD: Sami Loxley
DOB: 09/09/2015

RISKS:
Petra has been punching walls and threw a chair at her aunt last week. Sami: no risks. {blanket}
"""


@pytest.mark.parametrize(
    "blanket",
    [
        "No other risks known for either child.",
        "No other risks for both children.",
        "There are no other risks known for any of the children.",
    ],
)
def test_no_other_risks_reaches_every_child(blanket: str) -> None:
    draft = _draft(BLANKET.format(blanket=blanket))
    for child in (0, 1):
        assert _risk(draft, "to_child", "self_harm", child) == "none_known"
        assert _risk(draft, "to_others", "fire_setting", child) == "none_known"
    assert _risk(draft, "to_others", "physical_harm", 0) == "present"


def test_a_sentence_about_one_child_in_a_passage_that_goes_child_by_child() -> None:
    draft = _draft(BLANKET.format(blanket="No other risks known for either child."))
    assert _risk(draft, "to_others", "physical_harm", 1) == "none_known"


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Jonah threw a plate at his uncle on Sunday.", "present"),
        ("Jonah has been kicking his nana when told no.", "present"),
        ("Jonah punched a relative at the christening.", "present"),
        ("His aunt hit him, which is why he was moved.", "not_stated"),
    ],
)
def test_harm_to_a_relative_in_a_kinship_home(sentence: str, state: str) -> None:
    draft = _draft(f"Child: Jonah Pell\nDOB: 05/05/2012\nWhat has happened: {sentence}\n")
    assert _risk(draft, "to_others", "physical_harm") == state


KINSHIP = """WESTMERE COUNCIL
FAMILY AND FRIENDS CARE ENDING - REQUEST FOR FOSTER CARE
Date: 16/11/2026
SW: Corinne Haldane  tel 01632 960411  email corinne.haldane@westmere.example.gov.uk
CHILD: Bryn Tolley
DOB: 11.04.2014
CONTACT WITH FAMILY: {family_time}
WHERE THEY HAVE LIVED: Uncle (connected carer) since 2023 - ending; Foster carers, Ashby, 2022
CHILD: Elsie Tolley
DOB: 23.01.2017
CONTACT WITH FAMILY: {family_time}
WHERE THEY HAVE LIVED: Uncle (connected carer) since 2023 - ending; Foster carers, Ashby, 2022
ALLERGIES: None known for either child.
"""


class TestKinshipBreakdownNotes:
    def test_the_worker_on_a_line_of_typed_columns(self) -> None:
        draft = _draft(KINSHIP.format(family_time="Dad fortnightly"))
        assert draft.referral["social_worker"]["name"] == "Corinne Haldane"
        assert draft.referral["social_worker"]["phone"] == "01632 960411"

    def test_where_they_have_lived_is_the_history(self) -> None:
        draft = _draft(KINSHIP.format(family_time="Dad fortnightly"))
        for child in draft.referral["children"]:
            assert len(child["placement_history"]) == 2

    def test_an_answer_for_either_child_is_each_childs(self) -> None:
        draft = _draft(KINSHIP.format(family_time="Dad fortnightly"))
        assert [child["allergies"] for child in draft.referral["children"]] == [
            "none known",
            "none known",
        ]

    @pytest.mark.parametrize("family_time", ["don't know yet", "caller did not know", "not sure"])
    def test_family_time_nobody_could_say_is_asked(self, family_time: str) -> None:
        draft = _draft(KINSHIP.format(family_time=family_time))
        assert "/children/0/family_time" in _missing(draft)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Placements before: none, born on Tuesday", 0),
        ("Homes before: Foster carers, Ryde, 2024 - 2025", 1),
    ],
)
def test_placements_before_is_the_history(line: str, count: int) -> None:
    draft = _draft(f"Child: Wren Castell\nDOB: 01/02/2015\n{line}\n")
    assert len(draft.referral["children"][0]["placement_history"]) == count
    assert "/children/0/placement_history" not in _missing(draft)


@pytest.mark.parametrize(
    ("name", "known_as"),
    [
        ("Theodore Vale (Teddy)", "Teddy"),
        ("Rosalind Ames (Roz)", "Roz"),
        ("Freya Holt (Female)", None),
        ("Ben Carter (Dad)", None),
        ("Mila Stone (Anya)", None),
    ],
)
def test_a_short_name_in_brackets_after_the_whole_name(name: str, known_as: str | None) -> None:
    draft = _draft(f"Referral\nDate: 18/11/2026\nName: {name}\nDOB: 02/02/2016\n")
    assert draft.referral["children"][0].get("known_as") == known_as
