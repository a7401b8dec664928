"""Questions only for real gaps: a label with a real answer is never asked again, even
when the reader cannot place the value; a blank, unknown or unclear answer is."""

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

HEAD = (
    "Kent County Council - Placement Request\n"
    "Reference: KCC/1234567\nDate of referral: 16/11/2026\nChild's name: Jo Bloggs\n"
    "Date of birth: 03/04/2012\nGender: Female\nLegal status: Section 20\n"
)


def _asked(line: str) -> set[str]:
    data = (HEAD + line + "\n").encode()
    draft = read_referral_document(data, today=TEST_NOW.date())
    return {item.pointer for item in draft.missing}


@pytest.mark.parametrize(
    ("line", "pointer"),
    [
        ("Family time: As per the care plan, reviewed at the LAC review.", "family_time"),
        ("Contact with birth family: ad hoc, arranged by the SW.", "family_time"),
        ("Placement history: Please see the chronology attached.", "placement_history"),
        ("Care history: several moves since 2022, see chronology.", "placement_history"),
        ("School: See the education section.", "school"),
        ("Education: Awaiting a school place.", "school"),
        ("Health: See the initial health assessment.", "health_needs"),
        ("Medical information: Up to date with immunisations.", "health_needs"),
        ("Risks: See the attached risk assessment.", "risks"),
        ("Self-harm: see risk assessment", "risks/to_child/self_harm"),
    ],
)
def test_a_label_with_a_real_answer_is_not_asked(line, pointer):
    assert f"/children/0/{pointer}" not in _asked(line)


@pytest.mark.parametrize(
    ("line", "pointer"),
    [
        ("", "family_time"),
        ("Family time: TBC", "family_time"),
        ("Placement history: unknown", "placement_history"),
        ("School:", "school"),
        ("Mother's health: poor, diabetic.", "health_needs"),
        ("Risks: none known to EDT.", "risks"),
    ],
)
def test_a_missing_blank_or_unknown_answer_is_asked(line, pointer):
    assert f"/children/0/{pointer}" in _asked(line)


def test_an_undeleted_choice_is_unclear_and_still_asked():
    assert "/placement/urgency" in _asked("Urgency: Emergency / Planned")


def test_a_needed_by_answer_leaves_the_start_date_question():
    assert "/placement/start_date" in _asked("Placement needed by: Within 5 days")
