"""Opaque keyset cursors for the lists."""

from __future__ import annotations

import base64
import json
from typing import Any

from hearth_contract.common import storable_text
from hearth_contract.problems import ValidationFailed

__all__ = ["decode_cursor", "encode_cursor"]


def encode_cursor(*values: Any) -> str:
    raw = json.dumps([str(v) for v in values]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _storable(value: str) -> bool:
    try:
        storable_text(value)
    except ValueError:
        return False
    return True


def decode_cursor(cursor: str, size: int) -> list[str]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError):
        values = None
    # A NUL or an unpaired surrogate could never have been given out and no database can
    # compare with it: refuse it here rather than fail in the query.
    if (
        not isinstance(values, list)
        or len(values) != size
        or not all(isinstance(v, str) and _storable(v) for v in values)
    ):
        raise ValidationFailed("The cursor is not one this list gave out.")
    return values
