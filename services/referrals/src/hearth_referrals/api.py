"""What every endpoint module shares: who may call, and the request's context."""

from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, NamedTuple

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, bearer_credentials, require
from hearth_kit.idempotency import PendingClaim, claim_key, idempotency_header, idempotency_key

from hearth_referrals.context import ReferralContext

__all__ = [
    "AgencyAdminContext",
    "DocumentReaderContext",
    "DocumentWriterContext",
    "LaContext",
    "LaSubmission",
    "OperatorContext",
    "PlacerContext",
    "ReaderContext",
    "ScreenerContext",
    "Submission",
    "bearer",
    "document_idempotency",
    "la_submission",
    "require_per_kind",
    "screener_idempotency",
]

# The bearer token as the kit's routes declare it (no token, or another scheme: None).
bearer = HTTPBearer(auto_error=False, description="An RFC 9068 JWT access token")


def require_per_kind(
    scopes: Mapping[CallerKind, Scope],
) -> Callable[..., Awaitable[Principal]]:
    """A dependency like the kit's ``require``, where each kind of caller needs its own scope.

    The kit's ``require`` makes every check (and binds the principal); this only picks
    which one by the token's kind. A kind not listed, or no valid token, gets the kit's
    own 401 or 403.
    """
    checks = {kind: require(scope, [kind]) for kind, scope in scopes.items()}
    refuse_others = require(next(iter(scopes.values())), list(scopes))

    async def dependency(
        request: Request, credentials: HTTPAuthorizationCredentials | None = Security(bearer)
    ) -> Principal:
        check = refuse_others
        if credentials is not None and credentials.scheme.lower() == "bearer":
            # Verified tokens are cached: the kit's check below does not verify it twice.
            kind = request.app.state.authenticator.verifier.verify(credentials.credentials).kind
            check = checks.get(kind, refuse_others)
        return await check(request, credentials)

    return dependency


la_submitter = require(Scope.REFERRALS_SUBMIT, [CallerKind.LA])
reader = require(Scope.REFERRALS_READ, [CallerKind.LA, CallerKind.AGENCY, CallerKind.SERVICE])
screener = require(Scope.REFERRALS_SCREEN, [CallerKind.AGENCY])
agency_admin = require(Scope.AGENCY_ADMIN, [CallerKind.AGENCY])
operator = require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE])
# The offers service records an LA's acceptance (narrow scope, deny by default).
placer = require(Scope.REFERRALS_PLACE, [CallerKind.SERVICE])
# Agencies receive most documents (forwarded emails, Word forms); an LA may upload its own.
# Reading them needs referrals:read; uploading and confirming (which registers a referral)
# need the writing scope of the caller's kind, as sending or screening a referral does.
document_reader = require(Scope.REFERRALS_READ, [CallerKind.AGENCY, CallerKind.LA])
document_writer = require_per_kind(
    {CallerKind.LA: Scope.REFERRALS_SUBMIT, CallerKind.AGENCY: Scope.REFERRALS_SCREEN}
)

screener_idempotency = idempotency_key(required=False, principal_dependency=screener)
document_idempotency = idempotency_key(required=False, principal_dependency=document_writer)


def _context(principal_dependency: Callable) -> Callable:
    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(principal_dependency)]
    ) -> ReferralContext:
        return ReferralContext(get_session(request), principal, request.app.state.database.clock)

    return dependency


LaContext = Annotated[ReferralContext, Depends(_context(la_submitter))]
ReaderContext = Annotated[ReferralContext, Depends(_context(reader))]
ScreenerContext = Annotated[ReferralContext, Depends(_context(screener))]
AgencyAdminContext = Annotated[ReferralContext, Depends(_context(agency_admin))]
PlacerContext = Annotated[ReferralContext, Depends(_context(placer))]
OperatorContext = Annotated[ReferralContext, Depends(_context(operator))]
DocumentReaderContext = Annotated[ReferralContext, Depends(_context(document_reader))]
DocumentWriterContext = Annotated[ReferralContext, Depends(_context(document_writer))]


class Submission(NamedTuple):
    """An LA sending a referral: its context, and its Idempotency-Key's claim, pending on
    PostgreSQL (run in the look-up's own statement) and already made elsewhere (None)."""

    ctx: ReferralContext
    claim: PendingClaim | None


async def la_submission(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = bearer_credentials(),
    key: Annotated[str | None, idempotency_header(required=True)] = None,
) -> Submission:
    # Sending a referral is the hottest route: its caller, context and key are solved as
    # one dependency (FastAPI's solving of a tree of them cost more than the checks), and
    # the key is claimed in the look-up's own statement (intake.service).
    principal = await la_submitter(request, credentials)
    claim = await claim_key(request, principal, key, required=True, deferred=True)
    context = ReferralContext(get_session(request), principal, request.app.state.database.clock)
    return Submission(context, claim if isinstance(claim, PendingClaim) else None)


LaSubmission = Annotated[Submission, Depends(la_submission)]
