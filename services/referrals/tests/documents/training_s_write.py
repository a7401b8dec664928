"""Byte-stable writers for training_s: Word by hand as OOXML, PDFs by reportlab, scans, MIME.

No randomness and no clock: one fixed zip member time, reportlab's invariant mode, fonts
from /usr/share/fonts/truetype/dejavu, fixed email dates and Message-IDs.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1
FONTS = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in (
    ("DejaVu", "DejaVuSans.ttf"),
    ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
    ("DejaVuMono", "DejaVuSansMono.ttf"),
):
    pdfmetrics.registerFont(TTFont(_name, FONTS + _file))

ZIP_TIME = (2026, 11, 20, 9, 30, 0)

# ---------------------------------------------------------------- Word (OOXML by hand)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _run(text: str, bold: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    pieces = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in pieces)
    return f"<w:r>{props}{body}</w:r>"


def para(text: str = "", bold: bool = False, size: int | None = None, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{_run(text, bold, size) if text else ''}</w:p>"


def field_para(label: str, value: str, tag: str) -> str:
    """A label then its value in a content control (a Word form field)."""
    control = (
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(label)}"/><w:tag w:val="{tag}"/></w:sdtPr>'
        f"<w:sdtContent>{_run(value)}</w:sdtContent></w:sdt>"
    )
    return f"<w:p>{_run(label + ' ', bold=True)}{control}</w:p>"


def cell(text: str, bold: bool = False, span: int = 1, shade: bool = False) -> str:
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    props += '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else ""
    paras = "".join(para(line, bold) for line in text.split("\n\n")) or para()
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>"


def table(rows: list[list[str]], header: bool = True) -> str:
    """Rows of cells: a plain string is a cell; a pre-built ``cell()`` passes through."""
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [f"<w:tbl><w:tblPr><w:tblBorders>{border}</w:tblBorders></w:tblPr>"]
    for number, row in enumerate(rows):
        cells = "".join(
            c if c.startswith("<w:tc>") else cell(c, bold=header and number == 0) for c in row
        )
        out.append(f"<w:tr>{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out) + para()


def docx_bytes(body: list[str], header: str = "", footer: str = "") -> bytes:
    ns = f'xmlns:w="{W}" xmlns:r="{R}"'
    refs = ""
    rels = [
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/styles" Target="styles.xml"/>'
    ]
    parts = {}
    if header:
        refs += '<w:headerReference w:type="default" r:id="rId2"/>'
        rels.append(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/header" Target="header1.xml"/>'
        )
        parts["word/header1.xml"] = f"<w:hdr {ns}>{para(header, bold=True)}</w:hdr>"
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rId3"/>'
        rels.append(
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footer" Target="footer1.xml"/>'
        )
        parts["word/footer1.xml"] = f"<w:ftr {ns}>{para(footer, size=16)}</w:ftr>"
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>'
        + "".join(body)
        + f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567"'
        ' w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {ns}>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
        '<w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style></w:styles>'
    )
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-'
        f'officedocument.wordprocessingml.{kind}+xml"/>'
        for name, kind in (("word/header1.xml", "header"), ("word/footer1.xml", "footer"))
        if name in parts
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>"
        ),
        "word/document.xml": document,
        "word/styles.xml": styles,
        **parts,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


# ---------------------------------------------------------------- PDF (reportlab)

BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="DejaVu-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="DejaVu-Bold", fontSize=13, leading=16)
MONO = ParagraphStyle("mono", parent=BODY, fontName="DejaVuMono", fontSize=8, leading=10)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def grid(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    data = [[p(c, BOLD if header and i == 0 else BODY) for c in row] for i, row in enumerate(rows)]
    out = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
    out.setStyle(TableStyle(style))
    return out


def pdf_bytes(story: list, columns: int = 1, title: str = "", footer: str = "") -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="",
        creator="",
        producer="",
    )
    gap, band = 6 * mm, 7 * mm
    width = (doc.width - gap * (columns - 1)) / columns
    frames = [
        Frame(
            doc.leftMargin + i * (width + gap),
            doc.bottomMargin,
            width,
            doc.height - (band if columns > 1 else 0),
            id=f"c{i}",
        )
        for i in range(columns)
    ]

    def decorate(canvas_, _doc) -> None:
        # Columns are ruled boxes with a heading band (so each is a table cell as well).
        for i in range(columns if columns > 1 else 0):
            x = doc.leftMargin + i * (width + gap)
            canvas_.setLineWidth(0.6)
            canvas_.rect(x - 2, doc.bottomMargin - 2, width + 4, doc.height + 4)
            top = doc.bottomMargin + doc.height - band
            canvas_.line(x - 2, top, x + width + 2, top)
            canvas_.setFont("DejaVu-Bold", 7)
            canvas_.drawString(x + 2, top + 2.5 * mm, "Statement (extract)")
        if footer:
            canvas_.setFont("DejaVu", 7)
            canvas_.drawString(16 * mm, 8 * mm, footer)

    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
    doc.build(story)
    return buffer.getvalue()


def scan_pdf(lines: list[str], angle: float) -> bytes:
    """A picture of a page (DejaVu Serif on grey, turned a little), no text layer."""
    image = Image.new("L", (1240, 1754), 236)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 26)
    y = 90
    for line in lines:
        draw.text((90, y), line, fill=40, font=font)
        y += 40
    image = image.rotate(angle, fillcolor=236, resample=Image.Resampling.BILINEAR)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=False)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, *A4)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_spacer(height: float = 3) -> Spacer:
    return Spacer(1, height * mm)


# ---------------------------------------------------------------- email (raw MIME)


def eml_bytes(
    headers: list[tuple[str, str]], text: str, html: str | None = None, boundary: str = ""
) -> bytes:
    """A message with fixed headers; ``html`` makes it multipart/alternative."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    head += "MIME-Version: 1.0\r\n"
    body = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if html is None:
        head += 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n'
        return (head + "\r\n" + body).encode("utf-8")
    marker = boundary or "==hearth-s-boundary=="
    html_body = html.replace("\r\n", "\n").replace("\n", "\r\n")
    head += f'Content-Type: multipart/alternative; boundary="{marker}"\r\n'
    parts = (
        f'--{marker}\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        f'--{marker}\r\nContent-Type: text/html; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{html_body}\r\n--{marker}--\r\n"
    )
    return (head + "\r\n" + parts).encode("utf-8")
