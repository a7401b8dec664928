"""The pure rules, in tables of cases, without HTTP or a database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hearth_contract.problems import DoubleBooking, InvalidState
from hearth_contract.vacancies import VacancyState as S
from hearth_kit.clock import TEST_NOW
from hearth_kit.postcodes import normalise_postcode
from hearth_vacancies.rules import (
    Command,
    HolderTerms,
    PlaceTerms,
    age_bands_of,
    age_range_errors,
    capacity_errors,
    free_room,
    is_stale,
    next_state,
    places_outside_errors,
    within_approval_errors,
)

NOW = TEST_NOW


@pytest.mark.parametrize(
    ("age_min", "age_max", "pointers"),
    [
        (5, 15, []),
        (7, 7, []),
        (15, 5, ["/approval/age_max"]),
    ],
)
def test_age_range(age_min, age_max, pointers):
    assert [e.pointer for e in age_range_errors(age_min, age_max, "/approval")] == pointers


@pytest.mark.parametrize(("capacity", "living", "ok"), [(2, 1, True), (2, 2, True), (1, 2, False)])
def test_capacity_never_below_children_placed(capacity, living, ok):
    assert (capacity_errors(capacity, living, "/approval/children") == []) is ok


@pytest.mark.parametrize(
    ("ages", "kinds", "pointers"),
    [
        ((5, 15), ["short_term"], []),
        ((4, 15), ["short_term"], ["/age_min"]),
        ((5, 16), ["short_term"], ["/age_max"]),
        ((5, 15), ["remand"], ["/placement_kinds"]),
        ((15, 5), ["short_term"], ["/age_max"]),
    ],
)
def test_vacancy_within_approval(ages, kinds, pointers):
    errors = within_approval_errors(
        *ages, kinds, approved_min=5, approved_max=15, approved_kinds=["short_term", "long_term"]
    )
    assert [e.pointer for e in errors] == pointers


@pytest.mark.parametrize(
    ("capacity", "living", "open_places", "room"),
    [(2, 1, 0, 1), (2, 1, 1, 0), (3, 0, 0, 3), (1, 2, 0, 0)],
)
def test_free_room(capacity, living, open_places, room):
    assert free_room(capacity, living, open_places) == room


@pytest.mark.parametrize(
    ("hours_ago", "stale"), [(0, False), (23.9, False), (24, False), (24.1, True), (72, True)]
)
def test_stale_after_24_hours(hours_ago, stale):
    assert is_stale(NOW - timedelta(hours=hours_ago), NOW) is stale


@pytest.mark.parametrize(
    ("ages", "bands"), [((0, 4), ["0-4"]), ((3, 11), ["0-4", "5-10", "11-15"]), ((16, 17), ["16+"])]
)
def test_age_bands(ages, bands):
    assert age_bands_of(*ages) == bands


@pytest.mark.parametrize(
    ("state", "held_for", "command", "referral", "outcome"),
    [
        (S.AVAILABLE, None, Command.HOLD, "r1", S.ON_HOLD),
        (S.AVAILABLE, None, Command.FILL, "r1", S.FILLED),
        (S.ON_HOLD, "r1", Command.RESERVE, "r1", S.RESERVED),
        (S.RESERVED, "r1", Command.FILL, "r1", S.FILLED),
        (S.ON_HOLD, "r1", Command.RELEASE, None, S.AVAILABLE),
        (S.ON_HOLD, "r1", Command.FILL, "r2", DoubleBooking),
        (S.RESERVED, "r1", Command.HOLD, "r2", DoubleBooking),
        (S.FILLED, "r1", Command.FILL, "r1", DoubleBooking),
        (S.ON_HOLD, "r1", Command.HOLD, "r1", InvalidState),
        (S.RESERVED, "r1", Command.HOLD, "r1", InvalidState),
        (S.UNAVAILABLE, None, Command.HOLD, "r1", InvalidState),
        (S.AVAILABLE, None, Command.RELEASE, None, InvalidState),
    ],
)
def test_commands(state, held_for, command, referral, outcome):
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            next_state(state, held_for, command, referral)
    else:
        assert next_state(state, held_for, command, referral) is outcome


@pytest.mark.parametrize(("raw", "normal"), [("me43tf", "ME4 3TF"), ("SW1A  1AA", "SW1A 1AA")])
def test_postcode_normalised(raw, normal):
    assert normalise_postcode(raw) == normal


def _terms(**changes) -> HolderTerms:
    terms = {
        "prefix": "/approval",
        "capacity_field": "children",
        "age_min": 5,
        "age_max": 15,
        "kinds": ["short_term", "long_term"],
        "capacity": 3,
        "living_there": 1,
    }
    return HolderTerms(**{**terms, **changes})


_PLACE = PlaceTerms(id="p1", age_min=8, age_max=14, placement_kinds=["short_term"], open=True)
_FILLED = PlaceTerms(id="p2", age_min=5, age_max=15, placement_kinds=["long_term"], open=False)


@pytest.mark.parametrize(
    ("changes", "pointers"),
    [
        ({}, []),
        ({"age_min": 8, "age_max": 14, "kinds": ["short_term"]}, []),
        ({"age_min": 9}, ["/approval/age_min"]),
        ({"age_max": 13}, ["/approval/age_max"]),
        ({"kinds": ["long_term"]}, ["/approval/placement_kinds"]),
        ({"kinds": None}, []),
        ({"capacity": 2}, []),
        ({"capacity": 1}, ["/approval/children"]),
        ({"capacity": 2, "living_there": 2}, ["/approval/children"]),
        ({"age_min": 9, "age_max": 13}, ["/approval/age_min", "/approval/age_max"]),
    ],
)
def test_new_terms_must_still_hold_every_place(changes, pointers):
    errors = places_outside_errors(_terms(**changes), [_PLACE])
    assert [e.pointer for e in errors] == pointers
    assert all(e.code == "places_outside" and "p1" in e.detail for e in errors)


def test_a_filled_place_counts_for_ages_and_kinds_but_not_for_room():
    errors = places_outside_errors(_terms(age_min=6, kinds=["short_term"], capacity=1), [_FILLED])
    assert [(e.pointer, "p2" in e.detail) for e in errors] == [
        ("/approval/age_min", True),
        ("/approval/placement_kinds", True),
    ]


def test_each_error_names_only_the_places_it_leaves_outside():
    (error,) = places_outside_errors(_terms(age_max=14), [_PLACE, _FILLED])
    assert "p2" in error.detail and "p1" not in error.detail
