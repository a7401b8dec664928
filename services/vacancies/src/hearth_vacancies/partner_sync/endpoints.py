"""Partner sync endpoints: households, homes and places by external id, and the change feed.

Each kind of record gets the same five routes (GET, PUT and DELETE by external id,
``:bulk`` and ``:lookup``), made by one function from its :class:`RecordKind`.
"""

# No `from __future__ import annotations`: the handlers below are built per kind, and
# FastAPI must see their annotations as objects, not as strings to resolve later.
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response, status
from hearth_contract.common import EventPage
from hearth_contract.problems import (
    Conflict,
    Forbidden,
    InvalidState,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.vacancies import BulkUpsertResult, PartnerLookup
from hearth_kit.errors import problem_responses
from hearth_kit.events import read_events
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import PartnerContext
from hearth_vacancies.partner_sync.kinds import KINDS, RecordKind
from hearth_vacancies.partner_sync.service import PartnerSyncService
from hearth_vacancies.views import etag

__all__ = ["router"]

router = APIRouter(route_class=HearthRoute, tags=["partner sync"])
_AUTH = (Unauthorized, Forbidden)
ExternalId = Annotated[str, Path(pattern=r"^[A-Za-z0-9._:-]{1,64}$")]
IfMatch = Annotated[
    str | None, Header(alias="If-Match", description="The ETag you last read, or *")
]


def _add_routes(kind: RecordKind) -> None:
    one = f"/v1/partner/{kind.collection}/{{external_id}}"
    many = f"/v1/partner/{kind.collection}"
    Body, Read, Bulk = kind.body_model, kind.read_model, kind.bulk_model

    async def read_one(external_id: ExternalId, ctx: PartnerContext, response: Response):
        record, read = await PartnerSyncService(ctx, kind).get(external_id)
        response.headers["ETag"] = etag(record)
        return read

    async def put_one(
        external_id: ExternalId,
        body: Body,  # type: ignore[valid-type]
        ctx: PartnerContext,
        response: Response,
        if_match: IfMatch = None,
    ):
        record, read, created = await PartnerSyncService(ctx, kind).put(external_id, if_match, body)
        if created:
            response.status_code = status.HTTP_201_CREATED
            response.headers["Location"] = f"{many}/{external_id}"
        response.headers["ETag"] = etag(record)
        return read

    async def delete_one(
        external_id: ExternalId, ctx: PartnerContext, if_match: IfMatchRequired = None
    ) -> Response:
        await PartnerSyncService(ctx, kind).delete(external_id, if_match)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    async def bulk(body: Bulk, ctx: PartnerContext) -> Response:  # type: ignore[valid-type]
        results = await PartnerSyncService(ctx, kind).bulk_upsert(body.items)
        return model_response(BulkUpsertResult(results=results))

    async def lookup(body: PartnerLookup, ctx: PartnerContext) -> Response:
        return model_response(await PartnerSyncService(ctx, kind).lookup(body.external_ids))

    name, plural = kind.name, kind.collection
    routes = [
        (
            "GET",
            one,
            read_one,
            f"One {name} by the partner's external id, with its strong ETag.",
            {"response_model": Read, "responses": problem_responses(*_AUTH, kind.not_found)},
        ),
        (
            "PUT",
            one,
            put_one,
            f"Create or replace a {name} by external id (If-Match needed once it exists).",
            {
                "response_model": Read,
                "responses": {
                    201: {"model": Read, "description": "Created"},
                    **problem_responses(
                        *_AUTH,
                        PreconditionFailed,
                        PreconditionRequired,
                        ValidationFailed,
                        Conflict,
                        InvalidState,
                    ),
                },
            },
        ),
        (
            "DELETE",
            one,
            delete_one,
            f"Delete a {name}; the change feed carries a tombstone for it.",
            {
                "status_code": status.HTTP_204_NO_CONTENT,
                "responses": problem_responses(
                    *_AUTH, kind.not_found, PreconditionFailed, PreconditionRequired, InvalidState
                ),
            },
        ),
        (
            "POST",
            f"{many}:bulk",
            bulk,
            f"Create or replace up to 1,000 {plural}; one result per item, in order.",
            {
                "response_model": BulkUpsertResult,
                "responses": problem_responses(*_AUTH, ValidationFailed, PayloadTooLarge),
            },
        ),
        (
            "POST",
            f"{many}:lookup",
            lookup,
            f"Read up to 1,000 {plural} by external id (to apply a page of the change feed).",
            {
                "response_model": kind.lookup_model,
                "responses": problem_responses(*_AUTH, ValidationFailed),
            },
        ),
    ]
    for method, path, handler, summary, options in routes:
        handler.__doc__ = summary
        handler.__name__ = f"{handler.__name__}_partner_{plural}"
        router.add_api_route(path, handler, methods=[method], **options)


for _kind in KINDS:
    _add_routes(_kind)


@router.get(
    "/v1/partner/changes",
    response_model=EventPage,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def partner_changes(
    ctx: PartnerContext,
    after: Annotated[
        str | None, Query(pattern=r"^\d{1,20}-\d{1,20}$", description="A cursor from this feed")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EventPage:
    """Changes to the partner's agency after a cursor: upserts and tombstones, never skipped."""
    return await read_events(ctx.session, after, limit, agency_id=ctx.agency_id)
