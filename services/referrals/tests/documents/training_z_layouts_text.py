"""training_z's text and CSV layouts: a legacy case system's upper-case screen print, a
saved video-call chat, a numbered outline, a one-hot flags export and a form's responses
with a grid question."""

# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io

from training_z_layouts import ORDER, born, day, named, sex
from training_z_model import Spec

# --- greenscreen_print: an upper-case case-system screen print with risk codes ------------

GREEN_CODES = {
    "sh": "RSK-SH",
    "cse": "RSK-CSE",
    "cce": "RSK-CCE",
    "sub": "RSK-SUB",
    "eat": "RSK-EAT",
    "mis": "RSK-MFH",
    "vio": "RSK-VIO",
    "hsb": "RSK-HSB",
    "fire": "RSK-ARS",
    "ani": "RSK-ANI",
    "rec": "RSK-REC",
}
GREEN_STATES = {"present": "CUR", "historical": "HIS", "suspected": "SUS", "none_known": "NIL"}
GREEN_NAMES = {
    "RSK-SH": "SELF HARM",
    "RSK-CSE": "SEXUAL EXPLOITATION",
    "RSK-CCE": "CRIMINAL EXPLOITATION",
    "RSK-SUB": "SUBSTANCE MISUSE",
    "RSK-EAT": "EATING DISORDER",
    "RSK-MFH": "MISSING FROM HOME/CARE",
    "RSK-VIO": "VIOLENCE TO OTHERS",
    "RSK-HSB": "HARMFUL SEXUAL BEHAVIOUR",
    "RSK-ARS": "ARSON/FIRE SETTING",
    "RSK-ANI": "HARM TO ANIMALS",
    "RSK-REC": "RECRUITING OTHERS",
}


def _dots(label: str, value: str, width: int = 20) -> str:
    return f"{label.upper():.<{width}}: {value.upper()}".rstrip()


