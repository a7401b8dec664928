"""The read model held in memory, per agency, for ranking in milliseconds.

It is loaded from the read-model tables on first use and kept in step by the feed
consumer after each batch it commits (see ``read_model.feeds``).
"""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa
from hearth_kit.db import Database

from hearth_matching.facts import Home, Place, Referral
from hearth_matching.models import HomeFact, PlaceFact, ReferralFact
from hearth_matching.ranking.columns import Columns
from hearth_matching.read_model.codec import home_from_json, place_from_json, referral_from_json

__all__ = ["MatchIndex"]


class MatchIndex:
    def __init__(self) -> None:
        self.loaded = False
        self.referrals: dict[str, Referral] = {}
        self._homes: dict[str, Home] = {}  # without places
        self._places: dict[str, dict[str, Place]] = {}  # home id -> place id -> place
        self._place_home: dict[str, str] = {}
        self._columns: dict[str, Columns] = {}
        self._changed: dict[str, set[str]] = {}  # agency -> homes changed in place
        self._went: dict[str, set[str]] = {}  # agency -> homes that left its columns

    async def load(self, database: Database) -> None:
        """Read the whole read model (all agencies: the index is partitioned in memory)."""
        self.__init__()  # type: ignore[misc]
        async with database.system_session("matching-index") as session:
            for row in (await session.scalars(sa.select(ReferralFact))).all():
                self.put_referral(referral_from_json(row.facts))
            for row in (await session.scalars(sa.select(HomeFact))).all():
                self.put_home(home_from_json(row.facts))
            for row in (await session.scalars(sa.select(PlaceFact))).all():
                self.put_place(row.home_id, place_from_json(row.facts))
        self.loaded = True

    def put_referral(self, referral: Referral) -> None:
        self.referrals[referral.id] = referral

    def drop_referral(self, referral_id: str) -> None:
        self.referrals.pop(referral_id, None)

    def put_home(self, home: Home) -> None:
        old = self._homes.get(home.id)
        self._homes[home.id] = replace(home, places=())
        if old is not None and old.agency_id != home.agency_id:
            self._went.setdefault(old.agency_id, set()).add(home.id)
        # A home new to the agency is appended to its columns, a known one put in its row.
        self._changed.setdefault(home.agency_id, set()).add(home.id)

    def drop_home(self, home_id: str) -> None:
        old = self._homes.pop(home_id, None)
        for place_id in self._places.pop(home_id, {}):
            self._place_home.pop(place_id, None)
        if old is not None:
            self._went.setdefault(old.agency_id, set()).add(home_id)

    def put_place(self, home_id: str, place: Place) -> None:
        moved_from = self._place_home.get(place.id)
        if moved_from is not None and moved_from != home_id:
            self._places.get(moved_from, {}).pop(place.id, None)
            self._home_changed(moved_from)
        self._places.setdefault(home_id, {})[place.id] = place
        self._place_home[place.id] = home_id
        self._home_changed(home_id)

    def drop_place(self, place_id: str) -> None:
        """Forget a deleted place: it leaves its home's column at once."""
        home_id = self._place_home.pop(place_id, None)
        if home_id is not None:
            self._places.get(home_id, {}).pop(place_id, None)
            self._home_changed(home_id)

    def _home_changed(self, home_id: str) -> None:
        if home_id in self._homes:
            self._changed.setdefault(self._homes[home_id].agency_id, set()).add(home_id)

    def home(self, home_id: str) -> Home | None:
        home = self._homes.get(home_id)
        if home is None:
            return None
        return replace(home, places=tuple(self._places.get(home_id, {}).values()))

    def home_of_place(self, place_id: str) -> Home | None:
        home_id = self._place_home.get(place_id)
        return self.home(home_id) if home_id else None

    def columns(self, agency_id: str) -> Columns:
        """The agency's homes with their places, as columns, kept in step incrementally: a
        home that went leaves its row, one that came is appended, a changed one is put
        in its row, each at a cost that does not grow with the agency's homes (see
        ``Columns``); built anew only on first use."""
        changed = self._changed.pop(agency_id, set())
        went = self._went.pop(agency_id, set())
        columns = self._columns.get(agency_id)
        if columns is not None:
            for home_id in went:
                columns.remove(home_id)
            homes = [self.home(home_id) for home_id in sorted(changed)]
            mine = [h for h in homes if h is not None and h.agency_id == agency_id]
            known = [h for h in mine if h.id in columns.row_of]
            columns.extend([h for h in mine if h.id not in columns.row_of])
            if all(columns.replace(home) for home in known):
                return columns
        homes = [self.home(h.id) for h in self._homes.values() if h.agency_id == agency_id]
        self._columns[agency_id] = Columns.build([h for h in homes if h is not None])
        return self._columns[agency_id]

    def referrals_for(self, agency_id: str) -> list[Referral]:
        return [r for r in self.referrals.values() if agency_id in r.agency_ids]
