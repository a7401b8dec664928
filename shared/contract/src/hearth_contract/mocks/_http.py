"""What every mock answers with: JSON bodies and RFC 9457 problems, as the services do."""

from __future__ import annotations

import json
from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from hearth_contract.problems import FieldError, Problem, ValidationFailed

__all__ = ["json_response", "parse_body", "problem_response"]


def problem_response(problem: Problem, path: str) -> httpx.Response:
    details = problem.to_details(instance=path).model_dump(mode="json", exclude_none=True)
    return httpx.Response(
        problem.status, json=details, headers={"Content-Type": "application/problem+json"}
    )


def json_response(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None):
    return httpx.Response(status, json=model.model_dump(mode="json"), headers=headers)


def parse_body(model: type[Any], request: httpx.Request) -> Any:
    """The request's JSON body as ``model``, or a 422 naming each field at fault."""
    try:
        return model.model_validate(json.loads(request.content or b"{}"))
    except ValidationError as exc:
        errors = [
            FieldError(
                pointer="/" + "/".join(str(p) for p in err["loc"]),
                detail=err["msg"],
                code=err["type"],
            )
            for err in exc.errors()
        ]
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors) from None
