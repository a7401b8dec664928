# ruff: noqa: RUF001
"""training_q's email and text layouts, and the scans."""

from __future__ import annotations

from datetime import date, datetime, time

from training_q_layouts import dob_text, family_text, gender_text, history_text, school_text
from training_q_model import RISKS, Kid, Spec
from training_q_write import eml_bytes, long_date, scan_pdf_bytes, status_words

__all__ = ["MAIL_TEXT"]


def _rfc(day: date, at: time) -> str:
    return datetime.combine(day, at).strftime("%a, %d %b %Y %H:%M:%S +0000")


def _start(spec: Spec) -> str:
    return long_date(spec.start, weekday=True) if spec.start else spec.start_words


def _kid_lines(kid: Kid, labels: dict[str, str], form: int, dob_style: str) -> list[str]:
    values = {
        "name": kid.name,
        "known": kid.known_as or "",
        "dob": dob_text(kid, dob_style),
        "gender": gender_text(kid, ("Male", "Female")),
        "legal": status_words(kid.legal, form, kid.legal_words),
        "school": school_text(kid),
        "health": kid.health or "",
        "family": family_text(kid),
        "nocontact": ", ".join(kid.no_contact) or "none",
        "history": history_text(kid),
    }
    if kid.allergies is not None:
        values["allergy"] = kid.allergies or "none known"
    return [
        f"{label}{values[key]}"
        for key, label in labels.items()
        if key in values and (key != "known" or kid.known_as)
    ]


def _risk_lines(kid: Kid, names: dict[str, str], states: dict[str, str], pattern: str) -> list:
    lines = []
    for short, label in names.items():
        state, words = kid.risk[short]
        lines.append(pattern.format(label=label, state=states[state], words=words).rstrip(" –:"))
    return lines


# ---- decline_resend (eml) -------------------------------------------------------------

DECLINE_RISKS = {
    "dsh": "Self harm",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "drugs": "Drugs & alcohol",
    "eating": "Eating",
    "missing": "Missing",
    "violence": "Physical aggression",
    "hsb": "Sexualised behaviour / HSB",
    "fire": "Fire",
    "animals": "Animals",
    "exploits": "Exploiting others",
}
DECLINE_STATES = {
    "present": "yes –",
    "historical": "in the past –",
    "suspected": "not confirmed, suspected –",
    "none_known": "no –",
    "not_stated": "",
}
CHILD_LABELS = {
    "name": "Name: ",
    "known": "Known as: ",
    "dob": "DOB: ",
    "gender": "Gender: ",
    "legal": "Legal status: ",
    "school": "School: ",
    "health": "Health: ",
    "allergy": "Allergies: ",
    "family": "Family time: ",
    "nocontact": "No contact with: ",
    "history": "Previous placements: ",
}


def decline_resend(spec: Spec) -> bytes:
    officer, provider = spec.people["officer"], spec.people["provider"]
    earlier = spec.people["earlier"]
    lines = [
        f"Hello {spec.people['to'].name},",
        "",
        f"{provider.role} have not been able to offer (their reply is below), so I am sending "
        "this to you. The child's social worker is "
        f"{spec.worker.name}, copied in. Please reply to me with any offer.",
        "",
        f"Kind regards,\n{officer.name.split()[0]}",
        f"{officer.name} | {officer.role} | {spec.la_name}",
        f"Team line {officer.phone}",
        "",
        "-----Original Message-----",
        f"From: {provider.name} <{provider.email}>",
        f"Sent: {earlier.name}",
        "Subject: RE: Referral",
        "",
        f"Thank you for thinking of us. Unfortunately we have no carers free for this request. "
        f"Regards, {provider.name} ({provider.phone})",
        "",
        "-----Original Message-----",
        f"From: {officer.name} <{officer.email}>",
        f"Sent: {earlier.role}",
        "",
        f"Referral – {spec.people['wanted'].name}",
        f"Our ref: {spec.la_reference or ''}",
        f"Needed: {_start(spec)}",
        f"{spec.people['wanted'].role}",
        "",
        spec.story,
        "",
        f"Allocated social worker: {spec.worker.name}, {spec.worker.email}"
        + (f", {spec.worker.phone}" if spec.worker.phone else ""),
    ]
    for kid in spec.kids:
        lines += ["", *_kid_lines(kid, CHILD_LABELS, 1, "slash"), "Risks:"]
        lines += _risk_lines(kid, DECLINE_RISKS, DECLINE_STATES, "  {label}: {state} {words}")
    headers = [
        ("From", f"{officer.name} <{officer.email}>"),
        ("To", f"{spec.people['to'].email}"),
        ("Cc", f"{spec.worker.email}"),
        ("Subject", f"FW: RE: Referral – {spec.people['wanted'].name} – now with you"),
        ("Date", _rfc(spec.referral_date, time(11, 5))),
        ("Message-ID", f"<{spec.id}.resend@placements.example.gov.uk>"),
    ]
    return eml_bytes(headers, "\n".join(lines) + "\n")


