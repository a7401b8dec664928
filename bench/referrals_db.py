"""A referral's database work: statements, rows, index entries and WAL per referral.

    uv run python bench/referrals_db.py [--referrals 200] [--only service] [--statements]

PostgreSQL's own CPU shares the machine's two cores with the service, so what a referral
asks of the server counts as much as the service's instructions. Each server's
application (as in ``referrals_instructions.py``: the service's ``create_app`` on a
fresh, migrated database, ``referrals_baseline.app`` on another) is called as ASGI, one
request at a time, 200 referrals to warm, then ``--referrals`` counted:

- statements: every statement the server ran for the database, read from the server's own
  log (``log_statement = all`` set on the bench's database alone; the log must be
  readable, as on the development machine: ``/var/log/postgresql``), by kind;
- rows inserted, updated and read, and index scans, per table
  (``pg_stat_user_tables``), and transactions committed (``pg_stat_database``);
- the server's CPU: the database's backends' time on a CPU (``/proc/<pid>/schedstat``,
  nanoseconds), with ``--cpu`` in a run of its own without the statement log (logging
  is work too);
- WAL: the records ``pg_waldump`` reads between the first and last counted referral that
  touch the database's relations, and the commit records of those transactions (other
  databases' WAL on a shared server is left out); B-tree leaf inserts are index entries
  written.

Counts, not times: they are the same however loaded the machine is.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from referrals import AGENCY, LA, bodies, database_name, drop, dsn, recreate, token  # noqa: E402
from referrals_instructions import WARM, _service_app, asgi_call  # noqa: E402

LOG = Path(
    os.environ.get("HEARTH_BENCH_POSTGRES_LOG", "/var/log/postgresql/postgresql-15-main.log")
)
_STATEMENT = re.compile(r"LOG:  (?:statement|execute [^:]*): (.*)")


async def _stats(connection: asyncpg.Connection) -> dict[str, float]:
    """The database's cumulative counters (after the backends have reported theirs)."""
    await asyncio.sleep(11)  # an idle backend reports its counters within 10 s
    await connection.execute("SELECT pg_stat_clear_snapshot()")
    found: dict[str, float] = {}
    for row in await connection.fetch(
        "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, seq_scan,"
        " coalesce(seq_tup_read, 0) AS seq_tup_read, coalesce(idx_scan, 0) AS idx_scan,"
        " coalesce(idx_tup_fetch, 0) AS idx_tup_fetch FROM pg_stat_user_tables"
    ):
        for column in list(row.keys())[1:]:
            found[f"{row['relname']}.{column}"] = row[column]
    row = await connection.fetchrow(
        "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, blks_hit, blks_read"
        " FROM pg_stat_database WHERE datname = current_database()"
    )
    found.update({f"database.{k}": v for k, v in row.items()})
    return found


async def _server_cpu(connection: asyncpg.Connection) -> int:
    """Nanoseconds on a CPU of the database's backends but ``connection``'s own."""
    pids = await connection.fetch(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
        " AND pid <> pg_backend_pid()"
    )
    return sum(_on_cpu(row["pid"]) for row in pids)


def _on_cpu(pid: int) -> int:
    """A process's nanoseconds on a CPU so far."""
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


