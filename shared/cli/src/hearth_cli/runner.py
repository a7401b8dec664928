"""Starting and stopping every service as a local process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from hearth_cli.services import SERVICES, ServiceSpec

__all__ = ["migrate_all", "start_all", "stop_all", "wait_ready"]


def service_env(spec: ServiceSpec, var_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env[f"{spec.env_prefix}VAR_DIR"] = str(var_dir)
    env[f"{spec.env_prefix}PORT"] = str(spec.port)
    for peer in (p for p in SERVICES if p != spec):
        env[f"{spec.env_prefix}{peer.name.upper()}_URL"] = peer.url
    return env


def _script(spec: ServiceSpec) -> str:
    return str(Path(sys.executable).with_name(spec.command))


def migrate_all(var_dir: Path) -> None:
    for spec in SERVICES:
        subprocess.run([_script(spec), "migrate"], env=service_env(spec, var_dir), check=True)


def start_all(var_dir: Path) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(
            [_script(spec), "serve", "--host", "127.0.0.1", "--port", str(spec.port)],
            env=service_env(spec, var_dir),
        )
        for spec in SERVICES
    ]


def wait_ready(processes: list[subprocess.Popen], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    for spec, process in zip(SERVICES, processes, strict=True):
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{spec.name} exited with code {process.returncode}")
            try:
                if httpx.get(f"{spec.url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{spec.name} did not become ready on {spec.url}")
            time.sleep(0.2)


def stop_all(processes: list[subprocess.Popen], timeout: float = 25) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
