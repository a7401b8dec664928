"""Structured logs with a redaction step: child data never reaches a log line.

Redaction is deny-by-default: a value is written only when its key is on the
allow-list or it is a number, boolean or null. Exceptions are logged by type and
frame, never by message (a database error message can quote a child's name).
Other libraries' messages are dropped, keeping only their logger and level, unless
they match :data:`LIBRARY_MESSAGES`, a short list of texts that cannot hold child data.

Two renderings of the same redacted events: JSON, one object a line, for machines
(production, tests, any output that is not a terminal); and one readable line per
event for a person running Hearth locally at a terminal. ``HEARTH_LOG_FORMAT=json``
or ``console`` overrides the choice.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from contextvars import ContextVar, Token
from time import gmtime, strftime
from time import time_ns as _wall_clock
from typing import Any, Literal

import pydantic_core
import structlog

from hearth_kit.context import request_id_var

__all__ = [
    "LIBRARY_MESSAGES",
    "LOG_FORMAT_VARIABLE",
    "SAFE_KEYS",
    "LogFormat",
    "bind_request_fields",
    "choose_log_format",
    "configure_logging",
    "get_logger",
    "new_request_fields",
    "redact",
    "reset_request_fields",
]

LogFormat = Literal["json", "console"]
LOG_FORMAT_VARIABLE = "HEARTH_LOG_FORMAT"

SAFE_KEYS = frozenset(
    {
        "event",
        "level",
        "timestamp",
        "logger",
        "service",
        "request_id",
        "method",
        "route",
        "status",
        "duration_ms",
        "client_id",
        "caller_kind",
        "tenant",
        "referral_id",
        "vacancy_id",
        "agency_id",
        "la_code",
        "event_id",
        "event_type",
        "problem_type",
        "pointer",
        "count",
        "cursor",
        "consumer",
        "loop",  # a background loop's name (hearth_kit.leader)
        "leading",
        "port",
        "url",
        "version",
        "exc_type",
        "exc_frames",
        "document_id",
        "record_type",
        "record_id",
        "reason_code",
        "state",
        "setting",
        "information_request_id",
        "environment",
        "database",
        "migration",
        "peer",
        "attempt",
        "error_id",
        "action",
        "path",
        "subscription_id",  # a webhook subscription's opaque id
        "tenant_kind",
    }
)
REDACTED = "[redacted]"


def redact(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: keep allow-listed keys and plain numbers, redact everything else."""
    for key, value in list(event_dict.items()):
        if key in SAFE_KEYS or value is None or isinstance(value, bool | int | float):
            continue
        event_dict[key] = REDACTED
    return event_dict


def _exception_without_message(_logger: Any, _method: str, event_dict: dict[str, Any]):
    exc_info = event_dict.pop("exc_info", None)
    if exc_info:
        if exc_info is True:
            exc_info = sys.exc_info()
        elif isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        exc_type, _exc, tb = exc_info
        if exc_type is not None:
            event_dict["exc_type"] = f"{exc_type.__module__}.{exc_type.__qualname__}"
            frames = traceback.extract_tb(tb)[-8:]
            event_dict["exc_frames"] = [f"{f.filename}:{f.lineno}:{f.name}" for f in frames]
    return event_dict


# Fields bound for the rest of a request (who is calling), added to each of its events.
_request_fields: ContextVar[dict[str, Any] | None] = ContextVar("hearth_log_fields", default=None)


def new_request_fields() -> Token[dict[str, Any] | None]:
    """Start a request with no bound fields (reset with the token when it ends)."""
    return _request_fields.set(None)


def reset_request_fields(token: Token[dict[str, Any] | None]) -> None:
    """End a request's bound fields (``token`` from :func:`new_request_fields`)."""
    _request_fields.reset(token)


def bind_request_fields(**fields: Any) -> None:
    """Add ``fields`` to every event logged for the rest of this request.

    One context variable holding them: structlog's ``bind_contextvars`` keeps one per
    field, and its merging step walks every context variable of the task on each event.
    """
    bound = _request_fields.get()
    _request_fields.set({**bound, **fields} if bound else fields)


def _add_request_context(_logger: Any, _method: str, event_dict: dict[str, Any]):
    bound = _request_fields.get()
    if bound:
        for key, value in bound.items():
            event_dict.setdefault(key, value)
    request_id = request_id_var.get()
    if request_id and "request_id" not in event_dict:
        event_dict["request_id"] = request_id
    return event_dict


