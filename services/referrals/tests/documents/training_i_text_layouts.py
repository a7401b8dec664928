"""training_i's text and email layouts: an out-of-hours duty log, a placement-finding
tracker saved as CSV, a Teams chat export, a Placements-Standard export pasted into an
email, a provider's acknowledgement quoting the referral, and a portal's HTML notice."""

from __future__ import annotations

import csv
import io
from datetime import date
from html import escape

from training_i_model import RISK_LABELS, RISKS, Spec, risk_sentences, when
from training_i_words import dob, family, health, history, referral_date, school, start
from training_i_write import email_message

PDS_RISKS = {
    "self_harm": "selfHarm",
    "cse": "childSexualExploitation",
    "cce": "childCriminalExploitation",
    "drugs": "substanceMisuse",
    "eating": "eatingDisorder",
    "missing": "missingFromCare",
    "violence": "physicalHarmToOthers",
    "sexual": "sexualHarmToOthers",
    "fire": "fireSetting",
    "animals": "harmToAnimals",
    "exploits": "criminalExploitationOfOthers",
}
PDS_STATE = {
    "present": "yes",
    "historical": "past",
    "suspected": "suspected",
    "none_known": "no",
    "not_stated": None,
}


def mail_date(day: date, clock: str) -> str:
    return f"{day:%a}, {day.day} {day:%b %Y} {clock}:00 +0000"


