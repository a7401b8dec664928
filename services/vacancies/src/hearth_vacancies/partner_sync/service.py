"""Partner sync: a CHARMS-style system keeps its copy of households, homes and places in step.

Records are addressed by the partner's external id. A change to an existing record
must name the ETag it is based on (If-Match), so two writers can never silently
overwrite each other. A single PUT is a batch of one: the bulk upsert and the PUT
share every rule. The batch is checked item by item (each refused item says why,
with the field at fault), then every good item is written in a few statements:
one to find the existing records, one insert for the new ones, one for their
events; each item is wholly written or wholly refused.
"""

from __future__ import annotations

import uuid
from typing import Any

from hearth_contract.problems import (
    Conflict,
    FieldError,
    PreconditionFailed,
    Problem,
    ValidationFailed,
)
from hearth_contract.vacancies import BulkItemResult, BulkItemStatus
from hearth_kit.bulk import Json
from hearth_kit.errors import validation_failed
from hearth_kit.events import RecordEvent, emit_many, insert_records
from pydantic import ValidationError

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.households.service import check_if_match
from hearth_vacancies.partner_sync.kinds import Candidate, RecordKind
from hearth_vacancies.views import etag

__all__ = ["PartnerSyncService"]


class PartnerSyncService:
    """Partner sync of one kind of record (households, homes or places)."""

    def __init__(self, ctx: VacancyContext, kind: RecordKind) -> None:
        self.ctx = ctx
        self.kind = kind

    async def _find(self, external_id: str, *, for_update: bool = False) -> Any:
        record = await self.ctx.repository.by_external_id(
            self.kind.model, self.ctx.agency_id, external_id, for_update=for_update
        )
        if record is None:
            raise self.kind.not_found()
        return record

    async def get(self, external_id: str) -> Any:
        """The record the partner knows by ``external_id``, and its stored form."""
        record = await self._find(external_id)
        return record, (await self.kind.reads(self.ctx, [record]))[0]

    async def put(self, external_id: str, if_match: str | None, body: Any) -> tuple[Any, Any, bool]:
        """Create or replace by external id; the record, its read form, and True if created."""
        candidate = Candidate(0, external_id, if_match, body)
        (result,) = await self._upsert([candidate])
        if candidate.problem is not None:
            raise candidate.problem
        record, read = await self.get(external_id)
        return record, read, result.status is BulkItemStatus.CREATED

    async def delete(self, external_id: str, if_match: str | None) -> None:
        """Delete by external id, leaving a tombstone in the change feed."""
        record = await self._find(external_id, for_update=True)
        check_if_match(record, if_match)
        await self.kind.delete(self.ctx, record)

    async def lookup(self, external_ids: list[str]) -> Any:
        """Up to 1,000 records by external id; the ids with no record come back as missing."""
        found = await self.ctx.repository.by_external_ids(
            self.kind.model, self.ctx.agency_id, external_ids, lock=False
        )
        known = {record.external_id for record in found}
        return self.kind.lookup_model(
            items=await self.kind.reads(self.ctx, found),
            missing=[e for e in external_ids if e not in known],
        )

    async def bulk_upsert(self, items: list[Any]) -> list[BulkItemResult]:
        """Create or replace up to 1,000 records, with one result per item, in order."""
        field, seen = self.kind.item_field, set()
        candidates = []
        for index, item in enumerate(items):
            candidate = Candidate(index, item.external_id, item.if_match, None)
            candidates.append(candidate)
            try:
                if item.external_id in seen:
                    raise ValidationFailed("The external id appears twice in this request.")
                seen.add(item.external_id)
                candidate.body = self.kind.body_model.model_validate(getattr(item, field))
            except ValidationError as exc:
                candidate.refuse(validation_failed(exc))
            except Problem as problem:
                candidate.refuse(problem)
        valid = [c for c in candidates if c.problem is None]
        results = {c.index: r for c, r in zip(valid, await self._upsert(valid), strict=True)}
        for candidate in candidates:
            if candidate.problem is not None:
                results[candidate.index] = _rejected(candidate, f"/items/{candidate.index}/{field}")
        return [results[index] for index in range(len(items))]

    async def _upsert(self, candidates: list[Candidate]) -> list[BulkItemResult]:
        ctx, kind = self.ctx, self.kind
        existing = {
            record.external_id: record
            for record in await ctx.repository.by_external_ids(
                kind.model, ctx.agency_id, [c.external_id for c in candidates]
            )
        }
        for candidate in candidates:
            candidate.existing = existing.get(candidate.external_id)
            try:
                _check_precondition(candidate)
            except Problem as problem:
                candidate.refuse(problem)
        await kind.prepare(ctx, [c for c in candidates if c.problem is None])
        results: dict[int, BulkItemResult] = {}
        new, changed = [], []
        for candidate in candidates:
            if candidate.problem is not None:
                continue
            record, columns = candidate.existing, candidate.columns or {}
            if record is None:
                new.append(candidate)
                continue
            columns = {name: _loaded(value) for name, value in columns.items()}
            if all(getattr(record, name) == value for name, value in columns.items()):
                results[candidate.index] = _result(candidate, BulkItemStatus.UNCHANGED)
            else:
                for name, value in columns.items():
                    setattr(record, name, value)
                record.updated_at = ctx.now()
                changed.append(candidate)
        await self._insert(new, results)
        await ctx.session.flush()
        events = []
        for candidate in changed:
            results[candidate.index] = _result(candidate, BulkItemStatus.UPDATED)
            record = candidate.existing
            events.append(self._event(kind.changed_event, record, str(record.id)))
        await emit_many(ctx.session, events)
        return [
            results.get(c.index) or BulkItemResult(external_id=c.external_id, status="rejected")
            for c in candidates
        ]

    async def _insert(self, new: list[Candidate], results: dict[int, BulkItemResult]) -> None:
        """Insert the new records, with their events and audit rows, in one statement."""
        ctx, kind = self.ctx, self.kind
        now, extra = ctx.now(), kind.new_columns(ctx)
        rows = [
            {
                "id": uuid.uuid4(),
                "agency_id": ctx.agency_id,
                "external_id": candidate.external_id,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                **extra,
                **(candidate.columns or {}),
            }
            for candidate in new
        ]
        event = RecordEvent(
            type=kind.created_event,
            subject_type=kind.name,
            agency_ids=(ctx.agency_id,),
            data={"agency_id": ctx.agency_id},
            columns=kind.event_fields,
        )
        audit_type = getattr(kind.model, "__audit_type__", None)
        inserted = set(
            await insert_records(
                ctx.session, kind.model.__table__, rows, event, audit_type=audit_type
            )
        )
        for candidate, row in zip(new, rows, strict=True):
            if row["id"] not in inserted:
                # Another transaction created it (or took its URN) since we looked.
                candidate.refuse(Conflict("The record was just created by another request."))
                continue
            record_id = str(row["id"])
            results[candidate.index] = BulkItemResult(
                external_id=candidate.external_id,
                id=record_id,
                status=BulkItemStatus.CREATED,
                etag=f'"{record_id}.1"',
            )

    def _event(self, type: str, record: Any, record_id: str) -> dict[str, Any]:
        value = record.get if isinstance(record, dict) else lambda name: getattr(record, name)
        data = {"agency_id": self.ctx.agency_id}
        data.update({name: value(name) for name in self.kind.event_fields})
        return {
            "type": type,
            "subject_type": self.kind.name,
            "subject_id": record_id,
            "agency_ids": [self.ctx.agency_id],
            "data": data,
        }


def _loaded(value: Any) -> Any:
    return value.load() if isinstance(value, Json) else value


def _check_precondition(candidate: Candidate) -> None:
    if candidate.existing is not None:
        check_if_match(candidate.existing, candidate.if_match)
    elif candidate.if_match is not None and candidate.if_match.strip() != "*":
        raise PreconditionFailed("There is no record with this external id.")


def _result(candidate: Candidate, status: BulkItemStatus) -> BulkItemResult:
    record = candidate.existing
    return BulkItemResult(
        external_id=candidate.external_id,
        id=str(record.id),
        status=status,
        etag=etag(record),
    )


def _rejected(candidate: Candidate, prefix: str) -> BulkItemResult:
    problem = candidate.problem
    assert problem is not None
    if problem.errors:
        problem.errors = [
            FieldError(pointer=prefix + e.pointer, detail=e.detail, code=e.code)
            for e in problem.errors
        ]
    return BulkItemResult(
        external_id=candidate.external_id,
        status=BulkItemStatus.REJECTED,
        problem=problem.to_details(),
    )
