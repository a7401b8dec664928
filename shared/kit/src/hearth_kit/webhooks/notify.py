"""Telling a tenant its endpoint was paused: pluggable, logged by default, or by email (SMTP).

The event ``webhook.subscription_paused`` on the service's feed is written in any case
(in the same transaction as the pause); this is the human notice beside it.
"""

from __future__ import annotations

import asyncio
import smtplib
from collections.abc import Mapping
from email.message import EmailMessage
from typing import Any, Protocol

from hearth_kit.logging import get_logger

__all__ = ["LoggingNotifier", "Notifier", "SmtpNotifier", "notifier_for"]

log = get_logger("hearth.webhooks")


class Notifier(Protocol):
    async def subscription_paused(self, service: str, subscription: Mapping[str, Any]) -> None:
        """Tell the subscription's tenant that Hearth paused it after a day of failures."""


class LoggingNotifier:
    """Writes the notice to the log (local runs, tests, or where email is not set up)."""

    async def subscription_paused(self, service: str, subscription: Mapping[str, Any]) -> None:
        log.warning(
            "webhook.paused_notice",
            service=service,
            subscription_id=str(subscription["id"]),
            tenant_kind=subscription["tenant_kind"],
            tenant=subscription["tenant"],
            emailed=False,
        )


class SmtpNotifier:
    """Emails the subscription's ``contact_email`` through an SMTP relay (and logs it)."""

    def __init__(self, host: str, port: int, sender: str, timeout: float = 10.0) -> None:
        self.host, self.port, self.sender, self.timeout = host, port, sender, timeout

    async def subscription_paused(self, service: str, subscription: Mapping[str, Any]) -> None:
        await LoggingNotifier().subscription_paused(service, subscription)
        if not subscription.get("contact_email"):
            return
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = subscription["contact_email"]
        message["Subject"] = f"Hearth {service}: your webhook endpoint was paused"
        message.set_content(
            f"Deliveries to webhook subscription {subscription['id']} have failed for a day,"
            " so Hearth has paused it. Events are kept: fix the endpoint, then set the"
            " subscription's status to active and they are delivered in order.\n"
        )
        try:
            await asyncio.to_thread(self._send, message)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning(
                "webhook.notice_failed", subscription_id=str(subscription["id"]), exc_info=exc
            )

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            smtp.send_message(message)


def notifier_for(settings: Any) -> Notifier:
    """SMTP when ``webhooks_smtp_host`` is set, else the log."""
    if settings.webhooks_smtp_host:
        return SmtpNotifier(
            settings.webhooks_smtp_host, settings.webhooks_smtp_port, settings.webhooks_smtp_sender
        )
    return LoggingNotifier()
