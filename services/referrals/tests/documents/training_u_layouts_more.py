"""training_u's email layouts: each its own labels, risk names and state words."""

# The documents are typographic, as LAs' are: en dashes are the text, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date
from html import escape

from training_u_layouts import (
    contact_name,
    family_text,
    fmt,
    gender_text,
    history_text,
    risk_text,
)
from training_u_model import RISKS, Kid, Spec
from training_u_write import email_bytes

__all__ = ["MAIL", "dob_words", "no_contact_words"]


def _mail_date(iso: str, clock: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.strftime('%a')}, {day.day} {day.strftime('%b %Y')} {clock}:00 +0000"


def _headers(spec: Spec, sender: str, to: str, subject: str, cc: str = "") -> list:
    more = spec.more
    headers = [
        ("From", sender),
        ("To", to),
    ]
    headers += [("Cc", cc)] if cc else []
    headers += [
        ("Subject", subject),
        ("Date", _mail_date(spec.date, more.get("clock", "10:12"))),
        ("Message-ID", f"<{spec.id}.{spec.date.replace('-', '')}@mail.example.gov.uk>"),
    ]
    return headers


def no_contact_words(kid: Kid, lead: str) -> str:
    return f"{lead}{', '.join(contact_name(n) for n in kid.no_contact)}" if kid.no_contact else ""


def dob_words(kid: Kid, style: str, age_words: str) -> str:
    return fmt(kid.dob, style) if kid.dob else age_words.format(age=kid.age)


# --- vacancy_reply (eml) ----------------------------------------------------------------

VAC_NAMES = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "drugs/alc",
    "eat": "eating",
    "miss": "MFH",
    "viol": "aggression",
    "hsb": "HSB",
    "fire": "fire",
    "animals": "animals",
    "cceo": "pulling others into crime",
}
VAC_STATES = {
    "present": "Y",
    "historical": "past",
    "suspected": "poss",
    "none_known": "N",
    "not_stated": "",
}


