"""Builds the hand-written layouts in handwritten/ that need a binary format (PDF).

    .venv/bin/python services/referrals/tests/documents/make_handwritten.py

The layouts and values are written by hand here (not by the corpus generator): a ruled
ART panel form with a tick grid, sibling columns, and an unruled side-by-side form.
They are training documents: the reader was tuned while looking at them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from corpus_render import W_NS, _sdt, _w14_box
from docx import Document
from docx.oxml import parse_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent / "handwritten"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _font() -> str:
    if Path(FONT).exists():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        return "DejaVu"
    return "Helvetica"


def _grid(rows, widths, font):
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def art_panel() -> bytes:
    font = _font()
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontName=font, fontSize=9, leading=11)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    para = lambda text: Paragraph(text, cell)  # noqa: E731
    story = [
        Paragraph("Sandwell Children's Trust", styles["Title"]),
        Paragraph("Access to Resources Team (ART) - Placement Request", styles["Heading2"]),
        _grid(
            [
                ["CCM No", "88213-B"],
                ["Date of request", "17 November 2026"],
                ["Child's full name", "Olivia Grant"],
                ["Date of birth", "09/01/2011"],
                ["Age and gender", "15, Female"],
                ["Ethnicity/Religion", "Black British / Muslim (practising, attends mosque)"],
                ["Legal status", "Interim Care Order (s38)"],
                ["School", "Ormiston Academy, Year 11"],
                [
                    "Placement needed",
                    para(
                        "Foster placement, long term. Planned move; she is currently in an "
                        "emergency placement with a connected carer that ends on 4 December."
                    ),
                ],
                ["Start date", "01/12/2026"],
                ["Number of previous placements", "2"],
                [
                    "Family time",
                    para("Mum three times a week supervised. Sister monthly, unsupervised."),
                ],
                ["Allocated social worker", "Dele Adeyemi"],
                ["SW email", "dele.adeyemi@sandwellchildrenstrust.org"],
                ["SW phone", "0121 569 3344"],
                ["Team manager", "Ruth Kaye, 0121 569 3300"],
            ],
            [150, 330],
            font,
        ),
        Spacer(1, 12),
        Paragraph("Risks", styles["Heading3"]),
        _grid(
            [
                ["Risk", "Yes", "No", "Details"],
                ["Self-harm", "☒", "☐", para("Cut her arms in September 2026; CAMHS involved.")],
                ["Child sexual exploitation", "☐", "☒", ""],
                ["Going missing", "☐", "☒", para("None since 2023.")],
                ["Substance misuse", "☐", "☒", ""],
                ["Fire setting", "☐", "☒", ""],
                [
                    "Violence / aggression to others",
                    "☒",
                    "☐",
                    para("Verbal and physical aggression to carers when dysregulated."),
                ],
            ],
            [150, 40, 40, 250],
            font,
        ),
    ]
    doc.build(story)
    return buffer.getvalue()


def sibling_columns() -> bytes:
    font = _font()
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    story = [
        Paragraph("Cornwall Council - Sibling Group Placement Referral", styles["Title"]),
        _grid(
            [
                ["Referral date", "18/11/2026"],
                ["Social worker", "Tamsin Pascoe"],
                ["Email", "tamsin.pascoe@cornwall.gov.uk"],
                ["Phone", "01872 322 640"],
                ["Type of placement", "Fostering - sibling group, planned, long term"],
            ],
            [150, 330],
            font,
        ),
        Spacer(1, 12),
        _grid(
            [
                ["", "Child 1", "Child 2"],
                ["Name", "Ava Trewin", "Noah Trewin"],
                ["Date of birth", "02/05/2016", "11/10/2019"],
                ["Gender", "Female", "Male"],
                ["Legal status", "Care Order", "Care Order"],
                ["LCS number", "CC-10021", "CC-10022"],
                ["School", "Truro Primary, Year 5", "Truro Primary, Reception"],
            ],
            [150, 165, 165],
            font,
        ),
        Spacer(1, 12),
        _grid(
            [
                ["Family members", "Relationship", "Contact"],
                ["Kerry Trewin", "Mother", "Fortnightly, supervised"],
                ["Dean Trewin", "Father", "No contact - whereabouts unknown"],
            ],
            [150, 165, 165],
            font,
        ),
    ]
    doc.build(story)
    return buffer.getvalue()


def side_by_side() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 800, "Placement Referral Form")
    pdf.setFont("Helvetica", 9)
    rows = [
        ("Child's name", "Leo Marsh", "Date of birth", "03/03/2014"),
        ("Gender", "Male", "Legal status", "Section 20"),
        ("System ID", "4410872", "Date of referral", "13/11/2026"),
        ("Placement type", "Residential", "Timescale", "Planned"),
        ("Length of stay", "Long term", "Date needed", "07/12/2026"),
    ]
    y = 770
    for a, b, c, d in rows:
        pdf.drawString(40, y, a)
        pdf.drawString(150, y, b)
        pdf.drawString(300, y, c)
        pdf.drawString(410, y, d)
        y -= 16
    y -= 10
    pdf.drawString(40, y, "Social worker")
    pdf.drawString(150, y, "Chloe Dunn")
    y -= 14
    pdf.drawString(40, y, "Email")
    pdf.drawString(150, y, "chloe.dunn@northyorks.gov.uk")
    y -= 14
    pdf.drawString(40, y, "Phone")
    pdf.drawString(150, y, "01609 534 210")
    y -= 20
    pdf.drawString(40, y, "Behaviour and")
    pdf.drawString(150, y, "Leo can be physically aggressive to staff when anxious. He has")
    y -= 11
    pdf.drawString(40, y, "risks")
    pdf.drawString(150, y, "no history of fire setting and has never gone missing.")
    y -= 16
    pdf.drawString(40, y, "Is there a history of")
    pdf.drawString(150, y, "No")
    y -= 11
    pdf.drawString(40, y, "self-harm?")
    y -= 16
    pdf.drawString(40, y, "Placement history")
    pdf.drawString(150, y, "This is his first placement.")
    pdf.save()
    return buffer.getvalue()


def _row(table, label: str, *xml_or_text: str) -> None:
    cells = table.add_row().cells
    cells[0].text = label
    for index, piece in enumerate(xml_or_text, start=1):
        if piece.startswith("<"):
            cells[index].paragraphs[0]._p.append(parse_xml(piece))
        else:
            cells[index].text = piece


def _run(text: str) -> str:
    return f'<w:r {W_NS}><w:t xml:space="preserve">{text}</w:t></w:r>'


def secure_s25() -> bytes:
    document = Document()
    document.add_heading("Wigan Council", level=1)
    document.add_paragraph(
        "Application for a Secure Children's Home placement (Section 25 Children Act 1989)"
    )
    table = document.add_table(rows=0, cols=2)
    _row(table, "Young person's name", _sdt("Tyler Ashworth", "Name", False))
    _row(table, "D.O.B.", _sdt("30/07/2011", "DOB", False))
    _row(table, "Mosaic number", "M-2093381")
    _row(table, "Date of application", _sdt("Click or tap to enter a date.", "Date", True))
    legal = table.add_row().cells
    legal[0].text = "Legal status"
    paragraph = legal[1].paragraphs[0]._p
    for checked, text in ((False, " Section 20 "), (False, " ICO "), (True, " Full Care Order")):
        paragraph.append(parse_xml(_w14_box(checked)))
        paragraph.append(parse_xml(_run(text)))
    _row(table, "Type of placement requested", "Secure children's home (welfare)")
    emergency = table.add_row().cells
    emergency[0].text = "Is this an emergency?"
    paragraph = emergency[1].paragraphs[0]._p
    for checked, text in ((True, " Yes "), (False, " No")):
        paragraph.append(parse_xml(_w14_box(checked)))
        paragraph.append(parse_xml(_run(text)))
    _row(table, "Gender", "Male")
    _row(table, "Allocated social worker", "Naomi Fairclough")
    _row(table, "Contact number", "01942 487 112")
    _row(table, "Email", "n.fairclough@wigan.gov.uk")
    _row(table, "Team manager", "Steve Hilton, 01942 487 100, s.hilton@wigan.gov.uk")
    document.add_paragraph("Risks")
    risks = document.add_table(rows=0, cols=2)
    _row(risks, "Risk of CSE", "Yes - found with older males in Manchester on 3 November 2026.")
    _row(risks, "Missing episodes", "11 missing episodes since August, most recent last week.")
    _row(risks, "Self-harm", "No")
    _row(risks, "Substance misuse", "Uses cannabis daily.")
    _row(
        risks,
        "Harm to others",
        "Assaulted a member of staff at his previous secure placement in 2024.",
    )
    document.add_paragraph("Placement history")
    history = document.add_table(rows=0, cols=4)
    _row(history, "Placement", "From", "To", "Reason for ending")
    _row(
        history,
        "Foster carers (in-house)",
        "01/02/2022",
        "15/09/2023",
        "Carer gave notice due to behaviour",
    )
    _row(history, "Residential children's home", "15/09/2023", "02/05/2024", "Placement breakdown")
    _row(history, "Secure children's home", "02/05/2024", "20/08/2024", "Order ended")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def provider_two_column() -> bytes:
    document = Document()
    document.add_paragraph("Referral to Fostering Provider - Placements Standard form")
    table = document.add_table(rows=0, cols=4)
    _row(table, "Local authority", "Bristol City Council", "LA reference", "BCC/55120")
    _row(table, "Date of referral", "TBC", "Placement needed by", "Within 5 days")
    _row(table, "Legal name", "Sophie-Leigh Adams", "Known as", "Sophie")
    _row(table, "Date of birth", "19/04/2014", "Sex", "Female")
    _row(table, "Legal status", "S20", "Placement type", "Foster care - short term")
    _row(
        table, "Communication needs", "Uses Makaton with familiar adults", "Allergies", "Penicillin"
    )
    _row(
        table,
        "Can the child live with pets?",
        "Yes - loves dogs",
        "Disabilities",
        "Diagnosed with autism (ASC)",
    )
    _row(table, "Education", "Hillfields Primary, Year 6", "Care plan in place?", "Yes")
    _row(table, "Social worker", "Imran Siddiqui", "SW telephone", "0117 903 6655")
    _row(table, "SW email", "imran.siddiqui@bristol.gov.uk", "Team", "Children in Care, North")
    document.add_paragraph(
        "Risks: Sophie has no history of going missing or self-harm. She can hit out at "
        "adults when overwhelmed (weekly at present). No concerns about exploitation."
    )
    document.add_paragraph(
        "Family time: Mum every Saturday, supervised by the contact service. Nan monthly."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def scanned() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFillGray(0.3)
    for y in range(760, 400, -18):  # strokes where text would be: an image of a form
        pdf.rect(40, y, 300 + (y % 7) * 20, 8, stroke=0, fill=1)
    pdf.save()
    return buffer.getvalue()


def tick_lists() -> bytes:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Sefton Council | Children's Services"
    document.add_heading("Request for Placement", level=1)
    table = document.add_table(rows=0, cols=2)
    _row(table, "Child / young person", "Harvey Quinn")
    _row(table, "DOB", "21/12/2009")
    _row(table, "Gender", "Male")
    _row(table, "LCS ID", "5520194")
    _row(table, "Date", "16/11/2026")
    _row(table, "Legal status", "C2 - Full Care Order")
    _row(table, "Allocated SW", "Priti Mistry")
    _row(table, "SW Tel", "0151 934 4000")
    _row(table, "SW Email", "priti.mistry@sefton.gov.uk")
    paragraph = document.add_paragraph("Placement type: ")._p
    for checked, text in (
        (False, " Foster care  "),
        (False, " Residential  "),
        (True, " Supported accommodation"),
    ):
        paragraph.append(parse_xml(_w14_box(checked)))
        paragraph.append(parse_xml(_run(text)))
    paragraph = document.add_paragraph("Timescale: ")._p
    for checked, text in ((False, " Emergency  "), (True, " Planned")):
        paragraph.append(parse_xml(_w14_box(checked)))
        paragraph.append(parse_xml(_run(text)))
    document.add_paragraph("Start date: 11/01/2027")
    risks = document.add_table(rows=0, cols=4)
    _row(risks, "Risk", "Current", "Historic", "None known")
    for name, column in (
        ("Self harm", 3),
        ("Going missing", 2),
        ("Substance misuse", 1),
        ("Child sexual exploitation", 3),
        ("Aggression / violence", 2),
    ):
        cells = risks.add_row().cells
        cells[0].text = name
        for index in (1, 2, 3):
            cells[index].paragraphs[0]._p.append(parse_xml(_w14_box(index == column)))
    document.add_paragraph("Previous placements: 4 (two foster placements, two children's homes)")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def placements_standard() -> bytes:
    document = Document()
    document.add_heading("Placement Request (Placements Data Standard)", level=1)
    table = document.add_table(rows=0, cols=2)
    _row(table, "Placing local authority", "Hampshire County Council")
    _row(table, "Local authority child identifier", "HCC-0098812")
    _row(table, "Request date", "20 Nov 2026")
    _row(table, "Child's first name", "Oliver")
    _row(table, "Child's last name", "Penrose")
    _row(table, "Date of birth", "05/10/2014")
    _row(table, "Gender", "Male")
    _row(table, "Legal status", "C1 Interim care order")
    _row(table, "Need by", "Within 5 days")
    _row(table, "Setting suitability", "Foster care - suitable; Residential care - not suitable")
    _row(table, "Placement duration", "Long-term")
    _row(table, "Can live alongside", "Younger children only")
    _row(table, "Pets", "Can live with pets")
    _row(table, "Communication needs", "None")
    _row(table, "Deprivation of liberty", "No")
    _row(table, "Social worker name", "Ellen Marsh")
    _row(table, "Social worker email", "ellen.marsh@hants.gov.uk")
    _row(table, "Social worker phone", "0300 555 1384")
    risks = document.add_table(rows=0, cols=5)
    _row(risks, "Risk to the child", "Present", "Historical", "Suspected", "None known")
    for name, column in (
        ("Self-harm", 4),
        ("Sexual exploitation", 3),
        ("Criminal exploitation", 4),
        ("Drug and alcohol misuse", 4),
        ("Eating disorder", 4),
        ("Going missing", 2),
    ):
        cells = risks.add_row().cells
        cells[0].text = name
        for index in (1, 2, 3, 4):
            cells[index].paragraphs[0]._p.append(parse_xml(_w14_box(index == column)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def two_pairs_per_line() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(40, 805, "Kirklees Council - Children's Services - Referral for Placement")
    pdf.setFont("Helvetica", 9)
    lines = [
        ("Name: Mia Sutcliffe", "DOB: 17/08/2010"),
        ("Gender: Female", "Legal status: S20"),
        ("Referral date: 21/11/2026", "Case no: 6672013"),
        ("Placement type: Residential", "Urgency: Planned"),
        ("Duration: Short term", "Start date: 30/11/2026"),
        ("Social worker: Asha Begum", "Phone: 01484 221 000"),
        ("Email: asha.begum@kirklees.gov.uk", ""),
    ]
    y = 780
    for left, right in lines:
        pdf.drawString(40, y, left)
        if right:
            pdf.drawString(310, y, right)
        y -= 15
    y -= 10
    for text in (
        "Mia has a diagnosis of ADHD and takes melatonin. She self-harms by cutting when",
        "distressed; the last incident was last week. No history of fire setting or",
        "harming animals. Her brother is involved in county lines.",
        "Family time: Dad weekly (supervised); Mum - no contact (Mia's choice).",
    ):
        pdf.drawString(40, y, text)
        y -= 12
    pdf.save()
    return buffer.getvalue()


def name_columns() -> bytes:
    document = Document()
    document.add_heading("Wakefield Council - Sibling Referral", level=1)
    top = document.add_table(rows=0, cols=2)
    _row(top, "Date of referral", "13/11/2026")
    _row(top, "Placement sought", "Foster carers able to take both boys, planned, long term")
    _row(top, "Social worker", "Dean Hollis, dean.hollis@wakefield.gov.uk, 01924 302 555")
    table = document.add_table(rows=0, cols=3)
    _row(table, "Details", "Kyle", "Mason")
    _row(table, "Surname", "Barker", "Barker")
    _row(table, "DOB", "03/02/2013", "19/09/2015")
    _row(table, "Gender", "Male", "Male")
    _row(table, "Legal status", "ICO", "ICO")
    _row(table, "Mosaic ID", "WK-110", "WK-111")
    _row(table, "Self-harm", "No", "No")
    _row(table, "Going missing", "Yes - twice this month", "No")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    only = set(sys.argv[1:])
    for name, build in (
        ("h01-art_panel.pdf", art_panel),
        ("h02-sibling_columns.pdf", sibling_columns),
        ("h07-side_by_side.pdf", side_by_side),
        ("h08-secure_s25.docx", secure_s25),
        ("h12-scanned.pdf", scanned),
        ("h13-provider_two_column.docx", provider_two_column),
        ("h17-tick_lists.docx", tick_lists),
        ("h20-placements_standard.docx", placements_standard),
        ("h21-two_pairs_per_line.pdf", two_pairs_per_line),
        ("h23-name_columns.docx", name_columns),
    ):
        if not only or name in only:
            (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main()
