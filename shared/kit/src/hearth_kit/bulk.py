"""Many rows in one statement: ``INSERT ... SELECT FROM unnest(...)`` on PostgreSQL.

An ``executemany`` sends one INSERT per row; for the bulk commands (a partner's
1,000 records, their outbox events, their audit rows) the server then plans and
executes a thousand statements. Here each column travels as one array parameter
(or, when every row has the same value, as one scalar) and PostgreSQL inserts every
row in one statement. Elsewhere (SQLite) it falls back to an ordinary ``executemany``,
which is what SQLite is fast at anyway.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

import pydantic_core
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit import driver

__all__ = [
    "ON_POSTGRES",
    "Json",
    "TableRows",
    "insert_rows",
    "insert_together",
    "is_postgres",
    "loaded",
    "unnest_insert",
    "upsert_rows",
]

_PG = postgresql.dialect()


class Json(str):
    """JSON text already serialised (by pydantic's ``model_dump_json``): stored as it is."""

    def load(self) -> Any:
        return json.loads(self)


def loaded(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The rows with any :class:`Json` text parsed (for an ordinary ``executemany``)."""
    return [
        {name: value.load() if isinstance(value, Json) else value for name, value in row.items()}
        for row in rows
    ]


ON_POSTGRES = "hearth_kit.bulk.on_postgres"


def is_postgres(session: AsyncSession) -> bool:
    """Whether ``session`` is on PostgreSQL: as its ``info`` says when its database made it
    (``hearth_kit.db.Database.session``), else from its engine (three proxies away: asked
    twice a referral, that cost more than the answer)."""
    on_postgres = session.info.get(ON_POSTGRES)
    if on_postgres is None:
        return session.bind.dialect.name == "postgresql"
    return on_postgres


def _is_json(column: sa.Column) -> bool:
    return isinstance(column.type.dialect_impl(_PG), sa.JSON)


@lru_cache(maxsize=128)
def _json_columns(table: sa.Table) -> frozenset[str]:
    return frozenset(column.key for column in table.columns if _is_json(column))


@lru_cache(maxsize=256)
def _text(sql: str) -> sa.TextClause:
    """The statement for one SQL text, parsed once (``text()`` scans the text for binds)."""
    return sa.text(sql)


@lru_cache(maxsize=64)
def _insert_sql(
    table: sa.Table,
    columns: tuple[str, ...],
    shared: frozenset[str],
    sql_values: tuple[tuple[str, str], ...],
    skip_conflicts: bool,
    prefix: str = "c",
    update_on: tuple[str, ...] = (),
) -> str:
    arrays, selected = [], []
    for n, name in enumerate(columns):
        column = table.c[name]
        sql_type = "text" if _is_json(column) else column.type.compile(dialect=_PG)
        if name in shared:
            value = f"CAST(:{prefix}{n} AS {sql_type})"
        else:
            arrays.append(f"CAST(:{prefix}{n} AS {sql_type}[])")
            value = f"u.c{n}"
        selected.append(f"CAST({value} AS jsonb)" if _is_json(column) else value)
    aliases = ", ".join(f"c{n}" for n, name in enumerate(columns) if name not in shared)
    targets = ", ".join([*columns, *(name for name, _ in sql_values)])
    # Every name here comes from a Table definition or the caller's code, never a request.
    values = ", ".join([*selected, *(value for _, value in sql_values)])
    sql = f"INSERT INTO {table.name} ({targets}) SELECT {values}"
    if arrays:
        sql += f" FROM unnest({', '.join(arrays)}) AS u({aliases})"
    if skip_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    elif update_on:
        updated = [name for name in columns if name not in update_on]
        sets = ", ".join(f"{name} = EXCLUDED.{name}" for name in updated)
        sql += f" ON CONFLICT ({', '.join(update_on)}) DO UPDATE SET {sets}"
    return sql


def unnest_insert(
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    sql_values: Mapping[str, str] | None = None,
    skip_conflicts: bool = False,
    prefix: str = "c",
    update_on: tuple[str, ...] = (),
) -> tuple[str, dict[str, Any]]:
    """The PostgreSQL statement inserting ``rows`` (same keys, at least one) and its parameters.

    Parameters are named ``<prefix>0``, ``<prefix>1``, ... (``c0``, ``c1``, ... by
    default); compose the statement into a larger one (a CTE) only with parameters of
    other names. ``update_on`` names a unique key: a row whose key is there already
    updates it (``ON CONFLICT ... DO UPDATE``) instead of failing.
    """
    columns = tuple(rows[0])
    if len(rows) == 1:
        # One row (a referral, its event, a key's answer): every column is "shared", so each
        # value travels as it is and the row is selected without unnest: no array to build
        # (asyncpg's encoding of even a one-element array cost more than its value's).
        by_column = {name: [value] for name, value in rows[0].items()}
        shared = _every_column(columns)
    else:
        by_column = {name: [row[name] for row in rows] for name in columns}
        # A value every row shares (the agency, the time, the actor) travels once, not per row.
        shared = frozenset(
            name for name, values in by_column.items() if values.count(values[0]) == len(values)
        )
        if len(shared) == len(columns):
            # One column at least is unnested: it gives the number of rows. Otherwise the
            # columns that differ give it, and the first column travels once if it can (an
            # audit row's action), one array fewer to encode.
            shared -= {columns[0]}
    sql = _insert_sql(
        table, columns, shared, tuple((sql_values or {}).items()), skip_conflicts, prefix, update_on
    )
    params: dict[str, Any] = {}
    json_columns = _json_columns(table)
    for n, name in enumerate(columns):
        values = by_column[name]
        if name in json_columns:
            values = [v if v is None or isinstance(v, Json) else _json_text(v) for v in values]
        params[f"{prefix}{n}"] = values[0] if name in shared else values
    return sql, params


def _json_text(value: Any) -> str:
    """A JSON column's value as JSON text. pydantic's encoder, not the standard library's:
    the same JSON (PostgreSQL parses it into jsonb), in a quarter of the time, which on a
    referral's document was about 5% of the request."""
    return pydantic_core.to_json(value).decode()


@lru_cache(maxsize=256)
def _every_column(columns: tuple[str, ...]) -> frozenset[str]:
    return frozenset(columns)


async def insert_rows(
    session: AsyncSession,
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    sql_values: Mapping[str, str] | None = None,
) -> None:
    """Insert ``rows`` (dicts with the same keys) in one statement on PostgreSQL.

    ``sql_values`` gives columns computed by PostgreSQL for every row (SQL text,
    ignored elsewhere, where the column's default applies).
    """
    if not rows:
        return
    if not is_postgres(session):
        await session.execute(sa.insert(table), loaded(rows))
        return
    sql, params = unnest_insert(table, rows, sql_values=sql_values)
    await session.execute(_text(sql), params)


async def upsert_rows(
    session: AsyncSession, table: sa.Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` (same keys, each primary key once), updating those already stored.

    One ``INSERT ... unnest ... ON CONFLICT (key) DO UPDATE`` on PostgreSQL; elsewhere
    an ``executemany`` of SQLite's own upsert.
    """
    if not rows:
        return
    key = tuple(column.key for column in table.primary_key.columns)
    if not is_postgres(session):
        statement = sqlite.insert(table)
        updated = [name for name in rows[0] if name not in key]
        statement = statement.on_conflict_do_update(
            index_elements=list(key),
            set_={name: statement.excluded[name] for name in updated},
        )
        await session.execute(statement, loaded(rows))
        return
    sql, params = unnest_insert(table, rows, update_on=key)
    await session.execute(_text(sql), params)


@dataclass(frozen=True)
class TableRows:
    """Rows for one table in :func:`insert_together` (``sql_values`` as in :func:`insert_rows`)."""

    table: sa.Table
    rows: Sequence[Mapping[str, Any]]
    sql_values: Mapping[str, str] = field(default_factory=dict)


async def insert_together(
    session: AsyncSession, inserts: Sequence[TableRows], *, alone: bool = False
) -> None:
    """Insert rows into several tables in one statement (one round trip) on PostgreSQL.

    Each table's rows become one ``INSERT ... unnest`` in a ``WITH`` of data-modifying
    statements; foreign keys between them hold, since PostgreSQL checks them at the end
    of the statement. asyncpg runs it (:mod:`hearth_kit.driver`), in the session's
    transaction, or ``alone`` as its own (``driver.fetch``). Elsewhere one
    ``executemany`` per table, in the order given, in the session's transaction.
    """
    inserts = [part for part in inserts if part.rows]
    if not inserts:
        return
    if not is_postgres(session):
        for part in inserts:
            await session.execute(sa.insert(part.table), loaded(part.rows))
        return
    shapes = tuple(_shape(part) for part in inserts)
    plan = _together_plan(shapes)
    arguments: list[Any] = []
    for n, kind, columns, pick in plan.takes:
        rows = inserts[n].rows
        if pick is not None:
            arguments.extend(pick(rows[0]))
        else:
            arguments.append(_argument(rows, columns[0], kind))
    await driver.fetch_positional(
        session, plan.statement, tuple(arguments), plan.names, alone=alone
    )


# How a column travels: once (every row's value), as an array (a value per row), and
# either as JSON text.
_ONCE, _ARRAY, _ONCE_JSON, _ARRAY_JSON = range(4)


def _shape(part: TableRows) -> tuple[Any, ...]:
    """What :func:`insert_together`'s statement for ``part`` depends on: its table, its
    columns, which of them travel once (as :func:`unnest_insert` decides) and its SQL values."""
    rows = part.rows
    columns = tuple(rows[0])
    if len(rows) == 1:
        shared = _every_column(columns)
    else:
        shared = frozenset(
            name for name in columns if all(row[name] == rows[0][name] for row in rows)
        )
        if len(shared) == len(columns):
            shared -= {columns[0]}
    return (part.table, columns, shared, tuple(part.sql_values.items()))


@dataclass(frozen=True)
class _Plan:
    """One shape of :func:`insert_together`'s statement, in asyncpg's form, and where its
    arguments come from, in order: (part, how they travel, columns, and for a run of values
    that travel once, what picks them from the part's one row together)."""

    statement: str
    names: tuple[str, ...]
    takes: tuple[tuple[int, int, tuple[str, ...], Callable[[Any], tuple] | None], ...]


@lru_cache(maxsize=64)
def _together_plan(shapes: tuple[tuple[Any, ...], ...]) -> _Plan:
    statements, origins = [], {}
    for n, (table, columns, shared, sql_values) in enumerate(shapes):
        prefix = f"t{n}_"
        statements.append(_insert_sql(table, columns, shared, sql_values, False, prefix))
        json_columns = _json_columns(table)
        for k, name in enumerate(columns):
            kind = _ONCE if name in shared else _ARRAY
            if name in json_columns:
                kind += 2
            origins[f"{prefix}{k}"] = (n, name, kind)
    *first, last = statements
    if first:
        ctes = ", ".join(f"w{n} AS ({sql})" for n, sql in enumerate(first))
        last = f"WITH {ctes} {last}"
    statement, names = driver.positional(last)
    runs: list[tuple[int, int, list[str]]] = []
    for name in names:
        n, column, kind = origins[name]
        if kind == _ONCE and runs and runs[-1][:2] == (n, _ONCE):
            runs[-1][2].append(column)
        else:
            runs.append((n, kind, [column]))
    takes = tuple(
        (n, kind, tuple(columns), _picker(columns) if kind == _ONCE else None)
        for n, kind, columns in runs
    )
    return _Plan(statement, names, takes)


def _picker(columns: list[str]) -> Callable[[Any], tuple]:
    """What takes ``columns``' values from a row, as a tuple."""
    if len(columns) == 1:
        column = columns[0]
        return lambda row: (row[column],)
    return itemgetter(*columns)


def _argument(rows: Sequence[Mapping[str, Any]], name: str, kind: int) -> Any:
    if kind == _ONCE:
        return rows[0][name]
    if kind == _ARRAY:
        return [row[name] for row in rows]
    values = [row[name] for row in rows] if kind == _ARRAY_JSON else [rows[0][name]]
    values = [v if v is None or isinstance(v, Json) else _json_text(v) for v in values]
    return values if kind == _ARRAY_JSON else values[0]
