"""The typed client for the offers service: one method per endpoint."""

from __future__ import annotations

from urllib.parse import quote

from hearth_contract.clients.base import Versioned, request_json
from hearth_contract.clients.events import EventsClient
from hearth_contract.offers import (
    AcceptanceRead,
    AgencyBrandRead,
    AgencyBrandUpdate,
    AttachmentRead,
    ChaseRead,
    OfferAccept,
    OfferCreate,
    OfferDecline,
    OfferRead,
    OfferSummary,
    OfferUpdate,
    OfferWithdraw,
    RateCardCreate,
    RateCardRead,
)

__all__ = ["OffersClient"]


def _offer(offer_id: str, suffix: str = "") -> str:
    return f"/v1/offers/{quote(offer_id, safe='')}{suffix}"


class OffersClient(EventsClient):
    """Drafts, prices, sends and answers offers; every failure raises the server's problem.

    Changes take the ETag of the offer as read (``Versioned.etag``) as ``if_match``.
    """

    async def create_rate_card(self, body: RateCardCreate) -> RateCardRead:
        """Add a version of the agency's rate card."""
        response = await self._request("POST", "/v1/rate-cards", json=request_json(body))
        return self._parse(RateCardRead, response)

    async def list_rate_cards(self) -> list[RateCardRead]:
        """Every version of the agency's rate card, newest first."""
        return self._parse(list[RateCardRead], await self._request("GET", "/v1/rate-cards"))

    async def create_offer(self, body: OfferCreate) -> Versioned[OfferRead]:
        """A draft offer from an agreed match (409 ``match-not-agreed`` otherwise)."""
        response = await self._request("POST", "/v1/offers", json=request_json(body))
        return self._versioned(OfferRead, response)

    async def get_offer(self, offer_id: str) -> Versioned[OfferRead]:
        """One offer, its frozen pack and its history."""
        return self._versioned(OfferRead, await self._request("GET", _offer(offer_id)))

    async def list_offers(self, status: str | None = None, limit: int = 50) -> list[OfferRead]:
        """The caller's offers, newest first."""
        params: dict[str, str | int] = {"limit": limit}
        if status is not None:
            params["status"] = status
        return self._parse(list[OfferRead], await self._request("GET", "/v1/offers", params=params))

    async def referral_offers(self, referral_id: str) -> list[OfferSummary]:
        """Every offer for a child the caller may see, side by side."""
        path = f"/v1/referrals/{quote(referral_id, safe='')}/offers"
        return self._parse(list[OfferSummary], await self._request("GET", path))

    async def chase_list(self, after_working_hours: int | None = None) -> list[ChaseRead]:
        """Sent offers the LA has not answered for the chase interval."""
        params = {} if after_working_hours is None else {"after_working_hours": after_working_hours}
        response = await self._request("GET", "/v1/offers:chase-list", params=params)
        return self._parse(list[ChaseRead], response)

    async def update_offer(
        self, offer_id: str, body: OfferUpdate, if_match: str
    ) -> Versioned[OfferRead]:
        """Edit a draft."""
        response = await self._request(
            "PATCH", _offer(offer_id), json=request_json(body), headers={"If-Match": if_match}
        )
        return self._versioned(OfferRead, response)

    async def attach_file(
        self, offer_id: str, filename: str, content: bytes, description: str | None = None
    ) -> AttachmentRead:
        """Attach a JPEG, PNG or PDF to a draft."""
        params = {"filename": filename, **({"description": description} if description else {})}
        response = await self._request(
            "POST",
            f"/v1/offer-files/{quote(offer_id, safe='')}",
            params=params,
            content=content,
            headers={"Content-Type": "application/octet-stream"},
        )
        return self._parse(AttachmentRead, response)

    async def agency_brand(self) -> AgencyBrandRead:
        """The agency's own name and logo, as its next packs will show them."""
        return self._parse(AgencyBrandRead, await self._request("GET", "/v1/agency-brand"))

    async def set_agency_name(self, body: AgencyBrandUpdate) -> AgencyBrandRead:
        """Name the agency as its packs show it."""
        response = await self._request("PUT", "/v1/agency-brand", json=request_json(body))
        return self._parse(AgencyBrandRead, response)

    async def set_agency_logo(
        self, content: bytes, alt_text: str, media_type: str = "image/png"
    ) -> AgencyBrandRead:
        """Upload the agency's logo (PNG or JPEG, typed from its bytes) with its alt text."""
        response = await self._request(
            "PUT",
            "/v1/agency-brand/logo",
            params={"alt_text": alt_text},
            content=content,
            headers={"Content-Type": media_type},
        )
        return self._parse(AgencyBrandRead, response)

    async def _command(
        self, offer_id: str, command: str, if_match: str, body=None
    ) -> Versioned[OfferRead]:
        response = await self._request(
            "POST",
            _offer(offer_id, f"/{command}"),
            json=request_json(body) if body is not None else None,
            headers={"If-Match": if_match},
        )
        return self._versioned(OfferRead, response)

    async def send_offer(self, offer_id: str, if_match: str) -> Versioned[OfferRead]:
        """Freeze the pack and send the offer to the LA."""
        return await self._command(offer_id, "send", if_match)

    async def chase_offer(self, offer_id: str, if_match: str) -> Versioned[OfferRead]:
        """Record a chase of the LA."""
        return await self._command(offer_id, "chase", if_match)

    async def withdraw_offer(
        self, offer_id: str, body: OfferWithdraw, if_match: str
    ) -> Versioned[OfferRead]:
        """The agency withdraws its offer."""
        return await self._command(offer_id, "withdraw", if_match, body)

    async def accept_offer(
        self, offer_id: str, body: OfferAccept, if_match: str
    ) -> Versioned[OfferRead]:
        """The LA accepts (``offer.accepted``; the child's other offers lapse)."""
        return await self._command(offer_id, "accept", if_match, body)

    async def decline_offer(
        self, offer_id: str, body: OfferDecline, if_match: str
    ) -> Versioned[OfferRead]:
        """The LA declines with a coded reason."""
        return await self._command(offer_id, "decline", if_match, body)

    async def failed_acceptances(self) -> list[AcceptanceRead]:
        """The acceptances a service refused for good (operators, ``agency:admin``)."""
        response = await self._request("GET", "/v1/offers:acceptances-failed")
        return self._parse(list[AcceptanceRead], response)

    async def retry_acceptance(self, offer_id: str) -> AcceptanceRead:
        """Ask the services again once the refusal is resolved (operators; 409 unless the
        acceptance was refused)."""
        response = await self._request("POST", _offer(offer_id, "/acceptance:retry"))
        return self._parse(AcceptanceRead, response)
