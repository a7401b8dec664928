"""A small world for the placements tests: callers, and placements opened from offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import httpx
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.mocks.offers_feed import OffersFeedMock
from hearth_kit.clock import FrozenClock
from hearth_kit.testing import Tokens

AGENCY = "hearthside-fostering"
OTHER_AGENCY = "oakway-homes"
LA = "E10000016"  # Kent
OTHER_LA = "E06000035"
WELSH_LA = "W06000015"  # Cardiff
MANAGE = [Scope.PLACEMENTS_READ, Scope.PLACEMENTS_MANAGE]


@dataclass
class World:
    app: object
    client: httpx.AsyncClient
    feed: OffersFeedMock
    tokens: Tokens
    clock: FrozenClock

    def agency(self, tenant: str = AGENCY, scopes=MANAGE, subject: str = "ssw-1") -> dict:
        return self.tokens.headers(CallerKind.AGENCY, tenant, scopes, subject=subject)

    def la(self, tenant: str = LA, scopes=MANAGE, subject: str = "csw-1") -> dict:
        return self.tokens.headers(CallerKind.LA, tenant, scopes, subject=subject)

    async def consume(self) -> int:
        return await self.app.state.offers_feed.run_once()

    async def placement(self, start: date, *, agency: str = AGENCY, la: str = LA, **offer) -> dict:
        """A placement opened from an accepted offer, as its agency reads it."""
        data = self.feed.accept(agency_id=agency, la_code=la, start_date=start, **offer)
        await self.consume()
        page = (await self.client.get("/v1/placements", headers=self.agency(agency))).json()
        return next(p for p in page["items"] if p["offer_id"] == data.offer_id)

    async def tasks(self, placement_id: str, headers: dict | None = None) -> dict[str, dict]:
        response = await self.client.get(
            f"/v1/placements/{placement_id}/tasks", headers=headers or self.agency()
        )
        assert response.status_code == 200, response.text
        return {t["kind"]: t for t in response.json()}

    async def etag(self, path: str, headers: dict | None = None) -> str:
        response = await self.client.get(path, headers=headers or self.agency())
        assert response.status_code == 200, response.text
        return response.headers["ETag"]
