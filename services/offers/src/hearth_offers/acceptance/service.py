"""An LA's acceptance, carried out in the services that own the place, the match and the
referral: push, from here, each step idempotent and retried until it is done.

When the LA says yes the offer becomes ``accepting`` at once, in the LA's own request,
with the start date, and every other open offer for the child lapses: the yes is kept
whatever happens next. Then, outside any transaction (never a lock held across the
network), each remaining step is asked of its service with this service's token, which
carries only that step's narrow scope:

1. vacancies fills the place held for the match (``vacancies:fill``; filling again for
   the same child answers the filled place, so a retry never double-fills);
2. matching closes the match as placed and the child's other matches as placed
   elsewhere (``matching:place``);
3. referrals marks the referral placed with the agency (``referrals:place``).

Each step done is one line of the offer's history, written under the offer's row lock
only if it is not there already. A step that cannot complete (a service down, or a
refusal such as the place filled for another child) adds an ``acceptance_waited`` line
(once per new reason) and leaves the offer ``accepting``; the offers service's loop
(``run_as_leader``) tries again. Once all three are done the offer is ``accepted`` and
``offer.accepted`` goes on the feed for the placements service, in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
import sqlalchemy as sa
from hearth_contract.offers import AcceptanceStep, OfferEvent, OfferStatus
from hearth_contract.problems import Problem
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.acceptance.progress import WAITED, progress_of
from hearth_offers.context import emit_offer_event
from hearth_offers.models import Offer
from hearth_offers.offers.answers import accepted_data
from hearth_offers.offers.service import record_step

__all__ = ["ACTOR", "Acceptance", "AcceptancePeers", "Outcome"]

log = get_logger("hearth.offers.acceptance")
ACTOR = "service:-:hearth-offers"


class AcceptancePeers:
    """The three calls an acceptance makes; ``peers.Peers`` provides them over HTTP."""

    fill_place: Callable[[str, str], Awaitable[object]]
    close_match_as_placed: Callable[[str, str], Awaitable[object]]
    mark_referral_placed: Callable[[str, str, str], Awaitable[object]]


@dataclass(frozen=True)
class _Snapshot:
    offer_id: uuid.UUID
    referral_id: str
    match_id: str
    agency_id: str
    vacancy_ids: tuple[str, ...]
    remaining: tuple[AcceptanceStep, ...]
    last_problem: str | None


@dataclass(frozen=True)
class Outcome:
    """What one run did: the offer's status after it, and the step it waits on, if any."""

    status: str | None
    waiting_on: AcceptanceStep | None = None
    problem: str | None = None


def _why(exc: Exception) -> str:
    """A short, child-free reason: the service's problem type, or that it did not answer."""
    if isinstance(exc, Problem) and exc.status < 500:
        return type(exc).slug
    return "unavailable"


