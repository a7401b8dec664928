"""What every endpoint module shares: who may call, and the request's context."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import get_session
from hearth_kit.auth import Principal, require, require_by_kind
from hearth_kit.idempotency import idempotency_key
from hearth_kit.postcodes import shared_directory

from hearth_vacancies.context import VacancyContext

__all__ = [
    "ConfirmerContext",
    "ConfirmerReaderContext",
    "FillerContext",
    "ManagerContext",
    "PartnerContext",
    "PeerManagerContext",
    "PeerReaderContext",
    "ReaderContext",
    "peer_manager_idempotency",
]

# LA callers see no household data: they are refused here, before any query.
reader = require(Scope.VACANCIES_READ, [CallerKind.AGENCY])
manager = require(Scope.VACANCIES_MANAGE, [CallerKind.AGENCY])
partner = require(Scope.VACANCIES_SYNC, [CallerKind.PARTNER])
# Other Hearth services (matching) read single records and hold places with a service token,
# acting for the agency that owns the record.
peer_reader = require(Scope.VACANCIES_READ, [CallerKind.AGENCY, CallerKind.SERVICE])
peer_manager = require(Scope.VACANCIES_MANAGE, [CallerKind.AGENCY, CallerKind.SERVICE])
# A place is filled by the agency's officers, or by the offers service carrying out an LA's
# acceptance: a service token needs the narrow vacancies:fill scope (deny by default).
filler = require_by_kind(
    {CallerKind.AGENCY: Scope.VACANCIES_MANAGE, CallerKind.SERVICE: Scope.VACANCIES_FILL}
)
# The daily confirmation round is the agency's, whether its officers call the carers or its
# partner system (a CHARMS-style database) records the calls: both keep places fresh.
confirmer = require_by_kind(
    {CallerKind.AGENCY: Scope.VACANCIES_MANAGE, CallerKind.PARTNER: Scope.VACANCIES_SYNC}
)
confirmer_reader = require_by_kind(
    {CallerKind.AGENCY: Scope.VACANCIES_READ, CallerKind.PARTNER: Scope.VACANCIES_SYNC}
)
# A hold asked by another service can be retried safely: the same key answers the first result.
peer_manager_idempotency = idempotency_key(required=False, principal_dependency=peer_manager)


def _context(principal_dependency: Callable) -> Callable:
    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(principal_dependency)]
    ) -> VacancyContext:
        state = request.app.state
        postcodes = getattr(state, "postcodes", None) or shared_directory()
        return VacancyContext(
            get_session(request), principal, state.database.clock, state.settings, postcodes
        )

    return dependency


ReaderContext = Annotated[VacancyContext, Depends(_context(reader))]
ManagerContext = Annotated[VacancyContext, Depends(_context(manager))]
PartnerContext = Annotated[VacancyContext, Depends(_context(partner))]
PeerReaderContext = Annotated[VacancyContext, Depends(_context(peer_reader))]
PeerManagerContext = Annotated[VacancyContext, Depends(_context(peer_manager))]
FillerContext = Annotated[VacancyContext, Depends(_context(filler))]
ConfirmerContext = Annotated[VacancyContext, Depends(_context(confirmer))]
ConfirmerReaderContext = Annotated[VacancyContext, Depends(_context(confirmer_reader))]
