"""Byte-stable writers for training_p: Word by hand as OOXML, text PDFs and image-only
scans with reportlab in invariant mode, emails as raw MIME text.

A document is a list of blocks: ``("h", text)`` a heading, ``("p", text)`` a paragraph
(``\\n`` inside it is a line break), ``("table", rows)`` a bordered table of strings.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

__all__ = ["docx_bytes", "eml_bytes", "pdf_bytes", "scan_bytes"]

_ZIP_TIME = (2026, 11, 1, 9, 0, 0)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    "{header}</Types>"
)
_HEADER_TYPE = (
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.header+xml"/>'
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    pieces = text.split("\n")
    runs = []
    for index, piece in enumerate(pieces):
        brk = "<w:br/>" if index else ""
        runs.append(f'<w:r>{props}{brk}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(runs)


def _paragraph(text: str, bold: bool = False) -> str:
    return f"<w:p>{_run(text, bold)}</w:p>"


def _table(rows: list[list[str]]) -> str:
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    xml = [
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
    ]
    for row in rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_paragraph(cell)}</w:tc>'
            for cell in row
        )
        xml.append(f"<w:tr>{cells}</w:tr>")
    xml.append("</w:tbl><w:p/>")
    return "".join(xml)


def _body(blocks: list) -> str:
    parts = []
    for kind, value in blocks:
        if kind == "h":
            parts.append(_paragraph(value, bold=True))
        elif kind == "p":
            parts.append(_paragraph(value))
        else:
            parts.append(_table(value))
    return "".join(parts)


def docx_bytes(blocks: list, header: str | None = None) -> bytes:
    """A Word document: the blocks, and optionally a page header holding one line."""
    section = "<w:sectPr>"
    rels = ""
    if header:
        section += '<w:headerReference w:type="default" r:id="rId1"/>'
        rels = (
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/header" Target="header1.xml"/>'
        )
    section += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W} {_R}>'
        f"<w:body>{_body(blocks)}{section}</w:body></w:document>"
    )
    members = {
        "[Content_Types].xml": _CONTENT_TYPES.format(header=_HEADER_TYPE if header else ""),
        "_rels/.rels": _PACKAGE_RELS,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>"
        ),
    }
    if header:
        members["word/header1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {_W} {_R}>'
            f"{_paragraph(header)}</w:hdr>"
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        folder = "/usr/share/fonts/truetype/dejavu"
        pdfmetrics.registerFont(TTFont("DejaVu", f"{folder}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{folder}/DejaVuSans-Bold.ttf"))


def pdf_bytes(blocks: list, title: str) -> bytes:
    """A text PDF: headings, paragraphs and bordered tables whose cells wrap."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11.5)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=11, leading=14)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=10.5)

    def para(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list = []
    for kind, value in blocks:
        if kind == "h":
            story += [Spacer(1, 4), para(value, head)]
        elif kind == "p":
            story += [para(value, body), Spacer(1, 3)]
        else:
            width = 500 / max(len(row) for row in value)
            table = Table(
                [[para(text, cell) for text in row] for row in value],
                colWidths=[width] * max(len(row) for row in value),
            )
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [table, Spacer(1, 6)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, title=title, author="", subject="", creator=""
    )
    document.build(story)
    return buffer.getvalue()


def scan_bytes(lines: list[str], skew: float) -> bytes:
    """An image-only PDF: the lines drawn into a greyish picture, slightly turned."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (850, 1200), 236)
    draw = ImageDraw.Draw(picture)
    for index, line in enumerate(lines):
        draw.text((70, 80 + index * 34), line, fill=40)
        draw.line((70, 100 + index * 34, 780, 100 + index * 34), fill=170)
    picture = picture.rotate(skew, fillcolor=236)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(picture), 20, 20, width=A4[0] - 40, height=A4[1] - 40)
    page.showPage()
    page.save()
    return buffer.getvalue()


def eml_bytes(
    headers: list[tuple[str, str]], body: str, boundary: str | None = None, html: str | None = None
) -> bytes:
    """A raw email: the headers given, a UTF-8 plain body, optionally an HTML alternative."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append("MIME-Version: 1.0")
    if html is None:
        lines += [
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body,
        ]
    else:
        lines += [
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body,
            f"--{boundary}",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            html,
            f"--{boundary}--",
        ]
    return ("\r\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n").encode()
