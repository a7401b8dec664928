"""Word .docx: paragraphs, table cells, tick boxes and content controls, read from the XML.

Every kind of tick box is normalised to a glyph in the text (☒ ticked, ☐ not): Word
check-box content controls (``w14:checkbox``), legacy FORMCHECKBOX fields and typed
glyphs. Content controls still showing their prompt are flagged as placeholders.
The archive is checked for zip bombs before anything is decompressed.
"""

from __future__ import annotations

import io
import re
import zipfile

from hearth_contract.documents import DocumentCorrupt, DocumentTooComplex, DocumentTooLarge
from lxml import etree

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers.layout import numbered_part, part_heading

# The column headers of a tick grid's options, and its time-frame columns ("Last 12
# months | Earlier only | Suspected | Never").
_OPTION = re.compile(
    r"^(yes|no|y|n|n/?a|unknown|not known|current|present|historic(al)?|past|suspected"
    r"|none( known)?|no known risk|never|earlier( only)?"
    r"|(?:(?:in|within) )?(?:the )?(?:last|past) (?:\d+|six|twelve) months"
    r"|(?:(?:in|within) )?the (?:last|past) year"
    r"|(?:over|more than) (?:a|one|\d+) (?:years?|months?) ago)$",
    re.IGNORECASE,
)

__all__ = ["read"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = {"w": W, "w14": W14}
TICKED, UNTICKED = "☒", "☐"
_TRUE = {"1", "true", "on"}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _check_archive(archive: zipfile.ZipFile, size: int, limits: DocumentLimits) -> None:
    members = archive.infolist()
    if len(members) > limits.max_zip_members:
        raise DocumentTooComplex("The Word file has too many parts.")
    total = sum(member.file_size for member in members)
    if total > limits.max_uncompressed_bytes:
        raise DocumentTooLarge("The Word file expands to more than the size limit.")
    for member in members:
        if member.file_size > limits.max_member_bytes:
            raise DocumentTooLarge("A part of the Word file is over the size limit.")
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > limits.max_compression_ratio:
            raise DocumentTooLarge("The Word file is compressed suspiciously (a zip bomb).")


def _document_xml(data: bytes, limits: DocumentLimits) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive, len(data), limits)
            with archive.open("word/document.xml") as member:
                xml = member.read(limits.max_member_bytes + 1)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zipfile.LargeZipFile) as error:
        raise DocumentCorrupt("The Word file is damaged.") from error
    if len(xml) > limits.max_member_bytes:
        raise DocumentTooLarge("The Word file's text is over the size limit.")
    return xml


def _checkbox_glyph(element: etree._Element) -> str | None:
    """A glyph for a legacy FORMCHECKBOX field's ``w:ffData``, if it is one."""
    box = element.find("w:checkBox", NS)
    if box is None:
        return None
    state = box.find("w:checked", NS)
    if state is None:
        state = box.find("w:default", NS)
        ticked = state is not None and state.get(_q("w:val"), "0").lower() in _TRUE
    else:
        ticked = state.get(_q("w:val"), "1").lower() in _TRUE
    return TICKED if ticked else UNTICKED


_OFF = {"0", "false", "off", "none"}


def _struck(run: etree._Element) -> bool:
    """A run formatted with a single or double strikethrough ("delete as appropriate")."""
    properties = run.find("w:rPr", NS)
    if properties is None:
        return False
    for name in ("w:strike", "w:dstrike"):
        mark = properties.find(name, NS)
        if mark is not None and mark.get(_q("w:val"), "1").lower() not in _OFF:
            return True
    return False


