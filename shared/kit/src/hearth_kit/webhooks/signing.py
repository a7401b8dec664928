"""Signatures to the Standard Webhooks specification, made by the ``standardwebhooks`` library.

``webhook-id`` names the message (the same on every retry and replay, so a receiver
recognises a duplicate), ``webhook-timestamp`` is when this attempt was signed (real
time: receivers refuse a timestamp more than five minutes from their own clock), and
``webhook-signature`` holds one ``v1,<base64>`` per secret: during a rotation's overlap
both the new and the previous secret sign, so a receiver holding either accepts it.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from datetime import datetime

from standardwebhooks import Webhook

__all__ = ["new_secret", "signed_headers"]

SECRET_PREFIX = "whsec_"  # noqa: S105 - the spec's prefix, not a secret


def new_secret() -> str:
    """A fresh signing secret: 32 random bytes, base64, in the spec's ``whsec_`` form."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def signed_headers(
    message_id: str, timestamp: datetime, body: bytes, secrets_: Sequence[str]
) -> dict[str, str]:
    """The three Standard Webhooks headers for ``body``, signed with every secret given."""
    signatures = [Webhook(secret).sign(message_id, timestamp, body) for secret in secrets_]
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": " ".join(signatures),
    }
