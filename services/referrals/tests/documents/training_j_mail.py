"""training_j's email layouts, written as raw MIME with fixed boundaries and Message-IDs."""

from __future__ import annotations

import datetime as dt
from html import escape

from training_j_forms import (
    DURATION_WORDS,
    RISK_LABELS_NOTICE,
    URGENCY_WORDS,
    form_sections,
    gender_text,
)
from training_j_model import Spec
from training_j_office import form_docx
from training_j_words import SETTING_WORDS, dob_text, family_text, history_text, risk_prose
from training_j_write import eml, multipart, part

__all__ = ["MAIL_LAYOUTS"]

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc_date(iso: str, time: str) -> str:
    day = dt.date.fromisoformat(iso)
    return (
        f"{DAYS[day.weekday()]}, {day.day:02d} {MONTHS[day.month - 1]} {day.year} {time}:00 +0000"
    )


def _referral_text(spec: Spec, fancy: bool = False, style: str = "a") -> list[str]:
    """The facts as a worker types them into an email."""
    dash = "\u2013" if fancy else "-"
    lines = []
    for kid in spec.kids:
        known = (
            f" (known as \u201c{kid.known_as}\u201d)"
            if fancy and kid.known_as
            else (f' (known as "{kid.known_as}")' if kid.known_as else "")
        )
        lines += [
            f"Name {dash} {kid.first} {kid.last}{known}",
            f"DOB {dash} {dob_text(kid)}",
            f"Gender {dash} {gender_text(kid) or 'not recorded'}",
            f"Legal status {dash} {kid.legal_words}",
            f"School {dash} {kid.school_words or 'not known'}",
            f"Health {dash} {kid.health or 'no information yet'}",
        ]
        lines += [f"{label} {dash} {value}" for label, value in kid.more]
        lines += [
            f"Family time {dash} {family_text(kid) or 'not known yet'}",
            f"Placements {dash} {history_text(kid) or 'not known'}",
            f"Risks {dash} {risk_prose(kid, kid.known_as or kid.first, spec.x.get('prose', style))}",
            "",
        ]
    return lines


def rfc822_forward(spec: Spec) -> bytes:
    """A placements officer forwards the worker's email as an attached message."""
    x = spec.x
    worker = spec.worker
    inner_body = [
        x["greeting"],
        "",
        x["context"],
        "",
        f"Placement needed: {SETTING_WORDS[spec.setting]}"
        + (f", {DURATION_WORDS[spec.duration].lower()}" if spec.duration else "")
        + f". {URGENCY_WORDS[spec.urgency]}".rstrip(". ")
        + ".",
        f"Needed from: {spec.start_words}",
        f"{x.get('id_label', 'ID')}: {spec.ref}",
        "",
    ]
    inner_body += _referral_text(spec, style="b")
    inner_body += [
        "Thanks",
        worker.name.split()[0],
        "",
        worker.name,
        worker.role,
        x["la_signature"],
        f"Tel: {worker.phone}",
    ]
    inner = eml(
        [
            ("From", f"{worker.name} <{worker.email}>"),
            ("To", x["officer_email"]),
            ("Subject", x["inner_subject"]),
            ("Date", rfc_date(x["inner_date"], x["inner_time"])),
            ("Message-ID", f"<{spec.id}-inner@mail.example.gov.uk>"),
        ],
        part(
            "text/plain", "\n".join(inner_body) + "\n", x.get("inner_encoding", "quoted-printable")
        ),
    )
    cover = "\n".join([x["cover"], "", x["officer_sign"], ""])
    # Outlook names a message forwarded as an attachment after its subject.
    attached = "".join(c for c in x["inner_subject"] if c.isalnum() or c in " -()") + ".eml"
    body = multipart(
        "mixed",
        f"=_j{spec.id}_outer",
        [
            part("text/plain", cover),
            f'Content-Type: message/rfc822; name="{attached}"\n'
            f'Content-Disposition: attachment; filename="{attached}"\n\n' + inner,
        ],
    )
    return eml(
        [
            ("From", x["officer"]),
            ("To", x["to"]),
            ("Cc", worker.email),
            ("Subject", f"FW: {x['inner_subject']}"),
            ("Date", rfc_date(spec.date, x["time"])),
            ("Message-ID", f"<{spec.id}-fwd@mail.example.gov.uk>"),
        ],
        body,
    ).encode("utf-8")


