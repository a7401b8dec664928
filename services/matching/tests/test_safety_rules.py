"""The rules of issue 11, one table per rule, as RULES.md states them.

Each case is a referral, a home and the verdict one rule must give: excluded, needs
information, or no effect ("eligible" for that rule). Every case is judged by the pure
rule table and by the column engine over a one-home column, and both must say the same.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hearth_contract.matching import Verdict
from hearth_matching.ranking.column_rules import judge
from hearth_matching.ranking.columns import Columns
from hearth_matching.ranking.engine import ALL_RULES, assess, rank_homes
from matching_testkit import CONTEXT, child, home, place, referral, resident, with_places

EXCLUDED, NEEDS, ELIGIBLE = "excluded", "needs", "eligible"
RULES = {rule.code: rule for rule in ALL_RULES}
REFERRAL_STATES = ("present", "suspected", "historical", "not_stated", "none_known")
RESIDENT_STATES = ("present", "suspected", "historical", "not_recorded", "none_known")
BY_STATE = {
    "present": EXCLUDED,
    "suspected": EXCLUDED,
    "historical": NEEDS,
    "not_stated": NEEDS,
    "not_recorded": NEEDS,
    "none_known": ELIGIBLE,
}
SIBLINGS = frozenset({"emergency", "short_term", "long_term", "sibling_group"})


def _pure(code: str, the_referral, the_home) -> str:
    finding = RULES[code].check(the_referral, the_home, CONTEXT)
    if finding is None or finding.verdict is Verdict.PASS:
        return ELIGIBLE
    assert finding.rule == code or code == "vacancy_not_available"
    assert finding.reason
    return EXCLUDED if finding.verdict is Verdict.EXCLUDE else NEEDS


def _column(code: str, the_referral, the_home) -> str:
    outcome = judge(the_referral, Columns.build([the_home]), CONTEXT).outcomes[code]
    if any(mask[0] for mask in outcome.excludes.values()):
        return EXCLUDED
    if outcome.needs is not None and outcome.needs[0]:
        return NEEDS
    return ELIGIBLE


def _check(code: str, the_referral, the_home, expected: str) -> None:
    assert _pure(code, the_referral, the_home) == expected
    assert _column(code, the_referral, the_home) == expected


def _home_kind(**kwargs):
    """A children's home whose places offer the usual kinds."""
    return home(kind="home", capacity=4, **kwargs)


class TestSiblingGroupApproval:
    @pytest.mark.parametrize(
        ("children", "kinds", "expected"),
        [
            (2, None, EXCLUDED),
            (3, None, EXCLUDED),
            (2, SIBLINGS, ELIGIBLE),
            (1, None, ELIGIBLE),
        ],
    )
    def test_a_group_needs_carers_approved_for_groups(self, children, kinds, expected):
        the_referral = referral(*(child(5 + i) for i in range(children)))
        the_home = home(places=3, **({"placement_kinds": kinds} if kinds else {}))
        _check("sibling_group_approval", the_referral, the_home, expected)

    def test_a_childrens_home_is_approved_by_its_places(self):
        the_referral = referral(child(13), child(14), setting="residential")
        offered = place(placement_kinds=SIBLINGS)
        the_home = with_places(_home_kind(), offered, replace(offered, id="place-2"))
        _check("sibling_group_approval", the_referral, the_home, ELIGIBLE)
        plain = with_places(_home_kind(), place(), place("place-2"))
        _check("sibling_group_approval", the_referral, plain, EXCLUDED)


class TestRemandApproval:
    @pytest.mark.parametrize(
        ("legal_status", "approved", "expected"),
        [
            ("J1", False, EXCLUDED),
            ("J1", True, ELIGIBLE),
            (None, False, NEEDS),
            (None, True, ELIGIBLE),
            ("C2", False, ELIGIBLE),
            ("V2", False, ELIGIBLE),
        ],
    )
    def test_a_remanded_child_needs_remand_approval(self, legal_status, approved, expected):
        kinds = frozenset(
            {"short_term", "long_term", "emergency"} | ({"remand"} if approved else set())
        )
        the_home = home(placement_kinds=kinds)
        the_referral = referral(child(15, legal_status=legal_status))
        _check("remand_approval", the_referral, the_home, expected)