def _wal(
    database_oid: int, start: str, end: str, names: dict[int, str]
) -> tuple[dict[str, float], collections.Counter[str]]:
    """The database's WAL between two LSNs: records and bytes, B-tree leaf inserts, and
    the commit records of the transactions that wrote it; and the bytes by relation
    (``names``: relation by file node)."""
    folder = subprocess.run(
        ["psql", dsn("postgres"), "-Atc", "SHOW data_directory"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    dump = subprocess.run(
        ["/usr/lib/postgresql/15/bin/pg_waldump", "-p", f"{folder}/pg_wal", "-s", start, "-e", end],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    ours = f"/{database_oid}/"
    xids: set[str] = set()
    totals: collections.Counter[str] = collections.Counter()
    by_relation: collections.Counter[str] = collections.Counter()
    commits: dict[str, int] = {}
    for line in dump:
        fields = re.match(r"rmgr: (\w+)\s+len \(rec/tot\):\s+\d+/\s*(\d+), tx:\s+(\d+),", line)
        if not fields:
            continue
        manager, length, xid = fields.group(1), int(fields.group(2)), fields.group(3)
        if manager == "Transaction" and "COMMIT" in line:
            commits[xid] = length
            continue
        if ours not in line:
            continue
        xids.add(xid)
        totals["records"] += 1
        totals["bytes"] += length
        node = re.search(rf"{ours}(\d+)", line)
        relation = names.get(int(node.group(1)), node.group(1)) if node else "?"
        kind = re.search(r"desc: (\w+)", line)
        by_relation[f"{relation} {manager} {kind.group(1) if kind else ''}"] += length
        if "FPW" in line or "FPI" in line:
            totals["full_page_images"] += 1
        if manager == "Btree" and "INSERT_LEAF" in line:
            totals["index_entries"] += 1
        if manager in ("Heap", "Heap2") and ("INSERT" in line):
            totals["heap_inserts"] += line.count("INSERT") if manager == "Heap" else 0
    if not totals:
        print(f"pg_waldump read nothing of the database between {start} and {end}", file=sys.stderr)
    committed = [commits[x] for x in xids if x in commits]
    totals["commit_records"] = len(committed)
    totals["bytes"] += sum(committed)
    totals["records"] += len(committed)
    return dict(totals), by_relation


def _statements(offset: int, database: str) -> collections.Counter[str]:
    """The statements the server logged for ``database`` after ``offset``, by their start."""
    kinds: collections.Counter[str] = collections.Counter()
    with LOG.open(errors="replace") as log:
        log.seek(offset)
        for line in log:
            if f"@{database} LOG:" not in line:
                continue
            found = _STATEMENT.search(line)
            if found:
                kinds[" ".join(found.group(1).split())[:90]] += 1
    return kinds


async def measure(
    server: str, referrals: int, show_statements: bool, keep: bool = False, cpu: bool = False
) -> dict[str, float]:
    database = database_name(f"hearth_bench_db_{server}")
    await recreate(database)
    admin = await asyncpg.connect(dsn("postgres"))
    if not cpu:
        await admin.execute(f"ALTER DATABASE \"{database}\" SET log_statement = 'all'")
    oid = await admin.fetchval("SELECT oid FROM pg_database WHERE datname = $1", database)
    if server == "baseline":
        os.environ["BASELINE_DSN"] = dsn(database)
        import referrals_baseline

        app = referrals_baseline.app
    else:
        app = _service_app(database)
    from hearth_contract.auth import CallerKind

    headers = {"content-type": "application/json", "host": "bench"}
    if server == "service":
        headers["authorization"] = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
    payloads = bodies(WARM + referrals, 0)
    watcher = await asyncpg.connect(dsn(database))
    try:
        async with app.router.lifespan_context(app):
            if server == "service":
                operator = f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"
                put = {**headers, "authorization": operator}
                status = await asgi_call(app, "PUT", f"/v1/agencies/{AGENCY}", b'{"name":"B"}', put)
                assert status in (200, 201), status
            for payload in payloads[:WARM]:
                key = {"idempotency-key": f"k-{uuid.uuid4()}"}
                assert await asgi_call(app, "POST", "/v1/referrals", payload, headers | key) == 201
            before = await _stats(watcher)
            offset = os.stat(LOG).st_size
            start = await watcher.fetchval("SELECT pg_current_wal_lsn()::text")
            busy = await _server_cpu(watcher)
            for payload in payloads[WARM:]:
                key = {"idempotency-key": f"k-{uuid.uuid4()}"}
                assert await asgi_call(app, "POST", "/v1/referrals", payload, headers | key) == 201
            busy = await _server_cpu(watcher) - busy
            end = await watcher.fetchval("SELECT pg_current_wal_lsn()::text")
            names = {
                row["node"]: row["relname"]
                for row in await watcher.fetch(
                    "SELECT pg_relation_filenode(c.oid) AS node, c.relname FROM pg_class c"
                    " WHERE pg_relation_filenode(c.oid) IS NOT NULL"
                )
            }
            # Read at once: on a busy server the segments are soon recycled.
            wal, by_relation = _wal(oid, start, end, names)
            statements = _statements(offset, database)
            after = await _stats(watcher)
    finally:
        await watcher.close()
        await admin.close()
        if not keep:
            await drop(database)
    # The watcher's own statements (the counters' reads) are not the referrals'.
    statements = collections.Counter(
        {k: v for k, v in statements.items() if "pg_stat" not in k and "pg_current_wal" not in k}
    )
    figures = {k: (after[k] - before.get(k, 0)) / referrals for k in after}
    figures = {k: v for k, v in figures.items() if v}
    if cpu:
        figures = {"server_cpu_us": busy / referrals / 1000}
        print(f"\n{server}: the server's CPU per referral ({referrals} counted, no statement log)")
        print(f"  {figures['server_cpu_us']:.1f} microseconds")
        return figures
    figures["statements"] = sum(statements.values()) / referrals
    figures.update({f"wal.{k}": v / referrals for k, v in wal.items()})
    print(f"\n{server}: per referral ({referrals} counted)")
    for name, value in sorted(figures.items()):
        print(f"  {name:48} {value:10.2f}")
    if show_statements:
        for relation, length in by_relation.most_common():
            print(f"  WAL {length / referrals:8.1f} B  {relation}")
        for text, times in statements.most_common():
            print(f"  {times / referrals:6.2f} x {text}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=200)
    parser.add_argument("--only", choices=("service", "baseline"))
    parser.add_argument("--statements", action="store_true", help="list the statements run")
    parser.add_argument("--keep", action="store_true", help="keep the databases (to EXPLAIN)")
    parser.add_argument(
        "--cpu", action="store_true", help="only the server's CPU, without the statement log"
    )
    args = parser.parse_args()
    import uvloop

    uvloop.install()
    for server in (args.only,) if args.only else ("service", "baseline"):
        asyncio.run(measure(server, args.referrals, args.statements, args.keep, args.cpu))


if __name__ == "__main__":
    main()
