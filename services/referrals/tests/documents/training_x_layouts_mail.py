"""training_x's email layouts: a worker's pasted spreadsheet forwarded twice in other people's
words, an HTML-only (base64) reply with inline answers and a correction above the quoted
original, and a tracker attached to an email of which only the named rows are this referral."""

# ruff: noqa: RUF001

from __future__ import annotations

import base64
import csv
import io
from html import escape as _escape

from training_x_layouts import ORDER, born, named, say, sex
from training_x_model import Spec
from training_x_write import email_bytes

PASTE_LABELS = {
    "sh": "Self harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Drugs/alcohol",
    "eat": "Eating",
    "mis": "Missing",
    "vio": "Violence to others",
    "hsb": "HSB",
    "fire": "Fire setting",
    "ani": "Animals",
    "rec": "Recruiting others",
}
PASTE_STATES = {
    "present": "Yes",
    "historical": "Past",
    "suspected": "Poss",
    "none_known": "No",
}


def _mail_date(iso: str, clock: str) -> str:
    from datetime import date

    value = date.fromisoformat(iso)
    return f"{value.strftime('%a')}, {value.day} {value.strftime('%b')} {value.year} {clock} +0000"


def pasted_excel_mail(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    table = ["\t".join(["", *[kid.first for kid in kids]])]
    for label, value in (
        ("Full name", named),
        ("DOB", lambda k: born(k, "uk", "{age}")),
        ("Gender", lambda k: sex(k, ("F", "M"))),
        ("Legal", lambda k: k.legal_words),
        ("School", lambda k: k.school_words),
        ("Family time", lambda k: k.family_words),
        ("Placements so far", lambda k: k.history_words),
        ("Health", lambda k: k.health or ""),
    ):
        table.append("\t".join([label, *[value(kid) for kid in kids]]))
    for short in ORDER:
        table.append(
            "\t".join(
                [PASTE_LABELS[short], *[say(kid, short, PASTE_STATES, " - ") for kid in kids]]
            )
        )
    original = [
        f"From: {worker.name} <{worker.email}>",
        f"Sent: {bits['sent']}",
        f"To: {bits['manager_addr']}",
        f"Subject: {bits['subject']}",
        "",
        bits["opening"],
        "",
        f"Ref: {spec.ref or ''}".rstrip(),
        f"What I need: {spec.request}",
        f"Needed from: {spec.start_words}",
        "",
        *table,
        "",
        bits["worker_close"],
        "",
        bits["worker_sign"],
        worker.name,
        bits["worker_role"],
        *([f"T: {worker.phone}"] if worker.phone else []),
        f"E: {worker.email}",
    ]
    middle = [
        "-----Original Message-----",
        f"From: {bits['manager']}",
        f"Sent: {bits['manager_sent']}",
        f"To: {bits['officer_addr']}",
        f"Subject: FW: {bits['subject']}",
        "",
        bits["manager_note"],
        "",
        *original,
    ]
    body = [bits["officer_note"], "", *bits["officer_sign"], "", *middle]
    headers = [
        ("From", bits["officer_from"]),
        ("To", bits["to"]),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", f"FW: FW: {bits['subject']}"),
        ("Message-ID", f"<{spec.id}.paste@{bits['domain']}>"),
    ]
    return email_bytes(headers, "\n".join(body))


HTML_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drug / alcohol use",
    "eat": "Eating difficulties",
    "mis": "Missing from home / care",
    "vio": "Violence towards others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harming animals",
    "rec": "Drawing others into crime",
}
HTML_STATES = {
    "present": "Current",
    "historical": "Historical only",
    "suspected": "Suspected",
    "none_known": "None known",
}


def escape(text: str) -> str:
    """HTML-escaped, leaving quotes as typed (a mail client does not encode them)."""
    return _escape(text, quote=False)


RED = '<span style="color:#C00000"><b>{who}:</b> {text}</span>'


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{escape(label)}</b></td><td>{value}</td></tr>"


