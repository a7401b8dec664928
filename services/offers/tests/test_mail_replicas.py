"""Two mail outboxes at once (two replicas) on PostgreSQL: each email is sent once,
because a worker holds its row (FOR UPDATE SKIP LOCKED) while it sends it."""

from __future__ import annotations

import asyncio
from email.message import EmailMessage

import pytest
from hearth_offers.mail.outbox import deliver_due


@pytest.fixture
def backend() -> str:
    return "postgres"  # SQLite has no row locks; a local run has one process


class SlowRecorder:
    """A transport that takes a moment per message, so two workers overlap."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, message: EmailMessage) -> None:
        await asyncio.sleep(0.2)
        self.sent.append(message["Message-ID"])


async def test_two_outboxes_at_once_send_each_email_once(world, app):
    for agency in ("oakfield-fostering", "riverside-care"):
        await world.sent(agency)  # two offers, four emails
    transport = SlowRecorder()
    settings = app.state.settings
    tried = await asyncio.gather(
        deliver_due(app.state.database, transport, settings),
        deliver_due(app.state.database, transport, settings),
    )
    assert sum(tried) == 4 and min(tried) >= 1  # both worked, neither twice on a row
    assert len(transport.sent) == 4 and len(set(transport.sent)) == 4
    assert await deliver_due(app.state.database, transport, settings) == 0
