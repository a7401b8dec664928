"""What every mock answers with: JSON bodies and RFC 9457 problems, as the services do."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import respx
from pydantic import BaseModel, ValidationError

from hearth_contract.problems import FieldError, Problem, ValidationFailed

__all__ = [
    "json_response",
    "parse_body",
    "problem_response",
    "route_service",
    "service_address",
    "validate",
]


def problem_response(problem: Problem, path: str) -> httpx.Response:
    details = problem.to_details(instance=path).model_dump(mode="json", exclude_none=True)
    return httpx.Response(
        problem.status, json=details, headers={"Content-Type": "application/problem+json"}
    )


def json_response(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None):
    return httpx.Response(status, json=model.model_dump(mode="json"), headers=headers)


def parse_body(model: type[Any], request: httpx.Request) -> Any:
    """The request's JSON body as ``model``, or a 422 naming each field at fault."""
    return validate(model, json.loads(request.content or b"{}"))


def validate(model: type[Any], data: Any) -> Any:
    """``data`` as ``model``, or a 422 naming each field at fault."""
    try:
        return model.model_validate(data)
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


Route = tuple[str, str, Callable[..., httpx.Response]]


def service_address(base_url: str) -> tuple[str, dict[str, Any]]:
    """Where a mocked service answers: its path prefix (a regex) and the scheme, host and
    port to match."""
    url = httpx.URL(base_url)
    where: dict[str, Any] = {"scheme": url.scheme, "host": url.host}
    if url.port is not None:
        where["port"] = url.port
    return re.escape(url.path.rstrip("/")), where


def route_service(respx_mock: respx.MockRouter, where: dict[str, Any], routes: Iterable[Route]):
    """Route each (method, path regex, handler) at ``where``; a problem a handler raises is
    answered as problem+json, as the services answer it."""
    for method, path, handler in routes:
        respx_mock.route(method=method, path__regex=path, **where).mock(
            side_effect=_guarded(handler)
        )


def _guarded(handler: Callable[..., httpx.Response]) -> Callable[..., httpx.Response]:
    def route(request: httpx.Request, **params: str) -> httpx.Response:
        try:
            return handler(request, **params)
        except Problem as problem:
            return problem_response(problem, request.url.path)

    return route
