"""A risk read as a concern is checked against its own answer in the words quoted for it:
the text after the risk's name up to the next risk named. A bare denial there ("N", "Nil",
"0" on a scale, "Tom - no") makes it none known; a blank prompt or an answer that does not
know ("not known", "didn't know", "we'll need to check") leaves it not stated; anything
more than a verdict keeps the reading. Each case is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.own_answer import own_answer_state

SELF_HARM = ("to_child", "self_harm")
MISSING = ("to_child", "missing")
ANIMALS = ("to_others", "harm_to_animals")
FIRE = ("to_others", "fire_setting")
DRUGS = ("to_child", "drug_alcohol")


@pytest.mark.parametrize(
    ("key", "quote", "state"),
    [
        # one line running on through every risk: each risk's own verdict
        (FIRE, "self harm - Y - scratches her wrists; fire setting - N; missing - N", "none_known"),
        (MISSING, "self harm: yes, weekly. missing: nil. fire setting: no", "none_known"),
        # a scale's nought, a numbered row
        (MISSING, "Q4 Going missing: 0", "none_known"),
        (MISSING, "Q4 Going missing: 0/3", "none_known"),
        # the child's name before the verdict
        (ANIMALS, "cruelty to animals: Priya - N", "none_known"),
        # answers that do not know
        (SELF_HARM, "Self harm: not known", "not_stated"),
        (SELF_HARM, "Has she ever self-harmed? Self-harm? um, don't know", "not_stated"),
        (DRUGS, "drugs and alcohol: unknown at present", "not_stated"),
        (FIRE, "Fire setting - we'll need to check that one.", "not_stated"),
        # a prompt nobody answered, at the end of the quote
        (SELF_HARM, "Self-harm: ", "not_stated"),
        (FIRE, "Fire setting -", "not_stated"),
        (FIRE, "Fire setting: -", "not_stated"),
        (ANIMALS, "hurting animals: (blank)", "not_stated"),
        # a row's cells, one a column, every one a denial
        (ANIMALS, "Animal cruelty,N,N", "none_known"),
        (MISSING, "Missing | No | No", "none_known"),
        # a denial of more than one word, read whole ("None known" is not "None" and more)
        (FIRE, "Is there any fire setting?: None known", "none_known"),
        (MISSING, "Missing episodes - none identified", "none_known"),
        (DRUGS, "Substance use: no current concerns", "none_known"),
        # the noun of a concern, negated: a denial in whatever words the form uses
        (SELF_HARM, "Self-harm: Not a worry", "none_known"),
        (ANIMALS, "Harm to animals - not an issue for him", "none_known"),
        (FIRE, "Fire setting: no issues noted", "none_known"),
        (MISSING, "Going missing: none at present", "none_known"),
        (MISSING, "Absconding: not a problem", "none_known"),
        (DRUGS, "Drug use: no worries", "none_known"),
    ],
)
def test_a_bare_verdict_in_the_risks_own_answer_overrules_the_concern(key, quote, state):
    assert own_answer_state(key, quote) == RiskState(state)


@pytest.mark.parametrize(
    ("key", "quote"),
    [
        # more than a verdict: read as the statement it is
        (SELF_HARM, "Self-harm: no longer cuts but talks about it daily"),
        (DRUGS, "Drugs: Priya - yes (cannabis at weekends); Sam - no"),
        (SELF_HARM, "Self-harm: Y - cuts her arms, last week"),
        # a worry that is not denied: not a bare verdict
        (SELF_HARM, "Self-harm: still a worry, cut her arm in October"),
        (MISSING, "Missing: no longer a worry since the summer but ran off twice before"),
        # the risk's name in a sentence, not a label: nothing follows, nothing is asked
        (MISSING, "Ella has a current risk of going missing."),
        # a ticked box answers where the words do not
        (SELF_HARM, "\u2612 Self-harm"),
        (SELF_HARM, "Self-harm? Yes \u2612 No \u2610 Details: not known to CAMHS yet"),
        # the risk's label runs straight into another risk's answer: not a blank answer
        (SELF_HARM, "Self harm: Missing: went missing twice this month"),
        # cells that do not agree
        (MISSING, "Missing | No | Yes"),
        # a quote that does not name the risk
        (FIRE, "Kicked a door and punched a wall on Friday."),
    ],
)
def test_an_answer_that_says_more_than_a_verdict_keeps_the_reading(key, quote):
    assert own_answer_state(key, quote) is None


def _risks(body: str) -> dict:
    referral = read_referral_document(email(body), today=TEST_NOW.date()).referral
    return referral["children"][0]["risks"]


def test_a_run_on_risk_line_gives_each_risk_its_own_verdict():
    risks = _risks(
        "Name: Tia Marsh\nDOB: 02/03/2012\nGender: Female\nPlacement: foster care\n\n"
        "Risks: self harm - Y - cut her arm on Monday; going missing - N; "
        "fire setting - N; cruelty to animals - not known\n"
    )
    assert risks["to_child"]["self_harm"]["state"] == "present"
    assert (risks["to_child"].get("missing") or {}).get("state", "not_stated") != "present"
    assert (risks["to_others"].get("fire_setting") or {}).get("state", "not_stated") != "present"
    assert (risks["to_others"].get("harm_to_animals") or {}).get("state", "not_stated") != "present"


@pytest.mark.parametrize(
    ("key", "quote", "state"),
    [
        # a grid that writes each verdict before the risk's name
        (ANIMALS, "N hurting animals: self harm: Y - cut her arm at the weekend", "none_known"),
        (FIRE, "No fire setting: going missing: yes, twice", "none_known"),
        # the label goes on past the risk's name to its colon
        (SELF_HARM, "R1 Self-harm / thoughts of ending life: 0", "none_known"),
    ],
)
def test_a_verdict_before_the_name_or_after_a_longer_label_is_the_risks_own(key, quote, state):
    assert own_answer_state(key, quote) == RiskState(state)


def test_a_sentence_before_the_name_is_not_a_verdict():
    assert own_answer_state(ANIMALS, "Lives with nan. Hurting animals:") is RiskState.NOT_STATED
    assert own_answer_state(SELF_HARM, "She told school no. Self harm") is None
