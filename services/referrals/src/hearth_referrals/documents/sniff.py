"""What a file is, from its bytes: the name and the declared type are not trusted."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from hearth_contract.documents import (
    DocumentCorrupt,
    DocumentKind,
    DocumentTooLarge,
    DocumentTypeUnsupported,
)

from hearth_referrals.documents.limits import DocumentLimits

__all__ = ["DetectedType", "sniff"]

MEDIA_TYPES = {
    DocumentKind.EMAIL: "message/rfc822",
    DocumentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    DocumentKind.PDF: "application/pdf",
    DocumentKind.HTML: "text/html",
    DocumentKind.TEXT: "text/plain",
}

_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]?.*$")
_EMAIL_HEADERS = {
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"mime-version",
    b"received",
    b"return-path",
    b"cc",
    b"reply-to",
    b"content-type",
}
_HTML_START = re.compile(
    rb"^\s*(<!doctype\s+html|<html|<head|<body|<table|<div|<p[\s>])", re.IGNORECASE
)
_BINARY_MAGIC = (
    b"\xd0\xcf\x11\xe0",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",
    b"MZ",
    b"\x7fELF",
)


# A browser form's upload body: "--boundary" then a form-data part's headers.
_MULTIPART = re.compile(
    rb"^\s*--[^\r\n]{1,200}\r?\n(?:[A-Za-z-]+:[^\r\n]*\r?\n){0,4}?"
    rb"content-disposition:\s*form-data",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DetectedType:
    kind: DocumentKind
    media_type: str


def _detected(kind: DocumentKind) -> DetectedType:
    return DetectedType(kind=kind, media_type=MEDIA_TYPES[kind])


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise DocumentCorrupt("The file looks like a zip archive but cannot be opened.") from error
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _looks_like_email(head: bytes) -> bool:
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    seen: set[bytes] = set()
    for line in lines[:40]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        seen.add(match.group(1).lower())
    return len(seen & _EMAIL_HEADERS) >= 2 and bool(seen & {b"from", b"subject", b"to"})


def _is_text(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return False
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the boundary is still text.
        if error.start < 65530:
            return _is_single_byte_text(data[:65536])
    return True


def _is_single_byte_text(sample: bytes) -> bool:
    printable = sum(1 for byte in sample if byte >= 32 or byte in (9, 10, 13))
    return printable / max(len(sample), 1) > 0.97


def sniff(data: bytes, limits: DocumentLimits | None = None) -> DetectedType:
    """The kind of document ``data`` is; raises a typed problem for what cannot be read."""
    limits = limits or DocumentLimits()
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(f"The file is over {limits.max_bytes // (1024 * 1024)} MB.")
    if not data.strip():
        raise DocumentCorrupt("The file is empty.")
    head = data[:4096]
    if _MULTIPART.match(head):
        raise DocumentTypeUnsupported(
            "This is a multipart/form-data upload: send the file's raw bytes as the request "
            "body, with its own Content-Type."
        )
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return _detected(DocumentKind.DOCX)
        raise DocumentTypeUnsupported("Only Word .docx archives are supported.")
    if b"%PDF-" in head[:1024]:
        return _detected(DocumentKind.PDF)
    if head.startswith(_BINARY_MAGIC):
        raise DocumentTypeUnsupported("This file type is not supported.")
    if not _is_text(data):
        raise DocumentTypeUnsupported("This file type is not supported.")
    stripped = head.lstrip(b"\xef\xbb\xbf")
    if _looks_like_email(stripped):
        return _detected(DocumentKind.EMAIL)
    if _HTML_START.match(stripped):
        return _detected(DocumentKind.HTML)
    return _detected(DocumentKind.TEXT)
