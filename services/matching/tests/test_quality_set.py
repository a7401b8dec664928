"""The labelled quality set: scenarios an experienced placement officer would agree with.

Each row is a referral, a home and the expected outcome: excluded by a named rule,
flagged "needs information" by a named rule, or standing. The ranking rows say
which of two homes must come first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hearth_contract.matching import Verdict
from hearth_matching.ranking.engine import ALL_RULES, assess
from hearth_matching.rules.base import RuleContext
from matching_testkit import (
    CONTEXT,
    KENT,
    MAIDSTONE,
    MANCHESTER,
    NOW,
    child,
    home,
    place,
    referral,
    resident,
    with_places,
)

EXCLUDE, NEEDS, STANDS = "exclude", "needs", "stands"
SIBLING_APPROVED = frozenset({"emergency", "short_term", "long_term", "sibling_group"})

SCENARIOS = [
    # --- hard rules ---
    (
        "residential referral, foster household",
        referral(setting="residential"),
        home(),
        EXCLUDE,
        "setting",
    ),
    ("fostering referral, children's home", referral(), home(kind="home"), EXCLUDE, "setting"),
    ("secure referral, no secure homes", referral(setting="secure"), home(), EXCLUDE, "setting"),
    ("child of 15, approved 0-11", referral(child(15)), home(age_max=11), EXCLUDE, "age_range"),
    ("child of 3, approved 5-17", referral(child(3)), home(age_min=5), EXCLUDE, "age_range"),
    ("age not given", referral(child(None)), home(), NEEDS, "age_range"),
    (
        "place offered for 12-17 only, child 8",
        referral(child(8)),
        with_places(home(), place(age_min=12)),
        EXCLUDE,
        "age_range",
    ),
    (
        "boy, girls-only approval",
        referral(child(gender="male")),
        home(genders=frozenset({"female"})),
        EXCLUDE,
        "gender",
    ),
    (
        "gender not stated, girls-only approval",
        referral(child(gender="not_stated")),
        home(genders=frozenset({"female"})),
        NEEDS,
        "gender",
    ),
    (
        "three siblings, two free places",
        referral(child(5), child(7), child(9)),
        home(places=2),
        EXCLUDE,
        "free_places",
    ),
    (
        "two siblings, approved for 3 with 2 placed",
        referral(child(5), child(7)),
        home(places=2, residents=(resident(12), resident(14))),
        EXCLUDE,
        "free_places",
    ),
    (
        "two siblings, two free places",
        referral(child(5), child(7)),
        home(places=2, placement_kinds=SIBLING_APPROVED),
        STANDS,
        None,
    ),
    (
        "emergency, not approved for emergencies",
        referral(placement_kinds=frozenset({"emergency", "short_term"})),
        home(placement_kinds=frozenset({"short_term", "long_term"})),
        EXCLUDE,
        "placement_kind",
    ),
    (
        "respite wanted, place offered short-term only",
        referral(placement_kinds=frozenset({"respite"})),
        home(placement_kinds=frozenset({"respite", "short_term"})),
        EXCLUDE,
        "placement_kind",
    ),
    (
        "parent and child, carers not approved",
        referral(setting="parent_and_child"),
        home(),
        EXCLUDE,
        "parent_and_child",
    ),
    (
        "wheelchair user, no access",
        referral(child(adaptations=frozenset({"wheelchair_access"}))),
        home(),
        EXCLUDE,
        "adaptations",
    ),
    (
        "wheelchair user, adapted home",
        referral(child(adaptations=frozenset({"wheelchair_access"}))),
        home(adaptations=frozenset({"wheelchair_access", "adapted_bathroom"})),
        STANDS,
        None,
    ),
    (
        "solo placement, a child lives there",
        referral(living_companions="solo_placement_recommended"),
        home(residents=(resident(9),)),
        EXCLUDE,
        "living_companions",
    ),
    (
        "solo placement, nobody else there",
        referral(living_companions="solo_placement_recommended"),
        home(),
        STANDS,
        None,
    ),
    (
        "only with older children, a younger one there",
        referral(child(12), living_companions="only_with_older_children"),
        home(residents=(resident(9),)),
        EXCLUDE,
        "living_companions",
    ),
    (
        "only with younger children, an older one there",
        referral(child(8), living_companions="only_with_younger_children"),
        home(residents=(resident(15, own=True),)),
        EXCLUDE,
        "living_companions",
    ),
    (
        "companions not stated, children there",
        referral(living_companions=None),
        home(residents=(resident(9),)),
        NEEDS,
        "living_companions",
    ),
    (
        "must not live with animals, dog there",
        referral(pets="no"),
        home(pets=("dog",)),
        EXCLUDE,
        "pets",
    ),
    (
        "harms animals, cat there",
        referral(child(to_others={"harm_to_animals": "present"})),
        home(pets=("cat",)),
        EXCLUDE,
        "pets",
    ),
    ("pets not known, dog there", referral(pets="not_known"), home(pets=("dog",)), NEEDS, "pets"),
    ("must live with animals, none there", referral(pets="yes_must"), home(), EXCLUDE, "pets"),
    (
        "deprivation of liberty, foster household",
        referral(deprivation_of_liberty=True),
        home(),
        EXCLUDE,
        "deprivation_of_liberty",
    ),
    (
        "deprivation of liberty, registered children's home",
        referral(setting="residential", deprivation_of_liberty=True),
        home(kind="home", placement_kinds=frozenset()),
        STANDS,
        None,
    ),
    (
        "deprivation of liberty not said, household",
        referral(deprivation_of_liberty=None),
        home(),
        NEEDS,
        "deprivation_of_liberty",
    ),
    (
        "carers exclude fire-setting, child sets fires",
        referral(child(to_others={"fire_setting": "present"})),
        home(exclusions=frozenset({"fire_setting"})),
        EXCLUDE,
        "carers_exclusions",
    ),
    (
        "carers exclude going missing, not stated",
        referral(child(to_child={"missing": "not_stated"})),
        home(exclusions=frozenset({"going_missing"})),
        NEEDS,
        "carers_exclusions",
    ),
    (
        "carers take no sibling groups",
        referral(child(5), child(7)),
        home(places=2, placement_kinds=SIBLING_APPROVED, exclusions=frozenset({"sibling_groups"})),
        EXCLUDE,
        "carers_exclusions",
    ),
    (
        "place on hold for another child",
        referral(),
        with_places(home(), place(state="on_hold")),
        EXCLUDE,
        "vacancy_not_available",
    ),
    (
        "place not confirmed for three days",
        referral(),
        with_places(home(), place(last_confirmed_at=NOW - timedelta(days=3))),
        EXCLUDE,
        "vacancy_stale",
    ),
    (
        "needed today, place free next week",
        referral(needed_by="today"),
        with_places(home(), place(available_from=date(2026, 11, 30))),
        EXCLUDE,
        "vacancy_not_available",
    ),
    # --- safeguarding, both ways ---
    (
        "sexual harm to others, younger child there",
        referral(child(14, to_others={"sexual_harm": "present"})),
        home(residents=(resident(8),)),
        EXCLUDE,
        "sexual_harm_to_younger",
    ),
    (
        "sexual harm to others, only older children there",
        referral(child(10, to_others={"sexual_harm": "present"})),
        home(residents=(resident(15),)),
        STANDS,
        None,
    ),
    (
        "older resident poses sexual harm, child younger",
        referral(child(9)),
        home(residents=(resident(14, to_others=["sexual_harm"]),)),
        EXCLUDE,
        "sexual_harm_to_younger",
    ),
    (
        "sexual harm not stated, younger child there",
        referral(child(13, to_others={"sexual_harm": "not_stated"})),
        home(residents=(resident(6),)),
        NEEDS,
        "sexual_harm_to_younger",
    ),
    (
        "sexual harm only historical, younger child there",
        referral(child(13, to_others={"sexual_harm": "historical"})),
        home(residents=(resident(6),)),
        NEEDS,
        "sexual_harm_to_younger",
    ),
    (
        "at risk of CSE, resident exploits others",
        referral(child(14, to_child={"sexual_exploitation": "present"})),
        home(residents=(resident(15, to_others=["criminal_exploitation"]),)),
        EXCLUDE,
        "exploitation",
    ),
    (
        "child recruits others, resident at risk of CCE",
        referral(child(15, to_others={"criminal_exploitation": "suspected"})),
        home(residents=(resident(14, to_child=["criminal_exploitation"]),)),
        EXCLUDE,
        "exploitation",
    ),
    (
        "fire-setter, a 5-year-old there",
        referral(child(12, to_others={"fire_setting": "present"})),
        home(residents=(resident(5, own=True),)),
        EXCLUDE,
        "fire_setting",
    ),
    (
        "fire-setter, only teenagers there",
        referral(child(12, to_others={"fire_setting": "present"})),
        home(residents=(resident(14),)),
        STANDS,
        None,
    ),
    (
        "child of 6, resident sets fires",
        referral(child(6)),
        home(residents=(resident(13, to_others=["fire_setting"]),)),
        EXCLUDE,
        "fire_setting",
    ),
    (
        "physical harm, child 4 years younger there",
        referral(child(14, to_others={"physical_harm": "present"})),
        home(residents=(resident(10),)),
        EXCLUDE,
        "physical_harm",
    ),
    (
        "resident harms physically, child much younger",
        referral(child(9)),
        home(residents=(resident(15, to_others=["physical_harm"]),)),
        EXCLUDE,
        "physical_harm",
    ),
    (
        "goes missing, a child there already does",
        referral(child(14, to_child={"missing": "present"})),
        home(residents=(resident(15, to_child=["missing"]),)),
        EXCLUDE,
        "going_missing",
    ),
    (
        "goes missing, children's home with one who does",
        referral(child(14, to_child={"missing": "present"}), setting="residential"),
        home(
            kind="home",
            placement_kinds=frozenset(),
            residents=(resident(15, to_child=["missing"]),),
        ),
        STANDS,
        None,
    ),
    (
        "missing not stated, a child there goes missing",
        referral(child(14, to_child={"missing": "not_stated"})),
        home(residents=(resident(15, to_child=["missing"]),)),
        NEEDS,
        "going_missing",
    ),
]

# The rules issue 11 added (RULES.md); each in full in tests/test_safety_rules.py.
SCENARIOS += [
    (
        "two siblings, carers not approved for sibling groups",
        referral(child(5), child(7)),
        home(places=2),
        EXCLUDE,
        "sibling_group_approval",
    ),
    (
        "remanded child, no remand approval",
        referral(child(15, legal_status="J1")),
        home(),
        EXCLUDE,
        "remand_approval",
    ),
    (
        "cat allergy, cat kept",
        referral(child(animal_allergies=frozenset({"cat"}))),
        home(pets=frozenset({"cat"})),
        EXCLUDE,
        "animal_allergy",
    ),
    (
        "child goes missing, limited supervision",
        referral(child(14, to_child={"missing": "suspected"})),
        home(supervision="limited"),
        EXCLUDE,
        "missing_supervision",
    ),
    (
        "older resident with a learning disability, child poses sexual harm",
        referral(child(12, to_others={"sexual_harm": "present"})),
        home(residents=(resident(15, vulnerabilities=frozenset({"learning_disability"})),)),
        EXCLUDE,
        "sexual_harm_to_younger",
    ),
]


@pytest.mark.parametrize(
    ("label", "the_referral", "the_home", "expected", "rule"),
    SCENARIOS,
    ids=[s[0] for s in SCENARIOS],
)
def test_scenario(label, the_referral, the_home, expected, rule):
    assessment = assess(the_referral, the_home, CONTEXT)
    if expected == EXCLUDE:
        assert [f.rule for f in assessment.exclusions][:1] == [rule], assessment.exclusions
        assert assessment.exclusions[0].reason
    elif expected == NEEDS:
        assert not assessment.exclusions, assessment.exclusions
        assert rule in [f.rule for f in assessment.questions]
        assert all(f.verdict is Verdict.NEEDS_INFORMATION for f in assessment.questions)
    else:
        assert not assessment.exclusions, assessment.exclusions
        assert not assessment.questions, assessment.questions
        assert 0 < assessment.score <= 100


RANKING = [
    (
        "nearer the school ranks above",
        referral(),
        home("near", location=MAIDSTONE),
        home("far", location=(MAIDSTONE[0] + 20000, MAIDSTONE[1])),
    ),
    (
        "in the child's own LA ranks above",
        referral(school=None),
        home("own", la_code=KENT),
        home("other", la_code="E08000003"),
    ),
    (
        "carers experienced with CSE rank above",
        referral(child(14, to_child={"sexual_exploitation": "present"})),
        home("skilled", skills=frozenset({"child_sexual_exploitation", "teenagers"})),
        home("unskilled"),
    ),
    (
        "shared language ranks above",
        referral(child(language="Polish")),
        home("polish", languages=frozenset({"polish", "english"})),
        home("english", languages=frozenset({"english"})),
    ),
    (
        "nearer frequent family time ranks above",
        referral(family_time=((MAIDSTONE, "several_times_a_week"),)),
        home("near", location=MAIDSTONE),
        home("far", location=MANCHESTER),
    ),
    (
        "shared interests rank above",
        referral(child(interests=frozenset({"football", "music"}))),
        home("fans", interests=frozenset({"football"})),
        home("none"),
    ),
    (
        "children of a similar age rank above",
        referral(child(12)),
        home("peers", residents=(resident(12),)),
        home("infants", residents=(resident(3, own=True),)),
    ),
]


@pytest.mark.parametrize(
    ("label", "the_referral", "better", "worse"), RANKING, ids=[r[0] for r in RANKING]
)
def test_must_rank_above(label, the_referral, better, worse):
    first = assess(the_referral, better, CONTEXT)
    second = assess(the_referral, worse, CONTEXT)
    assert not first.excluded and not second.excluded
    assert first.score > second.score
    changed = {a.name: a.points for a in first.components} != {
        b.name: b.points for b in second.components
    }
    assert changed


def test_the_set_is_large_enough_and_every_rule_is_exercised():
    assert len(SCENARIOS) + len(RANKING) >= 40
    exercised = {s[4] for s in SCENARIOS if s[4]}
    assert {r.code for r in ALL_RULES} <= exercised | {"vacancy_stale"}


def test_every_rule_has_a_title_and_a_rationale():
    for rule in ALL_RULES:
        assert rule.title and len(rule.rationale) > 30, rule.code


def test_a_stale_window_is_the_contexts():
    lenient = RuleContext(now=NOW, stale_after=timedelta(days=7))
    stale_home = with_places(home(), place(last_confirmed_at=NOW - timedelta(days=3)))
    assert not assess(referral(), stale_home, lenient).excluded
    assert replace(stale_home).id == "home-1"
