"""Issue 10: every service's ``/docs`` renders in a real browser that cannot reach the internet.

Each service runs as its own process (``hearth-<name> serve``, on SQLite) and a headless
Debian Chromium opens its ``/docs``. Every host name but 127.0.0.1 fails to resolve, so a
page that needed a CDN would stay blank. CI installs ``chromium`` (see ``.ci/run``); without
it these tests fail rather than skip, so a missing browser cannot pass for working docs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from cross_service.stack import Service

OPERATION = re.compile(r'opblock-summary-method">(\w+)</span>.*?data-path="([^"]+)"')
TITLES = {
    "referrals": "Hearth referrals",
    "vacancies": "Hearth vacancies",
    "matching": "Hearth matching",
}
ONE_OPERATION_EACH = {
    "referrals": ("POST", "/v1/referrals"),
    "vacancies": ("POST", "/v1/vacancies/{vacancy_id}/hold"),
    "matching": ("GET", "/v1/referrals/{referral_id}/matches"),
}


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("Chromium is not installed: apt-get install -y chromium (as .ci/run does)")
    return path


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    """Referrals, vacancies and matching, each migrated and serving on its own SQLite file."""
    root = tmp_path_factory.mktemp("docs")
    running: dict[str, Service] = {}
    try:
        for name in TITLES:
            peers = {
                f"{peer.upper()}_URL": running[peer].url
                for peer in ("referrals", "vacancies")
                if peer in running
            }
            database_url = f"sqlite+aiosqlite:///{root / name}.db"
            service = Service(name, database_url, root / f"{name}.log", **peers)
            subprocess.run(
                [service.script, "migrate"], env=service.env, check=True, capture_output=True
            )
            service.start()
            running[name] = service
        yield running
    finally:
        for service in reversed(running.values()):
            service.stop()


def render(chromium: str, url: str, profile: Path) -> str:
    """The page's DOM after its scripts have run, with no name resolving but 127.0.0.1."""
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--virtual-time-budget=10000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def pages(chromium, services, tmp_path_factory) -> dict[str, str]:
    """Each service's /docs as the browser rendered it."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    return {name: render(chromium, f"{s.url}/docs", profile) for name, s in services.items()}


@pytest.mark.parametrize("name", list(TITLES))
class TestDocsOffline:
    def test_every_documented_operation_is_listed(self, services, pages, name):
        schema = httpx.get(f"{services[name].url}/openapi.json").json()
        documented = {
            (method.upper(), path)
            for path, operations in schema["paths"].items()
            for method in operations
        }
        listed = set(OPERATION.findall(pages[name]))
        assert ONE_OPERATION_EACH[name] in listed
        assert listed == documented

    def test_the_page_has_the_service_title_and_an_authorize_button(self, pages, name):
        page = pages[name]
        assert f"<title>{TITLES[name]} - API docs</title>" in page
        assert f'class="title">{TITLES[name]}<' in page
        assert re.search(r'<button class="btn authorize[^"]*"><span>Authorize</span>', page)
