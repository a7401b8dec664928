"""Starting and stopping every service as a local process.

A service's output is held back while Hearth starts, so that the terminal shows the
steps in order (migrations, services ready, demo data, the banner); it is shown only if
that service fails. Once the banner is out, every service's log lines follow, each
prefixed with the service's name. At a terminal the services log one readable line per
event; otherwise JSON (``HEARTH_LOG_FORMAT`` overrides both).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import httpx

from hearth_cli.services import SERVICES, ServiceSpec

__all__ = ["ServiceFailed", "ServiceProcess", "migrate_all", "start_all", "stop_all", "wait_ready"]

LOG_FORMAT_VARIABLE = "HEARTH_LOG_FORMAT"
HELD_LINES = 200  # what a failing service's report shows of its output


class ServiceFailed(RuntimeError):
    """A service's migration or start failed; ``output`` is what it wrote."""

    def __init__(self, message: str, output: str) -> None:
        super().__init__(message)
        self.output = output


def service_env(
    spec: ServiceSpec, var_dir: Path, extra: dict[str, str] | None = None
) -> dict[str, str]:
    env = dict(os.environ) | (extra or {})
    env[f"{spec.env_prefix}VAR_DIR"] = str(var_dir)
    env[f"{spec.env_prefix}PORT"] = str(spec.port)
    for peer in (p for p in SERVICES if p != spec):
        env[f"{spec.env_prefix}{peer.name.upper()}_URL"] = peer.url
    # The services write to a pipe, not the terminal: tell them which format a person sees.
    env.setdefault(LOG_FORMAT_VARIABLE, "console" if sys.stdout.isatty() else "json")
    return env


def _script(spec: ServiceSpec) -> str:
    return str(Path(sys.executable).with_name(spec.command))


def migrate_all(var_dir: Path) -> Iterator[str]:
    """Migrate every service's database (side by side); one summary line per service, in order."""
    processes = [
        (
            spec,
            subprocess.Popen(
                [_script(spec), "migrate"],
                env=service_env(spec, var_dir),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
        for spec in SERVICES
    ]
    for spec, process in processes:
        summary, logs = process.communicate()
        if process.returncode != 0:
            raise ServiceFailed(f"{spec.name}: migration failed", logs + summary)
        yield summary.strip().splitlines()[-1] if summary.strip() else f"{spec.name}: migrated"


class ServiceProcess:
    """One running service, its output held back until :meth:`show_output`."""

    def __init__(
        self, spec: ServiceSpec, var_dir: Path, out: TextIO, env: dict[str, str] | None = None
    ) -> None:
        self.spec = spec
        self.process = subprocess.Popen(
            [_script(spec), "serve", "--host", "127.0.0.1", "--port", str(spec.port)],
            env=service_env(spec, var_dir, env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            # Out of the terminal's process group: Ctrl-C reaches the runner only, which
            # stops the services in order (a consumer before the feeds it follows).
            process_group=0,
        )
        self._out = out
        self._held: deque[str] = deque(maxlen=HELD_LINES)
        self._shown = False
        self._lock = threading.Lock()
        self._relay = threading.Thread(target=self._relay_lines, daemon=True)
        self._relay.start()

    def _relay_lines(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._lock:
                if self._shown:
                    self._out.write(f"{self.spec.name:<10}| {line}")
                    self._out.flush()
                else:
                    self._held.append(line)

    def show_output(self) -> None:
        """From now on, print the service's lines as they come (what was held is dropped)."""
        with self._lock:
            self._shown = True
            self._held.clear()

    def held_output(self) -> str:
        with self._lock:
            return "".join(self._held)

    def failed(self, message: str) -> ServiceFailed:
        self._relay.join(timeout=2)
        return ServiceFailed(f"{self.spec.name}: {message}", self.held_output())

    def finish_output(self, timeout: float = 2) -> None:
        self._relay.join(timeout=timeout)


def start_all(
    var_dir: Path, out: TextIO | None = None, env: dict[str, str] | None = None
) -> list[ServiceProcess]:
    """Start every service; ``env`` adds to (or overrides) what each is given."""
    return [ServiceProcess(spec, var_dir, out or sys.stdout, env) for spec in SERVICES]


def wait_ready(services: list[ServiceProcess], timeout: float = 90) -> Iterator[ServiceProcess]:
    """Yield each service, in order, once its ``/readyz`` answers 200."""
    deadline = time.monotonic() + timeout
    for service in services:
        while True:
            if service.process.poll() is not None:
                raise service.failed(f"exited with code {service.process.returncode}")
            try:
                if httpx.get(f"{service.spec.url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise service.failed(f"did not become ready on {service.spec.url}")
            time.sleep(0.2)
        yield service


def stop_all(services: list[ServiceProcess], timeout: float = 25) -> None:
    """Stop the services last started first, each given ``timeout`` seconds to finish."""
    for service in reversed(services):
        if service.process.poll() is None:
            service.process.send_signal(signal.SIGTERM)
            try:
                service.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                service.process.kill()
        service.finish_output()