def cp1252_qp(spec: Spec) -> bytes:
    """A worker's plain email in windows-1252, quoted-printable, typographic punctuation."""
    x = spec.x
    worker = spec.worker
    lines = [
        x["greeting"],
        "",
        x["context"],
        "",
        f"What we need: {x.get('setting_words', SETTING_WORDS[spec.setting])}"
        + (f" \u2013 {DURATION_WORDS[spec.duration].lower()}" if spec.duration else "")
        + f", from {spec.start_words}. {x.get('urgency_line', '')}".rstrip(),
        "",
    ]
    lines += _referral_text(spec, fancy=True)
    if x.get("parent"):
        lines += [f"{label} \u2013 {value}" for label, value in x["parent"]] + [""]
    lines += [
        x["thanks"],
        "",
        worker.name,
        f"{worker.role} \u2022 {x['team']}",
        x["la_signature"],
        f"\u260e {worker.phone}" if x.get("phone_symbol") else f"T: {worker.phone}",
        f"E: {worker.email}",
        f"{x.get('id_label', 'Ref')}: {spec.ref}" if spec.ref else "",
    ]
    text = "\n".join(lines).rstrip() + "\n"
    text = text.replace("\u260e", "Tel")  # not in windows-1252
    return eml(
        [
            ("From", f"{worker.name} <{worker.email}>"),
            ("To", x["to"]),
            ("Subject", x["subject"]),
            ("Date", rfc_date(spec.date, x["time"])),
            ("Message-ID", f"<{spec.id}@mail.example.gov.uk>"),
        ],
        part("text/plain", text, "quoted-printable", charset="windows-1252"),
    ).encode("ascii")


def system_notice(spec: Spec) -> bytes:
    """A case-management system's automatic notice, HTML only, base64, a definition list."""
    x = spec.x
    labels = {
        "ref": x.get("id_label", "Person ID"),
        "date": "Request date",
        "worker": "Requested by",
        "h.referral": "Request",
        "h.placement": "Placement",
        "h.child": "Child",
        **RISK_LABELS_NOTICE,
    }
    html = [
        f'<html><body style="font-family:Arial"><p><b>{escape(x["system"])}</b> '
        "- automated notification. Do not reply to this address.</p>",
        f"<p>{escape(x['intro'])}</p>",
    ]
    for heading, rows in form_sections(spec, labels, "words"):
        html.append(f"<h3>{escape(heading)}</h3><dl>")
        for _, label, value in rows:
            html.append(
                f"<dt>{escape(label)}</dt><dd>{escape(value, quote=False) or '&nbsp;'}</dd>"
            )
        html.append("</dl>")
    html.append(f"<p>Reason: {escape(x['context'], quote=False)}</p>")
    html.append(
        f'<p style="font-size:8pt">{escape(spec.la_words)} | {escape(x["system"])} '
        f"| workflow step {escape(x['step'])}</p></body></html>"
    )
    return eml(
        [
            ("From", f"{x['system']} <{x['noreply']}>"),
            ("Reply-To", spec.worker.email),
            ("To", x["to"]),
            ("Subject", x["subject"]),
            ("Date", rfc_date(spec.date, x["time"])),
            ("Message-ID", f"<{spec.id}.notify@mail.example.gov.uk>"),
        ],
        part("text/html", "\n".join(html) + "\n", "base64"),
    ).encode("ascii")


def attach_body_fix(spec: Spec) -> bytes:
    """The worker's Word form attached, and the email body correcting one of its answers."""
    x = spec.x
    worker = spec.worker
    form = form_docx(spec, shown=x["shown"])
    text = "\n".join(
        [
            x["greeting"],
            "",
            x["body"],
            "",
            x["correction"],
            "",
            x["sign"],
            worker.name,
            f"{worker.role}, {x['team']}",
            f"{worker.phone}",
            "",
        ]
    )
    body = multipart(
        "mixed",
        f"----=_Part_{spec.id}_0",
        [
            part("text/plain", text),
            part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                form,
                "base64",
                charset=None,
                filename=x["filename"],
            ),
        ],
    )
    return eml(
        [
            ("From", f"{worker.name} <{worker.email}>"),
            ("To", x["to"]),
            ("Subject", x["subject"]),
            ("Date", rfc_date(spec.date, x["time"])),
            ("Message-ID", f"<{spec.id}@mail.example.gov.uk>"),
        ],
        body,
    ).encode("ascii")


MAIL_LAYOUTS = {
    "rfc822_forward": rfc822_forward,
    "cp1252_qp": cp1252_qp,
    "system_notice": system_notice,
    "attach_body_fix": attach_body_fix,
}
