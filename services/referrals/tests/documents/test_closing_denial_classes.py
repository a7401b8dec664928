"""Risk answers that end on a short closing denial ("Nothing else.", "..., nil else"), a
denial that says who found no risks ("No risks identified by the placing team or by her
carers: no ..."), and a form's ticked risks written out by their short names ("Risks - tick
all that apply: Fire, Missing"). Each document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.risk_closings import (
    closing_denial,
    one_risks_answer,
    ticked_names,
)

_CHILD = "Name: Orla Fenwick\nDOB: 14/02/2013\nGender: Female\nPlacement: foster care\n\n"


def _risks(body: str) -> dict:
    referral = read_referral_document(email(body), today=TEST_NOW.date()).referral
    return referral["children"][0]["risks"]


def _state(risks: dict, group: str, name: str) -> str | None:
    return (risks.get(group, {}).get(name) or {}).get("state")


@pytest.mark.parametrize(
    ("sentences", "about_risks", "said"),
    [
        (["Pushed a teacher in 2022.", "Nothing else."], True, "Nothing else"),
        (["Smokes cannabis, no fire, nil else."], True, "nil else"),
        (["Ran off twice last spring.", "None further known."], True, "None further known"),
        (["Otherwise nothing more to report."], True, "Otherwise nothing more to report"),
        # a health answer's "Nothing else" says nothing of risk
        (["Eczema, uses a cream.", "Nothing else."], False, None),
        (
            ["No risks identified by the placing team or by her carers."],
            False,
            "No risks identified by the placing team or by her carers.",
        ),
        (
            ["No concerns noted by school or police: no missing, no drugs and no fires."],
            False,
            "No concerns noted by school or police: no missing, no drugs and no fires.",
        ),
        # the words after the colon are not all denials: not a blanket
        (["No risks identified by the hostel: goes missing at night."], False, None),
        (["No risks known by anyone except his cousin."], False, None),
        (["Something else may come up."], True, None),
    ],
)
def test_a_closing_denial_is_found_only_where_it_denies_the_rest(sentences, about_risks, said):
    assert closing_denial(sentences, about_risks) == said


@pytest.mark.parametrize(
    ("label", "value", "keys"),
    [
        (
            "Risks - tick all that apply",
            "Fire, Missing",
            [("to_others", "fire_setting"), ("to_child", "missing")],
        ),
        ("Concerns (select any that apply)", "Eating", [("to_child", "eating_disorder")]),
        ("Risks - tick all that apply", "None", []),
        ("Risks - tick all that apply", "Fire, plays football", []),
        ("Hobbies (tick all that apply)", "Football, Swimming", []),
        ("Risks", "Fire, Missing", []),
    ],
)
def test_ticked_risk_names_are_read_only_from_a_tick_list(label, value, keys):
    assert ticked_names(label, value) == keys


def test_nothing_else_after_a_risk_denies_every_other_risk():
    body = (
        f"Hello,\n\n{_CHILD}Risk information:\n"
        "Threw a chair at a carer in 2023; not repeated. Nothing else.\n"
    )
    risks = _risks(body)
    assert _state(risks, "to_child", "sexual_exploitation") == "none_known"
    assert _state(risks, "to_others", "fire_setting") == "none_known"
    assert _state(risks, "to_others", "physical_harm") != "none_known"


def test_a_health_answer_ending_nothing_else_denies_no_risk():
    body = f"Hello,\n\n{_CHILD}Health: Eczema, uses a cream. Nothing else.\n"
    risks = _risks(body)
    assert _state(risks, "to_child", "self_harm") in (None, "not_stated")


def test_no_risks_found_by_named_people_is_a_blanket_denial():
    body = (
        f"Hello,\n\n{_CHILD}Risks\n"
        "No risks identified by Derby or by her previous carers: no self-harm, no missing.\n"
    )
    risks = _risks(body)
    assert _state(risks, "to_child", "criminal_exploitation") == "none_known"
    assert _state(risks, "to_others", "harm_to_animals") == "none_known"


def test_a_ticked_short_name_is_a_concern_not_denied_by_the_detail_box():
    body = (
        f"A new entry has been submitted.\n\n{_CHILD}"
        "Risks - tick all that apply:\nEating, Fire\n\n"
        "Tell us more about the risks:\nHides food in her room. Nothing else.\n"
    )
    risks = _risks(body)
    assert _state(risks, "to_child", "eating_disorder") not in (None, "not_stated", "none_known")
    assert _state(risks, "to_others", "fire_setting") not in (None, "not_stated", "none_known")
    assert _state(risks, "to_child", "missing") == "none_known"


@pytest.mark.parametrize(
    ("prompt", "rest", "one"),
    [
        ("Self-harm", "none known", True),
        ("Substances", "vapes and cannabis at weekends", True),
        ("CSE", "groomed online in 2024, none since", True),
        ("CSE", "groomed online. AWOL x3 this month. smokes weed. no fires", False),
        ("Fire setting", "lit a bin in 2023; also hits staff when restrained", False),
    ],
)
def test_a_dash_prompt_is_one_risks_answer_only_if_it_stays_on_that_risk(prompt, rest, one):
    assert one_risks_answer(prompt, rest) is one


def test_a_typed_line_of_shorthand_risks_is_read_for_every_risk_it_names():
    body = (
        "hi - need a foster placement tonight for Orla Fenwick dob 14/02/13, s20.\n\n"
        "CSE - groomed online in 2024. AWOL x4 since Sept. smokes weed daily. no SH,"
        " no fires, ok w/ pets, nil else.\n\nthanks\nPriya\n"
    )
    risks = _risks(body)
    assert _state(risks, "to_child", "missing") == "present"
    assert _state(risks, "to_child", "drug_alcohol") == "present"
    assert _state(risks, "to_child", "self_harm") == "none_known"
    assert _state(risks, "to_child", "eating_disorder") == "none_known"
    assert _state(risks, "to_child", "sexual_exploitation") not in (None, "none_known")


@pytest.mark.parametrize(
    "aside",
    [
        "Sending this on for Jess, who is in court today.",
        "Priya is on annual leave today so I am forwarding her form.",
        "Tom is at a conference this morning; the form is attached.",
    ],
)
def test_where_the_worker_is_today_does_not_make_the_placement_an_emergency(aside):
    body = f"{aside}\n\n{_CHILD}Start date: 14/12/2026\n"
    referral = read_referral_document(email(body), today=TEST_NOW.date()).referral
    assert referral["placement"].get("urgency") is None


def test_a_placement_needed_today_is_still_an_emergency():
    body = f"Placement needed today please.\n\n{_CHILD}"
    referral = read_referral_document(email(body), today=TEST_NOW.date()).referral
    assert referral["placement"].get("urgency") == "emergency"
