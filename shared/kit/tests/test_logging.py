"""Logs for machines (JSON) and for people (one line an event): both redacted, both quiet."""

from __future__ import annotations

import io
import json
import logging

import pytest
from hearth_kit.logging import LOG_FORMAT_VARIABLE, choose_log_format, configure_logging, get_logger

CANARY = "Zebedee Quillfeather"
FORMATS = ["json", "console"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def logs():
    """Configure the logs into a string for one test; put the default back afterwards."""
    streams: list[io.StringIO] = []

    def capture(log_format: str, stream: io.StringIO | None = None) -> io.StringIO:
        stream = stream or io.StringIO()
        configure_logging(stream=stream, log_format=log_format)
        streams.append(stream)
        return stream

    yield capture
    configure_logging()


def _lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


KEPT = [
    ("uvicorn.error", "Started server process [%d]", (4242,)),
    ("uvicorn.error", "Waiting for application startup.", ()),
    ("uvicorn.error", "Application startup complete.", ()),
    (
        "uvicorn.error",
        "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
        ("http", "127.0.0.1", 8101),
    ),
    (
        "uvicorn.error",
        "%s",
        (
            "[Errno 98] error while attempting to bind on address ('127.0.0.1', 8102): "
            "[errno 98] address already in use",
        ),
    ),
    ("uvicorn.error", "Shutting down", ()),
    ("uvicorn.error", "Waiting for application shutdown.", ()),
    ("uvicorn.error", "Application shutdown complete.", ()),
    ("uvicorn.error", "Finished server process [%d]", (4242,)),
    ("alembic.runtime.migration", "Context impl %s.", ("PostgresqlImpl",)),
    ("alembic.runtime.migration", "Will assume %s DDL.", ("transactional",)),
    ("alembic.runtime.migration", "Running %s", ("upgrade  -> 0001, initial referrals schema",)),
    (
        "alembic.runtime.migration",
        "Running %s",
        ("upgrade 0001 -> 0002, index referrals by LA reference",),
    ),
]
DROPPED = [
    ("some.library", "user %s born %s", (CANARY, "2014-03-01")),
    ("uvicorn.error", "Exception in ASGI application for %s", (CANARY,)),
    ("uvicorn.error", "Application startup complete. %s", (CANARY,)),
    ("uvicorn.error", "Started server process [%s]", (CANARY,)),
    ("alembic.runtime.migration", "Running %s", (f"upgrade 0001 -> 0002, x\n{CANARY}",)),
    ("sqlalchemy.engine.Engine", "INSERT INTO children VALUES ('%s')", (CANARY,)),
]


@pytest.mark.parametrize("log_format", FORMATS)
class TestLibraryMessages:
    @pytest.mark.parametrize(("name", "message", "args"), KEPT)
    def test_listed_messages_keep_their_text(self, logs, log_format, name, message, args):
        stream = logs(log_format)
        logging.getLogger(name).info(message, *args)
        [line] = _lines(stream)
        assert message % args in line and name in line

    @pytest.mark.parametrize(("name", "message", "args"), DROPPED)
    def test_any_other_text_is_dropped(self, logs, log_format, name, message, args):
        stream = logs(log_format)
        logging.getLogger(name).warning(message, *args)
        output = stream.getvalue()
        assert CANARY not in output and "Zebedee" not in output
        assert f"{name}.warning" in output


class TestConsoleFormat:
    def test_one_readable_line_per_event_redacted_like_json(self, logs):
        stream = logs("console")
        get_logger("hearth.test").info(
            "referral.received", referral_id="r-1", la_code="E10000016", first_name=CANARY
        )
        [line] = _lines(stream)
        assert not line.startswith("{")
        assert "referral.received" in line and "referral_id=r-1" in line
        assert "first_name=[redacted]" in line and CANARY not in line

    def test_exceptions_show_their_type_never_their_message(self, logs):
        stream = logs("console")
        try:
            raise ValueError(f"bad child {CANARY}")
        except ValueError:
            get_logger("hearth.test").exception("request.crashed")
        output = stream.getvalue()
        assert "ValueError" in output and CANARY not in output

    def test_colour_only_at_a_terminal(self, logs):
        plain = logs("console")
        get_logger("hearth.test").info("service.starting", service="referrals")
        coloured = logs("console", Terminal())
        get_logger("hearth.test").info("service.starting", service="referrals")
        assert "\x1b[" not in plain.getvalue() and "\x1b[" in coloured.getvalue()

    def test_json_stays_one_object_per_line(self, logs):
        stream = logs("json")
        get_logger("hearth.test").info("referral.received", referral_id="r-1", note=CANARY)
        [line] = _lines(stream)
        assert json.loads(line)["note"] == "[redacted]"


class TestChoosingTheFormat:
    @pytest.mark.parametrize(
        ("environment", "stream", "expected"),
        [
            ("local", Terminal(), "console"),
            ("local", io.StringIO(), "json"),
            ("test", Terminal(), "json"),
            ("production", Terminal(), "json"),
        ],
    )
    def test_console_only_for_a_local_run_at_a_terminal(
        self, monkeypatch, environment, stream, expected
    ):
        monkeypatch.delenv(LOG_FORMAT_VARIABLE, raising=False)
        assert choose_log_format(environment, stream) == expected

    @pytest.mark.parametrize("chosen", FORMATS)
    def test_the_environment_variable_decides_when_set(self, monkeypatch, chosen):
        monkeypatch.setenv(LOG_FORMAT_VARIABLE, chosen.upper())
        assert choose_log_format("production", io.StringIO()) == chosen
        assert choose_log_format("local", Terminal()) == chosen

    def test_an_unknown_format_is_refused(self, monkeypatch):
        monkeypatch.setenv(LOG_FORMAT_VARIABLE, "xml")
        with pytest.raises(ValueError, match=LOG_FORMAT_VARIABLE):
            choose_log_format("local", Terminal())
