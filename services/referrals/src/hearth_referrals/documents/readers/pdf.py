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
from pdfminer.layout import LTChar, LTCurve, LTFigure
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers.pdf_layout import page_blocks, words_from_chars

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


def _layout_items(layout, height: float, chars: list[dict], limit: int) -> int:
    """Collects the page's characters; returns how many ruling lines and boxes it has."""
    rules = 0
    for item in layout:
        if isinstance(item, LTChar):
            if item.get_text().startswith("(cid:"):
                continue  # a glyph with no text (a dingbat box): nothing to read
            chars.append(
                {
                    "text": item.get_text(),
                    "x0": item.x0,
                    "x1": item.x1,
                    "top": height - item.y1,
                    "bottom": height - item.y0,
                }
            )
            if len(chars) > limit:
                raise DocumentTooComplex("The PDF has too much text to read.")
        elif isinstance(item, LTFigure):
            rules += _layout_items(item, height, chars, limit)
        elif isinstance(item, LTCurve):  # LTLine and LTRect are curves too
            rules += 1
    return rules


def _text_blocks(data: bytes, limits: DocumentLimits, deadline: Deadline) -> list[Block]:
    """Each page's characters by position (pdfminer, no layout analysis); a page drawn
    with ruling lines is read by pdfplumber from the same parse to find its tables.

    pdfplumber keeps the page's pdfminer layout: reading the characters from it and the
    tables from the same page costs one parse of the page, not two (the parse is most of
    the time a PDF takes)."""
    blocks: list[Block] = []
    tables = 0
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        for number, page in enumerate(plumber.pages, start=1):
            deadline.check()
            if number > limits.max_pdf_pages:
                raise DocumentTooComplex(f"The PDF has more than {limits.max_pdf_pages} pages.")
            layout = page.layout
            chars: list[dict] = []
            height = layout.y1 - layout.y0
            rules = _layout_items(layout, height, chars, limits.max_text_chars)
            part = blocks[-1].location.part if blocks else None
            if rules >= 4:
                found = page_blocks(page, number, part, tables)
            else:
                found = page_blocks(None, number, part, tables, words_from_chars(chars))
            page.close()  # the page's layout and objects: memory stays one page's worth
            tables = max([tables, *(block.location.table or 0 for block in found)])
            blocks.extend(found)
            if sum(len(block.text) for block in blocks) > limits.max_text_chars:
                raise DocumentTooComplex("The PDF has too much text to read.")
    return blocks


def _title_blocks(reader: PdfReader) -> list[Block]:
    """The file's own title ("Kent County Council - Placement Referral"), where a form may
    name its LA when the page shows only a logo."""
    title = str((reader.metadata or {}).get("/Title") or "").strip()[:300]
    if not title or title.lower() in ("untitled", "referral"):
        return []
    return [Block(BlockKind.PARAGRAPH, title, Location(part="document title", paragraph=0))]


def read(data: bytes, limits: DocumentLimits, deadline: Deadline) -> list[Block]:
    reader = _open(data, limits)
    try:
        blocks = _title_blocks(reader) + _text_blocks(data, limits, deadline)
        blocks.extend(_form_blocks(reader, deadline))
    except (DocumentTooComplex, DocumentCorrupt):
        raise
    except (
        PdfReadError,
        PyPdfError,
        PDFSyntaxError,
        PSException,
        PdfminerException,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        AssertionError,
    ) as error:
        raise DocumentCorrupt("The PDF is damaged.") from error
    return blocks
