"""Risk answers laid out the way LA forms lay them out (issue 12, classes 2 and 6):
per-child answers keyed by letter or number, one answer to a list of risks by their short
names. Each document here is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.risk_states import listed_risks, statements


def _risks(text: str) -> list[dict[str, str]]:
    draft = read_referral_document(text.encode(), today=TEST_NOW.date())
    return [
        {
            f"{group}/{name}": risk["state"]
            for group, named in (child.get("risks") or {}).items()
            for name, risk in named.items()
        }
        for child in draft.referral["children"]
    ]


LETTERS = """Referral: brother and sister

Children: Maisie Cole (A), DOB 14/06/2012, and Jack Cole (B), DOB 02/09/2015.

Running away: A - No. B - Yes, three nights out since October 2026, found by police.
Self-harm: A - Yes, cuts her arms, last on 30/10/2026. B - No.
"""
NUMBERS = """Referral for two brothers

Children: Kai Rowe (1), DOB 01/01/2011, and Leo Rowe (2), DOB 03/03/2013.

Violence to others: 1: none known. 2: kicks and punches staff most days.
"""


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            LETTERS,
            [
                {"to_child/missing": "none_known", "to_child/self_harm": "present"},
                {"to_child/missing": "present", "to_child/self_harm": "none_known"},
            ],
        ),
        (
            NUMBERS,
            [{"to_others/physical_harm": "none_known"}, {"to_others/physical_harm": "present"}],
        ),
    ],
)
def test_an_answer_keyed_per_child_in_introduction_order(text, wanted):
    got = _risks(text)
    for child, risks in zip(got, wanted, strict=True):
        for key, state in risks.items():
            assert child.get(key) == state, key


@pytest.mark.parametrize(
    ("label", "wanted"),
    [
        ("CSE / CCE / eating / animals", 4),
        ("Self-harm, fire setting, HSB", 3),
        ("Drugs or alcohol / going missing / exploiting others", 3),
        ("Name / DOB / school", 0),  # not a list of risks
        ("CSE / CCE", 0),  # two names: read by the risks each names
    ],
)
def test_a_label_listing_risks_by_short_names(label, wanted):
    assert len(listed_risks(label)) == wanted


def test_one_answer_to_a_list_of_risks_in_running_text():
    found = statements("Fire / animals / HSB / CSE: nothing known for either of them.")
    assert {(s.name, s.state.value) for s in found} == {
        ("fire_setting", "none_known"),
        ("harm_to_animals", "none_known"),
        ("sexual_harm", "none_known"),
        ("sexual_exploitation", "none_known"),
    }


CODED = """Placement request

Child's name: Ruby Lane
Date of birth: 09/09/2012

Risk | Answer | Detail
riskToChild: self_harm | No |
riskToChild: drug_alcohol | No |
riskToChild: missing | Yes | Out overnight twice this month
riskToOthers: criminal_exploitation | Yes | Brings younger boys to deal for an older man
riskToOthers: fire_setting | No |
"""


def test_a_data_standards_machine_names_as_risk_labels():
    (child,) = _risks(CODED)
    assert child == {
        "to_child/self_harm": "none_known",
        "to_child/drug_alcohol": "none_known",
        "to_child/missing": "present",
        "to_others/criminal_exploitation": "present",
        "to_others/fire_setting": "none_known",
    }


RUN_ON = """Placement request

Child's name: Noah Pike
Date of birth: 11/11/2011

Risks and vulnerabilities
Self-harm: none known. Animals: Hit the neighbour's cat with a stick last month. HSB: none known. CCE: Stopped by police carrying cash and phones for older teenagers. Eating: Hides food in his room and skips tea; not assessed. Fire setting: Matches in his coat pocket; no fires.
"""  # one line on purpose: the risks run on in one paragraph


def test_risk_labels_run_on_in_one_paragraph():
    (child,) = _risks(RUN_ON)
    assert child == {
        "to_child/self_harm": "none_known",
        "to_others/harm_to_animals": "present",
        "to_others/sexual_harm": "none_known",
        "to_child/criminal_exploitation": "present",
        "to_child/eating_disorder": "suspected",
        "to_others/fire_setting": "suspected",
    }


def test_a_fixed_width_export_is_read_as_the_paragraphs_it_wrapped():
    from hearth_referrals.documents.readers.text import unwrap

    lines = [
        "Going missing: none known. Harm to animals: threw a stone at a neighbour's dog",
        "(June 2026). Child sexual exploitation (CSE): none known. Drug or alcohol use",
        "(cannabis / ketamine): none known. Self-harm: none known. Eating disorder:",
        "Hides food and skips meals; dietitian involved.",
        "Name: Ava Moss",
        "DOB: 01/02/2013",
    ]
    assert unwrap(lines) == [
        " ".join(lines[:4]),
        "Name: Ava Moss",
        "DOB: 01/02/2013",
    ]


FAMILY_TABLE = """Referral

