"""Partner sync: a CHARMS-style system keeps its copy of the households in step.

Records are addressed by the partner's external id. A change to an existing record
must name the ETag it is based on (If-Match), so two writers can never silently
overwrite each other. The bulk upsert validates every item on its own, then writes
all good items in a few statements; each item is wholly written or wholly refused.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from hearth_contract.problems import (
    FieldError,
    HouseholdNotFound,
    PreconditionFailed,
    Problem,
    ValidationFailed,
)
from hearth_contract.vacancies import (
    BulkItemResult,
    BulkItemStatus,
    HouseholdBulkItem,
    HouseholdCreate,
)
from hearth_kit.db import record_audit
from hearth_kit.errors import validation_failed
from hearth_kit.events import emit_many
from pydantic import ValidationError

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.households.service import HouseholdService, check_if_match, household_columns
from hearth_vacancies.models import Household
from hearth_vacancies.views import etag

__all__ = ["PartnerSyncService"]


class PartnerSyncService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx
        self.households = HouseholdService(ctx)

    async def get(self, external_id: str) -> Household:
        """The household the partner knows by ``external_id``."""
        household = await self.ctx.repository.household_by_external_id(
            self.ctx.agency_id, external_id
        )
        if household is None:
            raise HouseholdNotFound()
        return household

    async def put(
        self, external_id: str, if_match: str | None, body: HouseholdCreate
    ) -> tuple[Household, bool]:
        """Create or replace by external id; True when it was created."""
        existing = await self.ctx.repository.household_by_external_id(
            self.ctx.agency_id, external_id, for_update=True
        )
        if existing is None:
            if if_match is not None and if_match.strip() != "*":
                raise PreconditionFailed("There is no household with this external id.")
            return await self.households.create(body, external_id=external_id), True
        check_if_match(existing, if_match)
        await self.households.apply(existing, body)
        return existing, False

    async def delete(self, external_id: str, if_match: str | None) -> None:
        """Delete by external id, leaving a tombstone in the change feed."""
        household = await self.ctx.repository.household_by_external_id(
            self.ctx.agency_id, external_id, for_update=True
        )
        if household is None:
            raise HouseholdNotFound()
        check_if_match(household, if_match)
        await self.households.delete(household)

    async def bulk_upsert(self, items: list[HouseholdBulkItem]) -> list[BulkItemResult]:
        """Create or replace up to 1,000 households, with one result per item."""
        results: list[BulkItemResult | None] = [None] * len(items)
        valid: dict[str, tuple[int, HouseholdBulkItem, dict]] = {}
        for index, item in enumerate(items):
            try:
                if item.external_id in valid:
                    raise ValidationFailed("The external id appears twice in this request.")
                body = HouseholdCreate.model_validate(item.household)
                valid[item.external_id] = (index, item, household_columns(self.ctx, body))
            except ValidationError as exc:
                results[index] = _rejected(
                    item, validation_failed(exc, f"/items/{index}/household")
                )
            except Problem as problem:
                results[index] = _rejected(item, _prefixed(problem, f"/items/{index}/household"))
        existing = {
            h.external_id: h
            for h in await self.ctx.repository.households_by_external_ids(
                self.ctx.agency_id, list(valid)
            )
        }
        inserts, updated = [], []
        for external_id, (index, item, columns) in valid.items():
            household = existing.get(external_id)
            try:
                if household is None:
                    if item.if_match is not None and item.if_match.strip() != "*":
                        raise PreconditionFailed("There is no household with this external id.")
                    inserts.append((index, external_id, columns))
                    continue
                check_if_match(household, item.if_match)
            except Problem as problem:
                results[index] = _rejected(item, problem)
                continue
            if columns["profile"] == household.profile:
                results[index] = BulkItemResult(
                    external_id=external_id,
                    id=str(household.id),
                    status=BulkItemStatus.UNCHANGED,
                    etag=etag(household),
                )
                continue
            for name, value in columns.items():
                setattr(household, name, value)
            household.updated_at = self.ctx.now()
            updated.append((index, household))
        await self._write(inserts, updated, results)
        return [r for r in results if r is not None]

    async def _write(self, inserts, updated, results) -> None:
        ctx, now, events = self.ctx, self.ctx.now(), []
        rows = []
        for index, external_id, columns in inserts:
            row = {
                "id": uuid.uuid4(),
                "agency_id": ctx.agency_id,
                "external_id": external_id,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                **columns,
            }
            rows.append(row)
            results[index] = BulkItemResult(
                external_id=external_id,
                id=str(row["id"]),
                status=BulkItemStatus.CREATED,
                etag=f'"{row["id"]}.1"',
            )
            events.append(_event(ctx, row["id"], external_id, 1))
            record_audit(ctx.session, "create", "household", str(row["id"]))
        if rows:
            await ctx.session.execute(sa.insert(Household), rows)
        await ctx.session.flush()
        for index, household in updated:
            results[index] = BulkItemResult(
                external_id=household.external_id,
                id=str(household.id),
                status=BulkItemStatus.UPDATED,
                etag=etag(household),
            )
            events.append(_event(ctx, household.id, household.external_id, household.version))
        await emit_many(ctx.session, events)


def _event(ctx: VacancyContext, household_id, external_id: str, version: int) -> dict:
    return {
        "type": "household.upserted",
        "subject_type": "household",
        "subject_id": str(household_id),
        "agency_ids": [ctx.agency_id],
        "data": {"agency_id": ctx.agency_id, "external_id": external_id, "version": version},
    }


def _prefixed(problem: Problem, prefix: str) -> Problem:
    if problem.errors:
        problem.errors = [
            FieldError(pointer=prefix + e.pointer, detail=e.detail, code=e.code)
            for e in problem.errors
        ]
    return problem


def _rejected(item: HouseholdBulkItem, problem: Problem) -> BulkItemResult:
    return BulkItemResult(
        external_id=item.external_id, status=BulkItemStatus.REJECTED, problem=problem.to_details()
    )
