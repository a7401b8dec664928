"""The console script every service shares: its standard commands and a service's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hearth_kit.command import service_command
from hearth_kit.settings import ServiceSettings


class ExampleSettings(ServiceSettings):
    service_name: str = "example"


def test_a_service_command_of_its_own_is_listed_and_runs_with_the_service_settings(capsys):
    ran: list[ServiceSettings] = []
    main = service_command(
        "example",
        ExampleSettings,
        Path("unused"),
        "example:create_app",
        extra={"tidy": ("tidy the example's data", ran.append)},
    )

    with pytest.raises(SystemExit) as shown:
        main(["--help"])
    assert shown.value.code == 0
    listing = capsys.readouterr().out
    assert "{serve,migrate,check,tidy}" in listing
    assert "tidy the example's data" in listing

    main(["tidy"])
    assert len(ran) == 1
    assert isinstance(ran[0], ExampleSettings)


def test_an_unknown_command_is_refused_with_the_list_of_commands(capsys):
    main = service_command("example", ExampleSettings, Path("unused"), "example:create_app")
    with pytest.raises(SystemExit) as refused:
        main(["tidy"])
    assert refused.value.code == 2
    assert "invalid choice: 'tidy'" in capsys.readouterr().err