_SECOND: list[Any] = [None, ""]


def _utc_timestamp(_logger: Any, _method: str, event_dict: dict[str, Any]):
    """ISO 8601 in UTC to the microsecond (``2026-12-05T11:47:26.029795Z``), the date and
    time of day formatted once a second."""
    second, nanoseconds = divmod(_wall_clock(), 1_000_000_000)
    if second != _SECOND[0]:
        _SECOND[1] = strftime("%Y-%m-%dT%H:%M:%S", gmtime(second))
        _SECOND[0] = second
    event_dict["timestamp"] = f"{_SECOND[1]}.{nanoseconds // 1000:06d}Z"
    return event_dict


# Other libraries' messages whose text may be kept: (logger name, anchored pattern of the
# whole message). Each text is fixed by the library or by our own code (migration names),
# never built from request data. Anything else keeps only its logger name and level.
LIBRARY_MESSAGES: tuple[tuple[str, str], ...] = (
    ("uvicorn.error", r"Started server process \[\d+\]"),
    ("uvicorn.error", r"Waiting for application startup\."),
    ("uvicorn.error", r"Application startup complete\."),
    ("uvicorn.error", r"Uvicorn running on https?://[\w.:\[\]-]+ \(Press CTRL\+C to quit\)"),
    (
        "uvicorn.error",
        r"\[Errno \d+\] error while attempting to bind on address \('[\w.:]+', \d+\): [\w\[\] ]+",
    ),
    ("uvicorn.error", r"Shutting down"),
    ("uvicorn.error", r"Waiting for connections to close\. \(CTRL\+C to force quit\)"),
    ("uvicorn.error", r"Waiting for background tasks to complete\. \(CTRL\+C to force quit\)"),
    ("uvicorn.error", r"Waiting for application shutdown\."),
    ("uvicorn.error", r"Application shutdown complete\."),
    ("uvicorn.error", r"Finished server process \[\d+\]"),
    ("alembic.runtime.migration", r"Context impl \w+\."),
    ("alembic.runtime.migration", r"Will assume (?:non-)?transactional DDL\."),
    (
        "alembic.runtime.migration",
        r"Running (?:upgrade|downgrade) [\w, ]* -> [\w, ]*, [\w ,.:;'()/-]{0,200}",
    ),
)
_KEPT = {
    name: re.compile("|".join(f"(?:{p})" for n, p in LIBRARY_MESSAGES if n == name))
    for name in {n for n, _ in LIBRARY_MESSAGES}
}


def _library_message(name: str, message: Any) -> str | None:
    """The message when it is on :data:`LIBRARY_MESSAGES` for logger ``name``, else None."""
    pattern = _KEPT.get(name)
    if pattern is None or not isinstance(message, str) or not pattern.fullmatch(message):
        return None
    return message


def _stdlib_message_to_event(_logger: Any, _method: str, event_dict: dict[str, Any]):
    # Other libraries' records carry free text (uvicorn, SQLAlchemy, httpx): keep only
    # the logger name and level, unless the text is on the allow-list. The formatter has
    # already put the record's formatted message in "event".
    record = event_dict.get("_record")
    if record is not None and not event_dict.get("_from_structlog", False):
        kept = _library_message(record.name, event_dict.get("event"))
        if kept is None:
            event_dict["event"] = f"{record.name}.{record.levelname.lower()}"
        else:
            event_dict["logger"] = record.name
        event_dict.pop("positional_args", None)
    return event_dict


def _shared(log_format: LogFormat) -> list[Any]:
    """Every event's processors, ending in redaction: whatever renders them sees no child data."""
    timestamper = (
        structlog.processors.TimeStamper(fmt="%H:%M:%S", utc=False)
        if log_format == "console"
        else _utc_timestamp
    )
    return [
        _add_request_context,
        structlog.processors.add_log_level,
        timestamper,
        _exception_without_message,
        redact,
    ]


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def choose_log_format(environment: str, stream: Any = None) -> LogFormat:
    """``HEARTH_LOG_FORMAT`` if set; else console for a local run at a terminal, else JSON."""
    explicit = os.environ.get(LOG_FORMAT_VARIABLE, "").strip().lower()
    if explicit in ("json", "console"):
        return explicit  # type: ignore[return-value]
    if explicit:
        raise ValueError(f"{LOG_FORMAT_VARIABLE} must be json or console, not {explicit!r}")
    if environment == "local" and _is_terminal(stream or sys.stderr):
        return "console"
    return "json"


