"""training_y's email layouts: a reply sent after the worker's own out-of-office answered
first (the reply corrects the quoted original), an interpreter-assisted referral with
English and a second language line by line, and a list item's change alert in HTML."""

# ruff: noqa: RUF001

from __future__ import annotations

from html import escape

from training_y_layouts import ORDER, born, named, none_sentence, sex, stated
from training_y_model import Kid, Spec
from training_y_write import email_bytes


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


OOO_LABELS = {
    "sh": "self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "substances",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fire-setting",
    "ani": "animals",
    "rec": "recruiting others",
}


def _kid_paragraph(kid: Kid, opener: str, labels: dict[str, str]) -> str:
    return (
        f"{named(kid)} – {born(kid, 'uk', 'aged {age}')}"
        + (f", {sex(kid).lower()}" if kid.gender else "")
        + f"\nLegal: {kid.legal_words}\nSchool: {kid.school_words}\nFamily time: {kid.family_words}\n"
        f"Placements before: {kid.history_words}\nHealth: {kid.health or ''}\n"
        + " ".join(stated(kid))
        + (" " if stated(kid) else "")
        + none_sentence(kid, labels, opener)
    )


def ooo_autoreply(spec: Spec) -> bytes:
    bits = spec.bits
    quoted_kids = "\n\n".join(_kid_paragraph(k, bits["none_opener"], OOO_LABELS) for k in spec.kids)
    original = (
        f"Hi Placements,\n\nPlease can you search for {bits.get('request_was', spec.request)}.\n"
        f"Needed from: {bits['start_was']}\n{bits['ref_label']}: {spec.ref or ''}\n\n"
        f"{quoted_kids}\n\n{bits['sign_off']}\n{spec.worker.name}\n{bits['role']}\n"
        f"{spec.worker.phone or ''}\n{spec.worker.email}"
    )
    quote = "\n".join(f"> {line}".rstrip() for line in original.splitlines())
    ooo = "\n".join(f"> > {line}".rstrip() for line in bits["ooo"].splitlines())
    text = (
        f"{bits['reply']}\n\n{bits['sign_off']}\n\n"
        f"-----Original Message-----\nFrom: {bits['placements']}\nSent: {bits['ooo_sent']}\n"
        f"Subject: Automatic reply: {bits['subject_was']}\n\n{bits['placements_line']}\n\n"
        f"> Automatic reply from {spec.worker.name}:\n{ooo}\n>\n"
        f"> On {bits['original_sent']}, {spec.worker.name} wrote:\n{quote}\n"
    )
    return email_bytes(_headers(spec), text)


TRANSLATE = {
    "Name": "Imię i nazwisko",
    "Date of birth": "Data urodzenia",
    "Gender": "Płeć",
    "Legal status": "Status prawny",
    "School": "Szkoła",
    "Family time": "Kontakty z rodziną",
    "Previous placements": "Poprzednie umieszczenia",
    "Health": "Zdrowie",
    "Risks": "Zagrożenia",
}
TRANSLATE_RO = {
    "Name": "Nume",
    "Date of birth": "Data nașterii",
    "Gender": "Sex",
    "Legal status": "Statut juridic",
    "School": "Școala",
    "Family time": "Contact cu familia",
    "Previous placements": "Plasamente anterioare",
    "Health": "Sănătate",
    "Risks": "Riscuri",
}
TRANSLATED_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "alcohol or drugs",
    "eat": "eating",
    "mis": "going missing",
    "vio": "violence",
    "hsb": "harmful sexual behaviour",
    "fire": "fire",
    "ani": "animals",
    "rec": "pulling others into crime",
}


