"""PDF: each page's words by position (cells, rows, lines), and a fillable PDF's fields.

Encrypted PDFs are refused (a password-protected referral must be sent again
unprotected); page counts are checked before any page is read.
"""

from __future__ import annotations

import io
import logging
import re

import pdfplumber
from hearth_contract.documents import DocumentCorrupt, DocumentEncrypted, DocumentTooComplex
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers.pdf_layout import page_blocks

__all__ = ["read"]

# pypdf warns about damaged objects through logging, quoting parts of the file.
for _name in ("pypdf", "pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _open(data: bytes, limits: DocumentLimits) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise DocumentEncrypted("The PDF is encrypted; please ask for an unprotected copy.")
        pages = len(reader.pages)
    except DocumentEncrypted:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise DocumentCorrupt("The PDF is damaged.") from error
    if pages == 0:
        raise DocumentCorrupt("The PDF has no pages.")
    if pages > limits.max_pdf_pages:
        raise DocumentTooComplex(f"The PDF has more than {limits.max_pdf_pages} pages.")
    return reader


def _label(name: str, tooltip: str | None) -> str:
    if tooltip:
        return tooltip.strip()
    words = _CAMEL.sub(" ", name.split(".")[-1]).replace("_", " ").replace("-", " ")
    return " ".join(words.split())


def _field_value(widget) -> tuple[str, str, str | None, object]:
    field = widget
    name = widget.get("/T")
    if name is None and "/Parent" in widget:
        field = widget["/Parent"].get_object()
        name = field.get("/T")
    kind = field.get("/FT") or widget.get("/FT")
    value = field.get("/V", widget.get("/V"))
    tooltip = field.get("/TU")
    return str(name or ""), str(kind or ""), str(tooltip) if tooltip else None, value


def _field_block(widget, page: int) -> Block | None:
    name, kind, tooltip, value = _field_value(widget)
    if not name:
        return None
    label = _label(name, tooltip)
    where = Location(page=page, field=name)
    if kind == "/Btn":
        state = widget.get("/AS")
        ticked = str(value or state or "/Off") not in ("/Off", "Off", "")
        return Block(
            BlockKind.CHECKBOX,
            ("☒ " if ticked else "☐ ") + label,
            where,
            label=label,
            checked=ticked,
        )
    text = "" if value is None else str(value)
    if isinstance(value, list):
        text = ", ".join(str(item) for item in value)
    return Block(BlockKind.FIELD, text.strip(), where, label=label)


def _form_blocks(reader: PdfReader, deadline: Deadline) -> list[Block]:
    blocks: list[Block] = []
    for number, page in enumerate(reader.pages, start=1):
        deadline.check()
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            block = _field_block(widget, number)
            if block is not None:
                blocks.append(block)
    return blocks


def _text_blocks(data: bytes, limits: DocumentLimits, deadline: Deadline) -> list[Block]:
    blocks: list[Block] = []
    tables = 0
    with pdfplumber.open(io.BytesIO(data)) as document:
        for number, page in enumerate(document.pages, start=1):
            deadline.check()
            if len(page.chars) > limits.max_text_chars:
                raise DocumentTooComplex("The PDF has too much text to read.")
            part = blocks[-1].location.part if blocks else None
            found = page_blocks(page, number, part, tables)
            tables = max([tables, *(block.location.table or 0 for block in found)])
            blocks.extend(found)
            page.flush_cache()
            if sum(len(block.text) for block in blocks) > limits.max_text_chars:
                raise DocumentTooComplex("The PDF has too much text to read.")
    return blocks


def read(data: bytes, limits: DocumentLimits, deadline: Deadline) -> list[Block]:
    reader = _open(data, limits)
    try:
        blocks = _text_blocks(data, limits, deadline)
        blocks.extend(_form_blocks(reader, deadline))
    except (DocumentTooComplex, DocumentCorrupt):
        raise
    except (
        PdfReadError,
        PyPdfError,
        PDFSyntaxError,
        PSException,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        AssertionError,
    ) as error:
        raise DocumentCorrupt("The PDF is damaged.") from error
    return blocks
