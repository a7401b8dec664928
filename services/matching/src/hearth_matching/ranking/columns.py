"""One agency's homes as columns: what every column rule and the column score read.

A home is a column index. Its places and the children living there are kept in slots:
``place_age_min[k, i]`` is the age floor of home ``i``'s k-th place (``place_valid``
says which slots hold one), so a rule over every place or every resident is an array
operation on a (slots, homes) array and a reduction over the slots, with no scatter
(a home has a handful of places and residents; the slots number the most any has).
Set-valued facts (approvals, adaptations, skills, languages, ...) are kept as one
boolean column per value seen, so any value a referral asks about can be looked up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from hearth_matching.facts import CHILD_RISKS, OTHERS_RISKS, Home, Resident
from hearth_matching.rules.base import RISKY, UNKNOWN
from hearth_matching.rules.safeguarding import missing_limit

__all__ = ["CODED", "Columns", "Membership", "any_slot", "count_slots", "micros"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


# The coded columns and their vocabularies.
CODED = {"religion": "religion_codes", "la_code": "la_codes"}
# The columns of id order, kept by ``extend`` and ``remove`` themselves.
_RANKS = ("id_rank", "by_rank")


def micros(moment: datetime) -> int:
    """Microseconds since the epoch, exactly (a float timestamp would round)."""
    return (moment - (_EPOCH if moment.tzinfo else _NAIVE_EPOCH)) // _MICROSECOND


class Membership:
    """For a set-valued fact: which homes (or resident slots) hold each value."""

    def __init__(
        self,
        sets: Iterable[Iterable[str]],
        shape: tuple[int, ...],
        cells: Sequence[int] | None = None,
    ) -> None:
        # ``sets`` gives one set per cell of ``shape`` in C order, or per one of ``cells``.
        holders: defaultdict[str, list[int]] = defaultdict(list)
        for cell, values in zip(
            range(np.prod(shape)) if cells is None else cells, sets, strict=True
        ):
            for value in values:
                holders[value].append(cell)
        self._none = np.zeros(shape, dtype=bool)
        self._none.flags.writeable = False
        self._columns: dict[str, np.ndarray] = {}
        for value, cells in holders.items():
            column = np.zeros(shape, dtype=bool)
            column.flat[cells] = True
            self._columns[value] = column
        self.count = np.zeros(shape, dtype=np.int16)
        for column in self._columns.values():
            self.count += column

    def has(self, value: str) -> np.ndarray:
        """Where ``value`` is held (do not write to it)."""
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
        counted = np.zeros(self._none.shape, dtype=np.int16)
        for value in values:
            counted += self.has(value)
        return counted

    def put(self, row: int, one: Membership) -> None:
        """Replace the values of one home (its ``row``) by those of a one-home membership."""
        for column in self._columns.values():
            column[..., row] = False
        for value, theirs in one._columns.items():
            if value not in self._columns:
                self._columns[value] = np.zeros(self._none.shape, dtype=bool)
            _put_row(self._columns[value], row, theirs)
        _put_row(self.count, row, one.count)

    def extend(self, more: Membership) -> None:
        """Append the homes of another membership after these (slots padded to fit)."""
        for value in self._columns.keys() | more._columns.keys():
            self._columns[value] = _joined(self.has(value), more.has(value))
        self.count = _joined(self.count, more.count)
        self._none = np.zeros(self.count.shape, dtype=bool)
        self._none.flags.writeable = False

    def move(self, source: int, row: int, size: int) -> None:
        """Put home ``source`` in ``row``, then keep the first ``size`` homes."""
        for value, column in self._columns.items():
            column[..., row] = column[..., source]
            self._columns[value] = column[..., :size]
        self.count[..., row] = self.count[..., source]
        self.count = self.count[..., :size]
        self._none = self._none[..., :size]


def _joined(mine: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    """Two sets of homes' columns side by side; slot arrays padded with empty slots."""
    if mine.ndim > 1 and mine.shape[0] != theirs.shape[0]:
        slots = max(mine.shape[0], theirs.shape[0])
        mine = np.pad(mine, ((0, slots - mine.shape[0]), (0, 0)))
        theirs = np.pad(theirs, ((0, slots - theirs.shape[0]), (0, 0)))
    return np.concatenate([mine, theirs], axis=-1)


