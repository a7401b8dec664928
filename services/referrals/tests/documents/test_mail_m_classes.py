"""Referrals in emails, by class: risk prompts typed in lower case, one a line, each
answered after a dash (the first with a long answer that does not end in a full stop);
a police notification's risk list given per child under each child's first name after
all the children's details; and a risk list's short prompts ("Subs", "Viol"). Each
document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _referral(body: str) -> dict:
    return read_referral_document(email(body), today=TEST_NOW.date()).referral


def _state(child: dict, key: str) -> str | None:
    side, name = key.split("/")
    return (child.get("risks", {}).get(side, {}).get(name) or {}).get("state")


# -- lower-case risk rows, one a line ------------------------------------------------------

_CHILD = (
    "Hi all,\n\nWorker: Priya Okafor, priya.okafor@wirral.example.gov.uk, 0151 496 0733\n"
    "Child: Rowan Bellamy\nDOB: 14/02/2012\nPlacement: fostering\n"
)

LOWER_CASE_ROWS = [
    (
        "going missing \u2013 Y \u2013 ran from the respite home twice last month and was found in town",
        ["fire setting \u2013 N", "hurting animals \u2013 N", "getting others into crime \u2013 N"],
        "to_child/missing",
        "present",
    ),
    (
        "drugs and alcohol \u2013 Query \u2013 foil and lighters found in his room after weekends away",
        ["self harm \u2013 N", "sexual exploitation \u2013 No", "violence \u2013 N"],
        "to_child/drug_alcohol",
        "suspected",
    ),
    (
        "violence \u2013 Y (past) \u2013 pushed a teaching assistant over at his last school in 2023",
        [
            "eating disorder \u2013 N",
            "harmful sexual behaviour \u2013 N",
            "criminal exploitation \u2013 N",
        ],
        "to_others/physical_harm",
        "historical",
    ),
]


@pytest.mark.parametrize(("first", "others", "key", "state"), LOWER_CASE_ROWS)
def test_each_lower_case_risk_row_answers_its_own_risk(first, others, key, state):
    body = _CHILD + "\n" + first + "\n" + "\n".join(others) + "\n\nThanks, Priya\n"
    child = _referral(body)["children"][0]
    assert _state(child, key) == state
    for row in others:
        from hearth_referrals.documents.rules.risk_words import risk_terms

        (side, name), _match = risk_terms(row.split(" \u2013 ")[0])[0]
        assert _state(child, f"{side}/{name}") == "none_known", row


def test_risk_rows_below_a_long_answer_of_another_prompt_are_rows():
    body = (
        _CHILD
        + "Previous placements: unclear at this stage, possibly looked after in Sefton as a baby\n"
        + "self harm \u2013 N\nfire setting \u2013 Query\ngoing missing \u2013 \nhurting animals \u2013 N\n"
        + "\nThanks, Priya\n"
    )
    child = _referral(body)["children"][0]
    assert _state(child, "to_child/self_harm") == "none_known"
    assert _state(child, "to_others/fire_setting") == "suspected"
    assert _state(child, "to_child/missing") in (None, "not_stated")
    assert _state(child, "to_others/harm_to_animals") == "none_known"


def test_an_export_wrapped_mid_label_still_joins_its_next_line():
    from hearth_referrals.documents.readers.text import unwrap

    lines = [
        "Concerns: there are worries about possible criminal exploitation (CCE) /",
        "county lines: none known at present.",
    ]
    assert len(unwrap(lines)) == 1


# -- a risk list per child, under each child's first name, after every child's details ----

_NOTICE = (
    "Duty - please see below, two children taken into police protection tonight.\n\n"
    "Daytime worker: Imogen Tate, imogen.tate@hartlepool.example.gov.uk, 01632 960 417\n"
    "Placement: emergency foster carer for both\n\n"
    "CHILD 1\n  Child's name: Marley Quayle\n  Date of birth: 04/06/2015\n  Gender: Male\n"
    "  School: Rift House Primary\n\n"
    "CHILD 2\n  Child's name: Opal Quayle\n  Date of birth: 21/08/2018\n  Gender: Female\n"
    "  School: Rift House Primary\n\n"
    "RISKS AS KNOWN TONIGHT\n"
)

PER_CHILD_LISTS = [
    # (the name line over each list, the elder's rows, the younger's rows, expected)
    (
        ("Marley:", "Opal:"),
        ("DSH: Y - scratched his arms at the station", "Fire: N"),
        ("DSH: N", "Fire: N"),
        {0: "present", 1: "none_known"},
    ),
    (
        ("Opal", "Marley"),
        ("DSH: N", "Fire: N"),
        ("DSH: Y - scratched his arms at the station", "Fire: N"),
        {0: "present", 1: "none_known"},
    ),
    (
        ("Marley Quayle", "Opal Quayle"),
        ("DSH: N", "Fire: N"),
        ("DSH: N", "Fire: N"),
        {0: "none_known", 1: "none_known"},
    ),
]


@pytest.mark.parametrize(("names", "first_rows", "second_rows", "self_harm"), PER_CHILD_LISTS)
def test_rows_under_a_childs_name_are_that_childs(names, first_rows, second_rows, self_harm):
    lists = [
        f"  {name}\n" + "".join(f"    {row}\n" for row in rows)
        for name, rows in zip(names, (first_rows, second_rows), strict=True)
    ]
    children = _referral(_NOTICE + "".join(lists))["children"]
    assert [child["first_name"] for child in children] == ["Marley", "Opal"]
    for index, state in self_harm.items():
        assert _state(children[index], "to_child/self_harm") == state, index
        assert _state(children[index], "to_others/fire_setting") == "none_known", index


# -- a grid's clipped risk prompts ---------------------------------------------------------

CLIPPED_PROMPTS = [
    ("Subs", "to_child/drug_alcohol"),
    ("ED", "to_child/eating_disorder"),
    ("Viol", "to_others/physical_harm"),
    ("Recruiting", "to_others/criminal_exploitation"),
]


@pytest.mark.parametrize(("prompt", "key"), CLIPPED_PROMPTS)
@pytest.mark.parametrize(
    ("answer", "state"), [("N", "none_known"), ("Y - most weekends", "present")]
)
def test_a_clipped_prompt_in_a_risk_list_asks_its_risk(prompt, key, answer, state):
    body = (
        _CHILD + f"\nRisks known to police:\n  DSH: N\n  MFH: N\n  {prompt}: {answer}\n  HSB: N\n"
    )
    assert _state(_referral(body)["children"][0], key) == state


def test_a_clipped_prompt_outside_a_risk_list_is_no_risk():
    body = (
        _CHILD + "\nHealth: seen in ED last week after a fall, no injury.\nSchool: Hoylake High\n"
    )
    risks = _referral(body)["children"][0].get("risks", {})
    assert (risks.get("to_child", {}).get("eating_disorder") or {}).get("state") in (
        None,
        "not_stated",
    )


# -- a parent named in the passage: a sentence that opens on the parent's name is theirs ---

NAMED_PARENTS = [
    (
        "A parent and child placement is needed for Kerry-Ann (mum, 20) and baby Jayce. "
        "Kerry-Ann misused cocaine and alcohol until last year and is now in recovery.",
        "Jayce",
        "to_child/drug_alcohol",
    ),
    (
        "Baby Jayce will be placed with his mother, Shanice. Shanice has self-harmed since "
        "her teens and is seen by the perinatal team.",
        "Jayce",
        "to_child/self_harm",
    ),
    (
        "Dad Callum will care for baby Jayce in the placement. Callum went missing from his "
        "own foster homes as a teenager.",
        "Jayce",
        "to_child/missing",
    ),
]


def _baby(first: str) -> str:
    return (
        "Hello,\n\nWorker: Priya Okafor, priya.okafor@wirral.example.gov.uk, 0151 496 0733\n"
        f"Baby: {first} Moore\nDOB: 01/10/2026\nPlacement: parent and child foster placement\n"
    )


@pytest.mark.parametrize(("passage", "first", "key"), NAMED_PARENTS)
def test_a_named_parents_own_history_is_not_the_childs_risk(passage, first, key):
    child = _referral(_baby(first) + "\n" + passage + "\n")["children"][0]
    assert _state(child, key) != "present"


def test_a_sentence_opening_on_the_childs_own_name_stays_the_childs():
    body = (
        _CHILD + "\nRowan lives with mum, Dana. Rowan has been cutting his arms since the "
        "summer. Dana is not coping.\n"
    )
    assert _state(_referral(body)["children"][0], "to_child/self_harm") == "present"


# -- no record of care: an empty history, not a gap ----------------------------------------

NO_RECORD_OF_CARE = [
    ("Not known to be looked after before.", 0),
    ("not known to have been in care previously", 0),
    ("Not known to have been looked after before, but may have been in Leeds as a baby", None),
]


@pytest.mark.parametrize(("answer", "count"), NO_RECORD_OF_CARE)
def test_no_record_of_care_is_an_empty_history(answer, count):
    child = _referral(_CHILD + f"Placement history: {answer}\n")["children"][0]
    history = child.get("placement_history")
    assert (None if history is None else len(history)) == count


# -- a value corrected in line in a reply ("<<") ---------------------------------------------

IN_LINE = [
    (
        "Date of birth: 7 November 2013",
        "  << day and month swapped \u2013 it is 11 July 2013",
        "date_of_birth",
        "2013-07-11",
    ),
    (
        "Legal status: Section 20",
        "  << no \u2013 interim care order granted yesterday",
        "legal_status",
        "C1",
    ),
    ("Date of birth: 02/03/2012", " << should be 02/03/2011", "date_of_birth", "2011-03-02"),
]


def _thread(line: str) -> str:
    return (
        "Corrected below, sorry.\n\nPriya Okafor\nSocial Worker\n\n"
        "On Mon, 2 Mar 2025 at 10:15, Priya Okafor <priya.okafor@wirral.example.gov.uk> wrote:\n"
        "> Hello,\n>\n> Child: Rowan Bellamy\n"
        f"> {line}\n"
        "> Gender: Male\n> Placement: fostering, planned\n"
    )


@pytest.mark.parametrize(("line", "note", "field", "value"), IN_LINE)
def test_a_value_corrected_in_line_wins(line, note, field, value):
    child = _referral(_thread(line + note))["children"][0]
    assert child.get(field) == value


def test_a_note_after_the_corrected_value_is_not_read_as_urgency():
    note = "  << no \u2013 04/03/2025, the emergency carers can keep him until then"
    referral = _referral(_thread("Start: 03/03/2025" + note))
    assert referral["placement"].get("start_date") == "2025-03-04"
    assert referral["placement"].get("urgency") == "planned"


# -- a "No contact" prompt answered with the people themselves ----------------------------

NO_CONTACT_ANSWERS = [
    ("dad's girlfriend", ["dad's girlfriend"]),
    ("stepfather, stepfather's brother", ["stepfather", "stepfather's brother"]),
    ("the older boys from the park", ["the older boys from the park"]),
    ("None", []),
    ("N/A", []),
]


@pytest.mark.parametrize(("answer", "people"), NO_CONTACT_ANSWERS)
def test_a_no_contact_answer_lists_the_people(answer, people):
    child = _referral(_CHILD + f"No contact: {answer}\n")["children"][0]
    assert child.get("no_contact_with", []) == people


def test_a_blank_risk_row_above_the_signature_stays_blank():
    body = (
        _CHILD + "self harm \u2013 N\nfire setting \u2013 N\ngetting others into crime \u2013 \n"
        "\nWirral duty desk\n0151 496 0000\n"
    )
    document = read_referral_document(email(body), today=TEST_NOW.date())
    child = document.referral["children"][0]
    assert _state(child, "to_others/criminal_exploitation") in (None, "not_stated")
    assert "/children/0/risks/to_others/criminal_exploitation" in {
        gap.pointer for gap in document.missing
    }
    assert _state(child, "to_others/fire_setting") == "none_known"
