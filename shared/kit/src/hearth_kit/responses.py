"""Responses built straight from a validated model (no second validation pass)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from fastapi.responses import Response
from pydantic import BaseModel

__all__ = ["batch_ids", "in_requested_order", "model_response"]

Record = TypeVar("Record")
Shown = TypeVar("Shown")


def model_response(
    model: BaseModel, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Serialise a model the handler built itself; FastAPI would validate it a second time.

    The route keeps its ``response_model`` for the OpenAPI document; the schemathesis
    suite checks every response against it.
    """
    return Response(
        model.model_dump_json(),
        status_code=status_code,
        headers=headers,
        media_type="application/json",
    )


def batch_ids(ids: Sequence[str]) -> list[uuid.UUID]:
    """The distinct ids of a batch read (the contract admits only UUIDs)."""
    return list(dict.fromkeys(uuid.UUID(raw) for raw in ids))


def in_requested_order(
    ids: Sequence[str], found: Mapping[uuid.UUID, Record], view: Callable[[Record], Shown]
) -> tuple[list[Shown], list[str]]:
    """A batch read's records in the order asked, each once, and the ids not found."""
    items: list[Shown] = []
    missing: list[str] = []
    seen: set[uuid.UUID] = set()
    for raw in ids:
        record_id = uuid.UUID(raw)
        if record_id in seen:
            continue
        seen.add(record_id)
        record = found.get(record_id)
        if record is None:
            missing.append(raw)
        else:
            items.append(view(record))
    return items, missing
