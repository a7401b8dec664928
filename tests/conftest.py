"""The tests that start the services as processes run one after another.

Under ``./dev test``'s two workers every test here that starts processes (the cross-service
stacks, ``hearth migrate`` for every service) goes to one worker, in collection order, as
in a serial run (tests in a module build on the ones before); every other test is shared
out one by one. Two stacks of five services starting at once on a two-core machine
would miss their readiness waits.

xdist's own ``xdist_group`` mark does this job in its ``loadgroup`` mode, but it renames
each test's node id to carry the group, which pytest 9 no longer allows: the mark is
silently ignored. So the grouping is by path, in a scheduler of our own
(``pytest_xdist_make_scheduler``, xdist's hook for it).
"""

from __future__ import annotations

from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

STARTS_PROCESSES = ("tests/cross_service/", "tests/test_local_run.py")


class ProcessesInTurn(LoadScopeScheduling):
    """One scope for the tests that start processes; one scope per test for the rest."""

    def _split_scope(self, nodeid: str) -> str:
        return "processes" if nodeid.startswith(STARTS_PROCESSES) else nodeid


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> ProcessesInTurn:
    return ProcessesInTurn(config, log)