def vacancy_reply(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    first = name.split()[0]
    lines = [f"Hi {more['agency_contact'].split()[0]},", "", more["opening"], ""]
    for kid in spec.kids:
        lines += [
            f"{kid.name}"
            + (f" (goes by {kid.known_as})" if kid.known_as else "")
            + f" – {gender_text(kid, ('girl', 'boy'), 'child')}, "
            f"{dob_words(kid, 'slash', 'age {age}')}",
            f"Legal: {kid.legal_words}",
            f"School: {kid.school_words}",
            f"Health: {kid.health}"
            + (
                f". Allergic to {kid.allergy}"
                if kid.allergy and kid.allergy.lower() != "none known"
                else ""
            ),
            f"Seeing family: {family_text(kid)}" + no_contact_words(kid, ". NOT to see: "),
            f"Been in care: {history_text(kid, in_words=True)}",
            "Risks: "
            + ". ".join(
                f"{VAC_NAMES[s]} – {risk_text(kid, s, VAC_STATES, ', ')}"
                for s in RISKS
                if kid.state(s) != "not_stated"
            )
            + ".",
            "",
        ]
    lines += [
        f"Start: {spec.start_words}",
        f"Our ref {spec.ref}" if spec.ref else "No case number yet, sorry.",
        "",
        f"Thanks, {first}",
    ]
    if phone:
        lines.append(f"{phone}")
    lines += [
        "",
        "-----Original Message-----",
        f"From: {more['agency_contact']} <{more['agency_mail']}>",
        f"Sent: {fmt(more['bulletin'], 'long')} 16:40",
        f"Subject: {more['subject']}",
        "",
    ]
    lines += [f"> {line}" if line else ">" for line in more["bulletin_text"].split("\n")]
    headers = _headers(
        spec,
        f"{name} <{mail}>",
        f"{more['agency_contact']} <{more['agency_mail']}>",
        f"RE: {more['subject']}",
        more.get("cc", ""),
    )
    return email_bytes(headers, "\n".join(lines))


# --- s25_cover (eml, forwarded) ---------------------------------------------------------

S25_NAMES = {
    "sh": "self-harm / ligatures",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "drugs": "substance misuse",
    "eat": "eating",
    "miss": "absconding",
    "viol": "violence",
    "hsb": "harmful sexual behaviour",
    "fire": "arson",
    "animals": "cruelty to animals",
    "cceo": "exploiting younger children",
}
S25_STATES = {
    "present": "(current)",
    "historical": "(historic)",
    "suspected": "(suspected)",
    "none_known": "(none)",
    "not_stated": "",
}


def s25_cover(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    kid = spec.kids[0]
    inner = [
        f"From: {name} <{mail}>",
        f"Sent: {fmt(more['inner_date'], 'long')} 17:55",
        f"To: {more['legal']} <{more['legal_mail']}>",
        f"Subject: s25 application – {kid.first} {kid.last} – attachments",
        "",
        f"{more['legal'].split()[0]},",
        "",
        f"Please find the bundle for the secure accommodation application for {kid.first} "
        f"({dob_words(kid, 'slash', 'aged {age}')}, {gender_text(kid, ('female', 'male'), 'gender not recorded')}). "
        f"Hearing listed {fmt(more['hearing'], 'long')} at {more['court']}.",
        "",
        "Attached:",
        "  1. Application (form C1) and statement of the social worker",
        "  2. Chronology",
        "  3. Care plan",
        f"  4. Secure Welfare Coordination Unit referral (SWCU ref {more['swcu']})",
        "",
        f"Legal status: {kid.legal_words}",
        f"Education: {kid.school_words}",
        f"Health: {kid.health}",
        f"Family time: {family_text(kid)}" + no_contact_words(kid, "; no contact with "),
        f"Previous placements: {history_text(kid, in_words=True)}",
        "Risk summary:",
    ]
    inner += [
        f" - {S25_NAMES[s]} {S25_STATES[kid.state(s)]}"
        + (f" {kid.words(s)}" if kid.words(s) else "")
        for s in RISKS
        if kid.state(s) != "not_stated"
    ]
    inner += ["", f"{name}", "Social Worker, Children in Care Team"]
    inner += [f"Mob {phone}"] if phone else []
    outer = [
        "All,",
        "",
        f"Forwarding below for a secure bed search. {spec.start_words} "
        f"LA case number: {spec.ref or 'not yet on the system'}. Please reply to "
        f"{name.split()[0]} directly (allocated SW) and copy me.",
        "",
        f"{more['officer'].split()[0]}",
        f"{more['officer']} | Placements Officer | {more['officer_phone']}",
        "",
        "---------- Forwarded message ---------",
        *inner,
    ]
    headers = _headers(
        spec,
        f"{more['officer']} <{more['officer_mail']}>",
        "secure-providers@example.org.uk",
        f"FW: s25 application – {kid.first}",
        f"{name} <{mail}>",
    )
    return email_bytes(headers, "\n".join(outer))


# --- leave_cover (eml, HTML) ------------------------------------------------------------

LEAVE_NAMES = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "Criminal exploitation",
    "drugs": "Drugs / alcohol",
    "eat": "Eating disorder",
    "miss": "Missing",
    "viol": "Physical aggression",
    "hsb": "Sexually harmful behaviour",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "cceo": "Exploiting others",
}
LEAVE_STATES = {
    "present": "Current",
    "historical": "Previous",
    "suspected": "Query",
    "none_known": "Nil",
    "not_stated": "",
}


def _leave_rows(spec: Spec) -> list[tuple[str, list[str]]]:
    rows = [("Request", [spec.start_words]), ("Case no.", [spec.ref or ""])]
    for label, get in (
        ("Name", lambda k: k.name + (f" (known as {k.known_as})" if k.known_as else "")),
        ("DOB", lambda k: dob_words(k, "slash", "{age} years")),
        ("Sex", lambda k: gender_text(k, ("Female", "Male"))),
        ("Legal", lambda k: k.legal_words),
        ("School", lambda k: k.school_words),
        ("Health", lambda k: k.health + (f". Allergies: {k.allergy}" if k.allergy else "")),
        ("Family time", lambda k: family_text(k) + no_contact_words(k, ". No contact: ")),
        ("Placements", lambda k: history_text(k)),
    ):
        rows.append((label, [get(k) for k in spec.kids]))
    for s in RISKS:
        rows.append((LEAVE_NAMES[s], [risk_text(k, s, LEAVE_STATES) for k in spec.kids]))
    return rows


def leave_cover(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    first = name.split()[0]
    rows = _leave_rows(spec)
    intro = [
        "Hello Placements,",
        "",
        more["intro"],
        f"I am on annual leave from {fmt(more['leave'], 'long')}; while I am away "
        f"{more['cover']} ({more['cover_phone']}) is covering duty questions, but I remain "
        "the allocated worker and the case stays with me.",
        "",
    ]
    text_rows = [f"{label}: " + " | ".join(values) for label, values in rows[:2]]
    heads = " | ".join(k.first for k in spec.kids)
    text_rows.append(f"[{heads}]")
    text_rows += [f"{label}: " + " | ".join(values) for label, values in rows[2:]]
    tail = ["", f"Many thanks, {first}"] + ([f"Tel {phone}"] if phone else [])
    text = "\n".join(intro + text_rows + tail)
    cells = "".join(
        f"<tr><th>{escape(label)}</th>" + "".join(f"<td>{escape(v)}</td>" for v in values) + "</tr>"
        for label, values in rows
    )
    html = (
        "<html><body><p>" + "<br>".join(escape(line) for line in intro if line) + "</p>"
        '<table border="1" cellpadding="3"><tr><th></th>'
        + "".join(f"<th>{escape(k.first)}</th>" for k in spec.kids)
        + f"</tr>{cells}</table><p>Many thanks, {escape(first)}"
        + (f"<br>Tel {escape(phone)}" if phone else "")
        + "</p></body></html>"
    )
    subject = more.get("subject", "Placement request before my leave")
    headers = _headers(spec, f"{name} <{mail}>", more["to"], subject, more.get("cc", ""))
    if more.get("correction"):
        quoted = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
        body = (
            f"{more['correction']}\n\n{first}\n\n"
            f"On {fmt(more['first_sent'], 'long')} at 09:03, {name} <{mail}> wrote:\n"
            f"{more['quoted_prefix']}{quoted}"
        )
        return email_bytes(headers, body)
    return email_bytes(headers, text, html)


# --- refuge_exit (eml, parent and child, forwarded) -------------------------------------

REFUGE_NAMES = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "drugs": "drugs or alcohol",
    "eat": "feeding / eating",
    "miss": "going missing",
    "viol": "violence",
    "hsb": "sexual harm",
    "fire": "fire",
    "animals": "animals",
    "cceo": "exploiting others",
}

REFUGE_STATES = {
    "present": "yes",
    "historical": "in the past",
    "suspected": "suspected",
    "none_known": "none known",
    "not_stated": "",
}


def refuge_exit(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    kid, parent = spec.kids[0], spec.parent
    first = name.split()[0]
    stated = [s for s in RISKS if kid.state(s) != "not_stated"]
    baby_risks = (
        "Risks for the baby: "
        + "; ".join(f"{REFUGE_NAMES[s]} – {risk_text(kid, s, REFUGE_STATES)}" for s in stated)
        if stated
        else more["baby_risks"]
    )
    outer = [
        "Good morning,",
        "",
        f"Please see below from the refuge. We are looking for a parent and child foster "
        f"placement for {parent.name} and her baby. I am the baby's allocated social worker. "
        f"{spec.start_words}",
        "",
        f"Case ref: {spec.ref}" if spec.ref else "We do not have a case number for the baby yet.",
        f"Baby: {kid.name}, {gender_text(kid, ('a girl', 'a boy'), 'sex not recorded')}, "
        f"born {dob_words(kid, 'long', 'about {age}')}",
        f"Legal: {kid.legal_words}",
        f"Nursery / school: {kid.school_words}",
        f"Baby's health: {kid.health}",
        f"Family time for the baby: {family_text(kid)}"
        + no_contact_words(kid, ". No contact with "),
        f"Baby's care history: {history_text(kid)}",
        baby_risks,
        "",
        f"Thanks, {first}",
    ]
    outer += [f"{phone}"] if phone else []
    inner = [
        "",
        "-----Original Message-----",
        f"From: {more['keyworker']} <{more['keyworker_mail']}>",
        f"Sent: {fmt(more['inner_date'], 'long')} 15:20",
        f"To: {name} <{mail}>",
        "Subject: Move-on from refuge",
        "",
        f"Hi {first},",
        "",
        f"{parent.name} ({parent.age}) has been with us since {more['arrived']}. {parent.about}",
        f"We need her to move on by {fmt(more['move_by'], 'long')} as the room is needed. "
        f"Call me on {more['keyworker_phone']}.",
        "",
        f"{more['keyworker']}",
        f"Refuge key worker, {more['refuge']}",
    ]
    headers = _headers(
        spec,
        f"{name} <{mail}>",
        more["to"],
        "FW: Move-on from refuge – parent and child",
        more.get("cc", ""),
    )
    return email_bytes(headers, "\n".join(outer + inner))


MAIL = {
    "vacancy_reply": vacancy_reply,
    "s25_cover": s25_cover,
    "leave_cover": leave_cover,
    "refuge_exit": refuge_exit,
}
