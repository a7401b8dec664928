"""The baseline for bench/referrals.py: validate the same JSON, insert it and an outbox row.

Nothing else: no auth, no tenancy, no audit, no idempotency, no completeness, no
logging. It shows what the bare work costs on this machine, so the service's own
figures can be read as a ratio of it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from hearth_contract.referrals import ReferralCreate
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

DSN = os.environ["BASELINE_DSN"]
SCHEMA = """
CREATE TABLE IF NOT EXISTS referrals (id uuid PRIMARY KEY, content jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (seq bigserial PRIMARY KEY, event_id uuid NOT NULL,
                                   type text NOT NULL, subject_id uuid NOT NULL);
"""
pool: asyncpg.Pool | None = None


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[None]:
    global pool
    pool = await asyncpg.create_pool(DSN, min_size=5, max_size=10)
    async with pool.acquire() as connection:
        await connection.execute(SCHEMA)
    yield
    await pool.close()


async def create(request: Request) -> Response:
    referral = ReferralCreate.model_validate_json(await request.body())
    referral_id = uuid.uuid4()
    async with pool.acquire() as connection, connection.transaction():
        await connection.execute(
            "INSERT INTO referrals (id, content) VALUES ($1, $2::jsonb)",
            referral_id,
            json.dumps(referral.model_dump(mode="json")),
        )
        await connection.execute(
            "INSERT INTO outbox (event_id, type, subject_id) VALUES ($1, 'referral.received', $2)",
            uuid.uuid4(),
            referral_id,
        )
    return JSONResponse({"id": str(referral_id)}, status_code=201)


async def livez(_request: Request) -> Response:
    return JSONResponse({"status": "ok"})


app = Starlette(
    routes=[Route("/v1/referrals", create, methods=["POST"]), Route("/livez", livez)],
    lifespan=lifespan,
)
