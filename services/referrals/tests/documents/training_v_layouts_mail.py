"""training_v's email layouts: a school's permanent exclusion letter forwarded with a
placement request, a relocation request after a Child Abduction Warning Notice (the police
email quoted), and a request forwarded to providers after a Head of Service's approval."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_v_layouts import dob_words, family_words, risk_rows, sex_words
from training_v_model import Kid, Spec
from training_v_write import email_bytes

__all__ = ["MAIL", "mail_date"]

EXCLUSION = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "Criminal exploitation",
    "drugs": "Drugs/alcohol",
    "eating": "Eating",
    "missing": "Missing",
    "violence": "Violence/aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Animals",
    "recruit": "Drawing others into crime",
}
EXCLUSION_STATES = {
    "present": "yes, currently",
    "historical": "in the past",
    "suspected": "possibly",
    "none_known": "no",
}
CAWN = {
    "sh": "SELF HARM",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "SUBSTANCES",
    "eating": "EATING",
    "missing": "MFH",
    "violence": "VIOLENCE",
    "hsb": "HSB",
    "fire": "FIRE",
    "animals": "ANIMALS",
    "recruit": "RECRUITING PEERS",
}
CAWN_STATES = {
    "present": "live",
    "historical": "previous",
    "suspected": "intelligence suggests",
    "none_known": "no",
}
BUDGET = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Substance misuse",
    "eating": "Eating disorder",
    "missing": "Missing episodes",
    "violence": "Physical aggression",
    "hsb": "Sexually harmful behaviour",
    "fire": "Fire-setting",
    "animals": "Harm to animals",
    "recruit": "Exploiting others",
}
BUDGET_STATES = {
    "present": "✔ now",
    "historical": "✔ previously",
    "suspected": "? possible",
    "none_known": "✘ none",
}


def mail_date(iso: str, clock: str) -> str:
    value = date.fromisoformat(iso)
    return f"{value.strftime('%a, %d %b %Y')} {clock}:00 +0000"


def _facts(kid: Kid, labels: dict, states: dict, style: str) -> list[str]:
    lines = [
        f"Name: {kid.name}" + (f" (known as {kid.known_as})" if kid.known_as else ""),
        f"DOB: {dob_words(kid, style, 'aged {}')}"
        + (f" – {sex_words(kid, ('boy', 'girl', ''))}" if kid.gender else ""),
        f"Legal status: {kid.legal_words}",
        f"School: {kid.school_words}",
        f"Health: {kid.health}",
    ]
    lines += [f"Allergies: {kid.allergies}"] if kid.allergies else []
    lines += [f"Communication: {kid.comms_words}"] if kid.comms_words else []
    lines += [
        f"Family time: {family_words(kid)}",
        f"Placements so far: {kid.history_words}",
        "Risks:",
    ]
    lines += [
        f"  {label} – {state}" + (f" ({words})" if words else "")
        for label, state, words in risk_rows(kid, labels, states, False)
    ]
    return lines


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _exclusion(spec: Spec) -> bytes:
    more = spec.more
    body = [more["opening"], ""]
    for kid in spec.kids:
        body += [*_facts(kid, EXCLUSION, EXCLUSION_STATES, "uk"), ""]
    body += [more["request"], "", more["signoff"], "", *more["signature"], ""]
    body += [
        "---------- Forwarded message ---------",
        f"From: {more['head']}",
        f"Date: {more['letter_date']}",
        f"Subject: {more['letter_subject']}",
        f"To: {spec.worker.email}",
        "",
        more["letter"],
    ]
    headers = [
        ("From", more["from"]),
        ("To", more["to"]),
        ("Cc", more.get("cc", "")),
        ("Subject", more["subject"]),
        ("Date", mail_date(spec.date, more["clock"])),
        ("Message-ID", f"<{spec.id}.excl@{more['domain']}>"),
    ]
    return email_bytes([h for h in headers if h[1]], "\n".join(body))


def _cawn(spec: Spec) -> bytes:
    more = spec.more
    body = [more["opening"], ""]
    for kid in spec.kids:
        body += [*_facts(kid, CAWN, CAWN_STATES, "dot"), ""]
    body += [more["request"]]
    body += [f"{more.get('ref_label', 'ICS ref')}: {spec.ref}"] if spec.ref else []
    body += ["", *more["signature"], ""]
    body += [f"On {more['police_when']}, {more['police']} wrote:", _quote(more["police_text"])]
    headers = [
        ("From", f"{spec.worker.name} <{spec.worker.email}>"),
        ("To", more["to"]),
        ("Cc", more.get("cc", "")),
        ("Subject", more["subject"]),
        ("Date", mail_date(spec.date, more["clock"])),
        ("Message-ID", f"<{spec.id}.cawn@{more['domain']}>"),
        ("In-Reply-To", f"<{spec.id}.police@{more['police_domain']}>"),
    ]
    return email_bytes([h for h in headers if h[1]], "\n".join(body))


def _budget(spec: Spec) -> bytes:
    more = spec.more
    request = [more["worker_opening"], ""]
    for kid in spec.kids:
        request += [*_facts(kid, BUDGET, BUDGET_STATES, "long"), ""]
    request += [more["worker_request"], "", *more["worker_signature"]]
    body = [
        more["officer_text"],
        "",
        *more["officer_signature"],
        "",
        "________________________________",
        f"From: {more['manager']}",
        f"Sent: {more['manager_sent']}",
        f"To: {more['officer_address']}",
        f"Cc: {spec.worker.name} <{spec.worker.email}>",
        f"Subject: RE: {more['subject']}",
        "",
        more["manager_text"],
        "",
        "________________________________",
        f"From: {spec.worker.name} <{spec.worker.email}>",
        f"Sent: {more['worker_sent']}",
        f"To: {more['manager_address']}",
        f"Subject: {more['subject']}",
        "",
        *request,
    ]
    headers = [
        ("From", more["officer_from"]),
        ("To", more["providers"]),
        ("Bcc", ""),
        ("Subject", f"FW: {more['subject']}"),
        ("Date", mail_date(spec.date, more["clock"])),
        ("Message-ID", f"<{spec.id}.approved@{more['domain']}>"),
    ]
    return email_bytes([h for h in headers if h[1]], "\n".join(body))


MAIL = {
    "exclusion_forward": _exclusion,
    "cawn_relocation": _cawn,
    "budget_approval_chain": _budget,
}
