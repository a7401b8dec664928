"""The score of ``rules.scoring`` for every home at once.

Each component is computed with the same floating-point operations in the same order
as the pure one, so the weighted score agrees to the last bit but for the distance
(``np.sqrt`` of the squares and ``math.hypot`` may differ in the last place). A test compares the
two on hundreds of random pairings; the engine re-scores with the pure function any
home whose score lies so near a rounding step that this could matter. Only the
homes that stand are scored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

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


class _Homes:
    """The columns the score reads, for the homes being scored only."""

    def __init__(self, columns: Columns, rows: np.ndarray | None) -> None:
        self.columns, self.rows = columns, rows
        self.size = columns.size if rows is None else len(rows)

    def __getattr__(self, name: str) -> np.ndarray:
        # Slot arrays are (slots, homes); others are (homes,).
        values = getattr(self.columns, name)
        if self.rows is not None:
            values = values[..., self.rows]
        setattr(self, name, values)
        return values

    def has(self, membership: str, values: Iterable[str]) -> np.ndarray:
        found = getattr(self.columns, membership).count_of(values)
        return found if self.rows is None else found[..., self.rows]


def _near(h: _Homes, point: tuple[float, float], reach: float) -> np.ndarray:
    # sqrt rather than hypot: ten times faster; it differs from ``math.hypot`` only in
    # the last place, which the engine's re-scoring near a rounding step absorbs.
    km = np.sqrt((point[0] - h.easting) ** 2 + (point[1] - h.northing) ** 2) / 1000.0
    return np.maximum(0.0, 1.0 - km / reach)


def _constant(h: _Homes, points: float) -> np.ndarray:
    return np.full(h.size, points)


def _school(r: Referral, h: _Homes) -> np.ndarray:
    if r.school is None:
        return _constant(h, 0.0)
    return np.where(h.has_location, _near(h, r.school, SCHOOL_REACH_KM), 0.0)


def _family_time(r: Referral, h: _Homes) -> np.ndarray:
    if not r.family_time:
        return _constant(h, 0.0)
    total = np.zeros(h.size)
    weight = 0.0
    for point, frequency in r.family_time:
        w = FREQUENCY_WEIGHT.get(frequency, 1.0)
        total += w * _near(h, point, FAMILY_TIME_REACH_KM)
        weight += w
    return np.where(h.has_location, total / weight, 0.0)


def _own_area(r: Referral, h: _Homes) -> np.ndarray:
    return (h.la_code == h.columns.la_codes.get(r.la_code, -1)).astype(np.float64)


def _experience(r: Referral, h: _Homes) -> np.ndarray:
    needed = needed_skills(r)
    if not needed:
        return _constant(h, 0.5)
    return h.has("skills", needed) / len(needed)


def _culture(r: Referral, h: _Homes) -> np.ndarray:
    checks = []
    languages = {child.language.lower() for child in r.children if child.language}
    if languages:
        checks.append((h.has("languages", languages) > 0).astype(np.float64))
    religions = {
        child.religion.lower()
        for child in r.children
        if child.religion and child.religion.lower() != "none"
    }
    if religions:
        known = h.columns.religion_codes
        codes = [known[faith] for faith in religions if faith in known]
        checks.append(np.where(np.isin(h.religion, codes), 1.0, 0.3))
    cultural = set().union(*(child.cultural_needs for child in r.children))
    if cultural:
        checks.append(h.has("skills", cultural) / len(cultural))
    if not checks:
        return _constant(h, 0.5)
    return sum(checks) / len(checks)


def _interests(r: Referral, h: _Homes) -> np.ndarray:
    wanted = set().union(*(child.interests for child in r.children))
    if not wanted:
        return _constant(h, 0.5)
    return np.minimum(1.0, h.has("interests", wanted) / 2)


def _age_mix(r: Referral, h: _Homes) -> np.ndarray:
    ages = [child.age for child in r.children if child.age is not None]
    lived_in = h.resident_count > 0
    if not ages:
        return np.where(lived_in, 0.5, 0.7)
    resident_age = h.resident_age.astype(np.int64)
    gaps = np.min([np.abs(resident_age - age) for age in ages], axis=0)
    total_gap = np.where(h.resident_valid, gaps, 0).sum(axis=0)
    mean_gap = total_gap / np.maximum(h.resident_count, 1)
    return np.where(lived_in, np.maximum(0.0, 1.0 - mean_gap / 10), 0.7)


def _siblings(r: Referral, h: _Homes) -> np.ndarray:
    sibling_here = (h.has("resident_sibling_of", (r.id,)) > 0) & h.resident_valid
    sibling_here = np.logical_or.reduce(sibling_here, axis=0)
    if r.sibling_count < 2:
        return np.where(sibling_here, 1.0, 0.5)
    approved = h.has("placement_kinds", ("sibling_group",)) > 0
    return np.where(sibling_here | approved, 1.0, 0.7)


# In the order of ``rules.scoring.COMPONENTS`` (the sum is taken in this order).
COLUMN_COMPONENTS: dict[str, Callable[[Referral, _Homes], np.ndarray]] = {
    "school_distance": _school,
    "family_time_distance": _family_time,
    "own_area": _own_area,
    "experience": _experience,
    "culture": _culture,
    "interests": _interests,
    "age_mix": _age_mix,
    "siblings_together": _siblings,
}


def column_points(
    referral: Referral, columns: Columns, rows: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    """Each component's points (0 to 1) for the given homes (all, by default)."""
    homes = _Homes(columns, rows)
    return {name: points(referral, homes) for name, points in COLUMN_COMPONENTS.items()}


def column_score(
    referral: Referral,
    columns: Columns,
    weights: Mapping[str, float],
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """The weighted score out of 100 for the given homes, not yet rounded to hundredths."""
    homes = _Homes(columns, rows)
    total_weight = sum(weights.get(name, 0.0) for name in COLUMN_COMPONENTS)
    if total_weight == 0:
        return np.zeros(homes.size)
    points = np.zeros(homes.size)
    for name, component in COLUMN_COMPONENTS.items():
        weight = weights.get(name, 0.0)
        if weight:
            points = points + weight * component(referral, homes)
    return 100 * points / total_weight
