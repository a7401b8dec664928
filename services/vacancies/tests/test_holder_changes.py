"""Changing a household's approval or a home's registration: its places must still fit.

Every writer (an officer's PUT, a partner's PUT, a partner's bulk upsert) meets the
same rule: a change that would leave a place outside the new terms (ages, placement
kinds, room beside the children living there) is a 409 naming the field and the
place, and writes nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from vacancies_testkit import home_body, household_body, partner_place_body, vacancy_body

NARROWER_AGES = {"age_min": 5, "age_max": 12}  # the place takes children up to 14


def _approval(**changes) -> dict:
    body = household_body()
    body["approval"] = {**body["approval"], **changes}
    return body


def _registration(**changes) -> dict:
    body = home_body()
    body["registration"] = {**body["registration"], **changes}
    return body


async def _officer_holder_with_place(client, headers, collection: str) -> tuple[str, str, str]:
    """A household (or home) and one open place in it: its URL, its ETag and the place's id."""
    body, holder_field = (
        (household_body(), "household_id")
        if collection == "households"
        else (home_body(), "home_id")
    )
    created = await client.post(f"/v1/{collection}", json=body, headers=headers)
    place = await client.post(
        "/v1/vacancies",
        json=vacancy_body(**{holder_field: created.json()["id"]}, age_min=12, age_max=14),
        headers=headers,
    )
    assert place.status_code == 201, place.text
    url = f"/v1/{collection}/{created.json()['id']}"
    return url, created.headers["ETag"], place.json()["id"]


async def _put(client, headers, url: str, body: dict, etag: str):
    return await client.put(url, json=body, headers={**headers, "If-Match": etag})


def _assert_refused(response, pointer: str, place_id: str) -> None:
    assert response.status_code == 409, response.text
    (error,) = response.json()["errors"]
    assert error["pointer"] == pointer
    assert error["code"] == "places_outside"
    assert place_id in error["detail"]


async def _assert_unchanged(client, headers, url: str, etag: str) -> None:
    assert (await client.get(url, headers=headers)).headers["ETag"] == etag


class TestOfficerChangesHousehold:
    async def test_narrower_ages_are_refused_naming_the_place(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "households")
        response = await _put(client, officer_a, url, _approval(**NARROWER_AGES), etag)
        _assert_refused(response, "/approval/age_max", place_id)
        await _assert_unchanged(client, officer_a, url, etag)

    async def test_a_placement_kind_a_place_is_offered_as_cannot_go(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "households")
        body = _approval(placement_kinds=["emergency", "long_term"])
        _assert_refused(
            await _put(client, officer_a, url, body, etag), "/approval/placement_kinds", place_id
        )
        await _assert_unchanged(client, officer_a, url, etag)

    async def test_fewer_children_than_placed_plus_open_places_is_refused(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "households")
        body = _approval(children=1)  # one child placed, one place open
        _assert_refused(
            await _put(client, officer_a, url, body, etag), "/approval/children", place_id
        )

    async def test_a_change_that_still_holds_the_place_is_made(self, client, officer_a):
        url, etag, _ = await _officer_holder_with_place(client, officer_a, "households")
        body = _approval(age_min=12, age_max=14, genders=["female"], children=3)
        response = await _put(client, officer_a, url, body, etag)
        assert response.status_code == 200, response.text
        assert response.json()["approval"]["age_max"] == 14

    async def test_once_the_place_is_deleted_the_change_is_made(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "households")
        read = await client.get(f"/v1/vacancies/{place_id}", headers=officer_a)
        deleted = await client.delete(
            f"/v1/vacancies/{place_id}", headers={**officer_a, "If-Match": read.headers["ETag"]}
        )
        assert deleted.status_code == 204
        response = await _put(client, officer_a, url, _approval(**NARROWER_AGES), etag)
        assert response.status_code == 200, response.text


class TestOfficerChangesHome:
    async def test_a_higher_minimum_age_is_refused_naming_the_place(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "homes")
        response = await _put(client, officer_a, url, _registration(age_min=13), etag)
        _assert_refused(response, "/registration/age_min", place_id)
        await _assert_unchanged(client, officer_a, url, etag)

    async def test_capacity_below_residents_plus_open_places_is_refused(self, client, officer_a):
        url, etag, place_id = await _officer_holder_with_place(client, officer_a, "homes")
        body = _registration(capacity=1)  # one resident, one place open
        _assert_refused(
            await _put(client, officer_a, url, body, etag), "/registration/capacity", place_id
        )

    async def test_new_categories_do_not_touch_the_places(self, client, officer_a):
        url, etag, _ = await _officer_holder_with_place(client, officer_a, "homes")
        body = _registration(categories=["learning_disability"], capacity=2)
        assert (await _put(client, officer_a, url, body, etag)).status_code == 200


