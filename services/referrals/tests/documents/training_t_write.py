"""Byte-stable writers for training_t: Word by hand, PDFs by reportlab, scans, emails.

A document is a list of blocks: ``("h", text)`` a heading, ``("p", text)`` a paragraph,
``("kv", [(label, value), ...])`` a two-column table, ``("t", [[cell, ...], ...])`` a
bordered table whose first row is the header, ``("cc", label, value)`` a Word content
control (plain text elsewhere), ``("cols", [text, text])`` two columns side by side.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONTS = "/usr/share/fonts/truetype/dejavu"
ZIP_TIME = (2026, 11, 2, 9, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _fonts() -> None:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


def _run(text: str, bold: bool = False) -> str:
    lines = text.split("\n")
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{props}{inner}</w:r>"


def _para(text: str, bold: bool = False, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{_run(text, bold)}</w:p>"


def _cell(text: str, bold: bool = False, shade: bool = False) -> str:
    fill = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else ""
    return f"<w:tc><w:tcPr>{fill}</w:tcPr>{_para(text, bold)}</w:tc>"


def _table(rows: list[list[str]], header: bool) -> str:
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body = "".join(
        "<w:tr>" + "".join(_cell(c, header and i == 0, header and i == 0) for c in row) + "</w:tr>"
        for i, row in enumerate(rows)
    )
    return f"<w:tbl><w:tblPr><w:tblBorders>{border}</w:tblBorders></w:tblPr>{body}</w:tbl>"


def _sdt(label: str, value: str) -> str:
    return (
        f'<w:p>{_run(label + " ", True)}<w:sdt><w:sdtPr><w:alias w:val="{escape(label)}"/>'
        f'<w:tag w:val="{escape(label)}"/></w:sdtPr><w:sdtContent>{_run(value)}'
        "</w:sdtContent></w:sdt></w:p>"
    )


def docx_bytes(blocks: list, header: str = "", footer: str = "") -> bytes:
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            body.append(_para(block[1], True, "Heading1"))
        elif kind == "p":
            body.append(_para(block[1]))
        elif kind == "kv":
            body.append(_table([[k, v] for k, v in block[1]], header=False))
            body.append("<w:p/>")
        elif kind == "t":
            body.append(_table(block[1], header=True))
            body.append("<w:p/>")
        elif kind == "cc":
            body.append(_sdt(block[1], block[2]))
        elif kind == "cols":
            body.append(_table([list(block[1])], header=False))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}>'
        f"<w:body>{''.join(body)}{sect}</w:body></w:document>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
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
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footer" Target="footer1.xml"/></Relationships>'
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            '</w:style><w:style w:type="paragraph" w:styleId="Heading1">'
            '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>'
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
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def pdf_bytes(blocks: list, title: str, footer: str = "") -> bytes:
    _fonts()
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=11.5)
    head = ParagraphStyle("h", parent=base, fontName="DejaVuSans-Bold", fontSize=12, leading=15)
    bold = ParagraphStyle("k", parent=base, fontName="DejaVuSans-Bold")

    def para(text: str, style=base) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    story: list = []
    width = A4[0] - 36 * mm
    for block in blocks:
        kind = block[0]
        if kind == "h":
            story += [para(block[1], head), Spacer(1, 3)]
        elif kind == "p":
            story += [para(block[1]), Spacer(1, 4)]
        elif kind in ("kv", "t"):
            rows = [[k, v] for k, v in block[1]] if kind == "kv" else block[1]
            count = len(rows[0])
            widths = [width * 0.32, width * 0.68] if kind == "kv" else [width / count] * count
            cells = [
                [
                    para(c, bold if (kind == "kv" and j == 0) or (kind == "t" and i == 0) else base)
                    for j, c in enumerate(row)
                ]
                for i, row in enumerate(rows)
            ]
            table = Table(cells, colWidths=widths)
            table.setStyle(grid)
            story += [table, Spacer(1, 6)]
        elif kind == "cc":
            story += [para(f"{block[1]} {block[2]}"), Spacer(1, 3)]
        elif kind == "cols":
            table = Table([[para(c) for c in block[1]]], colWidths=[width / 2] * 2)
            table.setStyle(grid)
            story += [table, Spacer(1, 6)]
    out = io.BytesIO()

    def on_page(canv, doc):
        canv.setFont("DejaVuSans", 7)
        canv.drawString(18 * mm, 10 * mm, f"{footer}  page {doc.page}")

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="",
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def scan_bytes(lines: list[str], angle: float) -> bytes:
    """An image-only PDF: the page is a picture of text, no text layer."""
    font = ImageFont.truetype(f"{FONTS}/DejaVuSerif.ttf", 22)
    image = Image.new("L", (1240, 1754), 236)
    draw = ImageDraw.Draw(image)
    y = 90
    for line in lines:
        draw.text((90, y), line, fill=30, font=font)
        y += 38
    image = image.rotate(angle, fillcolor=236)
    data = io.BytesIO()
    image.save(data, format="PNG", optimize=False)
    data.seek(0)
    out = io.BytesIO()
    canv = canvas.Canvas(out, pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader

    canv.drawImage(ImageReader(data), 0, 0, width=A4[0], height=A4[1])
    canv.showPage()
    canv.save()
    return out.getvalue()


def text_of(blocks: list) -> str:
    """The blocks as plain text (emails, .txt)."""
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            lines += ["", block[1].upper(), ""]
        elif kind == "p":
            lines += [block[1], ""]
        elif kind == "kv":
            lines += [f"{k} {v}" for k, v in block[1]] + [""]
        elif kind == "t":
            lines += [" | ".join(row) for row in block[1]] + [""]
        elif kind == "cc":
            lines.append(f"{block[1]} {block[2]}")
        elif kind == "cols":
            lines += [*block[1], ""]
    return "\n".join(lines).strip() + "\n"


def eml_bytes(headers: list[tuple[str, str]], text: str, html: str | None = None) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers) + "MIME-Version: 1.0\r\n"
    body = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if html is None:
        return (
            head + 'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body
        ).encode("utf-8")
    boundary = "==t-boundary-0001=="
    markup = html.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        head + f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        f'--{boundary}\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        f'--{boundary}\r\nContent-Type: text/html; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{markup}\r\n--{boundary}--\r\n"
    ).encode("utf-8")
