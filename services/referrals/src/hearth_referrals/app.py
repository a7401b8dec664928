"""The referrals service: every referral from the moment an LA sends it until it is closed."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from hearth_contract.auth import CallerKind
from hearth_kit.app import create_service_app
from hearth_kit.clock import Clock
from hearth_kit.routing import declared_route
from hearth_kit.webhooks import WebhookConfig

from hearth_referrals.agency_endpoints import router as agencies
from hearth_referrals.information_requests.endpoints import router as information_requests
from hearth_referrals.intake.endpoints import router as intake
from hearth_referrals.intake.endpoints import send_referral, send_referral_directly
from hearth_referrals.referral_documents.endpoints import router as referral_documents
from hearth_referrals.referral_documents.service import MAX_DOCUMENT_BYTES
from hearth_referrals.screening.endpoints import router as screening
from hearth_referrals.settings import ReferralsSettings
from hearth_referrals.work_queue.endpoints import router as work_queue

__all__ = ["MIGRATIONS", "create_app"]

MIGRATIONS = Path(__file__).parent / "migrations"

DESCRIPTION = """
Referrals from local authorities to fostering agencies and children's homes.

* **LA systems** send referrals (`POST /v1/referrals`, with an `Idempotency-Key`), amend
  them (`PATCH` with `If-Match`), answer agencies' questions and withdraw them.
* **Agency officers** screen what is addressed to them: acknowledge within the
  first-response target (15 minutes unless the agency sets another), assign, ask for
  information, progress to matching, decline with a coded reason, close.
* **Documents** an agency received (or an LA's own) are uploaded as raw bytes, read
  into a draft and confirmed as one referral. An agency's registration is its own
  until the LA it names claims it (`POST /v1/referrals/{id}/claim`).
* Every error is an RFC 9457 problem (`application/problem+json`).
"""


# An LA hears of its own referrals, an agency of those sent to it (the feed's rules).
WEBHOOKS = WebhookConfig(
    links={"referral": "/v1/referrals/{subject_id}"},
    tenant_kinds=(CallerKind.LA, CallerKind.AGENCY),
)


def create_app(
    settings: ReferralsSettings | None = None, clock: Clock | None = None, *, direct: bool = True
) -> FastAPI:
    """The service. ``direct``: serve ``POST /v1/referrals`` without FastAPI's router and
    dependency solving (the busiest operation: issue 14); off, the declared route serves it."""
    return create_service_app(
        settings=settings or ReferralsSettings(),
        title="Hearth referrals",
        description=DESCRIPTION,
        routers=[work_queue, intake, screening, information_requests, referral_documents, agencies],
        clock=clock,
        body_limits={"/v1/referral-documents": MAX_DOCUMENT_BYTES},
        webhooks=WEBHOOKS,
        direct_routes=[(declared_route(intake, send_referral), send_referral_directly)]
        if direct
        else (),
    )
