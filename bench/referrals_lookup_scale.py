"""The intake look-up's server CPU at scale, with and without the reference read for each
child of the same birth date (the twentieth session's change, ``h-intake8``).

    uv run python bench/referrals_lookup_scale.py [--referrals 50000] [--blocks 20]

The service (in process, a fresh migrated database) takes five referrals while the
driver's observer keeps their statements (as ``referrals_replay.py``); the database is
then filled to ``--referrals`` (``referrals.fill_to``: copies of those referrals, each
given a reference of its own and one child with a birth date spread over twenty years).
The look-up as sent now, and as it was (each child's reference read from its referral's
row), are replayed in turns on connections of their own, ``--blocks`` times 200 each, ids
and Idempotency-Key new each time: each backend's time on a CPU per statement. The first
statement runs twice (two connections), so the spread between those two is the noise.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import sys
from pathlib import Path

import asyncpg

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from referrals import database_name, drop, dsn, fill_to, recreate  # noqa: E402
from referrals_replay import captured, on_cpu, renewed  # noqa: E402

_NOW = "CAST(NULL AS VARCHAR) AS la_reference, child.first_name_key"
_BEFORE = (
    "(SELECT referrals.la_reference \nFROM referrals \nWHERE referrals.id = child.referral_id)"
    " AS la_reference, child.first_name_key"
)
_CHILDREN = """
    INSERT INTO referral_children
        (id, referral_id, position, la_code, first_name_key, last_name_key, date_of_birth)
    SELECT gen_random_uuid(), r.id, 0, r.la_code, 'x' || md5(random()::text),
           'y' || md5(random()::text), date '2008-01-01' + (random() * 7300)::int
    FROM referrals r
    WHERE NOT EXISTS (SELECT 1 FROM referral_children c WHERE c.referral_id = r.id)
"""
_BORN = datetime.date(2015, 6, 1)


async def main(referrals: int, blocks: int) -> None:
    database = database_name("hearth_bench_lookup_scale")
    await recreate(database)
    try:
        now, arguments = (await captured(database))[-2]
        if _NOW not in now:
            raise SystemExit("the look-up's statement is not the one this script knows")
        statements = {"as sent now": now, "as it was": now.replace(_NOW, _BEFORE)}
        await fill_to(database, referrals)
        admin = await asyncpg.connect(dsn(database))
        try:
            await admin.execute("UPDATE referrals SET la_reference = 'F-' || id::text")
            await admin.execute(_CHILDREN)
            await admin.execute("VACUUM FULL referrals")
            await admin.execute("VACUUM ANALYZE")
            born = await admin.fetchval(
                "SELECT count(*) FROM referral_children WHERE date_of_birth = $1", _BORN
            )
        finally:
            await admin.close()
        # The new referral's child born on a date with about referrals / 7,300 earlier ones.
        values = [
            [_BORN] if isinstance(v, list) and v and isinstance(v[0], datetime.date) else v
            for v in arguments
        ]
        runs = {
            "as sent now": statements["as sent now"],
            "as it was": statements["as it was"],
            "as sent now (again)": statements["as sent now"],
        }
        connections = {name: await asyncpg.connect(dsn(database)) for name in runs}
        busy = dict.fromkeys(runs, 0)
        try:
            for name, connection in connections.items():
                for _ in range(30):
                    await connection.fetch(runs[name], *renewed(tuple(values)))
            for _ in range(blocks):
                for name, connection in connections.items():
                    pid = connection.get_server_pid()
                    start = on_cpu(pid)
                    for _ in range(200):
                        await connection.fetch(runs[name], *renewed(tuple(values)))
                    busy[name] += on_cpu(pid) - start
        finally:
            for connection in connections.values():
                await connection.close()
    finally:
        await drop(database)
    print(f"the look-up at {referrals:,} referrals, {born} children of the birth date:")
    for name, ns in busy.items():
        print(f"  {ns / (blocks * 200) / 1000:8.1f} us  {name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=50_000)
    parser.add_argument("--blocks", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.referrals, args.blocks))
