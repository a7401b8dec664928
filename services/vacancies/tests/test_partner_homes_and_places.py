"""Partner sync of children's homes and places: the households' contract, and its own rules."""

from __future__ import annotations

from vacancies_testkit import home_body, household_body, partner_place_body, settle_feed

place = partner_place_body


async def put(client, headers, path: str, body: dict, etag: str | None = None):
    extra = {"If-Match": etag} if etag else {}
    return await client.put(f"/v1/partner/{path}", json=body, headers={**headers, **extra})


async def feed(app, client, headers) -> list[tuple[str, str | None]]:
    await settle_feed(app)
    page = await client.get("/v1/partner/changes", params={"limit": 1000}, headers=headers)
    return [(e["type"], e["data"].get("external_id")) for e in page.json()["items"]]


class TestHomesByExternalId:
    async def test_create_replace_with_etags_then_delete_leaves_a_tombstone(
        self, app, client, partner_a
    ):
        created = await put(client, partner_a, "homes/OAK", home_body())
        assert created.status_code == 201, created.text
        assert created.json()["external_id"] == "OAK"
        assert (await put(client, partner_a, "homes/OAK", home_body(name="Elm"))).status_code == 428
        stale = await put(client, partner_a, "homes/OAK", home_body(name="Elm"), '"x.1"')
        assert stale.status_code == 412
        replaced = await put(
            client, partner_a, "homes/OAK", home_body(name="Elm"), created.headers["ETag"]
        )
        assert replaced.status_code == 200 and replaced.json()["name"] == "Elm"
        read = await client.get("/v1/partner/homes/OAK", headers=partner_a)
        assert read.headers["ETag"] == replaced.headers["ETag"] != created.headers["ETag"]
        gone = await client.delete(
            "/v1/partner/homes/OAK", headers={**partner_a, "If-Match": read.headers["ETag"]}
        )
        assert gone.status_code == 204
        assert (await client.get("/v1/partner/homes/OAK", headers=partner_a)).status_code == 404
        assert await feed(app, client, partner_a) == [
            ("home.upserted", "OAK"),
            ("home.upserted", "OAK"),
            ("home.deleted", "OAK"),
        ]

    async def test_an_urn_held_by_another_home_is_a_409_naming_the_field(self, client, partner_a):
        await put(client, partner_a, "homes/OAK", home_body())
        taken = await put(client, partner_a, "homes/ELM", home_body(name="Elm"))
        assert taken.status_code == 409
        assert taken.json()["errors"][0]["pointer"] == "/urn"

    async def test_bulk_gives_one_result_per_item(self, client, partner_a):
        items = [
            {"external_id": "H-1", "home": home_body(urn="SC100001")},
            {"external_id": "H-2", "home": home_body(urn="SC100001")},  # the same URN again
            {"external_id": "H-3", "home": home_body(urn="SC100003", postcode="ZZ9 9ZZ")},
            {"external_id": "H-4", "home": home_body(urn="SC100004")},
        ]
        response = await client.post(
            "/v1/partner/homes:bulk", json={"items": items}, headers=partner_a
        )
        results = response.json()["results"]
        assert [r["status"] for r in results] == ["created", "rejected", "rejected", "created"]
        assert results[1]["problem"]["status"] == 409
        assert results[2]["problem"]["errors"][0]["pointer"] == "/items/2/home/postcode"
        lookup = await client.post(
            "/v1/partner/homes:lookup",
            json={"external_ids": ["H-1", "H-2", "H-4"]},
            headers=partner_a,
        )
        assert [h["external_id"] for h in lookup.json()["items"]] == ["H-1", "H-4"]
        assert lookup.json()["missing"] == ["H-2"]


