"""The plans PostgreSQL chooses for a service's own statements (for tests and benches).

A test runs a repository method as the service would, with the statements it sends
recorded (``recorded_statements``), then asks PostgreSQL for the plan of each with the
same parameters (``explain``). ``scanned_tables`` lists the tables a plan reads whole
(a ``Seq Scan``): a query that should stay flat as a table grows must not name it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from hearth_kit import driver

__all__ = ["Statement", "explain", "plan_nodes", "recorded_statements", "scanned_tables"]


@dataclass(frozen=True)
class Statement:
    """A statement as sent to the database driver, with its parameters."""

    sql: str
    parameters: Any


@contextmanager
def recorded_statements(engine: AsyncEngine) -> Iterator[list[Statement]]:
    """Every statement ``engine`` sends while the block runs, in order (those a hot path
    sends through asyncpg itself, :mod:`hearth_kit.driver`, included)."""
    sent: list[Statement] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(Statement(statement, parameters))

    def record_driven(statement: str, parameters: tuple[Any, ...]) -> None:
        sent.append(Statement(statement, parameters))

    sa.event.listen(engine.sync_engine, "before_cursor_execute", record)
    driver.observers.append(record_driven)
    try:
        yield sent
    finally:
        sa.event.remove(engine.sync_engine, "before_cursor_execute", record)
        driver.observers.remove(record_driven)


async def explain(
    connection: AsyncConnection,
    statement: Statement,
    *,
    analyze: bool = False,
    generic: bool = False,
) -> dict[str, Any]:
    """PostgreSQL's plan for a recorded statement (``EXPLAIN (FORMAT JSON)``), its root.

    ``generic``: the plan a prepared statement falls back to after a few executions (the
    driver prepares every statement), planned without the parameters' values.
    """
    options = "ANALYZE, BUFFERS, FORMAT JSON" if analyze else "FORMAT JSON"
    if not generic:
        rows = await connection.exec_driver_sql(
            f"EXPLAIN ({options}) {statement.sql}", statement.parameters
        )
        return _root(rows.scalar_one())
    await connection.exec_driver_sql(f"PREPARE hearth_explained AS {statement.sql}")
    try:
        await connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        values = ", ".join(_literal(v) for v in statement.parameters or ())
        call = f"EXECUTE hearth_explained({values})" if values else "EXECUTE hearth_explained"
        rows = await connection.exec_driver_sql(f"EXPLAIN ({options}) {call}")
        return _root(rows.scalar_one())
    finally:
        await connection.exec_driver_sql("RESET plan_cache_mode")
        await connection.exec_driver_sql("DEALLOCATE hearth_explained")


def _root(document: Any) -> dict[str, Any]:
    plan = json.loads(document) if isinstance(document, str) else document
    return plan[0]["Plan"]


def _literal(value: Any) -> str:
    """A parameter as an untyped SQL literal (PostgreSQL casts it to the parameter's type)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return str(value).upper() if isinstance(value, bool) else repr(value)
    if isinstance(value, list | tuple):
        items = ",".join(
            "NULL" if v is None else '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
            for v in value
        )
        return _literal("{" + items + "}")
    text = json.dumps(value) if isinstance(value, dict) else str(value)
    return "'" + text.replace("'", "''") + "'"


def plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of a plan, depth first."""
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def scanned_tables(plan: dict[str, Any]) -> set[str]:
    """The tables the plan reads whole (sequential scans)."""
    return {n["Relation Name"] for n in plan_nodes(plan) if n["Node Type"] == "Seq Scan"}
