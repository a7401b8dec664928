"""Batch-read endpoints: up to 1,000 households, homes or places by id in one call."""

# No `from __future__ import annotations`: the handlers below are built per kind, and
# FastAPI must see their annotations as objects, not as strings to resolve later.
from fastapi import APIRouter, Response
from hearth_contract.common import Batch, BatchGet
from hearth_contract.problems import Forbidden, Unauthorized, ValidationFailed
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import PeerReaderContext
from hearth_vacancies.batch_reads.service import HOMES, HOUSEHOLDS, VACANCIES, BatchKind, batch_get

__all__ = ["router"]

router = APIRouter(route_class=HearthRoute, tags=["batch reads"])


def _add_route(kind: BatchKind) -> None:
    async def read_many(body: BatchGet, ctx: PeerReaderContext) -> Response:
        return model_response(await batch_get(ctx, kind, body.ids))

    read_many.__doc__ = (
        f"Up to 1,000 {kind.collection} by id, as their single GETs show them (each with its "
        "version, the ETag's second part); ids with none visible come back as missing."
    )
    read_many.__name__ = f"batch_get_{kind.collection}"
    router.add_api_route(
        f"/v1/{kind.collection}:batch-get",
        read_many,
        methods=["POST"],
        response_model=Batch[kind.read_model],  # type: ignore[name-defined]
        responses=problem_responses(Unauthorized, Forbidden, ValidationFailed),
    )


for _kind in (HOUSEHOLDS, HOMES, VACANCIES):
    _add_route(_kind)
