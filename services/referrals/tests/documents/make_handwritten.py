"""Builds the hand-written layouts in handwritten/ that need a binary format (PDF).

    .venv/bin/python services/referrals/tests/documents/make_handwritten.py

The layouts and values are written by hand here (not by the corpus generator): a ruled
ART panel form with a tick grid, sibling columns, and an unruled side-by-side form.
They are training documents: the reader was tuned while looking at them.
"""

from __future__ import annotations

import io
from pathlib import Path

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


def main() -> None:
    for name, build in (
        ("h01-art_panel.pdf", art_panel),
        ("h02-sibling_columns.pdf", sibling_columns),
        ("h07-side_by_side.pdf", side_by_side),
    ):
        (HERE / name).write_bytes(build())


if __name__ == "__main__":
    main()
