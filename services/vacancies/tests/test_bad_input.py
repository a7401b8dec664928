"""Bad input: each a clear problem naming the field or row, and nothing half-written."""

from __future__ import annotations

from hearth_vacancies.paging import encode_cursor
from vacancies_testkit import create_household, household_body, open_vacancy, vacancy_body


async def _count(client, headers) -> int:
    return len((await client.get("/v1/households", headers=headers)).json()["items"])


class TestTextAndDates:
    """The same text and date rules as every service: the contract's types."""

    async def test_control_characters_in_a_name_are_422_naming_it(self, client, officer_a):
        body = household_body(name="Rowan\x00household")
        response = await client.post("/v1/households", json=body, headers=officer_a)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["pointer"] == "/name"
        assert await _count(client, officer_a) == 0

    async def test_an_impossible_available_from_is_422(self, client, officer_a):
        household = await create_household(client, officer_a)
        body = vacancy_body(household["id"], available_from="0001-01-01")
        response = await client.post("/v1/vacancies", json=body, headers=officer_a)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["pointer"] == "/available_from"

    async def test_an_impossible_available_by_query_is_422(self, client, officer_a):
        response = await client.get("/v1/vacancies?available_by=9999-12-31", headers=officer_a)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["pointer"] == "/available_by"


class TestHouseholdBadInput:
    async def test_upside_down_age_range(self, client, officer_a):
        body = household_body()
        body["approval"] = {**body["approval"], "age_min": 15, "age_max": 5}
        response = await client.post("/v1/households", json=body, headers=officer_a)
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == ["/approval/age_max"]
        assert await _count(client, officer_a) == 0

    async def test_capacity_below_children_placed(self, client, officer_a):
        body = household_body()
        body["approval"] = {**body["approval"], "children": 1}
        body["placed_children"] = [{"age": 9, "gender": "male"}, {"age": 10, "gender": "female"}]
        response = await client.post("/v1/households", json=body, headers=officer_a)
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/approval/children"

    async def test_unknown_postcode(self, client, officer_a):
        response = await client.post(
            "/v1/households", json=household_body(postcode="ZZ9 9ZZ"), headers=officer_a
        )
        assert response.status_code == 422
        assert response.json()["errors"][0] == {
            "pointer": "/postcode",
            "code": "unknown_postcode",
            "detail": "The postcode is not in the ONS postcode directory.",
        }
        assert await _count(client, officer_a) == 0

    async def test_unknown_field_is_refused(self, client, officer_a):
        response = await client.post(
            "/v1/households", json=household_body(child_name="x"), headers=officer_a
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/child_name"

    async def test_a_nul_character_is_422_naming_the_field_not_500(self, client, officer_a):
        body = household_body(carers=[{"name": "Sam\u0000Carer"}])
        response = await client.post("/v1/households", json=body, headers=officer_a)
        assert response.status_code == 422, response.text
        assert [e["pointer"] for e in response.json()["errors"]] == ["/carers/0/name"]
        assert await _count(client, officer_a) == 0

    async def test_an_unpaired_surrogate_is_422_not_500(self, client, officer_a):
        content = b'{"urn": "SC123456", "name": "Oak \\ud800 House"}'
        response = await client.post(
            "/v1/homes", content=content, headers={**officer_a, "Content-Type": "application/json"}
        )
        assert response.status_code == 422, response.text
        assert "/name" in [e["pointer"] for e in response.json()["errors"]]

    async def test_a_cursor_carrying_a_nul_is_422_not_500(self, client, officer_a):
        cursor = encode_cursor("Rowan\u0000", "00000000-0000-0000-0000-000000000000")
        response = await client.get("/v1/households", params={"cursor": cursor}, headers=officer_a)
        assert response.status_code == 422, response.text

    async def test_a_cursor_with_a_bad_id_is_422(self, client, officer_a):
        response = await client.get(
            "/v1/households", params={"cursor": encode_cursor("A", "x")}, headers=officer_a
        )
        assert response.status_code == 422, response.text


class TestVacancyBadInput:
    async def test_outside_approval_names_each_field(self, client, officer_a):
        household = await create_household(client, officer_a)
        response = await client.post(
            "/v1/vacancies",
            headers=officer_a,
            json=vacancy_body(household["id"], age_min=2, age_max=17, placement_kinds=["remand"]),
        )
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == [
            "/age_min",
            "/age_max",
            "/placement_kinds",
        ]
        listed = (await client.get("/v1/vacancies", headers=officer_a)).json()
        assert listed["items"] == []

    async def test_bad_ssda903_placement_type(self, client, officer_a):
        household = await create_household(client, officer_a)
        response = await client.post(
            "/v1/vacancies",
            headers=officer_a,
            json=vacancy_body(household["id"], placement_type="Q9"),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/placement_type"

    async def test_both_household_and_home(self, client, officer_a):
        household = await create_household(client, officer_a)
        response = await client.post(
            "/v1/vacancies",
            headers=officer_a,
            json=vacancy_body(household["id"], home_id=household["id"]),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/household_id"

    async def test_no_longer_available_needs_a_reason(self, client, officer_a):
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        response = await client.post(
            f"/v1/vacancies/{vacancy['id']}/confirm",
            headers=officer_a,
            json={"outcome": "no_longer_available"},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/reason"
