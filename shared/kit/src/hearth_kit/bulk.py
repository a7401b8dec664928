"""Many rows in one statement: ``INSERT ... SELECT FROM unnest(...)`` on PostgreSQL.

An ``executemany`` sends one INSERT per row; for the bulk commands (a partner's
1,000 records, their outbox events, their audit rows) the server then plans and
executes a thousand statements. Here each column travels as one array parameter
and PostgreSQL inserts every row in one statement. Elsewhere (SQLite) it falls back
to an ordinary ``executemany``, which is what SQLite is fast at anyway.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

__all__ = ["insert_rows"]

_PG = postgresql.dialect()


def _is_json(column: sa.Column) -> bool:
    return isinstance(column.type.dialect_impl(_PG), sa.JSON)


@lru_cache(maxsize=64)
def _statement(
    table: sa.Table,
    columns: tuple[str, ...],
    sql_values: tuple[tuple[str, str], ...],
    skip_conflicts: bool,
    returning: str | None,
) -> sa.TextClause:
    arrays, selected = [], []
    for n, name in enumerate(columns):
        column = table.c[name]
        if _is_json(column):
            arrays.append(f"CAST(:c{n} AS text[])")
            selected.append(f"CAST(u.c{n} AS jsonb)")
        else:
            arrays.append(f"CAST(:c{n} AS {column.type.compile(dialect=_PG)}[])")
            selected.append(f"u.c{n}")
    aliases = ", ".join(f"c{n}" for n in range(len(columns)))
    targets = ", ".join([*columns, *(name for name, _ in sql_values)])
    # Every name here comes from a Table definition or the caller's code, never a request.
    values = ", ".join([*selected, *(value for _, value in sql_values)])
    sql = f"INSERT INTO {table.name} ({targets}) SELECT {values} "  # noqa: S608
    sql += f"FROM unnest({', '.join(arrays)}) AS u({aliases})"
    if skip_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    if returning is not None:
        sql += f" RETURNING {returning}"
    return sa.text(sql)


async def insert_rows(
    session: AsyncSession,
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    sql_values: Mapping[str, str] | None = None,
    skip_conflicts: bool = False,
    returning: str | None = None,
) -> list[Any] | None:
    """Insert ``rows`` (dicts with the same keys) in one statement on PostgreSQL.

    ``sql_values`` gives columns computed by PostgreSQL for every row (SQL text,
    ignored elsewhere). With ``skip_conflicts``, rows that would violate a unique
    key are skipped instead of failing the transaction. ``returning`` names
    one column to return for the rows actually inserted (PostgreSQL only; None is
    returned elsewhere, where every row was inserted or the statement failed).
    """
    if not rows:
        return [] if returning else None
    if session.bind.dialect.name != "postgresql":
        await session.execute(sa.insert(table), list(rows))
        return None
    columns = tuple(rows[0])
    statement = _statement(
        table,
        columns,
        tuple((sql_values or {}).items()),
        skip_conflicts,
        returning,
    )
    params = {}
    for n, name in enumerate(columns):
        values = [row[name] for row in rows]
        if _is_json(table.c[name]):
            values = [None if v is None else json.dumps(v) for v in values]
        params[f"c{n}"] = values
    result = await session.execute(statement, params)
    return list(result.scalars()) if returning else None
