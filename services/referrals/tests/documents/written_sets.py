"""What the sanity tests of the sets written by helpers (training_g, _h, _i) share.

The reader is never run by them: a perfect draft is built from each truth file and scored
by ``scoring.score_document`` (the scorer's own code), so a truth that the scorer cannot
read, or that contradicts itself, fails; ``missing`` is checked against ``completeness.py``'s
rules applied to the referral the document describes; every file opens with the library a
reader would use and says what its truth says; the generator rebuilds every file.
"""

from __future__ import annotations

import email
import io
import json
from email import policy
from pathlib import Path

import docx
import pdfplumber
import scoring
from hearth_contract.documents import DocumentKind, DocumentRead, ExtractedValue, ReferralDraftRead
from hearth_contract.referrals import CompletenessItem, Severity

__all__ = ["file_text", "load", "perfect_draft"]


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def _extra(extra: dict) -> dict:
    """The newer fields as a draft carries them: allergies are the document's words."""
    values = dict(extra)
    if "allergies" in values:
        values["allergies"] = "named in the document" if values["allergies"] else "None known"
    return values


def perfect_draft(truth: dict) -> ReferralDraftRead:
    """The draft a flawless reader would return for this truth."""
    children = []
    for child in truth["children"]:
        risks: dict = {"to_child": {}, "to_others": {}}
        for key, state in child["risks"].items():
            group, name = key.split("/")
            risks[group][name] = {"state": state}
        count = child["placement_history_count"]
        children.append(
            {
                "first_name": child["first_name"],
                "last_name": child["last_name"],
                "date_of_birth": child["date_of_birth"],
                "age_years": child["age_years"],
                "gender": child["gender"],
                "legal_status": child["legal_status"],
                "school": {"name": child["school"]} if child["school"] is not None else None,
                "family_time": None
                if child["family_time_count"] is None
                else [
                    {"with_whom": item["with"], "frequency": item["frequency"]}
                    for item in child["family_time"]
                ],
                "no_contact_with": list(child["no_contact_with"]),
                "placement_history": None if count is None else [{} for _ in range(count)],
                "risks": risks,
                **_extra(child.get("extra") or {}),
            }
        )
    referral = {
        "la_reference": truth["la_reference"],
        "referral_date": truth["referral_date"],
        "social_worker": dict(truth["social_worker"]),
        "placement": dict(truth["placement"]),
        "children": children,
    }
    return ReferralDraftRead(
        document=DocumentRead(
            content_sha256="0" * 64, size_bytes=1, kind=DocumentKind.TEXT, media_type="text/plain"
        ),
        la_code=ExtractedValue(value=truth["la_code"], confidence=1.0, state="found"),
        referral=referral,
        # A scan (training_l's image-only PDFs) is flagged as needing OCR, nothing else.
        warnings=["Scanned image with no text layer: needs OCR"] if truth.get("needs_ocr") else [],
        missing=[
            CompletenessItem(
                pointer=pointer,
                topic="t",
                severity=Severity.BEFORE_OFFER,
                message="m",
                question="q",
            )
            for pointer in sorted(set(truth["missing"]) | scoring.absent_required(truth))
        ],
    )


def file_text(name: str, data: bytes) -> str:
    """Every file opens with the library a reader would use; returns its text."""
    if name.endswith(".docx"):
        document = docx.Document(io.BytesIO(data))
        # Every paragraph in the body XML: table cells, content controls and text boxes too.
        body = document.element.body
        parts = [
            "".join(t.text or "" for t in paragraph.iter(docx.oxml.ns.qn("w:t")))
            for paragraph in body.iter(docx.oxml.ns.qn("w:p"))
        ]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert pdf.pages
            parts = [page.extract_text() or "" for page in pdf.pages]
            # Side-by-side cells interleave their wrapped lines in plain text; read cells too.
            for page in pdf.pages:
                for table in page.extract_tables():
                    parts += [cell or "" for row in table for cell in row]
            return "\n".join(parts)
    if name.endswith(".eml"):
        message = email.message_from_bytes(data, policy=policy.default)
        assert message["From"] and message["Date"]
        parts = [str(message["Subject"]), str(message["From"]), str(message["Cc"] or "")]
        for part in message.walk():
            if part.is_multipart():
                continue
            if part.get_filename():
                parts.append(file_text(part.get_filename(), part.get_content()))
            else:
                parts.append(part.get_content())
        return "\n".join(parts)
    return data.decode("utf-8")
