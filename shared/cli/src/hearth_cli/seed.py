"""Demo data: fictional agencies and referrals, sent through the real API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx

from hearth_contract.auth import CallerKind
from hearth_contract.examples import example_referral
from hearth_cli.tokens import ALL_SCOPES, local_token

__all__ = ["DEMO_AGENCIES", "seed_referrals"]

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
            http.put(f"/v1/agencies/{agency_id}", json={"name": name},
                     headers=_headers(operator)).raise_for_status()
        sent = 0
        for seed in range(count):
            la_code = DEMO_LAS[seed % len(DEMO_LAS)]
            la = local_token(var_dir, CallerKind.LA, la_code,
                             ["referrals:submit", "referrals:read"], subject="seed")
            body = example_referral(seed, agency_ids=list(DEMO_AGENCIES), referral_date=date.today(),
                                    siblings=2 if seed % 7 == 0 else 1)
            response = http.post("/v1/referrals", json=body,
                                 headers=_headers(la, **{"Idempotency-Key": f"demo-{seed}"}))
            response.raise_for_status()
            sent += 1
            if seed % 3 == 0:
                officer = local_token(var_dir, CallerKind.AGENCY, "hearthside-fostering",
                                      ["referrals:screen", "referrals:read"], subject="demo-officer")
                http.post(f"/v1/referrals/{response.json()['id']}/acknowledge",
                          headers=_headers(officer)).raise_for_status()
        return sent
