"""Byte-stable writers for training_n: Word by hand as OOXML, PDFs by reportlab in invariant
mode with DejaVu Sans, image-only scans drawn by Pillow, emails as raw MIME text.

No randomness and no clock: zip members carry one fixed time, PDFs are invariant, MIME
boundaries, dates and Message-IDs are written by the specs.
"""

from __future__ import annotations

import base64
import io
import zipfile
from xml.sax.saxutils import escape

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
ZIP_TIME = (2026, 11, 20, 9, 30, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str, bold: bool = False, size: int | None = None, strike: bool = False) -> str:
    props = ""
    if bold or size or strike:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:strike/>" if strike else "")
        props += f'<w:sz w:val="{size}"/>' if size else ""
        props += "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text: str, bold: bool = False, size: int | None = None, shade: str | None = None) -> str:
    ppr = f'<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="{shade}"/></w:pPr>' if shade else ""
    return f"<w:p>{ppr}{_run(text, bold, size)}</w:p>"


class Docx:
    """A Word document: paragraphs, headings and tables, a page header text."""

    def __init__(self, header: str = "", footer: str = "") -> None:
        self.header, self.footer = header, footer
        self.body: list[str] = []

    def heading(self, text: str, size: int = 28) -> None:
        self.body.append(_para(text, bold=True, size=size))

    def para(self, text: str, bold: bool = False) -> None:
        for line in text.split("\n"):
            self.body.append(_para(line, bold=bold))

    def label(self, label: str, value: str) -> None:
        self.body.append(f"<w:p>{_run(label, bold=True)}{_run(' ' + value)}</w:p>")

    def table(self, rows: list[list[str]], header: bool = False, widths: list[int] | None = None):
        cols = max(len(row) for row in rows)
        widths = widths or [9000 // cols] * cols
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        xml = [
            '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
            + "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for number, row in enumerate(rows):
            xml.append("<w:tr>")
            for index in range(cols):
                cell = row[index] if index < len(row) else ""
                span = cols - len(row) + 1 if index == len(row) - 1 and len(row) < cols else 1
                tcpr = f'<w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/>'
                tcpr += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                tcpr += "</w:tcPr>"
                paras = "".join(
                    _para(line, bold=header and number == 0) for line in (cell.split("\n"))
                )
                xml.append(f"<w:tc>{tcpr}{paras}</w:tc>")
                if span > 1:
                    break
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.body.append("".join(xml))
        self.body.append("<w:p/>")

    def bytes(self) -> bytes:
        sect = (
            '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
            '<w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}>'
            f"<w:body>{''.join(self.body)}{sect}</w:body></w:document>"
        )
        header = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W} {R}>'
            f"{_para(self.header)}</w:hdr>"
        )
        footer = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W} {R}>'
            f"{_para(self.footer)}</w:ftr>"
        )
        types = (
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
        rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        )
        doc_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footer" Target="footer1.xml"/></Relationships>'
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for name, text in (
                ("[Content_Types].xml", types),
                ("_rels/.rels", rels),
                ("word/document.xml", document),
                ("word/_rels/document.xml.rels", doc_rels),
                ("word/header1.xml", header),
                ("word/footer1.xml", footer),
            ):
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                package.writestr(info, text.encode("utf-8"))
        return out.getvalue()


_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if _FONTS_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", f"{FONT_DIR}/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
    _FONTS_READY = True


class Pdf:
    """A text PDF built from platypus flowables: headings, paragraphs, ruled tables."""

    def __init__(self, title: str = "", author: str = "") -> None:
        _fonts()
        from reportlab.lib.styles import ParagraphStyle

        self.flow: list = []
        self.title, self.author = title, author
        self.body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5)
        self.small = ParagraphStyle("small", fontName="DejaVu", fontSize=8.5, leading=10.5)
        self.bold = ParagraphStyle("bold", fontName="DejaVu-Bold", fontSize=10, leading=13)
        self.big = ParagraphStyle("big", fontName="DejaVu-Bold", fontSize=14, leading=18)

    def _p(self, text: str, style):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def heading(self, text: str, big: bool = False) -> None:
        from reportlab.platypus import Spacer

        self.flow += [Spacer(1, 6), self._p(text, self.big if big else self.bold)]

    def para(self, text: str) -> None:
        from reportlab.platypus import Spacer

        self.flow += [self._p(text, self.body), Spacer(1, 4)]

    def table(self, rows: list[list[str]], widths: list[float], header: bool = False) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        cells = [
            [self._p(cell, self.bold if header and number == 0 else self.small) for cell in row]
            for number, row in enumerate(rows)
        ]
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.flow += [table, Spacer(1, 8)]

    def bytes(self) -> bytes:
        from reportlab import rl_config
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        rl_config.invariant = 1
        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=42,
            rightMargin=42,
            topMargin=42,
            bottomMargin=42,
            title=self.title,
            author=self.author,
            creator="training_n",
            producer="training_n",
            invariant=1,
        )
        doc.build(list(self.flow))
        return out.getvalue()


def scan(lines: list[str], angle: float) -> bytes:
    """A photocopied page: text drawn into a greyscale image, tilted, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    image = Image.new("L", (1240, 1754), 236)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(f"{FONT_DIR}/DejaVuSans.ttf", 26)
    y = 90
    for line in lines:
        draw.text((90, y), line, fill=40, font=font)
        y += 44
    draw.rectangle((70, 70, 1170, y + 20), outline=90, width=3)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=210)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=False)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, A4[0], A4[1])
    page.showPage()
    page.save()
    return out.getvalue()


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def eml(
    headers: list[tuple[str, str]],
    body: str,
    boundary: str = "",
    attachments: list[tuple[str, str, bytes]] = (),
    html: str | None = None,
) -> bytes:
    """Raw MIME: plain body (8bit UTF-8), optional HTML alternative and attachments."""
    head = "".join(f"{name}: {value}\n" for name, value in headers) + "MIME-Version: 1.0\n"
    plain = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
    if not attachments and html is None:
        text = head + plain + body.rstrip("\n") + "\n"
        return text.encode("utf-8")
    if html is not None and not attachments:
        parts = [
            plain + body.rstrip("\n") + "\n",
            'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            + html.rstrip("\n")
            + "\n",
        ]
        kind = "alternative"
    else:
        parts = [plain + body.rstrip("\n") + "\n"]
        for name, media, data in attachments:
            parts.append(
                f'Content-Type: {media}; name="{name}"\n'
                f'Content-Disposition: attachment; filename="{name}"\n'
                "Content-Transfer-Encoding: base64\n\n" + b64(data) + "\n"
            )
        kind = "mixed"
    text = head + f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n'
    text += "This is a multi-part message in MIME format.\n\n"
    for part in parts:
        text += f"--{boundary}\n{part}\n"
    text += f"--{boundary}--\n"
    return text.encode("utf-8")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
