"""training_z's email layouts: a form service's "copy of your answers" receipt (risks as
multi-select questions, one per state) and a list's daily-summary alert (one item per child,
a choice column per risk)."""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date
from html import escape as _escape

from training_z_layouts import ORDER, born, day, named, sex
from training_z_model import Spec
from training_z_write import email_bytes


def _mail_date(iso: str, clock: str) -> str:
    value = date.fromisoformat(iso)
    return f"{value.strftime('%a')}, {value.day} {value.strftime('%b')} {value.year} {clock} +0000"


def escape(text: str) -> str:
    return _escape(text, quote=False)


# --- notify_copy_mail: the answers as "^"-inset pairs, risks chosen from lists by state ---

NOTIFY_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drugs or alcohol",
    "eat": "Eating",
    "mis": "Going missing",
    "vio": "Hurting others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Setting fires",
    "ani": "Hurting animals",
    "rec": "Getting others involved in crime",
}
NOTIFY_QUESTIONS = (
    ("present", "Which of these are a worry for {name} now?"),
    ("historical", "Which of these were a worry for {name} in the past but are not now?"),
    ("suspected", "Which of these do you suspect for {name} but cannot confirm?"),
    ("none_known", "Which of these have you checked and found no worry for {name}?"),
)


def notify_copy_mail(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker

    def pair(question: str, answer: str) -> list[str]:
        return [question, f"^ {answer}" if answer else "^ (no answer)", ""]

    lines = [
        f"Dear {worker.name},",
        "",
        f"Your request for a placement has been sent to {bits['team']}.",
        "",
        f"Your submission number is {bits['receipt']}. You do not need to reply to this email.",
        "",
        "Here is a copy of your answers.",
        "",
        "---",
        "",
        "# About you",
        "",
        *pair("Name", worker.name),
        *pair("Phone", worker.phone or ""),
        *pair("Email", worker.email),
        *pair("Local authority", bits["la_words"]),
        *pair("Child's case reference", spec.ref or ""),
        "# The placement",
        "",
        *pair("What do you need?", spec.request),
        *pair("From when?", spec.start_words),
    ]
    if spec.parent:
        lines += pair("Parent coming with the baby", f"{spec.parent.name} – {spec.parent.words}")
    for kid in kids:
        lines += [
            "---",
            "",
            f"# {named(kid)}",
            "",
            *pair("Date of birth", born(kid, "long", "Not known, aged {age}")),
            *pair("Sex", sex(kid)),
            *pair("Legal status", kid.legal_words),
            *pair("School or nursery", kid.school_words),
            *pair("Family time", kid.family_words),
            *pair("Where has the child lived before?", kid.history_words),
            *pair("Health needs", kid.health or ""),
        ]
        for state, question in NOTIFY_QUESTIONS:
            chosen = [NOTIFY_LABELS[s] for s in ORDER if kid.risk[s][0] == state]
            lines += pair(question.format(name=kid.first), ", ".join(chosen) or "None of these")
        told = [f"{NOTIFY_LABELS[s]}: {kid.risk[s][1]}" for s in ORDER if kid.risk[s][1]]
        lines += [
            "Tell us more about each worry you chose",
            *([f"^ {line}" for line in told] or ["^ (no answer)"]),
            "",
        ]
    lines += ["---", "", bits["footer"]]
    headers = [
        ("From", bits["from"]),
        ("To", f"{worker.name} <{worker.email}>"),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", bits["subject"]),
        ("Message-ID", f"<{spec.id}.notify@{bits['domain']}>"),
    ]
    return email_bytes(headers, "\n".join(lines))


# --- sharepoint_alert_mail: a list's daily summary, one item per child --------------------

LIST_COLUMNS = {
    "sh": "Risk: self-harm",
    "cse": "Risk: CSE",
    "cce": "Risk: CCE",
    "sub": "Risk: substances",
    "eat": "Risk: eating",
    "mis": "Risk: missing",
    "vio": "Risk: violence",
    "hsb": "Risk: HSB",
    "fire": "Risk: fire",
    "ani": "Risk: animals",
    "rec": "Risk: recruiting others",
}
LIST_CHOICES = {
    "present": "Yes - current",
    "historical": "Yes - historic",
    "suspected": "Possible",
    "none_known": "No",
}


def sharepoint_alert_mail(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    items_text: list[str] = []
    items_html: list[str] = []
    for index, kid in enumerate(kids):
        notes = "\n".join(
            f"{LIST_COLUMNS[s][6:]}: {kid.risk[s][1]}" for s in ORDER if kid.risk[s][1]
        )
        columns = [
            ("Title", f"{bits['title_prefix']} {kid.first} {kid.last}"),
            ("Known as", kid.extra.get("known_as", "")),
            ("Date of referral", day(spec.date, "uk")),
            ("LA case number", spec.ref or ""),
            ("Social worker", worker.name),
            ("SW phone", worker.phone or ""),
            ("SW email", worker.email),
            ("Placement required", spec.request),
            ("Required by", spec.start_words),
            ("Date of birth", born(kid, "uk", "age {age}")),
            ("Gender", sex(kid)),
            ("Legal status", kid.legal_words),
            ("School", kid.school_words),
            ("Family time", kid.family_words),
            ("Placement history", kid.history_words),
            ("Health", kid.health or ""),
            *[(LIST_COLUMNS[s], LIST_CHOICES.get(kid.risk[s][0], "")) for s in ORDER],
            ("Risk notes", notes),
            ("Created", bits["created"][index]),
            ("Created By", bits["created_by"]),
            ("Modified", bits["created"][index]),
        ]
        items_text.append("\n".join(f"{name}: {value}" for name, value in columns) + "\n")
        rows = "".join(
            f"<tr><td style='color:#777'>{escape(name)}</td>"
            f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            for name, value in columns
        )
        items_html.append(
            f"<h3><a href='{bits['site']}/Lists/{bits['list_path']}/DispForm.aspx?ID="
            f"{bits['first_id'] + index}'>{escape(columns[0][1])}</a></h3>"
            f"<table>{rows}</table>"
        )
    intro = (
        f"{bits['list']} – daily summary: {len(kids)} item(s) added. "
        "You are receiving this alert because you subscribed to this list."
    )
    text = intro + "\n\n" + "\n".join(items_text) + "\n" + bits["footer"]
    html = (
        f"<html><body style='font-family:Segoe UI'><p>{escape(intro)}</p>"
        + "<hr>".join(items_html)
        + f"<p style='color:#777'>{escape(bits['footer'])}</p></body></html>"
    )
    headers = [
        ("From", bits["from"]),
        ("To", bits["to"]),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", f"Daily summary: {bits['list']}"),
        ("Message-ID", f"<{spec.id}.alert@{bits['domain']}>"),
    ]
    return email_bytes(headers, text, html)


# --- formmail_sorted: a form-to-mail script's output, fields sorted by name, blanks left out


FORM_KEYS = {
    "sh": "selfharm",
    "cse": "cse",
    "cce": "cce",
    "sub": "substances",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "hsb",
    "fire": "firesetting",
    "ani": "animals",
    "rec": "recruiting",
}
FORM_STATES = {
    "present": "current",
    "historical": "past",
    "suspected": "suspected",
    "none_known": "none",
}


def formmail_sorted(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    fields = {
        "la_name": bits["la_words"],
        "la_ref": spec.ref or "",
        "sw_name": worker.name,
        "sw_phone": worker.phone or "",
        "sw_email": worker.email,
        "placement_type": spec.request,
        "placement_start": spec.start_words,
        "number_of_children": str(len(kids)),
        "submit": "Send referral",
        "REMOTE_ADDR": bits["addr"],
        "HTTP_USER_AGENT": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0",
    }
    for n, kid in enumerate(kids, start=1):
        key = f"child{n}_"
        fields.update(
            {
                key + "first_name": kid.first,
                key + "surname": kid.last,
                key + "known_as": kid.extra.get("known_as", ""),
                key + "dob": day(kid.dob, "uk"),
                key + "age_if_no_dob": "" if kid.dob else str(kid.age),
                key + "gender": sex(kid),
                key + "legal_status": kid.legal_words,
                key + "school": kid.school_words,
                key + "family_time": kid.family_words,
                key + "placement_history": kid.history_words,
                key + "health": kid.health or "",
            }
        )
        for short in ORDER:
            state, words = kid.risk[short]
            fields[f"{key}risk_{FORM_KEYS[short]}"] = FORM_STATES.get(state, "")
            fields[f"{key}risk_{FORM_KEYS[short]}_detail"] = words
    lines = [
        "Below is the result of your feedback form.  It was submitted by",
        f"{worker.email} on {bits['submitted']}",
        "-" * 75,
        "",
    ]
    lines += [f"{name}: {value}" for name, value in sorted(fields.items()) if value]
    lines += ["", "-" * 75]
    headers = [
        ("From", f"{bits['from']}"),
        ("To", bits["to"]),
        ("Reply-To", worker.email),
        ("Date", _mail_date(spec.date, bits["clock"])),
        ("Subject", bits["subject"]),
        ("Message-ID", f"<{spec.id}.formmail@{bits['domain']}>"),
    ]
    return email_bytes(headers, "\n".join(lines))


MAIL = {
    "notify_copy_mail": notify_copy_mail,
    "sharepoint_alert_mail": sharepoint_alert_mail,
    "formmail_sorted": formmail_sorted,
}
