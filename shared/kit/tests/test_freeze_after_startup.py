"""A served service freezes what its start-up made out of the garbage collector's reach
(a full collection over it stopped requests for ~160 ms) and collects its youngest
generation less often (each collection moved the objects of the requests in flight on to
older generations); an app started any other way (tests, scripts) does neither."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from hearth_kit.app import FREEZE_AFTER_STARTUP, YOUNG_COLLECTION_THRESHOLD, create_service_app
from hearth_kit.command import service_command
from hearth_kit.settings import ServiceSettings
from pydantic import SecretStr


def _app(tmp_path: Path):
    settings = ServiceSettings(
        service_name="kit-test",
        environment="test",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kit.db'}",
        jwt_secret=SecretStr("kit-test-secret-0123456789abcdef0123456789"),
    )
    return create_service_app(
        settings=settings, title="t", description="d", routers=[], configure_logs=False
    )


@pytest.fixture
def unfrozen():
    thresholds = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


async def test_an_app_started_with_the_flag_freezes_its_start_up(tmp_path, monkeypatch, unfrozen):
    monkeypatch.setenv(FREEZE_AFTER_STARTUP, "1")
    app = _app(tmp_path)
    older = gc.get_threshold()[1:]
    async with app.router.lifespan_context(app):
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, *older)


async def test_an_app_started_without_it_freezes_nothing(tmp_path, monkeypatch, unfrozen):
    monkeypatch.delenv(FREEZE_AFTER_STARTUP, raising=False)
    app = _app(tmp_path)
    thresholds = gc.get_threshold()
    async with app.router.lifespan_context(app):
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == thresholds


def test_serve_sets_the_flag_for_its_workers(monkeypatch):
    # Set (to "0") through monkeypatch, so that the flag serve sets is undone after the test.
    monkeypatch.setenv(FREEZE_AFTER_STARTUP, "0")
    seen = {}

    def run(*_args, **_kwargs):
        seen["flag"] = os.environ.get(FREEZE_AFTER_STARTUP)

    monkeypatch.setattr("hearth_kit.command.uvicorn.run", run)
    main = service_command("kit", ServiceSettings, Path("."), "hearth_kit.app:none")
    main(["serve", "--port", "1"])
    assert seen["flag"] == "1"


def test_no_flag_is_left_behind_for_the_other_tests():
    assert os.environ.get(FREEZE_AFTER_STARTUP) in (None, "0")
