"""What every endpoint module shares: who may call, and the request's context."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, require
from hearth_kit.idempotency import idempotency_key

from hearth_referrals.context import ReferralContext

__all__ = [
    "AgencyAdminContext",
    "LaContext",
    "OperatorContext",
    "ReaderContext",
    "ScreenerContext",
    "UploaderContext",
    "la_idempotency",
    "screener_idempotency",
]

la_submitter = require(Scope.REFERRALS_SUBMIT, [CallerKind.LA])
reader = require(Scope.REFERRALS_READ, [CallerKind.LA, CallerKind.AGENCY, CallerKind.SERVICE])
screener = require(Scope.REFERRALS_SCREEN, [CallerKind.AGENCY])
agency_admin = require(Scope.AGENCY_ADMIN, [CallerKind.AGENCY])
operator = require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE])
# Agencies receive most documents (forwarded emails, Word forms); an LA may upload its own.
uploader = require(Scope.REFERRALS_READ, [CallerKind.AGENCY, CallerKind.LA])

la_idempotency = idempotency_key(required=True, principal_dependency=la_submitter)
screener_idempotency = idempotency_key(required=False, principal_dependency=screener)


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
OperatorContext = Annotated[ReferralContext, Depends(_context(operator))]
UploaderContext = Annotated[ReferralContext, Depends(_context(uploader))]
