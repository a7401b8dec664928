"""Byte-stable writers for training_q: Word by hand as OOXML, PDFs by reportlab in
invariant mode (DejaVu Sans), image-only scans, raw MIME emails; shared wording."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from xml.sax.saxutils import escape

__all__ = ["docx_bytes", "eml_bytes", "long_date", "pdf_bytes", "scan_pdf_bytes", "status_words"]

FONTS = "/usr/share/fonts/truetype/dejavu"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
MONTHS = "January February March April May June July August September October November December"
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"

# How each SSDA903 legal status is said, in a few forms a layout picks from.
STATUS_WORDS = {
    "C1": ("Interim Care Order (s38)", "ICO", "interim care order"),
    "C2": ("Full Care Order (s31)", "Care Order", "final care order"),
    "E1": ("Placement Order", "PO (s21 ACA 2002)", "placement order"),
    "V2": ("Section 20 (voluntary accommodation)", "S20", "accommodated under section 20"),
    "L1": ("Police Protection (s46)", "PPO", "in police protection"),
    "L2": ("Emergency Protection Order", "EPO", "emergency protection order"),
    "J1": (
        "Remanded to LA accommodation",
        "Remand (LASPO s91)",
        "remanded to local authority accommodation",
    ),
    "J2": ("PACE transfer (s38(6))", "PACE", "PACE transfer"),
}


def status_words(code: str | None, form: int, gap: str) -> str:
    return gap if code is None else STATUS_WORDS[code][form]


def long_date(day: date, weekday: bool = False) -> str:
    text = f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"
    return f"{DAYS.split()[day.weekday()]} {text}" if weekday else text


# ---- Word ---------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    pieces = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in pieces)
    return f"<w:r>{props}{inner}</w:r>"


def _para(text: str, bold: bool = False, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{_run(text, bold)}</w:p>"


def _cell(text: str, width: int, bold: bool) -> str:
    paras = "".join(_para(line, bold) for line in (text.split("\n\n") if text else [""]))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'


def _table(rows: list[list[str]], head: bool) -> str:
    columns = max(len(row) for row in rows)
    width = 9000 // columns
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(columns))
    body = "".join(
        "<w:tr>" + "".join(_cell(text, width, head and number == 0) for text in row) + "</w:tr>"
        for number, row in enumerate(rows)
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{border}'
        f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl><w:p/>"
    )


def _block(block: tuple) -> str:
    kind = block[0]
    if kind == "h":
        return _para(block[1], bold=True, style="Heading1")
    if kind == "b":
        return _para(block[1], bold=True)
    if kind == "p":
        return _para(block[1])
    if kind == "table":
        return _table(block[1], head=len(block) > 2 and block[2])
    raise ValueError(kind)


def docx_bytes(blocks: list[tuple], header: str = "", footer: str = "") -> bytes:
    """A minimal Word file: body blocks (h, b, p, table), a header and a footer part."""
    body = "".join(_block(block) for block in blocks)
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567"'
        ' w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}>'
        f"<w:body>{body}{sect}</w:body></w:document>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/header1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            '<Override PartName="/word/footer1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footer" Target="footer1.xml"/></Relationships>'
        ),
        "word/document.xml": document,
        "word/header1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W} {R}>'
            f"{_para(header)}</w:hdr>"
        ),
        "word/footer1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R}>'
            f"{_para(footer)}</w:ftr>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


# ---- PDF ----------------------------------------------------------------------------


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


def pdf_bytes(blocks: list[tuple], title: str = "") -> bytes:
    """A text PDF: blocks (h, b, p, table) in DejaVu Sans, bordered tables, invariant."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    plain = ParagraphStyle("plain", fontName="DejaVu", fontSize=9, leading=11.5)
    bold = ParagraphStyle("bold", parent=plain, fontName="DejaVu-Bold")
    heading = ParagraphStyle("heading", parent=bold, fontSize=12, leading=15, spaceAfter=4)

    def para(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list = []
    for block in blocks:
        kind = block[0]
        if kind in ("h", "b", "p"):
            story.append(para(block[1], {"h": heading, "b": bold, "p": plain}[kind]))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows = block[1]
            columns = max(len(row) for row in rows)
            head = len(block) > 2 and block[2]
            cells = [
                [para(text, bold if head and n == 0 else plain) for text in row]
                for n, row in enumerate(rows)
            ]
            table = Table(cells, colWidths=[170 * 72 / 25.4 / columns] * columns)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [table, Spacer(1, 8)]
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, title=title, author="", invariant=1, leftMargin=56, rightMargin=56
    ).build(story)
    return buffer.getvalue()


def scan_pdf_bytes(lines: list[str], angle: float) -> bytes:
    """An image-only PDF: the lines drawn on a grey page, turned a little, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (1240, 1754), 236)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(f"{FONTS}/DejaVuSerif.ttf", 26)
    for number, line in enumerate(lines):
        draw.text((110, 120 + number * 44), line, fill=40, font=font)
    picture = picture.rotate(angle, fillcolor=236)
    png = io.BytesIO()
    picture.save(png, format="PNG")
    png.seek(0)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
    page.showPage()
    page.save()
    return buffer.getvalue()


# ---- email --------------------------------------------------------------------------


def eml_bytes(headers: list[tuple[str, str]], body: str) -> bytes:
    """A plain UTF-8 email, 8bit, headers in the order given."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines += [
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return ("\r\n".join(lines) + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
