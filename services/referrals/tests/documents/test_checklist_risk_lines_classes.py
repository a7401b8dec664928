"""Case tables for a checklist exported as text, each risk an item: a box, the risk's
name, a dash, and the words that answer it ("[✗] Fire setting — none known", "[✓]
Running away — past: twice in 2024, none since", "[?] CCE — suspected"). The box says
only that the item was looked at; the words after the dash give the state. Every line is
written for this test, in words of its own."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.checklist_lines import checklist_risk_lines

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("[\u2717] Fire setting \u2014 none known", "Fire setting: none known"),
        ("[\u2713] Going missing \u2014 past: twice in 2024", "Going missing: past: twice in 2024"),
        ("[?] CCE \u2014 suspected", "CCE: suspected"),
        ("[x] Substances - yes: vapes and cannabis", "Substances: yes: vapes and cannabis"),
        # not a risk's item: left as it is
        ("[\u2713] School place \u2014 confirmed", None),
        ("[\u2713] Carers found", None),
    ],
)
def test_a_checklist_item_naming_a_risk(line, written):
    block = Block(BlockKind.PARAGRAPH, line)
    (out,) = checklist_risk_lines([block])
    assert out.text == (written or line)


def _state(draft, group: str, name: str) -> str:
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("value") or "not_stated"


def test_a_card_with_a_risk_checklist():
    text = "\n".join(
        [
            "Card: Placement search - Jowan Kemp",
            "Referral date: 10/11/2026",
            "Social worker: Senara Mably",
            "Child: Jowan Kemp, 14/06/2012, male",
            "",
            "Checklist: risks",
            "  [\u2717] Self-harm \u2014 none known",
            "  [\u2713] Going missing \u2014 past: ran from carers twice in 2024; none since.",
            "  [?] CCE \u2014 suspected: seen with older lads at the station",
            "  [\u2717] Fire \u2014 none known",
            "  [\u2713] Violence \u2014 current: hit a teacher on Monday",
        ]
    )
    draft = read_referral_document(text.encode(), filename="card.txt", today=TODAY)
    assert _state(draft, "to_child", "self_harm") == "none_known"
    assert _state(draft, "to_child", "missing") == "historical"
    assert _state(draft, "to_child", "criminal_exploitation") == "suspected"
    assert _state(draft, "to_others", "fire_setting") == "none_known"
    assert _state(draft, "to_others", "physical_harm") == "present"


def test_items_a_reader_joined_are_each_a_line():
    block = Block(
        BlockKind.PARAGRAPH,
        "[?] CSE \u2014 suspected: older friends [\u2717] Fire \u2014 none known",
    )
    assert [out.text for out in checklist_risk_lines([block])] == [
        "CSE: suspected: older friends",
        "Fire: none known",
    ]
