"""The vacancy list's rules as plain functions of plain data (tested without a database).

Each check returns the problems it finds as field errors pointing into the request,
so a caller is told exactly which field is wrong; an empty list means all is well.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from hearth_contract.problems import DoubleBooking, FieldError, InvalidState
from hearth_contract.vacancies import HomeCreate, HouseholdCreate, VacancyState

__all__ = [
    "AGE_BANDS",
    "COMMITTED_STATES",
    "OPEN_STATES",
    "Command",
    "HolderTerms",
    "PlaceTerms",
    "age_bands_of",
    "age_range_errors",
    "capacity_errors",
    "committed_place_refusal",
    "home_errors",
    "home_terms",
    "household_errors",
    "household_terms",
    "is_stale",
    "next_state",
    "places_outside_errors",
    "within_approval_errors",
]

OPEN_STATES = frozenset({VacancyState.AVAILABLE, VacancyState.ON_HOLD, VacancyState.RESERVED})
# A place in one of these states stands for a child's placement (or one being made):
# it can be neither deleted nor changed by a sync, nor can its household or home go.
COMMITTED_STATES = frozenset({VacancyState.ON_HOLD, VacancyState.RESERVED, VacancyState.FILLED})
AGE_BANDS = ((0, 4, "0-4"), (5, 10, "5-10"), (11, 15, "11-15"), (16, 25, "16+"))


def age_range_errors(age_min: int, age_max: int, prefix: str = "") -> list[FieldError]:
    """An age range must not be upside down."""
    if age_min > age_max:
        return [
            FieldError(
                pointer=f"{prefix}/age_max",
                code="age_range_upside_down",
                detail=f"age_max ({age_max}) is below age_min ({age_min}).",
            )
        ]
    return []


def capacity_errors(capacity: int, living_there: int, pointer: str) -> list[FieldError]:
    """Capacity can never be set below the children already living there."""
    if capacity < living_there:
        return [
            FieldError(
                pointer=pointer,
                code="below_children_placed",
                detail=f"{capacity} is below the {living_there} children already placed.",
            )
        ]
    return []


def household_errors(household: HouseholdCreate) -> list[FieldError]:
    """What is wrong with a household record beyond its field types."""
    approval = household.approval
    return [
        *age_range_errors(approval.age_min, approval.age_max, "/approval"),
        *capacity_errors(approval.children, len(household.placed_children), "/approval/children"),
    ]


def home_errors(home: HomeCreate) -> list[FieldError]:
    """What is wrong with a children's home record beyond its field types."""
    registration = home.registration
    return [
        *age_range_errors(registration.age_min, registration.age_max, "/registration"),
        *capacity_errors(registration.capacity, len(home.residents), "/registration/capacity"),
    ]


def within_approval_errors(
    age_min: int,
    age_max: int,
    kinds: Iterable[str],
    *,
    approved_min: int,
    approved_max: int,
    approved_kinds: Iterable[str] | None,
) -> list[FieldError]:
    """A place may only be offered within the household's approval or the home's registration."""
    errors = age_range_errors(age_min, age_max)
    if errors:
        return errors
    if age_min < approved_min:
        errors.append(
            FieldError(
                pointer="/age_min",
                code="outside_approval",
                detail=f"Below the approved minimum age of {approved_min}.",
            )
        )
    if age_max > approved_max:
        errors.append(
            FieldError(
                pointer="/age_max",
                code="outside_approval",
                detail=f"Above the approved maximum age of {approved_max}.",
            )
        )
    if approved_kinds is not None:
        outside = sorted(set(kinds) - set(approved_kinds))
        if outside:
            errors.append(
                FieldError(
                    pointer="/placement_kinds",
                    code="outside_approval",
                    detail="Not approved for: " + ", ".join(outside) + ".",
                )
            )
    return errors


@dataclass(frozen=True)
class PlaceTerms:
    """What a place offers (no child data): whom it may take, and whether it is open."""

    id: str
    age_min: int
    age_max: int
    placement_kinds: Sequence[str]
    open: bool


@dataclass(frozen=True)
class HolderTerms:
    """A household's approval or a home's registration, as its places must fit it.

    ``prefix`` is where the terms sit in the request (``/approval``); ``kinds`` is None
    when the holder does not restrict placement kinds (a children's home).
    """

    prefix: str
    capacity_field: str
    age_min: int
    age_max: int
    kinds: Sequence[str] | None
    capacity: int
    living_there: int


def household_terms(household: HouseholdCreate) -> HolderTerms:
    """What a household's places must fit: its approval, beside the children placed."""
    approval = household.approval
    return HolderTerms(
        prefix="/approval",
        capacity_field="children",
        age_min=approval.age_min,
        age_max=approval.age_max,
        kinds=[kind.value for kind in approval.placement_kinds],
        capacity=approval.children,
        living_there=len(household.placed_children),
    )