def edt_log(spec: Spec) -> bytes:
    """An emergency duty team's shift log: timestamped entries, the allocated worker named."""
    edt = spec.others[0]
    lines = [
        f"{spec.la_name.upper()} - EMERGENCY DUTY TEAM - OUT OF HOURS LOG",
        f"Shift: {when(spec.date, 'wd_short')} {spec.notes.get('shift', '17:00 to 09:00 next day')}    EDT worker: {edt.name} ({edt.phone})",
        f"{spec.ref_label}: {spec.ref or 'not yet allocated'}",
        "-" * 72,
    ]
    for clock, entry in spec.notes["entries"]:
        lines.append(f"{clock}  {entry}")
    if spec.parent:
        lines += ["", f"PARENT: {spec.parent}"]
    for kid in spec.kids:
        lines += [
            "",
            f"CHILD: {kid.last.upper()}, {kid.first}   DOB {dob(kid, 'slash')}   {kid.sex()}",
            f"  Legal: {kid.legal_words}",
            f"  School: {school(kid)}",
            f"  Health: {health(kid)}",
            f"  Risks: {' '.join(risk_sentences(kid)) or 'Not known to EDT.'}",
            f"  Family time: {family(kid)}",
            f"  Previous placements: {history(kid)}",
        ]
    lines += [
        "",
        f"REQUEST: {spec.setting_words} - {spec.urgency_words} - {spec.duration_words} - from {start(spec)}",
        f"Allocated SW (for Monday): {spec.worker.name}, {spec.worker.email}, {spec.worker.phone or ''}",
        f"Log closed {spec.notes.get('closed', '08:55')} by {edt.name}, EDT ({edt.email})",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def tracker_csv(spec: Spec) -> bytes:
    """A placement-finding tracker saved as CSV: one row per child, notes in one cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "Date rec'd",
            "Placing LA",
            spec.ref_label,
            "Surname",
            "Forename",
            "Known as",
            "DOB",
            "Sex",
            "Legal",
            "Type needed",
            "Urgency",
            "Length",
            "Needed from",
            "SW",
            "SW email",
            "SW tel",
            "School",
            "Health",
            "Family time",
            "Placements (incl current)",
            "Risks / notes",
            "Status",
        ]
    )
    for kid in spec.kids:
        writer.writerow(
            [
                referral_date(spec, "short"),
                spec.la_name,
                kid.ident,
                kid.last,
                kid.first,
                kid.known_as or "",
                dob(kid, "short"),
                kid.sex(),
                kid.legal_words,
                spec.setting_words,
                spec.urgency_words,
                spec.duration_words,
                start(spec),
                spec.worker.name,
                spec.worker.email,
                spec.worker.phone or "",
                school(kid),
                health(kid),
                family(kid),
                history(kid),
                " ".join(risk_sentences(kid)),
                spec.notes.get("status", "Searching"),
            ]
        )
    for other in spec.others:
        writer.writerow(
            [
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                f"{other.role}: {other.name}",
                other.email or "",
                other.phone or "",
                "",
                "",
                "",
                "",
                "",
                "contact",
            ]
        )
    return out.getvalue().encode("utf-8")


def teams_chat(spec: Spec) -> bytes:
    """A Teams chat between the worker and a placements officer, exported as text."""
    officer, kid = spec.others[0], spec.kids[0]
    stamp = when(spec.date, "slash")
    said = [
        (
            officer.name,
            "09:58",
            f"Hi {spec.worker.name.split()[0]}, do you have the details for the referral you mentioned?",
        ),
        (
            spec.worker.name,
            "10:02",
            f"Yes - {kid.name}, {spec.ref_label} {spec.ref}. DOB {spec.notes.get('typo_dob') or dob(kid, 'short')}, {kid.sex()}. {kid.legal_words}.",
        ),
        (
            spec.worker.name,
            "10:03",
            f"Looking for {spec.setting_words}, {spec.duration_words}. {spec.urgency_words} Start {start(spec)}.",
        ),
        (officer.name, "10:05", "Thanks. School? Health? Any risks?"),
        (spec.worker.name, "10:09", f"School: {school(kid)}. Health: {health(kid)}"),
        (spec.worker.name, "10:11", " ".join(risk_sentences(kid))),
    ]
    if spec.notes.get("typo_dob"):
        said.append((spec.worker.name, "10:12", f"Sorry typo above - DOB is {dob(kid, 'slash')}!"))
    said += [
        (officer.name, "10:14", "And family time / previous placements?"),
        (spec.worker.name, "10:20", f"Family time: {family(kid)} Placements: {history(kid)}"),
        (
            spec.worker.name,
            "10:21",
            f"My email is {spec.worker.email}, mobile {spec.worker.phone or 'n/a'}.",
        ),
        (
            officer.name,
            "10:24",
            f"Great, I'll send it out. I'm on {officer.phone} if anything changes.",
        ),
    ]
    lines = [f"Chat: {spec.worker.name}, {officer.name} ({spec.la_name})", ""]
    for who, clock, text in said:
        lines += [f"[{stamp} {clock}] {who}", text, ""]
    return "\n".join(lines).encode("utf-8")


def _pds_child(kid, index: int) -> list[str]:
    out = [
        f'    {{ "childIndex": {index},',
        f'      "localAuthorityChildId": "{kid.ident}",',
        f'      "firstName": "{kid.first}", "lastName": "{kid.last}",',
    ]
    if kid.known_as:
        out.append(f'      "preferredName": "{kid.known_as}",')
    out += [
        f'      "dateOfBirth": {f"{chr(34)}{kid.dob.isoformat()}{chr(34)}" if kid.dob else "null"},'
        + ("" if kid.dob else f' "ageYears": {kid.age},'),
        f'      "gender": {f"{chr(34)}{kid.gender}{chr(34)}" if kid.gender else "null"},',
        f'      "legalStatus": {f"{chr(34)}{kid.legal}{chr(34)}" if kid.legal else "null"}, // {kid.legal_words}',
        f'      "education": "{school(kid)}",',
        f'      "healthNeeds": "{health(kid)}",',
        '      "risks": {',
    ]
    for s in RISKS:
        state, words = kid.risk[s]
        value = PDS_STATE[state]
        shown = f'"{value}"' if value else "null"
        note = f', "notes": "{words}"' if words and state != "none_known" else ""
        out.append(f'        "{PDS_RISKS[s]}": {{ "value": {shown}{note} }},')
    out += [
        "      },",
        f'      "familyTime": "{family(kid)}",',
        f'      "placementHistory": "{history(kid)}"',
        "    },",
    ]
    return out


def pds_json_email(spec: Spec) -> bytes:
    """A placements officer pastes the case system's Placements-Standard export into a mail."""
    officer = spec.others[0]
    body = [
        "Hi all,",
        "",
        "Please see the referral below, exported from our system in the Placements Data Standard",
        "format (sorry it's not pretty - the portal is down). Any questions to the social worker.",
        "",
        "{",
        f'  "placingAuthority": "{spec.la_name}",',
        f'  "referralDate": "{spec.date.isoformat()}",',
        '  "placementRequest": {',
        f'    "setting": "{spec.notes["pds_setting"]}",',
        f'    "urgency": {f"{chr(34)}{spec.urgency}{chr(34)}" if spec.urgency else "null"},',
        f'    "duration": "{spec.duration_words}",',
        f'    "startDate": {f"{chr(34)}{spec.start.isoformat()}{chr(34)}" if spec.start else "null"}, // {start(spec)}',
        "  },",
        f'  "socialWorker": {{ "name": "{spec.worker.name}", "email": "{spec.worker.email}", "phone": "{spec.worker.phone or ""}" }},',
    ]
    if spec.parent:
        body.append(f'  "parent": "{spec.parent}",')
    body.append('  "children": [')
    for index, kid in enumerate(spec.kids):
        body += _pds_child(kid, index)
    body += [
        "  ]",
        "}",
        "",
        "Thanks,",
        officer.name.split()[0],
        f"{officer.role} | {spec.la_name}",
        officer.phone or "",
    ]
    return email_message(
        f"{officer.name} <{officer.email}>",
        "placements@hearthfostering.example.org.uk",
        f"Referral {spec.ref} - {spec.setting_words}",
        mail_date(spec.date, spec.notes.get("clock", "11:40")),
        f"<{spec.id}pds.{spec.ref}@{spec.domain}>",
        text="\n".join(body) + "\n",
        cc=f"{spec.worker.name} <{spec.worker.email}>",
    )


def referral_text(spec: Spec) -> list[str]:
    lines = [
        "Dear colleagues,",
        "",
        f"Please consider the following referral ({spec.ref_label}: {spec.ref}).",
        "",
    ]
    for kid in spec.kids:
        lines += [
            f"Name: {kid.name}",
            f"DOB: {dob(kid, 'mon')}",
            f"Gender: {kid.sex()}",
            f"Legal status: {kid.legal_words}",
            f"School: {school(kid)}",
            f"Health: {health(kid)}",
            f"Risks: {' '.join(risk_sentences(kid))}",
            f"Family time: {family(kid)}",
            f"Placements: {history(kid)}",
            "",
        ]
    lines += [
        *([f"Parent: {spec.parent}", ""] if spec.parent else []),
        f"Placement sought: {spec.setting_words}. {spec.urgency_words} {spec.duration_words}.",
        f"Start: {start(spec)}",
        "",
        "Many thanks,",
        spec.worker.name,
        "Social Worker",
        spec.la_name,
        f"Tel: {spec.worker.phone or ''}",
        spec.worker.email,
    ]
    return lines


def provider_ack(spec: Spec) -> bytes:
    """A provider's acknowledgement, sent hours later, quoting the LA's referral below."""
    ack = spec.others[0]
    sent = when(spec.date, "weekday")
    quoted = [f"> {line}" if line else ">" for line in referral_text(spec)]
    body = [
        f"Dear {spec.worker.name.split()[0]},",
        "",
        f"Thank you for your referral, received today. We have logged it under our reference "
        f"{spec.notes['our_ref']} - please quote this and your own reference when you write.",
        "Our matching team will come back to you within one working day.",
        "",
        "Kind regards",
        ack.name,
        f"{ack.role}, Hearth Fostering (North)",
        f"Direct line {ack.phone}",
        "",
        "-----Original Message-----",
        f"From: {spec.worker.name} <{spec.worker.email}>",
        f"Sent: {sent} {spec.notes.get('sent', '09:15')}",
        "To: referrals@hearthfostering.example.org.uk",
        f"Subject: Referral - {spec.kids[0].first} - {spec.ref}",
        "",
        *quoted,
    ]
    return email_message(
        f"{ack.name} <{ack.email}>",
        f"{spec.worker.name} <{spec.worker.email}>",
        f"Acknowledgement: Referral - {spec.kids[0].first} - {spec.ref} [{spec.notes['our_ref']}]",
        mail_date(spec.date, spec.notes.get("ack", "15:32")),
        f"<{spec.id}ack.{spec.notes['our_ref']}@hearthfostering.example.org.uk>",
        text="\n".join(body) + "\n",
        headers=(("In-Reply-To", f"<{spec.id}ref@{spec.domain}>"),),
    )


def portal_html(spec: Spec, attachment: tuple[str, bytes] | None) -> bytes:
    """A regional placement portal's HTML-only notice with the LA's form attached."""
    kid = spec.kids[0]
    rows = [
        ("Placing authority", spec.la_name),
        ("Portal reference", spec.notes["portal_ref"]),
        (spec.ref_label, spec.ref or ""),
        ("Submitted", referral_date(spec, "weekday")),
        ("Parent", spec.parent),
        ("Child", kid.name),
        ("Date of birth", dob(kid, "long")),
        ("Gender", kid.sex()),
        ("Legal status", kid.legal_words),
        ("Placement type", spec.setting_words),
        ("Urgency", spec.urgency_words),
        ("Duration", spec.duration_words),
        ("Required from", start(spec)),
        ("School", school(kid)),
        ("Health", health(kid)),
        ("Family time", family(kid)),
        ("Placement history", history(kid)),
        ("Risks", " ".join(risk_sentences(kid))),
        ("Social worker", spec.worker.name),
        ("SW email", spec.worker.email or ""),
        ("SW phone", spec.worker.phone or ""),
    ]
    rows = [(label, value) for label, value in rows if label != "Parent" or value]
    cells = "".join(
        f"<tr><th align='left'>{escape(a, quote=False)}</th><td>{escape(b, quote=False)}</td></tr>"
        for a, b in rows
    )
    html = (
        "<html><body><p>A new referral has been published to providers on the "
        f"{escape(spec.notes['portal'])}.</p><table border='1' cellpadding='3'>{cells}</table>"
        "<p>Please do not reply to this email. Respond through the portal.</p>"
        f"<p style='font-size:9px'>Sent by {escape(spec.notes['portal'])} on behalf of {escape(spec.la_name)}</p>"
        "</body></html>"
    )
    return email_message(
        f"{spec.notes['portal']} <no-reply@{spec.notes['portal_domain']}>",
        "referrals@hearthfostering.example.org.uk",
        f"New referral published: {spec.notes['portal_ref']} ({spec.setting_words})",
        mail_date(spec.date, spec.notes.get("clock", "07:30")),
        f"<{spec.id}.{spec.notes['portal_ref']}@{spec.notes['portal_domain']}>",
        html=html,
        attachments=(attachment,) if attachment else (),
    )


__all__ = [
    "RISK_LABELS",
    "edt_log",
    "pds_json_email",
    "portal_html",
    "provider_ack",
    "teams_chat",
    "tracker_csv",
]
