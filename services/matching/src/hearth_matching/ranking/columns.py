"""One agency's homes as columns: what every column rule and the column score read.

A home is a row; its places and the children living there are rows of their own that
point back to their home (``place_home``, ``resident_home``), so a rule that looks at
every place or every resident is one array operation and a scatter back to the homes.
Set-valued facts (approvals, adaptations, skills, languages, ...) are kept as one
boolean column per value seen, so any value a referral asks about can be looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from hearth_matching.facts import Home

__all__ = ["Columns", "Membership", "micros"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


def micros(moment: datetime) -> int:
    """Microseconds since the epoch, exactly (a float timestamp would round)."""
    return (moment - (_EPOCH if moment.tzinfo else _NAIVE_EPOCH)) // _MICROSECOND


class Membership:
    """For a set-valued fact: which rows hold each value."""

    def __init__(self, sets: Iterable[Iterable[str]], rows: int) -> None:
        holders: dict[str, list[int]] = {}
        for row, values in enumerate(sets):
            for value in values:
                holders.setdefault(value, []).append(row)
        self._none = np.zeros(rows, dtype=bool)
        self._none.flags.writeable = False
        self._columns: dict[str, np.ndarray] = {}
        for value, members in holders.items():
            column = np.zeros(rows, dtype=bool)
            column[members] = True
            self._columns[value] = column
        self.count = np.zeros(rows, dtype=np.int32)
        for column in self._columns.values():
            self.count += column

    def has(self, value: str) -> np.ndarray:
        """The rows holding ``value`` (do not write to it)."""
        return self._columns.get(value, self._none)

    def any_of(self, values: Iterable[str]) -> np.ndarray:
        found = self._none.copy()
        for value in values:
            found |= self.has(value)
        return found

    def all_of(self, values: Iterable[str]) -> np.ndarray:
        found = ~self._none
        for value in values:
            found &= self.has(value)
        return found

    def count_of(self, values: Iterable[str]) -> np.ndarray:
        counted = np.zeros(len(self._none), dtype=np.int32)
        for value in values:
            counted += self.has(value)
        return counted


def _codes(values: list[str | None]) -> tuple[np.ndarray, dict[str | None, int]]:
    vocabulary: dict[str | None, int] = {}
    codes = np.array([vocabulary.setdefault(v, len(vocabulary)) for v in values], dtype=np.int32)
    return codes, vocabulary


def _array(rows: Iterable, of: Callable, dtype) -> np.ndarray:
    return np.fromiter((of(row) for row in rows), dtype=dtype)


@dataclass
class Columns:
    """The homes as arrays, rebuilt when a home or place of the agency changes."""

    homes: list[Home]
    id_rank: np.ndarray  # each home's position in id order (the last tie-break)
    is_home: np.ndarray
    is_household: np.ndarray
    age_min: np.ndarray
    age_max: np.ndarray
    room: np.ndarray  # capacity less the placed (not own) children
    resident_count: np.ndarray
    has_pets: np.ndarray
    genders: Membership
    placement_kinds: Membership
    offered_kinds: Membership  # the union over all the home's places
    adaptations: Membership
    skills: Membership
    languages: Membership
    interests: Membership
    exclusions: Membership
    religion: np.ndarray  # lower-cased, coded
    religion_codes: dict[str | None, int]
    la_code: np.ndarray
    la_codes: dict[str | None, int]
    has_location: np.ndarray
    easting: np.ndarray
    northing: np.ndarray
    place_home: np.ndarray
    place_count: np.ndarray
    place_available: np.ndarray
    place_confirmed: np.ndarray  # microseconds since the epoch
    place_from: np.ndarray  # proleptic ordinal day
    place_age_min: np.ndarray
    place_age_max: np.ndarray
    resident_home: np.ndarray
    resident_age: np.ndarray
    resident_to_others: Membership
    resident_to_child: Membership

    @property
    def size(self) -> int:
        return len(self.homes)

    def homes_with(self, resident_rows: np.ndarray) -> np.ndarray:
        """The homes where at least one of the given residents lives."""
        found = np.zeros(self.size, dtype=bool)
        found[self.resident_home[resident_rows]] = True
        return found

    def per_home(self, place_rows: np.ndarray) -> np.ndarray:
        """How many of the given places each home has."""
        return np.bincount(self.place_home[place_rows], minlength=self.size)

    @classmethod
    def build(cls, homes: list[Home]) -> Columns:
        n = len(homes)
        places = [(i, p) for i, h in enumerate(homes) for p in h.places]
        residents = [(i, r) for i, h in enumerate(homes) for r in h.residents]
        id_order = sorted(range(n), key=lambda i: homes[i].id)
        id_rank = np.empty(n, dtype=np.int64)
        id_rank[id_order] = np.arange(n)
        religion, religion_codes = _codes(
            [h.religion.lower() if h.religion is not None else None for h in homes]
        )
        la_code, la_codes = _codes([h.la_code for h in homes])
        located = [h.location or (0.0, 0.0) for h in homes]
        place_home = np.array([i for i, _ in places], dtype=np.int64)
        return cls(
            homes=homes,
            id_rank=id_rank,
            is_home=_array(homes, lambda h: h.kind == "home", bool),
            is_household=_array(homes, lambda h: h.kind == "household", bool),
            age_min=_array(homes, lambda h: h.age_min, np.int64),
            age_max=_array(homes, lambda h: h.age_max, np.int64),
            room=_array(
                homes, lambda h: h.capacity - sum(not r.own_child for r in h.residents), np.int64
            ),
            resident_count=_array(homes, lambda h: len(h.residents), np.int64),
            has_pets=_array(homes, lambda h: bool(h.pets), bool),
            genders=Membership((h.genders for h in homes), n),
            placement_kinds=Membership((h.placement_kinds for h in homes), n),
            offered_kinds=Membership(
                (set().union(*(p.placement_kinds for p in h.places)) for h in homes), n
            ),
            adaptations=Membership((h.adaptations for h in homes), n),
            skills=Membership((h.skills for h in homes), n),
            languages=Membership((h.languages for h in homes), n),
            interests=Membership((h.interests for h in homes), n),
            exclusions=Membership((h.exclusions for h in homes), n),
            religion=religion,
            religion_codes=religion_codes,
            la_code=la_code,
            la_codes=la_codes,
            has_location=_array(homes, lambda h: h.location is not None, bool),
            easting=_array(located, lambda point: point[0], np.float64),
            northing=_array(located, lambda point: point[1], np.float64),
            place_home=place_home,
            place_count=np.bincount(place_home, minlength=n),
            place_available=_array(places, lambda ip: ip[1].state == "available", bool),
            place_confirmed=_array(places, lambda ip: micros(ip[1].last_confirmed_at), np.int64),
            place_from=_array(places, lambda ip: ip[1].available_from.toordinal(), np.int64),
            place_age_min=_array(places, lambda ip: ip[1].age_min, np.int64),
            place_age_max=_array(places, lambda ip: ip[1].age_max, np.int64),
            resident_home=np.array([i for i, _ in residents], dtype=np.int64),
            resident_age=_array(residents, lambda ir: ir[1].age, np.int64),
            resident_to_others=Membership(
                (r.risks_to_others for _, r in residents), len(residents)
            ),
            resident_to_child=Membership((r.risks_to_child for _, r in residents), len(residents)),
        )
