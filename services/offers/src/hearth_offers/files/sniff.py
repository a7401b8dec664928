"""What a file is, from its first bytes (never from its name or the declared type)."""

from __future__ import annotations

__all__ = ["media_type_of"]

_SIGNATURES = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
]


def media_type_of(content: bytes) -> str | None:
    """``image/jpeg``, ``image/png`` or ``application/pdf``; None for anything else."""
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            return media_type
    return None
