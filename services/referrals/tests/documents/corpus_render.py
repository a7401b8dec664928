"""Render a fictional referral in one LA's style: Word, fillable PDF, email, HTML, text."""

from __future__ import annotations

import html
import io
import random
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from corpus_forms import Form
from corpus_truth import Truth
from docx import Document
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
PROMPTS = {
    "self_harm": "Self Harm",
    "sexual_exploitation": "child sexual exploitation",
    "criminal_exploitation": "criminal exploitation",
    "drug_alcohol": "substance misuse",
    "eating_disorder": "an eating disorder",
    "missing": "going missing",
    "physical_harm": "physical aggression",
    "sexual_harm": "harmful sexual behaviour",
    "fire_setting": "fire setting",
    "harm_to_animals": "harm to animals",
}


def _prompt(key: tuple[str, str]) -> str:
    if key == ("to_others", "criminal_exploitation"):
        return "exploiting or recruiting others"
    return PROMPTS[key[1]]


def _risk_answer(state: str, sentence: str, rng: random.Random) -> str:
    if state == "none_known":
        return rng.choice(["No", "None known", "No."])
    if state == "not_stated":
        return ""
    return ("Yes - " if state == "present" and rng.random() < 0.5 else "") + sentence


def _sentences(form: Form, child) -> dict:
    return dict(form.risk_lines(child))


# ---- Word ---------------------------------------------------------------------------------


def _sdt(text: str, alias: str, placeholder: bool) -> str:
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{html.escape(alias)}"/>{flag}</w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'
        f"</w:sdtContent></w:sdt>"
    )


def _w14_box(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {W_NS}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        f"</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r>"
        f"</w:sdtContent></w:sdt>"
    )


def _legacy_box(checked: bool) -> list[str]:
    return [
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
        f'<w:default w:val="{int(checked)}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ]


def _cell_xml(cell, xml: str) -> None:
    cell.paragraphs[0]._p.append(parse_xml(xml))


def _table(document, rows: list[list[str]]):
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=False):
            cell.text = value
    return table


def _options_cell(cell, options: list[tuple[str, bool]], kind: str) -> None:
    paragraph = cell.paragraphs[0]
    for text, ticked in options:
        if kind == "w14":
            paragraph._p.append(parse_xml(_w14_box(ticked)))
        else:
            for run in _legacy_box(ticked):
                paragraph._p.append(parse_xml(run))
        paragraph.add_run(f" {text}   ")


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def parts_docx(truth: Truth, form: Form, rng: random.Random):
    """A county's structured Word form: numbered Parts, Label | Value tables, ☒/☐ glyphs."""
    document = Document()
    document.add_heading(f"{truth.la_words} - Placement Referral Form", 1)
    document.add_paragraph("Part 1: Referral details")
    rows = form.referral_rows()
    table = _table(document, [list(row) for row in rows])
    setting_row = table.add_row().cells
    setting_row[0].text = "Setting (tick one)"
    setting_row[1].text = "  ".join(
        f"{'☒' if words == truth.setting_words else '☐'} {words}"
        for words in dict.fromkeys([truth.setting_words, "Residential", "Fostering"])
    )
    for index, child in enumerate(truth.children, start=1):
        title = f"Child {index}: details" if len(truth.children) > 1 else "Part 2: The child"
        document.add_paragraph(title)
        table = _table(document, [list(row) for row in form.child_rows(child)])
        for row in table.rows:
            if row.cells[0].text == form.labels["dob"] and truth.placeholder_dob:
                row.cells[1].text = ""
                _cell_xml(row.cells[1], _sdt("Click here to enter text.", "Date of birth", True))
        religion = table.add_row().cells
        religion[0].text = "Religion"
        _cell_xml(religion[1], _sdt("Choose an item.", "Religion", True))
    child = truth.children[0]
    document.add_paragraph("Part 3: Risks")
    sentences = _sentences(form, child)
    risk_rows = [["Question", "Answer"]]
    for key, state in child.risks.items():
        risk_rows.append(
            [
                f"Is there a history of {_prompt(key)}?",
                _risk_answer(state, sentences.get(key, ""), rng),
            ]
        )
    _table(document, risk_rows)
    for trap in truth.traps:
        document.add_paragraph(trap)
    if child.history is not None:
        document.add_paragraph("Part 4: Placement history")
        if child.history:
            _table(
                document,
                [
                    ["Placement", "Start date", "End date", "Reason for ending"],
                    *form.history_rows(child),
                ],
            )
        else:
            document.add_paragraph("This is the child's first placement.")
    document.add_paragraph("Part 5: Social worker details")
    _table(document, [list(row) for row in form.worker_rows()])
    return _docx_bytes(document), ".docx"


