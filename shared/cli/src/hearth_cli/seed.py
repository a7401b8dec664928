"""Demo data: fictional agencies and referrals, sent through the real API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
from hearth_contract.auth import CallerKind
from hearth_contract.examples import example_referral

from hearth_cli.tokens import ALL_SCOPES, local_token

__all__ = ["DEMO_AGENCIES", "seed_referrals", "seed_vacancies"]

DEMO_AGENCIES = {
    "hearthside-fostering": "Hearthside Fostering (demo)",
    "oakway-homes": "Oakway Children's Homes (demo)",
}
DEMO_LAS = ["E10000016", "E06000035"]


def _headers(token: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **extra}


def seed_referrals(base_url: str, var_dir: Path, count: int = 24) -> int:
    """Register the demo agencies and send ``count`` referrals, unless there are some already."""
    operator = local_token(var_dir, CallerKind.SERVICE, None, ALL_SCOPES, subject="seed")
    with httpx.Client(base_url=base_url, timeout=10) as http:
        existing = http.get("/v1/agencies", headers=_headers(operator))
        existing.raise_for_status()
        if existing.json():
            return 0
        for agency_id, name in DEMO_AGENCIES.items():
            http.put(
                f"/v1/agencies/{agency_id}", json={"name": name}, headers=_headers(operator)
            ).raise_for_status()
        sent = 0
        for seed in range(count):
            la_code = DEMO_LAS[seed % len(DEMO_LAS)]
            la = local_token(
                var_dir,
                CallerKind.LA,
                la_code,
                ["referrals:submit", "referrals:read"],
                subject="seed",
            )
            body = example_referral(
                seed,
                agency_ids=list(DEMO_AGENCIES),
                referral_date=date.today(),
                siblings=2 if seed % 7 == 0 else 1,
            )
            response = http.post(
                "/v1/referrals",
                json=body,
                headers=_headers(la, **{"Idempotency-Key": f"demo-{seed}"}),
            )
            response.raise_for_status()
            sent += 1
            if seed % 3 == 0:
                officer = local_token(
                    var_dir,
                    CallerKind.AGENCY,
                    "hearthside-fostering",
                    ["referrals:screen", "referrals:read"],
                    subject="demo-officer",
                )
                http.post(
                    f"/v1/referrals/{response.json()['id']}/acknowledge", headers=_headers(officer)
                ).raise_for_status()
        return sent


# Fictional households and homes; postcodes are real (the directory resolves them) but public
# landmarks, never anyone's address.
_DEMO_HOUSEHOLDS = [
    ("Rowan household", "M1 1AE", 5, 15, ["emergency", "short_term"]),
    ("Birch household", "SW1A 1AA", 0, 10, ["short_term", "long_term", "sibling_group"]),
    ("Hazel household", "M1 1AE", 11, 17, ["long_term", "remand"]),
]


# A demo resident whose every risk is recorded as none known, with no vulnerability, so
# matching has nothing to ask about them.
_KNOWN_RISKS = {
    "risk_states_to_child": dict.fromkeys(
        (
            "self_harm",
            "sexual_exploitation",
            "criminal_exploitation",
            "drug_alcohol",
            "eating_disorder",
            "missing",
        ),
        "none_known",
    ),
    "risk_states_to_others": dict.fromkeys(
        (
            "physical_harm",
            "sexual_harm",
            "fire_setting",
            "harm_to_animals",
            "criminal_exploitation_of_others",
        ),
        "none_known",
    ),
    "vulnerabilities": [],
}


def _demo_household(name: str, postcode: str, age_min: int, age_max: int, kinds: list[str]):
    return {
        "name": name,
        "carers": [{"name": f"{name.split()[0]} Carer (demo)"}],
        "approval": {
            "age_min": age_min,
            "age_max": age_max,
            "children": 2,
            "placement_kinds": kinds,
        },
        "bedrooms": 3,
        "postcode": postcode,
        "supervising_social_worker": {"name": "Demo Supervising Social Worker"},
        "placed_children": [{"age": age_min + 1, "gender": "not_stated", **_KNOWN_RISKS}],
        "pets_kept": [],
        "supervision": "full",
    }


def seed_vacancies(base_url: str, var_dir: Path) -> int:
    """Give each demo agency a few households or homes with a free place, unless it has some."""
    opened = 0
    with httpx.Client(base_url=base_url, timeout=10) as http:
        for agency_id in DEMO_AGENCIES:
            officer = _headers(
                local_token(
                    var_dir,
                    CallerKind.AGENCY,
                    agency_id,
                    ["vacancies:read", "vacancies:manage"],
                    subject="demo-officer",
                )
            )
            if http.get("/v1/vacancies", headers=officer).json()["items"]:
                continue
            holders = []
            if agency_id == "oakway-homes":
                home = http.post(
                    "/v1/homes",
                    headers=officer,
                    json={
                        "urn": "SC900001",
                        "name": "Oakway House (demo)",
                        "postcode": "SW1A 1AA",
                        "registration": {
                            "age_min": 11,
                            "age_max": 17,
                            "capacity": 4,
                            "categories": ["emotional_and_behavioural_difficulties"],
                            "deprivation_of_liberty": False,
                        },
                        "registered_manager": {"name": "Demo Registered Manager"},
                        "residents": [{"age": 15, "gender": "female", **_KNOWN_RISKS}],
                        "pets_kept": [],
                    },
                )
                home.raise_for_status()
                holders.append(("home_id", home.json()["id"], 12, 16, ["long_term"]))
            else:
                for spec in _DEMO_HOUSEHOLDS:
                    created = http.post(
                        "/v1/households", headers=officer, json=_demo_household(*spec)
                    )
                    created.raise_for_status()
                    holders.append(
                        ("household_id", created.json()["id"], spec[2], spec[3], spec[4][:1])
                    )
            for field, holder_id, age_min, age_max, kinds in holders:
                http.post(
                    "/v1/vacancies",
                    headers=officer,
                    json={
                        field: holder_id,
                        "available_from": date.today().isoformat(),
                        "age_min": age_min,
                        "age_max": age_max,
                        "placement_kinds": kinds,
                    },
                ).raise_for_status()
                opened += 1
    return opened


_DEMO_RATE_CARD = {
    "effective_from": "2026-04-01",
    "core_fees": [
        {"setting": setting, "band": band, "weekly_pence": pence}
        for setting, band, pence in (
            ("fostering", "standard", 95_000),
            ("fostering", "enhanced", 112_500),
            ("fostering", "specialist", 135_000),
            ("parent_and_child", "parent_and_child", 165_000),
            ("residential", "standard", 450_000),
            ("residential", "solo", 750_000),
        )
    ],
    "add_ons": [
        {"kind": "extra_support_hours", "rate_pence": 2_800},
        {"kind": "education_support", "rate_pence": 15_000},
        {"kind": "transport", "rate_pence": 6_000},
        {"kind": "therapy", "rate_pence": 20_000},
    ],
    "one_offs": [{"code": "introductions", "description": "Introductions", "amount_pence": 45_000}],
}


def seed_rate_cards(base_url: str, var_dir: Path) -> int:
    """Give each demo agency a rate card in the offers service, unless it has one."""
    added = 0
    with httpx.Client(base_url=base_url, timeout=10) as http:
        for agency_id in DEMO_AGENCIES:
            officer = _headers(
                local_token(
                    var_dir,
                    CallerKind.AGENCY,
                    agency_id,
                    ["offers:read", "offers:make"],
                    subject="demo-officer",
                )
            )
            if http.get("/v1/rate-cards", headers=officer).json():
                continue
            http.post("/v1/rate-cards", json=_DEMO_RATE_CARD, headers=officer).raise_for_status()
            added += 1
    return added
