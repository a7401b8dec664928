"""RFC 9457 problem types, as one exception hierarchy shared by servers and clients.

A service raises one of these; the kit renders it as ``application/problem+json``.
A typed client reads the body back and raises the same class, so an integrator
can ``except ReferralNotFound`` whichever side of the wire they are on.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "PROBLEM_BASE",
    "AgencyNotFound",
    "AttachmentNotFound",
    "BadRequest",
    "ConcurrentChange",
    "Conflict",
    "DependencyUnavailable",
    "DoubleBooking",
    "FieldError",
    "Forbidden",
    "HeldByAnotherCaller",
    "HomeNotFound",
    "HouseholdNotFound",
    "IdempotencyKeyInFlight",
    "IdempotencyKeyMismatch",
    "IdempotencyKeyRequired",
    "InformationRequestNotFound",
    "InternalError",
    "InvalidState",
    "LogoNotFound",
    "MatchNotAgreed",
    "MatchNotFound",
    "MatchRunNotFound",
    "MeetingNotFound",
    "MethodNotAllowed",
    "NotFound",
    "NotYetAvailable",
    "OfferAlreadyAccepted",
    "OfferEmailNotFound",
    "OfferNotFound",
    "PayloadTooLarge",
    "PlacementNotFound",
    "PlacementTaskNotFound",
    "PreconditionFailed",
    "PreconditionRequired",
    "Problem",
    "ProblemDetails",
    "RateCardNotFound",
    "RateCardOverlap",
    "RateLimited",
    "ReferralDocumentNotFound",
    "ReferralNotFound",
    "ReferralNotOpen",
    "Unauthorized",
    "UnsupportedMediaType",
    "VacancyGone",
    "VacancyNotFound",
    "ValidationFailed",
    "WebhookDeliveryNotFound",
    "WebhookSubscriptionNotFound",
    "WebhookUrlRefused",
    "problem_class_for",
]

PROBLEM_BASE = "https://hearth.example/problems/"


class FieldError(BaseModel):
    """One invalid input: where it is (a JSON pointer into the request) and why."""

    model_config = ConfigDict(extra="forbid")

    pointer: str = Field(description="RFC 6901 JSON pointer, e.g. /children/0/date_of_birth")
    detail: str
    code: str | None = Field(default=None, description="Machine-readable reason, e.g. 'missing'")


class ProblemDetails(BaseModel):
    """The RFC 9457 body every non-2xx response carries."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    request_id: str | None = None
    errors: list[FieldError] | None = None


_REGISTRY: dict[str, type[Problem]] = {}


