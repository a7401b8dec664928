"""Byte-stable writers for training_l: Word (OOXML by hand), PDF (reportlab, invariant),
image-only PDF scans (Pillow), and raw MIME email. No clock, no randomness."""

from __future__ import annotations

import base64
import io
import zipfile
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

FONTS = "/usr/share/fonts/truetype/dejavu"
FIXED = (2026, 11, 1, 0, 0, 0)

# ---------------------------------------------------------------- Word


class Docx:
    """A Word document built from paragraphs and tables; optional page header and footer."""

    def __init__(self, header: str = "", footer: str = ""):
        self.body: list[str] = []
        self.header, self.footer = header, footer

    @staticmethod
    def _runs(text: str, bold: bool = False, size: int | None = None) -> str:
        props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        props = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def _para(self, text: str, bold: bool = False, size: int | None = None) -> str:
        return f"<w:p>{self._runs(text, bold, size)}</w:p>"

    def p(self, text: str = "", bold: bool = False, size: int | None = None) -> None:
        for line in text.split("\n"):
            self.body.append(self._para(line, bold, size))

    def h(self, text: str) -> None:
        self.p(text, bold=True, size=28)

    def table(self, rows: list[list[str]], widths: list[int] | None = None, head: bool = False):
        cols = max(len(r) for r in rows)
        widths = widths or [9000 // cols] * cols
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
            + "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for index, row in enumerate(rows):
            out.append("<w:tr>")
            for col, cell in enumerate(row):
                span = cols - len(row) + 1 if col == len(row) - 1 and len(row) < cols else 1
                pr = f'<w:tcW w:w="{widths[col]}" w:type="dxa"/>'
                pr += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                paras = "".join(
                    self._para(line, bold=head and index == 0) for line in str(cell).split("\n")
                )
                out.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{paras}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))
        self.body.append("<w:p/>")

    def bytes(self) -> bytes:
        ns = (
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        )
        refs = ""
        rels = []
        parts = {}
        for kind, text in (("header", self.header), ("footer", self.footer)):
            if not text:
                continue
            tag = "hdr" if kind == "header" else "ftr"
            paras = "".join(self._para(line) for line in text.split("\n"))
            parts[f"word/{kind}1.xml"] = f"<w:{tag} {ns}>{paras}</w:{tag}>"
            rels.append(
                f'<Relationship Id="r{kind}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>'
            )
            refs += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
        sect = (
            f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
        )
        document = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {ns}><w:body>{''.join(self.body)}{sect}</w:body></w:document>"
        )
        overrides = "".join(
            f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-'
            f'officedocument.wordprocessingml.{name.split("/")[1][:6]}+xml"/>'
            for name in parts
        )
        files = {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                'package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.'
                'wordprocessingml.document.main+xml"/>'
                f"{overrides}</Types>"
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                'org/officeDocument/2006/relationships/officeDocument" '
                'Target="word/document.xml"/></Relationships>'
            ),
            "word/_rels/document.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships">{"".join(rels)}</Relationships>'
            ),
            "word/document.xml": document,
            **parts,
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                info = zipfile.ZipInfo(name, date_time=FIXED)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
        return buffer.getvalue()


# ---------------------------------------------------------------- PDF

_registered = False


def _fonts() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))
        _registered = True


class Pdf:
    """A text PDF: headings, paragraphs and ruled tables whose cells wrap."""

    def __init__(self, title: str = "", font_size: float = 9.0):
        _fonts()
        self.flow: list = []
        self.title = title
        self.body = ParagraphStyle("b", fontName="DejaVu", fontSize=font_size, leading=12)
        self.bold = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=font_size + 3, leading=16)
        self.cell = ParagraphStyle("c", fontName="DejaVu", fontSize=font_size - 0.5, leading=10.5)

    @staticmethod
    def _x(text: str) -> str:
        return escape(text).replace("\n", "<br/>")

    def h(self, text: str) -> None:
        self.flow.append(Paragraph(self._x(text), self.bold))
        self.flow.append(Spacer(1, 2 * mm))

    def p(self, text: str) -> None:
        for chunk in text.split("\n\n"):
            self.flow.append(Paragraph(self._x(chunk), self.body))
            self.flow.append(Spacer(1, 1.5 * mm))

    def table(self, rows: list[list[str]], widths: list[float], shade_first_col=True):
        cells = [[Paragraph(self._x(str(c)), self.cell) for c in row] for row in rows]
        cols = len(widths)
        cells = [row + [""] * (cols - len(row)) for row in cells]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for index, row in enumerate(rows):
            if len(row) < cols:
                style.append(("SPAN", (len(row) - 1, index), (-1, index)))
        if shade_first_col:
            style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E6E6E6")))
        table = Table(cells, colWidths=[w * mm for w in widths])
        table.setStyle(TableStyle(style))
        self.flow.append(table)
        self.flow.append(Spacer(1, 3 * mm))

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            invariant=1,
            title=self.title,
            author="",
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
        )
        doc.build(list(self.flow))
        return buffer.getvalue()


def scan_pdf(lines: list[str], tilt: float) -> bytes:
    """A photocopied page: the text is pixels only (no text layer), slightly skewed."""
    width, height = 1240, 1754  # A4 at 150 dpi
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(f"{FONTS}/DejaVuSans.ttf", 22)
    y = 90
    for line in lines:
        draw.text((90, y), line, fill=30, font=font)
        y += 34
    for x in range(0, width, 97):  # a faint copier streak and speckles, fixed
        draw.point((x, (x * 37) % height), fill=120)
    draw.line((40, 0, 46, height), fill=200, width=3)
    page = page.rotate(tilt, fillcolor=255, resample=Image.BILINEAR)
    image = io.BytesIO()
    page.save(image, format="PNG", optimize=False)
    image.seek(0)
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    sheet.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


# ---------------------------------------------------------------- email


def email(
    headers: list[tuple[str, str]],
    body: str,
    attachments: list[tuple[str, str, bytes]] = (),
    boundary: str = "",
    html: str = "",
) -> bytes:
    """A raw MIME message: a UTF-8 plain body (and an HTML alternative), then attachments
    (filename, content type, bytes) in base64, with fixed boundaries."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    head += "MIME-Version: 1.0\r\n"

    def text_part(kind: str, text: str) -> str:
        return (
            f'Content-Type: text/{kind}; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n"
        )

    main = text_part("plain", body)
    if html:
        alt = f"alt-{boundary or 'l'}"
        main = (
            f'Content-Type: multipart/alternative; boundary="{alt}"\r\n\r\n'
            f"--{alt}\r\n{text_part('plain', body)}--{alt}\r\n{text_part('html', html)}"
            f"--{alt}--\r\n"
        )
    if not attachments:
        return (head + main).encode("utf-8")
    mixed = f"mix-{boundary or 'l'}"
    out = head + f'Content-Type: multipart/mixed; boundary="{mixed}"\r\n\r\n'
    out += f"--{mixed}\r\n{main}"
    for name, kind, data in attachments:
        encoded = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        out += (
            f'--{mixed}\r\nContent-Type: {kind}; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
        )
    out += f"--{mixed}--\r\n"
    return out.encode("utf-8")


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
