"""Small documents built in the tests: Word with every kind of tick box, PDFs, emails."""

from __future__ import annotations

import io
from email.message import EmailMessage

from corpus_render import W_NS, _legacy_box, _sdt, _w14_box
from docx import Document
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def docx_with_controls() -> bytes:
    document = Document()
    document.add_paragraph("Part 1: The child")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Name", "Jo Smith"),
        ("Date of birth", ""),
        ("Legal status", ""),
        ("Urgency", ""),
        ("Gender", "☒ Female ☐ Male"),
    ):
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    dob, legal, urgency = (table.rows[i].cells[1].paragraphs[0]._p for i in (1, 2, 3))
    dob.append(parse_xml(_sdt("Click here to enter text.", "Date of birth", True)))
    legal.append(parse_xml(_w14_box(True)))
    legal.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> Section 20 </w:t></w:r>'))
    legal.append(parse_xml(_w14_box(False)))
    legal.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> ICO</w:t></w:r>'))
    for run in _legacy_box(False):
        urgency.append(parse_xml(run))
    urgency.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> Emergency </w:t></w:r>'))
    for run in _legacy_box(True):
        urgency.append(parse_xml(run))
    urgency.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> Planned</w:t></w:r>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def grid_docx(header: list[str], rows: list[list[str]], facts: list[tuple[str, str]]) -> bytes:
    """A Word referral: a table of the child's ``facts`` (label, value), then a grid of
    ``rows`` under ``header`` (a risk grid, a family-time table)."""
    document = Document()
    document.add_paragraph("Referral for a foster placement")
    table = document.add_table(rows=0, cols=2)
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Risks")
    grid = document.add_table(rows=0, cols=len(header))
    for row in [header, *rows]:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fillable_pdf(fields: dict[str, str], boxes: dict[str, bool], text: str = "") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawString(40, 810, text or "Referral form")
    y = 780
    for number, (label, value) in enumerate(fields.items()):
        pdf.acroForm.textfield(
            name=f"f{number}", tooltip=label, value=value, x=250, y=y, width=300, height=16
        )
        y -= 22
    for number, (label, checked) in enumerate(boxes.items()):
        pdf.acroForm.checkbox(name=f"b{number}", tooltip=label, checked=checked, x=40, y=y)
        y -= 22
    pdf.save()
    return buffer.getvalue()


def email(
    body: str,
    *,
    subject: str = "Referral",
    attachments: int = 0,
    attachment: tuple[bytes, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Lee <sam.lee@kent.gov.uk>"
    message["To"] = "referrals@agency.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    message.set_content(body)
    for number in range(attachments):
        message.add_attachment(
            b"note", maintype="text", subtype="plain", filename=f"note{number}.txt"
        )
    if attachment:
        data, name = attachment
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()
