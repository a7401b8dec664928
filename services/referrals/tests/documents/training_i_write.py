"""Writers that give the same bytes on every run: Word, text PDF and email.

Word: python-docx, then the zip rewritten with fixed member times and fixed core
properties. PDF: reportlab in invariant mode with DejaVu Sans embedded (for ☒ and ☐).
Email: the standard library with fixed boundaries, dates and Message-IDs.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FIXED = datetime(2026, 11, 1, 9, 0, 0)
FONTS = "/usr/share/fonts/truetype/dejavu"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

rl_config.invariant = 1
pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))


class Word:
    """A Word document built paragraph by paragraph."""

    def __init__(self, author: str) -> None:
        self.doc = docx.Document()
        self.author = author
        style = self.doc.styles["Normal"]
        style.font.name = "Arial"
        style.font.size = Pt(10)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def para(self, text: str, bold: bool = False, strike: str = "") -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(text).bold = bold
        if strike:
            paragraph.add_run(strike).font.strike = True

    def header(self, text: str) -> None:
        self.doc.sections[0].header.paragraphs[0].text = text

    def table(self, rows: list[list[str]], bold_first: bool = True, style: str = "Table Grid"):
        width = max(len(row) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = style
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                if bold_first and (c == 0 or r == 0) and value:
                    for run in cell.paragraphs[0].runs:
                        run.bold = c == 0 or r == 0
        return table

    def control_row(self, table, label: str, value: str, tag: str, checkbox=None) -> None:
        """A label cell and a content control (plain text, or a checkbox) beside it."""
        row = table.add_row()
        row.cells[0].text = label
        cell = row.cells[1]
        cell._tc.remove(cell.paragraphs[0]._p)
        cell._tc.append(parse_xml(_sdt(value, tag, checkbox)))

    def text_box(self, lines: list[str]) -> None:
        """A floating VML text box holding ``lines`` (as Word's older text boxes are)."""
        body = "".join(
            f"<w:p><w:r><w:t xml:space='preserve'>{escape(x)}</w:t></w:r></w:p>" for x in lines
        )
        xml = (
            f'<w:p xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
            '<v:shape id="box1" style="width:220pt;height:160pt;position:absolute;'
            'margin-left:260pt" strokeweight="1pt"><v:textbox><w:txbxContent>'
            f"{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        )
        self.doc.element.body.insert(len(self.doc.element.body) - 1, parse_xml(xml))

    def bytes(self) -> bytes:
        props = self.doc.core_properties
        props.author = props.last_modified_by = self.author
        props.created = props.modified = props.last_printed = FIXED
        props.revision = 1
        props.title = ""
        raw = io.BytesIO()
        self.doc.save(raw)
        return _fixed_zip(raw.getvalue())


def _sdt(value: str, tag: str, checkbox: bool | None) -> str:
    if checkbox is None:
        shown = escape(value)
        props = "<w:text/>"
    else:
        shown = "☒" if checkbox else "☐"
        props = (
            '<w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
            f'<w14:checked w14:val="{int(checkbox)}"/></w14:checkbox>'
        )
        shown = f"{shown} {escape(value)}"
    return (
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f"{props}</w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space='preserve'>{shown}</w:t>"
        "</w:r></w:p></w:sdtContent></w:sdt>"
    )


def _fixed_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def merge(table, first: tuple[int, int], last: tuple[int, int], text: str) -> None:
    cell = table.cell(*first).merge(table.cell(*last))
    cell.text = text


STYLES = {
    "body": ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11.5),
    "small": ParagraphStyle("small", fontName="DejaVu", fontSize=8, leading=10),
    "bold": ParagraphStyle("bold", fontName="DejaVu-Bold", fontSize=9, leading=11.5),
    "title": ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18),
    "h2": ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=6),
}


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), STYLES[style])


def grid(rows: list[list[str]], widths: list[float], head: bool = False) -> Table:
    """A table whose long cells wrap (each cell a Paragraph)."""
    cells = [
        [
            p(value, "bold" if (head and r == 0) or (c == 0 and not head) else "small")
            for c, value in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0 if head else -1), colors.whitesmoke),
            ]
            if head
            else [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def pdf(story: list, title: str, author: str) -> bytes:
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author=author,
        invariant=1,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    )
    document.build(story)
    return out.getvalue()


def pdf_two_columns(head: list, left: list, right: list, title: str, author: str) -> bytes:
    """A page with a full-width heading and two text columns below it."""
    out = io.BytesIO()
    document = BaseDocTemplate(out, pagesize=A4, title=title, author=author, invariant=1)
    width, height = A4
    margin, gap, top = 16 * mm, 6 * mm, 40 * mm
    column = (width - 2 * margin - gap) / 2
    frames = [
        Frame(margin, height - top - 4 * mm, width - 2 * margin, top - 12 * mm, id="head"),
        Frame(margin, margin, column, height - top - margin - 6 * mm, id="left"),
        Frame(margin + column + gap, margin, column, height - top - margin - 6 * mm, id="right"),
    ]
    later = [
        Frame(margin, margin, column, height - 2 * margin, id="l2"),
        Frame(margin + column + gap, margin, column, height - 2 * margin, id="r2"),
    ]
    document.addPageTemplates(
        [
            PageTemplate(id="first", frames=frames, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=later),
        ]
    )
    document.build([*head, FrameBreak(), *left, FrameBreak(), *right])
    return out.getvalue()


SPACE = Spacer(1, 3 * mm)


def email_message(
    sender: str,
    to: str,
    subject: str,
    date_header: str,
    message_id: str,
    text: str | None = None,
    html: str | None = None,
    cc: str = "",
    attachments: tuple[tuple[str, bytes], ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """An email with fixed boundaries (a plain, HTML or alternative body; attachments)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = date_header
    message["Message-ID"] = message_id
    for name, value in headers:
        message[name] = value
    if text is not None:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    else:
        message.set_content(html, subtype="html")
    for filename, data in attachments:
        kind = {
            "pdf": ("application", "pdf"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "txt": ("text", "plain"),
        }[filename.rsplit(".", 1)[1]]
        if kind[0] == "text":
            message.add_attachment(data.decode("utf-8"), filename=filename)
        else:
            message.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=filename)
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"==hearth-i-{message_id[1:9]}-{number}==")
    return message.as_bytes(policy=SMTP)
