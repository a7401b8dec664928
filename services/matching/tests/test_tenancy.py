"""Referral facts are tenant-scoped in the data layer: an agency sees only referrals sent to it."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_kit.auth import Principal
from hearth_matching.models import ReferralFact, ReferralRecipient


def _agency(tenant: str) -> Principal:
    return Principal(kind=CallerKind.AGENCY, tenant=tenant, subject="officer", client_id="c")


async def test_referral_facts_are_visible_only_to_the_agencies_addressed(app):
    database = app.state.database
    async with database.system_session("test") as session:
        session.add(
            ReferralFact(
                id="r-1",
                la_code="E10000016",
                source_version=1,
                facts={},
                updated_at=datetime(2026, 11, 23, tzinfo=UTC),
            )
        )
        await session.flush()
        session.add(ReferralRecipient(referral_id="r-1", agency_id="agency-a"))
        await session.commit()
    for tenant, expected in (("agency-a", ["r-1"]), ("agency-b", [])):
        session = database.session(_agency(tenant))
        try:
            seen = list(await session.scalars(sa.select(ReferralFact.id)))
        finally:
            await session.close()
        assert seen == expected
    la = database.session(
        Principal(kind=CallerKind.LA, tenant="E10000016", subject="s", client_id="c")
    )
    try:
        assert list(await la.scalars(sa.select(ReferralFact.id))) == []
    finally:
        await la.close()
