"""Households: an agency records, reads, lists and replaces its foster households."""

from __future__ import annotations

from vacancies_testkit import create_household, household_body


class TestRecordHousehold:
    async def test_created_with_location_resolved_offline(self, client, officer_a):
        response = await client.post("/v1/households", json=household_body(), headers=officer_a)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["location"] == {
            "postcode": "M1 1AE",
            "easting": 384756,
            "northing": 398553,
            "la_code": "E08000003",
            "upper_tier_la_code": "E08000003",
        }
        assert body["agency_id"] == "agency-a"
        assert response.headers["ETag"] == f'"{body["id"]}.1"'
        assert response.headers["Location"] == f"/v1/households/{body['id']}"
        again = await client.get(response.headers["Location"], headers=officer_a)
        assert again.json() == body

    async def test_a_district_lies_in_its_county_council(self, client, officer_a):
        """Maidstone is a district of Kent: the council that places children is Kent's."""
        body = household_body(postcode="ME14 1XX")
        response = await client.post("/v1/households", json=body, headers=officer_a)
        assert response.status_code == 201, response.text
        location = response.json()["location"]
        assert (location["la_code"], location["upper_tier_la_code"]) == ("E07000110", "E10000016")

    async def test_replace_needs_the_current_etag(self, client, officer_a):
        created = await create_household(client, officer_a)
        url = f"/v1/households/{created['id']}"
        changed = household_body(name="Rowan household (moved)")
        missing = await client.put(url, json=changed, headers=officer_a)
        assert missing.status_code == 428
        stale = await client.put(url, json=changed, headers={**officer_a, "If-Match": '"x.0"'})
        assert stale.status_code == 412
        good = await client.put(
            url, json=changed, headers={**officer_a, "If-Match": f'"{created["id"]}.1"'}
        )
        assert good.status_code == 200, good.text
        assert good.json()["name"] == "Rowan household (moved)"
        assert good.json()["version"] == 2

    async def test_list_pages_by_name(self, client, officer_a):
        for name in ("Cedar", "Ash", "Birch"):
            await create_household(client, officer_a, name=name)
        first = (await client.get("/v1/households?limit=2", headers=officer_a)).json()
        assert [h["name"] for h in first["items"]] == ["Ash", "Birch"]
        rest = (
            await client.get(
                f"/v1/households?limit=2&cursor={first['next_cursor']}", headers=officer_a
            )
        ).json()
        assert [h["name"] for h in rest["items"]] == ["Cedar"]
        assert rest["next_cursor"] is None
