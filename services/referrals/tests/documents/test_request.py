"""The request, not the history (urgency and setting come from what is asked for), and
answers that name each child in one cell."""

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

HEAD = (
    "Kent County Council - Placement Request\n"
    "Reference: KCC/1234567\nDate of referral: 16/11/2026\nChild's name: Jo Bloggs\n"
    "Date of birth: 03/04/2012\nGender: Female\nLegal status: Section 20\n"
)


def _draft(text: str):
    return read_referral_document((HEAD + text + "\n").encode(), today=TEST_NOW.date())


def _placement(text: str) -> dict:
    return _draft(text).referral["placement"]


@pytest.mark.parametrize(
    ("text", "setting", "urgency"),
    [
        ("Urgency: Not urgent\nPlacement type: Foster care", "fostering", "planned"),
        (
            "Urgency: Planned (not an emergency)\nPlacement type: Foster care",
            "fostering",
            "planned",
        ),
        ("Urgency: Planned - current placement was an emergency", None, "planned"),
        (
            "Jo is in an emergency placement at present. We are requesting a planned long "
            "term foster placement.",
            "fostering",
            "planned",
        ),
        (
            "Jo had a previous secure placement in 2025. A residential placement is sought.",
            "residential",
            None,
        ),
        (
            "Jo is in a secure children's home at present. A step-down to a residential "
            "placement is sought.",
            "residential",
            None,
        ),
        (
            "She was placed in an emergency foster placement last week. We need a long "
            "term foster family; this is a planned move, not an emergency.",
            "fostering",
            "planned",
        ),
        ("Current placement: Emergency residential (Unit 7)", None, None),
        ("Previous placements: One secure placement (2024)", None, None),
        ("Emergency foster placement needed tonight.", "fostering", "emergency"),
        (
            "Placement sought: Residential, planned. Secure accommodation is not sought.",
            "residential",
            "planned",
        ),
    ],
)
def test_the_request_sets_setting_and_urgency_never_the_history(text, setting, urgency):
    placement = _placement(text)
    assert placement.get("setting") == setting
    assert placement.get("urgency") == urgency


@pytest.mark.parametrize(
    "cell",
    [
        "Ella - No. Finn - Yes, scratches his arms.",
        "Ella: none known; Finn: yes, scratches his arms",
        "Ella no, Finn yes - scratches his arms",
        "Ella (No), Finn (Yes - scratches his arms)",
    ],
)
def test_one_cell_answers_for_each_named_child(cell):
    text = (
        "Name: Ella Shaw\nDOB: 03/05/2014\nGender: Female\n"
        "Name: Finn Shaw\nDOB: 21/10/2017\nGender: Male\n"
        f"Self-harm: {cell}\n"
    )
    data = ("Nottinghamshire County Council\nReference: NCC-1\n" + text).encode()
    children = read_referral_document(data, today=TEST_NOW.date()).referral["children"]
    states = [child["risks"]["to_child"].get("self_harm", {}).get("state") for child in children]
    assert states == ["none_known", "present"]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        (
            "CSE/CCE: No",
            {
                "to_child/sexual_exploitation": "none_known",
                "to_child/criminal_exploitation": "none_known",
            },
        ),
        (
            "Fire setting / harm to animals: None known",
            {"to_others/fire_setting": "none_known", "to_others/harm_to_animals": "none_known"},
        ),
        ("CSE/CCE: Yes - county lines", {"to_child/criminal_exploitation": "present"}),
        ("Mother's substance misuse: Yes, heroin", {}),
        ("Parental substance misuse: Yes", {}),
        ("Aggression towards mother: Yes, hits her", {"to_others/physical_harm": "present"}),
    ],
)
def test_a_risk_label_naming_several_risks_or_another_person(line, wanted):
    risks = _draft(line).referral["children"][0].get("risks", {})
    got = {
        f"{group}/{name}": entry["state"] for group in risks for name, entry in risks[group].items()
    }
    assert got == wanted


def test_a_parents_risks_box_does_not_answer_the_childs_risks():
    missing = {item.pointer for item in _draft("Mother's risks: heroin use, violence").missing}
    assert "/children/0/risks" in missing
