"""Referral documents: read whatever an LA sends into a draft standard referral.

The service layer calls :func:`read_referral_document` with the uploaded bytes. It
returns a :class:`~hearth_contract.documents.ReferralDraftRead` (every value with its
confidence and evidence, the confident values as ReferralCreate-shaped JSON, what is
unclear and what is missing), or raises one of the document problems in
:mod:`hearth_contract.documents` for a file that cannot be read safely. Nothing here
touches the network, a database or the logs' free text.
"""

from __future__ import annotations

import hashlib
import time
from datetime import date, datetime
from typing import Any

from hearth_contract.documents import DocumentRead, FieldCorrection, ReferralDraftRead
from hearth_contract.referrals import ReferralCreate
from hearth_kit.logging import get_logger

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.builder import DraftBuilder
from hearth_referrals.documents.draft import build_draft
from hearth_referrals.documents.extract import extract
from hearth_referrals.documents.flag_columns import without_flag_columns
from hearth_referrals.documents.gaps import missing_information
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks
from hearth_referrals.documents.silence import screen_questions
from hearth_referrals.documents.sniff import DetectedType, sniff

__all__ = [
    "NOT_READ",
    "DetectedType",
    "DocumentLimits",
    "describe_document",
    "draft_corrections",
    "missing_information",
    "read_referral_document",
    "sniff",
]

log = get_logger(__name__)


def describe_document(
    data: bytes,
    *,
    filename: str | None = None,
    limits: DocumentLimits | None = None,
    received_at: datetime | None = None,
) -> DocumentRead:
    """The file's identity to keep with it: content hash, size and type from its bytes."""
    detected = sniff(data, limits)
    return DocumentRead(
        content_sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        kind=detected.kind,
        media_type=detected.media_type,
        filename=filename,
        received_at=received_at,
    )


def read_referral_document(
    data: bytes,
    *,
    filename: str | None = None,
    today: date,
    limits: DocumentLimits | None = None,
    received_at: datetime | None = None,
) -> ReferralDraftRead:
    """Read a referral document into a draft standard referral with evidence."""
    limits = limits or DocumentLimits()
    started = time.perf_counter()
    document = describe_document(data, filename=filename, limits=limits, received_at=received_at)
    warnings: list[str] = []
    _kind, blocks = read_blocks(data, limits, Deadline(limits.max_seconds), warnings=warnings)
    blocks = without_flag_columns(blocks)
    readable = any(block.text.strip() for block in blocks)
    if not readable:
        warnings.append("No text could be read: the document may be a scan, which needs OCR.")
    builder = _extract_or_nothing(blocks, today, document, warnings)
    draft = build_draft(builder, document, warnings, readable=readable)
    names = [
        name
        for child in draft.children
        for name in (child.first_name.value, child.known_as.value)
        if isinstance(name, str)
    ]
    asked, confirm = screen_questions(draft.missing, blocks, names)
    if builder.stopped:
        # Nothing was read, so nothing can be said to be missing: no questions for the LA.
        asked, confirm = [], []
    known = {item.pointer for item in draft.unclear}
    draft = draft.model_copy(
        update={
            "missing": asked,
            "unclear": [*draft.unclear, *(item for item in confirm if item.pointer not in known)],
        }
    )
    log.info(
        "referral_document.read",
        record_type=document.kind.value,
        count=len(blocks),
        duration_ms=round((time.perf_counter() - started) * 1000, 1),
        state=f"{len(draft.unclear)} unclear, {len(draft.missing)} missing",
    )
    return draft


NOT_READ = (
    "The reader stopped on this document's layout, so nothing was read from it: read the "
    "document itself. The fault is logged for the reader's maintainers."
)


def _extract_or_nothing(
    blocks: list[Block], today: date, document: DocumentRead, warnings: list[str]
) -> DraftBuilder:
    """The blocks read into a draft; an empty one, with a warning, if the reader fails.

    A layout no rule foresaw must not lose an LA's upload: the document is kept with an
    empty draft and the officer reads it. The log names the fault's type and where it
    arose, never its message (which may quote the document)."""
    try:
        return extract(blocks, today)
    except Exception as error:  # any reader fault: the upload is kept
        # The kit's logging keeps the fault's type and frames and drops its message.
        log.error("referral_document.not_read", record_type=document.kind.value, exc_info=error)
        warnings.append(NOT_READ)
        builder = DraftBuilder(today)
        builder.stopped = True
        return builder


def _flatten(value: Any, pointer: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{pointer}/{key}"))
        return flat
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        flat = {}
        for index, item in enumerate(value):
            flat.update(_flatten(item, f"{pointer}/{index}"))
        return flat
    return {pointer: value}


def draft_corrections(draft: ReferralDraftRead, confirmed: ReferralCreate) -> list[FieldCorrection]:
    """What the officer changed between the draft and the referral they confirmed."""
    before = _flatten(draft.referral)
    after = _flatten(confirmed.model_dump(mode="json", exclude_none=True))
    return [
        FieldCorrection(
            pointer=pointer, extracted=before.get(pointer), confirmed=after.get(pointer)
        )
        for pointer in sorted(set(before) | set(after))
        if before.get(pointer) != after.get(pointer)
    ]