def b64_html_reply(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    inline = bits.get("inline", {})
    who = bits["initials"]

    def answer(field: str, value: str) -> str:
        # A field left "tbc" in the original and answered in red in the reply.
        if field in inline:
            return f"{escape(inline[field])} {RED.format(who=who, text=escape(value))}"
        return escape(value)

    facts = [
        _row("Referral ref", escape(spec.ref or "")),
        _row("Placement requested", escape(bits.get("old_request", spec.request))),
        _row("Start", escape(bits.get("old_start", spec.start_words))),
        _row("Social worker", escape(worker.name)),
        _row("Phone", answer("phone", worker.phone or "")),
        _row("Email", escape(worker.email)),
    ]
    children = []
    for kid in kids:
        rows = [
            _row("Name", escape(named(kid))),
            _row("Date of birth", escape(born(kid, "long", "{age} years"))),
            _row("Gender", escape(sex(kid))),
            _row("Legal status", answer(f"legal:{kid.first}", kid.legal_words)),
            _row("School", answer(f"school:{kid.first}", kid.school_words)),
            _row("Family time", answer(f"family:{kid.first}", kid.family_words)),
            _row("Previous placements", escape(kid.history_words)),
            _row("Health", escape(kid.health or "")),
        ]
        rows += [_row(HTML_LABELS[s], escape(say(kid, s, HTML_STATES, " – "))) for s in ORDER]
        children.append(
            f"<h3>{escape(kid.first)}</h3><table border='1' cellpadding='3'>{''.join(rows)}</table>"
        )
    quoted = (
        f"<p>On {escape(bits['quoted_when'])}, {escape(worker.name)} &lt;{escape(worker.email)}&gt; "
        "wrote:</p><blockquote style='border-left:2px solid #999;padding-left:8px'>"
        f"<p>{escape(bits['original_note'])}</p>"
        f"<table border='1' cellpadding='3'>{''.join(facts)}</table>{''.join(children)}"
        "</blockquote>"
    )
    thread = ""
    if "placements_q" in bits:
        thread = (
            f"<p>-----Original message from {escape(bits['placements_q'][0])}-----<br>"
            f"{escape(bits['placements_q'][1])}</p>"
        )
    top = "".join(f"<p>{escape(p)}</p>" for p in bits["reply"])
    signature = "<br>".join(escape(line) for line in bits["signature"])
    html = (
        "<html><body style='font-family:Calibri'>"
        f"{top}<p>{signature}</p><hr>{thread}{quoted}</body></html>"
    )
    encoded = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    headers = [
        ("From", f"{worker.name} <{worker.email}>"),
        ("To", bits["to"]),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", f"RE: {bits['subject']}"),
        ("Message-ID", f"<{spec.id}.reply@{bits['domain']}>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    head = "".join(f"{name}: {value}\n" for name, value in headers)
    return (head + "\n" + encoded).encode("utf-8")


TRACKER_STATES = {"present": "current", "historical": "past only", "suspected": "suspected"}
TRACKER_LABELS = {
    "sh": "self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/alcohol",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fire",
    "ani": "animals",
    "rec": "recruiting peers",
}


def _risk_summary(kid) -> str:
    """Every risk in one cell: the stated ones in words, then the nones, then the gaps."""
    parts = []
    for short in ORDER:
        state, words = kid.risk[short]
        if state in TRACKER_STATES:
            parts.append(
                f"{TRACKER_LABELS[short]}: {TRACKER_STATES[state]}"
                + (f" ({words})" if words else "")
            )
    nones = [s for s in ORDER if kid.risk[s][0] == "none_known"]
    gaps = [TRACKER_LABELS[s] for s in ORDER if kid.risk[s][0] == "not_stated"]
    if nones and not gaps:
        parts.append("no other concerns known")
    elif nones:
        parts.append("none known: " + ", ".join(TRACKER_LABELS[s] for s in nones))
    if gaps:
        parts.append("not yet assessed: " + ", ".join(gaps))
    return "; ".join(parts)


def one_row_of_many(spec: Spec) -> bytes:
    """A tracker spreadsheet attached to an email; only the rows the email names are this
    referral, the rest are other children's."""
    bits, kids = spec.bits, spec.kids
    head = [
        "Row",
        "Ref",
        "Child",
        "DOB",
        "M/F",
        "Legal",
        "School",
        "Placement type",
        "Start",
        "Family time",
        "Placements",
        "Health",
        "Risks",
        "Status",
        "SW",
    ]
    worker = spec.worker
    ours = [
        [
            "",
            spec.ref or "",
            named(kid),
            born(kid, "uk", "age {age}"),
            sex(kid, ("F", "M")),
            kid.legal_words,
            kid.school_words,
            spec.request,
            spec.start_words,
            kid.family_words,
            kid.history_words,
            kid.health or "",
            _risk_summary(kid),
            bits["status"],
            " ".join(filter(None, [worker.name, worker.email, worker.phone])),
        ]
        for kid in kids
    ]
    rows = [list(row) for row in bits["before"]] + ours + [list(row) for row in bits["after"]]
    for number, row in enumerate(rows, start=1):
        row[0] = str(number)
    first = len(bits["before"]) + 1
    where = f"row {first}" if len(kids) == 1 else f"rows {first}-{first + len(kids) - 1}"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([head, *rows])
    attachment = base64.encodebytes(buffer.getvalue().encode("utf-8")).decode("ascii")
    body = bits["body"].format(where=where) + "\n\n" + "\n".join(bits["sign"]) + "\n"
    boundary = "=_hearth_x_mix_0002"
    headers = [
        ("From", bits["from"]),
        ("To", bits["to"]),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", bits["subject"]),
        ("Message-ID", f"<{spec.id}.tracker@{bits['domain']}>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{boundary}"'),
    ]
    text = "".join(f"{name}: {value}\n" for name, value in headers) + "\n"
    text += (
        f'--{boundary}\nContent-Type: text/plain; charset="utf-8"\n'
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n"
        f'--{boundary}\nContent-Type: application/vnd.ms-excel; name="{bits["file"]}"\n'
        f"Content-Transfer-Encoding: base64\n"
        f'Content-Disposition: attachment; filename="{bits["file"]}"\n\n{attachment}\n'
        f"--{boundary}--\n"
    )
    return text.encode("utf-8")


MAIL = {
    "pasted_excel_mail": pasted_excel_mail,
    "b64_html_reply": b64_html_reply,
    "one_row_of_many": one_row_of_many,
}
