"""The score of ``rules.scoring`` for every home at once.

Each component is computed with the same floating-point operations in the same order
as the pure one, so the weighted score agrees to the last bit but for the distance
(``np.hypot`` and ``math.hypot`` may differ in the last place). A test compares the
two on hundreds of random pairings; the engine re-scores with the pure function any
home whose score lies so near a rounding step that this could matter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from hearth_matching.facts import Referral
from hearth_matching.ranking.columns import Columns
from hearth_matching.rules.scoring import (
    FAMILY_TIME_REACH_KM,
    FREQUENCY_WEIGHT,
    SCHOOL_REACH_KM,
    needed_skills,
)

__all__ = ["COLUMN_COMPONENTS", "column_points", "column_score"]


def _near(c: Columns, point: tuple[float, float], reach: float) -> np.ndarray:
    km = np.hypot(point[0] - c.easting, point[1] - c.northing) / 1000.0
    return np.maximum(0.0, 1.0 - km / reach)


def _constant(c: Columns, points: float) -> np.ndarray:
    return np.full(c.size, points)


def _school(r: Referral, c: Columns) -> np.ndarray:
    if r.school is None:
        return _constant(c, 0.0)
    return np.where(c.has_location, _near(c, r.school, SCHOOL_REACH_KM), 0.0)


def _family_time(r: Referral, c: Columns) -> np.ndarray:
    if not r.family_time:
        return _constant(c, 0.0)
    total = np.zeros(c.size)
    weight = 0.0
    for point, frequency in r.family_time:
        w = FREQUENCY_WEIGHT.get(frequency, 1.0)
        total += w * _near(c, point, FAMILY_TIME_REACH_KM)
        weight += w
    return np.where(c.has_location, total / weight, 0.0)


def _own_area(r: Referral, c: Columns) -> np.ndarray:
    return (c.la_code == c.la_codes.get(r.la_code, -1)).astype(np.float64)


def _experience(r: Referral, c: Columns) -> np.ndarray:
    needed = needed_skills(r)
    if not needed:
        return _constant(c, 0.5)
    return c.skills.count_of(needed) / len(needed)


def _culture(r: Referral, c: Columns) -> np.ndarray:
    checks = []
    languages = {child.language.lower() for child in r.children if child.language}
    if languages:
        checks.append(c.languages.any_of(languages).astype(np.float64))
    religions = {
        child.religion.lower()
        for child in r.children
        if child.religion and child.religion.lower() != "none"
    }
    if religions:
        codes = [c.religion_codes[f] for f in religions if f in c.religion_codes]
        checks.append(np.where(np.isin(c.religion, codes), 1.0, 0.3))
    if not checks:
        return _constant(c, 0.5)
    return sum(checks) / len(checks)


def _interests(r: Referral, c: Columns) -> np.ndarray:
    wanted = set().union(*(child.interests for child in r.children))
    if not wanted:
        return _constant(c, 0.5)
    return np.minimum(1.0, c.interests.count_of(wanted) / 2)


def _age_mix(r: Referral, c: Columns) -> np.ndarray:
    ages = [child.age for child in r.children if child.age is not None]
    lived_in = c.resident_count > 0
    if not ages:
        return np.where(lived_in, 0.5, 0.7)
    gaps = np.min([np.abs(c.resident_age - age) for age in ages], axis=0)
    total_gap = np.bincount(c.resident_home, weights=gaps, minlength=c.size)
    mean_gap = total_gap / np.maximum(c.resident_count, 1)
    return np.where(lived_in, np.maximum(0.0, 1.0 - mean_gap / 10), 0.7)


def _siblings(r: Referral, c: Columns) -> np.ndarray:
    if r.sibling_count < 2:
        return _constant(c, 0.5)
    return np.where(c.placement_kinds.has("sibling_group"), 1.0, 0.7)


# In the order of ``rules.scoring.COMPONENTS`` (the sum is taken in this order).
COLUMN_COMPONENTS: dict[str, Callable[[Referral, Columns], np.ndarray]] = {
    "school_distance": _school,
    "family_time_distance": _family_time,
    "own_area": _own_area,
    "experience": _experience,
    "culture": _culture,
    "interests": _interests,
    "age_mix": _age_mix,
    "siblings_together": _siblings,
}


def column_points(referral: Referral, columns: Columns) -> dict[str, np.ndarray]:
    """Each component's points (0 to 1) for every home."""
    return {name: points(referral, columns) for name, points in COLUMN_COMPONENTS.items()}


def column_score(referral: Referral, columns: Columns, weights: Mapping[str, float]) -> np.ndarray:
    """The weighted score out of 100 for every home, not yet rounded to hundredths."""
    total_weight = sum(weights.get(name, 0.0) for name in COLUMN_COMPONENTS)
    if total_weight == 0:
        return np.zeros(columns.size)
    points = np.zeros(columns.size)
    for name, component in COLUMN_COMPONENTS.items():
        weight = weights.get(name, 0.0)
        if weight:
            points = points + weight * component(referral, columns)
    return 100 * points / total_weight
