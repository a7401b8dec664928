"""Writes training_d blocks as Word, text PDF and plain text, and the email layouts as .eml."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, datetime, time
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

from docx import Document
from hearth_kit.clock import TEST_NOW
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from training_d_model import (
    Doc,
    day_text,
    family_text,
    history_text,
    legal_text,
    pronoun,
    risk_prose,
)

FIXED = (2026, 11, 23, 9, 0, 0)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed member times, so the same seed gives the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def write_docx(blocks: list[tuple]) -> bytes:
    document = Document()
    document.core_properties.created = TEST_NOW.replace(tzinfo=None)
    document.core_properties.modified = TEST_NOW.replace(tzinfo=None)
    document.core_properties.author = "Fictional author"
    for kind, *rest in blocks:
        if kind == "title":
            document.add_heading(rest[0], level=1)
        elif kind == "heading":
            document.add_heading(rest[0], level=2)
        elif kind == "para" and rest[0]:
            document.add_paragraph(rest[0])
        elif kind == "rows":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in rest[0]:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
        elif kind == "grid":
            header, rows = rest
            table = document.add_table(rows=1, cols=len(header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, header):
                cell.text = text
            for row in rows:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def write_pdf(blocks: list[tuple]) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    for kind, *rest in blocks:
        if kind == "title":
            story.append(Paragraph(escape(rest[0]), styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(escape(rest[0]), styles["Heading2"]))
        elif kind == "para" and rest[0]:
            story.append(Paragraph(escape(rest[0]), body))
        elif kind == "rows":
            data = [[Paragraph(escape(a), body), Paragraph(escape(b), body)] for a, b in rest[0]]
            story.append(Table(data, colWidths=[170, 300], style=grid))
        elif kind == "grid":
            header, rows = rest
            width = 470 / len(header)
            data = [[Paragraph(escape(cell), body) for cell in row] for row in [header, *rows]]
            story.append(Table(data, colWidths=[width] * len(header), style=grid))
        story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="Referral").build(story)
    return buffer.getvalue()


def write_txt(blocks: list[tuple]) -> bytes:
    lines: list[str] = []
    for kind, *rest in blocks:
        if kind == "title":
            lines += [rest[0].upper(), "=" * len(rest[0]), ""]
        elif kind == "heading":
            lines += ["", rest[0], "-" * len(rest[0])]
        elif kind == "para" and rest[0]:
            lines += [rest[0], ""]
        elif kind == "rows":
            lines += [f"{label}: {value}" for label, value in rest[0]]
        elif kind == "grid":
            header, rows = rest
            lines.append(" | ".join(header))
            lines += [" | ".join(row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def _sent(doc: Doc, hour: int, minute: int = 0) -> str:
    return format_datetime(datetime.combine(doc.referral_date, time(hour, minute), UTC))


def _message(doc: Doc, sender: str, to: str, subject: str, body: str, hour: int) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = _sent(doc, hour)
    message["Message-ID"] = f"<{doc.slug}@mail.example.gov.uk>"
    message.set_content(body)
    return message.as_bytes()


def _child_paragraphs(doc: Doc, rng: random.Random) -> str:
    parts = []
    for child in doc.children:
        he, _him, his = pronoun(child)
        dob = day_text(child.dob, 0) if child.dob else "not known"
        age = child.age_on(doc.referral_date)
        legal = legal_text(child.legal, rng, "not yet confirmed")
        parts.append(
            f"{child.first} {child.last}, DOB {dob} (age {age}). Legal status: {legal}.\n"
            f"{he[:1].upper() + he[1:]} knows about this referral and {his} views are "
            "recorded.\n"
            f"School: {child.school_words}. Health: {(child.health or 'TBC').rstrip('.')}.\n"
            f"Family time: {(family_text(child) or 'TBC').rstrip('.')}.\n"
            f"{history_text(child, 'Placement history: to follow.')}\n"
            f"Risks: {risk_prose(child, rng)}"
        )
    return "\n\n".join(parts)


def duty_email(doc: Doc, rng: random.Random) -> bytes:
    """A duty worker sends it; the allocated worker is named in the body only."""
    sender = doc.sender
    body = (
        "Hi all,\n\n"
        f"Please see below a request for {doc.setting_words} for a young person open to "
        f"{doc.worker.name} (allocated SW, {doc.worker.phone}, {doc.worker.email}), who is "
        f"on leave today so I am sending this from duty. Our ref {doc.la_reference}.\n\n"
        f"Urgency: {doc.urgency_words}. Needed: {doc.start_words}. "
        f"Expected length: {doc.duration_words}. {doc.history_note}\n\n"
        f"{_child_paragraphs(doc, rng)}\n\n"
        "Any questions please come back to the duty inbox.\n\n"
        f"{sender.name.split()[0]}\n"
        f"{sender.name} | Duty Social Worker | {doc.la_words}\n"
        f"T: {sender.phone}\n"
    )
    return _message(
        doc,
        f"{sender.name} <{sender.email}>",
        "placements@fostering.example.org.uk",
        f"Placement request - {doc.children[0].first[0]}{doc.children[0].last[0]}",
        body,
        11,
    )


def edt_forward(doc: Doc, rng: random.Random) -> bytes:
    """An out-of-hours request forwarded by the placements team the next morning."""
    edt = doc.extra["edt"]
    inner = (
        f"From: {edt.name} <{edt.email}>\n"
        f"Sent: {day_text(doc.extra['edt_day'], 1)} 23:41\n"
        f"To: Placements Team\n"
        f"Subject: EDT - placement needed tonight\n\n"
        f"EDT here. Police brought {doc.children[0].first} into care this evening. "
        f"Need {doc.setting_words}, {doc.urgency_words}, {doc.duration_words}. "
        f"{doc.history_note}\n\n"
        f"{_child_paragraphs(doc, rng)}\n\n"
        f"{edt.name}\nEmergency Duty Team (out of hours)\n{edt.phone}\n"
    )
    body = (
        "Morning,\n\n"
        f"Forwarding last night's EDT request below. The case is now allocated to "
        f"{doc.worker.name} in the Assessment Team ({doc.worker.email}, "
        f"{doc.worker.phone}), who is the contact from now on. "
        f"{doc.ref_label}: {doc.la_reference}. Start: {doc.start_words}.\n\n"
        f"Thanks\n{doc.sender.name.split()[0]}\n{doc.sender.name}, Placement Officer, "
        f"{doc.la_words}\n\n"
        "---------- Forwarded message ---------\n" + inner
    )
    return _message(
        doc,
        f"{doc.sender.name} <{doc.sender.email}>",
        "referrals@homes.example.co.uk",
        "FW: EDT - placement needed tonight",
        body,
        8,
    )


def correction_reply(doc: Doc, rng: random.Random) -> bytes:
    """The worker corrects a value in a reply above the quoted original request."""
    wrong = doc.extra["wrong"]
    child = doc.children[0]
    original = (
        f"Dear colleagues,\n\nI am the allocated social worker for {child.first}. "
        f"We need {doc.setting_words} ({doc.urgency_words}, {doc.duration_words}, "
        f"{doc.start_words}). {doc.history_note}\n\n"
        + _child_paragraphs(doc, rng).replace(doc.extra["right_text"], wrong)
        + f"\n\nKind regards\n{doc.worker.name}\nSocial Worker, Children in Care Team\n"
        f"{doc.la_words}\nMob: {doc.worker.phone}\n"
    )
    quoted = "\n".join("> " + line if line else ">" for line in original.splitlines())
    body = (
        f"Sorry all - correction: {doc.extra['correction']}\n\n"
        f"{doc.worker.name.split()[0]}\n\n"
        f"On {day_text(doc.extra['first_day'], 1)} at 16:05, {doc.worker.name} "
        f"<{doc.worker.email}> wrote:\n" + quoted + "\n"
    )
    return _message(
        doc,
        f"{doc.worker.name} <{doc.worker.email}>",
        "Regional Commissioning Hub <hub@commissioning.example.gov.uk>",
        f"RE: Referral {doc.la_reference} - {child.first}",
        body,
        9,
    )


EMAILS = {
    "duty_email": duty_email,
    "edt_forward": edt_forward,
    "correction_reply": correction_reply,
}


def inline_answers(doc: Doc, rng: random.Random) -> bytes:
    """The worker answers an agency's quoted questions inline, below each one."""
    child = doc.children[0]
    asker = doc.sender
    he, _, _his = pronoun(child)
    dob = day_text(child.dob, 1) if child.dob else "not known - we are checking"
    answers = [
        ("What is the young person's date of birth?", dob),
        ("Legal status?", legal_text(child.legal, rng, "awaiting legal advice")),
        ("School or college?", child.school_words or "TBC"),
        ("Any health needs or medication?", child.health or "I will come back to you"),
        ("Family time arrangements?", family_text(child) or "TBC"),
        ("Previous placements?", history_text(child, "Will send the chronology tomorrow")),
        ("Any risks we should know about?", risk_prose(child, rng)),
    ]
    lines = []
    for question, answer in answers:
        lines += [f"> {question}", "", answer, ""]
    body = (
        f"Hi {asker.name.split()[0]},\n\n"
        f"Thanks for coming back so quickly. To recap, {child.first} {child.last} needs "
        f"{doc.setting_words}; it is {doc.urgency_words}, {doc.duration_words}, and "
        f"{he} could move {doc.start_words}. {doc.history_note} Our reference is "
        f"{doc.la_reference}. My answers are under each of your questions.\n\n"
        f"On {day_text(doc.referral_date, 1)}, {asker.name} <{asker.email}> wrote:\n"
        f"> Dear {doc.worker.name.split()[0]},\n>\n> Thank you for the referral for "
        f"{child.first}. Before we can look at matching, could you tell us:\n>\n"
        + "\n".join(lines)
        + f"\nMany thanks\n{doc.worker.name}\nSocial Worker | {doc.la_words}\n"
        f"{doc.worker.phone} | {doc.worker.email}\n"
    )
    return _message(
        doc,
        f"{doc.worker.name} <{doc.worker.email}>",
        f"{asker.name} <{asker.email}>",
        f"RE: Referral for {child.first} - a few questions",
        body,
        15,
    )


EMAILS["inline_answers"] = inline_answers
