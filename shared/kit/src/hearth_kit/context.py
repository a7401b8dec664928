"""Per-request context: the request id, bound for logs and forwarded to peers."""

from __future__ import annotations

import re
from contextvars import ContextVar

from hearth_kit.ids import new_id

__all__ = ["REQUEST_ID_HEADER", "current_request_id", "new_request_id", "valid_request_id"]

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


def new_request_id() -> str:
    return new_id().hex


def valid_request_id(value: str | None) -> str | None:
    """A caller's request id if it is safe to echo and log, else None."""
    if value and _REQUEST_ID.match(value):
        return value
    return None


def current_request_id() -> str | None:
    return request_id_var.get()
