"""Byte-stable writers for training_r: hand-built OOXML, reportlab PDFs, scans, raw MIME.

Nothing here reads a clock or draws a random number: zip members carry one fixed time,
PDFs are made in reportlab's invariant mode, emails carry the dates and Message-IDs
their layouts give them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

__all__ = [
    "Cell",
    "Docx",
    "Pdf",
    "docx_bytes",
    "eml_bytes",
    "pdf_bytes",
    "scan_bytes",
]

FONTS = "/usr/share/fonts/truetype/dejavu"
ZIP_TIME = (2026, 11, 1, 9, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---- Word ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A table cell's text; ``control`` wraps it in a content control with that tag."""

    text: str
    control: str = ""
    bold: bool = False


def _runs(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        if index:
            out.append(f"<w:r>{props}<w:br/></w:r>")
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>')
    return "".join(out)


class Docx:
    """A Word body built paragraph by paragraph and table by table."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._id = 0

    def para(self, text: str, bold: bool = False, style: str = "") -> None:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        self.parts.append(f"<w:p>{props}{_runs(text, bold)}</w:p>")

    def control(self, tag: str, text: str) -> str:
        self._id += 1
        return (
            f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
            f'<w:id w:val="{self._id}"/></w:sdtPr><w:sdtContent>{_runs(text)}'
            "</w:sdtContent></w:sdt>"
        )

    def corrected(self, before: str, old: str, new: str, after: str = "") -> None:
        """A tracked change: ``old`` deleted and ``new`` inserted by a reviewer."""
        self._id += 1
        stamp = 'w:author="Placements" w:date="2026-11-01T09:00:00Z"'
        self.parts.append(
            f"<w:p>{_runs(before)}"
            f'<w:del w:id="{self._id}" {stamp}><w:r><w:delText xml:space="preserve">'
            f"{escape(old)}</w:delText></w:r></w:del>"
            f'<w:ins w:id="{self._id + 1000}" {stamp}>{_runs(new)}</w:ins>{_runs(after)}</w:p>'
        )

    def table(self, rows: list[list[str | Cell]], widths: list[int] | None = None) -> None:
        columns = max(len(row) for row in rows)
        widths = widths or [9000 // columns] * columns
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        border = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        body = []
        for row in rows:
            cells = []
            for index, value in enumerate(row):
                cell = value if isinstance(value, Cell) else Cell(value)
                span = columns - len(row) + 1 if index == len(row) - 1 else 1
                props = f'<w:tcW w:w="{widths[index]}" w:type="dxa"/>'
                props += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                inner = (
                    self.control(cell.control, cell.text)
                    if cell.control
                    else _runs(cell.text, cell.bold)
                )
                cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{inner}</w:p></w:tc>")
            body.append(f"<w:tr>{''.join(cells)}</w:tr>")
        self.parts.append(
            f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
        )


def _hf(kind: str, text: str) -> str:
    paragraphs = "".join(f"<w:p>{_runs(line)}</w:p>" for line in text.split("\n"))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} xmlns:w="{W}">{paragraphs}</w:{kind}>'


def docx_bytes(doc: Docx, header: str = "", footer: str = "") -> bytes:
    """The Word package: body, header and footer parts, no core properties."""
    refs = (
        '<w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(doc.parts)}'
        f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1200" w:right="1200" w:bottom="1200" w:left="1200" '
        'w:header="600" w:footer="600" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        "</Types>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    document_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdHeader" Type="{rel}/header" Target="header1.xml"/>'
        f'<Relationship Id="rIdFooter" Type="{rel}/footer" Target="footer1.xml"/>'
        "</Relationships>"
    )
    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/header1.xml", _hf("hdr", header)),
        ("word/footer1.xml", _hf("ftr", footer)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


# ---- PDF ----------------------------------------------------------------------------


def _fonts() -> None:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


class Pdf:
    """A text PDF's flowables: headings, paragraphs and bordered tables."""

    def __init__(self) -> None:
        _fonts()
        self.body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11.5)
        self.head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=11, leading=14)
        self.story: list = []

    def _p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def heading(self, text: str) -> None:
        self.story += [Spacer(1, 3 * mm), self._p(text, self.head), Spacer(1, 1.5 * mm)]

    def para(self, text: str) -> None:
        self.story += [self._p(text, self.body), Spacer(1, 1.5 * mm)]

    def table(self, rows: list[list[str]], widths: list[float]) -> None:
        cells = [[self._p(value, self.body) for value in row] for row in rows]
        table = Table(cells, colWidths=[w * mm for w in widths])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.story += [table, Spacer(1, 2 * mm)]


def pdf_bytes(pdf: Pdf, title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        invariant=1,
        title=title,
        author="",
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    document.build(list(pdf.story))
    return buffer.getvalue()


def scan_bytes(lines: list[str], angle: float) -> bytes:
    """An image-only page: the lines drawn on grey paper, turned a little, no text layer."""
    image = Image.new("L", (1240, 1754), 232)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(f"{FONTS}/DejaVuSerif.ttf", 30)
    for index, line in enumerate(lines):
        draw.text((110, 120 + index * 52), line, fill=40, font=font)
    image = image.rotate(angle, fillcolor=232)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    page.drawImage(ImageReader(image), 0, 0, width, height)
    page.showPage()
    page.save()
    return buffer.getvalue()


# ---- Email --------------------------------------------------------------------------


def eml_bytes(headers: list[tuple[str, str]], body: str) -> bytes:
    """A plain UTF-8 message sent 8bit, headers in the order given."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines += [
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return ("\r\n".join(lines) + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
