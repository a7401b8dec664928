"""Case tables for a risk list whose heading ends with the one child it is about ("Risk
screen - Morvah", "Worries for Piran"), written after every child's details: its risk lines
are that child's, and only its risk lines (the next child's details after it are the next
child's). Every document is written for this test, in words of its own."""

from __future__ import annotations

from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _state(draft, child: int, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


def test_each_list_is_its_named_childs():
    text = "\n".join(
        [
            "Referral date: 06/11/2026",
            "Social worker: Lowenna Trewin",
            "",
            "Morvah Jenkin, 03/05/2012, female",
            "School: Humphry Davy School",
            "",
            "Piran Jenkin, 21/10/2015, male",
            "School: Alverton Primary",
            "",
            "Checklist: risk screen - Morvah",
            "Self-harm: past, cut her arm in 2024, none since",
            "Going missing: none known",
            "",
            "Worries for Piran:",
            "Self-harm: none known",
            "Going missing: yes, out until 2am twice this month",
        ]
    )
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    assert [child.first_name.value for child in draft.children] == ["Morvah", "Piran"]
    assert _state(draft, 0, "to_child", "self_harm") == "historical"
    assert _state(draft, 0, "to_child", "missing") == "none_known"
    assert _state(draft, 1, "to_child", "self_harm") == "none_known"
    assert _state(draft, 1, "to_child", "missing") == "present"


def test_the_heading_holds_only_for_the_risk_lines_under_it():
    text = "\n".join(
        [
            "Referral date: 06/11/2026",
            "Social worker: Lowenna Trewin",
            "",
            "Morvah Jenkin, 03/05/2012, female",
            "Risks for Morvah:",
            "Self-harm: none known",
            "",
            "Piran Jenkin, 21/10/2015, male",
            "School: Alverton Primary",
            "Family time: dad twice a week",
        ]
    )
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    piran = draft.referral["children"][1]
    assert piran["school"]["name"] == "Alverton Primary"
    assert piran["family_time"][0]["with_whom"] == "dad"


def test_a_short_name_first_under_the_second_childs_name_is_a_risk():
    # "SH" is a risk's short name only where risks are listed: the name line between the
    # two children's lists keeps the list going
    text = "\n".join(
        [
            "Referral date: 06/11/2026",
            "Social worker: Lowenna Trewin",
            "Morvah Jenkin, 03/05/2012, female",
            "Piran Jenkin, 21/10/2015, male",
            "",
            "Risks",
            "  Morvah:",
            "    SH: past - cut her arm in 2024, none since",
            "    CSE: Nil",
            "    Missing: Nil",
            "  Piran:",
            "    SH: Nil",
            "    CSE: Nil",
        ]
    )
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    assert _state(draft, 1, "to_child", "self_harm") == "none_known"
    assert _state(draft, 0, "to_child", "self_harm") == "historical"