# ---- parent_request_forward (eml) -----------------------------------------------------

PARENT_RISKS = {
    "dsh": "harming themself",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "drugs": "drink or drugs",
    "eating": "eating problems",
    "missing": "running off / missing",
    "violence": "hitting out at people",
    "hsb": "sexual behaviour towards others",
    "fire": "lighting fires",
    "animals": "hurting pets",
    "exploits": "pulling others into crime",
}
PARENT_STATES = {
    "present": "yes, at the moment:",
    "historical": "not now, but in the past:",
    "suspected": "possibly:",
    "none_known": "no –",
    "not_stated": "",
}


def parent_request_forward(spec: Spec) -> bytes:
    writer = spec.people["writer"]
    first = spec.worker.name.split()[0]
    lines = [
        "Hi all,",
        "",
        spec.story,
        "",
        f"What we need: {spec.people['wanted'].name}, {spec.people['wanted'].role}, "
        f"from {_start(spec)}.",
        f"Case number {spec.la_reference}." if spec.la_reference else "",
        "",
    ]
    if spec.parent:
        parent = spec.parent
        lines += [
            f"About {parent.relation}: {parent.name}, {parent.age}. {parent.history}",
            "",
        ]
    for kid in spec.kids:
        lines += _kid_lines(
            kid,
            {
                "name": "",
                "known": "goes by ",
                "dob": "born ",
                "gender": "",
                "legal": "",
                "school": "school: ",
                "health": "health: ",
                "allergy": "allergies: ",
                "family": "family time: ",
                "nocontact": "no contact with: ",
                "history": "care so far: ",
            },
            2,
            "long",
        )
        lines.append(f"Risks for {kid.first}:")
        lines += _risk_lines(kid, PARENT_RISKS, PARENT_STATES, "- {label} – {state} {words}")
        lines.append("")
    lines += [
        "Thanks,",
        first,
        "",
        f"{spec.worker.name}",
        f"Social Worker, {spec.people['team'].name}",
        f"{spec.worker.phone or ''}",
        "",
        "---------- Forwarded message ---------",
        f"From: {writer.name} <{writer.email}>",
        f"Date: {spec.people['team'].role}",
        "Subject: please help",
        "",
        spec.note,
        "",
        f"{writer.name.split()[0]}",
        f"{writer.phone}",
    ]
    headers = [
        ("From", f"{spec.worker.name} <{spec.worker.email}>"),
        ("To", "Placements <placements@example.org.uk>"),
        ("Subject", f"Fwd: please help – placement request ({spec.people['wanted'].name})"),
        ("Date", _rfc(spec.referral_date, time(9, 47))),
        ("Message-ID", f"<{spec.id}.fwd@example.gov.uk>"),
    ]
    return eml_bytes(headers, "\n".join(lines) + "\n")


# ---- secure_mail (eml) ----------------------------------------------------------------

SECURE_RISKS = {
    "dsh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "SUBS",
    "eating": "ED",
    "missing": "MISS",
    "violence": "VIOL",
    "hsb": "HSB",
    "fire": "FIRE",
    "animals": "ANIM",
    "exploits": "EXPL",
}
SECURE_STATES = {
    "present": "current –",
    "historical": "historic –",
    "suspected": "suspected –",
    "none_known": "nil –",
    "not_stated": "",
}


