"""Asking the referrals service about one referral, within a request.

The read model answers every ranking; this peer answers what the read model cannot
yet know: whether a referral it has not read exists (so a caller hears "not yet
available", not "not found"), and whether a referral is still open at the moment a
carer or social worker says yes (the feed may be a moment behind a withdrawal).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
from hearth_contract.auth import Scope
from hearth_contract.clients import ReferralsClient
from hearth_contract.problems import (
    DependencyUnavailable,
    NotFound,
    NotYetAvailable,
    Problem,
    ReferralNotOpen,
)
from hearth_contract.referrals import RecipientStatus, ReferralRead, ReferralStatus
from hearth_kit.context import current_request_id
from hearth_kit.logging import get_logger
from hearth_kit.peers import service_token_source

from hearth_matching.settings import MatchingSettings

__all__ = ["ReferralsPeer"]

log = get_logger("hearth.matching.referrals_peer")
_ENDED = {
    RecipientStatus.DECLINED,
    RecipientStatus.CLOSED,
    RecipientStatus.WITHDRAWN,
    RecipientStatus.PLACED,
}


class ReferralsPeer:
    """Reads referrals as this service, forwarding the request id."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: MatchingSettings,
        feed_lag_seconds: Callable[[], int] = lambda: 5,
    ) -> None:
        self.feed_lag_seconds = feed_lag_seconds
        self.client = ReferralsClient(
            http,
            service_token_source(settings, [Scope.REFERRALS_READ], "hearth-matching"),
            request_id_provider=current_request_id,
            max_retries=1,
        )

    async def read(self, referral_id: str) -> ReferralRead | None:
        """The referral as the referrals service holds it now; None if there is none."""
        try:
            uuid.UUID(referral_id)
        except ValueError:
            return None
        try:
            return (await self.client.get_referral(referral_id)).value
        except NotFound:
            return None
        except Problem as problem:
            log.error("referrals.unanswered", status=problem.status)
            raise DependencyUnavailable(
                "The referrals service did not answer.", headers={"Retry-After": "5"}
            ) from None

    async def open_with(self, referral_id: str, agency_id: str) -> bool | None:
        """True if the referral is open with the agency, False if it was sent to the agency
        but is no longer open with it, None if it was never sent to the agency."""
        referral = await self.read(referral_id)
        screening = [s for s in referral.screening if s.agency_id == agency_id] if referral else []
        if not screening:
            return None
        return referral.status is ReferralStatus.OPEN and screening[0].status not in _ENDED

    async def check_open(self, referral_id: str, agency_id: str) -> None:
        """Refuse (409) unless the referral is open with the agency right now."""
        if not await self.open_with(referral_id, agency_id):
            raise ReferralNotOpen(
                "The referral is no longer open with your agency: close the match instead."
            )

    async def explain_unread(self, referral_id: str, agency_id: str) -> None:
        """For a referral the read model does not hold for the agency: 409 not yet available
        (with Retry-After, the feed's lag) if it is open with the agency, 409 not open if
        the agency had it; nothing (the caller answers 404) if it was never the agency's."""
        open_with = await self.open_with(referral_id, agency_id)
        if open_with is None:
            return
        if open_with:
            raise NotYetAvailable(
                "The referral has not been read from the referrals feed yet.",
                headers={"Retry-After": str(self.feed_lag_seconds())},
            )
        raise ReferralNotOpen("The referral is no longer open with your agency.")