def _json_line(_logger: Any, _method: str, event_dict: dict[str, Any]) -> str:
    """One JSON object (compact; a value JSON has no type for as its ``repr``)."""
    return pydantic_core.to_json(event_dict, fallback=repr).decode()


def _renderer(log_format: LogFormat, stream: Any) -> Any:
    if log_format == "json":
        return _json_line
    return structlog.dev.ConsoleRenderer(colors=_is_terminal(stream), pad_event_to=24)


_ROOT = logging.getLogger()
_LEVEL_OF = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
    "exception": logging.ERROR,
    "critical": logging.CRITICAL,
    "fatal": logging.CRITICAL,
}


def _at_root_level(_logger: Any, method: str, event_dict: dict[str, Any]):
    """Drop an event below the root logger's level (``configure_logging``'s ``level``, or
    whatever a caller set since: a bench quietening the request lines, a test)."""
    if not _ROOT.isEnabledFor(_LEVEL_OF.get(method, logging.INFO)):
        raise structlog.DropEvent
    return event_dict


class _HandlerStream:
    """Where structlog's rendered lines go: the stream of the handler the standard
    library's records go to, written under that handler's lock, so both kinds of line
    share one stream and never interleave."""

    def __init__(self, handler: logging.StreamHandler) -> None:
        self._handler = handler

    def msg(self, message: str) -> None:
        handler = self._handler
        with handler.lock:  # type: ignore[union-attr]
            handler.stream.write(message + "\n")
            handler.stream.flush()

    debug = info = warning = warn = error = exception = critical = fatal = msg


def configure_logging(
    level: str = "INFO",
    stream: Any = None,
    *,
    log_format: LogFormat | None = None,
    environment: str = "production",
) -> None:
    """Render structlog's events and stdlib logging's records through the same redacting
    processors onto one stream.

    Hearth's own events (structlog) are rendered by structlog itself and written straight
    to the stream: through the standard library, each event was made into a record and
    then back into an event by its formatter, most of a request line's cost. Other
    libraries' records go through a handler whose formatter runs the same processors.
    Without ``log_format``, :func:`choose_log_format` picks it from ``environment``, the
    stream and ``HEARTH_LOG_FORMAT``.
    """
    stream = stream or sys.stderr
    log_format = log_format or choose_log_format(environment, stream)
    shared = _shared(log_format)
    renderer = _renderer(log_format, stream)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[_stdlib_message_to_event, *shared],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    written = _HandlerStream(handler)
    structlog.configure(
        processors=[_at_root_level, *shared, renderer],
        logger_factory=lambda *_args: written,
        wrapper_class=structlog.make_filtering_bound_logger(logging.NOTSET),
        cache_logger_on_first_use=False,
    )
    _configurations[0] += 1
    root = _ROOT
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy", "alembic"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True
    # No rendering here shows where a call was made, or by which thread or process: skip
    # gathering them for every record (the logging HOWTO's "Optimization").
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    # httpx writes a line per request at info; we log our own calls, so only its warnings.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))


# How many times configure_logging has run: a _Logger binds again after each.
_configurations = [0]


class _Logger:
    """structlog's lazy proxy, assembled once per configuration rather than on every call.

    The proxy builds a new bound logger (its context, its logger, its wrapper) for each
    event unless structlog caches it on first use, which would keep a logger configured
    before a later :func:`configure_logging` (tests reconfigure onto their own streams).
    structlog's ``capture_logs`` changes the processors' list in place, which a bound
    logger follows."""

    __slots__ = ("_bound", "_configuration", "_proxy")

    def __init__(self, name: str) -> None:
        self._proxy = structlog.get_logger(name)
        self._bound: Any = None
        self._configuration = -1

    def __getattr__(self, method: str) -> Any:
        if self._configuration != _configurations[0]:
            self._bound = self._proxy.bind()
            self._configuration = _configurations[0]
        return getattr(self._bound, method)


def get_logger(name: str = "hearth") -> structlog.typing.FilteringBoundLogger:
    """A logger of Hearth's own events (``name`` says whose; the lines do not show it)."""
    return _Logger(name)  # type: ignore[return-value]
