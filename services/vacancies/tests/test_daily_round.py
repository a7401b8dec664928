"""The daily confirmation round, the spreadsheet in and out, and the supply figures."""

from __future__ import annotations

import csv
import io

from vacancies_testkit import create_household, home_body, open_vacancy


class TestDailyConfirmationRound:
    async def test_an_officer_confirms_every_place_due_today(self, client, officer_a, clock):
        household = await create_household(client, officer_a)
        other = await create_household(client, officer_a, name="Birch household")
        kept = await open_vacancy(client, officer_a, household["id"])
        going = await open_vacancy(client, officer_a, other["id"])
        assert (await client.get("/v1/confirmations/due", headers=officer_a)).json() == []
        clock.advance(days=1, hours=1)
        due = (await client.get("/v1/confirmations/due", headers=officer_a)).json()
        assert {v["id"] for v in due} == {kept["id"], going["id"]}
        assert all(v["stale"] for v in due)
        assert (await client.get("/v1/supply", headers=officer_a)).json()["stale"] == 2
        changed = await client.post(
            f"/v1/vacancies/{kept['id']}/confirm",
            headers=officer_a,
            json={"outcome": "changed", "age_min": 10},
        )
        assert changed.status_code == 200, changed.text
        assert (changed.json()["age_min"], changed.json()["stale"]) == (10, False)
        gone = await client.post(
            f"/v1/vacancies/{going['id']}/confirm",
            headers=officer_a,
            json={"outcome": "no_longer_available", "reason": "carer_illness"},
        )
        assert (gone.json()["state"], gone.json()["unavailable_reason"]) == (
            "unavailable",
            "carer_illness",
        )
        assert (await client.get("/v1/confirmations/due", headers=officer_a)).json() == []
        supply = (await client.get("/v1/supply", headers=officer_a)).json()
        assert (supply["free_places"], supply["stale"]) == (1, 0)

    async def test_a_change_outside_approval_is_refused(self, client, officer_a):
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        response = await client.post(
            f"/v1/vacancies/{vacancy['id']}/confirm",
            headers=officer_a,
            json={"outcome": "changed", "age_max": 18},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/age_max"


class TestPartnersKeepPlacesFresh:
    async def test_an_agencys_partner_confirms_its_places_due_today(
        self, client, officer_a, partner_a, clock
    ):
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        clock.advance(days=1, hours=1)
        due = await client.get("/v1/confirmations/due", headers=partner_a)
        assert due.status_code == 200, due.text
        assert [v["id"] for v in due.json()] == [vacancy["id"]]
        confirmed = await client.post(
            f"/v1/vacancies/{vacancy['id']}/confirm",
            headers=partner_a,
            json={"outcome": "still_available"},
        )
        assert confirmed.status_code == 200, confirmed.text
        assert confirmed.json()["stale"] is False
        assert confirmed.json()["last_confirmed_by"].startswith("partner:")
        assert (await client.get("/v1/confirmations/due", headers=officer_a)).json() == []

    async def test_another_agencys_partner_cannot_confirm(self, client, officer_a, partner_b):
        household = await create_household(client, officer_a)
        vacancy = await open_vacancy(client, officer_a, household["id"])
        refused = await client.post(
            f"/v1/vacancies/{vacancy['id']}/confirm",
            headers=partner_b,
            json={"outcome": "still_available"},
        )
        assert refused.status_code == 404
        assert refused.headers["content-type"] == "application/problem+json"

    async def test_a_partner_token_without_the_sync_scope_is_refused(self, client, tokens):
        from hearth_contract.auth import CallerKind, Scope
        from vacancies_testkit import AGENCY_A

        reader = tokens.headers(CallerKind.PARTNER, AGENCY_A, [Scope.VACANCIES_READ])
        refused = await client.get("/v1/confirmations/due", headers=reader)
        assert refused.status_code == 403


class TestSupplyFigures:
    async def test_free_places_by_setting_band_and_kind(self, client, officer_a):
        household = await create_household(client, officer_a)
        await open_vacancy(
            client,
            officer_a,
            household["id"],
            age_min=9,
            age_max=12,
            placement_kinds=["emergency", "short_term"],
        )
        home = (await client.post("/v1/homes", json=home_body(), headers=officer_a)).json()
        await client.post(
            "/v1/vacancies",
            headers=officer_a,
            json={
                "home_id": home["id"],
                "available_from": "2026-11-23",
                "age_min": 12,
                "age_max": 16,
                "placement_kinds": ["long_term"],
                "placement_type": "K2",
            },
        )
        rows = (await client.get("/v1/supply", headers=officer_a)).json()["rows"]
        assert {
            (r["setting"], r["age_band"], r["placement_kind"], r["free_places"]) for r in rows
        } == {
            ("fostering", "5-10", "emergency", 1),
            ("fostering", "5-10", "short_term", 1),
            ("fostering", "11-15", "emergency", 1),
            ("fostering", "11-15", "short_term", 1),
            ("residential", "11-15", "long_term", 1),
            ("residential", "16+", "long_term", 1),
        }


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


class TestSpreadsheet:
    async def test_export_then_import_changes_and_adds(self, client, officer_a):
        household = await create_household(
            client,
            officer_a,
            approval={
                "age_min": 0,
                "age_max": 17,
                "children": 4,
                "placement_kinds": ["short_term"],
            },
        )
        await open_vacancy(client, officer_a, household["id"])
        exported = await client.get("/v1/vacancies/export", headers=officer_a)
        assert exported.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        rows[0]["age_max"] = "16"
        rows.append({**rows[0], "vacancy_id": "", "age_min": "0", "age_max": "4"})
        response = await client.post(
            "/v1/vacancies/import",
            content=_csv(rows),
            headers={**officer_a, "Content-Type": "text/csv"},
        )
        assert response.status_code == 200, response.text
        assert response.json() == {
            "accepted": True,
            "created": 1,
            "updated": 1,
            "rejected_rows": [],
        }
        listed = (await client.get("/v1/vacancies", headers=officer_a)).json()["items"]
        assert sorted((v["age_min"], v["age_max"]) for v in listed) == [(0, 4), (8, 16)]

    async def test_one_bad_row_and_nothing_is_imported(self, client, officer_a):
        household = await create_household(
            client,
            officer_a,
            approval={
                "age_min": 0,
                "age_max": 17,
                "children": 4,
                "placement_kinds": ["short_term"],
            },
        )
        good = {
            "vacancy_id": "",
            "household_id": household["id"],
            "home_id": "",
            "available_from": "2026-12-01",
            "age_min": "3",
            "age_max": "9",
            "placement_kinds": "short_term",
            "placement_type": "U4",
        }
        bad_code = {**good, "placement_type": "ZZ"}
        bad_kind = {**good, "placement_kinds": "short_term;forever"}
        response = await client.post(
            "/v1/vacancies/import",
            content=_csv([good, bad_code, bad_kind]),
            headers={**officer_a, "Content-Type": "text/csv"},
        )
        assert response.status_code == 422
        report = response.json()["report"]
        assert report["accepted"] is False
        assert [r["row"] for r in report["rejected_rows"]] == [3, 4]
        assert "placement_type" in report["rejected_rows"][0]["errors"][0]
        assert [e["pointer"] for e in response.json()["errors"]] == ["/rows/3", "/rows/4"]
        assert (await client.get("/v1/vacancies", headers=officer_a)).json()["items"] == []

    async def test_import_must_be_csv(self, client, officer_a):
        response = await client.post("/v1/vacancies/import", json={"rows": []}, headers=officer_a)
        assert response.status_code == 415

    async def test_a_lone_carriage_return_is_422_not_500(self, client, officer_a):
        response = await client.post(
            "/v1/vacancies/import",
            content="\r\u00bd".encode(),
            headers={**officer_a, "Content-Type": "text/csv"},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/rows/1"

    async def test_a_field_beyond_the_csv_limit_is_422_naming_the_row(self, client, officer_a):
        header = ",".join(
            [
                "vacancy_id",
                "household_id",
                "home_id",
                "available_from",
                "age_min",
                "age_max",
                "placement_kinds",
            ]
        )
        text = f'{header}\n"{"x" * 200_000}",,,,,,\n'
        response = await client.post(
            "/v1/vacancies/import",
            content=text.encode(),
            headers={**officer_a, "Content-Type": "text/csv"},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/rows/2"


class TestTheSourcesConfirmationTime:
    """A row carries its own last_confirmed_at; an unchanged row never refreshes it."""

    async def _exported(self, client, officer_a) -> list[dict]:
        household = await create_household(
            client,
            officer_a,
            approval={
                "age_min": 0,
                "age_max": 17,
                "children": 4,
                "placement_kinds": ["short_term"],
            },
        )
        await open_vacancy(client, officer_a, household["id"])
        exported = await client.get("/v1/vacancies/export", headers=officer_a)
        return list(csv.DictReader(io.StringIO(exported.text)))

    async def _import(self, client, officer_a, rows):
        return await client.post(
            "/v1/vacancies/import",
            content=_csv(rows),
            headers={**officer_a, "Content-Type": "text/csv"},
        )

    async def test_an_unchanged_import_leaves_a_stale_place_stale(self, client, officer_a, clock):
        rows = await self._exported(client, officer_a)
        clock.advance(days=2)
        response = await self._import(client, officer_a, rows)
        assert response.status_code == 200, response.text
        assert (response.json()["created"], response.json()["updated"]) == (0, 0)
        [place] = (await client.get("/v1/vacancies", headers=officer_a)).json()["items"]
        assert place["last_confirmed_at"].startswith(rows[0]["last_confirmed_at"][:19])
        assert place["stale"] is True

    async def test_a_changed_row_keeps_the_time_it_carries(self, client, officer_a, clock):
        rows = await self._exported(client, officer_a)
        clock.advance(days=2)
        rows[0]["age_max"] = "16"
        assert (await self._import(client, officer_a, rows)).status_code == 200
        [place] = (await client.get("/v1/vacancies", headers=officer_a)).json()["items"]
        assert (place["age_max"], place["stale"]) == (16, True)

    async def test_a_newer_time_confirms_the_place(self, client, officer_a, clock):
        rows = await self._exported(client, officer_a)
        clock.advance(days=2)
        rows[0]["last_confirmed_at"] = clock.now().isoformat()
        response = await self._import(client, officer_a, rows)
        assert response.json()["updated"] == 1
        [place] = (await client.get("/v1/vacancies", headers=officer_a)).json()["items"]
        assert place["stale"] is False

    async def test_a_time_in_the_future_is_refused(self, client, officer_a, clock):
        rows = await self._exported(client, officer_a)
        rows[0]["last_confirmed_at"] = "2099-01-01T00:00:00+00:00"
        response = await self._import(client, officer_a, rows)
        assert response.status_code == 422
        assert "future" in response.json()["report"]["rejected_rows"][0]["errors"][0]
