"""The tests that start the services as processes run one after another.

Under ``./dev test``'s two workers every test here that starts processes (the cross-service
stacks, ``hearth migrate`` for every service) runs on one worker (xdist group
``processes``), in turn, as before; the in-process tests share out over both. Two stacks
of five services starting at once on a two-core machine would miss their readiness waits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
STARTS_PROCESSES = (HERE / "cross_service", HERE / "test_local_run.py")
PROCESSES = pytest.mark.xdist_group("processes")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(item.path).resolve()
        if any(path == place or place in path.parents for place in STARTS_PROCESSES):
            item.add_marker(PROCESSES)
