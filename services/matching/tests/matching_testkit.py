"""Builders for matching facts and constants shared by the matching tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hearth_matching.facts import Child, Home, Place, Referral, Resident
from hearth_matching.rules.base import RuleContext

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONTEXT = RuleContext(now=NOW)
AGENCY_A = "agency-a"
AGENCY_B = "agency-b"
KENT = "E10000016"
# OS grid points: Maidstone (Kent) and Manchester.
MAIDSTONE = (576000.0, 155800.0)
MANCHESTER = (384000.0, 398000.0)

SAFE_TO_CHILD = dict.fromkeys(
    (
        "self_harm",
        "sexual_exploitation",
        "criminal_exploitation",
        "drug_alcohol",
        "eating_disorder",
        "missing",
    ),
    "none_known",
)
SAFE_TO_OTHERS = dict.fromkeys(
    ("physical_harm", "sexual_harm", "fire_setting", "harm_to_animals", "criminal_exploitation"),
    "none_known",
)


def child(
    age: int | None = 10,
    gender: str = "female",
    to_child: dict[str, str] | None = None,
    to_others: dict[str, str] | None = None,
    **kwargs: Any,
) -> Child:
    return Child(
        age=age,
        gender=gender,
        risks_to_child={**SAFE_TO_CHILD, **(to_child or {})},
        risks_to_others={**SAFE_TO_OTHERS, **(to_others or {})},
        **kwargs,
    )


def referral(*children: Child, **kwargs: Any) -> Referral:
    values: dict[str, Any] = {
        "id": "ref-1",
        "la_code": KENT,
        "agency_ids": frozenset({AGENCY_A}),
        "setting": "fostering",
        "placement_kinds": frozenset({"short_term"}),
        "children": children or (child(),),
        "living_companions": "no_preference",
        "pets": "yes_can",
        "deprivation_of_liberty": False,
        "needed_by": "later",
        "school": MAIDSTONE,
    }
    values.update(kwargs)
    return Referral(**values)


def place(place_id: str = "place-1", **kwargs: Any) -> Place:
    values: dict[str, Any] = {
        "id": place_id,
        "state": "available",
        "age_min": 0,
        "age_max": 17,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "available_from": date(2026, 11, 23),
        "last_confirmed_at": NOW - timedelta(hours=2),
    }
    values.update(kwargs)
    return Place(**values)


def resident(age: int, gender: str = "male", to_child=(), to_others=(), own=False) -> Resident:
    return Resident(
        age=age,
        gender=gender,
        risks_to_child=frozenset(to_child),
        risks_to_others=frozenset(to_others),
        own_child=own,
    )


def home(home_id: str = "home-1", places: int = 1, **kwargs: Any) -> Home:
    values: dict[str, Any] = {
        "id": home_id,
        "agency_id": AGENCY_A,
        "kind": "household",
        "name": "Rowan household",
        "age_min": 0,
        "age_max": 17,
        "capacity": 3,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "location": MAIDSTONE,
        "la_code": KENT,
        "places": tuple(place(f"{home_id}-place-{i}") for i in range(places)),
    }
    values.update(kwargs)
    return Home(**values)


def with_places(h: Home, *places: Place) -> Home:
    return replace(h, places=places)


class World:
    """The referrals and vacancies services the matching app follows, driven over HTTP."""

    def __init__(self, referrals, vacancies, tokens, app) -> None:
        from hearth_contract.auth import CallerKind, Scope

        self.referrals, self.vacancies, self.tokens, self.app = referrals, vacancies, tokens, app
        self.operator = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
        self.la = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
        self._sent = 0

    def officer(self, agency_id: str = AGENCY_A) -> dict[str, str]:
        from hearth_contract.auth import CallerKind, Scope

        return self.tokens.headers(
            CallerKind.AGENCY,
            agency_id,
            [
                Scope.VACANCIES_READ,
                Scope.VACANCIES_MANAGE,
                Scope.MATCHING_READ,
                Scope.MATCHING_DECIDE,
                Scope.AGENCY_ADMIN,
            ],
            subject=f"officer-{agency_id}",
        )

    async def send_referral(self, agency_ids=(AGENCY_A,), **placement: Any) -> str:
        from hearth_contract.examples import example_referral

        self._sent += 1
        for agency_id in (AGENCY_A, AGENCY_B):
            await self.referrals.put(
                f"/v1/agencies/{agency_id}", json={"name": agency_id}, headers=self.operator
            )
        body = example_referral(self._sent, agency_ids=list(agency_ids))
        body["children"] = body["children"][:1]
        body["children"][0]["date_of_birth"] = "2016-05-01"  # ten on 23 November 2026
        body["children"][0]["risks"] = {"to_child": {}, "to_others": {}}
        for part in ("to_child", "to_others"):
            names = SAFE_TO_CHILD if part == "to_child" else SAFE_TO_OTHERS
            body["children"][0]["risks"][part] = {n: {"state": "none_known"} for n in names}
        body["placement"].update(
            {
                "setting": "fostering",
                "urgency": "planned",
                "duration": "short_term",
                "living_companions": "no_preference",
                "pets": "yes_can",
                "deprivation_of_liberty": False,
                "needed_by": "later",
                **placement,
            }
        )
        response = await self.referrals.post(
            "/v1/referrals", json=body, headers={**self.la, "Idempotency-Key": f"m-{self._sent}"}
        )
        assert response.status_code == 201, response.text
        return response.json()["id"]

    async def open_household(self, agency_id: str = AGENCY_A, **overrides: Any) -> tuple[str, str]:
        household = {
            "name": f"Household {agency_id}",
            "carers": [{"name": "Sam Carer"}],
            "approval": {
                "age_min": 0,
                "age_max": 17,
                "children": 2,
                "placement_kinds": ["emergency", "short_term", "long_term"],
            },
            "bedrooms": 3,
            "postcode": "ME14 1XX",
            "supervising_social_worker": {"name": "Alex Worker"},
            **overrides,
        }
        created = await self.vacancies.post(
            "/v1/households", json=household, headers=self.officer(agency_id)
        )
        assert created.status_code == 201, created.text
        vacancy = await self.vacancies.post(
            "/v1/vacancies",
            headers=self.officer(agency_id),
            json={
                "household_id": created.json()["id"],
                "available_from": "2026-11-23",
                "age_min": household["approval"]["age_min"],
                "age_max": household["approval"]["age_max"],
                "placement_kinds": household["approval"]["placement_kinds"],
            },
        )
        assert vacancy.status_code == 201, vacancy.text
        return created.json()["id"], vacancy.json()["id"]

    async def catch_up(self) -> int:
        return await self.app.state.feeds.catch_up()