class _TextWalker:
    """Collects the visible text of a paragraph or cell, glyphs for tick boxes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.placeholder = False
        self.controls: list[str] = []

    def walk(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == _q("w:sdt"):
            self._content_control(element)
            return
        if tag == _q("w:t"):
            self.parts.append(element.text or "")
        elif tag == _q("w:tab"):
            self.parts.append("\t")
        elif tag in (_q("w:br"), _q("w:cr")):
            self.parts.append("\n")
        elif tag == _q("w:ffData"):
            glyph = _checkbox_glyph(element)
            if glyph:
                self.parts.append(glyph + " ")
        elif tag == _q("w:p") and self.parts:
            self.parts.append("\n")
        elif tag in (_q("w:delText"), _q("w:instrText")):
            return
        elif tag == _q("w:r") and _struck(element):
            return  # "S20 / ICO / Care Order": the options struck through are deleted
        for child in element:
            self.walk(child)

    def _content_control(self, sdt: etree._Element) -> None:
        properties = sdt.find("w:sdtPr", NS)
        content = sdt.find("w:sdtContent", NS)
        if properties is not None:
            alias = properties.find("w:alias", NS)
            if alias is not None and alias.get(_q("w:val")):
                self.controls.append(alias.get(_q("w:val")))
            box = properties.find("w14:checkbox", NS)
            if box is not None:
                state = box.find("w14:checked", NS)
                ticked = state is not None and state.get(_q("w14:val"), "0") in _TRUE
                self.parts.append((TICKED if ticked else UNTICKED) + " ")
                return
            if properties.find("w:showingPlcHdr", NS) is not None:
                self.placeholder = True
        if content is not None:
            for child in content:
                self.walk(child)

    def text(self) -> str:
        lines = "".join(self.parts).split("\n")
        return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _walk_text(element: etree._Element) -> _TextWalker:
    walker = _TextWalker()
    for child in element:
        walker.walk(child)
    return walker


class _BodyReader:
    def __init__(self, deadline: Deadline) -> None:
        self.blocks: list[Block] = []
        self.deadline = deadline
        self.part: str | None = None
        self.paragraph = 0
        self.table = 0
        self.keep_empty_cells = False
        self.row_answered = False  # a cell right of the row's first holds text
        # the row's first cell only heads a column of item numbers ("No.", "#"): the
        # second cell is where the row's heading is ("No. | About child 2 | Answer")
        self.after_numbers = False

    def body(self, body: etree._Element) -> None:
        for element in body:
            self.deadline.check()
            if element.tag == _q("w:p"):
                self._paragraph(element)
            elif element.tag == _q("w:tbl"):
                self._table(element)
            elif element.tag == _q("w:sdt"):
                content = element.find("w:sdtContent", NS)
                has_blocks = content is not None and (
                    content.find("w:p", NS) is not None or content.find("w:tbl", NS) is not None
                )
                if has_blocks:
                    self.body(content)

    def _emit(self, kind: BlockKind, walker: _TextWalker, where: Location) -> None:
        text = walker.text()
        if not text and not (kind is BlockKind.CELL and self.keep_empty_cells):
            return
        # A cell right of a row's label is an answer ("Section 20"), never a heading.
        first = (where.cell or 1) == 1 or (where.cell == 2 and self.after_numbers)
        heading = part_heading(text) if first else None
        if heading and self.row_answered and not numbered_part(text):
            # "mother | Fortnightly, supervised": a row about the person it names, in a
            # table of rows (who / arrangement), not a heading over what follows
            heading = None
        if heading:
            self.part = heading
            where = Location(
                part=heading,
                table=where.table,
                row=where.row,
                cell=where.cell,
                paragraph=where.paragraph,
            )
        field = walker.controls[0] if walker.controls else None
        where = Location(
            part=where.part,
            table=where.table,
            row=where.row,
            cell=where.cell,
            paragraph=where.paragraph,
            field=field,
        )
        self.blocks.append(Block(kind, text, where, placeholder=walker.placeholder))

    def _paragraph(self, element: etree._Element) -> None:
        walker = _walk_text(element)
        if walker.text():
            self.paragraph += 1
        style = element.find("w:pPr/w:pStyle", NS)
        name = style.get(_q("w:val"), "") if style is not None else ""
        text = walker.text().strip()
        if re.match(r"^heading ?[1-4]$", name, re.I) and 0 < len(text.split()) <= 6:
            self.part = text.rstrip(":")  # a styled heading starts a Part ("Social worker")
        kind = BlockKind.CONTROL if walker.controls else BlockKind.PARAGRAPH
        self._emit(kind, walker, Location(part=self.part, paragraph=self.paragraph))

    def _table(self, table: etree._Element) -> None:
        self.table += 1
        number = self.table
        cells_of_rows = [row.findall("w:tc", NS) for row in table.findall("w:tr", NS)]
        rows = [[_walk_text(cell) for cell in cells] for cells in cells_of_rows]
        # Each cell's column in the table's grid: a cell merged across columns (its
        # gridSpan) moves the cells after it right, so a column's cells share a number.
        columns = [_grid_columns(cells) for cells in cells_of_rows]
        # A tick grid ("Risk | Yes | No" over rows of X marks) keeps its empty cells, so
        # each mark stays under its column.
        # So does a table whose empty corner heads a column per child ("| Child 1 | Child 2").
        corner = bool(rows) and len(rows[0]) >= 3 and not rows[0][0].text().strip()
        self.keep_empty_cells = corner or any(
            sum(bool(_OPTION.match(walker.text().strip())) for walker in row[1:]) >= 2
            for row in rows
        )
        grid = self.keep_empty_cells
        for row_index, (walkers, placed) in enumerate(zip(rows, columns, strict=True), start=1):
            self.deadline.check()
            # "Referral date | (blank) | Estimated discharge | 07/12/2026": a row of two
            # label/value pairs keeps its blank answer, so the next label is not read as it.
            self.keep_empty_cells = grid or len(walkers) == 4
            self.row_answered = any(walker.text().strip() for walker in walkers[1:])
            self.after_numbers = len(walkers) >= 3 and bool(
                _NUMBERS_HEADER.match(walkers[0].text())
            )
            for cell_index, walker in zip(placed, walkers, strict=True):
                where = Location(part=self.part, table=number, row=row_index, cell=cell_index)
                self._emit(BlockKind.CELL, walker, where)
        self.keep_empty_cells = False
        self.row_answered = False
        self.after_numbers = False


def _grid_columns(cells: list) -> list[int]:
    """The grid column (from 1) each of a row's cells starts in."""
    columns: list[int] = []
    at = 1
    for cell in cells:
        columns.append(at)
        span = cell.find("w:tcPr/w:gridSpan", NS)
        value = span.get(f"{{{NS['w']}}}val") if span is not None else None
        at += int(value) if value and value.isdigit() and 0 < int(value) < 64 else 1
    return columns


