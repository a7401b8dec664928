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

The fill comes first and alone (the place is the scarce thing: nothing else happens
until it is the child's); then the match and the referral are asked at the same time
(matching leaves the winning agency's match to this call when it reads the referral
placed on its feed, so their order does not matter). What a run did is written at its
end, in one transaction under the offer's row lock: each step done is one line of the
offer's history, only if it is not there already.

A step that cannot complete yet (the service down, timing out, a 5xx or a 429) adds an
``acceptance_waited`` line (once per new reason) and leaves the offer ``accepting``; the
offers service's loop (``run_as_leader``) tries again. A step the service refuses for
good (a 4xx such as the place filled for another child, 409, or the match gone, 404)
adds ``acceptance_failed`` with the service's problem type and status: the offer stays
``accepting`` (the LA's yes is kept), the loop leaves it alone, the refusal is logged
as an error and counted (``hearth_offers_acceptance_refusals_total``; the gauge
``hearth_offers_acceptances_failed`` counts the offers waiting for an operator), and an
operator who has resolved it in that service asks again with
``POST /v1/offers/{id}/acceptance:retry``. Once all three are done the offer is
``accepted`` and ``offer.accepted`` goes on the feed for the placements service, in the
same transaction as the last steps' lines.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
import sqlalchemy as sa
from hearth_contract.offers import AcceptanceStep, OfferEvent, OfferStatus
from hearth_contract.problems import (
    ConcurrentChange,
    IdempotencyKeyInFlight,
    InvalidState,
    Problem,
)
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from prometheus_client import CollectorRegistry, Counter, Gauge
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.acceptance.progress import FAILED, RETRIED, WAITED, Progress, progress_of
from hearth_offers.context import emit_offer_event
from hearth_offers.models import Offer, OfferStep
from hearth_offers.offers.answers import accepted_data
from hearth_offers.offers.service import record_step

__all__ = ["ACTOR", "Acceptance", "AcceptancePeers", "Outcome", "is_refusal"]

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
    failed: bool


@dataclass(frozen=True)
class Outcome:
    """What one run did: the offer's status after it, and the step it waits on, if any."""

    status: str | None
    waiting_on: AcceptanceStep | None = None
    problem: str | None = None


# Answers that say "not now" rather than "no": tried again by the loop. A 409 for a lost
# race in the other service (two writes at the same moment) is one of them.
_TRANSIENT_STATUSES = frozenset({401, 408, 425, 429})
_TRANSIENT_PROBLEMS = (ConcurrentChange, IdempotencyKeyInFlight)
# The stages of a run: the fill alone, then the match and the referral together.
_STAGES = (
    (AcceptanceStep.PLACE_FILLED,),
    (AcceptanceStep.MATCH_PLACED, AcceptanceStep.REFERRAL_PLACED),
)


def is_refusal(exc: Exception) -> bool:
    """The service answered and said no for good (a 4xx other than a "try later")."""
    return (
        isinstance(exc, Problem)
        and exc.status < 500
        and exc.status not in _TRANSIENT_STATUSES
        and not isinstance(exc, _TRANSIENT_PROBLEMS)
    )


def _why(exc: Exception) -> str:
    """A short, child-free reason: the service's problem type, or that it did not answer."""
    if isinstance(exc, Problem) and exc.status < 500:
        return type(exc).slug
    return "unavailable"


@dataclass(frozen=True)
class _Stop:
    """Why a run stopped short: the step, the reason, and whether it was refused for good."""

    step: AcceptanceStep
    problem: str
    status: int | None


def _progress(offer: Offer) -> Progress:
    return progress_of((s.step, s.reason_code, s.note) for s in offer.steps)


def _snapshot_of(offer: Offer) -> _Snapshot:
    progress = _progress(offer)
    return _Snapshot(
        offer.id,
        offer.referral_id,
        offer.match_id,
        offer.agency_id,
        tuple(offer.vacancy_ids),
        progress.remaining,
        progress.failed,
    )


def _failed_unresolved() -> sa.ColumnElement[bool]:
    """The offer's acceptance was refused for good and no operator has retried it since."""
    failed_at = (
        sa.select(sa.func.max(OfferStep.seq))
        .where(OfferStep.offer_id == Offer.id, OfferStep.step == FAILED)
        .scalar_subquery()
    )
    retried_at = (
        sa.select(sa.func.max(OfferStep.seq))
        .where(OfferStep.offer_id == Offer.id, OfferStep.step == RETRIED)
        .scalar_subquery()
    )
    return sa.func.coalesce(failed_at, 0) > sa.func.coalesce(retried_at, 0)


class Acceptance:
    """Runs the remaining steps of accepted offers; safe to run twice at once."""

    def __init__(
        self,
        database: Database,
        peers: AcceptancePeers,
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.database = database
        self.peers = peers
        registry = registry or CollectorRegistry()
        self.refusals = Counter(
            "hearth_offers_acceptance_refusals",
            "Acceptance steps refused for good by the service that owns them (by service "
            "and problem type): the offer waits for an operator",
            ["service", "problem"],
            registry=registry,
        )
        self.failed_gauge = Gauge(
            "hearth_offers_acceptances_failed",
            "Offers the LA accepted whose acceptance a service refused for good, waiting "
            "for an operator (POST /v1/offers/{id}/acceptance:retry once resolved)",
            registry=registry,
        )

    async def pending(self, quiet_seconds: float = 0.0, limit: int = 100) -> list[str]:
        """The offers the LA said yes to whose steps are not all done, oldest first; with
        ``quiet_seconds``, only those untouched that long (a run just started on one, in
        the LA's request, is left to finish instead of being raced). An acceptance a
        service refused for good is left for an operator."""
        touched_before = self.database.clock.now() - timedelta(seconds=quiet_seconds)
        async with self.database.system_session("acceptance") as session:
            query = (
                sa.select(Offer.id)
                .where(
                    Offer.status == OfferStatus.ACCEPTING.value,
                    Offer.updated_at <= touched_before,
                    sa.not_(_failed_unresolved()),
                )
                .order_by(Offer.answered_at, Offer.id)
                .limit(limit)
            )
            return [str(offer_id) for offer_id in await session.scalars(query)]

    async def failed(self) -> list[str]:
        """The offers whose acceptance a service refused for good, oldest yes first (what
        an operator resolves); the gauge is set from it."""
        async with self.database.system_session("acceptance") as session:
            query = (
                sa.select(Offer.id)
                .where(Offer.status == OfferStatus.ACCEPTING.value, _failed_unresolved())
                .order_by(Offer.answered_at, Offer.id)
            )
            failed = [str(offer_id) for offer_id in await session.scalars(query)]
        self.failed_gauge.set(len(failed))
        return failed

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
        await self.failed()
        return accepted

    async def resume(self, offer_id: str, just_accepted: Offer | None = None) -> None:
        """Run one acceptance, never raising (after a response is sent, or in the loop).
        ``just_accepted``: the offer as the LA's request committed it, so the first run
        starts on its calls without reading it again."""
        try:
            await self.run(offer_id, just_accepted)
        except Exception as exc:  # the loop tries again; the LA's yes is already kept
            log.warning("offer.acceptance_failed", record_id=offer_id, exc_info=exc)

    async def run(self, offer_id: str, just_accepted: Offer | None = None) -> Outcome:
        """Take one acceptance as far as the other services allow now."""
        if just_accepted is not None and just_accepted.status == OfferStatus.ACCEPTING:
            snapshot: _Snapshot | None = _snapshot_of(just_accepted)
        else:
            snapshot = await self._snapshot(offer_id)
        if snapshot is None:
            return Outcome(status=None)
        if snapshot.failed:  # an operator resolves it first
            return Outcome(OfferStatus.ACCEPTING.value)
        done: list[AcceptanceStep] = []
        for stage in _STAGES:
            steps = [step for step in stage if step in snapshot.remaining]
            results = await asyncio.gather(
                *(self._call(step, snapshot) for step in steps), return_exceptions=True
            )
            stops = []
            for step, result in zip(steps, results, strict=True):
                if isinstance(result, (Problem, httpx.HTTPError)):
                    stops.append(self._stopped(offer_id, step, result))
                elif isinstance(result, BaseException):
                    await self._record(snapshot.offer_id, done, None)
                    raise result
                else:
                    done.append(step)
            if stops:
                # A refusal for good outranks a "try later" from the other step.
                stop = max(stops, key=lambda s: s.status is not None)
                await self._record(snapshot.offer_id, done, stop)
                return Outcome(OfferStatus.ACCEPTING.value, stop.step, stop.problem)
        status = await self._finish(snapshot.offer_id, done)
        return Outcome(status)

    def _stopped(self, offer_id: str, step: AcceptanceStep, exc: Exception) -> _Stop:
        service = _service_of(step)
        why = f"{service}:{_why(exc)}"
        if is_refusal(exc):
            assert isinstance(exc, Problem)
            log.error(
                "offer.acceptance_refused",
                record_id=offer_id,
                action=step,
                problem_type=why,
                status=exc.status,
            )
            return _Stop(step, why, exc.status)
        log.warning("offer.acceptance_waiting", record_id=offer_id, action=step, problem_type=why)
        return _Stop(step, why, None)

    async def _snapshot(self, offer_id: str) -> _Snapshot | None:
        async with self.database.system_session("acceptance") as session:
            offer = await session.scalar(sa.select(Offer).where(Offer.id == uuid.UUID(offer_id)))
            if offer is None or offer.status != OfferStatus.ACCEPTING:
                return None
            return _snapshot_of(offer)

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

    def _write_done(self, offer: Offer, progress: Progress, done: list[AcceptanceStep]) -> None:
        now = self.database.clock.now()
        for step in done:
            if step not in progress.done:
                record_step(offer, step.value, ACTOR, now)

    async def _record(
        self, offer_id: uuid.UUID, done: list[AcceptanceStep], stop: _Stop | None
    ) -> None:
        """History under the offer's lock: the steps done (each once), and why it stopped:
        a wait once per new reason (a service down for an hour is one line, not
        thousands), a refusal for good once until an operator retries."""
        async with self.database.system_session("acceptance") as session:
            async with session.begin():
                offer = await self._locked(session, offer_id)
                if offer is None:
                    return
                progress = _progress(offer)
                self._write_done(offer, progress, done)
                if stop is None or progress.failed:
                    return
                now = self.database.clock.now()
                if stop.status is not None:
                    record_step(
                        offer, FAILED, ACTOR, now, reason_code=stop.problem, note=str(stop.status)
                    )
                    self.refusals.labels(*stop.problem.split(":", 1)).inc()
                elif stop.problem != progress.last_problem:
                    record_step(offer, WAITED, ACTOR, now, reason_code=stop.problem)

    async def _finish(self, offer_id: uuid.UUID, done: list[AcceptanceStep]) -> str | None:
        """Every step done (``done`` just now): the offer is accepted and ``offer.accepted``
        is published, with those steps' lines, in one transaction."""
        async with self.database.system_session("acceptance") as session:
            async with session.begin():
                offer = await self._locked(session, offer_id)
                if offer is None:  # another run finished it
                    return OfferStatus.ACCEPTED.value
                progress = _progress(offer)
                self._write_done(offer, progress, done)
                if [step for step in progress.remaining if step not in done]:
                    return offer.status
                now = self.database.clock.now()
                offer.status = OfferStatus.ACCEPTED.value
                record_step(offer, "accepted", ACTOR, now)
                await session.flush()
                data = accepted_data(offer).model_dump(mode="json")
                await emit_offer_event(session, OfferEvent.ACCEPTED, offer, **data)
                log.info("offer.accepted", record_id=str(offer.id))
                return offer.status

    async def retry(self, session: AsyncSession, offer: Offer, actor: str) -> None:
        """An operator resolved a refusal in the other service: the acceptance is tried
        again (in the caller's transaction, the offer locked; 409 unless it failed)."""
        if offer.status != OfferStatus.ACCEPTING or not _progress(offer).failed:
            raise InvalidState("Only an acceptance a service refused can be retried.")
        record_step(offer, RETRIED, actor, self.database.clock.now())
        log.info("offer.acceptance_retried", record_id=str(offer.id))


def _service_of(step: AcceptanceStep) -> str:
    return {
        AcceptanceStep.PLACE_FILLED: "vacancies",
        AcceptanceStep.MATCH_PLACED: "matching",
        AcceptanceStep.REFERRAL_PLACED: "referrals",
    }[step]
