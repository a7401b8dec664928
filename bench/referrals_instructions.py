"""Instructions per referral: the service's and the baseline's, counted by callgrind.

    uv run python bench/referrals_instructions.py [--referrals 100] [--only service] [--keep DIR]

CPU time and throughput move with whatever else the machine runs; an instruction count
does not (valgrind's callgrind counts the instructions executed, the same for the same
code and inputs within a few per cent). So this is the figure to compare before and after
a change to the intake path on a shared machine.

Each server's application (the service's ``create_app`` on a fresh, migrated database;
``referrals_baseline.app`` on another) runs in a process of its own under callgrind,
called as ASGI from one uvloop loop, one request at a time, against the local PostgreSQL:
200 referrals to warm it, then ``--referrals`` counted. Counting is switched on and off
around those requests from inside the process (callgrind's client requests, from a small
C library this script compiles with gcc), so Python's start-up is not counted. HTTP
parsing (uvicorn, httptools) is not counted either; it costs both the same. Nor is the
service's webhook worker, whose polls cost per second, not per referral (see
``_service_app``).

Needs ``valgrind`` (with its headers, ``valgrind/callgrind.h``) and ``gcc``.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from referrals import (  # noqa: E402
    AGENCY,
    LA,
    SECRET,
    TEST_NOW,
    bodies,
    database_name,
    drop,
    dsn,
    recreate,
    token,
)

WARM = 200
_TOGGLE_C = """
#include <valgrind/callgrind.h>
void counting_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void counting_off(void) { CALLGRIND_DUMP_STATS_AT("counted"); CALLGRIND_STOP_INSTRUMENTATION; }
"""


def toggle_library(folder: Path) -> Path:
    source, library = folder / "toggle.c", folder / "libtoggle.so"
    source.write_text(_TOGGLE_C)
    subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-o", library, source], check=True)
    return library


async def asgi_call(app, method: str, path: str, body: bytes, headers: dict[str, str]) -> int:
    """One request to an ASGI app, as a server would make it; the answer's status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        + [(b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    delivered = False
    status: list[int] = []

    async def receive():
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # no disconnect while the answer is written

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    return status[0]


def _service_app(database: str):
    os.environ.update(
        {
            "REFERRALS_DATABASE_URL": dsn(database).replace(
                "postgresql://", "postgresql+asyncpg://"
            ),
            "REFERRALS_JWT_SECRET": SECRET,
            "REFERRALS_RATE_LIMIT": "100000000/minute",
            "REFERRALS_CLOCK_START": TEST_NOW.isoformat(),
            "HEARTH_LOG_FORMAT": "json",
            # The webhook worker polls the outbox twice a second whatever the load: its cost
            # is per second, not per referral. Under callgrind a referral takes many times
            # its real time, so the polls counted per referral grew with the slowdown, not
            # with the work (16% of the service's count at 2bd1287). Counted: the requests.
            "REFERRALS_WEBHOOKS_POLL_SECONDS": "3600",
        }
    )
    command = Path(sys.executable).parent / "hearth-referrals"
    subprocess.run([command, "migrate"], check=True, capture_output=True)
    from hearth_referrals.app import create_app

    return create_app()


async def count(server: str, referrals: int, library: str) -> None:
    """Run inside callgrind: warm the app, then count ``referrals`` referrals."""
    from hearth_contract.auth import CallerKind

    database = database_name(f"hearth_bench_instructions_{server}")
    await recreate(database)
    if server == "baseline":
        os.environ["BASELINE_DSN"] = dsn(database)
        import referrals_baseline

        app = referrals_baseline.app
    else:
        app = _service_app(database)
    headers = {"content-type": "application/json", "host": "bench"}
    if server == "service":
        headers["authorization"] = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
    payloads = bodies(WARM + referrals, 0)
    toggle = ctypes.CDLL(library)
    try:
        async with app.router.lifespan_context(app):
            if server == "service":
                operator = f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"
                put = {**headers, "authorization": operator}
                status = await asgi_call(app, "PUT", f"/v1/agencies/{AGENCY}", b'{"name":"B"}', put)
                assert status in (200, 201), status
            for number, payload in enumerate(payloads):
                if number == WARM:
                    toggle.counting_on()
                key = {"idempotency-key": f"k-{uuid.uuid4()}"}
                status = await asgi_call(app, "POST", "/v1/referrals", payload, headers | key)
                assert status == 201, status
            toggle.counting_off()
    finally:
        await drop(database)


def counted(server: str, referrals: int, library: Path, folder: Path) -> float:
    """Instructions per referral of ``server``, from a callgrind run of this script."""
    output = folder / f"{server}.%p.out"
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no"]
    command += [f"--callgrind-out-file={output}", sys.executable, __file__]
    command += ["--inside", server, "--referrals", str(referrals), "--library", str(library)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=BENCH.parent)
    dumps = [path for path in folder.glob(f"{server}.*.out.*")]
    if len(dumps) != 1:
        raise SystemExit(f"expected one counted dump of {server}, found {len(dumps)}")
    for line in dumps[0].read_text().splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1]) / referrals
    raise SystemExit(f"no summary in {dumps[0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=100)
    parser.add_argument(
        "--only", choices=("service", "baseline"), help="count one server (no ratio printed)"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep callgrind's output here (for callgrind_annotate)"
    )
    parser.add_argument("--inside", choices=("service", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        import uvloop

        uvloop.install()
        asyncio.run(count(args.inside, args.referrals, args.library))
        return
    servers = (args.only,) if args.only else ("service", "baseline")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        if args.keep:
            folder = args.keep.resolve()
            folder.mkdir(parents=True, exist_ok=True)
        library = toggle_library(folder)
        figures = {server: counted(server, args.referrals, library, folder) for server in servers}
    for server, instructions in figures.items():
        print(f"{server:<9} {instructions / 1e6:7.2f} M instructions per referral")
    if args.only:
        return
    ratio = figures["baseline"] / figures["service"]
    print(f"baseline / service: {ratio:.2f} (the CPU side of the throughput ratio)")


if __name__ == "__main__":
    main()
