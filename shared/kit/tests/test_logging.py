"""Logs for machines (JSON) and for people (one line an event): both redacted, both quiet."""

from __future__ import annotations

import io
import json
import logging

import pytest
from hearth_kit import logging as hearth_logging
from hearth_kit.context import request_id_var
from hearth_kit.logging import (
    LOG_FORMAT_VARIABLE,
    bind_request_fields,
    choose_log_format,
    configure_logging,
    get_logger,
    new_request_fields,
    reset_request_fields,
)

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


class TestHearthEvents:
    """Hearth's own events are rendered by structlog straight onto the stream."""

    @pytest.mark.parametrize(
        ("root_level", "method", "written"),
        [
            ("INFO", "debug", False),
            ("INFO", "info", True),
            ("INFO", "warning", True),
            ("WARNING", "info", False),
            ("WARNING", "warning", True),
            ("WARNING", "error", True),
            ("WARNING", "exception", True),
            ("ERROR", "warning", False),
            ("DEBUG", "debug", True),
        ],
    )
    def test_the_root_loggers_level_decides(self, logs, root_level, method, written):
        stream = logs("json")
        logging.getLogger().setLevel(root_level)  # as a bench quietening its request lines does
        getattr(get_logger("hearth.test"), method)("service.ready", port=8101)
        assert bool(_lines(stream)) is written

    def test_a_requests_bound_fields_and_id_are_on_each_event_until_it_ends(self, logs):
        stream = logs("json")
        log = get_logger("hearth.test")
        fields = new_request_fields()
        request_id = request_id_var.set("req-12345678")
        try:
            bind_request_fields(client_id="la-system", caller_kind="la")
            bind_request_fields(tenant="E10000016")
            log.info("referral.received", referral_id="r-1")
        finally:
            request_id_var.reset(request_id)
            reset_request_fields(fields)
        log.info("service.idle")
        during, after = (json.loads(line) for line in _lines(stream))
        assert during == {
            "event": "referral.received",
            "referral_id": "r-1",
            "client_id": "la-system",
            "caller_kind": "la",
            "tenant": "E10000016",
            "request_id": "req-12345678",
            "level": "info",
            "timestamp": during["timestamp"],
        }
        assert set(after) == {"event", "level", "timestamp"}

    def test_a_field_passed_to_the_call_wins_over_a_bound_one(self, logs):
        stream = logs("json")
        fields = new_request_fields()
        try:
            bind_request_fields(client_id="bound")
            get_logger("hearth.test").info("peer.called", client_id="given")
        finally:
            reset_request_fields(fields)
        assert json.loads(_lines(stream)[0])["client_id"] == "given"

    @pytest.mark.parametrize(
        ("instants", "stamps"),
        [
            ([1796470046_029795_400], ["2026-12-05T11:27:26.029795Z"]),
            ([1796470046_000000_000], ["2026-12-05T11:27:26.000000Z"]),
            (
                [1796470046_999999_999, 1796470047_000001_000],
                ["2026-12-05T11:27:26.999999Z", "2026-12-05T11:27:27.000001Z"],
            ),
            (
                [1796470046_250000_000, 1796470046_500000_000, 1796556446_500000_000],
                [
                    "2026-12-05T11:27:26.250000Z",
                    "2026-12-05T11:27:26.500000Z",
                    "2026-12-06T11:27:26.500000Z",
                ],
            ),
        ],
    )
    def test_the_timestamp_is_utc_to_the_microsecond(self, logs, monkeypatch, instants, stamps):
        stream = logs("json")
        clock = iter(instants)
        monkeypatch.setattr(hearth_logging, "_wall_clock", lambda: next(clock))
        for _ in instants:
            get_logger("hearth.test").info("service.ready")
        assert [json.loads(line)["timestamp"] for line in _lines(stream)] == stamps


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