class TestAnimalAllergy:
    @pytest.mark.parametrize(
        ("allergies", "kept", "expected"),
        [
            (frozenset({"cat"}), frozenset({"cat"}), EXCLUDED),
            (frozenset({"cat"}), frozenset({"cat", "dog"}), EXCLUDED),
            (frozenset({"cat"}), frozenset({"dog"}), ELIGIBLE),
            (frozenset({"cat"}), frozenset({"other"}), NEEDS),
            (frozenset({"other"}), frozenset({"dog"}), NEEDS),
            (frozenset({"other"}), frozenset(), ELIGIBLE),
            (frozenset({"cat"}), frozenset(), ELIGIBLE),
            (frozenset({"cat"}), None, NEEDS),
            (None, frozenset({"dog"}), NEEDS),
            (None, frozenset(), ELIGIBLE),
            (None, None, NEEDS),
            (frozenset(), frozenset({"dog"}), ELIGIBLE),
            (frozenset(), None, ELIGIBLE),
        ],
    )
    def test_an_allergy_is_to_a_species(self, allergies, kept, expected):
        the_referral = referral(child(animal_allergies=allergies))
        _check("animal_allergy", the_referral, home(pets=kept), expected)


class TestPetsNotRecorded:
    @pytest.mark.parametrize(
        ("pets", "harm", "expected"),
        [
            ("yes_can", "none_known", ELIGIBLE),
            ("yes_can", "historical", NEEDS),
            ("no", "none_known", NEEDS),
            ("yes_must", "none_known", NEEDS),
            ("not_known", "none_known", NEEDS),
        ],
    )
    def test_a_home_that_has_not_said_whether_it_keeps_animals(self, pets, harm, expected):
        the_referral = referral(child(to_others={"harm_to_animals": harm}), pets=pets)
        _check("pets", the_referral, home(pets=None), expected)


class TestDeprivationOfLiberty:
    @pytest.mark.parametrize(
        ("order", "kind", "registered", "expected"),
        [
            (True, "household", None, EXCLUDED),
            (True, "home", True, ELIGIBLE),
            (True, "home", False, EXCLUDED),
            (True, "home", None, NEEDS),
            (None, "home", True, ELIGIBLE),
            (None, "home", False, NEEDS),
            (None, "home", None, NEEDS),
            (None, "household", None, NEEDS),
            (False, "home", False, ELIGIBLE),
            (False, "household", None, ELIGIBLE),
        ],
    )
    def test_only_a_registered_home(self, order, kind, registered, expected):
        setting = "residential" if kind == "home" else "fostering"
        the_referral = referral(child(15), setting=setting, deprivation_of_liberty=order)
        the_home = home(kind=kind, deprivation_of_liberty=registered)
        _check("deprivation_of_liberty", the_referral, the_home, expected)


class TestSingleSexHomes:
    @pytest.mark.parametrize(
        ("gender", "expected"),
        [("male", EXCLUDED), ("other", EXCLUDED), ("female", ELIGIBLE), ("not_stated", NEEDS)],
    )
    def test_a_home_registered_for_girls(self, gender, expected):
        the_referral = referral(child(14, gender=gender), setting="residential")
        the_home = _home_kind(genders=frozenset({"female"}))
        _check("gender", the_referral, the_home, expected)


class TestMissingAndLimitedSupervision:
    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_limited_supervision(self, state):
        the_referral = referral(child(14, to_child={"missing": state}))
        _check("missing_supervision", the_referral, home(supervision="limited"), BY_STATE[state])

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_supervision_not_recorded(self, state):
        the_referral = referral(child(14, to_child={"missing": state}))
        expected = ELIGIBLE if state == "none_known" else NEEDS
        _check("missing_supervision", the_referral, home(supervision=None), expected)

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_full_supervision_and_childrens_homes_are_not_concerned(self, state):
        the_referral = referral(child(14, to_child={"missing": state}))
        _check("missing_supervision", the_referral, home(supervision="full"), ELIGIBLE)
        residential = replace(the_referral, setting="residential")
        _check("missing_supervision", residential, _home_kind(supervision=None), ELIGIBLE)