def translated_mail(spec: Spec) -> bytes:
    bits = spec.bits
    words = TRANSLATE if bits["language"] == "pl" else TRANSLATE_RO
    lines = [bits["opening"], ""]
    if spec.parent:
        lines += [f"Mother / {bits['mother_word']}: {spec.parent.name} – {spec.parent.words}", ""]
    for kid in spec.kids:
        risk_line = " ".join(stated(kid)) + (" " if stated(kid) else "")
        risk_line += none_sentence(kid, TRANSLATED_LABELS, bits["none_opener"])
        for label, value in (
            ("Name", named(kid)),
            ("Date of birth", born(kid, "long", "about {age} (not known)")),
            ("Gender", sex(kid)),
            ("Legal status", kid.legal_words),
            ("School", kid.school_words),
            ("Family time", kid.family_words),
            ("Previous placements", kid.history_words),
            ("Health", kid.health or ""),
            ("Risks", risk_line),
        ):
            lines.append(f"{label} / {words[label]}: {value}")
        lines.append("")
    lines += [
        f"{bits['ref_label']}: {spec.ref or ''}",
        f"Placement / {bits['placement_word']}: {spec.request}",
        f"Start / {bits['start_word']}: {spec.start_words}",
        "",
        bits["interpreter"],
        "",
        bits["sign_off"],
        "",
        bits["signature"],
    ]
    return email_bytes(_headers(spec), "\n".join(lines))


ALERT_LABELS = {
    "sh": "Risk: self harm",
    "cse": "Risk: CSE",
    "cce": "Risk: CCE",
    "sub": "Risk: substance misuse",
    "eat": "Risk: eating",
    "mis": "Risk: missing",
    "vio": "Risk: violence",
    "hsb": "Risk: HSB",
    "fire": "Risk: arson",
    "ani": "Risk: animals",
    "rec": "Risk: recruiting",
}
ALERT_STATES = {
    "present": "Current",
    "historical": "Historical",
    "suspected": "Suspected",
    "none_known": "None identified",
}


def list_alert_mail(spec: Spec) -> bytes:
    """A list item's fields; a field in ``bits['was']`` shows its old value struck through
    before the new one (the new one is the truth)."""
    bits = spec.bits
    fields: list[tuple[str, str]] = [
        ("Referral date", bits["date_field"]),
        (bits["ref_label"], spec.ref or ""),
        ("Assigned SW", spec.worker.name),
        ("SW email", spec.worker.email),
        ("SW phone", spec.worker.phone or ""),
        ("Placement type", spec.request),
        ("Start", spec.start_words),
    ]
    for index, kid in enumerate(spec.kids, 1):
        tag = f"Child {index} " if len(spec.kids) > 1 else ""
        fields += [
            (f"{tag}Name", named(kid)),
            (f"{tag}DOB", born(kid, "uk", "Age {age}")),
            (f"{tag}Gender", sex(kid)),
            (f"{tag}Legal status", kid.legal_words),
            (f"{tag}School", kid.school_words),
            (f"{tag}Family time", kid.family_words),
            (f"{tag}Placements", kid.history_words),
            (f"{tag}Health", kid.health or ""),
        ]
        for s in ORDER:
            state, words = kid.risk[s]
            value = ALERT_STATES.get(state, "")
            fields.append((f"{tag}{ALERT_LABELS[s]}", value + (f" – {words}" if words else "")))
    was = bits.get("was", {})
    html_rows, text_rows = [], []
    for label, value in fields:
        if label in was:
            cell = f"<s>{escape(was[label])}</s> {escape(value)}"
            text_rows.append(f"{label}: {value}  (changed from: {was[label]})")
        else:
            cell = escape(value)
            text_rows.append(f"{label}: {value}")
        html_rows.append(f"<tr><td><b>{escape(label)}</b></td><td>{cell}</td></tr>")
    intro = f"{bits['modified_by']} changed an item in {bits['list_name']}."
    html = (
        f"<html><body><p>{escape(intro)}</p><table border='1' cellpadding='3'>"
        + "".join(html_rows)
        + f"</table><p>{escape(bits['footer'])}</p></body></html>"
    )
    text = intro + "\n\n" + "\n".join(text_rows) + "\n\n" + bits["footer"]
    return email_bytes(_headers(spec), text, html)


MAIL = {
    "ooo_autoreply": ooo_autoreply,
    "translated_mail": translated_mail,
    "list_alert_mail": list_alert_mail,
}
