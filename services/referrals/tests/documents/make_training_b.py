"""Builds training_b/: hand-written referrals for risk assertions, the request (not the
history), family time, real gaps and the newer child fields.

    .venv/bin/python services/referrals/tests/documents/make_training_b.py

Every document is written here by hand, in the phrasing LAs use (not the corpus
generator's): text forms, emails, Word forms and text PDFs. Each has an
``.expected.json`` in the format of handwritten/ (see scoring.py), whose ``missing``
list is worked out from what the document really leaves out: a field whose label is
present with an answer is never a gap. Optional ``extra`` keys hold the newer child
fields (known as, allergies, communication, disabilities, care plan, previous
placements) and the form's own needed-by answer. These are training documents: the
reader was tuned while looking at them.
"""

from __future__ import annotations

import io
import json
import sys
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

HERE = Path(__file__).parent / "training_b"
rl_config.invariant = 1  # the same bytes on every run
RISKS = [
    "to_child/self_harm",
    "to_child/sexual_exploitation",
    "to_child/criminal_exploitation",
    "to_child/drug_alcohol",
    "to_child/eating_disorder",
    "to_child/missing",
    "to_others/physical_harm",
    "to_others/sexual_harm",
    "to_others/fire_setting",
    "to_others/harm_to_animals",
    "to_others/criminal_exploitation",
]
CHILD_TOPICS = [
    "legal_status",
    "gender",
    "date_of_birth",
    "school",
    "family_time",
    "placement_history",
    "health_needs",
]


def child(first, last, dob, gender, legal, **more):
    """A child's truth; ``answered`` names the topics the document has a label for."""
    truth = {
        "first_name": first,
        "last_name": last,
        "date_of_birth": dob,
        "age_years": None if dob else more.pop("age", None),  # the contract's rule
        "gender": gender,
        "legal_status": legal,
        "school": more.pop("school", None),
        "family_time_count": more.pop("family_time_count", None),
        "placement_history_count": more.pop("placement_history_count", None),
        "risks": more.pop("risks", {}),
    }
    for key in ("family_time", "no_contact_with", "extra"):
        if key in more:
            truth[key] = more.pop(key)
    truth["_answered"] = set(more.pop("answered", ()))
    assert not more, more
    return truth


def _missing(placement: dict, children: list[dict], placement_answered: set) -> list[str]:
    missing = [
        f"/placement/{key}"
        for key in ("urgency", "duration", "start_date")
        if placement.get(key) is None and key not in placement_answered
    ]
    for index, truth in enumerate(children):
        base = f"/children/{index}"
        answered = truth["_answered"]
        for topic in CHILD_TOPICS:
            value = truth.get(topic)
            if topic == "family_time":
                value = truth["family_time_count"]
            if topic == "placement_history":
                value = truth["placement_history_count"]
            if value is None and topic not in answered:
                missing.append(f"{base}/{topic}")
        stated = [key for key, state in truth["risks"].items() if state != "not_stated"]
        if not stated and "risks" not in answered:
            missing.append(f"{base}/risks")
        elif stated:
            missing += [f"{base}/risks/{key}" for key in RISKS if key not in stated]
    return sorted(missing)


def expected(spec: dict) -> dict:
    children = spec["children"]
    placement = spec["placement"]
    truth = {
        "file": spec["file"],
        "la_code": spec["la_code"],
        "la_reference": spec["ref"],
        "referral_date": spec["date"],
        "social_worker": spec["sw"],
        "placement": {
            key: placement.get(key)
            for key in ("setting", "urgency", "duration", "start_date", "needed_by")
        },
        "children": [
            {key: value for key, value in one.items() if not key.startswith("_")}
            for one in children
        ],
        "unclear": [],
        "missing": _missing(placement, children, set(placement.get("answered", ()))),
    }
    return truth


# ---------------------------------------------------------------- rendering


def as_text(spec: dict) -> bytes:
    lines = [spec["title"], ""]
    for label, value in spec["rows"]:
        lines.append(f"{label}: {value}" if label else value)
    for heading, text in spec.get("paras", []):
        lines += ["", heading, text] if heading else ["", text]
    for rows in spec.get("tables", []):
        lines += ["", *(" | ".join(row) for row in rows)]
    return ("\n".join(lines) + "\n").encode()


def as_email(spec: dict) -> bytes:
    message = EmailMessage()
    message["From"] = spec["sender"]
    message["To"] = "referrals@brightwaterfostering.co.uk"
    message["Date"] = spec["email_date"]
    message["Subject"] = spec["subject"]
    body = [spec.get("greeting", "Hi,"), ""]
    for label, value in spec["rows"]:
        body.append(f"{label}: {value}" if label else value)
    for heading, text in spec.get("paras", []):
        body += ["", f"{heading}\n{text}" if heading else text]
    body += ["", *spec["signature"]]
    message.set_content("\n".join(body) + "\n")
    return bytes(message)


def as_docx(spec: dict) -> bytes:
    document = Document()
    document.add_heading(spec["title"], 1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in spec["rows"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for heading, text in spec.get("paras", []):
        if heading:
            document.add_heading(heading, 2)
        document.add_paragraph(text)
    for rows in spec.get("tables", []):
        extra = document.add_table(rows=0, cols=len(rows[0]))
        extra.style = "Table Grid"
        for row in rows:
            for cell, text in zip(extra.add_row().cells, row, strict=True):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_pdf(spec: dict) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    buffer = io.BytesIO()
    story = [Paragraph(spec["title"], styles["Title"])]
    if spec.get("pdf_grid"):
        rows = [[label, Paragraph(value, body)] for label, value in spec["rows"]]
        story.append(
            Table(
                rows,
                colWidths=[150, 330],
                style=[
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ],
            )
        )
    else:
        for label, value in spec["rows"]:
            story.append(Paragraph(f"{label}: {value}" if label else value, body))
    for heading, text in spec.get("paras", []):
        story.append(Spacer(1, 8))
        if heading:
            story.append(Paragraph(heading, styles["Heading3"]))
        story.append(Paragraph(text, body))
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


RENDER = {"txt": as_text, "eml": as_email, "docx": as_docx, "pdf": as_pdf}


def main() -> None:
    from training_b_more import MORE
    from training_b_specs import SPECS

    specs = SPECS + MORE

    HERE.mkdir(exist_ok=True)
    for spec in specs:
        fmt = spec["file"].rsplit(".", 1)[1]
        (HERE / spec["file"]).write_bytes(RENDER[fmt](spec))
        name = spec["file"].rsplit(".", 1)[0] + ".expected.json"
        (HERE / name).write_text(json.dumps(expected(spec), indent=1) + "\n")
    print(f"{len(specs)} documents in {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
