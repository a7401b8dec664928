"""training_h writers: one block list -> Word, text PDF, plain text or HTML, and emails.

A document is a list of blocks:

| block | meaning |
| --- | --- |
| ``("title", text)`` | the form's title |
| ``("h", text)`` | a section heading |
| ``("p", text)`` | a paragraph (``\\n`` breaks lines) |
| ``("kv", [(label, value), ...])`` | a two-column label/value table |
| ``("kv4", [(l1, v1, l2, v2), ...])`` | two label/value pairs per row |
| ``("grid", header, rows)`` | a table with a header row |
| ``("cells", rows)`` | boxed cells, each "Label\\nvalue" (the label above its value) |
| ``("pre", text)`` | preformatted text (kept as is) |

Every writer gives the same bytes on every run: Word files get fixed core properties and
zip member times, PDFs use reportlab's invariant mode, emails fixed boundaries and ids.
"""

from __future__ import annotations

import html
import io
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import docx
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", f"{FONT_DIR}/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
FIXED = datetime(2026, 11, 1, 9, 0, 0)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed member times so that the bytes never vary."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def docx_bytes(blocks: list, header: str = "", author: str = "") -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    props = document.core_properties
    props.author = author or "Children's Services"
    props.last_modified_by = props.author
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    props.title = next((text for kind, *text in blocks if kind == "title"), [""])[0]
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for kind, *rest in blocks:
        if kind == "title":
            document.add_heading(rest[0], level=0)
        elif kind == "h":
            document.add_heading(rest[0], level=1)
        elif kind in ("p", "pre"):
            document.add_paragraph(rest[0])
        else:
            header_row, rows = _table_rows(kind, rest)
            table = document.add_table(rows=0, cols=len(header_row or rows[0]))
            table.style = "Table Grid"
            for row in ([header_row] if header_row else []) + rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
            document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _table_rows(kind: str, rest: list) -> tuple[list | None, list[list[str]]]:
    if kind == "kv":
        return None, [list(row) for row in rest[0]]
    if kind == "kv4":
        return None, [list(row) for row in rest[0]]
    if kind == "grid":
        return list(rest[0]), [list(row) for row in rest[1]]
    if kind == "cells":
        return None, [list(row) for row in rest[0]]
    raise ValueError(kind)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(html.escape(text).replace("\n", "<br/>"), style)


def pdf_bytes(blocks: list, header: str = "", author: str = "") -> bytes:
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=11.5)
    bold = ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold")
    title = ParagraphStyle("title", parent=bold, fontSize=14, leading=18, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=bold, fontSize=11, leading=14, spaceBefore=6)
    story = []
    for kind, *rest in blocks:
        if kind == "title":
            story.append(_para(rest[0], title))
        elif kind == "h":
            story.append(_para(rest[0], heading))
        elif kind in ("p", "pre"):
            story += [_para(rest[0], body), Spacer(1, 3)]
        else:
            header_row, rows = _table_rows(kind, rest)
            data = []
            for number, row in enumerate(([header_row] if header_row else []) + rows):
                styled = []
                for column, value in enumerate(row):
                    is_label = (kind in ("kv", "kv4") and column % 2 == 0) or (
                        header_row and number == 0
                    )
                    if kind == "cells":
                        label, _, value_text = value.partition("\n")
                        styled.append([_para(label, bold), _para(value_text, body)])
                    else:
                        styled.append(_para(value, bold if is_label else body))
                data.append(styled)
            width = 180 * mm
            columns = len(data[0])
            if kind == "kv":
                widths = [55 * mm, 125 * mm]
            elif kind == "kv4":
                widths = [35 * mm, 55 * mm, 35 * mm, 55 * mm]
            else:
                widths = [width / columns] * columns
            table = Table(data, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [table, Spacer(1, 6)]

    def on_page(canvas, _doc):
        if header:
            canvas.setFont("DejaVu", 8)
            canvas.drawString(15 * mm, 287 * mm, header)

    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=next((text for kind, *text in blocks if kind == "title"), [""])[0],
        author=author or "Children's Services",
        creator="Microsoft Word",
        invariant=1,
    )
    template.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def text_of(blocks: list) -> str:
    """Plain text: labels and values on one line, tables as pipe rows."""
    lines: list[str] = []
    for kind, *rest in blocks:
        if kind == "title":
            lines += [rest[0].upper(), "=" * len(rest[0]), ""]
        elif kind == "h":
            lines += ["", rest[0], "-" * len(rest[0])]
        elif kind in ("p", "pre"):
            lines += [rest[0], ""]
        elif kind == "kv":
            lines += [f"{label}: {value}" for label, value in rest[0]] + [""]
        elif kind == "kv4":
            for l1, v1, l2, v2 in rest[0]:
                lines += [f"{l1}: {v1}", f"{l2}: {v2}"]
            lines.append("")
        elif kind == "grid":
            lines.append(" | ".join(rest[0]))
            lines += [" | ".join(row) for row in rest[1]] + [""]
        elif kind == "cells":
            for row in rest[0]:
                for cell in row:
                    label, _, value = cell.partition("\n")
                    lines.append(f"{label}: {value}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def html_of(blocks: list) -> str:
    parts = ['<html><body style="font-family: Calibri, sans-serif">']
    for kind, *rest in blocks:
        if kind == "title":
            parts.append(f"<h2>{html.escape(rest[0])}</h2>")
        elif kind == "h":
            parts.append(f"<p><b><u>{html.escape(rest[0])}</u></b></p>")
        elif kind in ("p", "pre"):
            parts.append("<p>" + html.escape(rest[0]).replace("\n", "<br>") + "</p>")
        else:
            header_row, rows = _table_rows(kind, rest)
            parts.append('<table border="1" cellpadding="3" cellspacing="0">')
            if header_row:
                parts.append(
                    "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in header_row) + "</tr>"
                )
            for row in rows:
                cells = [html.escape(c).replace("\n", "<br>") for c in row]
                parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            parts.append("</table><br>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def email_bytes(
    *,
    sender: str,
    to: str,
    subject: str,
    when: datetime,
    text: str | None,
    html_body: str | None = None,
    cc: str = "",
    attachments: tuple[tuple[str, bytes], ...] = (),
    calendar: str | None = None,
    key: str = "h",
) -> bytes:
    """An email with fixed Message-ID and MIME boundaries (``key`` makes them unique);
    ``calendar`` adds a meeting request (text/calendar) as a third alternative."""
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{key}.{when:%Y%m%d%H%M}@mail.example.gov.uk>"
    if text is not None:
        message.set_content(text)
        if html_body is not None:
            message.add_alternative(html_body, subtype="html")
        if calendar is not None:
            message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    else:
        message.set_content(html_body, subtype="html")
    types = {
        ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ".pdf": ("application", "pdf"),
    }
    for name, data in attachments:
        kind, subtype = types[name[name.rfind(".") :]]
        message.add_attachment(data, maintype=kind, subtype=subtype, filename=name)
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"==hearth-{key}-{number}==")
    return message.as_bytes()
