"""The pure rules of webhooks: who may receive an event, which types match, when to retry."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from hearth_contract.auth import CallerKind

__all__ = ["concerns", "next_attempt_delay", "type_matches", "wants"]

FIRST_RETRY_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 6 * 3600.0


def concerns(tenant_kind: str, tenant: str, la_code: str | None, agency_ids: Iterable[str]) -> bool:
    """Whether an outbox event is the tenant's, by the feed's rules: an LA's events name it
    as ``la_code``; an agency's (and its partner's) list it in ``agency_ids``."""
    if tenant_kind == CallerKind.LA.value:
        return la_code == tenant
    if tenant_kind in (CallerKind.AGENCY.value, CallerKind.PARTNER.value):
        return tenant in agency_ids
    return False


def type_matches(patterns: Sequence[str], event_type: str) -> bool:
    """``*`` matches every type, ``referral.*`` every ``referral.`` type, else exactly."""
    for pattern in patterns:
        if pattern == "*" or pattern == event_type:
            return True
        if pattern.endswith(".*") and event_type.startswith(pattern[:-1]):
            return True
    return False


def wants(subscription: Mapping[str, object], event: Mapping[str, object]) -> bool:
    """Whether ``subscription`` gets ``event``: the tenant's own, of a type it asked for,
    and no older than the subscription (a new one does not receive the past)."""
    created_at: datetime = subscription["created_at"]  # type: ignore[assignment]
    occurred_at: datetime = event["occurred_at"]  # type: ignore[assignment]
    return (
        occurred_at >= created_at
        and type_matches(subscription["event_types"], event["type"])  # type: ignore[arg-type]
        and concerns(
            subscription["tenant_kind"],  # type: ignore[arg-type]
            subscription["tenant"],  # type: ignore[arg-type]
            event["la_code"],  # type: ignore[arg-type]
            event["agency_ids"] or (),  # type: ignore[arg-type]
        )
    )


def next_attempt_delay(attempts: int, rng: random.Random | None = None) -> timedelta:
    """How long to wait after the ``attempts``-th failure: exponential, capped, jittered.

    5 s, 10 s, 20 s, ... doubling up to six hours, each drawn between half and all of
    it (so endpoints that failed together are not retried together).
    """
    ceiling = min(LONGEST_WAIT_SECONDS, FIRST_RETRY_SECONDS * 2 ** max(0, attempts - 1))
    draw = (rng or random).uniform(0.5, 1.0)
    return timedelta(seconds=ceiling * draw)
