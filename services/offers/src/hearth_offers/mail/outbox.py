"""The mail outbox: an offer's emails are rows written in the send's transaction, and
a loop (on one replica) delivers them.

Each email is delivered in its own transaction, holding its row (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL): two replicas never send the same row, and an email is marked
sent in the transaction that sent it. While SMTP is away the email waits (30 s, then
twice as long each time, at most an hour) and the offer shows ``queued`` with the last
error; a permanent refusal (a 5xx reply) or too many attempts shows ``failed``. The
send API never talks to SMTP, so an outage never fails it. If the process dies after
the server accepted a message and before the commit, the email is sent again with the
same Message-ID (mail clients show one message): at least once, never silently lost.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Protocol

import aiosmtplib
import sqlalchemy as sa
from hearth_contract.referrals import ReferralRead
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from hearth_offers.mail.message import (
    build_message,
    email_text,
    new_message_id,
    recipients,
)
from hearth_offers.models import Offer, OfferEmail
from hearth_offers.pack.assets import pack_assets
from hearth_offers.pack.render import render_pdf
from hearth_offers.settings import OffersSettings

__all__ = ["EmailTransport", "SmtpTransport", "deliver_due", "deliver_forever", "queue_emails"]

log = get_logger("hearth.offers.mail")
QUEUED, SENT, FAILED = "queued", "sent", "failed"


class EmailTransport(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class SmtpTransport:
    """SMTP through aiosmtplib, as the settings say (host, port, STARTTLS or TLS, login)."""

    def __init__(self, settings: OffersSettings) -> None:
        self.settings = settings

    async def send(self, message: EmailMessage) -> None:
        s = self.settings
        await aiosmtplib.send(
            message,
            hostname=s.smtp_host,
            port=s.smtp_port,
            use_tls=s.smtp_security == "tls",
            start_tls=s.smtp_security == "starttls",
            username=s.smtp_username,
            password=s.smtp_password.get_secret_value() if s.smtp_password else None,
            timeout=s.smtp_timeout_seconds,
        )


def queue_emails(
    offer: Offer,
    referral: ReferralRead,
    agency_name: str,
    settings: OffersSettings,
    now: datetime,
) -> list[OfferEmail]:
    """The offer's emails, queued on the offer (written in the caller's transaction)."""
    base = settings.webhooks_public_url or f"http://127.0.0.1:{settings.port}"
    subject, body = email_text(
        agency_name, referral.la_reference, offer.answer_by, f"{base}/v1/offers/{offer.id}"
    )
    domain = settings.mail_from.rpartition("@")[2] or "hearth.localhost"
    emails = [
        OfferEmail(
            offer_id=offer.id,
            agency_id=offer.agency_id,
            la_code=offer.la_code,
            recipient_role=recipient.role,
            to_address=recipient.address,
            subject=subject,
            body_text=body,
            message_id=new_message_id(domain),
            status=QUEUED,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        for recipient in recipients(referral, settings.la_placement_teams.get(offer.la_code))
    ]
    offer.emails.extend(emails)
    return emails


def _smtp_code(exc: Exception) -> int | None:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        return min(refused.code for refused in exc.recipients)
    return getattr(exc, "code", None)


def _permanent(exc: Exception) -> bool:
    """A 5xx reply (the address refused, the message rejected): trying again will not help."""
    code = _smtp_code(exc)
    return code is not None and 500 <= code < 600


def _error_text(exc: Exception) -> str:
    # The class and the SMTP code only: a server's reply may quote the message or address.
    code = _smtp_code(exc)
    return f"{type(exc).__name__}{f' {code}' if code else ''}"[:200]


def _retry_delay(settings: OffersSettings, attempts: int) -> timedelta:
    seconds = settings.mail_retry_seconds * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.mail_retry_max_seconds))


async def _claim(session: AsyncSession, now: datetime) -> OfferEmail | None:
    query = (
        sa.select(OfferEmail)
        .where(OfferEmail.status == QUEUED, OfferEmail.next_attempt_at <= now)
        .order_by(OfferEmail.next_attempt_at, OfferEmail.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    return await session.scalar(query)


async def _deliver(
    session: AsyncSession,
    email: OfferEmail,
    transport: EmailTransport,
    settings: OffersSettings,
    now: datetime,
    pdfs: dict[uuid.UUID, bytes],
) -> None:
    pdf = pdfs.get(email.offer_id)
    if pdf is None:  # one rendering per offer per run: its pack is frozen
        offer = await session.get(Offer, email.offer_id)
        assert offer is not None
        pdf = await run_in_threadpool(render_pdf, offer, await pack_assets(session, offer))
        pdfs[email.offer_id] = pdf
    message = build_message(
        sender=settings.mail_from,
        to=email.to_address,
        subject=email.subject,
        body=email.body_text,
        message_id=email.message_id,
        queued_at=email.created_at,
        pdf=pdf,
        pdf_name=f"offer-{email.offer_id}.pdf",
    )
    email.attempts += 1
    try:
        await transport.send(message)
    except (aiosmtplib.SMTPException, OSError) as exc:
        email.last_error = _error_text(exc)
        if _permanent(exc) or email.attempts >= settings.mail_max_attempts:
            email.status = FAILED
        else:
            email.next_attempt_at = now + _retry_delay(settings, email.attempts)
        log.warning(
            "offer_email.not_sent",
            record_type="offer_email",
            record_id=str(email.id),
            attempt=email.attempts,
            reason_code=email.last_error,
            state=email.status,
        )
        return
    email.status, email.sent_at, email.last_error = SENT, now, None
    log.info(
        "offer_email.sent",
        record_type="offer_email",
        record_id=str(email.id),
        attempt=email.attempts,
    )


async def deliver_due(
    database: Database, transport: EmailTransport, settings: OffersSettings, limit: int = 100
) -> int:
    """Deliver (or defer) every email due now, each in its own transaction; how many tried."""
    tried = 0
    pdfs: dict[uuid.UUID, bytes] = {}
    while tried < limit:
        async with database.system_session("mail-outbox") as session:
            async with session.begin():
                now = database.clock.now()
                email = await _claim(session, now)
                if email is None:
                    return tried
                await _deliver(session, email, transport, settings, now, pdfs)
        tried += 1
    return tried


async def deliver_forever(
    database: Database, transport: EmailTransport, settings: OffersSettings, stop: asyncio.Event
) -> None:
    """The outbox loop: deliver what is due, then wait a moment (or until stopped)."""
    while not stop.is_set():
        try:
            await deliver_due(database, transport, settings)
        except Exception as exc:  # the loop carries on; the rows wait for the next turn
            log.warning("offer_email.outbox_failed", exc_type=type(exc).__name__)
        try:
            await asyncio.wait_for(stop.wait(), settings.mail_poll_seconds)
        except TimeoutError:
            pass