def home_terms(home: HomeCreate) -> HolderTerms:
    """What a home's places must fit: its registration, beside its residents."""
    registration = home.registration
    return HolderTerms(
        prefix="/registration",
        capacity_field="capacity",
        age_min=registration.age_min,
        age_max=registration.age_max,
        kinds=None,
        capacity=registration.capacity,
        living_there=len(home.residents),
    )


def places_outside_errors(terms: HolderTerms, places: Iterable[PlaceTerms]) -> list[FieldError]:
    """New approval or registration terms must still hold every existing place.

    Each error names the field of the terms at fault and the places (by id) it would
    leave outside; open places must also still fit beside the children living there.
    """
    places = list(places)
    below = [p.id for p in places if p.age_min < terms.age_min]
    above = [p.id for p in places if p.age_max > terms.age_max]
    approved = set(terms.kinds) if terms.kinds is not None else None
    unapproved = [
        p.id for p in places if approved is not None and set(p.placement_kinds) - approved
    ]
    open_places = [p.id for p in places if p.open]
    errors = []
    for field, ids, why in (
        ("age_min", below, f"take children younger than the new minimum of {terms.age_min}"),
        ("age_max", above, f"take children older than the new maximum of {terms.age_max}"),
        ("placement_kinds", unapproved, "are offered as placement kinds no longer approved"),
    ):
        if ids:
            errors.append(_place_conflict(f"{terms.prefix}/{field}", ids, why))
    if open_places and terms.capacity < terms.living_there + len(open_places):
        why = (
            f"are open beside the {terms.living_there} children living there, "
            f"more than the new {terms.capacity}"
        )
        errors.append(_place_conflict(f"{terms.prefix}/{terms.capacity_field}", open_places, why))
    return errors


def _place_conflict(pointer: str, place_ids: list[str], why: str) -> FieldError:
    return FieldError(
        pointer=pointer,
        code="places_outside",
        detail=f"Places {', '.join(sorted(place_ids))} {why}; change or delete them first.",
    )


def committed_place_refusal(states: Iterable[str]) -> InvalidState | None:
    """Why places in these states forbid a deletion (None: they do not)."""
    committed = sorted({s for s in states if s in COMMITTED_STATES})
    if not committed:
        return None
    described = " or ".join(s.replace("_", " ") for s in committed)
    return InvalidState(f"A place here is {described} for a referral; it cannot be deleted.")


def free_room(capacity: int, living_there: int, open_places: int) -> int:
    """How many more places could be opened."""
    return max(0, capacity - living_there - open_places)


def is_stale(last_confirmed_at: datetime, now: datetime, hours: int = 24) -> bool:
    """A place not confirmed with the carer or home within ``hours`` is not to be trusted."""
    return now - last_confirmed_at > timedelta(hours=hours)


def age_bands_of(age_min: int, age_max: int) -> list[str]:
    """The supply report's age bands a place can take a child in."""
    return [label for low, high, label in AGE_BANDS if age_min <= high and age_max >= low]


class Command(StrEnum):
    HOLD = "hold"
    RESERVE = "reserve"
    FILL = "fill"
    RELEASE = "release"


_TARGET = {
    Command.HOLD: VacancyState.ON_HOLD,
    Command.RESERVE: VacancyState.RESERVED,
    Command.FILL: VacancyState.FILLED,
    Command.RELEASE: VacancyState.AVAILABLE,
}


def next_state(
    state: VacancyState, held_for: str | None, command: Command, referral_id: str | None
) -> VacancyState:
    """Where a hold, reserve, fill or release takes a place; refuses anything that double-books."""
    if command is Command.RELEASE:
        if state not in (VacancyState.ON_HOLD, VacancyState.RESERVED):
            raise InvalidState(f"Only a place on hold or reserved can be released, not {state}.")
        if referral_id is not None and held_for != referral_id:
            raise InvalidState(f"The place is {state.replace('_', ' ')} for another referral.")
        return VacancyState.AVAILABLE
    if state is VacancyState.FILLED:
        raise DoubleBooking("The place is already filled.")
    if state is VacancyState.UNAVAILABLE:
        raise InvalidState("The place is marked unavailable.")
    if state in (VacancyState.ON_HOLD, VacancyState.RESERVED) and held_for != referral_id:
        raise DoubleBooking(f"The place is {state.replace('_', ' ')} for another referral.")
    target = _TARGET[command]
    order = [VacancyState.AVAILABLE, VacancyState.ON_HOLD, VacancyState.RESERVED]
    if state in order and target in order and order.index(target) <= order.index(state):
        if target == state:
            raise InvalidState(f"The place is already {state.replace('_', ' ')}.")
        raise InvalidState(f"A {state.replace('_', ' ')} place cannot go back to {target}.")
    return target
