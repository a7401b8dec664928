"""Hearth's services as their own processes, each on a fresh PostgreSQL database.

Each service runs from its console script (``hearth-<name> serve``), as in production,
with a shared test JWT secret and its peers' URLs. Used by the cross-service tests and
by ``bench/matching_http.py``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import TEST_SECRET, PostgresDatabase

__all__ = ["Service", "Stack", "eventually", "free_port"]

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def eventually(probe: Callable[[], T | None], *, within: float = 30.0, every: float = 0.05) -> T:
    """Call ``probe`` until it returns something truthy; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {within} s: {probe.__name__}")
        time.sleep(every)


class Service:
    """One service's process: started, stopped and started again on the same port."""

    def __init__(self, name: str, database_url: str, log_path: Path, **env: str) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        prefix = name.upper() + "_"
        self.env = {
            **os.environ,
            f"{prefix}DATABASE_URL": database_url,
            f"{prefix}JWT_SECRET": TEST_SECRET,
            f"{prefix}RATE_LIMIT": "1000000/minute",
            # Every process's clock starts at the tests' one instant and runs on from it.
            f"{prefix}CLOCK_START": TEST_NOW.isoformat(),
            **{prefix + key: value for key, value in env.items()},
        }
        self.script = str(Path(sys.executable).with_name(f"hearth-{name}"))
        self.process: subprocess.Popen | None = None
        self.serve_args: list[str] = []  # e.g. ["--workers", "2"]

    def start(self) -> None:
        self.launch()
        self.wait_until_ready()

    def launch(self) -> None:
        """Start the process without waiting for it (see :meth:`wait_until_ready`)."""
        self.log = self.log_path.open("a")
        self.process = subprocess.Popen(
            [self.script, "serve", "--port", str(self.port), *self.serve_args],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_until_ready(self, within: float = 60) -> None:
        assert self.process is not None
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_path.read_text()
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"{self.script} did not become ready")

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        self.process = None
        self.log.close()
        return code

    def log_lines(self) -> list[dict]:
        return [
            json.loads(line)
            for line in self.log_path.read_text().splitlines()
            if line.startswith("{")
        ]


def _databases() -> dict[str, tuple[Path, list]]:
    from hearth_matching.app import MIGRATIONS as MATCHING_MIGRATIONS
    from hearth_matching.models import Base as MatchingBase
    from hearth_offers.app import MIGRATIONS as OFFERS_MIGRATIONS
    from hearth_offers.models import Base as OffersBase
    from hearth_placements.app import MIGRATIONS as PLACEMENTS_MIGRATIONS
    from hearth_placements.models import Base as PlacementsBase
    from hearth_referrals.app import MIGRATIONS as REFERRALS_MIGRATIONS
    from hearth_referrals.models import Base as ReferralsBase
    from hearth_vacancies.app import MIGRATIONS as VACANCIES_MIGRATIONS
    from hearth_vacancies.models import Base as VacanciesBase

    return {
        "referrals": (REFERRALS_MIGRATIONS, [ReferralsBase.metadata]),
        "vacancies": (VACANCIES_MIGRATIONS, [VacanciesBase.metadata]),
        "matching": (MATCHING_MIGRATIONS, [MatchingBase.metadata]),
        "offers": (OFFERS_MIGRATIONS, [OffersBase.metadata]),
        "placements": (PLACEMENTS_MIGRATIONS, [PlacementsBase.metadata]),
    }


class Stack:
    """Referrals, then vacancies (which asks referrals), then matching (which follows both),
    then offers and placements when named; each given every other's URL."""

    def __init__(
        self,
        tag: str,
        logs: Path,
        names: tuple[str, ...] = ("referrals", "vacancies", "matching"),
        service_env: dict[str, dict[str, str]] | None = None,
        **matching_env: str,
    ) -> None:
        known = _databases()
        self.databases = {
            name: PostgresDatabase(f"hearth_{tag}_{name}_{os.getpid()}", *known[name])
            for name in names
        }
        self.services: dict[str, Service] = {}
        for name in names:
            extra = matching_env if name == "matching" else {}
            extra = {**extra, **(service_env or {}).get(name, {})}
            url = self.databases[name].url
            self.services[name] = Service(name, url, logs / f"{name}.log", **extra)
        # Every service knows every other's URL (vacancies follows placements, started after).
        for name, service in self.services.items():
            prefix = name.upper() + "_"
            for peer, other in self.services.items():
                if peer != name:
                    service.env[f"{prefix}{peer.upper()}_URL"] = other.url
        if "vacancies" in self.services and "placements" not in self.services:
            self.services["vacancies"].env["VACANCIES_PLACEMENTS_FEED_ENABLED"] = "false"

    def __getitem__(self, name: str) -> Service:
        return self.services[name]

    def start(self) -> None:
        """Start every service; if one fails, stop those started and drop the databases
        (a fixture's teardown does not run when its setup fails, and a stack left
        running takes the cores from every test after it)."""
        try:
            for name, database in self.databases.items():
                database.create()
                self.services[name].start()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> dict[str, int]:
        """Stop every running service (last started first); their exit codes."""
        codes = {
            name: service.stop()
            for name, service in reversed(self.services.items())
            if service.process is not None
        }
        for database in self.databases.values():
            database.drop()
        return codes
