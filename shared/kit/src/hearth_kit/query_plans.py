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

__all__ = ["Statement", "explain", "plan_nodes", "recorded_statements", "scanned_tables"]


@dataclass(frozen=True)
class Statement:
    """A statement as sent to the database driver, with its parameters."""

    sql: str
    parameters: Any


@contextmanager
def recorded_statements(engine: AsyncEngine) -> Iterator[list[Statement]]:
    """Every statement ``engine`` sends while the block runs, in order."""
    sent: list[Statement] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(Statement(statement, parameters))

    sa.event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        sa.event.remove(engine.sync_engine, "before_cursor_execute", record)


async def explain(
    connection: AsyncConnection, statement: Statement, *, analyze: bool = False
) -> dict[str, Any]:
    """PostgreSQL's plan for a recorded statement (``EXPLAIN (FORMAT JSON)``), its root."""
    options = "ANALYZE, BUFFERS, FORMAT JSON" if analyze else "FORMAT JSON"
    rows = await connection.exec_driver_sql(
        f"EXPLAIN ({options}) {statement.sql}", statement.parameters
    )
    document = rows.scalar_one()
    plan = json.loads(document) if isinstance(document, str) else document
    return plan[0]["Plan"]


def plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of a plan, depth first."""
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def scanned_tables(plan: dict[str, Any]) -> set[str]:
    """The tables the plan reads whole (sequential scans)."""
    return {n["Relation Name"] for n in plan_nodes(plan) if n["Node Type"] == "Seq Scan"}
