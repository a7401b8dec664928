"""Byte-stable writers for training_z (copied from training_x's writers, adding a page break
block for PDFs):
Word by hand as OOXML, PDFs by reportlab in invariant mode, scans as a Pillow picture on an
otherwise empty page, emails as raw MIME text.

A document is a list of blocks: ``("title", text)``, ``("h", text)``, ``("p", text)``,
``("table", rows, widths)`` (a leading ``"H"`` in ``widths`` shades the first row; in Word a
cell may be ``(text, span)`` to merge across columns, ``(text, 1, "restart")`` to start a
vertical merge and ``None`` to continue it) and, in PDFs, ``("panels", left_rows,
right_rows)``: two boxed key/value panels side by side, and ``("columns", left_blocks,
right_blocks)``: two ruled newspaper columns, and ``("break",)``: a new page;
``pdf_bytes(landscape=True)`` turns the page.
No randomness and no clock: every time stamp is fixed.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

__all__ = ["docx_bytes", "email_bytes", "pdf_bytes", "scan_bytes"]

FONTS = "/usr/share/fonts/truetype/dejavu"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
ZIP_TIME = (2026, 11, 2, 8, 30, 0)
PKG = "http://schemas.openxmlformats.org/package/2006"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _run(text: str, bold: bool = False, size: int | None = None, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props += f'<w:sz w:val="{size}"/>' if size else ""
    runs = []
    for index, line in enumerate(text.split("\n")):
        if index:
            runs.append("<w:br/>")
        runs.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r><w:rPr>{props}</w:rPr>{''.join(runs)}</w:r>"


def _para(text: str, bold=False, size=None, shade: str = "", italic=False) -> str:
    props = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{_run(text, bold, size, italic)}</w:p>"


def _cell(value, width: int, header: bool) -> str:
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="E2EFD9"/>' if header else ""
    if value is None:
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vMerge/></w:tcPr><w:p/></w:tc>'
    text, span, merge = (value, 1, "") if isinstance(value, str) else (*value, "")[:3]
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    props += '<w:vMerge w:val="restart"/>' if merge else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width * span}" w:type="dxa"/>{props}{shade}</w:tcPr>'
        f"{_para(text, bold=header)}</w:tc>"
    )


def _span(value) -> int:
    return 1 if value is None or isinstance(value, str) else value[1]


def _table(rows: list[list[str]], widths: tuple) -> str:
    header = bool(widths) and widths[0] == "H"
    shares = [w for w in widths if w != "H"] or [1] * len(rows[0])
    sizes = [int(9600 * share / sum(shares)) for share in shares]
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body = "".join(
        "<w:tr>"
        + "".join(
            _cell(text, sizes[sum(_span(v) for v in row[:i])], header and r == 0)
            for i, text in enumerate(row)
        )
        + "</w:tr>"
        for r, row in enumerate(rows)
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in sizes)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}'
        f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl><w:p/>"
    )


def _body(blocks: list[tuple]) -> str:
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            parts.append(_para(block[1], bold=True, size=30))
        elif kind == "h":
            parts.append(_para(block[1], bold=True, size=24, shade="C5D9F1"))
        elif kind == "p":
            parts.append(_para(block[1]))
        elif kind == "i":
            parts.append(_para(block[1], italic=True))
        elif kind == "table":
            parts.append(_table(block[1], block[2] if len(block) > 2 else ()))
        else:
            raise ValueError(kind)
    return "".join(parts)


def docx_bytes(blocks: list[tuple], header: str = "", footer: str = "") -> bytes:
    """A Word document with a page header and footer."""
    section = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="{PKG}/content-types">'
            f'<Default Extension="rels" ContentType="application/'
            f'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{WORD}.document.main+xml"/>'
            f'<Override PartName="/word/header1.xml" ContentType="{WORD}.header+xml"/>'
            f'<Override PartName="/word/footer1.xml" ContentType="{WORD}.footer+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'{head}<Relationships xmlns="{PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            f'{head}<Relationships xmlns="{PKG}/relationships">'
            f'<Relationship Id="rIdH" Type="{OFFICE}/header" Target="header1.xml"/>'
            f'<Relationship Id="rIdF" Type="{OFFICE}/footer" Target="footer1.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            f"{head}<w:document {W} {R}><w:body>{_body(blocks)}{section}</w:body></w:document>"
        ),
        "word/header1.xml": f"{head}<w:hdr {W} {R}>{_para(header, bold=True)}</w:hdr>",
        "word/footer1.xml": f"{head}<w:ftr {W} {R}>{_para(footer, size=16)}</w:ftr>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


def _pdf_story(blocks: list[tuple], usable: float) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName="DejaVu", fontSize=8.5, leading=11)
    bold = ParagraphStyle("h", parent=body, fontName="DejaVu-Bold", fontSize=10.5, leading=14)
    title = ParagraphStyle("t", parent=bold, fontSize=14, leading=18)
    key = ParagraphStyle("k", parent=body, fontName="DejaVu-Bold")

    def para(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def grid(rows, cols, header=False, keys=False):
        cells = [
            [para(text, key if (keys and i == 0) else body) for i, text in enumerate(row)]
            for row in rows
        ]
        table = Table(cells, colWidths=cols, repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFD9")))
        table.setStyle(TableStyle(style))
        return table

    story: list = []
    for block in blocks:
        kind = block[0]
        if kind == "break":
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        elif kind in ("title", "h", "p", "i"):
            story += [para(block[1], {"title": title, "h": bold}.get(kind, body)), Spacer(1, 4)]
        elif kind == "columns":
            # A newsletter's two ruled columns: each a cell holding its own flowables.
            half = (usable - 12) / 2
            left, right = _pdf_story(block[1], half - 12), _pdf_story(block[2], half - 12)
            outer = Table([[left, right]], colWidths=[half + 6, half + 6])
            outer.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ]
                )
            )
            story += [outer, Spacer(1, 8)]
        elif kind == "table":
            rows, widths = block[1], block[2] if len(block) > 2 else ()
            shares = [w for w in widths if w != "H"] or [1] * len(rows[0])
            cols = [usable * share / sum(shares) for share in shares]
            story += [grid(rows, cols, bool(widths) and widths[0] == "H"), Spacer(1, 8)]
        elif kind == "panels":
            half = (usable - 12) / 2
            left = grid(block[1], [half * 0.4, half * 0.6], keys=True)
            right = grid(block[2], [half * 0.4, half * 0.6], keys=True)
            outer = Table([[left, right]], colWidths=[half + 6, half + 6])
            outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [outer, Spacer(1, 8)]
        else:
            raise ValueError(kind)
    return story


def pdf_bytes(
    blocks: list[tuple], footer: str = "", landscape: bool = False, header: str = ""
) -> bytes:
    """A text PDF: headings, paragraphs, bordered tables whose cells wrap, side panels and
    ruled columns, on an upright or a landscape page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.platypus import SimpleDocTemplate

    _fonts()

    def on_page(canvas, document) -> None:
        canvas.setFont("DejaVu", 7)
        if footer:
            canvas.drawString(36, 20, f"{footer}   Page {document.page}")
        if header:
            canvas.drawString(36, size[1] - 24, header)

    size = turned(A4) if landscape else A4
    buffer = io.BytesIO()
    meta = {"invariant": 1, "title": "", "author": "", "creator": "", "producer": ""}
    template = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=36,
        rightMargin=36,
        topMargin=44,
        bottomMargin=36,
        **meta,
    )
    template.build(_pdf_story(blocks, size[0] - 72), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def scan_bytes(lines: list[str], angle: float) -> bytes:
    """An image-only PDF: the lines drawn on an off-white picture, turned, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (1240, 1754), 230)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(f"{FONTS}/DejaVuSansMono.ttf", 24)
    for index, line in enumerate(lines):
        draw.text((80, 100 + index * 40), line, fill=30, font=font)
    picture = picture.rotate(angle, fillcolor=230)
    png = io.BytesIO()
    picture.save(png, format="PNG")
    png.seek(0)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
    page.showPage()
    page.save()
    return buffer.getvalue()


def email_bytes(
    headers: list[tuple[str, str]],
    text: str,
    html: str | None = None,
    parts: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A raw MIME email (UTF-8, 8bit): plain text, or plain and HTML alternatives; with
    ``parts`` ((content type, body) pairs, inline, no file name), multipart/mixed."""
    head = "".join(f"{name}: {value}\n" for name, value in headers)
    head += "MIME-Version: 1.0\n"
    if parts:
        boundary = "=_hearth_z_mix_0001"
        head += f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        sections = [("text/plain", text), *parts]
        body = "".join(
            f'--{boundary}\nContent-Type: {kind}; charset="utf-8"\n'
            f"Content-Transfer-Encoding: 8bit\nContent-Disposition: inline\n\n"
            f"{content.rstrip()}\n"
            for kind, content in sections
        )
        return (head + "\n" + body + f"--{boundary}--\n").encode("utf-8")
    if html is None:
        head += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
        return (head + "\n" + text.rstrip("\n") + "\n").encode("utf-8")
    boundary = "=_hearth_z_alt_0001"
    head += f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
    parts = [
        f'--{boundary}\nContent-Type: text/plain; charset="utf-8"\n'
        f"Content-Transfer-Encoding: 8bit\n\n{text.rstrip()}\n",
        f'--{boundary}\nContent-Type: text/html; charset="utf-8"\n'
        f"Content-Transfer-Encoding: 8bit\n\n{html.rstrip()}\n",
    ]
    return (head + "\n" + "".join(parts) + f"--{boundary}--\n").encode("utf-8")