class Acceptance:
    """Runs the remaining steps of accepted offers; safe to run twice at once."""

    def __init__(self, database: Database, peers: AcceptancePeers) -> None:
        self.database = database
        self.peers = peers

    async def pending(self, quiet_seconds: float = 0.0, limit: int = 100) -> list[str]:
        """The offers the LA said yes to whose steps are not all done, oldest first; with
        ``quiet_seconds``, only those untouched that long (a run just started on one, in
        the LA's request, is left to finish instead of being raced)."""
        touched_before = self.database.clock.now() - timedelta(seconds=quiet_seconds)
        async with self.database.system_session("acceptance") as session:
            query = (
                sa.select(Offer.id)
                .where(
                    Offer.status == OfferStatus.ACCEPTING.value,
                    Offer.updated_at <= touched_before,
                )
                .order_by(Offer.answered_at, Offer.id)
                .limit(limit)
            )
            return [str(offer_id) for offer_id in await session.scalars(query)]

    async def run_pending(self, quiet_seconds: float = 0.0) -> int:
        """Try every pending acceptance once; how many became accepted."""
        accepted = 0
        for offer_id in await self.pending(quiet_seconds):
            try:
                outcome = await self.run(offer_id)
            except Exception as exc:  # one offer's failure does not stop the others
                log.warning("offer.acceptance_failed", record_id=offer_id, exc_info=exc)
                continue
            accepted += outcome.status == OfferStatus.ACCEPTED
        return accepted

    async def resume(self, offer_id: str) -> None:
        """Run one acceptance, never raising (after a response is sent, or in the loop)."""
        try:
            await self.run(offer_id)
        except Exception as exc:  # the loop tries again; the LA's yes is already kept
            log.warning("offer.acceptance_failed", record_id=offer_id, exc_info=exc)

    async def run(self, offer_id: str) -> Outcome:
        """Take one acceptance as far as the other services allow now."""
        snapshot = await self._snapshot(offer_id)
        if snapshot is None:
            return Outcome(status=None)
        last = None
        for step in snapshot.remaining:
            try:
                await self._call(step, snapshot)
            except (Problem, httpx.HTTPError) as exc:
                why = f"{_service_of(step)}:{_why(exc)}"
                log.warning(
                    "offer.acceptance_waiting", record_id=offer_id, action=step, problem_type=why
                )
                await self._record(snapshot.offer_id, step=last, waited=why)
                return Outcome(OfferStatus.ACCEPTING.value, step, why)
            if last is not None:
                await self._record(snapshot.offer_id, step=last, waited=None)
            last = step
        # The last step is recorded with the acceptance itself: one transaction fewer.
        status = await self._finish(snapshot.offer_id, last)
        return Outcome(status)

    async def _snapshot(self, offer_id: str) -> _Snapshot | None:
        async with self.database.system_session("acceptance") as session:
            offer = await session.scalar(sa.select(Offer).where(Offer.id == uuid.UUID(offer_id)))
            if offer is None or offer.status != OfferStatus.ACCEPTING:
                return None
            progress = progress_of((s.step, s.reason_code) for s in offer.steps)
            return _Snapshot(
                offer.id,
                offer.referral_id,
                offer.match_id,
                offer.agency_id,
                tuple(offer.vacancy_ids),
                progress.remaining,
                progress.last_problem,
            )

    async def _call(self, step: AcceptanceStep, offer: _Snapshot) -> None:
        if step is AcceptanceStep.PLACE_FILLED:
            for vacancy_id in offer.vacancy_ids:  # a sibling group fills every place
                await self.peers.fill_place(vacancy_id, offer.referral_id)
        elif step is AcceptanceStep.MATCH_PLACED:
            await self.peers.close_match_as_placed(offer.match_id, str(offer.offer_id))
        else:
            await self.peers.mark_referral_placed(
                offer.referral_id, offer.agency_id, str(offer.offer_id)
            )

    async def _locked(self, session: AsyncSession, offer_id: uuid.UUID) -> Offer | None:
        query = (
            sa.select(Offer)
            .where(Offer.id == offer_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        offer = await session.scalar(query)
        if offer is None or offer.status != OfferStatus.ACCEPTING:
            return None
        return offer

    async def _record(
        self, offer_id: uuid.UUID, *, step: AcceptanceStep | None, waited: str | None
    ) -> None:
        """History under the offer's lock: a step done (once), and a wait (once per new
        reason, so a service down for an hour is one line, not thousands)."""
        async with self.database.system_session("acceptance") as session:
            async with session.begin():
                offer = await self._locked(session, offer_id)
                if offer is None:
                    return
                now = self.database.clock.now()
                progress = progress_of((s.step, s.reason_code) for s in offer.steps)
                if step is not None and step not in progress.done:
                    record_step(offer, step.value, ACTOR, now)
                if waited is not None and waited != progress.last_problem:
                    record_step(offer, WAITED, ACTOR, now, reason_code=waited)

    async def _finish(self, offer_id: uuid.UUID, last: AcceptanceStep | None) -> str | None:
        """Every step done (``last`` just now): the offer is accepted and ``offer.accepted``
        is published, with the last step's line, in one transaction."""
        async with self.database.system_session("acceptance") as session:
            async with session.begin():
                offer = await self._locked(session, offer_id)
                if offer is None:  # another run finished it
                    return OfferStatus.ACCEPTED.value
                now = self.database.clock.now()
                progress = progress_of((s.step, s.reason_code) for s in offer.steps)
                if last is not None and last not in progress.done:
                    record_step(offer, last.value, ACTOR, now)
                if [step for step in progress.remaining if step is not last]:
                    return offer.status
                offer.status = OfferStatus.ACCEPTED.value
                record_step(offer, "accepted", ACTOR, now)
                await session.flush()
                data = accepted_data(offer).model_dump(mode="json")
                await emit_offer_event(session, OfferEvent.ACCEPTED, offer, **data)
                log.info("offer.accepted", record_id=str(offer.id))
                return offer.status


def _service_of(step: AcceptanceStep) -> str:
    return {
        AcceptanceStep.PLACE_FILLED: "vacancies",
        AcceptanceStep.MATCH_PLACED: "matching",
        AcceptanceStep.REFERRAL_PLACED: "referrals",
    }[step]
