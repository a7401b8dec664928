"""The contract's placements mock answers as the service does (through the typed client)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
import respx
from hearth_contract.clients import PlacementsClient
from hearth_contract.mocks.offers_feed import OffersFeedMock
from hearth_contract.mocks.placements import register_mock_placements
from hearth_contract.placements import PlacementEnd
from hearth_contract.problems import PlacementNotFound, PreconditionFailed, ValidationFailed


async def test_the_mock_opens_ends_and_feeds_like_the_service():
    with respx.mock(assert_all_called=False) as router:
        mock = register_mock_placements(router, "http://placements")
        offer = OffersFeedMock().accept(
            agency_id="a", la_code="E10000016", start_date=date(2026, 11, 20), vacancy_ids=["v1"]
        )
        opened = mock.open(offer)
        async with httpx.AsyncClient(base_url="http://placements") as http:
            client = PlacementsClient(http, "token")
            read = await client.get_placement(opened.id)
            end = PlacementEnd(end_date=date(2026, 11, 23), planned=False,
                               reason_for_change="CREQB", episode_end_reason="X1")  # fmt: skip
            with pytest.raises(PreconditionFailed):
                await client.end(opened.id, end, '"stale"')
            with pytest.raises(ValidationFailed):
                await client.end(
                    opened.id, end.model_copy(update={"end_date": date(2026, 1, 1)}), read.etag
                )
            ended = await client.end(opened.id, end, read.etag)
            assert ended.status.value == "ended"
            with pytest.raises(PlacementNotFound):
                await client.get_placement("nope")
            events = (await client.events()).items
            assert [e.type for e in events] == ["placement.started", "placement.ended"]
            assert events[1].data["vacancy_ids"] == ["v1"]