def secure_mail(spec: Spec) -> bytes:
    mailbox = spec.people["mailbox"]
    lines = [
        "This message was sent securely. Classification: OFFICIAL-SENSITIVE.",
        "",
        f"RE: PLACEMENT REQUEST {spec.la_reference or ''}".rstrip(),
        f"REQUEST DATE – {spec.referral_date.strftime('%d.%m.%Y')}",
        f"ALLOCATED SW – {spec.worker.name} / {spec.worker.email}"
        + (f" / {spec.worker.phone}" if spec.worker.phone else ""),
        f"PLACEMENT – {spec.people['wanted'].name}",
        f"URGENCY/LENGTH – {spec.people['wanted'].role}",
        f"START – {spec.start.strftime('%d.%m.%Y') if spec.start else spec.start_words}",
        "",
        spec.story,
        "",
    ]
    if spec.parent:
        parent = spec.parent
        lines += [
            f"PARENT – {parent.name} ({parent.relation}), {parent.age}",
            f"PARENT'S OWN HISTORY – {parent.history}",
            "",
        ]
    for number, kid in enumerate(spec.kids, 1):
        lines.append(f"CHILD {number}")
        lines += _kid_lines(
            kid,
            {
                "name": "NAME – ",
                "known": "PREFERRED NAME – ",
                "dob": "DOB – ",
                "gender": "SEX – ",
                "legal": "LEGAL – ",
                "school": "EDUCATION – ",
                "health": "HEALTH – ",
                "allergy": "ALLERGIES – ",
                "family": "FAMILY TIME – ",
                "nocontact": "NO CONTACT – ",
                "history": "PLACEMENTS – ",
            },
            1,
            "dots",
        )
        lines += _risk_lines(kid, SECURE_RISKS, SECURE_STATES, "RISK – {label}: {state} {words}")
        lines.append("")
    lines += [
        f"Sent from the {mailbox.name} mailbox by {mailbox.role}. "
        f"Any queries to the allocated SW above; this mailbox ({mailbox.phone}) is not monitored "
        "after 5pm.",
    ]
    headers = [
        ("From", f"{mailbox.name} <{mailbox.email}>"),
        ("To", "referrals@example.org.uk"),
        ("Subject", f"[SECURE] [OFFICIAL-SENSITIVE] Placement request {spec.la_reference or ''}"),
        ("Date", _rfc(spec.referral_date, time(14, 12))),
        ("Message-ID", f"<{spec.id}.secure@example.gov.uk>"),
    ]
    return eml_bytes(headers, "\n".join(lines) + "\n")


# ---- recall_resend (eml) --------------------------------------------------------------

RECALL_RISKS = {
    "dsh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Substances",
    "eating": "Eating disorder",
    "missing": "Missing episodes",
    "violence": "Harm to others (physical)",
    "hsb": "Harm to others (sexual)",
    "fire": "Fire-setting",
    "animals": "Harm to animals",
    "exploits": "Criminal exploitation of others",
}
RECALL_STATES = {
    "present": "Present.",
    "historical": "Historical.",
    "suspected": "Suspected.",
    "none_known": "None known.",
    "not_stated": "",
}


def _what(label: str, spec: Spec) -> str:
    """ "Amelia date of birth" -> "date of birth for Amelia"; "Start" -> "start date"."""
    first, _, rest = label.partition(" ")
    if any(kid.first == first for kid in spec.kids) and len(spec.kids) > 1:
        return f"{rest} for {first}"
    return rest or f"{label.lower()} date"


def recall_resend(spec: Spec) -> bytes:
    wrong = spec.people["wrong"]  # name: the label, role: the wrong value, email: right value
    first = spec.worker.name.split()[0]
    original = [
        f"Hello, please see below a referral for {spec.people['wanted'].name}.",
        f"{spec.people['wanted'].role}",
        f"Start: {wrong.role if wrong.name == 'Start' else _start(spec)}",
        f"Ref: {spec.la_reference or 'n/a'}",
        "",
        spec.story,
    ]
    for kid in spec.kids:
        values = _kid_lines(kid, CHILD_LABELS, 0, "slash")
        if wrong.name.startswith(kid.first):
            values = [line.replace(wrong.email, wrong.role) for line in values]
        original += ["", *values]
        original += _risk_lines(kid, RECALL_RISKS, RECALL_STATES, "{label}: {state} {words}")
    original += ["", first, f"{spec.worker.name}, Social Worker, {spec.la_name}"]
    original += [spec.worker.phone or ""]
    lines = [
        "All,",
        "",
        "I tried to recall my email from this morning but the recall failed for most of you. "
        f"Please disregard it: I gave the wrong {_what(wrong.name, spec)}. "
        f"It should be {wrong.email}, not {wrong.role}. Everything else below is right.",
        "",
        first,
        "",
        f"From: {spec.worker.name} <{spec.worker.email}>",
        f"Sent: {spec.people['sent'].name}",
        "Subject: Referral",
        "",
        *[f"> {line}" if line else ">" for line in original],
    ]
    headers = [
        ("From", f"{spec.worker.name} <{spec.worker.email}>"),
        ("To", "ifa-referrals@example.org.uk"),
        ("Subject", "CORRECTION – please disregard earlier email – Referral"),
        ("Date", _rfc(spec.referral_date, time(15, 30))),
        ("Message-ID", f"<{spec.id}.correction@example.gov.uk>"),
    ]
    return eml_bytes(headers, "\n".join(lines) + "\n")


