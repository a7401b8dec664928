"""Who may call: agency users manage their placements; LA users read their children's
and complete the tasks their social workers own. Services read only the event feed."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, require
from hearth_kit.idempotency import idempotency_key

from hearth_placements.context import PlacementsContext

__all__ = ["ManagerContext", "ReaderContext", "TaskContext", "manager_idempotency"]

reader = require(Scope.PLACEMENTS_READ, [CallerKind.AGENCY, CallerKind.LA])
manager = require(Scope.PLACEMENTS_MANAGE, [CallerKind.AGENCY])
task_worker = require(Scope.PLACEMENTS_MANAGE, [CallerKind.AGENCY, CallerKind.LA])
# With an Idempotency-Key, a retried create answers the first result (never two meetings).
manager_idempotency = idempotency_key(required=False, principal_dependency=manager)


def _context(principal_dependency: Callable) -> Callable:
    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(principal_dependency)]
    ) -> PlacementsContext:
        state = request.app.state
        return PlacementsContext(get_session(request), principal, state.clock, state.settings)

    return dependency


ReaderContext = Annotated[PlacementsContext, Depends(_context(reader))]
ManagerContext = Annotated[PlacementsContext, Depends(_context(manager))]
TaskContext = Annotated[PlacementsContext, Depends(_context(task_worker))]