class TestPlacesByExternalId:
    async def test_a_place_names_its_household_by_external_id(self, client, partner_a):
        await put(client, partner_a, "households/ROWAN", household_body())
        created = await put(client, partner_a, "vacancies/BED-1", place("ROWAN"))
        assert created.status_code == 201, created.text
        body = created.json()
        assert (body["external_id"], body["household_external_id"], body["state"]) == (
            "BED-1",
            "ROWAN",
            "available",
        )
        assert body["setting"] == "fostering" and body["home_external_id"] is None
        moved = await put(
            client, partner_a, "vacancies/BED-1", place("ROWAN", age_min=9), created.headers["ETag"]
        )
        assert moved.status_code == 200 and moved.json()["age_min"] == 9
        assert moved.json()["version"] == 2

    async def test_a_place_in_a_home(self, client, partner_a):
        await put(client, partner_a, "homes/OAK", home_body())
        created = await put(client, partner_a, "vacancies/ROOM-1", place(home="OAK", age_min=12))
        assert created.status_code == 201, created.text
        assert created.json()["setting"] == "residential"
        assert created.json()["home_external_id"] == "OAK"

    async def test_outside_the_approval_is_refused_per_item_with_the_field_named(
        self, client, partner_a
    ):
        await put(client, partner_a, "households/ROWAN", household_body())  # approved 5-15
        items = [
            {"external_id": "P-1", "vacancy": place("ROWAN")},
            {"external_id": "P-2", "vacancy": place("ROWAN", age_max=17)},
            {"external_id": "P-3", "vacancy": place("ROWAN", placement_kinds=["remand"])},
            {"external_id": "P-4", "vacancy": place("NOBODY")},
            {"external_id": "P-5", "vacancy": place()},
        ]
        response = await client.post(
            "/v1/partner/vacancies:bulk", json={"items": items}, headers=partner_a
        )
        results = response.json()["results"]
        assert [r["status"] for r in results] == ["created"] + ["rejected"] * 4
        pointers = [r["problem"]["errors"][0]["pointer"] for r in results[1:]]
        assert pointers == [
            "/items/1/vacancy/age_max",
            "/items/2/vacancy/placement_kinds",
            "/items/3/vacancy/household_external_id",
            "/items/4/vacancy/household_external_id",
        ]
        assert [r["problem"]["errors"][0]["code"] for r in results[1:]] == [
            "outside_approval",
            "outside_approval",
            "unknown_household",
            "one_of",
        ]

    async def test_no_more_places_than_the_household_has_room_for(self, client, partner_a):
        # Approved for 2 children, 1 placed: room for one place, counted across the batch.
        await put(client, partner_a, "households/ROWAN", household_body())
        items = [{"external_id": f"P-{i}", "vacancy": place("ROWAN")} for i in range(2)]
        response = await client.post(
            "/v1/partner/vacancies:bulk", json={"items": items}, headers=partner_a
        )
        results = response.json()["results"]
        assert [r["status"] for r in results] == ["created", "rejected"]
        assert results[1]["problem"]["status"] == 409

    async def test_another_agencys_household_is_unknown(self, client, partner_a, partner_b):
        await put(client, partner_b, "households/ROWAN", household_body())
        refused = await put(client, partner_a, "vacancies/BED-1", place("ROWAN"))
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["code"] == "unknown_household"