# ---- ini_export (txt) -----------------------------------------------------------------

INI_RISKS = {
    "dsh": "self_harm",
    "cse": "sexual_exploitation",
    "cce": "criminal_exploitation_risk_to",
    "drugs": "substance_misuse",
    "eating": "eating_disorder",
    "missing": "missing_episodes",
    "violence": "violence_to_others",
    "hsb": "harmful_sexual_behaviour",
    "fire": "arson",
    "animals": "animal_harm",
    "exploits": "criminal_exploitation_risk_by",
}
INI_STATES = {
    "present": "ACTIVE",
    "historical": "HISTORIC",
    "suspected": "QUERY",
    "none_known": "NIL",
    "not_stated": "",
}


def ini_export(spec: Spec) -> bytes:
    wanted = spec.people["wanted"]
    lines = [
        f"; {spec.people['system'].name} export – placement request",
        f"; exported by {spec.people['system'].role}",
        "",
        "[request]",
        f"la = {spec.la_name}",
        f"case_ref = {spec.la_reference or ''}",
        f"requested_on = {spec.referral_date.isoformat() if spec.referral_date else ''}",
        f"placement_type = {wanted.name}",
        f"urgency_and_length = {wanted.role}",
        f"start = {spec.start.isoformat() if spec.start else spec.start_words}",
        f"reason = {spec.story}",
        "",
        "[worker]",
        f"name = {spec.worker.name}",
        f"email = {spec.worker.email or ''}",
        f"phone = {spec.worker.phone or ''}",
    ]
    for number, kid in enumerate(spec.kids, 1):
        lines += [
            "",
            f"[child.{number}]",
            f"forename = {kid.first}",
            f"surname = {kid.last}",
            f"dob = {kid.dob.isoformat() if kid.dob else ''}",
            f"age = {'' if kid.dob else kid.age}",
            f"sex = {gender_text(kid, ('M', 'F'))}",
            f"legal_status = {kid.legal or kid.legal_words}",
            f"school = {school_text(kid)}",
            f"health = {kid.health or ''}",
            f"family_time = {family_text(kid, ' | ')}",
            f"no_contact = {', '.join(kid.no_contact)}",
            f"placements = {history_text(kid, ' | ')}",
            "",
            f"[child.{number}.risks]",
        ]
        for short, key in INI_RISKS.items():
            state, words = kid.risk[short]
            lines.append(f"{key} = {INI_STATES[state]}")
            if words and state != "none_known":
                lines.append(f"{key}.note = {words}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---- carer_daily_log (txt) ------------------------------------------------------------

LOG_RISKS = {
    "dsh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Drugs/alcohol",
    "eating": "Eating",
    "missing": "Missing",
    "violence": "Violence",
    "hsb": "HSB",
    "fire": "Fire",
    "animals": "Animals",
    "exploits": "Exploiting others",
}
LOG_STATES = {
    "present": "YES NOW",
    "historical": "PAST ONLY",
    "suspected": "SUSPECTED",
    "none_known": "NONE –",
    "not_stated": "",
}


def carer_daily_log(spec: Spec) -> bytes:
    carer = spec.people["carer"]
    lines = [
        "FOSTER CARER DAILY RECORD – extract sent with a request for a move",
        f"Carer: {carer.name} ({carer.role})   Carer's phone: {carer.phone}",
        "",
        *spec.note.split("\n"),
        "",
        "=" * 72,
        "REQUEST FOR A NEW PLACEMENT (completed by the child's social worker)",
        "=" * 72,
        f"Date of request ...... {spec.referral_date.strftime('%d/%m/%Y') if spec.referral_date else '__/__/____'}",
        f"Local authority ...... {spec.la_name}",
        f"Client no. ........... {spec.la_reference or ''}",
        f"Social worker ........ {spec.worker.name}",
        f"Email ................ {spec.worker.email or ''}",
        f"Phone ................ {spec.worker.phone or ''}",
        f"Type of home ......... {spec.people['wanted'].name}",
        f"How soon / how long .. {spec.people['wanted'].role}",
        f"Move date ............ {_start(spec)}",
        "",
        spec.story,
    ]
    for kid in spec.kids:
        lines += ["", f"--- {kid.name} ---"]
        lines += _kid_lines(
            kid,
            {
                "dob": "Born: ",
                "gender": "Gender: ",
                "legal": "Order: ",
                "school": "School: ",
                "health": "Health: ",
                "family": "Sees: ",
                "nocontact": "Must not see: ",
                "history": "Homes so far: ",
            },
            1,
            "slash",
        )
        lines += _risk_lines(kid, LOG_RISKS, LOG_STATES, "[{label}] {state} {words}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---- ticket_export (txt) --------------------------------------------------------------

TICKET_RISKS = {
    "dsh": "Risk: self-harm",
    "cse": "Risk: CSE",
    "cce": "Risk: CCE (victim)",
    "drugs": "Risk: substances",
    "eating": "Risk: eating",
    "missing": "Risk: missing",
    "violence": "Risk: violence to others",
    "hsb": "Risk: HSB",
    "fire": "Risk: fire",
    "animals": "Risk: animals",
    "exploits": "Risk: exploiting others",
}
TICKET_STATES = {
    "present": "Present –",
    "historical": "Past –",
    "suspected": "Unconfirmed –",
    "none_known": "None –",
    "not_stated": "",
}


def ticket_export(spec: Spec) -> bytes:
    desk = spec.people["desk"]
    created = (
        spec.referral_date.strftime("%d %b %Y 10:02")
        if spec.referral_date
        else "(draft – not submitted)"
    )
    lines = [
        f"Ticket PF-{spec.id[1:]}47 | Placement Finding | Status: Open",
        f"Created: {created}",
        f"Reporter: {desk.name} ({desk.role})",
        f"Priority: {spec.people['wanted'].role}",
        f"Organisation: {spec.la_name}",
        "",
        "--- Fields ---",
        f"Case reference: {spec.la_reference or ''}",
        f"Social worker: {spec.worker.name}",
        f"Social worker email: {spec.worker.email or ''}",
        f"Social worker phone: {spec.worker.phone or ''}",
        f"Placement type: {spec.people['wanted'].name}",
        f"Required from: {_start(spec)}",
    ]
    if spec.parent:
        parent = spec.parent
        lines += [
            f"Parent: {parent.name} ({parent.relation}, {parent.age})",
            f"Parent's history: {parent.history}",
        ]
    for number, kid in enumerate(spec.kids, 1):
        lines.append(f"--- Child {number} ---")
        lines += _kid_lines(kid, CHILD_LABELS, 0, "iso")
        lines += _risk_lines(kid, TICKET_RISKS, TICKET_STATES, "{label}: {state} {words}")
    lines += ["", "--- Description ---", spec.story, "", "--- Comments ---", spec.note]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---- image_scan (pdf) -----------------------------------------------------------------


def image_scan(spec: Spec) -> bytes:
    return scan_pdf_bytes(spec.story.split("\n"), angle=float(spec.note))


MAIL_TEXT = {
    "decline_resend": (".eml", decline_resend),
    "parent_request_forward": (".eml", parent_request_forward),
    "secure_mail": (".eml", secure_mail),
    "recall_resend": (".eml", recall_resend),
    "ini_export": (".txt", ini_export),
    "carer_daily_log": (".txt", carer_daily_log),
    "ticket_export": (".txt", ticket_export),
    "image_scan": (".pdf", image_scan),
}
assert all(
    set(names) == set(RISKS)
    for names in (
        DECLINE_RISKS,
        PARENT_RISKS,
        SECURE_RISKS,
        RECALL_RISKS,
        INI_RISKS,
        LOG_RISKS,
        TICKET_RISKS,
    )
)
