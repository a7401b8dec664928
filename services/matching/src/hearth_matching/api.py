"""Who may call: agency users. LAs see no matches; a service only closes a match as placed
(the offers service, with the narrow ``matching:place`` scope)."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, require

from hearth_matching.context import MatchingContext

__all__ = ["AdminContext", "DeciderContext", "PlacerContext", "ReaderContext"]

reader = require(Scope.MATCHING_READ, [CallerKind.AGENCY])
decider = require(Scope.MATCHING_DECIDE, [CallerKind.AGENCY])
admin = require(Scope.AGENCY_ADMIN, [CallerKind.AGENCY])
placer = require(Scope.MATCHING_PLACE, [CallerKind.SERVICE])


def _context(principal_dependency: Callable) -> Callable:
    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(principal_dependency)]
    ) -> MatchingContext:
        state = request.app.state
        return MatchingContext(
            get_session(request),
            principal,
            state.database.clock,
            state.settings,
            state.index,
            state.database,
            state.holds,
            request.state.uow,
            state.referrals_peer,
        )

    return dependency


ReaderContext = Annotated[MatchingContext, Depends(_context(reader))]
DeciderContext = Annotated[MatchingContext, Depends(_context(decider))]
AdminContext = Annotated[MatchingContext, Depends(_context(admin))]
PlacerContext = Annotated[MatchingContext, Depends(_context(placer))]