def provider_docx(truth: Truth, form: Form, rng: random.Random):
    """An agency's own referral form: Word check-box controls, narrative risks, history table."""
    document = Document()
    document.add_heading("Referral for placement (provider form)", 1)
    document.add_paragraph("Section A - Placement request")
    rows = [row for row in form.referral_rows() if row[0] not in (form.labels["urgency"],)]
    table = _table(document, [list(row) for row in rows])
    urgency = table.add_row().cells
    urgency[0].text = "Emergency or planned"
    both = truth.urgency_left_open
    _options_cell(
        urgency[1],
        [
            ("Emergency", both or truth.urgency == "emergency"),
            ("Planned", both or truth.urgency == "planned"),
        ],
        rng.choice(["w14", "legacy"]),
    )
    for index, child in enumerate(truth.children, start=1):
        document.add_paragraph(
            f"Child {index}" if len(truth.children) > 1 else "Section B - About the young person"
        )
        _table(document, [list(row) for row in form.child_rows(child)])
    child = truth.children[0]
    document.add_paragraph("Section C - Risks and vulnerabilities")
    for _key, sentence in form.risk_lines(child):
        document.add_paragraph(sentence)
    for trap in truth.traps:
        document.add_paragraph(trap)
    if child.history:
        document.add_paragraph("Section D - Placement history")
        _table(
            document,
            [
                ["Carer / provider", "Type", "From", "To", "Reason placement ended"],
                *[
                    [f"Placement {i + 1}", r[0], r[1], r[2], r[3]]
                    for i, r in enumerate(form.history_rows(child))
                ],
            ],
        )
    elif child.history == []:
        document.add_paragraph("No previous placements - first time in care.")
    document.add_paragraph("Section E - Referrer")
    _table(document, [list(row) for row in form.worker_rows()])
    return _docx_bytes(document), ".docx"


# ---- PDF ----------------------------------------------------------------------------------


def fillable_pdf(truth: Truth, form: Form, rng: random.Random):
    """A fillable PDF: each answer is an AcroForm field whose tooltip is the question."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle("Referral")
    y = 800
    number = 0

    def field(label: str, value: str) -> None:
        nonlocal y, number
        if y < 60:
            pdf.showPage()
            y = 800
        number += 1
        pdf.drawString(40, y + 4, label)
        pdf.acroForm.textfield(
            name=f"f{number}",
            tooltip=label,
            value=value,
            x=250,
            y=y,
            width=300,
            height=16,
            fontSize=8,
            borderWidth=0,
        )
        y -= 22

    def box(label: str, option: str, checked: bool) -> None:
        nonlocal y, number
        number += 1
        pdf.drawString(70, y + 4, f"{label}: {option}")
        pdf.acroForm.checkbox(
            name=f"b{number}", tooltip=f"{label}: {option}", checked=checked, x=40, y=y, size=12
        )
        y -= 18

    for label, value in form.referral_rows() + form.worker_rows():
        field(label, value)
    for child in truth.children:
        for label, value in form.child_rows(child):
            field(label, value)
    child = truth.children[0]
    sentences = _sentences(form, child)
    for key, state in child.risks.items():
        field(f"Risk - {_prompt(key)}", _risk_answer(state, sentences.get(key, ""), rng))
    if child.history is not None:
        field(
            form.labels["history"],
            "; ".join(" - ".join(row) for row in form.history_rows(child)) or "First placement",
        )
    pdf.save()
    return buffer.getvalue(), ".pdf"


def text_pdf(truth: Truth, form: Form, rng: random.Random):
    """A printed form saved as PDF: text only, Label: value lines."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    pdf.setFont("Helvetica", 7)
    for line in _text_lines(truth, form, rng):
        if y < 50:
            pdf.showPage()
            pdf.setFont("Helvetica", 7)
            y = 800
        pdf.drawString(30, y, line)
        y -= 14
    pdf.save()
    return buffer.getvalue(), ".pdf"


# ---- Text, HTML, email --------------------------------------------------------------------


def _text_lines(truth: Truth, form: Form, rng: random.Random) -> list[str]:
    lines = ["PLACEMENT REFERRAL", "Section 1 - Referral"]
    lines += [f"{label}: {value}" for label, value in form.referral_rows()]
    for index, child in enumerate(truth.children, start=1):
        lines.append(f"Child {index}" if len(truth.children) > 1 else "Section 2 - Child")
        lines += [f"{label}: {value}" for label, value in form.child_rows(child)]
    child = truth.children[0]
    lines.append("Section 3 - Risks")
    lines += [sentence for _key, sentence in form.risk_lines(child)] + truth.traps
    if child.history is not None:
        lines.append("Section 4 - Placement history")
        if child.history:
            lines.append("Placement | From | To | Reason for ending")
            lines += [" | ".join(row) for row in form.history_rows(child)]
        else:
            lines.append("First placement - not previously looked after.")
    lines.append("Section 5 - Social worker")
    lines += [f"{label}: {value}" for label, value in form.worker_rows()]
    return lines


def plain_text(truth: Truth, form: Form, rng: random.Random):
    return "\n".join(_text_lines(truth, form, rng)).encode("utf-8"), ".txt"