_NUMBERS_HEADER = re.compile(r"^\s*(?:no\.?|#|number|item|q|ref\.?)\s*$", re.I)
_EXTRA_PARTS = re.compile(
    r"^(word/header\d*\.xml|docProps/core\.xml|docProps/app\.xml|word/footer\d*\.xml)$"
)
_DESCRIPTION = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# The organisation Word was registered to when the form was saved ("Kent County Council").
_COMPANY = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company"


def _extra_texts(data: bytes, limits: DocumentLimits) -> list[str]:
    """What a page header or footer, a logo's alternative text, the file's title or its
    Company property says: where a form often names its LA and nowhere else."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    texts: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # Headers, then the title and the Company, then footers.
            names = sorted(
                (name for name in archive.namelist() if _EXTRA_PARTS.match(name)),
                key=lambda name: ("footer" in name, name),
            )
            for name in names[:10]:
                with archive.open(name) as member:
                    root = etree.fromstring(member.read(limits.max_member_bytes), parser=parser)
                texts += [" ".join((t.text or "").split()) for t in root.iter(_TITLE)]
                texts += [" ".join((t.text or "").split()) for t in root.iter(_COMPANY)]
                for paragraph in root.iter(_q("w:p")):
                    texts.append(_walk_text(paragraph).text())
                for drawing in root.iter(_DESCRIPTION):
                    texts += [drawing.get("descr") or "", drawing.get("title") or ""]
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, etree.XMLSyntaxError):
        return []
    return [text[:300] for text in texts if text.strip()]


def _logo_texts(root: etree._Element) -> list[str]:
    return [
        (drawing.get("descr") or drawing.get("title") or "")[:300]
        for drawing in root.iter(_DESCRIPTION)
        if (drawing.get("descr") or drawing.get("title") or "").strip()
    ]


def read(data: bytes, limits: DocumentLimits, deadline: Deadline) -> list[Block]:
    xml = _document_xml(data, limits)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as error:
        raise DocumentCorrupt("The Word file's text is damaged.") from error
    body = root.find("w:body", NS)
    if body is None:
        raise DocumentCorrupt("The Word file has no body.")
    reader = _BodyReader(deadline)
    reader.body(body)
    extra = [*_extra_texts(data, limits), *_logo_texts(root)]
    header = [
        Block(BlockKind.PARAGRAPH, text, Location(part="page header", paragraph=index))
        for index, text in enumerate(extra, start=1)
    ]
    return header + reader.blocks
