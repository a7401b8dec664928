"""training_v's text layouts: an SBAR telephone note taken by placements duty, a WhatsApp
chat export between a worker and a placements officer, a genogram key with the placement
request, a referral system's webhook payload (JSON) and a case system's print view (HTML)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

import json
from html import escape

from training_v_layouts import day, dob_words, family_words, risk_rows, sex_words
from training_v_model import Kid, Spec

__all__ = ["TEXT"]

SBAR = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Drugs/alc",
    "eating": "Eating",
    "missing": "MFH",
    "violence": "Violence",
    "hsb": "HSB",
    "fire": "Fire",
    "animals": "Animals",
    "recruit": "Recruits others",
}
SBAR_STATES = {"present": "+", "historical": "h", "suspected": "?", "none_known": "0"}
CHAT_STATES = {
    "present": "yes atm",
    "historical": "not now, in the past",
    "suspected": "maybe",
    "none_known": "no",
}
GENOGRAM_STATES = {
    "present": "Yes",
    "historical": "Previously",
    "suspected": "Possibly",
    "none_known": "No",
}
GENOGRAM = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Drugs/alcohol",
    "eating": "Eating disorder",
    "missing": "Going missing",
    "violence": "Hurting others",
    "hsb": "Sexually harmful behaviour",
    "fire": "Fire-setting",
    "animals": "Hurting animals",
    "recruit": "Getting others to offend",
}
CODES = {
    "sh": "SELF_HARM",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "SUBSTANCE_MISUSE",
    "eating": "EATING_DISORDER",
    "missing": "MISSING",
    "violence": "VIOLENCE_TO_OTHERS",
    "hsb": "HSB",
    "fire": "FIRE_SETTING",
    "animals": "HARM_TO_ANIMALS",
    "recruit": "EXPLOITS_OTHERS",
}
JSON_STATES = {
    "present": "ACTIVE",
    "historical": "HISTORIC",
    "suspected": "SUSPECTED",
    "none_known": "NONE",
}
HTML_STATES = {
    "present": "Current",
    "historical": "Previous",
    "suspected": "Suspected",
    "none_known": "No concerns",
}


def _kid_lines(kid: Kid, style: str) -> list[str]:
    return [
        f"{kid.name}" + (f", known as {kid.known_as}" if kid.known_as else ""),
        f"  DOB {dob_words(kid, style, '{} yrs')}, {sex_words(kid, ('M', 'F', '?'))}",
        f"  Legal: {kid.legal_words}",
        f"  School: {kid.school_words}",
        f"  Health: {kid.health}" + (f" | Allergies: {kid.allergies}" if kid.allergies else ""),
        *([f"  Communication: {kid.comms_words}"] if kid.comms_words else []),
        f"  Family time: {family_words(kid)}",
        f"  Placements: {kid.history_words}",
    ]


def _sbar(spec: Spec) -> bytes:
    more = spec.more
    lines = [
        "SBAR – PLACEMENT REQUEST (telephone)",
        f"Taken by: {more['taker']}",
        f"Date: {day(spec.date, 'uk')}   Time: {more['time']}",
        f"Caller: {spec.worker.name} ({more['role']})",
        f"Caller email: {spec.worker.email}   Tel: {spec.worker.phone or ''}",
        f"{more['la_line']}   Ref: {spec.ref or ''}",
        "",
        "S – SITUATION",
        more["situation"],
        "",
        "B – BACKGROUND",
    ]
    for index, kid in enumerate(spec.kids):
        lines += [f"Child {index + 1}: " + _kid_lines(kid, "dot")[0], *_kid_lines(kid, "dot")[1:]]
    lines += ["", "A – ASSESSMENT (risks: + current, h historic, ? query, 0 nil)"]
    for kid in spec.kids:
        lines.append(f"{kid.first}:")
        for label, state, words in risk_rows(kid, SBAR, SBAR_STATES, False):
            lines.append(f"  {label} {state}" + (f"  {words}" if words else ""))
    lines += ["", "R – RECOMMENDATION / REQUEST", more["request"], ""]
    return "\n".join(lines).encode("utf-8")


def _chat(spec: Spec) -> bytes:
    more = spec.more
    officer, worker = more["officer"], more["worker_saved_as"]
    first, then = more["first"], more["then"]
    out = [
        f"{first[0]}, {first[1]} - Messages and calls are end-to-end encrypted. No one outside "
        "of this chat, not even WhatsApp, can read or listen to them.",
        f"{first[0]}, {first[1]} - {officer}: {more['open']}",
    ]
    stamp = f"{day(spec.date, 'uk')}, "
    times = iter(then)
    out.append(f"{stamp}{next(times)} - {worker}: {more['ask']}")
    if spec.parent:
        parent = spec.parent
        out.append(
            f"{stamp}{next(times)} - {worker}: Mum {parent.name}, {parent.age}. {parent.about}"
        )
    for kid in spec.kids:
        facts = "\n".join(line.strip() for line in _kid_lines(kid, "uk"))
        out.append(f"{stamp}{next(times)} - {worker}: {facts}")
    out.append(
        f"{stamp}{next(times)} - {officer}: Can you run through risks for me – SH, CSE, CCE, "
        "drugs/alc, eating, missing, violence, HSB, fire, animals, getting others into crime?"
    )
    for kid in spec.kids:
        answers = [f"{kid.first}:"] + [
            f"{label} - {state}" + (f" ({words})" if words else "")
            for label, state, words in risk_rows(kid, SBAR, CHAT_STATES, False)
        ]
        out.append(f"{stamp}{next(times)} - {worker}: " + "\n".join(answers))
    out.append(f"{stamp}{next(times)} - {worker}: <Media omitted>")
    out.append(f"{stamp}{next(times)} - {worker}: {more['contact']}")
    out.append(f"{stamp}{next(times)} - {officer}: {more['close']}")
    return ("\n".join(out) + "\n").encode("utf-8")


def _genogram(spec: Spec) -> bytes:
    more = spec.more
    members = [("Name", "Relationship", "DOB / age", "Lives with", "Placement needed?")]
    members += more["members"]
    widths = [max(len(row[i]) for row in members) for i in range(5)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    table = [rule]
    for index, row in enumerate(members):
        table.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            table.append(rule)
    table.append(rule)
    lines = [
        more["title"],
        f"Case: {spec.ref or '—'}    Request date: {day(spec.date, 'short') or '—'}",
        f"Genogram drawn at the family meeting on {day(more['meeting'], 'short')} by "
        f"{more['drawn_by']}",
        "",
        "FAMILY COMPOSITION (key to the genogram)",
        *table,
        "",
        "CHILDREN TO BE PLACED",
    ]
    for kid in spec.kids:
        lines += [*_kid_lines(kid, "long"), "  Risks (Yes / Previously / Possibly / No):"]
        for label, state, words in risk_rows(kid, GENOGRAM, GENOGRAM_STATES):
            lines.append(f"    {label}: {state}" + (f" – {words}" if words else ""))
        lines.append("")
    lines += [
        "THE REQUEST",
        more["request"],
        "",
        f"Social worker: {spec.worker.name}, {spec.worker.email}"
        + (f", {spec.worker.phone}" if spec.worker.phone else ""),
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _json_child(kid: Kid) -> dict:
    child: dict = {"forename": kid.first, "surname": kid.last}
    if kid.known_as:
        child["preferredName"] = kid.known_as
    child |= {"dateOfBirth": kid.dob} if kid.dob else {"ageYears": kid.age}
    child["sex"] = {"male": "M", "female": "F", None: None}[kid.gender]
    child["legalStatus"] = kid.legal_words or None
    child["education"] = {"setting": kid.school_words or None}
    child["health"] = kid.health or None
    if kid.allergies:
        child["allergies"] = kid.allergies
    if kid.comms_words:
        child["communication"] = kid.comms_words
    if kid.family is None:
        child["familyTime"] = None
    else:
        child["familyTime"] = [{"with": who, "arrangement": w} for who, _, w in kid.family]
        if not kid.family:
            child["familyTimeNote"] = kid.family_words
    child["noContact"] = kid.no_contact_words or None
    child["placementHistory"] = kid.history_words or None
    child["riskIndicators"] = [
        {"category": CODES[short], "status": JSON_STATES[state], "notes": words or None}
        for short, (state, words) in kid.risk.items()
        if state != "not_stated"
    ]
    return child


def _webhook(spec: Spec) -> bytes:
    more = spec.more
    worker = {"name": spec.worker.name, "email": spec.worker.email, "phone": spec.worker.phone}
    payload = {
        "eventType": "placement_request.submitted",
        "eventId": more["event_id"],
        "emittedAt": more["emitted"],
        "deliveryAttempt": more["attempt"],
        "data": {
            "requestId": more["request_id"],
            "authority": more["authority"],
            more.get("ref_key", "caseReference"): spec.ref,
            "submittedAt": f"{spec.date}T{more['clock']}:00Z" if spec.date else None,
            "caseOpenedAt": more["opened"],
            "submittedBy": more["submitter"],
            "allocatedWorker": worker | {"team": more["team"]},
            "placement": more["placement"],
            "children": [_json_child(kid) for kid in spec.kids],
        },
    }
    return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _dl(pairs: list[tuple[str, str]]) -> str:
    return (
        "<dl>\n"
        + "".join(
            f"  <dt>{escape(k, quote=False)}</dt><dd>{escape(v, quote=False)}</dd>\n"
            for k, v in pairs
        )
        + "</dl>"
    )


def _print_view(spec: Spec) -> bytes:
    more = spec.more
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Request for Placement – Print '
        "view</title></head><body>",
        f'<div class="banner">{escape(more["banner"])}</div>',
        f'<p class="printed">Printed {escape(more["printed"])}</p>',
        "<h1>Request for Placement</h1>",
        _dl(
            [
                ("Form completed", day(spec.date, "uk")),
                (more.get("ref_label", "Person ID"), spec.ref or ""),
                ("Allocated worker", spec.worker.name),
                ("Worker email", spec.worker.email),
                ("Worker telephone", spec.worker.phone or ""),
                ("Form started by", more["started_by"]),
                *more["request"],
            ]
        ),
    ]
    for kid in spec.kids:
        parts += [
            f"<h2>Child: {escape(kid.name, quote=False)}</h2>",
            _dl(
                [
                    ("Preferred name", kid.known_as or ""),
                    ("Date of birth", dob_words(kid, "uk", "Age {} (DOB not recorded)")),
                    ("Gender", sex_words(kid)),
                    ("Legal status", kid.legal_words),
                    ("Education provision", kid.school_words),
                    ("Health needs", kid.health),
                    ("Allergies", kid.allergies or ""),
                    ("Communication", kid.comms_words),
                    ("Family time", family_words(kid)),
                    ("Placement history", kid.history_words),
                ]
            ),
            "<h3>Risks</h3>",
            _dl(
                [
                    (label, f"{state} – {words}" if words else state)
                    for label, state, words in risk_rows(kid, GENOGRAM, HTML_STATES)
                ]
            ),
        ]
    parts.append("</body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")


TEXT = {
    "sbar_note": _sbar,
    "whatsapp_export": _chat,
    "genogram_key": _genogram,
    "webhook_json": _webhook,
    "lcs_print_html": _print_view,
}