class TestDeletingPlacesAndTheirHolders:
    async def _held_place(self, client, partner_a, officer_a, send_referral) -> str:
        referral_id = await send_referral()
        await put(client, partner_a, "households/ROWAN", household_body())
        created = (await put(client, partner_a, "vacancies/BED-1", place("ROWAN"))).json()
        held = await client.post(
            f"/v1/vacancies/{created['id']}/hold",
            json={"referral_id": referral_id},
            headers=officer_a,
        )
        assert held.status_code == 200, held.text
        return created["id"]

    async def test_a_held_place_and_its_household_cannot_be_deleted(
        self, client, partner_a, officer_a, send_referral
    ):
        await self._held_place(client, partner_a, officer_a, send_referral)
        for path in ("vacancies/BED-1", "households/ROWAN"):
            tag = (await client.get(f"/v1/partner/{path}", headers=partner_a)).headers["ETag"]
            refused = await client.delete(
                f"/v1/partner/{path}", headers={**partner_a, "If-Match": tag}
            )
            assert refused.status_code == 409, path
            assert "on hold" in refused.json()["detail"]
            assert (await client.get(f"/v1/partner/{path}", headers=partner_a)).status_code == 200

    async def test_a_held_place_cannot_be_changed_by_sync(
        self, client, partner_a, officer_a, send_referral
    ):
        await self._held_place(client, partner_a, officer_a, send_referral)
        tag = (await client.get("/v1/partner/vacancies/BED-1", headers=partner_a)).headers["ETag"]
        same = await put(client, partner_a, "vacancies/BED-1", place("ROWAN"), tag)
        assert same.status_code == 200  # unchanged: nothing to refuse
        changed = await put(client, partner_a, "vacancies/BED-1", place("ROWAN", age_min=9), tag)
        assert changed.status_code == 409

    async def test_a_household_goes_with_its_available_places_each_tombstoned(
        self, app, client, partner_a
    ):
        created = await put(client, partner_a, "households/ROWAN", household_body())
        await put(client, partner_a, "vacancies/BED-1", place("ROWAN"))
        gone = await client.delete(
            "/v1/partner/households/ROWAN",
            headers={**partner_a, "If-Match": created.headers["ETag"]},
        )
        assert gone.status_code == 204
        assert (
            await client.get("/v1/partner/vacancies/BED-1", headers=partner_a)
        ).status_code == 404
        assert await feed(app, client, partner_a) == [
            ("household.upserted", "ROWAN"),
            ("vacancy.opened", "BED-1"),
            ("vacancy.deleted", "BED-1"),
            ("household.deleted", "ROWAN"),
        ]


class TestAgencyDeletes:
    async def test_an_officer_deletes_a_place_a_household_and_a_home_with_if_match(
        self, client, officer_a, officer_b
    ):
        household = await client.post("/v1/households", json=household_body(), headers=officer_a)
        home = await client.post("/v1/homes", json=home_body(), headers=officer_a)
        opened = await client.post(
            "/v1/vacancies",
            json={
                "household_id": household.json()["id"],
                "available_from": "2026-11-24",
                "age_min": 8,
                "age_max": 14,
                "placement_kinds": ["short_term"],
            },
            headers=officer_a,
        )
        for url, response in (
            (f"/v1/vacancies/{opened.json()['id']}", opened),
            (f"/v1/households/{household.json()['id']}", household),
            (f"/v1/homes/{home.json()['id']}", home),
        ):
            tag = response.headers["ETag"]
            assert (await client.delete(url, headers=officer_a)).status_code == 428
            other = await client.delete(url, headers={**officer_b, "If-Match": tag})
            assert other.status_code == 404
            stale = await client.delete(url, headers={**officer_a, "If-Match": '"x.9"'})
            assert stale.status_code == 412
            assert (
                await client.delete(url, headers={**officer_a, "If-Match": tag})
            ).status_code == 204
            assert (await client.get(url, headers=officer_a)).status_code == 404

    async def test_an_officer_cannot_delete_a_filled_place_or_its_household(
        self, client, officer_a, send_referral
    ):
        referral_id = await send_referral()
        household = (
            await client.post("/v1/households", json=household_body(), headers=officer_a)
        ).json()
        vacancy = (
            await client.post(
                "/v1/vacancies",
                json={
                    "household_id": household["id"],
                    "available_from": "2026-11-24",
                    "age_min": 8,
                    "age_max": 14,
                    "placement_kinds": ["short_term"],
                },
                headers=officer_a,
            )
        ).json()
        url = f"/v1/vacancies/{vacancy['id']}"
        filled = await client.post(
            f"{url}/fill", json={"referral_id": referral_id}, headers=officer_a
        )
        assert filled.status_code == 200, filled.text
        refused = await client.delete(url, headers={**officer_a, "If-Match": "*"})
        assert refused.status_code == 409 and "filled" in refused.json()["detail"]
        refused = await client.delete(
            f"/v1/households/{household['id']}", headers={**officer_a, "If-Match": "*"}
        )
        assert refused.status_code == 409
        assert (await client.get(url, headers=officer_a)).json()["state"] == "filled"