class Problem(Exception):
    """Base of every problem Hearth reports. Subclasses set ``slug``, ``status``, ``title``."""

    slug: ClassVar[str] = "problem"
    status: ClassVar[int] = 500
    title: ClassVar[str] = "Problem"
    headers: dict[str, str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _REGISTRY[cls.type_uri()] = cls

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extensions = extensions or {}
        self.request_id: str | None = None

    @classmethod
    def type_uri(cls) -> str:
        return PROBLEM_BASE + cls.slug

    def to_details(self, *, instance: str | None = None, request_id: str | None = None):
        return ProblemDetails(
            type=self.type_uri(),
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            request_id=request_id,
            errors=self.errors,
            **self.extensions,
        )

    @classmethod
    def from_details(
        cls, details: ProblemDetails, headers: dict[str, str] | None = None
    ) -> Problem:
        extra = {k: v for k, v in (details.model_extra or {}).items()}
        problem = cls(details.detail, errors=details.errors, headers=headers, extensions=extra)
        problem.request_id = details.request_id
        return problem


def problem_class_for(type_uri: str, status: int) -> type[Problem]:
    """The exception class for a problem ``type``, falling back to one for its status."""
    if type_uri in _REGISTRY:
        return _REGISTRY[type_uri]
    for cls in _STATUS_FALLBACK:
        if cls.status == status:
            return cls
    return Problem


class BadRequest(Problem):
    slug, status, title = "bad-request", 400, "Bad request"


class Unauthorized(Problem):
    slug, status, title = "unauthorized", 401, "Authentication required"


class Forbidden(Problem):
    slug, status, title = "forbidden", 403, "Not allowed"


class NotFound(Problem):
    slug, status, title = "not-found", 404, "Not found"


class ReferralNotFound(NotFound):
    slug, title = "referral-not-found", "No such referral"


class InformationRequestNotFound(NotFound):
    slug, title = "information-request-not-found", "No such information request"


class ReferralDocumentNotFound(NotFound):
    slug, title = "referral-document-not-found", "No such referral document"


class AgencyNotFound(NotFound):
    slug, title = "agency-not-found", "No such agency"


class HouseholdNotFound(NotFound):
    slug, title = "household-not-found", "No such household"


class HomeNotFound(NotFound):
    slug, title = "home-not-found", "No such children's home"


class VacancyNotFound(NotFound):
    slug, title = "vacancy-not-found", "No such vacancy"


class MatchNotFound(NotFound):
    slug, title = "match-not-found", "No such match"


class MatchRunNotFound(NotFound):
    slug, title = "match-run-not-found", "No such match run"


class WebhookSubscriptionNotFound(NotFound):
    slug, title = "webhook-subscription-not-found", "No such webhook subscription"


class WebhookDeliveryNotFound(NotFound):
    slug, title = "webhook-delivery-not-found", "No such webhook delivery"


class OfferNotFound(NotFound):
    slug, title = "offer-not-found", "No such offer"


class RateCardNotFound(NotFound):
    slug, title = "rate-card-not-found", "No rate card of the agency is in force on that date"


class AttachmentNotFound(NotFound):
    slug, title = "attachment-not-found", "No such attachment"


class OfferEmailNotFound(NotFound):
    slug, title = "offer-email-not-found", "No such email of this offer"


class LogoNotFound(NotFound):
    slug, title = "logo-not-found", "The agency has no logo"


class PlacementNotFound(NotFound):
    slug, title = "placement-not-found", "No such placement"


class PlacementTaskNotFound(NotFound):
    slug, title = "placement-task-not-found", "No such placement task"


class MeetingNotFound(NotFound):
    slug, title = "meeting-not-found", "No such meeting"


class MethodNotAllowed(Problem):
    slug, status, title = "method-not-allowed", 405, "Method not allowed"


class Conflict(Problem):
    slug, status, title = "conflict", 409, "Conflict"


class InvalidState(Conflict):
    slug, title = "invalid-state", "Not allowed in the record's current state"


class IdempotencyKeyInFlight(Conflict):
    slug, title = "idempotency-key-in-flight", "A request with this Idempotency-Key is in progress"


class DoubleBooking(Conflict):
    slug, title = "double-booking", "The place is already taken or held for another referral"


class HeldByAnotherCaller(Conflict):
    slug, title = (
        "held-by-another-caller",
        "The place is held by another caller: a service changes only the holds it made",
    )


class MatchNotAgreed(InvalidState):
    slug, title = "match-not-agreed", "The match has not been agreed: no offer can be made on it"


class OfferAlreadyAccepted(Conflict):
    slug, title = "offer-already-accepted", "An offer for this child has already been accepted"


class RateCardOverlap(Conflict):
    slug, title = "rate-card-overlap", "The rate card's dates overlap another version's"


class ReferralNotOpen(InvalidState):
    slug, title = "referral-not-open", "The referral is no longer open"


class NotYetAvailable(Conflict):
    slug, title = (
        "not-yet-available",
        "The record exists but has not reached this service yet: retry after Retry-After",
    )


class VacancyGone(Problem):
    slug, status, title = "vacancy-gone", 410, "The place no longer exists"


class ConcurrentChange(Conflict):
    slug, title = "concurrent-change", "Another request changed the record at the same moment"


class PreconditionFailed(Problem):
    slug, status, title = "precondition-failed", 412, "The record has changed since you read it"


class PayloadTooLarge(Problem):
    slug, status, title = "payload-too-large", 413, "Request body too large"


class UnsupportedMediaType(Problem):
    slug, status, title = "unsupported-media-type", 415, "Unsupported content type"


class ValidationFailed(Problem):
    slug, status, title = "validation-failed", 422, "The request is not valid"


class WebhookUrlRefused(ValidationFailed):
    """An endpoint Hearth will not call: not HTTPS in production, or a private address."""

    slug, title = "webhook-url-refused", "This webhook URL is refused"


class IdempotencyKeyMismatch(Problem):
    slug, status, title = (
        "idempotency-key-reused",
        422,
        "This Idempotency-Key was used with a different request body",
    )


class IdempotencyKeyRequired(BadRequest):
    slug, title = "idempotency-key-required", "An Idempotency-Key header is required"


class PreconditionRequired(Problem):
    slug, status, title = "precondition-required", 428, "An If-Match header is required"


class RateLimited(Problem):
    slug, status, title = "rate-limited", 429, "Too many requests"


class InternalError(Problem):
    slug, status, title = "internal-error", 500, "Internal error"


class DependencyUnavailable(Problem):
    slug, status, title = "dependency-unavailable", 503, "A service this depends on is unavailable"


_STATUS_FALLBACK: list[type[Problem]] = [
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PreconditionFailed,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    PreconditionRequired,
    RateLimited,
    InternalError,
    DependencyUnavailable,
]
