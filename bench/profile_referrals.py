"""Where a referral's CPU goes: py-spy samples the referrals service under wrk load.

    uv run python bench/profile_referrals.py [--seconds 20] [--out bench/flame]

Starts the service on PostgreSQL (as ``bench/referrals.py`` does), drives
``POST /v1/referrals`` with wrk, and records the service with py-spy (``pip install
py-spy``; it must run as root or with ptrace allowed). Writes ``<out>.svg`` (a flame
graph) and ``<out>.txt``: the functions with the most samples, on the stack
(inclusive) and at its top (self), as shares of all samples.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import httpx
from hearth_contract.auth import CallerKind
from referrals import (
    AGENCY,
    LA,
    SERVICE_PORT,
    bodies,
    database_name,
    drop,
    start_service,
    token,
    wait_up,
)
from wrk import run_wrk, write_bodies


def top_functions(collapsed: Path, count: int = 40) -> str:
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        if not samples.isdigit():
            continue
        frames = stack.split(";")
        n = int(samples)
        total += n
        own[frames[-1]] += n
        for frame in set(frames):
            inclusive[frame] += n
    lines = [f"{total} samples", "", "inclusive (on the stack):"]
    lines += [f"  {n / total:6.1%}  {frame}" for frame, n in inclusive.most_common(count)]
    lines += ["", "self (top of the stack):"]
    lines += [f"  {n / total:6.1%}  {frame}" for frame, n in own.most_common(count)]
    return "\n".join(lines)


async def main(seconds: int, out: Path) -> None:
    py_spy = shutil.which("py-spy")
    if py_spy is None:
        raise SystemExit("py-spy is not installed: pip install py-spy")
    database = database_name("hearth_bench_profile")
    service = await start_service(database)
    url = f"http://127.0.0.1:{SERVICE_PORT}"
    payloads = write_bodies(bodies(20_000, 0))
    try:
        await wait_up(url, "/readyz")
        operator = {"Authorization": f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"}
        async with httpx.AsyncClient(base_url=url) as http:
            (
                await http.put(f"/v1/agencies/{AGENCY}", json={"name": "B"}, headers=operator)
            ).raise_for_status()
        la = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
        run_wrk(
            url, "/v1/referrals", seconds=3, bodies=payloads, authorization=la, key_prefix="warm"
        )
        raw = out.with_suffix(".collapsed")
        recorders = [
            subprocess.Popen(  # noqa: ASYNC220 - started before the load, waited after
                [
                    py_spy,
                    "record",
                    "-p",
                    str(service.pid),
                    "-d",
                    str(seconds),
                    "-r",
                    "200",
                    "--nonblocking",
                    "-f",
                    fmt,
                    "-o",
                    str(path),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for fmt, path in (("flamegraph", out.with_suffix(".svg")), ("raw", raw))
        ]
        result = run_wrk(
            url,
            "/v1/referrals",
            seconds=seconds,
            bodies=payloads,
            authorization=la,
            key_prefix="profile",
        )
        for recorder in recorders:
            recorder.wait(timeout=60)
        summary = top_functions(raw)
        out.with_suffix(".txt").write_text(
            f"POST /v1/referrals under wrk: {result.rps:.1f} req/s, p50 {result.p50_ms:.1f} ms,"
            f" p99 {result.p99_ms:.1f} ms\n\n{summary}\n"
        )
        raw.unlink(missing_ok=True)
        print(out.with_suffix(".txt").read_text())
    finally:
        payloads.unlink(missing_ok=True)
        service.terminate()
        service.wait(timeout=30)
        await drop(database)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("bench/flame-referrals"))
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.out))
