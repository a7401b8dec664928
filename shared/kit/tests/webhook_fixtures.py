"""A minimal service with webhooks on, its database migrated by the kit's helpers, and a
receiver (an httpx transport) that verifies every signature with ``standardwebhooks``."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import create_service_app
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.events import emit
from hearth_kit.settings import ServiceSettings
from hearth_kit.testing import TEST_SECRET, Tokens
from hearth_kit.webhooks import WebhookConfig
from pydantic import SecretStr
from standardwebhooks import Webhook

ENV = """
from hearth_kit.migrations import run_env
from hearth_kit.tables import kit_metadata

run_env([kit_metadata])
"""

REVISIONS = {
    "2026_12_04_0001_kit.py": '''
"""the kit's tables"""
from hearth_kit.migrations import create_kit_tables, drop_kit_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kit_tables()


def downgrade() -> None:
    drop_kit_tables()
''',
    "2026_12_04_0002_webhooks.py": '''
"""webhooks"""
from hearth_kit.migrations import create_webhook_tables, drop_webhook_tables

revision = "20261204_webhooks"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_webhook_tables()


def downgrade() -> None:
    drop_webhook_tables()
''',
}

KENT, MEDWAY, AGENCY = "E10000016", "E06000035", "agency-a"
PUBLIC = {"receiver.example": ["93.184.216.34"], "other.example": ["93.184.216.35"]}
PRIVATE = {
    "internal.example": ["10.0.0.5"],
    "mixed.example": ["93.184.216.34", "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
}
tokens = Tokens()


def write_migrations(location: Path) -> Path:
    (location / "versions").mkdir(parents=True)
    (location / "env.py").write_text(ENV)
    (location / "script.py.mako").write_text("")
    for name, text in REVISIONS.items():
        (location / "versions" / name).write_text(text)
    return location


async def fake_resolve(host: str, port: int) -> list[str]:
    """DNS for the tests: named hosts only, the rest do not resolve."""
    addresses = {**PUBLIC, **PRIVATE}.get(host)
    if addresses is None:
        raise OSError("no such host")
    return addresses


def headers(kind: CallerKind, tenant: str) -> dict[str, str]:
    return tokens.headers(kind, tenant, [Scope.WEBHOOKS_MANAGE])


@dataclass
class Receiver:
    """Endpoints by host: each records what it verified, and answers ``status`` (or fails)."""

    secrets: dict[str, list[str]] = field(default_factory=dict)
    received: dict[str, list[dict]] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    signatures: list[str] = field(default_factory=list)
    connections: list[tuple[str, str, str | None]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer as the endpoint named by the Host header (the request connects to an address)."""
        host = request.headers["host"].split(":")[0]
        self.connections.append(
            (request.url.host, request.headers["host"], request.extensions.get("sni_hostname"))
        )
        code = self.status.get(host, 204)
        if code == 0:
            raise httpx.ConnectError("refused", request=request)
        body = request.content
        verified = None
        for secret in self.secrets.get(host, []):
            verified = Webhook(secret).verify(body, dict(request.headers))
        assert verified is not None, "no secret to verify with"
        self.signatures.append(request.headers["webhook-signature"])
        if 200 <= code < 300:
            self.received.setdefault(host, []).append(
                {"id": request.headers["webhook-id"], **json.loads(body)}
            )
        return httpx.Response(code)


def make_app(database_url: str, clock: FrozenClock, receiver: Receiver, **settings):
    app = create_service_app(
        settings=ServiceSettings(
            service_name="kit-test",
            environment="test",
            database_url=database_url,
            jwt_secret=SecretStr(TEST_SECRET),
            rate_limit="100000/minute",
            webhooks_public_url="https://hearth.example",
            **settings,
        ),
        title="kit test",
        description="webhooks",
        routers=[],
        clock=clock,
        configure_logs=False,
        webhooks=WebhookConfig(links={"referral": "/v1/referrals/{subject_id}"}),
    )
    app.state.webhooks.resolve = fake_resolve
    app.state.webhooks.http = httpx.AsyncClient(transport=httpx.MockTransport(receiver.handle))
    return app


async def emit_event(
    database, type_: str, subject_id: str, *, la_code=None, agency_ids=(), **data
) -> uuid.UUID:
    async with database.system_session("test") as session:
        async with session.begin():
            return await emit(
                session,
                type_,
                subject_type="referral",
                subject_id=subject_id,
                la_code=la_code,
                agency_ids=agency_ids,
                data=data or None,
            )


__all__ = ["TEST_NOW"]
