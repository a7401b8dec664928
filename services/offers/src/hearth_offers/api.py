"""Who may call: agency officers make offers; LAs read and answer the offers sent to them."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, require

from hearth_offers.context import OffersContext

__all__ = ["AnswerContext", "MakerContext", "OperatorContext", "ReaderContext"]

reader = require(Scope.OFFERS_READ, [CallerKind.AGENCY, CallerKind.LA])
maker = require(Scope.OFFERS_MAKE, [CallerKind.AGENCY])
answerer = require(Scope.OFFERS_ANSWER, [CallerKind.LA])
operator = require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE])


def _context(principal_dependency: Callable) -> Callable:
    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(principal_dependency)]
    ) -> OffersContext:
        state = request.app.state
        return OffersContext(
            get_session(request),
            principal,
            state.database.clock,
            state.settings,
            state.peers,
            request.headers.get("authorization"),
        )

    return dependency


ReaderContext = Annotated[OffersContext, Depends(_context(reader))]
MakerContext = Annotated[OffersContext, Depends(_context(maker))]
AnswerContext = Annotated[OffersContext, Depends(_context(answerer))]
OperatorContext = Annotated[OffersContext, Depends(_context(operator))]
