"""Structured JSON logs with a redaction step: child data never reaches a log line.

Redaction is deny-by-default: a value is written only when its key is on the
allow-list or it is a number, boolean or null. Exceptions are logged by type and
frame, never by message (a database error message can quote a child's name).
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Any

import structlog

from hearth_kit.context import request_id_var

__all__ = ["SAFE_KEYS", "configure_logging", "get_logger", "redact"]

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
        "agency_id",
        "la_code",
        "event_id",
        "event_type",
        "problem_type",
        "pointer",
        "count",
        "cursor",
        "consumer",
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


def _add_request_id(_logger: Any, _method: str, event_dict: dict[str, Any]):
    request_id = request_id_var.get()
    if request_id and "request_id" not in event_dict:
        event_dict["request_id"] = request_id
    return event_dict


def _stdlib_message_to_event(_logger: Any, _method: str, event_dict: dict[str, Any]):
    # Third-party log records carry free text (e.g. uvicorn, SQLAlchemy): keep only the
    # logger name and level, never the text.
    record = event_dict.get("_record")
    if record is not None and not getattr(record, "_from_structlog", False):
        event_dict["event"] = f"{record.name}.{record.levelname.lower()}"
        for key in ("positional_args",):
            event_dict.pop(key, None)
    return event_dict


_SHARED = [
    structlog.contextvars.merge_contextvars,
    _add_request_id,
    structlog.processors.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    _exception_without_message,
    redact,
]


def configure_logging(level: str = "INFO", stream: Any = None) -> None:
    """Route structlog and stdlib logging through one redacting JSON renderer."""
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *_SHARED,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[_stdlib_message_to_event, *_SHARED],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy", "alembic"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True


def get_logger(name: str = "hearth") -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)
