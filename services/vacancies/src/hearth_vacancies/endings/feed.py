"""Following placements' feed: a placement that ends frees the places it filled.

Pull, not push: placements records the ending and says so on its feed
(``placement.ended`` names the places and the referral); this consumer frees each place
filled for that referral, in the kit's batch transaction with its cursor, so an event is
handled once and a failure is retried with the batch. A place already freed, deleted,
or filled since for another child is left as it is. The household's or home's approval
is not touched: only the place changes.
"""

from __future__ import annotations

import asyncio
import uuid

from hearth_contract.common import EventRead
from hearth_contract.vacancies import VacancyState
from hearth_kit.consumer import EventConsumer
from hearth_kit.db import Database
from hearth_kit.events import emit
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_vacancies.models import Vacancy
from hearth_vacancies.repository import VacancyRepository

__all__ = ["PLACEMENT_ENDED", "PlacementsFeed", "free_places"]

log = get_logger("hearth.vacancies.endings")
PLACEMENT_ENDED = "placement.ended"


async def free_places(
    session: AsyncSession, vacancy_ids: list[str], referral_id: str | None, now
) -> list[Vacancy]:
    """Free the places filled for ``referral_id`` (any filled place if it is not given);
    the places freed. Idempotent: a place not filled for that child is left alone."""
    repository = VacancyRepository(session)
    freed = []
    for raw in vacancy_ids:
        try:
            vacancy = await repository.vacancy(uuid.UUID(str(raw)), for_update=True)
        except ValueError:
            continue
        if vacancy is None or vacancy.state != VacancyState.FILLED:
            continue
        if referral_id is not None and vacancy.referral_id != referral_id:
            continue
        vacancy.state = VacancyState.AVAILABLE.value
        vacancy.referral_id = None
        vacancy.held_by, vacancy.held_at = None, None
        vacancy.available_from = max(vacancy.available_from, now.date())
        vacancy.updated_at = now
        await session.flush()
        await emit(
            session,
            "vacancy.freed",
            subject_type="vacancy",
            subject_id=str(vacancy.id),
            agency_ids=[vacancy.agency_id],
            data={
                "agency_id": vacancy.agency_id,
                "external_id": vacancy.external_id,
                "state": vacancy.state,
                "version": vacancy.version,
                "referral_id": referral_id,
            },
        )
        freed.append(vacancy)
    return freed


class PlacementsFeed:
    """The consumer of placements' feed that frees the places of ended placements."""

    def __init__(self, database: Database, fetch) -> None:
        self.database = database
        self.consumer = EventConsumer("placements", database, fetch, self.handle, batch_size=100)

    async def handle(self, session: AsyncSession, event: EventRead) -> None:
        """Free the places of an ended placement; other events are not ours."""
        if event.type != PLACEMENT_ENDED:
            return None
        data = event.data
        referral_id = data.get("referral_id")
        freed = await free_places(
            session,
            [str(v) for v in data.get("vacancy_ids") or []],
            str(referral_id) if referral_id else None,
            self.database.clock.now(),
        )
        log.info("placement.places_freed", placement_id=event.subject_id, count=len(freed))
        return None

    async def run_forever(self, stop: asyncio.Event, poll_seconds: float) -> None:
        await self.consumer.run_forever(poll_seconds, stop)
