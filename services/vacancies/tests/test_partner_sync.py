"""Partner sync: PUT by external id with ETags, bulk upsert, and the change feed with tombstones."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import sqlalchemy as sa
from vacancies_testkit import home_body, household_body, partner_place_body, settle_feed


def _bulk(items):
    return {"items": items}


class TestPutByExternalId:
    async def test_create_then_replace_needs_if_match(self, client, partner_a):
        url = "/v1/partner/households/CH-1"
        created = await client.put(url, json=household_body(), headers=partner_a)
        assert created.status_code == 201, created.text
        tag = created.headers["ETag"]
        again = await client.put(url, json=household_body(name="New"), headers=partner_a)
        assert again.status_code == 428
        stale = await client.put(
            url, json=household_body(name="New"), headers={**partner_a, "If-Match": '"nope.1"'}
        )
        assert stale.status_code == 412
        replaced = await client.put(
            url, json=household_body(name="New"), headers={**partner_a, "If-Match": tag}
        )
        assert replaced.status_code == 200
        assert replaced.headers["ETag"] != tag
        assert replaced.json()["external_id"] == "CH-1"

    async def test_if_match_on_a_missing_record_is_412(self, client, partner_a):
        response = await client.put(
            "/v1/partner/households/CH-9",
            json=household_body(),
            headers={**partner_a, "If-Match": '"x.1"'},
        )
        assert response.status_code == 412

    async def test_delete_leaves_a_tombstone_in_the_feed(self, app, client, partner_a):
        created = await client.put(
            "/v1/partner/households/CH-2", json=household_body(), headers=partner_a
        )
        gone = await client.delete(
            "/v1/partner/households/CH-2",
            headers={**partner_a, "If-Match": created.headers["ETag"]},
        )
        assert gone.status_code == 204
        await settle_feed(app)
        feed = (await client.get("/v1/partner/changes", headers=partner_a)).json()
        assert [(e["type"], e["data"]["external_id"]) for e in feed["items"]] == [
            ("household.upserted", "CH-2"),
            ("household.deleted", "CH-2"),
        ]
        assert (
            await client.get("/v1/partner/households/CH-2", headers=partner_a)
        ).status_code == 404


class TestBulkUpsert:
    async def test_one_result_per_item_and_bad_items_alone_are_refused(self, client, partner_a):
        upside_down = household_body()
        upside_down["approval"] = {**upside_down["approval"], "age_min": 16, "age_max": 4}
        items = [
            {"external_id": "B-1", "household": household_body(name="One")},
            {"external_id": "B-2", "household": upside_down},
            {"external_id": "B-3", "household": household_body(postcode="ZZ9 9ZZ")},
            {"external_id": "B-4", "household": {"name": "incomplete"}},
            {"external_id": "B-5", "if_match": '"x.1"', "household": household_body()},
        ]
        response = await client.post(
            "/v1/partner/households:bulk", json=_bulk(items), headers=partner_a
        )
        assert response.status_code == 200, response.text
        results = response.json()["results"]
        assert [r["status"] for r in results] == [
            "created",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
        ]
        assert (
            results[1]["problem"]["errors"][0]["pointer"] == "/items/1/household/approval/age_max"
        )
        assert results[2]["problem"]["errors"][0]["pointer"] == "/items/2/household/postcode"
        assert results[4]["problem"]["status"] == 412
        lookup = await client.post(
            "/v1/partner/households:lookup",
            headers=partner_a,
            json={"external_ids": ["B-1", "B-2", "B-3"]},
        )
        assert [h["external_id"] for h in lookup.json()["items"]] == ["B-1"]
        assert lookup.json()["missing"] == ["B-2", "B-3"]

    async def test_replay_is_unchanged_and_update_needs_etag(self, client, partner_a):
        items = [
            {"external_id": f"R-{i}", "household": household_body(name=f"H{i}")} for i in range(3)
        ]
        first = (
            await client.post("/v1/partner/households:bulk", json=_bulk(items), headers=partner_a)
        ).json()["results"]
        tags = {r["external_id"]: r["etag"] for r in first}
        replay = [{**item, "if_match": tags[item["external_id"]]} for item in items]
        replay[0]["household"] = household_body(name="H0 renamed")
        second = (
            await client.post("/v1/partner/households:bulk", json=_bulk(replay), headers=partner_a)
        ).json()["results"]
        assert [r["status"] for r in second] == ["updated", "unchanged", "unchanged"]
        no_tag = (
            await client.post(
                "/v1/partner/households:bulk", json=_bulk(items[:1]), headers=partner_a
            )
        ).json()["results"]
        assert no_tag[0]["problem"]["status"] == 428

    async def test_more_than_1000_items_is_422(self, client, partner_a):
        items = [{"external_id": f"X-{i}", "household": {}} for i in range(1001)]
        response = await client.post(
            "/v1/partner/households:bulk", json=_bulk(items), headers=partner_a
        )
        assert response.status_code == 422


class PartnerCopy:
    """A partner's own copy of every kind, kept by following the change feed and its cursor."""

    KINDS = {"household": "households", "home": "homes", "vacancy": "vacancies"}

    def __init__(self) -> None:
        self.records: dict[str, dict[str, dict]] = {kind: {} for kind in self.KINDS}
        self.cursor: str | None = None

    async def follow(self, client, headers, *, stop_after_pages: int | None = None) -> None:
        pages = 0
        while True:
            params = {"limit": 7, **({"after": self.cursor} if self.cursor else {})}
            page = (await client.get("/v1/partner/changes", params=params, headers=headers)).json()
            if not page["items"]:
                return
            for kind, collection in self.KINDS.items():
                wanted = sorted(
                    {
                        e["data"]["external_id"]
                        for e in page["items"]
                        if e["subject_type"] == kind and e["data"].get("external_id")
                    }
                )
                if not wanted:
                    continue
                found = (
                    await client.post(
                        f"/v1/partner/{collection}:lookup",
                        headers=headers,
                        json={"external_ids": wanted},
                    )
                ).json()
                for record in found["items"]:
                    self.records[kind][record["external_id"]] = record
                for gone in found["missing"]:
                    self.records[kind].pop(gone, None)
            self.cursor = page["next_cursor"]  # saved only once the page is applied
            pages += 1
            if stop_after_pages is not None and pages >= stop_after_pages:
                return

    @classmethod
    async def truth(cls, client, headers) -> dict[str, dict[str, dict]]:
        """What the service holds now for every external id the feed ever named."""
        everything = (
            await client.get("/v1/partner/changes", params={"limit": 1000}, headers=headers)
        ).json()
        truth = {}
        for kind, collection in cls.KINDS.items():
            ids = sorted(
                {
                    e["data"]["external_id"]
                    for e in everything["items"]
                    if e["subject_type"] == kind and e["data"].get("external_id")
                }
            )
            found = (
                await client.post(
                    f"/v1/partner/{collection}:lookup", headers=headers, json={"external_ids": ids}
                )
            ).json()
            truth[kind] = {r["external_id"]: r for r in found["items"]}
        return truth


