"""Scoring: how good a home is for the child, once no rule excludes it.

Every component gives 0 to 1 points and a sentence saying why; the agency's weights
decide how much each counts. The score is the weighted mean, out of 100.
Distances are straight lines on the OS national grid (eastings and northings in
metres, as the vacancies service resolves them from the ONS postcode directory):
on the grid, Pythagoras is exact enough for "is it near the school".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from hearth_contract.matching import SCORE_COMPONENTS

from hearth_matching.facts import Home, Point, Referral

__all__ = [
    "COMPONENTS",
    "DEFAULT_WEIGHTS",
    "FAMILY_TIME_REACH_KM",
    "FREQUENCY_WEIGHT",
    "SCHOOL_REACH_KM",
    "Component",
    "distance_km",
    "needed_skills",
    "score",
]

DEFAULT_WEIGHTS: dict[str, float] = {
    "school_distance": 3.0,
    "family_time_distance": 2.0,
    "own_area": 1.5,
    "experience": 2.0,
    "culture": 1.0,
    "interests": 0.5,
    "age_mix": 1.0,
    "siblings_together": 1.0,
}
assert set(DEFAULT_WEIGHTS) == set(SCORE_COMPONENTS)

SCHOOL_REACH_KM = 30.0  # beyond this a daily school run is not realistic
FAMILY_TIME_REACH_KM = 40.0
# More frequent family time makes distance matter more.
FREQUENCY_WEIGHT = {
    "daily": 4.0,
    "several_times_a_week": 3.0,
    "weekly": 2.0,
    "fortnightly": 1.5,
    "monthly": 1.0,
    "less_often": 0.5,
    "to_be_agreed": 1.0,
}
# The needs each carers' skill answers.
_SKILL_FOR_RISK = {
    "sexual_exploitation": "child_sexual_exploitation",
    "self_harm": "mental_health",
    "eating_disorder": "mental_health",
    "drug_alcohol": "substance_misuse",
    "criminal_exploitation": "criminal_exploitation",
    "missing": "going_missing",
}
# The needs each SSDA903 disability calls for, in the vocabulary homes' skills share.
_SKILL_FOR_DISABILITY = {
    "LD": "learning_disability",
    "MOB": "physical_disability",
    "HAND": "physical_disability",
    "HEAR": "sensory_impairment",
    "VIS": "sensory_impairment",
}


@dataclass(frozen=True)
class Component:
    name: str
    points: float
    explanation: str


def distance_km(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0


def _near(distance: float, reach: float) -> float:
    return max(0.0, 1.0 - distance / reach)


def _school(referral: Referral, home: Home) -> Component:
    if referral.school is None or home.location is None:
        return Component("school_distance", 0.0, "The school's postcode is not given.")
    km = distance_km(referral.school, home.location)
    return Component(
        "school_distance", _near(km, SCHOOL_REACH_KM), f"{km:.1f} km from the child's school."
    )


def _family_time(referral: Referral, home: Home) -> Component:
    venues = [(p, f) for p, f in referral.family_time]
    if not venues or home.location is None:
        return Component("family_time_distance", 0.0, "No family-time venue is given.")
    total = weight = 0.0
    nearest = math.inf
    for point, frequency in venues:
        km = distance_km(point, home.location)
        nearest = min(nearest, km)
        w = FREQUENCY_WEIGHT.get(frequency, 1.0)
        total += w * _near(km, FAMILY_TIME_REACH_KM)
        weight += w
    return Component(
        "family_time_distance",
        total / weight,
        f"{nearest:.1f} km from the nearest family-time venue.",
    )


def _own_area(referral: Referral, home: Home) -> Component:
    if home.la_code == referral.la_code:
        return Component("own_area", 1.0, "In the child's own local authority.")
    return Component("own_area", 0.0, "Outside the child's local authority.")


def needed_skills(referral: Referral) -> set[str]:
    """The carers' skills the referral calls for (the same for every home)."""
    skills = set()
    for child in referral.children:
        for risk, skill in _SKILL_FOR_RISK.items():
            if child.to_child(risk) in ("present", "suspected"):
                skills.add(skill)
        if child.disabilities - {"NONE"}:
            skills.add("disability")
        skills.update(
            _SKILL_FOR_DISABILITY[d] for d in child.disabilities & _SKILL_FOR_DISABILITY.keys()
        )
        if "AUT" in child.disabilities:
            skills.add("autism")
        if child.age is not None and child.age >= 13:
            skills.add("teenagers")
    if "therapeutic_support" in referral.additional_support:
        skills.add("therapeutic")
    return skills


