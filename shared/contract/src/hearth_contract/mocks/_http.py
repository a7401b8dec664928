"""What every mock answers with: JSON bodies and RFC 9457 problems, as the services do."""

from __future__ import annotations

import httpx
from pydantic import BaseModel

from hearth_contract.problems import Problem

__all__ = ["json_response", "problem_response"]


def problem_response(problem: Problem, path: str) -> httpx.Response:
    details = problem.to_details(instance=path).model_dump(mode="json", exclude_none=True)
    return httpx.Response(
        problem.status, json=details, headers={"Content-Type": "application/problem+json"}
    )


def json_response(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None):
    return httpx.Response(status, json=model.model_dump(mode="json"), headers=headers)
