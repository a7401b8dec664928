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
from sortedcontainers import SortedList

from hearth_matching.facts import CHILD_RISKS, OTHERS_RISKS, Home, Resident
from hearth_matching.rules.base import RISKY, UNKNOWN
from hearth_matching.rules.safeguarding import missing_limit

__all__ = ["CODED", "Columns", "Membership", "any_slot", "count_slots", "micros"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


# The coded columns and their vocabularies.
CODED = {"religion": "religion_codes", "la_code": "la_codes"}
# Spacing of the id-order labels built anew: a home that comes fits between two.
_GAP = 1 << 32


def micros(moment: datetime) -> int:
    """Microseconds since the epoch, exactly (a float timestamp would round)."""
    return (moment - (_EPOCH if moment.tzinfo else _NAIVE_EPOCH)) // _MICROSECOND


class Membership:
    """For a set-valued fact: which homes (or resident slots) hold each value.

    Each value's column is a view of the first ``size`` homes of an array with room for
    more (see ``Columns``): homes come and go without copying every column.
    """

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
        self._size = shape[-1]
        self._full: dict[str, np.ndarray] = {}
        for value, cells in holders.items():
            column = np.zeros(shape, dtype=bool)
            column.flat[cells] = True
            self._full[value] = column
        self._count = np.zeros(shape, dtype=np.int16)
        for column in self._full.values():
            self._count += column
        self._empty = np.zeros(shape, dtype=bool)
        self._expose()

    def _expose(self) -> None:
        size = self._size
        self._columns = {value: column[..., :size] for value, column in self._full.items()}
        self.count = self._count[..., :size]
        self._none = self._empty[..., :size]
        self._none.flags.writeable = False

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

    def reserve(self, capacity: int, slots: int) -> None:
        """Room for ``capacity`` homes (and ``slots`` slots, for resident facts)."""
        self._full = {value: _room(c, capacity, slots) for value, c in self._full.items()}
        self._count = _room(self._count, capacity, slots)
        self._empty = _room(self._empty, capacity, slots)

    def write(self, start: int, more: Membership) -> None:
        """Put the homes of ``more`` in the rows from ``start`` (room reserved)."""
        for value, column in self._full.items():
            if value not in more._full:
                column[..., start : start + more._size] = False
        for value, theirs in more._columns.items():
            if value not in self._full:
                self._full[value] = np.zeros(self._count.shape, dtype=bool)
            _put_block(self._full[value], start, theirs)
        _put_block(self._count, start, more.count)

    def move(self, source: int, row: int) -> None:
        """Put home ``source`` in ``row``."""
        for column in (*self._full.values(), self._count):
            column[..., row] = column[..., source]

    def resize(self, size: int) -> None:
        """Show the first ``size`` homes."""
        self._size = size
        self._expose()


def _room(array: np.ndarray, capacity: int, slots: int) -> np.ndarray:
    """``array``, or a copy padded with empty homes (and slots) to hold as many."""
    shape = (max(array.shape[0], slots), capacity) if array.ndim == 2 else (capacity,)
    if shape[-1] < array.shape[-1]:
        shape = (*shape[:-1], array.shape[-1])
    if shape == array.shape:
        return array
    bigger = np.zeros(shape, dtype=array.dtype)
    bigger[tuple(slice(0, n) for n in array.shape)] = array
    return bigger


def _put_block(mine: np.ndarray, start: int, theirs: np.ndarray) -> None:
    """Copy homes' columns into the rows from ``start``; slots beyond theirs emptied."""
    end = start + theirs.shape[-1]
    if mine.ndim == 1:
        mine[start:end] = theirs
    else:
        mine[:, start:end] = 0
        mine[: theirs.shape[0], start:end] = theirs


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
    """The homes as arrays, kept in step as homes come, go and change; slots as above."""

    homes: list[Home]
    row_of: dict[str, int]  # home id -> its column
    id_rank: np.ndarray  # a label per home that sorts as the ids do (the last tie-break)
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

    def __post_init__(self) -> None:
        # Each array column is a view of the first ``size`` homes of one with room for
        # more: a home that comes is written into the room (the arrays doubled when it
        # runs out, so each home is copied a bounded number of times), one that goes is
        # replaced by the last home; neither copies the other homes (issue 14).
        self._full = {name: v for name, v in vars(self).items() if isinstance(v, np.ndarray)}
        self._sets = [name for name, v in vars(self).items() if isinstance(v, Membership)]
        self._ids = SortedList(self.row_of)

    @property
    def size(self) -> int:
        return len(self.homes)

    def replace(self, home: Home) -> bool:
        """Put a changed home in its row, in place (with more slots if it needs them):
        False if it is not here."""
        row = self.row_of.get(home.id)
        if row is None:
            return False
        one = Columns.build([home])
        self._reserve(self.size, one)
        self.homes[row] = home
        self._write(row, one)
        self._resize(self.size)
        return True

    def extend(self, homes: list[Home]) -> None:
        """Append homes that came: the work is the new homes', not a walk of every home."""
        if not homes:
            return
        more = Columns.build(homes)
        start = self.size
        self._reserve(start + len(homes), more)
        self._write(start, more)
        self.homes.extend(homes)
        self.row_of.update({h.id: start + i for i, h in enumerate(homes)})
        for home in homes:
            self._label(home.id)
        self._resize(len(self.homes))

    def remove(self, home_id: str) -> bool:
        """Take a home that went out of the columns: the last home moves into its row."""
        row = self.row_of.pop(home_id, None)
        if row is None:
            return False
        last = len(self.homes) - 1
        for full in self._full.values():
            full[..., row] = full[..., last]
        for name in self._sets:
            getattr(self, name).move(last, row)
        self.homes[row] = self.homes[last]
        self.homes.pop()
        if row != last:
            self.row_of[self.homes[row].id] = row
        self._ids.remove(home_id)
        self._resize(last)
        return True

    def _reserve(self, homes: int, more: Columns) -> None:
        """Room for ``homes`` homes and for the slots of ``more``'s."""
        capacity = self._full["age_min"].shape[0]
        if homes > capacity:
            capacity = max(homes, 2 * capacity, 16)
        places, residents = more.place_valid.shape[0], more.resident_valid.shape[0]
        for name, full in self._full.items():
            slots = residents if name.startswith("resident_") else places
            self._full[name] = _room(full, capacity, slots)
        for name in self._sets:
            getattr(self, name).reserve(capacity, residents)

    def _write(self, start: int, more: Columns) -> None:
        """Put the homes of ``more`` in the rows from ``start`` (room reserved)."""
        for name, full in self._full.items():
            theirs = getattr(more, name)
            if name == "id_rank":
                continue
            if name in CODED:
                vocabulary = getattr(self, CODED[name])
                values = {code: v for v, code in getattr(more, CODED[name]).items()}
                recoded = [vocabulary.setdefault(values[c], len(vocabulary)) for c in theirs]
                theirs = np.array(recoded, dtype=full.dtype)
            _put_block(full, start, theirs)
        for name in self._sets:
            getattr(self, name).write(start, getattr(more, name))

    def _resize(self, size: int) -> None:
        for name, full in self._full.items():
            setattr(self, name, full[..., :size])
        for name in self._sets:
            getattr(self, name).resize(size)

    def _label(self, home_id: str) -> None:
        """Give a new home an id-order label between its neighbours' (all relabelled when
        they have no gap left, which spaced labels make rare)."""
        self._ids.add(home_id)
        at = self._ids.index(home_id)
        lower = self._label_at(at - 1) if at > 0 else 0
        upper = self._label_at(at + 1) if at + 1 < len(self._ids) else lower + 2 * _GAP
        if upper - lower < 2:
            self._relabel()
        else:
            self._full["id_rank"][self.row_of[home_id]] = (lower + upper) // 2

    def _label_at(self, position: int) -> int:
        return int(self._full["id_rank"][self.row_of[self._ids[position]]])

    def _relabel(self) -> None:
        rows = np.fromiter((self.row_of[i] for i in self._ids), np.int64, len(self._ids))
        self._full["id_rank"][rows] = (np.arange(len(rows), dtype=np.int64) + 1) * _GAP

    @classmethod
    def build(cls, homes: list[Home]) -> Columns:
        n = len(homes)
        places = _Slots([h.places for h in homes])
        residents = _Slots([h.residents for h in homes])
        id_order = sorted(range(n), key=lambda i: homes[i].id)
        id_rank = np.empty(n, dtype=np.int64)
        id_rank[id_order] = (np.arange(n, dtype=np.int64) + 1) * _GAP
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
