"""Issue 10: the local run says what it did, one line per service; the logs only on failure."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HEARTH = str(Path(sys.executable).with_name("hearth"))
SERVICES = ("referrals", "vacancies", "matching", "offers", "placements")


def _migrate(var_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "HEARTH_LOG_FORMAT"}
    result = subprocess.run(
        [HEARTH, "migrate", "--var-dir", str(var_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_migrate_prints_one_line_per_service_and_nothing_else(tmp_path):
    first = _migrate(tmp_path)
    assert first.stderr == ""
    assert [line.split(":")[0] for line in first.stdout.splitlines()] == list(SERVICES)
    for line in first.stdout.splitlines():
        assert re.fullmatch(r"\w+: database at migration \S+ \([1-9]\d* applied\)", line), line

    again = _migrate(tmp_path)
    assert again.stderr == ""
    assert again.stdout.splitlines() == [
        re.sub(r"\(\d+ applied\)", "(up to date)", line) for line in first.stdout.splitlines()
    ]
