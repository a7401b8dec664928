"""The facts behind each frozen_2 document, the truth they give, and byte-stable writers."""

from __future__ import annotations

import base64
import io
import quopri
import random
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from f2_text import RISK_KEYS, STATE, parse_risks

FIXED = datetime(2026, 12, 4, 12, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Child:
    first: str
    last: str
    gender: str | None
    dob: date | None
    age: int | None = None
    legal: str | None = None
    ref: str | None = None
    school: str | None = None
    school_year: str = ""
    ft: list[tuple[str, str, bool | None, str]] | None = None  # (with, freq, supervised, text)
    no_contact: list[tuple[str, str]] = field(default_factory=list)  # (who, text)
    history: int | None = None  # placements in care including the current one
    health: str | None = None
    risks: str = ""  # "sh=P cse=N ..."; an absent key is not stated
    known_as: str | None = None
    risk_text: dict[str, str] = field(default_factory=dict)  # a sentence written for this child

    @property
    def risk_codes(self) -> dict[str, str]:
        return parse_risks(self.risks) if self.risks else {}


@dataclass
class Person:
    name: str
    role: str = ""
    email: str | None = None
    phone: str | None = None


@dataclass
class Doc:
    layout: str
    ext: str
    la: str | None  # ONS code
    la_shown: str  # how the document names the LA
    domain: str  # the LA's mail domain
    date: date | None
    sw: Person
    setting: str | None
    urgency: str | None
    duration: str | None
    start: date | None
    children: list[Child]
    ref_label: str = "Case ID"
    ref_shown: bool = True
    referrer: Person | None = None
    manager: Person | None = None
    needed_form: str | None = None  # the form's own needed-by answer
    parent: dict | None = None  # parent-and-child: the parent's facts (not scored)
    unclear: list[str] = field(default_factory=list)
    extra_missing: list[str] = field(default_factory=list)
    scan: bool = False
    note: str = ""  # what this document tests (README)
    twist: dict = field(default_factory=dict)
    name: str = ""  # file stem, set by the generator


def needed_by(doc: Doc) -> str | None:
    if doc.needed_form:
        return doc.needed_form
    if doc.start is None or doc.date is None:
        return None
    days = (doc.start - doc.date).days
    if days <= 0:
        return "today"
    return "within_5_days" if days <= 5 else "later"


def child_missing(child: Child, index: int) -> list[str]:
    """The gaps completeness.py raises for what the document leaves out (scored topics only)."""
    base = f"/children/{index}"
    out = []
    if not child.legal:
        out.append(f"{base}/legal_status")
    if not child.gender:
        out.append(f"{base}/gender")
    if not child.dob:
        out.append(f"{base}/date_of_birth")
    codes = child.risk_codes
    if not codes:
        out.append(f"{base}/risks")
    else:
        out.extend(f"{base}/risks/{key}" for key in RISK_KEYS if key not in codes)
    if child.ft is None:
        out.append(f"{base}/family_time")
    if child.history is None:
        out.append(f"{base}/placement_history")
    if not child.school:
        out.append(f"{base}/school")
    if not child.health:
        out.append(f"{base}/health_needs")
    return out


def truth(doc: Doc) -> dict:
    """The .expected.json for a document, in scoring.py's format."""
    if doc.scan:
        return {
            "la_code": None,
            "la_reference": None,
            "referral_date": None,
            "social_worker": {"name": None, "email": None, "phone": None},
            "placement": {
                "setting": None,
                "urgency": None,
                "duration": None,
                "start_date": None,
                "needed_by": None,
            },
            "children": [],
            "unclear": [],
            "missing": [],
            "needs_ocr": True,
            "style": doc.layout,
            "file": doc.name,
        }
    missing = []
    if not doc.ref_shown:
        missing.append("/la_reference")
    for name in ("urgency", "duration"):
        if getattr(doc, name) is None:
            missing.append(f"/placement/{name}")
    if doc.start is None:
        missing.append("/placement/start_date")
    children = []
    for index, child in enumerate(doc.children):
        missing.extend(child_missing(child, index))
        entry = {
            "first_name": child.first,
            "last_name": child.last,
            "date_of_birth": child.dob.isoformat() if child.dob else None,
            "age_years": None if child.dob else child.age,
            "gender": child.gender,
            "legal_status": child.legal,
            "school": child.school,
            "family_time_count": None if child.ft is None else len(child.ft),
            "placement_history_count": child.history,
            "risks": {key: STATE[code] for key, code in child.risk_codes.items()},
            "health": bool(child.health),
        }
        if child.ft is not None:
            entry["family_time"] = [
                {"with": who, "frequency": freq, "supervised": sup}
                for who, freq, sup, _ in child.ft
            ]
        if child.no_contact:
            entry["no_contact_with"] = [who for who, _ in child.no_contact]
        children.append(entry)
    missing.extend(doc.extra_missing)
    first = doc.children[0]
    return {
        "la_code": doc.la,
        "la_reference": first.ref if doc.ref_shown else None,
        "referral_date": doc.date.isoformat() if doc.date else None,
        "social_worker": {"name": doc.sw.name, "email": doc.sw.email, "phone": doc.sw.phone},
        "placement": {
            "setting": doc.setting,
            "urgency": doc.urgency,
            "duration": doc.duration,
            "start_date": doc.start.isoformat() if doc.start else None,
            "needed_by": needed_by(doc),
        },
        "children": children,
        "unclear": list(doc.unclear),
        "missing": missing,
        "style": doc.layout,
        "file": doc.name,
    }


# ----------------------------------------------------------------------------- writers


def stable_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the bytes never change."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 4, 12, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def save_docx(document, author: str) -> bytes:
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    props.title = ""
    props.comments = ""
    buf = io.BytesIO()
    document.save(buf)
    return stable_zip(buf.getvalue())


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def headers_text(headers: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in headers)


def plain_email(headers: list[tuple[str, str]], body: str) -> bytes:
    head = headers_text(headers) + (
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    )
    return (head + qp(body)).encode("ascii")


def html_email(headers: list[tuple[str, str]], html: str) -> bytes:
    head = headers_text(headers) + (
        'MIME-Version: 1.0\nContent-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    )
    return (head + qp(html)).encode("ascii")


def mixed_email(
    headers: list[tuple[str, str]],
    body: str,
    attachments: list[tuple[str, str, bytes]],
    boundary: str,
    html: str | None = None,
) -> bytes:
    """multipart/mixed: a text (or text+html alternative) body and attached files."""
    parts = [
        headers_text(headers)
        + f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{boundary}"\n\nThis is a multi-part message in MIME format.\n'
    ]
    if html is None:
        parts.append(
            f'--{boundary}\nContent-Type: text/plain; charset="utf-8"\n'
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(body)}\n"
        )
    else:
        alt = boundary + "_alt"
        parts.append(
            f'--{boundary}\nContent-Type: multipart/alternative; boundary="{alt}"\n\n'
            f'--{alt}\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(body)}\n'
            f'--{alt}\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n'
            f"--{alt}--\n"
        )
    for filename, ctype, data in attachments:
        parts.append(
            f'--{boundary}\nContent-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n"
        )
    parts.append(f"--{boundary}--\n")
    return "".join(parts).encode("ascii")


def rng_for(name: str) -> random.Random:
    return random.Random(f"frozen_2/{name}")


def history_rows(
    child: Child, current: str, rng: random.Random, end: date
) -> list[tuple[str, str, str, str]]:
    """Placement rows (type, from, to, reason ended), the last one current, oldest first."""
    count = child.history or 0
    kinds = [
        "Foster care (in-house)",
        "IFA foster placement",
        "Kinship / connected person",
        "Residential children's home",
        "Emergency foster placement",
    ]
    reasons = [
        "Carers gave notice",
        "Placement breakdown",
        "Move to long-term carers",
        "Return home (failed)",
        "Carers retired",
        "Allegation against carer (unfounded)",
    ]
    rows = []
    cursor = (end or date(2026, 11, 1)) - timedelta(days=120 + 200 * count)
    for i in range(count):
        length = rng.randint(60, 220)
        start = cursor
        cursor = cursor + timedelta(days=length)
        last = i == count - 1
        rows.append(
            (
                current if last else rng.choice(kinds),
                start.strftime("%d/%m/%Y"),
                "to date" if last else cursor.strftime("%d/%m/%Y"),
                "(current)" if last else rng.choice(reasons),
            )
        )
    return rows
