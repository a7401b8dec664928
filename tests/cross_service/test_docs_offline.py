"""Issue 10: every service's ``/docs`` works in a real browser that cannot reach the internet.

Each service runs as its own process (``hearth-<name> serve``, on SQLite) and Debian's
headless Chromium, driven by Playwright, opens its ``/docs``. Every host name but
127.0.0.1 fails to resolve, so a page that needed a CDN would stay blank. CI installs
``chromium`` (see ``.ci/run``); without it these tests fail rather than skip, so a missing
browser cannot pass for working docs. Playwright never downloads a browser here.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import httpx
import pytest
from cross_service.stack import Service
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens
from playwright.sync_api import Browser, Page, sync_playwright

OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
OPERATION = re.compile(r'opblock-summary-method">(\w+)</span>.*?data-path="([^"]+)"')
TITLES = {
    "referrals": "Hearth referrals",
    "vacancies": "Hearth vacancies",
    "matching": "Hearth matching",
    "offers": "Hearth offers",
    "placements": "Hearth placements",
}
ONE_OPERATION_EACH = {
    "referrals": ("POST", "/v1/referrals"),
    "vacancies": ("POST", "/v1/vacancies/{vacancy_id}/hold"),
    "matching": ("GET", "/v1/referrals/{referral_id}/matches"),
    "offers": ("GET", "/v1/offers"),
    "placements": ("POST", "/v1/tasks/{task_id}/complete"),
}


@pytest.fixture(scope="module")
def browser() -> Browser:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Chromium is not installed: apt-get install -y chromium (as .ci/run does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=[OFFLINE])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    """Every service, each migrated and serving on its own SQLite file."""
    root = tmp_path_factory.mktemp("docs")
    running: dict[str, Service] = {}
    for name in TITLES:
        peers = {f"{peer.upper()}_URL": running[peer].url for peer in running}
        database_url = f"sqlite+aiosqlite:///{root / name}.db"
        running[name] = Service(name, database_url, root / f"{name}.log", **peers)
    migrations = [
        subprocess.Popen([s.script, "migrate"], env=s.env, stdout=subprocess.DEVNULL)
        for s in running.values()
    ]
    assert [migration.wait(timeout=300) for migration in migrations] == [0] * len(TITLES)
    try:
        for service in running.values():
            service.launch()
        for service in running.values():
            service.wait_until_ready()
        yield running
    finally:
        for service in reversed(running.values()):
            if service.process is not None:
                service.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def open_docs(page: Page, service: Service) -> None:
    page.goto(f"{service.url}/docs")
    page.locator(".opblock").first.wait_for(timeout=30_000)


@pytest.mark.parametrize("name", list(TITLES))
class TestDocsOffline:
    def test_the_page_lists_every_documented_operation_under_the_service_title(
        self, services, page, name
    ):
        open_docs(page, services[name])
        assert page.title() == f"{TITLES[name]} - API docs"
        assert page.locator(".info .title").inner_text().startswith(TITLES[name])
        listed = set(OPERATION.findall(page.content()))
        schema = httpx.get(f"{services[name].url}/openapi.json").json()
        documented = {
            (method.upper(), path)
            for path, operations in schema["paths"].items()
            for method in operations
        }
        assert ONE_OPERATION_EACH[name] in listed
        assert listed == documented

    def test_authorize_sends_the_bearer_token_and_keeps_it_across_a_reload(
        self, services, page, name
    ):
        token = Tokens().mint(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
        open_docs(page, services[name])
        page.locator(".auth-wrapper button.authorize").click()
        page.locator(".auth-container input").fill(token)
        page.locator(".auth-btn-wrapper button.authorize").click()
        page.locator(".auth-btn-wrapper button.btn-done").click()

        feed = page.locator(".opblock", has=page.locator('[data-path="/v1/events"]'))
        feed.locator(".opblock-summary").click()
        feed.get_by_role("button", name="Try it out").click()
        feed.get_by_role("button", name="Execute").click()
        status = feed.locator(".live-responses-table tr.response .response-col_status").first
        assert status.inner_text(timeout=30_000).strip() == "200"

        page.reload()
        page.locator(".opblock").first.wait_for()
        assert "locked" in page.locator(".auth-wrapper button.authorize").get_attribute("class")
