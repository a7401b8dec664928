"""How much a document may cost to read: bytes, parts, pages, attachments and time.

Every reader checks these before it allocates, so a hostile file (a zip bomb, a
500-page PDF, an email with fifty attachments) is refused with a typed problem
instead of exhausting a worker.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from hearth_contract.documents import DocumentTooComplex

__all__ = ["Deadline", "DocumentLimits"]


@dataclass(frozen=True, slots=True)
class DocumentLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_zip_members: int = 500
    max_uncompressed_bytes: int = 60 * 1024 * 1024
    max_member_bytes: int = 30 * 1024 * 1024
    max_compression_ratio: float = 120.0
    max_pdf_pages: int = 150
    max_attachments: int = 20
    max_nesting: int = 3
    max_blocks: int = 20_000
    max_text_chars: int = 2_000_000
    max_seconds: float = 20.0


class Deadline:
    """A cooperative time limit: readers call :meth:`check` between units of work."""

    def __init__(self, seconds: float, clock=time.monotonic) -> None:
        self._clock = clock
        self._ends_at = clock() + seconds

    def check(self) -> None:
        if self._clock() > self._ends_at:
            raise DocumentTooComplex("Reading the document took too long.")
