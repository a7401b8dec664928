"""The server's CPU for one intake statement, replayed against variants of its database.

    uv run python bench/referrals_replay.py [--statement write|lookup] [--blocks 10]
        [--per 200] [--variant NAME=SQL ...]

``referrals_db.py --cpu`` times a whole referral through the app, and on a shared machine
its figure moves by a third from run to run. This isolates one statement: the service
(in process, on a fresh migrated database) takes five referrals while the kit's driver
observer keeps their statements; the chosen one (the look-up, or the write) is then
replayed over plain asyncpg connections, each referral's ids and Idempotency-Key made
new each time, against copies of that database (``CREATE DATABASE ... TEMPLATE``): the
one as migrated, and one per ``--variant``, the SQL given run on its copy first (a
dropped index, a foreign key added back). The copies take turns, ``--per`` statements
each, ``--blocks`` times, so a busy neighbour slows all of them alike; each one's
backend time on a CPU (``/proc/<pid>/schedstat``) over its statements is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid
from pathlib import Path
from typing import Any

import asyncpg

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from referrals import AGENCY, LA, bodies, database_name, drop, dsn, recreate, token  # noqa: E402
from referrals_instructions import _service_app, asgi_call  # noqa: E402


async def captured(database: str) -> list[tuple[str, tuple[Any, ...]]]:
    """The statements the service ran for five referrals, with their arguments."""
    from hearth_contract.auth import CallerKind
    from hearth_kit import driver

    seen: list[tuple[str, tuple[Any, ...]]] = []
    app = _service_app(database)
    headers = {"content-type": "application/json", "host": "bench"}
    headers["authorization"] = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
    operator = f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"
    async with app.router.lifespan_context(app):
        put = {**headers, "authorization": operator}
        assert await asgi_call(app, "PUT", f"/v1/agencies/{AGENCY}", b'{"name":"B"}', put) in (
            200,
            201,
        )
        driver.observers.append(lambda statement, arguments: seen.append((statement, arguments)))
        try:
            for payload in bodies(5, 0):
                key = {"idempotency-key": f"k-{uuid.uuid4()}"}
                assert await asgi_call(app, "POST", "/v1/referrals", payload, headers | key) == 201
        finally:
            driver.observers.pop()
    return seen


def renewed(arguments: tuple[Any, ...]) -> tuple[Any, ...]:
    """The arguments of another referral: every id (as a UUID or its text, alone or in an
    array) new, consistently, and a new Idempotency-Key."""
    ids = {value: uuid.uuid4() for value in arguments if isinstance(value, uuid.UUID)}
    texts = {str(old): str(new) for old, new in ids.items()}

    def new(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return ids[value]
        if isinstance(value, str):
            return f"k-{uuid.uuid4()}" if value.startswith("k-") else texts.get(value, value)
        if isinstance(value, list):
            return [new(item) for item in value]
        return value

    return tuple(new(value) for value in arguments)


def on_cpu(pid: int) -> int:
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


async def replay(
    statement: str, arguments: tuple[Any, ...], databases: dict[str, str], blocks: int, per: int
) -> dict[str, float]:
    """Microseconds of server CPU per statement on each database, replayed in turns."""
    connections = {name: await asyncpg.connect(dsn(db)) for name, db in databases.items()}
    busy = dict.fromkeys(connections, 0)
    try:
        for connection in connections.values():
            for _ in range(20):  # prepared, planned generic, caches warm
                await connection.fetch(statement, *renewed(arguments))
        for _ in range(blocks):
            for name, connection in connections.items():
                pid = connection.get_server_pid()
                start = on_cpu(pid)
                for _ in range(per):
                    await connection.fetch(statement, *renewed(arguments))
                busy[name] += on_cpu(pid) - start
    finally:
        for connection in connections.values():
            await connection.close()
    return {name: ns / (blocks * per) / 1000 for name, ns in busy.items()}


async def main(kind: str, blocks: int, per: int, variants: list[tuple[str, str]]) -> None:
    source = database_name("hearth_bench_replay")
    await recreate(source)
    databases = {"as migrated": database_name("hearth_bench_replay_0")}
    databases.update(
        {
            name: database_name(f"hearth_bench_replay_{n + 1}")
            for n, (name, _) in enumerate(variants)
        }
    )
    try:
        seen = await captured(source)
        statement, arguments = seen[-2] if kind == "lookup" else seen[-1]
        admin = await asyncpg.connect(dsn("postgres"))
        try:
            for database in databases.values():
                await admin.execute(f'DROP DATABASE IF EXISTS "{database}"')
                await admin.execute(f'CREATE DATABASE "{database}" TEMPLATE "{source}"')
        finally:
            await admin.close()
        for name, sql in variants:
            connection = await asyncpg.connect(dsn(databases[name]))
            try:
                await connection.execute(sql)
            finally:
                await connection.close()
        figures = await replay(statement, arguments, databases, blocks, per)
    finally:
        for database in [source, *databases.values()]:
            await drop(database)
    print(f"the {kind} statement, server CPU per statement ({blocks} x {per} each, in turns):")
    for name, microseconds in figures.items():
        print(f"  {microseconds:8.1f} us  {name}")


def _variant(text: str) -> tuple[str, str]:
    name, _, sql = text.partition("=")
    if not sql:
        raise argparse.ArgumentTypeError("a variant is NAME=SQL")
    return name, sql


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statement", choices=("write", "lookup"), default="write")
    parser.add_argument("--blocks", type=int, default=10)
    parser.add_argument("--per", type=int, default=200)
    parser.add_argument("--variant", type=_variant, action="append", default=[])
    args = parser.parse_args()
    asyncio.run(main(args.statement, args.blocks, args.per, args.variant))
