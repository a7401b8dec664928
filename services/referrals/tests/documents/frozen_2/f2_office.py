"""Word and PDF building blocks for frozen_2 (python-docx, reportlab, Pillow)."""

from __future__ import annotations

import io
import random
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from f2_model import DEJAVU
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"

_FONTS = False


def fonts() -> None:
    global _FONTS
    if not _FONTS:
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
        _FONTS = True


# ----------------------------------------------------------------------------- docx


def new_docx(header: str | None = None, footer: str | None = None, font: str = "Arial"):
    _REVISION[0] = 100  # tracked-change ids restart per document, so bytes never depend on order
    document = Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    return document


def logo_header(document, alt: str, initials: str) -> None:
    """The LA only as a logo: a small image in the page header whose alt text names it."""
    image = Image.new("RGB", (240, 80), (0, 70, 127))
    draw = ImageDraw.Draw(image)
    draw.text(
        (16, 18),
        initials,
        fill=(255, 255, 255),
        font=ImageFont.truetype(str(DEJAVU / "DejaVuSans-Bold.ttf"), 36),
    )
    data = io.BytesIO()
    image.save(data, format="PNG")
    data.seek(0)
    run = document.sections[0].header.paragraphs[0].add_run()
    run.add_picture(data, width=Mm(40))
    for element in run._r.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    ):
        element.set("descr", alt)
        element.set("name", "Logo")


def table(document, rows: list[list[str]], header: bool = False, widths=None):
    tbl = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    tbl.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = tbl.cell(r, c)
            lines = str(value).split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return tbl


def bullets(document, items: list[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


def sdt_text(paragraph, tag: str, value: str | None) -> None:
    """An inline plain-text content control; an empty one shows Word's placeholder."""
    if value:
        content = f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        showing = ""
    else:
        content = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r>'
        showing = "<w:showingPlcHdr/>"
    xml = (
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f"{showing}<w:text/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def sdt_check(paragraph, tag: str, checked: bool, label: str) -> None:
    """A Word 2010 checkbox content control followed by its label."""
    mark = "\u2612" if checked else "\u2610"
    xml = (
        f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"><w:sdtPr><w:tag w:val="{escape(tag)}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{mark}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(f" {label}   ")


_REVISION = [100]


def tracked(paragraph, parts: list[tuple[str, str]], author: str = "Author") -> None:
    """Runs with tracked changes: ('keep'|'del'|'ins', text). Deleted text stays in w:delText."""
    for kind, text in parts:
        if kind == "keep":
            paragraph.add_run(text)
            continue
        _REVISION[0] += 1
        rid = _REVISION[0]
        tag = "w:delText" if kind == "del" else "w:t"
        element = "w:del" if kind == "del" else "w:ins"
        xml = (
            f'<{element} xmlns:w="{W_NS}" w:id="{rid}" w:author="{escape(author)}" '
            f'w:date="2026-11-02T09:30:00Z"><w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r></{element}>'
        )
        paragraph._p.append(parse_xml(xml))


def strike(paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.strike = True


# ----------------------------------------------------------------------------- pdf


def styles(font: str) -> dict[str, ParagraphStyle]:
    bold = "Helvetica-Bold" if font == "Helvetica" else f"{font}-Bold"
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=9, leading=11.5),
        "small": ParagraphStyle("small", fontName=font, fontSize=8, leading=10),
        "label": ParagraphStyle("label", fontName=bold, fontSize=8.5, leading=10.5),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        ),
    }


class Pdf:
    """A platypus story with a running header/footer drawn as text on every page."""

    def __init__(
        self, font: str = "Helvetica", header: str = "", footer: str = "", title: str = ""
    ):
        if font != "Helvetica":
            fonts()
        self.font = font
        self.st = styles(font)
        self.story = []
        self.header, self.footer, self.title = header, footer, title

    def p(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(escape(text).replace("\n", "<br/>"), self.st[style]))

    def gap(self, height: float = 4) -> None:
        self.story.append(Spacer(1, height))

    def grid(
        self, rows: list[list[str]], widths: list[float], head: bool = False, label_cols=(0,)
    ) -> None:
        data = []
        for r, row in enumerate(rows):
            cells = []
            for c, value in enumerate(row):
                style = "label" if (c in label_cols or (head and r == 0)) else "body"
                cells.append(Paragraph(escape(str(value)).replace("\n", "<br/>"), self.st[style]))
            data.append(cells)
        tbl = Table(data, colWidths=[w * mm for w in widths])
        tbl.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.story.append(tbl)

    def _page(self, cnv, doc) -> None:
        cnv.saveState()
        cnv.setFont(self.font, 8)
        if self.header:
            cnv.drawString(18 * mm, A4[1] - 12 * mm, self.header)
        footer = self.footer.replace("{page}", str(doc.page))
        if footer:
            cnv.drawString(18 * mm, 10 * mm, footer)
        cnv.restoreState()

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=self.title,
            author="",
            creator="",
            producer="",
            invariant=1,
        )
        doc.build(self.story, onFirstPage=self._page, onLaterPages=self._page)
        return buf.getvalue()


# ----------------------------------------------------------------------------- scans


def scan_pdf(pages: list[list[str]], seed: str, angle: float) -> bytes:
    """Pages of text rendered to noisy greyscale images; the PDF holds only the images."""
    rng = random.Random(seed)
    font = ImageFont.truetype(str(DEJAVU / "DejaVuSansMono.ttf"), 22)
    bold = ImageFont.truetype(str(DEJAVU / "DejaVuSans-Bold.ttf"), 28)
    buf = io.BytesIO()
    cnv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        image = Image.new("L", (1240, 1754), 244)
        draw = ImageDraw.Draw(image)
        y = 90
        for line in lines:
            face = bold if line.startswith("# ") else font
            draw.text(
                (80 + rng.randint(-2, 2), y),
                line.removeprefix("# "),
                fill=rng.randint(20, 60),
                font=face,
            )
            y += 40 if face is bold else 31
        for _ in range(2500):
            x, yy = rng.randrange(1240), rng.randrange(1754)
            draw.point((x, yy), fill=rng.randint(90, 200))
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=244)
        data = io.BytesIO()
        image.save(data, format="JPEG", quality=72)
        cnv.drawImage(ImageReader(io.BytesIO(data.getvalue())), 0, 0, width=A4[0], height=A4[1])
        cnv.showPage()
    cnv.save()
    return buf.getvalue()
