"""Writers for training_g: one small document model rendered as Word, text PDF, text, HTML.

A layout builds a :class:`Doc` (a title, a running header and footer, and blocks); the
writers here turn it into bytes that are the same on every run (fixed zip times, fixed
core properties, reportlab's invariant mode, fixed MIME boundaries).
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

FIXED_ZIP_TIME = (2026, 11, 23, 9, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# A run is (text, style) where style holds any of "b" (bold), "s" (struck through).
Run = tuple[str, str]


@dataclass
class Doc:
    """A document: blocks are tuples, see the writers for each kind."""

    title: str
    blocks: list[tuple] = field(default_factory=list)
    header: str | None = None
    footer: str | None = None

    def h(self, text: str) -> Doc:
        self.blocks.append(("h", text))
        return self

    def h2(self, text: str) -> Doc:
        self.blocks.append(("h2", text))
        return self

    def p(self, text: str | list[Run]) -> Doc:
        self.blocks.append(("p", text))
        return self

    def kv(self, rows: list[tuple[str, str]]) -> Doc:
        """Label / value pairs, one pair a row."""
        self.blocks.append(("kv", rows))
        return self

    def kv4(self, rows: list[tuple[str, str, str, str]]) -> Doc:
        """Two label / value pairs side by side on each row."""
        self.blocks.append(("kv4", rows))
        return self

    def grid(self, header: list[str], rows: list[list[str]]) -> Doc:
        self.blocks.append(("grid", header, rows))
        return self

    def below(self, rows: list[tuple[str, str]]) -> Doc:
        """Each label on its own line, its value on the line after."""
        self.blocks.append(("below", rows))
        return self

    def sdt(self, rows: list[tuple[str, str]]) -> Doc:
        """Label / value rows whose values sit in Word content controls."""
        self.blocks.append(("sdt", rows))
        return self


def _plain(text: str | list[Run]) -> str:
    """A paragraph's text as read on paper: struck-through runs are deleted."""
    if isinstance(text, str):
        return text
    return "".join(part for part, style in text if "s" not in style)


# ---------------------------------------------------------------- plain text