def portal_html(truth: Truth, form: Form, rng: random.Random) -> tuple[bytes, str]:
    """An LA portal's export: HTML tables, ticked inputs, narrative paragraphs."""

    def rows(pairs):
        return "".join(
            f"<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in pairs
        )

    body = [
        f"<h1>{html.escape(truth.la_words)}</h1><h2>Part 1 Referral</h2>",
        f"<table>{rows(form.referral_rows())}</table>",
    ]
    for index, child in enumerate(truth.children, start=1):
        body.append(
            f"<h2>Child {index}</h2>" if len(truth.children) > 1 else "<h2>Part 2 Child</h2>"
        )
        body.append(f"<table>{rows(form.child_rows(child))}</table>")
    child = truth.children[0]
    sentences = _sentences(form, child)
    body.append("<h2>Part 3 Risks</h2><table>")
    for key, state in child.risks.items():
        yes, no = state in ("present", "historical", "suspected"), state == "none_known"
        detail = html.escape(sentences.get(key, "") if yes else "")
        body.append(
            f"<tr><td>{html.escape(_prompt(key).capitalize())}</td><td>"
            f"<input type='checkbox' {'checked' if yes else ''}> Yes "
            f"<input type='checkbox' {'checked' if no else ''}> No</td><td>{detail}</td></tr>"
        )
    body.append("</table>" + "".join(f"<p>{html.escape(t)}</p>" for t in truth.traps))
    if child.history:
        body.append(
            "<h2>Part 4 Placement history</h2><table><tr><th>Placement</th><th>Start</th>"
            "<th>End</th><th>Reason for move</th></tr>"
        )
        body += [
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in form.history_rows(child)
        ]
        body.append("</table>")
    elif child.history == []:
        body.append("<p>This is her first placement.</p>")
    body.append(f"<h2>Part 5 Social worker</h2><table>{rows(form.worker_rows())}</table>")
    page = "<!DOCTYPE html><html><head><title>Referral</title></head><body>" + "".join(body)
    return (page + "</body></html>").encode("utf-8"), ".html"


def _message(truth: Truth, subject: str, sender: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "referrals@brightfoster.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(
        datetime.combine(truth.referral_date, datetime.min.time()).replace(hour=9)
    )
    message.set_content(body)
    return message


def _signature(truth: Truth, role: str = "Social Worker") -> str:
    return (
        f"\nKind regards,\n{truth.worker}\n{role}\nChildren's Services, {truth.la_words}\n"
        f"Tel: {truth.worker_phone}\n{truth.worker_email}\n"
    )


def short_email(truth: Truth, form: Form, rng: random.Random):
    """A four-line email: "urgent, 14 year old boy, S20, call me on ..."."""
    child = truth.children[0]
    age = truth.age(child)
    noun = "boy" if child.gender == "male" else "girl"
    urgent = "Urgent" if truth.urgency == "emergency" else "Planned"
    lines = form.risk_lines(child)
    risk = lines[0][1] if lines else ""
    # The email names one risk at most: the rest are, truthfully, not stated.
    child.risks = {
        key: (state if lines and key == lines[0][0] else "not_stated")
        for key, state in child.risks.items()
    }
    body = (
        f"Hi,\n\n{urgent} referral for {child.first_name}, {age} year old {noun}, "
        f"{child.legal_words}. Needs a {truth.setting_words.lower()} placement.\n{risk}\n"
        f"Please call me on {truth.worker_phone} if you can help.\n" + _signature(truth)
    )
    message = _message(truth, f"{urgent} referral - {age}yo {noun}", truth.worker_email, body)
    return message.as_bytes(), ".eml"


def forwarded_email(truth: Truth, form: Form, rng: random.Random):
    """A forwarded thread: a placements officer forwards the social worker's referral."""
    inner = (
        f"Hello,\n\nPlease find attached the referral for {truth.children[0].first_name}.\n"
        + _signature(truth)
    )
    body = (
        "Please see below and attached - can you let us know today if you have a match?\n\n"
        "Thanks,\nPlacements Team\n\n---------- Forwarded message ---------\n"
        f"From: {truth.worker} <{truth.worker_email}>\nDate: {truth.referral_date:%d %B %Y}\n"
        f"Subject: Referral\n\n{inner}\n\n> Earlier reply quoted: no vacancies at present.\n"
    )
    message = _message(truth, "FW: Referral", "placements@council.example", body)
    attachment, extension = (portal_html if rng.random() < 0.5 else parts_docx)(truth, form, rng)
    maintype, subtype = (
        ("text", "html")
        if extension == ".html"
        else ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    )
    message.add_attachment(
        attachment, maintype=maintype, subtype=subtype, filename=f"referral{extension}"
    )
    return message.as_bytes(), ".eml"


RENDERERS = {
    "parts_docx": parts_docx,
    "provider_docx": provider_docx,
    "fillable_pdf": fillable_pdf,
    "short_email": short_email,
    "forwarded_email": forwarded_email,
    "portal_html": portal_html,
    "plain_text": plain_text,
    "text_pdf": text_pdf,
}
