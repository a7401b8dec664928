"""Drive an HTTP server with wrk (Debian package ``wrk``), a native load generator.

A Python client on the same two cores caps what it measures (it capped the baseline at
a sixth of its rate), so every HTTP figure in ``bench/`` comes from wrk. ``post_bodies``
sends distinct JSON bodies with unique Idempotency-Keys (each run against a server goes on
from where the last stopped, so a body is not sent twice until the file wraps); ``paced`` holds an offered
rate with wrk's Lua ``delay`` (calibrated: wrk's Lua has no clock, so the per-connection
pause is set from a first run's mean latency).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["WrkResult", "paced", "run_wrk", "write_bodies"]

SCRIPT = Path(__file__).with_name("wrk") / "post_bodies.lua"
# Where the next run against a server starts in the bodies file: past every body sent to it
# before (the script reports the furthest line any thread reached).
_next_body: dict[str, int] = {}


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    # Successful answers of a calibration run before this one (``paced``), which also wrote rows.
    probe_answers: int = 0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def row(self) -> dict:
        return {
            "requests": self.requests,
            "rps": round(self.rps, 1),
            "errors": self.errors,
            "p50_ms": round(self.p50_ms, 1),
            "p90_ms": round(self.p90_ms, 1),
            "p99_ms": round(self.p99_ms, 1),
        }


def write_bodies(bodies: list[bytes]) -> Path:
    """One JSON body a line, in a temporary file wrk's script reads."""
    handle = tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False)
    with handle:
        for body in bodies:
            handle.write(body.replace(b"\n", b" ") + b"\n")
    return Path(handle.name)


def run_wrk(
    url: str,
    path: str,
    *,
    seconds: float,
    connections: int = 16,
    threads: int = 2,
    bodies: Path | None = None,
    authorization: str | None = None,
    key_prefix: str = "wrk",
    delay_ms: float = 0,
    arrivals: str = "fixed",
    method: str = "POST",
) -> WrkResult:
    """Run wrk once; non-2xx/3xx answers and socket errors count as errors.

    ``delay_ms`` pauses each connection after every answer: that long (``arrivals``
    "fixed"), or a random pause of that mean ("poisson": exponential, independent).
    """
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    env = {
        **os.environ,
        "WRK_PATH": path,
        "WRK_KEY_PREFIX": key_prefix,
        "WRK_DELAY_MS": str(int(delay_ms)),
        "WRK_ARRIVALS": arrivals,
        "WRK_METHOD": method if bodies else "GET",
        "WRK_OFFSET": str(_next_body.get(url, 0)),
        "WRK_THREADS": str(threads),
    }
    if bodies is not None:
        env["WRK_BODIES"] = str(bodies)
    if authorization:
        env["WRK_AUTH"] = authorization
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "-s",
        str(SCRIPT),
        url,
    ]
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    line = next(ln for ln in output.splitlines() if ln.startswith("WRK_JSON "))
    raw = json.loads(line.removeprefix("WRK_JSON "))
    if bodies is not None:
        _next_body[url] = raw["next_offset"]
    errors = sum(raw[k] for k in ("status_errors", "connect_errors", "read_errors", "write_errors"))
    return WrkResult(
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        errors=errors + raw["timeouts"],
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        mean_ms=raw["mean_us"] / 1000,
    )


def paced(url: str, path: str, *, rate: float, seconds: float, connections: int = 32, **options):
    """wrk at a steady offered ``rate`` per second: each connection pauses between requests.

    A connection's cycle is its latency plus its pause; a short first run measures the
    latency, and the pause is set so that ``connections`` cycles give ``rate``. With
    ``arrivals="poisson"`` the pauses are random (exponential, that mean): requests
    arrive independently. With fixed pauses, connections that were held up together
    (a pause of the collector, a slow commit) answer together and then send together
    again, so they stay in step: the server meets bursts of ``connections`` requests.
    """
    cycle_ms = connections * 1000 / rate
    probe = run_wrk(url, path, seconds=3, connections=connections, delay_ms=cycle_ms, **options)
    delay = max(0.0, cycle_ms - probe.mean_ms)
    options["key_prefix"] = options.get("key_prefix", "wrk") + "-paced"
    result = run_wrk(url, path, seconds=seconds, connections=connections, delay_ms=delay, **options)
    return replace(result, probe_answers=probe.requests - probe.errors)
