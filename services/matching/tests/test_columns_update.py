"""A changed home is put in its column in place, and the columns equal a fresh build."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
from hearth_matching.ranking.column_rules import judge
from hearth_matching.ranking.columns import CODED, Columns, Membership
from hearth_matching.ranking.engine import rank_homes
from hearth_matching.read_model.index import MatchIndex
from matching_testkit import CONTEXT, place, random_home, random_referral


def _values(columns: Columns, name: str) -> list:
    decoded = {code: value for value, code in getattr(columns, CODED[name]).items()}
    return [decoded[code] for code in getattr(columns, name)]


def assert_same_columns(updated: Columns, fresh: Columns) -> None:
    assert [h.id for h in updated.homes] == [h.id for h in fresh.homes]
    for name, theirs in vars(fresh).items():
        mine = getattr(updated, name)
        if name in CODED:
            assert _values(updated, name) == _values(fresh, name)
        elif name == "id_rank":  # labels with gaps: only their order is the ids' order
            assert np.array_equal(np.argsort(mine), np.argsort(theirs)), name
        elif isinstance(theirs, Membership):
            values = set(mine._columns) | set(theirs._columns)
            for value in values:
                fresh_column = theirs.has(value)
                slots = fresh_column.shape[0] if fresh_column.ndim == 2 else None
                assert np.array_equal(mine.has(value)[:slots], fresh_column), (name, value)
        elif isinstance(theirs, np.ndarray):
            if theirs.ndim == 1:
                assert np.array_equal(mine, theirs), name
            else:
                slots = theirs.shape[0]
                assert np.array_equal(mine[:slots], theirs), name
                assert not mine[slots:].any(), name  # slots beyond the fresh build's stay empty


class TestReplaceAHome:
    def test_changed_homes_in_place_equal_a_fresh_build(self):
        rng = random.Random(3)
        homes = [random_home(rng, i) for i in range(300)]
        columns = Columns.build(list(homes))
        replaced = 0
        for row in rng.sample(range(len(homes)), 120):
            changed = replace(random_home(rng, 10_000 + row), id=homes[row].id)
            if columns.replace(changed):
                homes[row] = changed
                replaced += 1
        assert replaced > 60
        fresh = Columns.build(list(homes))
        assert_same_columns(columns, fresh)
        for index in range(20):
            the_referral = random_referral(rng, index)
            updated_judgement = judge(the_referral, columns, CONTEXT)
            fresh_judgement = judge(the_referral, fresh, CONTEXT)
            assert np.array_equal(updated_judgement.excluded, fresh_judgement.excluded)
            assert np.array_equal(updated_judgement.questions, fresh_judgement.questions)
            ranked = rank_homes(the_referral, columns, CONTEXT, limit=10)
            expected = rank_homes(the_referral, fresh, CONTEXT, limit=10)
            assert [a.home.id for a in ranked.ranked] == [a.home.id for a in expected.ranked]
            assert ranked.summary == expected.summary

    def test_a_home_with_more_places_than_the_slots_gets_more_slots_in_place(self):
        rng = random.Random(4)
        homes = [replace(random_home(rng, i), places=(place("a"),)) for i in range(5)]
        columns = Columns.build(homes)
        crowded = replace(homes[0], places=(place("a"), place("b")))
        assert columns.replace(crowded)
        assert columns.place_valid.shape == (2, 5)
        assert_same_columns(columns, Columns.build([crowded, *homes[1:]]))

    def test_a_home_not_in_the_columns_is_not_replaced(self):
        rng = random.Random(4)
        columns = Columns.build([random_home(rng, i) for i in range(5)])
        assert not columns.replace(replace(random_home(rng, 9), id="not-here"))


class TestTheIndexKeepsColumnsInStep:
    def test_a_place_or_home_change_is_applied_in_place_a_new_home_appended(self):
        rng = random.Random(5)
        index = MatchIndex()
        homes = [random_home(rng, i) for i in range(50)]
        for the_home in homes:
            index.put_home(the_home)
            for the_place in the_home.places:
                index.put_place(the_home.id, the_place)
        first = index.columns(homes[0].agency_id)
        for the_home in homes[:10]:
            for the_place in the_home.places:
                index.put_place(the_home.id, replace(the_place, state="filled"))
        index.put_home(replace(homes[11], age_max=3, places=()))
        assert index.columns(homes[0].agency_id) is first
        fresh = Columns.build([index.home(h.id) for h in homes])
        assert_same_columns(first, fresh)
        index.put_home(random_home(rng, 99))
        grown = index.columns(homes[0].agency_id)
        assert grown is first  # appended, not built anew (issue 14)
        assert len(grown.homes) == 51
        assert_same_columns(grown, Columns.build([index.home(h.id) for h in grown.homes]))

    def test_homes_coming_going_and_changing_keep_the_columns_equal_to_a_fresh_build(self):
        rng = random.Random(6)
        index = MatchIndex()
        agency = random_home(rng, 0).agency_id
        alive: list[str] = []
        for step in range(12):
            for n in range(step * 40, step * 40 + rng.randint(0, 40)):
                the_home = replace(random_home(rng, n), agency_id=agency)
                index.put_home(the_home)
                for the_place in the_home.places:
                    index.put_place(the_home.id, the_place)
                alive.append(the_home.id)
            for home_id in rng.sample(alive, min(len(alive), rng.randint(0, 15))):
                index.drop_home(home_id)
                alive.remove(home_id)
            for home_id in rng.sample(alive, min(len(alive), 10)):
                changed = replace(random_home(rng, 5000 + step), id=home_id, agency_id=agency)
                index.put_home(replace(changed, places=()))
            columns = index.columns(agency)
            assert sorted(h.id for h in columns.homes) == sorted(alive)
            fresh = Columns.build([index.home(h.id) for h in columns.homes])
            assert_same_columns(columns, fresh)
            for n in range(3):
                the_referral = random_referral(rng, step * 3 + n)
                ranked = rank_homes(the_referral, columns, CONTEXT, limit=10)
                expected = rank_homes(the_referral, fresh, CONTEXT, limit=10)
                assert [a.home.id for a in ranked.ranked] == [a.home.id for a in expected.ranked]


class TestIdOrderAsHomesComeAndGo:
    def test_homes_squeezed_between_two_ids_keep_the_id_order(self):
        rng = random.Random(7)
        columns = Columns.build([replace(random_home(rng, 0), id=i) for i in ("a", "b")])
        # Each id sorts just after the last: the gap below "b" halves every time, until
        # the labels are spaced out again.
        for n in range(1, 80):
            columns.extend([replace(random_home(rng, n), id="a" + "m" * n)])
            if n % 9 == 0:
                assert columns.remove("a" + "m" * (n // 2))
        ids = [h.id for h in columns.homes]
        assert [ids[row] for row in np.argsort(columns.id_rank)] == sorted(ids)
        assert len(set(columns.id_rank.tolist())) == len(ids)
        assert_same_columns(columns, Columns.build(list(columns.homes)))

    def test_a_home_coming_does_not_copy_the_columns_while_there_is_room(self):
        rng = random.Random(8)
        columns = Columns.build([random_home(rng, i) for i in range(100)])
        columns.extend([random_home(rng, 100)])  # room made: twice as many homes
        age_min = columns.age_min
        for n in range(101, 200):
            columns.extend([random_home(rng, n)])
            assert np.shares_memory(columns.age_min, age_min)
        columns.remove(columns.homes[3].id)
        assert np.shares_memory(columns.age_min, age_min)
        assert_same_columns(columns, Columns.build(list(columns.homes)))
