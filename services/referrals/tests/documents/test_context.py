"""The ConText layer: negated, historical, hypothetical, someone else's, or not a risk."""

from datetime import date

import pytest
from hearth_contract.codes import RiskState
from hearth_referrals.documents.rules.risk_states import answer_state, statements

REFERRAL = date(2026, 11, 20)


def _states(text: str) -> dict[str, RiskState]:
    return {s.name: s.state for s in statements(text, REFERRAL)}


class TestAssertions:
    def test_a_condition_named_after_a_substance_is_not_substance_misuse(self):
        assert _states("Diagnosis: Foetal alcohol spectrum disorder (FASD).") == {}

    def test_a_plan_for_what_to_do_is_not_an_event(self):
        assert _states("If she goes missing, call the police and EDT.") == {}

    def test_a_parents_risk_is_not_the_childs(self):
        assert _states("Father has a history of drug use and violence.") == {}

    @pytest.mark.parametrize(
        "text",
        ["Fire setting, last incident 2022.", "She went missing twice in March 2024."],
    )
    def test_events_dated_over_a_year_ago_are_historical(self, text):
        assert set(_states(text).values()) == {RiskState.HISTORICAL}

    def test_a_recent_dated_event_is_present(self):
        assert _states("Cut her arms in September 2026.") == {"self_harm": RiskState.PRESENT}

    def test_prompt_and_answer_in_one_line(self):
        assert _states("Is there a history of self-harm? No.") == {
            "self_harm": RiskState.NONE_KNOWN
        }

    def test_a_label_dash_nil_known(self):
        assert _states("Aggressive outbursts - nil known.") == {
            "physical_harm": RiskState.NONE_KNOWN
        }


class TestAnswers:
    def test_none_since_a_year_is_historical(self):
        assert answer_state("None since 2023.", [("Yes", False), ("No", True)], REFERRAL) is (
            RiskState.HISTORICAL
        )

    def test_a_ticked_no_is_none_known(self):
        assert answer_state("", [("Yes", False), ("No", True)], REFERRAL) is RiskState.NONE_KNOWN
