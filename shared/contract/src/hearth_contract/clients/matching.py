"""The typed client for the matching service: one method per endpoint."""

from __future__ import annotations

from urllib.parse import quote

from hearth_contract.clients.base import Versioned, request_json
from hearth_contract.clients.events import EventsClient
from hearth_contract.matching import (
    CarerDecision,
    MatchClose,
    MatchCreate,
    MatchingSettingsRead,
    MatchingSettingsUpdate,
    MatchList,
    MatchPlaced,
    MatchRead,
    MatchRunRead,
    ReadModelLag,
    SswDecision,
    VacancyMatchList,
)

__all__ = ["MatchingClient"]


def _one(collection: str, record_id: str, suffix: str = "") -> str:
    return f"/v1/{collection}/{quote(record_id, safe='')}{suffix}"


class MatchingClient(EventsClient):
    """Ranks homes for a referral (and referrals for a place) and records people's decisions.

    Matching proposes; people decide. Every failure raises the server's problem type.
    """

    async def referral_matches(
        self,
        referral_id: str,
        limit: int = 50,
        *,
        excluded_offset: int = 0,
        excluded_limit: int = 50,
        holder_id: str | None = None,
    ) -> MatchList:
        """The agency's homes ranked for a referral, with exclusions and what would open more,
        and a page of the excluded homes with their reasons (``holder_id``: that home only)."""
        params: dict[str, str | int] = {
            "limit": limit,
            "excluded_offset": excluded_offset,
            "excluded_limit": excluded_limit,
        }
        if holder_id is not None:
            params["holder_id"] = holder_id
        response = await self._request(
            "GET", _one("referrals", referral_id, "/matches"), params=params
        )
        return self._parse(MatchList, response)

    async def read_model_lag(self) -> ReadModelLag:
        """How far matching's read model is behind each feed."""
        return self._parse(ReadModelLag, await self._request("GET", "/v1/read-model/lag"))

    async def vacancy_matches(self, vacancy_id: str, limit: int = 50) -> VacancyMatchList:
        """The open referrals that fit a free place, ranked."""
        response = await self._request(
            "GET", _one("vacancies", vacancy_id, "/matches"), params={"limit": limit}
        )
        return self._parse(VacancyMatchList, response)

    async def save_referral_run(self, referral_id: str) -> MatchRunRead:
        """Keep the ranked list for a referral as the record of what was considered."""
        response = await self._request("POST", _one("referrals", referral_id, "/match-runs"))
        return self._parse(MatchRunRead, response)

    async def save_vacancy_run(self, vacancy_id: str) -> MatchRunRead:
        """Keep the ranked list of referrals for a place."""
        response = await self._request("POST", _one("vacancies", vacancy_id, "/match-runs"))
        return self._parse(MatchRunRead, response)

    async def get_run(self, run_id: str) -> MatchRunRead:
        """A saved match run."""
        return self._parse(MatchRunRead, await self._request("GET", _one("match-runs", run_id)))

    async def propose(self, body: MatchCreate) -> Versioned[MatchRead]:
        """Propose a referral for a place, or a sibling group for places in one home
        (``vacancy_ids``); all are held while people decide, or none."""
        response = await self._request("POST", "/v1/matches", json=request_json(body))
        return self._versioned(MatchRead, response)

    async def get_match(self, match_id: str) -> MatchRead:
        """A match and every decision on it."""
        return self._parse(MatchRead, await self._request("GET", _one("matches", match_id)))

    async def referral_decisions(self, referral_id: str) -> list[MatchRead]:
        """The matches proposed for a referral, with where each stands."""
        response = await self._request("GET", _one("referrals", referral_id, "/proposed-matches"))
        return self._parse(list[MatchRead], response)

    async def ssw_decision(self, match_id: str, body: SswDecision) -> MatchRead:
        """The supervising social worker's second opinion."""
        response = await self._request(
            "POST", _one("matches", match_id, "/ssw-decision"), json=request_json(body)
        )
        return self._parse(MatchRead, response)

    async def carer_decision(self, match_id: str, body: CarerDecision) -> MatchRead:
        """The carer's or registered manager's answer."""
        response = await self._request(
            "POST", _one("matches", match_id, "/carer-decision"), json=request_json(body)
        )
        return self._parse(MatchRead, response)

    async def close_match(self, match_id: str, body: MatchClose) -> MatchRead:
        """End an open match with a coded reason; the places it holds are released."""
        response = await self._request(
            "POST", _one("matches", match_id, "/close"), json=request_json(body)
        )
        return self._parse(MatchRead, response)

    async def close_as_placed(self, match_id: str, offer_id: str) -> MatchRead:
        """(A service: offers) The LA accepted the offer made from this match: close it as
        placed, keeping its places (they are filled), and close the child's other matches.
        Idempotent: a match already closed as placed answers as it is."""
        body = MatchPlaced(offer_id=offer_id)
        response = await self._request(
            "POST", _one("matches", match_id, "/placed"), json=request_json(body)
        )
        return self._parse(MatchRead, response)

    async def get_settings(self) -> MatchingSettingsRead:
        """The agency's score weights."""
        return self._parse(
            MatchingSettingsRead, await self._request("GET", "/v1/matching-settings")
        )

    async def update_settings(self, body: MatchingSettingsUpdate) -> MatchingSettingsRead:
        """Set the agency's score weights."""
        response = await self._request("PUT", "/v1/matching-settings", json=request_json(body))
        return self._parse(MatchingSettingsRead, response)