def _experience(referral: Referral, home: Home) -> Component:
    needed = needed_skills(referral)
    if not needed:
        return Component("experience", 0.5, "No particular experience is called for.")
    have = sorted(needed & home.skills)
    text = (
        f"Experienced with {', '.join(s.replace('_', ' ') for s in have)}"
        if have
        else "No experience recorded"
    )
    return Component(
        "experience", len(have) / len(needed), f"{text} ({len(have)} of {len(needed)} needs)."
    )


def _culture(referral: Referral, home: Home) -> Component:
    checks, said = [], []
    languages = {c.language.lower() for c in referral.children if c.language}
    if languages:
        shared = languages & home.languages
        checks.append(1.0 if shared else 0.0)
        said.append(
            "speaks the child's language" if shared else "does not speak the child's language"
        )
    religions = {
        c.religion.lower() for c in referral.children if c.religion and c.religion.lower() != "none"
    }
    if religions:
        same = home.religion is not None and home.religion.lower() in religions
        checks.append(1.0 if same else 0.3)
        said.append("shares the child's faith" if same else "of another or no faith")
    cultural = set().union(*(c.cultural_needs for c in referral.children))
    if cultural:
        met = len(cultural & home.skills)
        checks.append(met / len(cultural))
        said.append(f"supports {met} of the child's {len(cultural)} cultural needs")
    if not checks:
        return Component("culture", 0.5, "No language, faith or cultural need is given.")
    return Component("culture", sum(checks) / len(checks), "The home " + " and ".join(said) + ".")


def _interests(referral: Referral, home: Home) -> Component:
    wanted = set().union(*(c.interests for c in referral.children))
    if not wanted:
        return Component("interests", 0.5, "No interests are given.")
    shared = sorted(wanted & home.interests)
    if not shared:
        return Component("interests", 0.0, "No shared interests recorded.")
    return Component("interests", min(1.0, len(shared) / 2), "Shares " + ", ".join(shared) + ".")


def _age_mix(referral: Referral, home: Home) -> Component:
    ages = [c.age for c in referral.children if c.age is not None]
    if not home.residents:
        return Component("age_mix", 0.7, "No other children live here.")
    if not ages:
        return Component("age_mix", 0.5, "The child's age is not given.")
    gaps = [min(abs(r.age - a) for a in ages) for r in home.residents]
    mean_gap = sum(gaps) / len(gaps)
    return Component(
        "age_mix",
        max(0.0, 1.0 - mean_gap / 10),
        f"Children here are on average {mean_gap:.0f} years apart in age from the child.",
    )


def _siblings(referral: Referral, home: Home) -> Component:
    if any(referral.id in r.sibling_of for r in home.residents):
        return Component(
            "siblings_together", 1.0, "A brother or sister of the child already lives here."
        )
    if referral.sibling_count < 2:
        return Component("siblings_together", 0.5, "A single child.")
    if "sibling_group" in home.placement_kinds:
        return Component(
            "siblings_together",
            1.0,
            f"Keeps all {referral.sibling_count} siblings "
            "together, with carers approved for groups.",
        )
    return Component(
        "siblings_together", 0.7, f"Keeps all {referral.sibling_count} siblings together."
    )


COMPONENTS: tuple[Callable[[Referral, Home], Component], ...] = (
    _school,
    _family_time,
    _own_area,
    _experience,
    _culture,
    _interests,
    _age_mix,
    _siblings,
)


def score(
    referral: Referral, home: Home, weights: Mapping[str, float] = DEFAULT_WEIGHTS
) -> tuple[float, list[Component]]:
    """The weighted score out of 100, and each component with its explanation."""
    components = [component(referral, home) for component in COMPONENTS]
    total_weight = sum(weights.get(c.name, 0.0) for c in components)
    if total_weight == 0:
        return 0.0, components
    points = sum(weights.get(c.name, 0.0) * c.points for c in components)
    return round(100 * points / total_weight, 2), components
