"""Responses built straight from a validated model (no second validation pass)."""

from __future__ import annotations

from fastapi.responses import Response
from pydantic import BaseModel

__all__ = ["model_response"]


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
