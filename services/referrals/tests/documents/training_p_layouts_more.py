# ruff: noqa: RUF001 (the documents use typographic dashes on purpose)
"""training_p's email and text layouts (and the scans)."""

from __future__ import annotations

from training_p_layouts import PLAIN
from training_p_model import RISKS, Kid, Spec
from training_p_words import DURATION, URGENCY, council, facts, fmt, risk_line, setting_words
from training_p_write import eml_bytes, scan_bytes

__all__ = ["MAIL_AND_TEXT"]

SHORT = {
    "sh": "DSH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Substances",
    "eat": "Eating",
    "missing": "MFH",
    "violence": "Aggression",
    "hsb": "HSB",
    "fire": "Arson",
    "animals": "Animals",
    "cce_others": "Recruiting others",
}


def _mail_date(iso: str, time: str) -> str:
    from datetime import date

    day = date.fromisoformat(iso)
    return f"{day.strftime('%a')}, {day.day} {day.strftime('%b')} {day.year} {time}:00 +0000"


def _headers(spec: Spec, sender: str, to: str, subject: str, time: str, cc: str = "") -> list:
    subject = f"RE: {subject}" if spec.correction else subject
    headers = [("From", sender), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    return [
        *headers,
        ("Date", _mail_date(spec.date, time)),
        ("Subject", subject),
        ("Message-ID", f"<{spec.id}.{spec.slug}@mail.example.gov.uk>"),
    ]


def _corrected(spec: Spec, body: list[str], who: str) -> str:
    """A reply that corrects the writer's own earlier message, quoted below the note."""
    text = "\n".join(body)
    if not spec.correction:
        return text
    note, right, wrong = spec.correction
    assert right in text, (spec.id, right)
    quoted = "\n".join("> " + line for line in text.replace(right, wrong).split("\n"))
    return f"{note}\n\n{who}\n\nOn {fmt(spec.date, 'weekday')}, {who} wrote:\n{quoted}"


def _fact_lines(kid: Kid, style: str, sep: str = ": ") -> str:
    return "\n".join(f"{label}{sep}{value}" for label, value in facts(kid, style))


HOME = {
    "present": "Yes (current)",
    "historical": "Past",
    "suspected": "Suspected",
    "none_known": "No",
    "not_stated": "",
}


def home_notice(spec: Spec) -> bytes:
    officer, role, phone = spec.sender
    manager, home, notice_date = (
        spec.other_dates[0][0],
        spec.other_dates[0][1],
        spec.other_dates[1][1],
    )
    domain = spec.worker.email.split("@")[1]
    body = [
        "Dear colleagues,",
        "",
        f"Please see below the notice we have received from {home}. We need an alternative "
        f"{setting_words(spec).lower()} for the {'children' if len(spec.kids) > 1 else 'young person'} below.",
        f"The allocated social worker is {spec.worker.name} ({spec.worker.email}, {spec.worker.phone or 'no direct line'}); "
        "please send offers to me and copy the social worker in.",
        "",
        f"Ref: {spec.reference or 'n/k'}",
        f"Urgency: {URGENCY[spec.urgency] or 'see notice'}   Length: {DURATION[spec.duration] or 'tbc'}",
        f"Start: {spec.start_words}",
        "",
    ]
    for kid in spec.kids:
        body += [f"== {kid.first} {kid.last} ==", _fact_lines(kid, "dmy")]
        body += [risk_line(SHORT[s], kid.state(s), kid.words(s), HOME) for s in RISKS]
        body.append("")
    body += [
        "Thanks,",
        officer,
        f"{role} | {council(spec.la_name)} | {phone}",
        "",
        "-----Original Message-----",
        f"From: {manager} <registered.manager@{home.lower().replace(' ', '')}.example.org.uk>",
        f"Sent: {fmt(notice_date, 'weekday')} 16:40",
        f"Subject: Notice to end placement – {spec.kids[0].first}",
        "",
        spec.story,
        "",
        manager,
        f"Registered Manager, {home}",
    ]
    headers = _headers(
        spec,
        f"{officer} <placements@{domain}>",
        "providers-north@framework.example.org.uk",
        f"Placement search – notice given – {spec.kids[0].first[0]}.{spec.kids[0].last[0]}.",
        "09:12",
        cc=spec.worker.email,
    )
    return eml_bytes(headers, _corrected(spec, body, officer))


def _prose_risk(kid: Kid, short: str) -> str:
    state, words = kid.risk[short]
    name = kid.known_as or kid.first
    if state == "not_stated":
        return f"{PLAIN[short]}: {words}." if words else ""
    if state == "none_known":
        return words or f"{PLAIN[short]}: none known."
    said = {"present": "current", "historical": "in the past", "suspected": "suspected, not proven"}
    return f"{PLAIN[short]} ({said[state]}): {words or name}."


def sms_typed(spec: Spec) -> bytes:
    writer, role, phone = spec.sender
    domain = spec.worker.email.split("@")[1]
    body = [
        "Hi placements,",
        "",
        spec.story,
        "",
        "I've typed out the texts from tonight so you have the parent's consent in writing:",
        "",
        spec.parent,
        "",
        "Placement: "
        + ". ".join(
            w for w in (setting_words(spec), URGENCY[spec.urgency], DURATION[spec.duration]) if w
        )
        + ".",
        f"Needed: {spec.start_words}",
        f"ID: {spec.reference or 'not on system yet'}",
        "",
    ]
    for kid in spec.kids:
        body += [f"{kid.first.upper()} {kid.last.upper()}", _fact_lines(kid, "long", " - ")]
        said = [_prose_risk(kid, s) for s in RISKS]
        body += ["Risks: " + " ".join(line for line in said if line), ""]
    if writer:
        body += [
            f"Allocated worker tomorrow is {spec.worker.name}, {spec.worker.email}, "
            f"{spec.worker.phone or 'number to follow'}.",
            "",
            writer.split()[0],
            f"{writer} | {role} | {phone}",
        ]
        sender = f"{role} <edt@{domain}>"
    else:
        body += [spec.worker.name.split()[0], f"Tel {spec.worker.phone}"]
        sender = f"{spec.worker.name} <{spec.worker.email}>"
    headers = _headers(
        spec, sender, f"placements@{domain}", "Texts from parent + placement needed", "22:47"
    )
    return eml_bytes(headers, _corrected(spec, body, (writer or spec.worker.name)))


def ward_discharge(spec: Spec) -> bytes:
    hsw, role, phone = spec.sender
    ward = spec.other_dates[0][0]
    body = [
        "Good afternoon,",
        "",
        f"I am the hospital social worker for {ward}. {spec.story}",
        f"Medically fit for discharge since {fmt(spec.other_dates[0][1], 'long')}.",
        "",
        f"{spec.la_name}'s allocated social worker is {spec.worker.name} (copied), "
        f"{spec.worker.email}, {spec.worker.phone or 'no number given'}. Mosaic {spec.reference or 'unknown'}.",
        f"We are asking for: {setting_words(spec).lower()}, {URGENCY[spec.urgency].lower() or 'urgency to be agreed'}, "
        f"{DURATION[spec.duration].lower() or 'length to be agreed'}, from {spec.start_words}.",
        "",
    ]
    for kid in spec.kids:
        body += [f"About {kid.first}:", _fact_lines(kid, "dmy")]
        said = [_prose_risk(kid, s) for s in RISKS]
        body += ["Risk summary: " + " ".join(line for line in said if line), ""]
    body += ["Kind regards", "", hsw, role, f"Tel: {phone}", "NHS Foundation Trust (example)"]
    headers = _headers(
        spec,
        f"{hsw} <{hsw.lower().replace(' ', '.')}@nhs.example.org.uk>",
        "placements.duty@" + spec.worker.email.split("@")[1],
        f"Delayed discharge – {spec.kids[0].first} – placement needed",
        "14:03",
        cc=spec.worker.email,
    )
    return eml_bytes(headers, _corrected(spec, body, hsw))


def _checks(state: str) -> str:
    def box(mark: str) -> str:
        return "[x]" if state == mark else "[ ]"

    return (
        f"{box('present')} Yes  {box('none_known')} No  {box('historical')} Past  "
        f"{box('suspected')} Query"
    )


def reg40_forward(spec: Spec) -> bytes:
    officer, role, phone = spec.sender
    manager, home = spec.other_dates[0][0], spec.other_dates[1][0]
    domain = spec.worker.email.split("@")[1]
    body = [
        f"All – emergency request following the Regulation 40 notification below. {spec.la_name} "
        f"ref {spec.reference or 'tbc'}. Social worker {spec.worker.name}, {spec.worker.email}, "
        f"mob {spec.worker.phone or 'tbc'}.",
        f"Type: {setting_words(spec)} | {URGENCY[spec.urgency] or '-'} | {DURATION[spec.duration] or '-'}",
        f"Needed: {spec.start_words}",
        "",
    ]
    for kid in spec.kids:
        body += [f"--- {kid.first} {kid.last} ---", _fact_lines(kid, "dmy")]
        for short in RISKS:
            words = kid.words(short) if kid.state(short) != "none_known" else ""
            body.append(f"{PLAIN[short]:<28}{_checks(kid.state(short))}  {words or ''}".rstrip())
        body.append("")
    body += [
        officer,
        f"{role}, Commissioning and Placements",
        f"T: {phone}",
        "",
        "---------- Forwarded message ---------",
        f"From: {manager} <manager@home.example.org.uk>",
        f"Date: {fmt(spec.other_dates[1][1], 'long')}",
        f"Subject: Regulation 40 notification – {home}",
        "",
        spec.story,
    ]
    headers = _headers(
        spec,
        f"{officer} <{officer.lower().replace(' ', '.')}@{domain}>",
        "residential-providers@framework.example.org.uk",
        f"FW: Regulation 40 notification – urgent move – {spec.kids[0].first}",
        "08:31",
    )
    return eml_bytes(headers, _corrected(spec, body, officer))


YAML = {
    "present": "current",
    "historical": "historic",
    "suspected": "alleged",
    "none_known": "none",
    "not_stated": "",
}


def _quote(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def yaml_export(spec: Spec) -> bytes:
    lines = [
        "# Exported from the case management system – placement request",
        "request:",
        f"  authority: {_quote(spec.la_name)}",
        f"  case_ref: {spec.reference or '~'}",
        f"  created: {spec.date or '~'}",
        f"  setting: {_quote(setting_words(spec))}",
        f"  urgency: {spec.urgency or '~'}",
        f"  length: {_quote(DURATION[spec.duration]) if spec.duration else '~'}",
        f"  start: {_quote(spec.start_words)}",
        f"  reason: {_quote(spec.story)}",
        "worker:",
        f"  name: {_quote(spec.worker.name)}",
        f"  email: {spec.worker.email}",
        f"  phone: {_quote(spec.worker.phone) if spec.worker.phone else '~'}",
        "children:",
    ]
    for kid in spec.kids:
        pairs = facts(kid, "iso")
        lines.append(f"  - name: {_quote(pairs[0][1])}")
        for label, value in pairs[1:]:
            key = label.lower().replace(" ", "_")
            lines.append(f"    {key}: {_quote(value) if value else '~'}")
        lines.append("    risks:")
        for short in RISKS:
            state, words = kid.risk[short]
            note = f", note: {_quote(words)}" if words else ""
            lines.append(
                f"      {RISKS[short].split('/')[1] if short != 'cce_others' else 'exploiting_others'}: "
                f"{{status: {YAML[state] or '~'}{note}}}"
            )
    return ("\n".join(lines) + "\n").encode()


TIDY = {
    "present": "Yes - current",
    "historical": "Yes - historical",
    "suspected": "Suspected",
    "none_known": "No",
    "not_stated": "",
}


def _csv_cell(text: str, sep: str) -> str:
    if sep == "," and any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text.replace("\t", " ")


def tidy_csv(spec: Spec) -> bytes:
    rows = [["section", "field", "child", "value"]]
    rows += [
        ["request", "authority", "", spec.la_name],
        ["request", "system reference", "", spec.reference or ""],
        ["request", "date requested", "", fmt(spec.date, "dmy")],
        ["request", "placement type", "", setting_words(spec)],
        ["request", "urgency", "", URGENCY[spec.urgency]],
        ["request", "duration", "", DURATION[spec.duration]],
        ["request", "start", "", spec.start_words],
        ["request", "background", "", spec.story],
        ["worker", "name", "", spec.worker.name],
        ["worker", "email", "", spec.worker.email],
        ["worker", "phone", "", spec.worker.phone or ""],
    ]
    for number, kid in enumerate(spec.kids, 1):
        for label, value in facts(kid, "dmy"):
            rows.append(["child", label.lower(), str(number), value])
        for short in RISKS:
            state, words = kid.risk[short]
            value = TIDY[state] + (f": {words}" if words and state != "none_known" else "")
            rows.append(["risk", PLAIN[short].lower(), str(number), value])
    text = "\n".join(",".join(_csv_cell(cell, ",") for cell in row) for row in rows)
    return (text + "\n").encode()


WIDE = {
    "present": "Y",
    "historical": "Hist",
    "suspected": "Query",
    "none_known": "N",
    "not_stated": "",
}


def wide_tsv(spec: Spec) -> bytes:
    head = [
        "Tracker ID",
        "LA",
        "LA ref",
        "Logged",
        "SW",
        "SW email",
        "SW tel",
        "Type",
        "Urgency",
        "Length",
        "Start",
        "Notes",
    ]
    row = [
        spec.other_dates[0][1],
        spec.la_name,
        spec.reference or "",
        fmt(spec.date, "dmy"),
        spec.worker.name,
        spec.worker.email,
        spec.worker.phone or "",
        setting_words(spec),
        URGENCY[spec.urgency],
        DURATION[spec.duration],
        spec.start_words,
        spec.story,
    ]
    for number in range(1, 4):
        kid = spec.kids[number - 1] if number <= len(spec.kids) else None
        pairs = facts(kid, "dmy") if kid else []
        labels = [
            "Name",
            "Date of birth",
            "Age",
            "Gender",
            "Legal status",
            "School",
            "Health",
            "Family time",
            "No contact with",
            "Previous placements",
            "Known as",
            "Allergies",
        ]
        values = dict(pairs)
        for label in labels:
            head.append(f"C{number} {label}")
            row.append(values.get(label, "") if kid else "")
        for short in RISKS:
            head.append(f"C{number} {SHORT[short]}")
            if kid:
                state, words = kid.risk[short]
                row.append(WIDE[state] + (f" ({words})" if words and state != "none_known" else ""))
            else:
                row.append("")
    text = "\t".join(head) + "\n" + "\t".join(_csv_cell(c, "\t") for c in row) + "\n"
    return text.encode()


def image_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.story.split("\n"), skew=1.3 if spec.id.endswith("6") else -0.8)


MAIL_AND_TEXT = {
    "home_notice": home_notice,
    "sms_typed": sms_typed,
    "ward_discharge": ward_discharge,
    "reg40_forward": reg40_forward,
    "yaml_export": yaml_export,
    "tidy_csv": tidy_csv,
    "wide_tsv": wide_tsv,
    "image_scan": image_scan,
}