def _put_row(mine: np.ndarray, row: int, theirs: np.ndarray) -> None:
    """Copy a one-home column into ``row``; slots beyond the home's own are emptied."""
    if mine.ndim == 1:
        mine[row] = theirs[0]
    else:
        mine[:, row] = 0
        mine[: theirs.shape[0], row] = theirs[:, 0]


def _risk_marks(states: Callable[[str], str], risks: tuple[str, ...]) -> set[str]:
    """A resident's risks as membership values: ``risk`` if present or suspected,
    ``risk?`` if historical or not recorded (to be asked about)."""
    marks = set()
    for risk in risks:
        state = states(risk)
        if state in RISKY:
            marks.add(risk)
        elif state in UNKNOWN:
            marks.add(risk + "?")
    return marks


def _missing_counts(home: Home) -> tuple[int, int]:
    """Residents who go missing: surely, and surely or perhaps."""
    states = [r.to_child("missing") for r in home.residents]
    certain = sum(s in RISKY for s in states)
    return certain, certain + sum(s in UNKNOWN for s in states)


def _to_child(r: Resident) -> set[str]:
    return _risk_marks(r.to_child, CHILD_RISKS)


def _to_others(r: Resident) -> set[str]:
    return _risk_marks(r.to_others, OTHERS_RISKS)


def _codes(values: list[str | None]) -> tuple[np.ndarray, dict[str | None, int]]:
    vocabulary: dict[str | None, int] = {}
    codes = np.array([vocabulary.setdefault(v, len(vocabulary)) for v in values], dtype=np.int32)
    return codes, vocabulary


def _array(rows: Iterable, of: Callable, dtype) -> np.ndarray:
    return np.fromiter((of(row) for row in rows), dtype=dtype)


class _Slots:
    """Builds (slots, homes) arrays from each home's list of places or residents."""

    def __init__(self, lists: list[tuple]) -> None:
        homes = len(lists)
        self.shape = (max((len(items) for items in lists), default=0), homes)
        self.items = [item for items in lists for item in items]
        # The flat index of each item's cell: slot k of home i is k * homes + i.
        self.cells = [k * homes + i for i, items in enumerate(lists) for k in range(len(items))]

    def array(self, of: Callable, dtype, empty=0) -> np.ndarray:
        slots = np.full(self.shape, empty, dtype=dtype)
        slots.flat[self.cells] = np.fromiter(
            map(of, self.items), dtype=dtype, count=len(self.items)
        )
        return slots

    def membership(self, of: Callable) -> Membership:
        return Membership(map(of, self.items), self.shape, self.cells)


def any_slot(slots: np.ndarray) -> np.ndarray:
    """For each home: does any of its slots hold (an empty slot never does)."""
    return np.logical_or.reduce(slots, axis=0)


def count_slots(slots: np.ndarray) -> np.ndarray:
    """For each home: how many of its slots hold."""
    return np.add.reduce(slots.view(np.int8), axis=0, dtype=np.int16)