def greenscreen_print(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    rule = "-" * 78
    lines = [
        f"{bits['system']:<22}{bits['screen']:<40}PRINTED {bits['printed']}",
        f"USER: {bits['user']}",
        rule,
        _dots("Request date", day(spec.date, "uk")),
        _dots("Authority", bits["la_words"]),
        _dots("Client no", spec.ref or ""),
        _dots("Worker", worker.name),
        _dots("Worker tel", worker.phone or ""),
        _dots("Worker email", worker.email),
        _dots("Placement req", spec.request),
        _dots("Required from", spec.start_words),
        rule,
    ]
    for index, kid in enumerate(kids, start=1):
        lines += [
            f"CHILD {index} OF {len(kids)}",
            _dots("Surname", kid.last),
            _dots("Forename(s)", kid.first),
            *([_dots("Known as", kid.extra["known_as"])] if "known_as" in kid.extra else []),
            _dots("D.O.B.", born(kid, "uk", "NK - AGE {age}")),
            _dots("Sex", sex(kid, ("F", "M"))),
            _dots("Legal status", kid.legal_words),
            _dots("School", kid.school_words),
            _dots("Family time", kid.family_words),
            _dots("Prev placements", kid.history_words),
            _dots("Health", kid.health or ""),
            "RISK INDICATORS",
        ]
        for short in ORDER:
            state, words = kid.risk[short]
            code = GREEN_STATES.get(state, "   ")
            lines.append(f"  {GREEN_CODES[short]:<9}{code}  {words.upper()}".rstrip())
        lines.append(rule)
    lines += [
        "INDICATOR CODES: CUR=CURRENT  HIS=HISTORIC (NOT CURRENT)  SUS=SUSPECTED/UNCONFIRMED",
        "                 NIL=NONE KNOWN  (BLANK)=NOT RECORDED",
        "  " + "  ".join(f"{code}={name}" for code, name in list(GREEN_NAMES.items())[:4]),
        "  " + "  ".join(f"{code}={name}" for code, name in list(GREEN_NAMES.items())[4:8]),
        "  " + "  ".join(f"{code}={name}" for code, name in list(GREEN_NAMES.items())[8:]),
        f"*** END OF SCREEN {bits['screen'].split()[0]} ***",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# --- zoom_chat_save: a saved meeting chat, the worker posting the referral in messages ----

CHAT_LABELS = {
    "sh": "self harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/alcohol",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fire setting",
    "ani": "animals",
    "rec": "recruiting",
}
CHAT_STATES = {
    "present": "yes – current",
    "historical": "past only",
    "suspected": "suspected not proven",
    "none_known": "no",
}


def zoom_chat_save(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    me = bits["me"]
    posts: list[tuple[str, str, str]] = list(bits["before"])
    facts = [
        "Referral details for the minutes:",
        f"LA {bits['la_words']} | ref {spec.ref or 'none yet'}",
        f"SW {worker.name} | {worker.phone or 'no direct line'} | {worker.email}",
        f"Need: {spec.request}",
        f"Start: {bits.get('old_start', spec.start_words)}",
    ]
    if spec.date:
        facts.insert(1, bits["sent"].format(date=day(spec.date, "uk")))
    posts.append((bits["t0"], me, "\n".join(facts)))
    for index, kid in enumerate(kids):
        parts = [
            f"{named(kid)} – {born(kid, 'uk', 'age {age}')} – {sex(kid, ('F', 'M'))}",
            f"legal: {kid.legal_words}",
            f"school: {kid.school_words}",
            f"family time: {kid.family_words}",
            f"placements so far: {kid.history_words}",
            f"health: {kid.health or ''}",
        ]
        stated = []
        for short in ORDER:
            state, words = kid.risk[short]
            if state != "not_stated":
                stated.append(
                    f"{CHAT_LABELS[short]} {CHAT_STATES[state]}" + (f" ({words})" if words else "")
                )
        parts.append("risks: " + "; ".join(stated) if stated else "risks: ")
        posts.append((bits["times"][index], me, "\n".join(parts)))
    posts += list(bits["after"])
    lines = []
    for stamp, who, text in posts:
        lines.append(f"{stamp} From {who} to Everyone:")
        lines += [f"\t{line}" for line in text.split("\n")]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- numbered_outline: a numbered outline, risks as numbered sub-items --------------------

OUTLINE_LABELS = {
    "sh": "Self-harm",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "sub": "Substance misuse",
    "eat": "Eating disorder",
    "mis": "Missing episodes",
    "vio": "Violence to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harm to animals",
    "rec": "Recruitment of others",
}
OUTLINE_STATES = {
    "present": "Current concern",
    "historical": "Historical concern (no recurrence)",
    "suspected": "Alleged / unverified",
    "none_known": "No known history",
    "not_stated": "Information not available",
}


def numbered_outline(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    lines = [
        bits["title"],
        "",
        "1. REFERRAL",
        f"1.1 Date of referral: {day(spec.date, 'long') or bits.get('no_date', '')}".rstrip(),
        f"1.2 Local authority: {bits['la_words']}",
        f"1.3 LA reference: {spec.ref or ''}".rstrip(),
        f"1.4 Referring social worker: {worker.name}",
        f"1.4.1 Telephone: {worker.phone or ''}".rstrip(),
        f"1.4.2 Email: {worker.email}",
        "",
        "2. PLACEMENT SOUGHT",
        f"2.1 Type: {spec.request}",
        f"2.2 Required from: {spec.start_words}",
    ]
    if spec.parent:
        lines.append(f"2.3 Parent: {spec.parent.name} – {spec.parent.words}")
    lines += ["", "3. CHILDREN" if len(kids) > 1 else "3. CHILD"]
    for n, kid in enumerate(kids, start=1):
        base = f"3.{n}"
        lines += [
            f"{base} {named(kid)}",
            f"{base}.1 Date of birth: {born(kid, 'long', 'unknown (aged {age})')}",
            f"{base}.2 Gender: {sex(kid)}",
            f"{base}.3 Legal status: {kid.legal_words}",
            f"{base}.4 Education: {kid.school_words}",
            f"{base}.5 Family time: {kid.family_words}",
            f"{base}.6 Placement history: {kid.history_words}",
            f"{base}.7 Health: {kid.health or ''}",
            f"{base}.8 Risk",
        ]
        for m, short in enumerate(ORDER, start=1):
            state, words = kid.risk[short]
            text = OUTLINE_STATES[state] + (f". {words}" if words else "")
            lines.append(f"{base}.8.{m} {OUTLINE_LABELS[short]} — {text}")
        lines.append("")
    lines += ["4. ANY OTHER INFORMATION", bits["other"], ""]
    return ("\n".join(line.rstrip() for line in lines) + "\n").encode("utf-8")


# --- onehot_flags_csv: one row per child, three 0/1 flags per risk ------------------------

FLAG_CODES = {
    "sh": "selfharm",
    "cse": "cse",
    "cce": "cce",
    "sub": "substance",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "hsb",
    "fire": "firesetting",
    "ani": "animals",
    "rec": "recruitment",
}
FLAGS = {
    "present": ("1", "0", "0"),
    "historical": ("0", "1", "0"),
    "suspected": ("0", "0", "1"),
    "none_known": ("0", "0", "0"),
    "not_stated": ("", "", ""),
}


def onehot_flags_csv(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    head = [
        "export_row_id",
        "la_case_ref",
        "date_referred",
        "la_name",
        "sw_name",
        "sw_phone",
        "sw_email",
        "placement_type",
        "required_from",
        "child_forename",
        "child_surname",
        "known_as",
        "dob_or_age",
        "sex",
        "legal_status",
        "school",
        "family_time",
        "prev_placements",
        "health",
    ]
    for short in ORDER:
        code = FLAG_CODES[short]
        head += [f"{code}_current", f"{code}_past", f"{code}_suspected"]
    head += ["risk_notes", "entered_by", "exported_at"]
    rows = [head]
    for index, kid in enumerate(kids):
        row = [
            str(bits["row_id"] + index),
            spec.ref or "",
            day(spec.date, "iso"),
            bits["la_words"],
            worker.name,
            worker.phone or "",
            worker.email,
            spec.request,
            spec.start_words,
            kid.first,
            kid.last,
            kid.extra.get("known_as", ""),
            born(kid, "iso", "{age}"),
            sex(kid, ("F", "M")),
            kid.legal_words,
            kid.school_words,
            kid.family_words,
            kid.history_words,
            kid.health or "",
        ]
        for short in ORDER:
            row += list(FLAGS[kid.risk[short][0]])
        notes = " | ".join(f"{FLAG_CODES[s]}: {kid.risk[s][1]}" for s in ORDER if kid.risk[s][1])
        row += [notes, bits["entered_by"], bits["exported_at"]]
        rows.append(row)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


# --- google_grid_csv: a form's responses with a grid question per child -------------------

GRID_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drugs or alcohol",
    "eat": "Eating difficulties",
    "mis": "Going missing",
    "vio": "Violence to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harming animals",
    "rec": "Drawing others into crime",
}
GRID_STATES = {
    "present": "Happening now",
    "historical": "Happened before",
    "suspected": "Suspected",
    "none_known": "No concern",
}


def google_grid_csv(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    head = [
        "Timestamp",
        "Email address",
        "Your name",
        "Your phone number",
        "Local authority",
        "Case reference",
        "Is this replacing an earlier response?",
        "What type of placement do you need?",
        "When is it needed from?",
        "How many children?",
    ]
    values = [
        bits["stamp"],
        worker.email,
        worker.name,
        worker.phone or "",
        bits["la_words"],
        spec.ref or "",
        bits.get("replacing", "No"),
        spec.request,
        spec.start_words,
        str(len(kids)),
    ]
    for n in range(1, bits.get("slots", 3) + 1):
        kid = kids[n - 1] if n <= len(kids) else None
        head += [
            f"Child {n}: full name",
            f"Child {n}: date of birth (or age if not known)",
            f"Child {n}: gender",
            f"Child {n}: legal status",
            f"Child {n}: school",
            f"Child {n}: family time",
            f"Child {n}: previous placements",
            f"Child {n}: health",
        ]
        head += [f"Child {n}: risks [{GRID_LABELS[s]}]" for s in ORDER]
        head.append(f"Child {n}: tell us about anything ticked")
        if kid is None:
            values += [""] * (9 + len(ORDER))
            continue
        values += [
            named(kid),
            born(kid, "uk", "{age}"),
            sex(kid),
            kid.legal_words,
            kid.school_words,
            kid.family_words,
            kid.history_words,
            kid.health or "",
        ]
        values += [GRID_STATES.get(kid.risk[s][0], "") for s in ORDER]
        values.append(
            "\n".join(f"{GRID_LABELS[s]}: {kid.risk[s][1]}" for s in ORDER if kid.risk[s][1])
        )
    rows = [head]
    if "earlier" in bits:
        # An earlier response the worker later replaced: the same answers but for the fields
        # the later one corrects.
        stamp, changes = bits["earlier"]
        old = list(values)
        old[0], old[6] = stamp, "No"
        for column, text in changes.items():
            old[head.index(column)] = text
        rows.append(old)
    rows.append(values)
    rows += [list(row) for row in bits.get("others", [])]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


TEXT = {
    "greenscreen_print": greenscreen_print,
    "zoom_chat_save": zoom_chat_save,
    "numbered_outline": numbered_outline,
    "onehot_flags_csv": onehot_flags_csv,
    "google_grid_csv": google_grid_csv,
}
