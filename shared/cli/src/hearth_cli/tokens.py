"""Local access tokens, signed with the key in var/ that every local service trusts."""

from __future__ import annotations

from pathlib import Path

from hearth_contract.auth import CallerKind, Scope
from hearth_kit.auth import mint_token
from hearth_kit.settings import load_or_create_local_secret

__all__ = ["DEMO_CALLERS", "local_token"]

ALL_SCOPES = [s.value for s in Scope]
OFFICER_SCOPES = [
    "referrals:read",
    "referrals:screen",
    "agency:admin",
    "vacancies:read",
    "vacancies:manage",
    "matching:read",
    "matching:decide",
    "offers:read",
    "offers:make",
    "placements:read",
    "placements:manage",
]
LA_SCOPES = [
    "referrals:submit",
    "referrals:read",
    "offers:read",
    "offers:answer",
    "placements:read",
    "placements:manage",
]

# (label, kind, tenant, scopes): the callers the demo prints tokens for.
DEMO_CALLERS = [
    ("LA: Kent", CallerKind.LA, "E10000016", LA_SCOPES),
    ("LA: Medway", CallerKind.LA, "E06000035", LA_SCOPES),
    (
        "Agency: Hearthside Fostering officer",
        CallerKind.AGENCY,
        "hearthside-fostering",
        OFFICER_SCOPES,
    ),
    ("Agency: Oakway Homes officer", CallerKind.AGENCY, "oakway-homes", OFFICER_SCOPES),
    (
        "Partner: Hearthside's CHARMS sync",
        CallerKind.PARTNER,
        "hearthside-fostering",
        ["vacancies:sync"],
    ),
    ("Operator (service)", CallerKind.SERVICE, None, ALL_SCOPES),
]


def local_token(
    var_dir: Path,
    kind: CallerKind,
    tenant: str | None,
    scopes: list[str],
    subject: str = "demo-user",
    lifetime_seconds: int = 12 * 3600,
) -> str:
    secret = load_or_create_local_secret(var_dir).get_secret_value()
    return mint_token(
        secret=secret,
        kind=kind,
        tenant=tenant,
        scopes=scopes,
        subject=subject,
        lifetime_seconds=lifetime_seconds,
    )