class TestSexualHarmBothWaysWithVulnerability:
    CODE = "sexual_harm_to_younger"

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_child_poses_a_younger_resident(self, state):
        the_referral = referral(child(14, to_others={"sexual_harm": state}))
        _check(self.CODE, the_referral, home(residents=(resident(9),)), BY_STATE[state])

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_child_poses_an_older_vulnerable_resident(self, state):
        the_referral = referral(child(12, to_others={"sexual_harm": state}))
        vulnerable = resident(16, vulnerabilities=frozenset({"non_verbal"}))
        _check(self.CODE, the_referral, home(residents=(vulnerable,)), BY_STATE[state])

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_child_poses_an_older_resident_not_vulnerable(self, state):
        the_referral = referral(child(12, to_others={"sexual_harm": state}))
        _check(self.CODE, the_referral, home(residents=(resident(16),)), ELIGIBLE)

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_child_poses_an_older_resident_vulnerability_not_recorded(self, state):
        the_referral = referral(child(12, to_others={"sexual_harm": state}))
        unknown = resident(16, vulnerabilities=None)
        expected = ELIGIBLE if state == "none_known" else NEEDS
        _check(self.CODE, the_referral, home(residents=(unknown,)), expected)

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_an_older_resident_poses(self, state):
        the_home = home(residents=(resident(15, to_others={"sexual_harm": state}),))
        _check(self.CODE, referral(child(10)), the_home, BY_STATE[state])

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_younger_resident_poses_to_a_child_not_vulnerable(self, state):
        the_home = home(residents=(resident(11, to_others={"sexual_harm": state}),))
        _check(self.CODE, referral(child(14)), the_home, ELIGIBLE)

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    @pytest.mark.parametrize(
        "vulnerable",
        [
            {"disabilities": frozenset({"LD"})},
            {"disabilities": frozenset({"COMM"})},
            {"vulnerabilities": frozenset({"known_sexual_abuse_victim"})},
        ],
    )
    def test_a_younger_resident_poses_to_a_vulnerable_child(self, state, vulnerable):
        the_home = home(residents=(resident(11, to_others={"sexual_harm": state}),))
        _check(self.CODE, referral(child(14, **vulnerable)), the_home, BY_STATE[state])

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_residents_risk_not_recorded_is_asked_as_such(self, state):
        the_home = home(residents=(resident(15, to_others={"sexual_harm": state}),))
        finding = RULES[self.CODE].check(referral(child(10)), the_home, CONTEXT)
        if state == "historical":
            assert "historical" in finding.reason and "current assessment" in finding.reason
        if state == "not_recorded":
            assert "not recorded" in finding.reason


class TestExploitationBothWays:
    CODE = "exploitation"

    @pytest.mark.parametrize("resident_state", RESIDENT_STATES)
    @pytest.mark.parametrize("child_state", REFERRAL_STATES)
    def test_a_resident_who_exploits_and_a_child_at_risk(self, resident_state, child_state):
        the_referral = referral(child(14, to_child={"criminal_exploitation": child_state}))
        exploiter = resident(15, to_others={"criminal_exploitation": resident_state})
        _check(
            self.CODE,
            the_referral,
            home(residents=(exploiter,)),
            _pair(resident_state, child_state),
        )

    @pytest.mark.parametrize("resident_state", RESIDENT_STATES)
    @pytest.mark.parametrize("child_state", REFERRAL_STATES)
    def test_a_child_who_exploits_and_a_resident_at_risk(self, resident_state, child_state):
        the_referral = referral(child(14, to_others={"criminal_exploitation": child_state}))
        at_risk = resident(15, to_child={"sexual_exploitation": resident_state})
        _check(
            self.CODE, the_referral, home(residents=(at_risk,)), _pair(resident_state, child_state)
        )


def _pair(one: str, other: str) -> str:
    if "none_known" in (one, other):
        return ELIGIBLE
    if BY_STATE[one] == EXCLUDED and BY_STATE[other] == EXCLUDED:
        return EXCLUDED
    return NEEDS