class TestPartnerChanges:
    async def _household_with_place(self, client, partner) -> str:
        created = await client.put(
            "/v1/partner/households/ROWAN", json=household_body(), headers=partner
        )
        assert created.status_code == 201, created.text
        place = await client.put(
            "/v1/partner/vacancies/BED-1", json=partner_place_body("ROWAN"), headers=partner
        )
        assert place.status_code == 201, place.text
        return created.headers["ETag"], place.json()["id"]

    async def test_put_with_narrower_ages_is_refused(self, client, partner_a):
        etag, place_id = await self._household_with_place(client, partner_a)
        response = await client.put(
            "/v1/partner/households/ROWAN",
            json=_approval(age_min=9),
            headers={**partner_a, "If-Match": etag},
        )
        _assert_refused(response, "/approval/age_min", place_id)
        await _assert_unchanged(client, partner_a, "/v1/partner/households/ROWAN", etag)

    async def test_a_record_sent_again_unchanged_stays_unchanged_despite_older_data(
        self, app, client, partner_a
    ):
        etag, _ = await self._household_with_place(client, partner_a)
        async with app.state.database.engine.begin() as connection:  # data from before the rule
            await connection.execute(sa.text("UPDATE vacancies SET age_max = 17"))
        response = await client.put(
            "/v1/partner/households/ROWAN",
            json=household_body(),
            headers={**partner_a, "If-Match": etag},
        )
        assert response.status_code == 200, response.text
        assert response.headers["ETag"] == etag
        narrower = await client.put(
            "/v1/partner/households/ROWAN",
            json=_approval(age_min=6),
            headers={**partner_a, "If-Match": etag},
        )
        assert narrower.status_code == 409
        assert [e["pointer"] for e in narrower.json()["errors"]] == ["/approval/age_max"]

    async def test_bulk_refuses_only_the_item_that_leaves_a_place_outside(self, client, partner_a):
        etag, place_id = await self._household_with_place(client, partner_a)
        items = [
            {"external_id": "ASH", "household": household_body(name="Ash household")},
            {"external_id": "ROWAN", "if_match": etag, "household": _approval(age_max=12)},
        ]
        response = await client.post(
            "/v1/partner/households:bulk", json={"items": items}, headers=partner_a
        )
        assert response.status_code == 200, response.text
        first, second = response.json()["results"]
        assert (first["status"], second["status"]) == ("created", "rejected")
        problem = second["problem"]
        assert problem["status"] == 409
        assert [e["pointer"] for e in problem["errors"]] == ["/items/1/household/approval/age_max"]
        assert place_id in problem["errors"][0]["detail"]
        await _assert_unchanged(client, partner_a, "/v1/partner/households/ROWAN", etag)

    async def test_bulk_home_capacity_below_its_open_places_is_refused(self, client, partner_a):
        created = await client.put("/v1/partner/homes/OAK", json=home_body(), headers=partner_a)
        place = await client.put(
            "/v1/partner/vacancies/BED-9",
            json=partner_place_body(home="OAK", age_min=12, age_max=16),
            headers=partner_a,
        )
        assert place.status_code == 201, place.text
        items = [
            {
                "external_id": "OAK",
                "if_match": created.headers["ETag"],
                "home": _registration(capacity=1),
            }
        ]
        response = await client.post(
            "/v1/partner/homes:bulk", json={"items": items}, headers=partner_a
        )
        (result,) = response.json()["results"]
        assert result["status"] == "rejected"
        (error,) = result["problem"]["errors"]
        assert error["pointer"] == "/items/0/home/registration/capacity"
        assert place.json()["id"] in error["detail"]


class TestCapacityNeverBelowChildrenPlaced:
    """The older rule (no places needed): it holds on every path that writes a holder."""

    TWO_PLACED = [{"age": 9, "gender": "male"}, {"age": 10, "gender": "female"}]

    def _household(self) -> dict:
        return household_body(
            approval={**household_body()["approval"], "children": 1},
            placed_children=self.TWO_PLACED,
        )

    def _home(self) -> dict:
        return _registration(capacity=1) | {"residents": self.TWO_PLACED}

    async def test_officer_put(self, client, officer_a):
        for collection, body, pointer in (
            ("households", self._household(), "/approval/children"),
            ("homes", self._home(), "/registration/capacity"),
        ):
            fit = household_body() if collection == "households" else home_body()
            created = await client.post(f"/v1/{collection}", json=fit, headers=officer_a)
            url, etag = f"/v1/{collection}/{created.json()['id']}", created.headers["ETag"]
            response = await client.put(url, json=body, headers={**officer_a, "If-Match": etag})
            assert response.status_code == 422, response.text
            assert [e["pointer"] for e in response.json()["errors"]] == [pointer]
            assert (await client.get(url, headers=officer_a)).headers["ETag"] == etag

    async def test_partner_put_and_bulk(self, client, partner_a):
        for collection, body, pointer in (
            ("households", self._household(), "/approval/children"),
            ("homes", self._home(), "/registration/capacity"),
        ):
            put = await client.put(f"/v1/partner/{collection}/X-1", json=body, headers=partner_a)
            assert put.status_code == 422, put.text
            assert [e["pointer"] for e in put.json()["errors"]] == [pointer]
            field = collection[:-1]
            bulk = await client.post(
                f"/v1/partner/{collection}:bulk",
                json={"items": [{"external_id": "X-2", field: body}]},
                headers=partner_a,
            )
            (result,) = bulk.json()["results"]
            assert result["status"] == "rejected"
            assert [e["pointer"] for e in result["problem"]["errors"]] == [
                f"/items/0/{field}{pointer}"
            ]
            lookup = await client.post(
                f"/v1/partner/{collection}:lookup",
                json={"external_ids": ["X-1", "X-2"]},
                headers=partner_a,
            )
            assert lookup.json()["missing"] == ["X-1", "X-2"]
