"""Builds training_a/: hand-written referral layouts for the reader's error classes
1-5, 8, 10 and 11 of issue 12 (PDF geometry, several children, who is who, the LA named
only in a heading or domain, labels beyond the vocabulary, values not cells, placement
counts, never an invented date).

    .venv/bin/python services/referrals/tests/documents/make_training_a.py

Every person, reference and address here is fictional. The layouts and phrasings are
written by hand, unlike the corpus generator's, and were written before the reader was
changed for them. They are training documents: the reader is tuned while looking at them.
"""

from __future__ import annotations

import io
import json
import sys
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas  # noqa: F401 (the documents draw with m.canvas)
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

HERE = Path(__file__).parent / "training_a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
RISKS = {
    "to_child": [
        "self_harm",
        "sexual_exploitation",
        "criminal_exploitation",
        "drug_alcohol",
        "eating_disorder",
        "missing",
    ],
    "to_others": [
        "physical_harm",
        "sexual_harm",
        "fire_setting",
        "harm_to_animals",
        "criminal_exploitation",
    ],
}
DOCUMENTS: dict[str, tuple[bytes, dict]] = {}


# ---- truth ---------------------------------------------------------------------------------


def kid(first, last, **facts) -> dict:
    """One child's truth; ``health``, ``prev`` (previous placements) and ``history_known``
    are used for the missing list and the extra checks, not the shared scorer."""
    return {
        "first_name": first,
        "last_name": last,
        "date_of_birth": facts.get("dob"),
        "age_years": None if facts.get("dob") else facts.get("age"),  # the contract's rule
        "gender": facts.get("gender"),
        "legal_status": facts.get("legal"),
        "school": facts.get("school"),
        "family_time_count": facts.get("ft"),
        "placement_history_count": facts.get("ph"),
        "previous_placements_count": facts.get("prev"),
        "risks": facts.get("risks", {}),
        "_health": facts.get("health", False),
    }


def _child_missing(index: int, child: dict) -> list[str]:
    base = f"/children/{index}"
    missing = [
        f"{base}/{name}"
        for name, key in (
            ("legal_status", "legal_status"),
            ("gender", "gender"),
            ("date_of_birth", "date_of_birth"),
            ("school", "school"),
            ("family_time", "family_time_count"),
        )
        if child[key] is None
    ]
    if child["placement_history_count"] is None and child["previous_placements_count"] is None:
        missing.append(f"{base}/placement_history")
    if not child["_health"]:
        missing.append(f"{base}/health_needs")
    risks = child["risks"]
    if not any(state != "not_stated" for state in risks.values()):
        missing.append(f"{base}/risks")
    else:
        for group, names in RISKS.items():
            missing += [
                f"{base}/risks/{group}/{name}"
                for name in names
                if risks.get(f"{group}/{name}", "not_stated") == "not_stated"
            ]
    return missing


def truth(file, *, la, ref, date, sw, place, children, unclear=()) -> dict:
    """The expected.json of one document, its missing list worked out from the facts."""
    setting, urgency, duration, start, needed_by = place
    missing = [] if ref else ["/la_reference"]
    missing += [
        f"/placement/{name}"
        for name, value in (("urgency", urgency), ("duration", duration), ("start_date", start))
        if value is None
    ]
    for index, child in enumerate(children):
        missing += _child_missing(index, child)
    return {
        "file": file,
        "la_code": la,
        "la_reference": ref,
        "referral_date": date,
        "social_worker": dict(zip(("name", "email", "phone"), sw, strict=True)),
        "placement": {
            "setting": setting,
            "urgency": urgency,
            "duration": duration,
            "start_date": start,
            "needed_by": needed_by,
        },
        "children": [{k: v for k, v in c.items() if not k.startswith("_")} for c in children],
        "unclear": list(unclear),
        "missing": sorted(missing),
    }


def add(name: str, data: bytes, expected: dict) -> None:
    DOCUMENTS[name] = (data, expected)


# ---- formats -------------------------------------------------------------------------------


def _font() -> str:
    if Path(FONT).exists():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        return "DejaVu"
    return "Helvetica"


def _grid(rows, widths, font, header=False):
    table = Table(rows, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
    table.setStyle(TableStyle(style))
    return table


def _story_pdf(story_of) -> bytes:
    font = _font()
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontName=font, fontSize=9, leading=11)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build(story_of(font, styles, lambda text: Paragraph(text, cell)))
    return buffer.getvalue()


def _docx(build) -> bytes:
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document, rows, style="Table Grid"):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return table


def _email(headers: dict, body: str) -> bytes:
    message = EmailMessage()
    for key, value in headers.items():
        message[key] = value
    message.set_content(body)
    return bytes(message)


from training_a_docs import build_all  # noqa: E402
from training_a_more import build_more  # noqa: E402


def main() -> None:
    HERE.mkdir(exist_ok=True)
    build_all(sys.modules[__name__])
    build_more(sys.modules[__name__])
    for name, (data, expected) in DOCUMENTS.items():
        (HERE / name).write_bytes(data)
        answer = HERE / (name.rsplit(".", 1)[0] + ".expected.json")
        answer.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(DOCUMENTS)} documents in {HERE}")


if __name__ == "__main__":
    main()