First name: Theo
Surname: Barker
Date of birth: 04/04/2013

Family members
Name | Relationship | DOB / age | Lives where
Kerry Barker | Mother | 36 | Home address
Liam Barker | Brother | age 6 | With mother
"""


def test_a_family_table_with_combined_column_names_is_not_read_as_children():
    draft = read_referral_document(FAMILY_TABLE.encode(), today=TEST_NOW.date())
    children = draft.referral["children"]
    assert [child.get("first_name") for child in children] == ["Theo"]


PER_CHILD_QUESTION = """Referral for two sisters

Child 1 first name: Esme
Child 1 date of birth: 05/05/2012
Child 2 first name: Rosa
Child 2 date of birth: 06/06/2015

Risks (answer for each child)
Is there a history of going missing? | Esme - Yes, twice last month. Rosa - No.
"""


def test_a_risk_question_answered_per_child_by_name():
    first, second = _risks(PER_CHILD_QUESTION)
    assert (first.get("to_child/missing"), second.get("to_child/missing")) == (
        "present",
        "none_known",
    )


def test_a_blanket_denial_after_a_colon_naming_the_child():
    text = (
        "Child's name: Mia Dunn\nDate of birth: 03/03/2014\n\n"
        "RISKS\n"
        "Mia has autism. That is a need, not a risk: there are no known risks to Mia"
        " or from Mia. Her father has a conviction for assault.\n"
    )
    (child,) = _risks(text)
    assert len(child) == 11 and set(child.values()) == {"none_known"}


def test_a_risk_volunteered_after_denying_the_one_asked_is_stated():
    text = (
        "Child's name: Lola Finch\nDate of birth: 01/01/2012\n\n"
        "Any self-harm? | Self-harm: no, but she has run away from home three times this month\n"
    )
    (child,) = _risks(text)
    assert (child.get("to_child/self_harm"), child.get("to_child/missing")) == (
        "none_known",
        "present",
    )


def test_a_label_about_the_mother_is_not_the_childs_risk():
    text = (
        "Child's name: Lola Finch\nDate of birth: 01/01/2012\n\n"
        "Mother going missing: went missing for a week in October 2026\n"
    )
    (child,) = _risks(text)
    assert "to_child/missing" not in child


def test_a_risk_whose_name_says_animals_answered_per_child_is_a_risk_not_pets():
    text = (
        "Child 1 first name: Esme\nChild 1 date of birth: 05/05/2012\n"
        "Child 2 first name: Rosa\nChild 2 date of birth: 06/06/2015\n\n"
        "Cruelty to animals | Esme - possibly, a neighbour's rabbit was hurt; Rosa - No\n"
    )
    first, second = _risks(text)
    assert (first.get("to_others/harm_to_animals"), second.get("to_others/harm_to_animals")) == (
        "suspected",
        "none_known",
    )


def test_sexual_or_criminal_exploitation_names_both():
    text = "Child's name: Lola Finch\nDate of birth: 01/01/2012\n\n"
    (child,) = _risks(text + "Sexual or criminal exploitation | No to both\n")
    assert child == {
        "to_child/sexual_exploitation": "none_known",
        "to_child/criminal_exploitation": "none_known",
    }


def test_a_combined_label_with_a_ticked_no_answers_each_risk_it_names():
    text = (
        "Child's name: Lola Finch\nDate of birth: 01/01/2012\n\n"
        "Harm to others (physical or sexual): ☐ Yes ☒ No\n"
    )
    (child,) = _risks(text)
    assert child == {"to_others/physical_harm": "none_known", "to_others/sexual_harm": "none_known"}


def test_a_short_risk_name_asked_as_a_question_in_a_risks_section():
    text = (
        "Child's name: Lola Finch\nDate of birth: 01/01/2012\n\nRISKS\n"
        "Eating? | Unclear whether she is restricting; she hides food and a dietitian is involved\n"
    )
    (child,) = _risks(text)
    assert child.get("to_child/eating_disorder") == "suspected"