def _place(household: str | None = None, home: str | None = None, **overrides) -> dict:
    return partner_place_body(household, home, **{"age_min": 11, **overrides})


async def _bulk_post(client, headers, collection: str, items: list[dict]) -> dict[str, dict]:
    response = await client.post(
        f"/v1/partner/{collection}:bulk", json=_bulk(items), headers=headers
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert all(r["status"] != "rejected" for r in results), results
    return {r["external_id"]: r for r in results}


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestCrashAndResume:
    async def test_partner_killed_halfway_ends_with_an_identical_copy(
        self, app, client, partner_a, partner_b, officer_a, send_referral
    ):
        households = await _bulk_post(
            client,
            partner_a,
            "households",
            [
                {"external_id": f"P-{i:03}", "household": household_body(name=f"House {i}")}
                for i in range(40)
            ],
        )
        homes = await _bulk_post(
            client,
            partner_a,
            "homes",
            [
                {"external_id": f"H-{i}", "home": home_body(urn=f"SC10000{i}", name=f"Home {i}")}
                for i in range(4)
            ],
        )
        places = await _bulk_post(
            client,
            partner_a,
            "vacancies",
            [
                *({"external_id": f"V-{i:03}", "vacancy": _place(f"P-{i:03}")} for i in range(10)),
                *({"external_id": f"R-{i}", "vacancy": _place(home=f"H-{i}")} for i in range(4)),
            ],
        )
        await _bulk_post(
            client,
            partner_b,
            "households",
            [{"external_id": "OTHER-1", "household": household_body()}],
        )
        await settle_feed(app)
        copy = PartnerCopy()
        await copy.follow(client, partner_a, stop_after_pages=3)  # then the partner is killed
        assert 0 < len(copy.records["household"]) < 40
        # While it is down: changes, deletions (a household goes with its place), a hold.
        await _bulk_post(
            client,
            partner_a,
            "households",
            [
                {
                    "external_id": f"P-{i:03}",
                    "if_match": households[f"P-{i:03}"]["etag"],
                    "household": household_body(name=f"House {i} changed"),
                }
                for i in range(0, 40, 5)
            ],
        )
        await _bulk_post(
            client,
            partner_a,
            "homes",
            [
                {
                    "external_id": "H-1",
                    "if_match": homes["H-1"]["etag"],
                    "home": home_body(urn="SC100001", name="Home 1 renamed"),
                }
            ],
        )
        await _bulk_post(
            client,
            partner_a,
            "vacancies",
            [
                {
                    "external_id": "V-003",
                    "if_match": places["V-003"]["etag"],
                    "vacancy": _place("P-003", age_max=15),
                }
            ],
        )
        for path, tag in (
            ("households/P-001", households["P-001"]["etag"]),  # with its place V-001
            ("households/P-033", households["P-033"]["etag"]),
            ("homes/H-2", homes["H-2"]["etag"]),  # with its place R-2
            ("vacancies/V-004", places["V-004"]["etag"]),
        ):
            deleted = await client.delete(
                f"/v1/partner/{path}", headers={**partner_a, "If-Match": tag}
            )
            assert deleted.status_code == 204, path
        held = await client.post(
            f"/v1/vacancies/{places['V-006']['id']}/hold",
            json={"referral_id": await send_referral()},
            headers=officer_a,
        )
        assert held.status_code == 200, held.text
        await settle_feed(app)
        resumed = PartnerCopy()
        resumed.records = {kind: dict(records) for kind, records in copy.records.items()}
        resumed.cursor = copy.cursor  # what it had saved
        await resumed.follow(client, partner_a)
        truth = await PartnerCopy.truth(client, partner_a)
        assert resumed.records == truth
        assert (len(truth["household"]), len(truth["home"]), len(truth["vacancy"])) == (38, 3, 11)
        assert "OTHER-1" not in resumed.records["household"]
        assert {"V-001", "V-004", "R-2"}.isdisjoint(resumed.records["vacancy"])
        assert truth["household"]["P-005"]["name"] == "House 5 changed"
        assert truth["home"]["H-1"]["name"] == "Home 1 renamed"
        assert truth["vacancy"]["V-003"]["age_max"] == 15
        assert truth["vacancy"]["V-006"]["state"] == "on_hold"


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestTwoWritersOneExternalId:
    async def test_concurrent_bulk_creates_give_one_record_and_a_409_per_lost_item(
        self, app, client, partner_a
    ):
        items = [
            {"external_id": f"C-{i}", "household": household_body(name=f"House {i}")}
            for i in range(20)
        ]

        async def send() -> list[dict]:
            # A client of its own per writer: truly parallel requests on separate connections.
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://v") as http:
                response = await http.post(
                    "/v1/partner/households:bulk", json=_bulk(items), headers=partner_a
                )
                assert response.status_code == 200, response.text
                return response.json()["results"]

        first, second = await asyncio.gather(send(), send())
        for one, other in zip(first, second, strict=True):
            winners = [r for r in (one, other) if r["status"] == "created"]
            assert len(winners) == 1, (one, other)
            loser = one if one is not winners[0] else other
            assert loser["status"] == "rejected" and loser["problem"]["status"] in (409, 428)
        async with app.state.database.engine.connect() as connection:
            # Counted in the table: the feed's horizon can wait on other work on the server.
            events = await connection.scalar(sa.text("SELECT count(*) FROM outbox_events"))
            audited = await connection.scalar(
                sa.text("SELECT count(*) FROM audit_log WHERE action = 'create'")
            )
        assert (events, audited) == (20, 20)  # one per record created, none for a lost item