def to_text(doc: Doc, width: int = 0) -> str:
    """The document as a plain text file (CRLF-free, trailing newline)."""
    lines: list[str] = []
    if doc.header:
        lines += [doc.header, ""]
    lines += [doc.title, "=" * len(doc.title), ""]
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            lines += ["", block[1].upper(), "-" * len(block[1]), ""]
        elif kind == "h2":
            lines += ["", block[1], ""]
        elif kind == "p":
            lines += [_plain(block[1]), ""]
        elif kind in ("kv", "sdt"):
            pad = max((len(label) for label, _ in block[1]), default=0) + 2 if width else 0
            for label, value in block[1]:
                lines.append(
                    f"{label + ':':<{pad}} {value}".rstrip()
                    if pad
                    else f"{label}: {value}".rstrip()
                )
            lines.append("")
        elif kind == "kv4":
            for a, b, c, d in block[1]:
                lines.append(f"{a}: {b}".ljust(44) + f"{c}: {d}".rstrip())
            lines.append("")
        elif kind == "below":
            for label, value in block[1]:
                lines += [label, value, ""]
        elif kind == "grid":
            header, rows = block[1], block[2]
            widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
            widths = [min(w, 60) for w in widths]
            lines.append(" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
            lines.append("-+-".join("-" * w for w in widths))
            for row in rows:
                lines.append(" | ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
            lines.append("")
    if doc.footer:
        lines += ["", doc.footer]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- HTML


def to_html(doc: Doc, intro: list[str] | None = None, sign_off: list[str] | None = None) -> str:
    """The document as an HTML email body (tables with borders, as Outlook sends them)."""
    e = html.escape
    out = [
        '<html><head><meta charset="utf-8"></head>',
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">',
    ]
    for line in intro or []:
        out.append(f"<p>{e(line)}</p>" if line else "<p>&nbsp;</p>")
    out.append(f"<h2>{e(doc.title)}</h2>")
    cell = 'style="border:1px solid #999;padding:3px"'
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            out.append(f"<h3>{e(block[1])}</h3>")
        elif kind == "h2":
            out.append(f"<p><b>{e(block[1])}</b></p>")
        elif kind == "p":
            if isinstance(block[1], str):
                out.append(f"<p>{e(block[1])}</p>")
            else:
                parts = []
                for text, style in block[1]:
                    t = e(text)
                    t = f"<s>{t}</s>" if "s" in style else t
                    t = f"<b>{t}</b>" if "b" in style else t
                    parts.append(t)
                out.append(f"<p>{''.join(parts)}</p>")
        elif kind in ("kv", "sdt", "below"):
            out.append('<table style="border-collapse:collapse">')
            for label, value in block[1]:
                out.append(f"<tr><td {cell}><b>{e(label)}</b></td><td {cell}>{e(value)}</td></tr>")
            out.append("</table>")
        elif kind == "kv4":
            out.append('<table style="border-collapse:collapse">')
            for a, b, c, d in block[1]:
                out.append(
                    f"<tr><td {cell}><b>{e(a)}</b></td><td {cell}>{e(b)}</td>"
                    f"<td {cell}><b>{e(c)}</b></td><td {cell}>{e(d)}</td></tr>"
                )
            out.append("</table>")
        elif kind == "grid":
            out.append('<table style="border-collapse:collapse">')
            out.append("<tr>" + "".join(f"<th {cell}>{e(h)}</th>" for h in block[1]) + "</tr>")
            for row in block[2]:
                out.append("<tr>" + "".join(f"<td {cell}>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
    for line in sign_off or []:
        out.append(f"<p>{e(line)}</p>" if line else "<p>&nbsp;</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Word


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member times, so Word files are the same on every run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def _sdt_run(paragraph, tag: str, value: str) -> None:
    """A plain-text content control holding ``value`` inside ``paragraph``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    text = html.escape(value, quote=False)
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{html.escape(tag)}"/>'
        f'<w:tag w:val="{html.escape(tag)}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def _runs(paragraph, text: str | list[Run]) -> None:
    if isinstance(text, str):
        paragraph.add_run(text)
        return
    for part, style in text:
        run = paragraph.add_run(part)
        run.bold = "b" in style or None
        run.font.strike = "s" in style or None


def to_docx(doc: Doc) -> bytes:
    """The document as a Word file: label cells bold, grids with a header row."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    props = word.core_properties
    props.author = "Placements"
    props.last_modified_by = "Placements"
    props.created = props.modified = props.last_printed = datetime(2026, 11, 23, 9, 0)
    props.revision = 1
    props.title = doc.title
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(10)
    section = word.sections[0]
    if doc.header:
        section.header.paragraphs[0].text = doc.header
    if doc.footer:
        section.footer.paragraphs[0].text = doc.footer
    word.add_heading(doc.title, level=1)
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            word.add_heading(block[1], level=2)
        elif kind == "h2":
            word.add_heading(block[1], level=3)
        elif kind == "p":
            _runs(word.add_paragraph(), block[1])
        elif kind in ("kv", "sdt"):
            table = word.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in block[1]:
                row = table.add_row().cells
                row[0].paragraphs[0].add_run(label).bold = True
                if kind == "sdt":
                    _sdt_run(row[1].paragraphs[0], label, value)
                else:
                    _multiline(row[1], value)
            word.add_paragraph()
        elif kind == "kv4":
            table = word.add_table(rows=0, cols=4)
            table.style = "Table Grid"
            for a, b, c, d in block[1]:
                row = table.add_row().cells
                row[0].paragraphs[0].add_run(a).bold = True
                _multiline(row[1], b)
                row[2].paragraphs[0].add_run(c).bold = True
                _multiline(row[3], d)
            word.add_paragraph()
        elif kind == "below":
            for label, value in block[1]:
                word.add_paragraph().add_run(label).bold = True
                word.add_paragraph(value)
        elif kind == "grid":
            header, rows = block[1], block[2]
            table = word.add_table(rows=1, cols=len(header))
            table.style = "Table Grid"
            for index, name in enumerate(header):
                table.rows[0].cells[index].paragraphs[0].add_run(name).bold = True
            for values in rows:
                cells = table.add_row().cells
                for index, value in enumerate(values):
                    _multiline(cells[index], str(value))
            word.add_paragraph()
    out = io.BytesIO()
    word.save(out)
    return _fixed_zip(out.getvalue())


def _multiline(cell, value: str) -> None:
    lines = value.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


# ---------------------------------------------------------------- text PDF


def _pdf_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def to_pdf(doc: Doc, font_size: float = 9) -> bytes:
    """The document as a text PDF: tables with wrapped cells, header and footer on each page."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    _pdf_fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=font_size, leading=font_size + 3)
    bold = ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold")
    h1 = ParagraphStyle("h1", parent=bold, fontSize=font_size + 5, leading=font_size + 9)
    h2 = ParagraphStyle(
        "h2", parent=bold, fontSize=font_size + 2, leading=font_size + 6, spaceBefore=6
    )
    e = html.escape

    def para(text: str, style=body) -> Paragraph:
        return Paragraph(e(text).replace("\n", "<br/>"), style)

    def runs(text: str | list[Run]) -> Paragraph:
        if isinstance(text, str):
            return para(text)
        parts = []
        for part, style in text:
            if "s" in style:
                continue  # the PDF was made after the options were deleted
            t = e(part)
            t = f"<b>{t}</b>" if "b" in style else t
            parts.append(t)
        return Paragraph("".join(parts), body)

    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    width = A4[0] - 30 * mm
    story: list = [para(doc.title, h1), Spacer(1, 4)]
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            story.append(para(block[1], h2))
        elif kind == "h2":
            story.append(para(block[1], bold))
        elif kind == "p":
            story += [runs(block[1]), Spacer(1, 3)]
        elif kind in ("kv", "sdt"):
            data = [[para(label, bold), para(value)] for label, value in block[1]]
            story += [Table(data, colWidths=[width * 0.35, width * 0.65], style=grid), Spacer(1, 5)]
        elif kind == "kv4":
            data = [[para(a, bold), para(b), para(c, bold), para(d)] for a, b, c, d in block[1]]
            story += [
                Table(data, colWidths=[width * 0.2, width * 0.3] * 2, style=grid),
                Spacer(1, 5),
            ]
        elif kind == "below":
            for label, value in block[1]:
                story += [para(label, bold), para(value), Spacer(1, 3)]
        elif kind == "grid":
            header, rows = block[1], block[2]
            data = [[para(h, bold) for h in header]]
            data += [[para(str(c)) for c in row] for row in rows]
            # Long cells wrap; a header word is never broken (tick columns stay legible).
            weights = [
                max(min(max(len(str(r[i])) for r in rows or [header]), 60), len(header[i]) + 7) + 5
                for i in range(len(header))
            ]
            total = sum(weights)
            story += [
                Table(
                    data, colWidths=[width * w / total for w in weights], style=grid, repeatRows=1
                ),
                Spacer(1, 5),
            ]

    def decorate(canvas, _document) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 7)
        if doc.header:
            canvas.drawString(15 * mm, A4[1] - 10 * mm, doc.header)
        footer = f"{doc.footer}    " if doc.footer else ""
        canvas.drawString(15 * mm, 8 * mm, f"{footer}Page {canvas.getPageNumber()}")
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=15 * mm,
        title=doc.title,
        author="",
        creator="",
        producer="",
    ).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


# ---------------------------------------------------------------- email


def email_bytes(
    headers: list[tuple[str, str]],
    text: str | None = None,
    html_body: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),
    boundary_seed: str = "g",
) -> bytes:
    """An RFC 5322 message: plain, HTML-only, alternative, or mixed with attachments."""
    message = EmailMessage(policy=SMTP)
    for name, value in headers:
        message[name] = value
    if text is not None:
        message.set_content(text, cte="quoted-printable")
        if html_body is not None:
            message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    elif html_body is not None:
        message.set_content(html_body, subtype="html", cte="quoted-printable")
    for name, data, media in attachments:
        maintype, subtype = media.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    count = 0
    for part in message.walk():
        if part.is_multipart():
            count += 1
            part.set_boundary(f"----=_Part_{boundary_seed}_{count:02d}")
    return bytes(message)