class TestFireAndPhysicalHarmResidentsStates:
    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_resident_who_sets_fires_and_a_child_under_eight(self, state):
        the_home = home(residents=(resident(13, to_others={"fire_setting": state}),))
        _check("fire_setting", referral(child(6)), the_home, BY_STATE[state])
        _check("fire_setting", referral(child(9)), the_home, ELIGIBLE)

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_a_child_who_sets_fires_and_a_resident_under_eight(self, state):
        the_referral = referral(child(12, to_others={"fire_setting": state}))
        _check("fire_setting", the_referral, home(residents=(resident(5),)), BY_STATE[state])

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_resident_who_may_harm_a_much_younger_child(self, state):
        the_home = home(residents=(resident(15, to_others={"physical_harm": state}),))
        _check("physical_harm", referral(child(9)), the_home, BY_STATE[state])
        _check("physical_harm", referral(child(14)), the_home, ELIGIBLE)

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_child_of_unknown_age_is_asked_about(self, state):
        the_home = home(residents=(resident(15, to_others={"physical_harm": state}),))
        expected = ELIGIBLE if state == "none_known" else NEEDS
        _check("physical_harm", referral(child(None)), the_home, expected)


class TestGoingMissingResidentsStates:
    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_household_with_one_child_who_may_go_missing(self, state):
        the_referral = referral(child(14, to_child={"missing": "present"}))
        the_home = home(residents=(resident(15, to_child={"missing": state}),))
        _check("going_missing", the_referral, the_home, BY_STATE[state])

    @pytest.mark.parametrize("state", RESIDENT_STATES)
    def test_a_child_whose_going_missing_is_not_stated(self, state):
        the_referral = referral(child(14, to_child={"missing": "not_stated"}))
        the_home = home(residents=(resident(15, to_child={"missing": state}),))
        expected = ELIGIBLE if state == "none_known" else NEEDS
        _check("going_missing", the_referral, the_home, expected)


class TestParentAndChild:
    def _referral(self, parent):
        return referral(child(0), setting="parent_and_child", parent=parent)

    def _home(self, *residents):
        kinds = frozenset({"short_term", "long_term", "emergency", "parent_and_child"})
        return home(placement_kinds=kinds, residents=residents)

    @pytest.mark.parametrize("state", REFERRAL_STATES)
    def test_the_parents_own_risk_against_the_children_here(self, state):
        parent = child(17, to_others={"sexual_harm": state})
        the_home = self._home(resident(9))
        _check("sexual_harm_to_younger", self._referral(parent), the_home, BY_STATE[state])

    def test_a_parent_not_described_is_asked_about(self):
        _check("fire_setting", self._referral(None), self._home(resident(5)), NEEDS)
        _check("fire_setting", self._referral(None), self._home(), ELIGIBLE)


class TestNeedsInformationNeverAboveClean:
    def test_a_better_scoring_home_that_needs_information_ranks_below(self):
        the_referral = referral(child(10, language="Polish"))
        clean = home("clean", location=(600000.0, 155800.0))
        asks = home("asks", languages=frozenset({"polish"}), pets=None)
        the_referral = replace(the_referral, pets="not_known")
        assert (
            assess(the_referral, asks, CONTEXT).score > assess(the_referral, clean, CONTEXT).score
        )
        assert assess(the_referral, asks, CONTEXT).questions
        assert not assess(the_referral, clean, CONTEXT).questions
        ranked = rank_homes(the_referral, Columns.build([asks, clean]), CONTEXT)
        assert [a.home.id for a in ranked.ranked] == ["clean", "asks"]


class TestExperienceMeetsTheChildsNeeds:
    def test_a_childrens_home_registered_for_learning_disability_counts(self):
        the_referral = referral(child(14, disabilities=frozenset({"LD"})), setting="residential")
        skilled = _home_kind(skills=frozenset({"learning_disability", "disability", "teenagers"}))
        unskilled = _home_kind(skills=frozenset({"trauma"}))
        points = {
            h.id: {c.name: c.points for c in assess(the_referral, h, CONTEXT).components}
            for h in (replace(skilled, id="skilled"), replace(unskilled, id="unskilled"))
        }
        assert points["skilled"]["experience"] == 1.0
        assert points["unskilled"]["experience"] == 0.0