@dataclass
class Columns:
    """The homes as arrays, rebuilt when a home or place changes; slots as above."""

    homes: list[Home]
    row_of: dict[str, int]  # home id -> its column
    id_rank: np.ndarray  # each home's position in id order (the last tie-break)
    by_rank: np.ndarray  # the home ids in id order
    is_home: np.ndarray
    is_household: np.ndarray
    age_min: np.ndarray
    age_max: np.ndarray
    room: np.ndarray  # capacity less the placed (not own) children
    has_pets: np.ndarray
    pets_known: np.ndarray
    pets: Membership  # the species kept
    dol_registered: np.ndarray  # a children's home registered for deprivation of liberty
    dol_unknown: np.ndarray  # a children's home whose registration is not recorded
    supervision_limited: np.ndarray  # households only
    supervision_unknown: np.ndarray  # households only
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
    place_count: np.ndarray
    available_count: np.ndarray
    place_valid: np.ndarray
    place_available: np.ndarray
    place_confirmed: np.ndarray  # microseconds since the epoch
    place_from: np.ndarray  # proleptic ordinal day
    place_age_min: np.ndarray
    place_age_max: np.ndarray
    resident_count: np.ndarray
    missing_beyond_supervision: np.ndarray  # as many residents go missing as it can watch
    missing_maybe_beyond: np.ndarray  # as many do, counting those not known not to
    resident_valid: np.ndarray
    resident_age: np.ndarray
    resident_vulnerable: np.ndarray
    resident_vulnerability_unknown: np.ndarray
    resident_to_others: Membership  # "risk": present or suspected; "risk?": to be asked
    resident_to_child: Membership
    resident_sibling_of: Membership  # referral ids

    @property
    def size(self) -> int:
        return len(self.homes)

    def replace(self, home: Home) -> bool:
        """Put a changed home in its row, in place: False if it is not here, or now has
        more places or residents than the slots hold (then build the columns anew)."""
        row = self.row_of.get(home.id)
        one = Columns.build([home])
        if (
            row is None
            or one.place_valid.shape[0] > self.place_valid.shape[0]
            or one.resident_valid.shape[0] > self.resident_valid.shape[0]
        ):
            return False
        self.homes[row] = home
        for name, mine in vars(self).items():
            theirs = getattr(one, name)
            if isinstance(mine, Membership):
                mine.put(row, theirs)
            elif name in CODED:
                value = {code: v for v, code in getattr(one, CODED[name]).items()}[theirs[0]]
                vocabulary = getattr(self, CODED[name])
                mine[row] = vocabulary.setdefault(value, len(vocabulary))
            elif isinstance(mine, np.ndarray) and name not in _RANKS:
                _put_row(mine, row, theirs)
        return True

    def extend(self, homes: list[Home]) -> None:
        """Append homes that came, in place of building every column anew (issue 14):
        the work is the new homes' and a copy of the arrays, not a walk of every home."""
        if not homes:
            return
        more = Columns.build(homes)
        for name, mine in vars(self).items():
            theirs = getattr(more, name)
            if isinstance(mine, Membership):
                mine.extend(theirs)
            elif name in CODED:
                vocabulary = getattr(self, CODED[name])
                values = {code: v for v, code in getattr(more, CODED[name]).items()}
                recoded = [vocabulary.setdefault(values[c], len(vocabulary)) for c in theirs]
                setattr(self, name, _joined(mine, np.array(recoded, dtype=mine.dtype)))
            elif isinstance(mine, np.ndarray) and name not in _RANKS:
                setattr(self, name, _joined(mine, theirs))
        start = len(self.homes)
        self.homes.extend(homes)
        self.row_of.update({h.id: start + i for i, h in enumerate(homes)})
        self._rank_new(more.by_rank, more.id_rank)

    def _rank_new(self, new_ids: np.ndarray, new_ranks: np.ndarray) -> None:
        """Fit the new homes' ids (sorted ``new_ids``; ``new_ranks`` by new row) into id order."""
        at = np.searchsorted(self.by_rank, new_ids)  # each new id goes before this old rank
        shifted = self.id_rank + np.searchsorted(at, self.id_rank, side="right")
        self.id_rank = np.concatenate([shifted, (at + np.arange(len(at)))[new_ranks]])
        self.by_rank = np.insert(self.by_rank, at, new_ids)

    def remove(self, home_id: str) -> bool:
        """Take a home that went out of the columns: the last home moves into its row."""
        row = self.row_of.pop(home_id, None)
        if row is None:
            return False
        last = len(self.homes) - 1
        for name, mine in vars(self).items():
            if isinstance(mine, Membership):
                mine.move(last, row, last)
            elif isinstance(mine, np.ndarray) and name not in _RANKS:
                mine[..., row] = mine[..., last]
                setattr(self, name, mine[..., :last])
        rank = self.id_rank[row]
        self.id_rank[row] = self.id_rank[last]
        self.id_rank = self.id_rank[:last]
        self.id_rank[self.id_rank > rank] -= 1
        self.by_rank = np.delete(self.by_rank, rank)
        self.homes[row] = self.homes[last]
        self.homes.pop()
        if row != last:
            self.row_of[self.homes[row].id] = row
        return True

    @classmethod
    def build(cls, homes: list[Home]) -> Columns:
        n = len(homes)
        places = _Slots([h.places for h in homes])
        residents = _Slots([h.residents for h in homes])
        id_order = sorted(range(n), key=lambda i: homes[i].id)
        id_rank = np.empty(n, dtype=np.int64)
        id_rank[id_order] = np.arange(n)
        by_rank = np.array([homes[i].id for i in id_order], dtype=object)
        religion, religion_codes = _codes(
            [h.religion.lower() if h.religion is not None else None for h in homes]
        )
        la_code, la_codes = _codes([h.la_code for h in homes])
        located = [h.location or (0.0, 0.0) for h in homes]
        place_available = places.array(lambda p: p.state == "available", bool, False)
        missing = np.array([_missing_counts(h) for h in homes], dtype=np.int64).reshape(n, 2)
        limit = _array(homes, missing_limit, np.int64)
        return cls(
            homes=homes,
            row_of={h.id: i for i, h in enumerate(homes)},
            id_rank=id_rank,
            by_rank=by_rank,
            is_home=_array(homes, lambda h: h.kind == "home", bool),
            is_household=_array(homes, lambda h: h.kind == "household", bool),
            age_min=_array(homes, lambda h: h.age_min, np.int64),
            age_max=_array(homes, lambda h: h.age_max, np.int64),
            room=_array(
                homes, lambda h: h.capacity - sum(not r.own_child for r in h.residents), np.int64
            ),
            has_pets=_array(homes, lambda h: bool(h.pets), bool),
            pets_known=_array(homes, lambda h: h.pets is not None, bool),
            pets=Membership((h.pets or () for h in homes), (n,)),
            dol_registered=_array(
                homes, lambda h: h.kind == "home" and h.deprivation_of_liberty is True, bool
            ),
            dol_unknown=_array(
                homes, lambda h: h.kind == "home" and h.deprivation_of_liberty is None, bool
            ),
            supervision_limited=_array(
                homes, lambda h: h.kind == "household" and h.supervision == "limited", bool
            ),
            supervision_unknown=_array(
                homes, lambda h: h.kind == "household" and h.supervision is None, bool
            ),
            genders=Membership((h.genders for h in homes), (n,)),
            placement_kinds=Membership((h.placement_kinds for h in homes), (n,)),
            offered_kinds=Membership(
                (set().union(*(p.placement_kinds for p in h.places)) for h in homes), (n,)
            ),
            adaptations=Membership((h.adaptations for h in homes), (n,)),
            skills=Membership((h.skills for h in homes), (n,)),
            languages=Membership((h.languages for h in homes), (n,)),
            interests=Membership((h.interests for h in homes), (n,)),
            exclusions=Membership((h.exclusions for h in homes), (n,)),
            religion=religion,
            religion_codes=religion_codes,
            la_code=la_code,
            la_codes=la_codes,
            has_location=_array(homes, lambda h: h.location is not None, bool),
            easting=_array(located, lambda point: point[0], np.float64),
            northing=_array(located, lambda point: point[1], np.float64),
            place_count=_array(homes, lambda h: len(h.places), np.int64),
            available_count=count_slots(place_available),
            place_valid=places.array(lambda p: True, bool, False),
            place_available=place_available,
            place_confirmed=places.array(lambda p: micros(p.last_confirmed_at), np.int64),
            place_from=places.array(lambda p: p.available_from.toordinal(), np.int32),
            place_age_min=places.array(lambda p: p.age_min, np.int16),
            place_age_max=places.array(lambda p: p.age_max, np.int16),
            resident_count=_array(homes, lambda h: len(h.residents), np.int64),
            # A household can watch over one child who goes missing, a children's home two.
            missing_beyond_supervision=missing[:, 0] >= limit,
            missing_maybe_beyond=missing[:, 1] >= limit,
            resident_valid=residents.array(lambda r: True, bool, False),
            resident_age=residents.array(lambda r: r.age, np.int16),
            resident_vulnerable=residents.array(lambda r: bool(r.vulnerabilities), bool, False),
            resident_vulnerability_unknown=residents.array(
                lambda r: r.vulnerabilities is None, bool, False
            ),
            resident_to_others=residents.membership(_to_others),
            resident_to_child=residents.membership(_to_child),
            resident_sibling_of=residents.membership(lambda r: r.sibling_of),
        )
