"""The offers service's events, as the placements service and integrators read them.

An offer is the agency's formal proposal of a placement to the LA, made from an agreed
match (``match.ready_for_offer``). The events are thin, like every feed's: ids, codes
and dates, never a child's details. ``offer.accepted`` carries what the placements
service needs to open the placement without another call.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from hearth_contract.common import EventRead

__all__ = ["OfferAcceptedData", "OfferEvent"]


class OfferEvent(StrEnum):
    """The types of event on the offers feed (``GET /v1/events`` of the offers service)."""

    DRAFTED = "offer.drafted"
    SENT = "offer.sent"
    CHASED = "offer.chased"
    WITHDRAWN = "offer.withdrawn"
    ACCEPTED = "offer.accepted"
    DECLINED = "offer.declined"
    LAPSED = "offer.lapsed"


class OfferAcceptedData(BaseModel):
    """The data of an ``offer.accepted`` event: the LA has said yes to this offer."""

    model_config = ConfigDict(extra="ignore")

    offer_id: str
    match_id: str
    referral_id: str
    la_code: str = Field(description="The LA's ONS code (E10000016)")
    agency_id: str
    household_id: str | None = Field(default=None, description="A fostering household; or")
    home_id: str | None = Field(default=None, description="a children's home")
    vacancy_ids: list[str] = Field(description="The places the child will take")
    start_date: date = Field(description="The placement's agreed start date")
    placement_type: str = Field(description="SSDA903 placement type code (PLACEMENTTYPE_LABELS)")
    legal_status: str | None = Field(
        default=None, description="SSDA903 legal status code at the start, where known"
    )

    @classmethod
    def from_event(cls, event: EventRead) -> OfferAcceptedData:
        """The data of an event read from the offers feed; ``ValueError`` for another type."""
        if event.type != OfferEvent.ACCEPTED:
            raise ValueError(f"not an {OfferEvent.ACCEPTED} event: {event.type}")
        return cls.model_validate(event.data)
