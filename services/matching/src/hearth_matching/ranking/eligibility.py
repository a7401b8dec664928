"""The eligibility rules over whole columns: the first five hard rules, vectorised.

With tens of thousands of homes the pure rules are too slow to run on every one;
these masks give the same exclusions (a test holds them to ``rules.hard``) so the
full rule table runs only on the homes that are eligible.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from hearth_matching.facts import Home, Referral

__all__ = ["ELIGIBILITY_RULES", "Columns"]

ELIGIBILITY_RULES = ("setting", "vacancy_not_available", "age_range", "gender", "free_places")
_GENDER_BIT = {"male": 1, "female": 2, "other": 4, "not_stated": 0}
_DAY = 86400.0


@dataclass
class Columns:
    """One agency's homes as arrays, rebuilt when a home or place changes."""

    homes: list[Home]
    is_home: np.ndarray
    age_min: np.ndarray
    age_max: np.ndarray
    genders: np.ndarray
    room: np.ndarray
    place_home: np.ndarray  # for each available place: the index of its home
    place_confirmed: np.ndarray  # epoch seconds
    place_from: np.ndarray  # epoch days

    @classmethod
    def build(cls, homes: list[Home]) -> Columns:
        place_home, confirmed, available_from = [], [], []
        for index, home in enumerate(homes):
            for place in home.places:
                if place.state == "available":
                    place_home.append(index)
                    confirmed.append(place.last_confirmed_at.timestamp())
                    available_from.append(place.available_from.toordinal())
        return cls(
            homes=homes,
            is_home=np.array([h.kind == "home" for h in homes], dtype=bool),
            age_min=np.array([h.age_min for h in homes], dtype=np.int16),
            age_max=np.array([h.age_max for h in homes], dtype=np.int16),
            genders=np.array(
                [sum(_GENDER_BIT[g] for g in h.genders) for h in homes], dtype=np.int8
            ),
            room=np.array(
                [h.capacity - sum(1 for r in h.residents if not r.own_child) for h in homes],
                dtype=np.int16,
            ),
            place_home=np.array(place_home, dtype=np.int32),
            place_confirmed=np.array(confirmed, dtype=np.float64),
            place_from=np.array(available_from, dtype=np.int32),
        )

    def masks(
        self, referral: Referral, now: datetime, stale_after: timedelta
    ) -> dict[str, np.ndarray]:
        """For each eligibility rule, which homes it excludes."""
        n = len(self.homes)
        wants_home = referral.setting == "residential"
        offers = referral.setting in ("fostering", "parent_and_child", "residential")
        setting = ~(self.is_home == wants_home) if offers else np.ones(n, dtype=bool)
        available = np.bincount(self.place_home, minlength=n)
        fresh_places = self.place_confirmed >= now.timestamp() - stale_after.total_seconds()
        fresh = np.bincount(self.place_home[fresh_places], minlength=n)
        vacancy = (available == 0) | (fresh == 0)
        if referral.needed_by == "today":
            in_time = fresh_places & (self.place_from <= now.date().toordinal())
            vacancy |= np.bincount(self.place_home[in_time], minlength=n) == 0
        ages = [c.age for c in referral.children if c.age is not None]
        age = np.zeros(n, dtype=bool)
        if ages:
            age = (self.age_min > min(ages)) | (self.age_max < max(ages))
        gender = np.zeros(n, dtype=bool)
        for child in referral.children:
            bit = _GENDER_BIT.get(child.gender, 0)
            if bit:
                gender |= (self.genders != 0) & ((self.genders & bit) == 0)
        free = np.minimum(fresh, self.room) < referral.sibling_count
        return {
            "setting": setting,
            "vacancy_not_available": vacancy,
            "age_range": age,
            "gender": gender,
            "free_places": free,
        }
