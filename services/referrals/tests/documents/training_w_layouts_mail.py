"""training_w's email layouts: a calendar hold with the referral in the body, a first-name
sign-off with the worker's vCard, and an HTML email with a RAG-rated risk table."""

from __future__ import annotations

from html import escape

from training_w_layouts import ORDER, born, day, named, none_sentence, sex, stated
from training_w_model import Spec
from training_w_write import email_bytes

MAIL_LABELS = {
    "sh": "self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs or alcohol",
    "eat": "eating",
    "mis": "missing episodes",
    "vio": "violence",
    "hsb": "harmful sexual behaviour",
    "fire": "fire-setting",
    "ani": "animals",
    "rec": "exploiting other kids",
}


def _headers(spec: Spec) -> list[tuple[str, str]]:
    bits = spec.bits
    headers = [
        ("From", bits["from"]),
        ("To", bits["to"]),
        ("Subject", bits["subject"]),
        ("Date", bits["date_header"]),
        ("Message-ID", f"<{spec.id}.{bits['domain']}@mail.example.gov.uk>"),
    ]
    if bits.get("cc"):
        headers.insert(2, ("Cc", bits["cc"]))
    return headers


def _child_paragraphs(spec: Spec) -> list[str]:
    bits = spec.bits
    out = []
    for kid in spec.kids:
        out.append(
            f"{named(kid)}, {born(kid, 'uk', '{age} years old')}"
            + (f", {sex(kid).lower()}" if kid.gender else "")
            + f". Legal: {kid.legal_words}. School: {kid.school_words}.\n"
            f"Family time: {kid.family_words}\n"
            f"Previous placements: {kid.history_words}\n"
            f"Health: {kid.health or ''}\n"
            + " ".join(stated(kid))
            + (" " if stated(kid) else "")
            + none_sentence(kid, MAIL_LABELS, bits["none_opener"])
        )
    return out


def calendar_hold(spec: Spec) -> bytes:
    bits = spec.bits
    text = "\n\n".join(
        [bits["opening"], *_child_paragraphs(spec), bits["closing"], bits["signoff"]]
    )
    ics = "\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Example Council//Placements//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{spec.id}-hold@example.gov.uk",
            f"DTSTAMP:{bits['dtstamp']}",
            f"DTSTART:{bits['dtstart']}",
            f"DTEND:{bits['dtend']}",
            f"SUMMARY:{bits['summary']}",
            f"ORGANIZER;CN={bits['organizer']}:mailto:{bits['organizer_mail']}",
            f"LOCATION:{bits['location']}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    return email_bytes(_headers(spec), text, parts=(("text/calendar; method=REQUEST", ics),))


def _wrapped(bits: dict, text: str) -> str:
    """The worker's message as sent, forwarded below a note, or quoted below a correction
    (the outer message is the referral's date; a correction above the quote wins)."""
    if "forward" in bits:
        note, sender, sent, subject = bits["forward"]
        return (
            f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\n"
            f"Date: {sent}\nSubject: {subject}\n\n{text}"
        )
    if "correction" in bits:
        note, said = bits["correction"]
        quoted = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
        return f"{note}\n\n{said}\n{quoted}"
    return text


def vcard_signature(spec: Spec) -> bytes:
    bits = spec.bits
    worker = spec.worker
    text = "\n\n".join(
        [bits["opening"], *_child_paragraphs(spec), bits["closing"], bits["signoff"]]
    )
    text = _wrapped(bits, text)
    surname, given = worker.name.split()[-1], " ".join(worker.name.split()[:-1])
    card = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{surname};{given};;;",
        f"FN:{worker.name}",
        f"ORG:{bits['org']}",
        f"TITLE:{bits['title']}",
        f"EMAIL;TYPE=WORK:{worker.email}",
    ]
    card += [f"TEL;TYPE=WORK:{worker.phone}"] if worker.phone else []
    card += ["END:VCARD"]
    return email_bytes(_headers(spec), text, parts=(("text/vcard", "\n".join(card)),))


RAG_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Substance misuse",
    "eat": "Eating disorder",
    "mis": "Missing",
    "vio": "Violence / aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harm to animals",
    "rec": "Criminal exploitation of others",
}
RAG = {"present": "RED", "suspected": "AMBER", "historical": "GREY", "none_known": "GREEN"}


def rag_html_mail(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    facts = [
        ("Referral date", day(spec.date, "long")),
        (bits["ref_label"], spec.ref or ""),
        ("Allocated SW", spec.worker.name),
        ("SW contact", f"{spec.worker.email} {spec.worker.phone or ''}".strip()),
        ("Placement sought", spec.request),
        ("Start", spec.start_words),
    ]
    rows = "".join(
        f"<tr><th>{escape(k, quote=False)}</th><td>{escape(v, quote=False)}</td></tr>"
        for k, v in facts
    )
    children = ""
    for kid in kids:
        about = [
            ("DOB", born(kid, "long", "age {age}")),
            ("Gender", sex(kid)),
            ("Legal status", kid.legal_words),
            ("School", kid.school_words),
            ("Family time", kid.family_words),
            ("Placements", kid.history_words),
            ("Health", kid.health or ""),
        ]
        risk_rows = "".join(
            f"<tr><td>{RAG_LABELS[s]}</td><td>{RAG.get(kid.risk[s][0], '')}</td>"
            f"<td>{escape(kid.risk[s][1], quote=False)}</td></tr>"
            for s in ORDER
        )
        children += (
            f'<h3>{escape(kid.name, quote=False)}</h3><table border="1">'
            + "".join(f"<tr><th>{k}</th><td>{escape(v, quote=False)}</td></tr>" for k, v in about)
            + '</table><table border="1"><tr><th>Risk</th><th>RAG</th><th>Notes</th></tr>'
            + risk_rows
            + "</table>"
        )
    html = (
        "<html><body>"
        f'<p>{escape(bits["opening"], quote=False)}</p><table border="1">{rows}</table>'
        "<p>RAG key: RED = current risk; AMBER = suspected / not confirmed; "
        "GREY = historical only; GREEN = no concerns; blank = not assessed.</p>"
        f"{children}<p>{escape(bits['signoff'], quote=False)}</p></body></html>"
    )
    text = bits["plain"]
    return email_bytes(_headers(spec), text, html=html)


MAIL = {
    "calendar_hold": calendar_hold,
    "vcard_signature": vcard_signature,
    "rag_html_mail": rag_html_mail,
}
