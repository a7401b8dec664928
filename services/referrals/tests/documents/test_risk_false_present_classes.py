"""A risk's word where the child has no such risk now: a prompt or title that only names
a risk, a role or procedure named after one ("Police CSE lead", "RHI completed by"), a
health need ("NG fed"), a blow whose object is an animal, a risk disowned as a parent's
("- not the baby's"), a screen's verdict for what stopped ("Before, not now") or is only
thought ("Thought so"), and a worry or a possibility ("concerned she ...", "Risk he goes
missing", "unexplained"). Each text is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.narrative import _bare_prompt
from hearth_referrals.documents.rules.risk_states import answer_state, statements
from hearth_referrals.documents.rules.risk_words import risk_terms

_CHILD = "Name: Cerys Holt\nDOB: 03/09/2012\nGender: Female\nPlacement: foster care\n\n"


def _state(body: str, group: str, name: str) -> str:
    draft = read_referral_document(email(body), today=TEST_NOW.date())
    risks = draft.referral["children"][0].get("risks") or {}
    return (risks.get(group, {}).get(name) or {}).get("state", "not_stated")


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("3.4 Going missing:", True),
        ("Missing episodes", True),
        ("Self-harm?", True),
        ("2.6  Going missing / absconding:", True),
        ("Arson / fire-setting", True),
        ("Fire setting assessment (v2)", True),
        ("Return Home Interview (RHI) and request for a new placement", True),
        # a line that says something of the child is read
        ("Goes missing most weekends", False),
        ("Self-harm: cuts her arms", False),
        ("Self-harm", False),  # a list's item, not a prompt
        ("No history of fire setting.", False),
    ],
)
def test_a_line_that_only_names_a_risk_as_a_prompt_or_title_is_not_read(line, bare):
    assert _bare_prompt(line) is bare


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("DS Amy Reed (Police CSE lead) - 01632 960111", ("to_child", "sexual_exploitation")),
        ("RHI practitioner: Jo Bell", ("to_child", "missing")),
        ("RHI completed by Jo Bell on Friday", ("to_child", "missing")),
        ("NG fed overnight; PEG feeding planned", ("to_child", "eating_disorder")),
        ("Kicked out at the neighbours' puppy", ("to_others", "physical_harm")),
        ("Hurt the foster carer's cat last month", ("to_others", "physical_harm")),
    ],
)
def test_a_word_that_names_a_role_a_need_or_an_animal_is_not_that_risk(text, key):
    assert key not in [
        (found.group, found.name) for found in statements(text) if found.state.value == "present"
    ]


def test_a_blow_at_an_animal_is_harm_to_animals():
    assert [key for key, _m in risk_terms("Hurt the foster carer's cat last month")] == [
        ("to_others", "harm_to_animals")
    ]


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        ("Before, not now | drank at parties last spring, says she has stopped", "historical"),
        ("Before not now", "historical"),
        ("Thought so | comes home smelling of cannabis", "suspected"),
        ("Yes, now | cuts to her thighs most weeks", "present"),
        ("Teacher concerned she is skipping lunch most days", "suspected"),
        ("Risk she goes missing to see her older boyfriend", "suspected"),
        ("Matches found in her bag; a small fire in the toilets is unexplained", "suspected"),
        ("Police intelligence of older males messaging her; CSE screening due", "suspected"),
        ("Staff found a vape with THC oil in his coat; he says it belongs to a mate", "suspected"),
        # ordinary for the child's age, or a condition: not the risk
        ("Tantrums normal for his age", "none_known"),
        ("Born with neonatal abstinence syndrome - a health need", "none_known"),
    ],
)
def test_a_screens_verdict_or_a_worry_is_read_as_its_state_not_as_present(answer, state):
    assert answer_state(answer, []) == RiskState(state)


def test_a_parents_risks_disowned_for_the_baby_are_not_the_babys():
    body = (
        "Name: Baby Holt\nDOB: 01/11/2026\nGender: Male\nPlacement: parent and child\n\n"
        "Mother: Cerys Holt, 18, care leaver. She used cannabis daily and went missing often"
        " as a teenager - not the baby's.\n"
    )
    assert _state(body, "to_child", "drug_alcohol") != "present"
    assert _state(body, "to_child", "missing") != "present"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # what was found, then the child's denial of the risk: a suspicion
        ("Self-harm - carers found a blade in her pencil case; she denies self-harm", "suspected"),
        # a risk's name and its answer after an arrow
        ("self-harm -> no self-harm", "none_known"),
        ("going missing => none", "none_known"),
        ("Violence / aggression to others - tantrums normal for his age", "none_known"),
        ("Fire setting: nothing to suggest this", "none_known"),
    ],
)
def test_found_then_denied_and_an_answer_after_an_arrow(text, state):
    found = [s.state.value for s in statements(text)]
    assert found and found[0] == state


def test_a_risk_row_named_with_its_kinds_in_brackets_is_answered_after_its_dash():
    body = (
        f"Hello,\n\n{_CHILD}Risks\nSubstance misuse (drugs / alcohol) - born with neonatal"
        " abstinence syndrome, a health need\nGoing missing - none\n"
    )
    assert _state(body, "to_child", "drug_alcohol") != "present"


def test_a_word_for_either_kind_of_exploitation_is_the_kind_the_document_names():
    body = (
        f"Hello,\n\n{_CHILD}Why a placement away from Leeds: she has been exploited there.\n"
        "Risks\n- CSE: groomed by an older man she met online, seen in his car last week\n"
        "- no other risks known\n"
    )
    assert _state(body, "to_child", "sexual_exploitation") == "present"
    assert _state(body, "to_child", "criminal_exploitation") == "none_known"


@pytest.mark.parametrize(
    ("text", "key", "read"),
    [
        # another child's risk is theirs
        ("Another child in the home self-harms.", ("to_child", "self_harm"), None),
        ("A peer at her school was exploited.", ("to_child", "sexual_exploitation"), None),
        ("Other young people in the unit use cannabis.", ("to_child", "drug_alcohol"), None),
        ("Her friend went missing last week.", ("to_child", "missing"), None),
        # a plan to watch for it, not a risk seen
        ("Carers to monitor for signs of self-harm.", ("to_child", "self_harm"), None),
        # a row that answers nothing
        ("Self-harm: unknown", ("to_child", "self_harm"), None),
        ("Fire setting: left blank", ("to_others", "fire_setting"), None),
        ("Going missing: ?", ("to_child", "missing"), None),
        # still the child's
        ("Her friends encourage her to drink alcohol.", ("to_child", "drug_alcohol"), "present"),
        ("She goes missing with a friend most weekends.", ("to_child", "missing"), "present"),
    ],
)
def test_another_childs_risk_a_plan_or_an_unanswered_row_is_not_the_childs(text, key, read):
    found = {(s.group, s.name): s.state.value for s in statements(text)}
    assert found.get(key) == read


@pytest.mark.parametrize(
    ("text", "key", "read"),
    [
        # what the child may do is a possibility
        ("He may abscond if moved far from his mum.", ("to_child", "missing"), "suspected"),
        # what the new home must be able to handle is a need, not a risk seen
        ("Carers must be able to manage any self-harm.", ("to_child", "self_harm"), None),
        (
            "The home needs to safeguard her against exploitation.",
            ("to_child", "sexual_exploitation"),
            None,
        ),
        # still read as written
        ("He could not stop himself hitting staff.", ("to_others", "physical_harm"), "present"),
    ],
)
def test_a_possibility_or_the_homes_need_is_not_a_present_risk(text, key, read):
    found = {(s.group, s.name): s.state.value for s in statements(text)}
    assert found.get(key) == read
