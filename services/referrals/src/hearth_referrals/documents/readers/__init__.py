"""Readers: one per kind of document, each turning bytes into :class:`Block` lists."""

from __future__ import annotations

from hearth_contract.documents import DocumentKind, DocumentTooComplex

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import docx, email, html, pdf, text
from hearth_referrals.documents.sniff import sniff

__all__ = ["read_blocks"]


def read_blocks(
    data: bytes,
    limits: DocumentLimits,
    deadline: Deadline,
    *,
    depth: int = 0,
    warnings: list[str] | None = None,
) -> tuple[DocumentKind, list[Block]]:
    """Sniff ``data`` and read it into blocks with the reader for its kind.

    Parts that could be skipped (an unreadable attachment) add to ``warnings``.
    """
    kind = sniff(data, limits).kind
    warnings = [] if warnings is None else warnings
    if kind is DocumentKind.EMAIL:
        blocks = email.read(
            data, limits, deadline, depth=depth, read_attachment=read_blocks, warnings=warnings
        )
    elif kind is DocumentKind.DOCX:
        blocks = docx.read(data, limits, deadline)
    elif kind is DocumentKind.PDF:
        blocks = pdf.read(data, limits, deadline)
    elif kind is DocumentKind.HTML:
        blocks = html.read(text.decode(data), limits)
    else:
        blocks = text.read(text.decode(data), limits)
    if len(blocks) > limits.max_blocks:
        raise DocumentTooComplex("The document has too many parts to read.")
    return kind, blocks