class TestThePartnersConfirmationTime:
    async def test_a_place_keeps_the_time_the_partner_confirmed_it(self, client, partner_a, clock):
        await put(client, partner_a, "households/ROWAN", household_body())
        confirmed = "2026-11-22T09:00:00+00:00"
        created = await put(
            client, partner_a, "vacancies/BED-1", place("ROWAN", last_confirmed_at=confirmed)
        )
        assert created.status_code == 201, created.text
        assert created.json()["last_confirmed_at"].startswith("2026-11-22T09:00:00")

    async def test_an_unchanged_item_never_refreshes_it(self, client, partner_a, clock):
        await put(client, partner_a, "households/ROWAN", household_body())
        first = await put(client, partner_a, "vacancies/BED-1", place("ROWAN"))
        clock.advance(days=2)
        again = await put(client, partner_a, "vacancies/BED-1", place("ROWAN"), "*")
        assert again.json()["last_confirmed_at"] == first.json()["last_confirmed_at"]
        assert again.json()["stale"] is True
        older = await put(
            client,
            partner_a,
            "vacancies/BED-1",
            place("ROWAN", last_confirmed_at="2026-11-01T00:00:00+00:00"),
            "*",
        )
        assert older.json()["last_confirmed_at"] == first.json()["last_confirmed_at"]

    async def test_a_time_in_the_future_is_refused(self, client, partner_a):
        await put(client, partner_a, "households/ROWAN", household_body())
        refused = await put(
            client,
            partner_a,
            "vacancies/BED-1",
            place("ROWAN", last_confirmed_at="2099-01-01T00:00:00+00:00"),
        )
        assert refused.status_code == 422
        assert [e["code"] for e in refused.json()["errors"]] == ["in_the_future"]


class TestTheFactsASafeMatchNeeds:
    async def test_a_home_keeps_every_safety_fact_the_partner_sends(self, client, partner_a):
        registration = {
            **home_body()["registration"],
            "genders": ["female"],
            "deprivation_of_liberty": True,
        }
        resident = {
            "age": 15,
            "gender": "female",
            "risk_states_to_others": {"fire_setting": "historical"},
            "risk_states_to_child": {"missing": "suspected"},
            "vulnerabilities": ["learning_disability"],
            "sibling_of_referral_ids": ["ref-1"],
        }
        body = home_body(
            registration=registration,
            residents=[resident],
            skills=["trauma", "halal_diet"],
            staff_languages=["Polish"],
            pets_kept=["cat"],
            adaptations=["wheelchair_access"],
            exclusions=["fire_setting"],
        )
        created = await put(client, partner_a, "homes/OAK", body)
        assert created.status_code == 201, created.text
        read = (await client.get("/v1/partner/homes/OAK", headers=partner_a)).json()
        assert read["registration"]["genders"] == ["female"]
        assert read["registration"]["deprivation_of_liberty"] is True
        assert read["residents"][0]["risk_states_to_others"] == {"fire_setting": "historical"}
        assert read["residents"][0]["vulnerabilities"] == ["learning_disability"]
        assert (read["pets_kept"], read["skills"]) == (["cat"], ["trauma", "halal_diet"])

    async def test_an_unknown_risk_state_is_refused(self, client, partner_a):
        resident = {"age": 15, "gender": "male", "risk_states_to_others": {"fire_setting": "maybe"}}
        refused = await put(client, partner_a, "homes/OAK", home_body(residents=[resident]))
        assert refused.status_code == 422

    async def test_a_household_says_how_far_its_carers_can_supervise(self, client, partner_a):
        body = household_body(supervision="limited", pets_kept=[])
        created = await put(client, partner_a, "households/ROWAN", body)
        assert created.status_code == 201, created.text
        assert (created.json()["supervision"], created.json()["pets_kept"]) == ("limited", [])
