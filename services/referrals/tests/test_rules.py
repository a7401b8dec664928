"""The pure rules, in tables of cases: no HTTP, no database."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.examples import example_referral
from hearth_contract.problems import InvalidState, ValidationFailed
from hearth_contract.referrals import RecipientStatus as S
from hearth_contract.referrals import ReferralCreate
from hearth_referrals.ages import age_on, born_on_estimate, shift_years
from hearth_referrals.completeness import assess
from hearth_referrals.intake.rules import check_dates
from hearth_referrals.rereferrals import Candidate, ChildKey, find_earlier, name_key
from hearth_referrals.screening.transitions import Step, counts_as_first_response, next_status
from hearth_referrals.work_queue.service import age_band

TODAY = date(2026, 11, 23)


def _referral(**child_changes) -> ReferralCreate:
    body = example_referral(7, agency_ids=["a"], referral_date=TODAY)
    body["children"][0].update(child_changes)
    return ReferralCreate.model_validate(body)


class TestCompleteness:
    def test_a_complete_referral_has_no_blocking_gaps(self):
        assert [i for i in assess(_referral()) if i.severity == "blocks_matching"] == []

    def test_a_parent_whose_own_risks_are_not_coded_is_asked_about(self):
        body = example_referral(7, agency_ids=["a"], referral_date=TODAY)
        body["placement"]["setting"] = "parent_and_child"
        body["parent"] = {"first_name": "Sam", "age_years": 17, "risks": "See the assessment."}
        pointers = {i.pointer for i in assess(ReferralCreate.model_validate(body))}
        assert "/parent/risk_states" in pointers
        body["parent"]["risk_states"] = {"to_others": {"sexual_harm": {"state": "none_known"}}}
        pointers = {i.pointer for i in assess(ReferralCreate.model_validate(body))}
        assert "/parent/risk_states" not in pointers

    @pytest.mark.parametrize(
        ("change", "pointer", "severity"),
        [
            ({"legal_status": None}, "/children/0/legal_status", "blocks_matching"),
            ({"gender": "not_stated"}, "/children/0/gender", "blocks_matching"),
            ({"risks": {}}, "/children/0/risks", "blocks_matching"),
            ({"family_time": None}, "/children/0/family_time", "before_offer"),
            ({"placement_history": None}, "/children/0/placement_history", "before_offer"),
            ({"school": None}, "/children/0/school", "before_offer"),
            ({"health_needs": None}, "/children/0/health_needs", "before_offer"),
            ({"category_of_need": None}, "/children/0/category_of_need", "nice_to_have"),
            ({"animal_allergies": None}, "/children/0/animal_allergies", "before_offer"),
            (
                {"communication_needs": "not_specified"},
                "/children/0/communication_needs",
                "nice_to_have",
            ),
        ],
    )
    def test_classic_gaps_are_found_with_a_question(self, change, pointer, severity):
        items = {i.pointer: i for i in assess(_referral(**change))}
        assert items[pointer].severity == severity
        assert items[pointer].question.endswith("?") or items[pointer].question.endswith(".")

    def test_an_empty_family_time_list_means_none_and_is_not_a_gap(self):
        assert "/children/0/family_time" not in {
            i.pointer for i in assess(_referral(family_time=[]))
        }

    def test_a_present_risk_without_detail_is_asked_about(self):
        risks = {"to_child": {"missing": {"state": "present"}}}
        pointers = {i.pointer for i in assess(_referral(risks=risks))}
        assert "/children/0/risks/to_child/missing/detail" in pointers
        assert "/children/0/risks/to_others/fire_setting" in pointers

    def test_blocking_gaps_come_first(self):
        items = assess(_referral(legal_status=None, school=None, category_of_need=None))
        order = [i.severity for i in items]
        assert order == sorted(order, key=["blocks_matching", "before_offer", "nice_to_have"].index)


class TestDates:
    @pytest.mark.parametrize(
        ("change", "pointer"),
        [
            ({"date_of_birth": "2026-12-01"}, "/children/0/date_of_birth"),
            ({"date_of_birth": "2008-11-23"}, "/children/0/date_of_birth"),
            ({"date_of_birth": "2014-01-10", "age_years": 10}, "/children/0/age_years"),
        ],
    )
    def test_impossible_dates_are_refused(self, change, pointer):
        with pytest.raises(ValidationFailed) as caught:
            check_dates(_referral(**change), TODAY)
        assert [e.pointer for e in caught.value.errors] == [pointer]

    def test_a_child_turning_eighteen_tomorrow_is_still_a_child(self):
        check_dates(_referral(date_of_birth="2008-11-24"), TODAY)

    @pytest.mark.parametrize(
        ("born", "on", "age"),
        [
            (date(2010, 3, 1), date(2026, 2, 28), 15),
            (date(2010, 3, 1), date(2026, 3, 1), 16),
            (date(2012, 2, 29), date(2026, 2, 28), 13),
        ],
    )
    def test_age_on(self, born, on, age):
        assert age_on(born, on) == age

    def test_leap_day_shift_and_estimates(self):
        assert shift_years(date(2012, 2, 29), 1) == date(2013, 2, 28)
        assert age_on(born_on_estimate(9, TODAY), TODAY) == 9

    def test_age_band_bounds(self):
        band = age_band(TODAY, 12, 15)
        assert band == {"born_after": date(2010, 11, 23), "born_on_or_before": date(2014, 11, 23)}


class TestReReferrals:
    KEY = ChildKey("jayden", "whitlock", date(2012, 4, 3))

    @pytest.mark.parametrize(
        ("candidate", "basis"),
        [
            (Candidate("r1", "LA-1", None), "la_reference"),
            (
                Candidate("r2", "other", ChildKey("jaden", "whitlock", date(2012, 4, 3))),
                "name_and_date_of_birth",
            ),
            (
                Candidate("r3", "other", ChildKey("jayden", "whitlocke", date(2012, 4, 3))),
                "name_and_date_of_birth",
            ),
            (
                Candidate("r4", "other", ChildKey("jayden", None, date(2012, 4, 3))),
                "name_and_date_of_birth",
            ),
            (Candidate("r5", "other", ChildKey("jayden", "whitlock", date(2012, 4, 4))), None),
            (Candidate("r6", "other", ChildKey("maisie", "whitlock", date(2012, 4, 3))), None),
            (Candidate("r7", "other", ChildKey("jayden", "okafor", date(2012, 4, 3))), None),
            # Found by a child's date of birth: no reference read with it.
            (
                Candidate("r8", None, ChildKey("jaden", "whitlock", date(2012, 4, 3))),
                "name_and_date_of_birth",
            ),
            (Candidate("r9", None, ChildKey("maisie", "whitlock", date(2012, 4, 3))), None),
        ],
    )
    def test_same_child_by_reference_or_tolerant_name_and_exact_birth_date(self, candidate, basis):
        links = find_earlier("la-1", [self.KEY], [candidate])
        assert links.get(candidate.referral_id) == basis

    @pytest.mark.parametrize("reference_first", [True, False])
    def test_a_referral_found_both_ways_links_by_its_reference(self, reference_first):
        by_reference = Candidate("r1", "LA-1", None)
        by_child = Candidate("r1", None, ChildKey("jayden", "whitlock", date(2012, 4, 3)))
        found = [by_reference, by_child] if reference_first else [by_child, by_reference]
        assert find_earlier("la-1", [self.KEY], found) == {"r1": "la_reference"}

    @pytest.mark.parametrize(
        ("raw", "key"),
        [
            ("  Zoë-Anne  O'Neil ", "zoe anne o neil"),
            ("JAYDEN", "jayden"),
            ("", None),
        ],
    )
    def test_name_key(self, raw, key):
        assert name_key(raw) == key


class TestScreeningTransitions:
    @pytest.mark.parametrize(
        ("current", "step", "after"),
        [
            (S.NEW, Step.ACKNOWLEDGE, S.ACKNOWLEDGED),
            (S.NEW, Step.DECLINE, S.DECLINED),
            (S.ACKNOWLEDGED, Step.REQUEST_INFORMATION, S.INFORMATION_REQUESTED),
            (S.INFORMATION_REQUESTED, Step.PROGRESS, S.PROGRESSING),
            (S.PROGRESSING, Step.ASSIGN, S.PROGRESSING),
            (S.PROGRESSING, Step.CLOSE, S.CLOSED),
            (S.ACKNOWLEDGED, Step.WITHDRAW, S.WITHDRAWN),
        ],
    )
    def test_allowed(self, current, step, after):
        assert next_status(current, step) == after

    @pytest.mark.parametrize(
        ("current", "step"),
        [
            (S.ACKNOWLEDGED, Step.ACKNOWLEDGE),
            (S.PROGRESSING, Step.PROGRESS),
            (S.DECLINED, Step.PROGRESS),
            (S.CLOSED, Step.REQUEST_INFORMATION),
            (S.WITHDRAWN, Step.DECLINE),
            (S.DECLINED, Step.ASSIGN),
        ],
    )
    def test_refused(self, current, step):
        with pytest.raises(InvalidState):
            next_status(current, step)

    def test_what_stops_the_clock(self):
        assert {s for s in Step if counts_as_first_response(s)} == {
            Step.ACKNOWLEDGE,
            Step.REQUEST_INFORMATION,
            Step.PROGRESS,
            Step.DECLINE,
            Step.CLOSE,
        }
