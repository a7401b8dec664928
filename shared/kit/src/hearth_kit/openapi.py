"""An OpenAPI document that says what the service really answers.

Each operation lists every status it can answer, not a catch-all ``default``: the
statuses its endpoint declares, and those the kit adds to every operation of its
shape: 401/403/404/429 for authenticated ones, 422 for all (an unknown query
parameter), 400/413/415 for a JSON body, 409 for every write (a lost race), 412 for
If-Match, 404 for a record by id, 500/503 for everything. Every problem is
``application/problem+json``. An If-Match the service answers 428 without is required.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Header

__all__ = [
    "IfMatchRequired",
    "complete_openapi",
    "install_truthful_openapi",
    "required_header_mark",
]

_REQUIRED_MARK = "x-hearth-required"
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}
_WRITES = {"put", "post", "delete", "patch"}
_PROBLEM_JSON = "application/problem+json"
_PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}


def required_header_mark(status_without_it: int) -> dict[str, int]:
    """``json_schema_extra`` for a header FastAPI takes as optional so that the service can
    answer its own problem without it: the document shows it required, and that status."""
    return {_REQUIRED_MARK: status_without_it}


IfMatchRequired = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The ETag you last read (428 without it, 412 when it is not the current one)",
        json_schema_extra=required_header_mark(428),
    ),
]
"""An If-Match header the operation refuses to go without (documented as required).

Optional to FastAPI, so its absence answers the precondition's 428 rather than a 422.
"""

_DESCRIPTIONS = {
    400: "The request could not be read (malformed JSON, a missing Idempotency-Key)",
    401: "No valid access token",
    403: "The token does not allow this operation",
    404: "No such record visible to the caller (or the caller's agency is not registered)",
    409: "In conflict with the record's state or with a concurrent request",
    412: "If-Match does not name the record's current version",
    413: "The body is too large",
    415: "The body is not JSON",
    422: "A field or parameter is not valid (each named in errors)",
    428: "If-Match is required",
    429: "Too many requests (see Retry-After)",
    500: "An unexpected failure (quote the error id)",
    503: "A database or peer service is unavailable (see Retry-After)",
}


def _statuses(method: str, operation: dict[str, Any]) -> set[int]:
    """The statuses the kit itself can answer for an operation of this shape."""
    parameters = operation.get("parameters", [])
    names = {p["name"].lower() for p in parameters if p.get("in") == "header"}
    statuses = {422, 500, 503}  # 422: any operation refuses a query parameter it does not take
    if operation.get("security"):
        # 404 too: the caller's own organisation may be unregistered (an agency not in the
        # directory), whatever the operation.
        statuses |= {401, 403, 404, 429}
    if "requestBody" in operation:
        statuses |= {400, 413, 415}
    if any(p.get("in") == "path" for p in parameters):
        statuses.add(404)
    if method in _WRITES:
        statuses.add(409)  # a write can lose a race to another (hearth_kit.errors)
    if "if-match" in names:
        statuses.add(412)
    if "idempotency-key" in names:
        statuses |= {400, 409}
    return statuses


def _require_marked_headers(operation: dict[str, Any]) -> set[int]:
    statuses: set[int] = set()
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        status = schema.pop(_REQUIRED_MARK, None)
        if status is not None:
            parameter["required"] = True
            # The value is a string; FastAPI documents the Optional as anyOf [string, null].
            parameter["schema"] = {
                k: v for k, v in schema.items() if k not in ("anyOf", "default")
            } | {"type": "string"}
            statuses.add(status)
    return statuses


def complete_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    """Complete each operation's responses and required headers, in place."""
    for item in schema.get("paths", {}).values():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            responses = operation.setdefault("responses", {})
            responses.pop("default", None)
            statuses = _statuses(method, operation) | _require_marked_headers(operation)
            for status in sorted(statuses):
                responses.setdefault(str(status), {"description": _DESCRIPTIONS[status]})
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {_PROBLEM_JSON: {"schema": _PROBLEM_REF}}
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def install_truthful_openapi(app: FastAPI) -> None:
    """Serve the completed document from ``/openapi.json`` (built once, then cached)."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete_openapi(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
