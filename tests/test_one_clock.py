"""Time comes from one clock: nothing under test, and no test or fixture, reads the real date.

Services read the time through the kit's ``Clock`` (injected: ``FrozenClock`` in tests,
``RunningClock`` in the cross-service processes, ``SystemClock`` in production); tests,
examples and mocks take their dates from ``hearth_kit.clock.TEST_NOW`` or the clock they
are given. CI also runs every service's SQLite tests with the process clock moved 400
days forward and 30 days back (``faketime``, in ``.ci/run``), which fails any test that
still agrees with today's date by accident.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READS_THE_REAL_TIME = re.compile(
    r"\b(date\.today\(|datetime\.now\(|datetime\.utcnow\(|datetime\.today\(|time\.time\()"
)

# Each place allowed to read the wall clock, and why.
WALL_CLOCK_ALLOWED = {
    # The clock itself.
    "shared/kit/src/hearth_kit/clock.py",
    # Token lifetimes are the identity provider's real time, never a movable test clock;
    # the tests that mint expired tokens agree with it.
    "shared/kit/src/hearth_kit/auth.py",
    "shared/kit/tests/test_tokens.py",
    "services/referrals/tests/test_access.py",
    # An HTTP-date Retry-After is a real instant on the wire.
    "shared/contract/src/hearth_contract/clients/base.py",
    # The local demo seeds running services, whose clock is the system clock.
    "shared/cli/src/hearth_cli/seed.py",
}


def _python_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return [path for path in listed if not path.startswith("bench/")]


def test_only_the_clock_reads_the_real_time():
    offenders = []
    for path in _python_files():
        if path in WALL_CLOCK_ALLOWED or not (ROOT / path).exists():
            continue
        for number, line in enumerate((ROOT / path).read_text().splitlines(), start=1):
            if READS_THE_REAL_TIME.search(line):
                offenders.append(f"{path}:{number}: {line.strip()}")
    assert offenders == [], "read the time from the injected clock:\n" + "\n".join(offenders)


def test_the_rule_sees_a_real_offender(tmp_path):
    sample = "referral_date = date." + "today()\nstarted = datetime." + "now(UTC)\n"
    assert len(READS_THE_REAL_TIME.findall(sample)) == 2
    assert not READS_THE_REAL_TIME.search("now = clock.now()\nmonotonic = time.monotonic()")


def test_ci_runs_the_shifted_clock_passes():
    ci = (ROOT / ".ci/run").read_text()
    assert "'+400d'" in ci
    assert "'-30d'" in ci and 'faketime -f "$shift"' in ci
