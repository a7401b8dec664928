"""Rate-card endpoints: an agency's versioned prices."""

from __future__ import annotations

from fastapi import APIRouter, status
from hearth_contract.offers import RateCardCreate, RateCardRead
from hearth_contract.problems import (
    ConcurrentChange,
    Forbidden,
    RateCardOverlap,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_offers.api import MakerContext
from hearth_offers.rate_cards.service import RateCardService
from hearth_offers.views import rate_card_read

router = APIRouter(route_class=HearthRoute, tags=["rate cards"])
_AUTH = (Unauthorized, Forbidden)


@router.post(
    "/v1/rate-cards",
    status_code=status.HTTP_201_CREATED,
    response_model=RateCardRead,
    responses=problem_responses(*_AUTH, ValidationFailed, RateCardOverlap, ConcurrentChange),
)
async def create_rate_card(body: RateCardCreate, ctx: MakerContext) -> RateCardRead:
    """Add a version of the agency's rate card, in force between its dates (never overlapping)."""
    return rate_card_read(await RateCardService(ctx).create(body))


@router.get(
    "/v1/rate-cards", response_model=list[RateCardRead], responses=problem_responses(*_AUTH)
)
async def list_rate_cards(ctx: MakerContext) -> list[RateCardRead]:
    """Every version of the agency's rate card, newest first."""
    return [rate_card_read(card) for card in await RateCardService(ctx).list()]
