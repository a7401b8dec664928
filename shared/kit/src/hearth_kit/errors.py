"""One place that turns every failure into RFC 9457 problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from hearth_contract.problems import (
    BadRequest,
    ConcurrentChange,
    DependencyUnavailable,
    FieldError,
    Forbidden,
    InternalError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    Problem,
    UnsupportedMediaType,
    ValidationFailed,
)
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    NotSupportedError,
    ProgrammingError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from hearth_kit.context import current_request_id, new_request_id
from hearth_kit.logging import get_logger

__all__ = [
    "CONCURRENT_CHANGES",
    "PROBLEM_JSON",
    "allowed_methods",
    "concurrent_change_problem",
    "install_problem_handlers",
    "problem_response",
    "problem_responses",
    "unexpected_to_problem",
    "validation_failed",
]

PROBLEM_JSON = "application/problem+json"
log = get_logger("hearth.errors")


def problem_response(problem: Problem, request: Request | None = None) -> JSONResponse:
    details = problem.to_details(
        instance=request.url.path if request is not None else None,
        request_id=current_request_id(),
    )
    return JSONResponse(
        details.model_dump(mode="json", exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=problem.headers,
    )


def problem_responses(*problems: type[Problem]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the problems an operation can answer."""
    from hearth_contract.problems import ProblemDetails

    out: dict[int | str, dict[str, Any]] = {}
    for cls in problems:
        entry = out.setdefault(cls.status, {"model": ProblemDetails, "description": ""})
        entry["description"] = (entry["description"] + "; " if entry["description"] else "") + (
            f"{cls.title} ({cls.type_uri()})"
        )
        entry["content"] = {
            PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}
        }
    return out


def _pointer(loc: tuple[Any, ...]) -> tuple[str, str]:
    location = str(loc[0]) if loc else "body"
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc[1:]]
    return location, "/" + "/".join(parts)


def validation_failed(exc: PydanticValidationError, pointer_prefix: str = "") -> ValidationFailed:
    """A service-side model validation failure as a 422 naming each field."""
    errors = [
        FieldError(
            pointer=pointer_prefix + _pointer(("body", *err["loc"]))[1],
            detail=err["msg"],
            code=err["type"],
        )
        for err in exc.errors()
    ]
    return ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


def _validation_problem(exc: RequestValidationError) -> Problem:
    errors = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            return BadRequest("The request body is not valid JSON.")
        location, pointer = _pointer(tuple(err.get("loc", ())))
        message = err.get("msg", "invalid")
        if location != "body":
            message = f"{location} parameter: {message}"
        # The message only: never echo the input, it may be a child's details.
        errors.append(FieldError(pointer=pointer, detail=message, code=err.get("type")))
    return ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    if exc.status >= 500:
        log.error("request.failed", problem_type=exc.type_uri(), status=exc.status)
    return problem_response(exc, request)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problem = _validation_problem(exc)
    log.info("request.invalid", problem_type=problem.type_uri(), count=len(problem.errors or []))
    return problem_response(problem, request)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    problem: Problem
    if exc.status_code == 404:
        problem = NotFound("No such resource.")
    elif exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
        problem = MethodNotAllowed("This resource does not accept that method.", headers=headers)
    elif exc.status_code == 413:
        problem = PayloadTooLarge()
    elif exc.status_code == 415:
        problem = UnsupportedMediaType()
    elif exc.status_code == 403:
        problem = Forbidden()
    elif exc.status_code == 400:
        problem = BadRequest("The request could not be read.")
    else:
        problem = Problem(str(exc.detail) if exc.detail else None, headers=headers)
        problem.status = exc.status_code  # type: ignore[misc]
    problem.headers.update(headers)
    return problem_response(problem, request)


def _is_database_fault(exc: Exception) -> bool:
    """The database, not the request, failed: down, cut off, timed out, locked, corrupt.

    Our own faults stay 500: a constraint we did not check (``IntegrityError``), a
    value the column cannot take (``DataError``), a wrong statement (``ProgrammingError``).
    """
    if isinstance(exc, PoolTimeout | DisconnectionError | ConnectionError | TimeoutError):
        return True
    if isinstance(exc, DBAPIError):
        ours = IntegrityError | DataError | ProgrammingError | NotSupportedError
        return exc.connection_invalidated or not isinstance(exc, ours)
    return False


# A request that lost a race to another: a versioned UPDATE matched no row (the record
# changed after it was read), or an INSERT hit a unique key another request took first.
CONCURRENT_CHANGES = (StaleDataError, IntegrityError)


def concurrent_change_problem(exc: Exception, *, path: str, if_match: bool) -> Problem:
    """The answer to a lost race, decided here for every service.

    A caller that sent If-Match asked for "only if unchanged": 412. Anyone else gets 409
    naming the record's path. The transaction has been rolled back: nothing is half-written.
    """
    log.info("request.lost_race", error=type(exc).__name__, if_match=if_match)
    if isinstance(exc, StaleDataError) and if_match:
        return PreconditionFailed("The record changed while this request ran; read it again.")
    return ConcurrentChange(
        f"Another request changed {path} at the same moment; read it again and retry.",
        extensions={"resource": path},
    )


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at the request's path (Starlette names only the first's).

    Asked of the router itself, method by method, so included routers and path parameters
    count exactly as they do when a request is routed.
    """
    routes = request.app.router.routes
    return [
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    ]


def unexpected_to_problem(exc: Exception) -> Problem:
    """Classify an exception no rule anticipated: a dependency outage (503) or a crash (500)."""
    if _is_database_fault(exc):
        log.error("database.unavailable", exc_info=exc)
        return DependencyUnavailable("The database is not reachable.", headers={"Retry-After": "5"})
    error_id = new_request_id()
    log.error("request.crashed", error_id=error_id, exc_info=exc)
    return InternalError(
        "Something went wrong on our side. Quote the error id to support.",
        extensions={"error_id": error_id},
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(unexpected_to_problem(exc), request)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)
