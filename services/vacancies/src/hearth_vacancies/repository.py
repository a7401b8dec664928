"""Every query of the vacancies service. Tenant scoping is applied by the kit to each."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.rules import OPEN_STATES

__all__ = ["VacancyFilter", "VacancyRepository"]

Record = TypeVar("Record", Household, Home, Vacancy)


class VacancyFilter:
    """What the free-places list can be narrowed by."""

    def __init__(
        self,
        *,
        states: Sequence[str] = (),
        age: int | None = None,
        setting: str | None = None,
        placement_kind: str | None = None,
        available_by: date | None = None,
        held_by: str | None = None,
    ) -> None:
        self.states = states
        self.age = age
        self.setting = setting
        self.placement_kind = placement_kind
        self.available_by = available_by
        self.held_by = held_by


class VacancyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # A row locked FOR UPDATE is read afresh (populate_existing): an earlier unlocked read
    # in the same session (a peer service resolving the place's agency) must not leave
    # the pre-lock state in the identity map for the command to decide on.
    @property
    def _postgres(self) -> bool:
        return self.session.bind.dialect.name == "postgresql"

    async def household(self, household_id: uuid.UUID, *, for_update: bool = False):
        query = sa.select(Household).where(Household.id == household_id)
        if for_update and self._postgres:
            query = query.with_for_update().execution_options(populate_existing=True)
        return (await self.session.scalars(query)).first()

    async def by_external_id(
        self, model: type[Record], agency_id: str, external_id: str, *, for_update: bool = False
    ) -> Record | None:
        """The household, home or place a partner knows by ``external_id``."""
        found = await self.by_external_ids(model, agency_id, [external_id], lock=for_update)
        return found[0] if found else None

    async def by_external_ids(
        self, model: type[Record], agency_id: str, external_ids: Sequence[str], *, lock: bool = True
    ) -> list[Record]:
        """Records of one kind by the partner's ids (locked for update unless ``lock=False``)."""
        column = model.external_id  # type: ignore[attr-defined]
        if not self._postgres:
            query = sa.select(model).where(
                model.agency_id == agency_id, column.in_(list(external_ids))
            )  # type: ignore[attr-defined]
            return list(await self.session.scalars(query))
        ids = await self._ids_by_external_id(model, agency_id, external_ids)
        found: list[Record] = []
        # By primary key, found above within the agency, a slice of ids at a time: with
        # hundreds of ids in one array, an index probe each costs about as much as reading
        # the whole table before it is analysed, and which plan wins turned on the index's
        # size (random ids) from one run to the next; a slice keeps the probes well ahead.
        for start in range(0, len(ids), _PROBES_A_STATEMENT):
            chunk = ids[start : start + _PROBES_A_STATEMENT]
            by_id = model.id == sa.any_(sa.literal(chunk, type_=postgresql.ARRAY(sa.Uuid)))  # type: ignore[attr-defined]
            query = sa.select(model).where(by_id).execution_options(system_reason=_OWN_RECORDS)
            if lock:
                query = query.with_for_update().execution_options(populate_existing=True)
            found.extend(await self.session.scalars(query))
        return found

    async def _ids_by_external_id(
        self, model: type[Record], agency_id: str, external_ids: Sequence[str]
    ) -> list[uuid.UUID]:
        """The ids of the records with these external ids, one index probe per id.

        A correlated look-up per external id: its plan cannot become a scan of all the
        agency's records, whatever the statistics say (before the table is analysed, a
        ``= ANY(array)`` filter read every row of the agency and searched the array for
        each, in the generic plan of the prepared statement: issue 14).
        """
        wanted = _rows_of(list(dict.fromkeys(external_ids)), sa.String, "external_id")
        found = (
            sa.select(model.id)  # type: ignore[attr-defined]
            .where(model.agency_id == agency_id, model.external_id == wanted.c.external_id)  # type: ignore[attr-defined]
            .scalar_subquery()
        )
        ids = await self.session.scalars(sa.select(found).select_from(wanted))
        return [record_id for record_id in ids if record_id is not None]

    async def by_ids(self, model: type[Record], ids: Sequence[uuid.UUID]) -> list[Record]:
        """Records of one kind by id, in one query (the caller's tenant rules apply)."""
        if not ids:
            return []
        return list(await self.session.scalars(sa.select(model).where(model.id.in_(list(ids)))))

    async def homes_by_urns(self, agency_id: str, urns: Sequence[str]) -> list[Home]:
        query = sa.select(Home).where(Home.agency_id == agency_id, Home.urn.in_(list(urns)))
        return list(await self.session.scalars(query))

    async def external_ids(self, model: type, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        """The partner's ids of some households or homes, by their own id."""
        if not ids:
            return {}
        query = sa.select(model.id, model.external_id).where(model.id.in_(list(set(ids))))
        return {row.id: row.external_id for row in await self.session.execute(query)}

    async def open_places_by_holder(self, holder_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        """Open places (available, on hold, reserved) of each household or home."""
        if not holder_ids:
            return {}
        ids, open_states = list(set(holder_ids)), [s.value for s in OPEN_STATES]
        if not self._postgres:
            holder = sa.func.coalesce(Vacancy.household_id, Vacancy.home_id)
            query = (
                sa.select(holder, sa.func.count())
                .where(holder.in_(ids), Vacancy.state.in_(open_states))
                .group_by(holder)
            )
            return {holder_id: count for holder_id, count in await self.session.execute(query)}
        # Per holder, a correlated count on each holder column: index probes of
        # ix_vacancies_household and ix_vacancies_home, whatever the number of places
        # (a filter on the COALESCE read every place: issue 14).
        wanted = _rows_of(ids, sa.Uuid, "holder_id")
        counts = [
            sa.select(sa.func.count())
            .where(column == wanted.c.holder_id, Vacancy.state.in_(open_states))
            .scalar_subquery()
            for column in (Vacancy.household_id, Vacancy.home_id)
        ]
        query = sa.select(wanted.c.holder_id, counts[0] + counts[1]).select_from(wanted)
        rows = await self.session.execute(query.execution_options(system_reason=_OWN_RECORDS))
        return {holder_id: count for holder_id, count in rows if count}

    async def places_by_holder(
        self, holder_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[Vacancy]]:
        """Every place of each of some households or homes, in one query."""
        found: dict[uuid.UUID, list[Vacancy]] = {}
        if not holder_ids:
            return found
        ids = list(set(holder_ids))
        query = sa.select(Vacancy).where(
            sa.or_(Vacancy.household_id.in_(ids), Vacancy.home_id.in_(ids))
        )
        for place in await self.session.scalars(query):
            found.setdefault(place.household_id or place.home_id, []).append(place)
        return found

    async def places_of(
        self, *, household_id: uuid.UUID | None = None, home_id: uuid.UUID | None = None
    ) -> list[Vacancy]:
        """Every place of one household or home, locked for update."""
        holder = (
            Vacancy.household_id == household_id if household_id else Vacancy.home_id == home_id
        )
        query = sa.select(Vacancy).where(holder)
        if self._postgres:
            query = query.with_for_update().execution_options(populate_existing=True)
        return list(await self.session.scalars(query))

    async def households(self, after: tuple[str, uuid.UUID] | None, limit: int) -> list[Household]:
        query = sa.select(Household).order_by(Household.name, Household.id).limit(limit)
        if after is not None:
            query = query.where(sa.tuple_(Household.name, Household.id) > sa.tuple_(*after))
        return list(await self.session.scalars(query))

    async def home(self, home_id: uuid.UUID, *, for_update: bool = False) -> Home | None:
        query = sa.select(Home).where(Home.id == home_id)
        if for_update and self._postgres:
            query = query.with_for_update().execution_options(populate_existing=True)
        return (await self.session.scalars(query)).first()

    async def home_by_urn(self, agency_id: str, urn: str) -> Home | None:
        query = sa.select(Home).where(Home.agency_id == agency_id, Home.urn == urn)
        return (await self.session.scalars(query)).first()

    async def homes(self) -> list[Home]:
        return list(await self.session.scalars(sa.select(Home).order_by(Home.name, Home.id)))

    async def vacancy(self, vacancy_id: uuid.UUID, *, for_update: bool = False) -> Vacancy | None:
        query = sa.select(Vacancy).where(Vacancy.id == vacancy_id)
        if for_update and self._postgres:
            query = query.with_for_update().execution_options(populate_existing=True)
        return (await self.session.scalars(query)).first()

    async def open_places(
        self, *, household_id: uuid.UUID | None = None, home_id: uuid.UUID | None = None
    ) -> int:
        """Places of one household or home that are available, on hold or reserved."""
        holder = (
            Vacancy.household_id == household_id if household_id else Vacancy.home_id == home_id
        )
        query = (
            sa.select(sa.func.count())
            .select_from(Vacancy)
            .where(holder, Vacancy.state.in_([s.value for s in OPEN_STATES]))
        )
        return int(await self.session.scalar(query) or 0)

    async def vacancies(
        self, flt: VacancyFilter, after: tuple[date, uuid.UUID] | None, limit: int
    ) -> list[Vacancy]:
        """The vacancy list, soonest available first."""
        query = sa.select(Vacancy).order_by(Vacancy.available_from, Vacancy.id).limit(limit)
        if flt.states:
            query = query.where(Vacancy.state.in_(list(flt.states)))
        if flt.age is not None:
            query = query.where(Vacancy.age_min <= flt.age, Vacancy.age_max >= flt.age)
        if flt.setting:
            query = query.where(Vacancy.setting == flt.setting)
        if flt.held_by is not None:
            query = query.where(Vacancy.held_by == flt.held_by)
        if flt.available_by:
            query = query.where(Vacancy.available_from <= flt.available_by)
        if after is not None:
            query = query.where(sa.tuple_(Vacancy.available_from, Vacancy.id) > sa.tuple_(*after))
        if flt.placement_kind:
            query = query.where(self._kinds_include(flt.placement_kind))
        return list(await self.session.scalars(query))

    def _kinds_include(self, kind: str) -> sa.ColumnElement[bool]:
        if self._postgres:
            return sa.cast(Vacancy.placement_kinds, JSONB).op("@>")(
                sa.cast(sa.literal(json.dumps([kind])), JSONB)
            )
        return sa.text(
            "EXISTS (SELECT 1 FROM json_each(vacancies.placement_kinds) AS kinds"
            " WHERE kinds.value = :kind)"
        ).bindparams(kind=kind)

    async def due_for_confirmation(self, confirmed_before: datetime) -> list[Vacancy]:
        """Open places not confirmed since ``confirmed_before``, longest unconfirmed first."""
        query = (
            sa.select(Vacancy)
            .where(
                Vacancy.state.in_([s.value for s in OPEN_STATES]),
                Vacancy.last_confirmed_at < confirmed_before,
            )
            .order_by(Vacancy.last_confirmed_at, Vacancy.id)
        )
        return list(await self.session.scalars(query))

    async def all_vacancies(self) -> list[Vacancy]:
        query = sa.select(Vacancy).order_by(Vacancy.available_from, Vacancy.id)
        return list(await self.session.scalars(query))

    async def open_vacancies(self) -> list[Vacancy]:
        query = sa.select(Vacancy).where(Vacancy.state.in_([s.value for s in OPEN_STATES]))
        return list(await self.session.scalars(query))


# How many ids one look-up by primary key probes (``by_external_ids``)
_PROBES_A_STATEMENT = 100
# Statements over records the caller's agency was already found to hold: the tenant filter
# would add nothing but a second index for the planner to read whole.
_OWN_RECORDS = "records of the caller's agency, found by an agency-scoped look-up"


def _rows_of(values: list, item_type: type, name: str) -> sa.TableValuedAlias:
    """``unnest`` of one array parameter: the values as rows of one column ``name``."""
    array = sa.literal(values, type_=postgresql.ARRAY(item_type))
    return sa.func.unnest(array).table_valued(name).render_derived()
