"""Constants and helpers shared by the referrals tests (importable: on pytest's pythonpath)."""

from __future__ import annotations

import httpx
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.examples import example_referral
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import Tokens

KENT = "E10000016"
MEDWAY = "E06000035"
AGENCY_A = "agency-a"
AGENCY_B = "agency-b"
NOW = TEST_NOW
TODAY = TEST_NOW.date()


def agency_headers(tokens: Tokens, agency_id: str, subject: str = "officer-1") -> dict[str, str]:
    return tokens.headers(
        CallerKind.AGENCY,
        agency_id,
        [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN, Scope.AGENCY_ADMIN],
        subject=subject,
    )


def referral_body(seed: int = 1, agency_ids=(AGENCY_A,), **kwargs) -> dict:
    return example_referral(seed, agency_ids=list(agency_ids), referral_date=TODAY, **kwargs)


async def send(client, headers, body=None, key: str | None = None) -> httpx.Response:
    body = body or referral_body()
    return await client.post(
        "/v1/referrals",
        json=body,
        headers={
            **headers,
            "Idempotency-Key": key or f"key-{body['la_reference']}-{len(str(body))}",
        },
    )
