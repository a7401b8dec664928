"""training_s's email, text and CSV layouts: each its own labels, risk names and state words."""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_s_layouts import (
    DURATION_PLAIN,
    ORDER,
    SETTING_PLAIN,
    answer,
    born,
    family,
    gender,
    history,
    legal,
    school,
    start,
)
from training_s_model import Spec
from training_s_write import eml_bytes


def mail_date(day: date, clock: str) -> str:
    return day.strftime("%a, %d %b %Y ") + f"{clock}:00 +0000"


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# ============================================================== hv_forward (eml)

HV_RISKS = {
    "sh": "self harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/alcohol",
    "eat": "eating",
    "mfh": "missing",
    "hurt": "violence to others",
    "shb": "sexual harm to others",
    "fire": "fire",
    "pets": "animals",
    "cceo": "exploiting others",
}
HV_WORDS = {
    "present": "yes",
    "historical": "not now (past)",
    "suspected": "possible",
    "none_known": "no",
    "not_stated": "",
}


def hv_forward(spec: Spec) -> bytes:
    """The worker forwards the health visitor's pre-birth note, now the baby is born."""
    n = spec.notes
    sw = spec.sw
    kid = spec.kids[0]
    hv = spec.others["hv"]
    risk_line = ", ".join(
        f"{HV_RISKS[s]} {answer(kid, s, HV_WORDS, ' – ')}"
        for s in ORDER
        if kid.state(s) != "not_stated"
    )
    cover = (
        f"Hi {n['to_first']},\n\n"
        f"As promised, below is the HV's pre-birth note for {spec.parent.name}. "
        f"Baby {kid.first} {kid.last} was born on {born(kid, '%d %B')} "
        f"{kid.dob.year if kid.dob else ''} – {gender(kid, ('a boy', 'a girl', 'a baby'))}. "
        f"{n['cover']}\n\n"
        f"What we need: {SETTING_PLAIN[spec.setting]}"
        + (f", {spec.urgency}" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f", from {start(spec, '%A %d %B')}.\n"
        f"Legal: {legal(kid)}.\n"
        f"Our Mosaic no. for baby: {spec.ref or 'not created yet'}\n"
        f"Baby's health: {kid.health or ''}\n"
        f"Nursery: {school(kid)}\n"
        f"Family time: {family(kid)}\n"
        f"Care so far: {history(kid)}\n"
        f"Baby's own risks: {risk_line}\n\n"
        f"{n['mum_line']}\n\n"
        f"Thanks\n{sw.name.split()[0]}\n\n"
        f"{sw.name} | Social Worker | {n['team']}\n"
        + (f"T: {sw.phone} | " if sw.phone else "")
        + f"E: {sw.email}\n"
    )
    original = (
        f"From: {hv.name} <{hv.email}>\nSent: {n['hv_sent']}\nTo: {sw.name} <{sw.email}>\n"
        f"Subject: Pre-birth note – {spec.parent.name}\n\n"
        f"{n['hv_note']}\n\n{hv.name}\nHealth Visitor | {hv.role}\nTel {hv.phone}\n"
    )
    text = cover + "\n-----Original Message-----\n" + original
    headers = [
        ("From", f"{sw.name} <{sw.email}>"),
        ("To", n["to"]),
        ("Cc", n.get("cc", "")),
        ("Subject", f"FW: Pre-birth note – {spec.parent.name} – P&C referral"),
        ("Date", mail_date(spec.date, n["clock"])),
        ("Message-ID", f"<{spec.id}.hv@{n['domain']}>"),
    ]
    return eml_bytes([h for h in headers if h[1]], text)


# ============================================================== dto_release (eml)

DTO_RISKS = {
    "sh": "Self-harm / ACCT history",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation (him being used)",
    "sub": "Substance misuse",
    "eat": "Eating",
    "mfh": "Absconding / missing",
    "hurt": "Violence",
    "shb": "Sexual offending / HSB",
    "fire": "Arson",
    "pets": "Animals",
    "cceo": "Recruiting/grooming others",
}
DTO_WORDS = {
    "present": "CURRENT",
    "historical": "HISTORIC",
    "suspected": "UNVERIFIED",
    "none_known": "NONE",
    "not_stated": "",
}


def dto_release(spec: Spec) -> bytes:
    """A young offender institution's resettlement practitioner asks for a home on release."""
    n = spec.notes
    sw = spec.sw
    kid = spec.kids[0]
    rp = spec.others["rp"]
    lines = [
        f"Good afternoon,\n\n{n['opening']}\n",
        f"Release date (conditional): {n['release']}",
        f"Accommodation needed from: {n.get('old_start') or start(spec, '%d/%m/%Y')}",
        f"Type: {SETTING_PLAIN[spec.setting]}"
        + (f" ({spec.urgency})" if spec.urgency else "")
        + (f" – {DURATION_PLAIN[spec.duration]}" if spec.duration else ""),
        f"Name: {kid.name}   DOB: {born(kid)}   Sex: {gender(kid)}",
        f"Prison no.: {n['prison_no']}   LA ID: {spec.ref or 'n/k'}",
        f"Status after release: {legal(kid)}",
        f"Education: {school(kid)}",
        f"Health: {kid.health or ''}",
        f"Family contact: {family(kid)}",
        f"Care history: {history(kid)}",
        "",
        "Risk summary (from the LA and our records):",
    ]
    for short in ORDER:
        lines.append(f"  {DTO_RISKS[short]}: {answer(kid, short, DTO_WORDS, ' – ')}")
    lines += [
        "",
        f"The allocated social worker at the home authority is {sw.name} ({sw.email}"
        + (f", {sw.phone}" if sw.phone else "")
        + f"), copied in. {n.get('middle', '')}",
        "",
        f"Kind regards\n{rp.name}\n{rp.role}\nTel {rp.phone}\n{n['yoi']}",
    ]
    text = "\n".join(lines)
    copied = f"{sw.name} <{sw.email}>"
    if n.get("reply"):
        sent = f"On {n['quoted_sent']}, {rp.name} <{rp.email}> wrote:"
        text = n["reply"] + "\n\n" + sent + "\n" + quote(text)
        copied = f"{rp.name} <{rp.email}>"
    headers = [
        ("From", n.get("from", f"{rp.name} <{rp.email}>")),
        ("To", n["to"]),
        ("Cc", copied),
        ("Subject", n["subject"]),
        ("Date", mail_date(spec.date, n["clock"])),
        ("Message-ID", f"<{spec.id}.release@{n['domain']}>"),
    ]
    return eml_bytes(headers, text)


# ============================================================== swcu_no_bed (html eml)

SWCU_RISKS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "sub": "Substance use",
    "eat": "Eating",
    "mfh": "Missing",
    "hurt": "Assault / violence",
    "shb": "HSB",
    "fire": "Fire-setting",
    "pets": "Animals",
    "cceo": "Exploiting peers",
}
SWCU_WORDS = {
    "present": "Yes – now",
    "historical": "Yes – historic",
    "suspected": "Concern, unconfirmed",
    "none_known": "No",
    "not_stated": "",
}


def swcu_no_bed(spec: Spec) -> bytes:
    """No secure welfare bed: the LA placements officer asks for an intensive open home (HTML)."""
    n = spec.notes
    sw = spec.sw
    officer = spec.others["officer"]
    rows_text, rows_html = [], []
    for kid in spec.kids:
        facts = [
            ("Name", kid.name),
            ("DOB", born(kid)),
            ("Gender", gender(kid)),
            ("Legal status", legal(kid)),
            ("Education", school(kid)),
            ("Health", kid.health or ""),
            ("Family time", family(kid)),
            ("Placement history", history(kid)),
        ] + [(SWCU_RISKS[s], answer(kid, s, SWCU_WORDS)) for s in ORDER]
        rows_text += [f"{k}: {v}" for k, v in facts] + [""]
        rows_html += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in facts]
    intro = (
        f"Dear providers,\n\n{n['intro']}\n\n"
        f"Sought: {SETTING_PLAIN[spec.setting]}"
        + (f", {spec.urgency}" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f". Start: {start(spec, '%d %B %Y')}.\n"
        f"Reference: {spec.ref or 'tbc'}\n"
        f"Allocated social worker: {sw.name}, {sw.email}"
        + (f", {sw.phone}" if sw.phone else "")
        + "\n"
    )
    sign = f"{officer.name}\n{officer.role}\n{officer.phone}\n"
    text = intro + "\n" + "\n".join(rows_text) + "\n" + sign
    html = (
        "<html><body><p>Dear providers,</p>"
        f"<p>{n['intro']}</p>"
        f"<p>Sought: {SETTING_PLAIN[spec.setting]}"
        + (f", {spec.urgency}" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f". Start: {start(spec, '%d %B %Y')}.<br>Reference: {spec.ref or 'tbc'}<br>"
        f"Allocated social worker: {sw.name}, {sw.email}"
        + (f", {sw.phone}" if sw.phone else "")
        + "</p><table border='1'>"
        + "".join(rows_html)
        + f"</table><p>{sign.replace(chr(10), '<br>')}</p></body></html>"
    )
    headers = [
        ("From", f"{officer.name} <{officer.email}>"),
        ("To", n["to"]),
        ("Subject", n["subject"]),
        ("Date", mail_date(spec.date, n["clock"])),
        ("Message-ID", f"<{spec.id}.swcu@{n['domain']}>"),
    ]
    return eml_bytes(headers, text, html)


# ============================================================== case_note_paste (eml)

CASE_RISKS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "D&A",
    "eat": "ED",
    "mfh": "MFH",
    "hurt": "Violence",
    "shb": "HSB",
    "fire": "Fire",
    "pets": "Animals",
    "cceo": "Exploits others",
}
CASE_WORDS = {
    "present": "yes",
    "historical": "used to",
    "suspected": "maybe",
    "none_known": "nil",
    "not_stated": "",
}


def case_note_paste(spec: Spec) -> bytes:
    """The worker pastes her own case note into an email to placements; a reply may correct."""
    n = spec.notes
    sw = spec.sw
    parts = [
        f"{n['greeting']}\n\n{n['lead']}\n",
        "---- pasted from Mosaic ----",
        f"Case note type: {n['note_type']}",
        f"Date of event: {n['event_date']}",
        f"Recorded by: {sw.name}",
        f"Person ID: {spec.ref or ''}",
        "Note:",
    ]
    kids = spec.kids
    for number, kid in enumerate(kids):
        shown = n.get("note_dob") if number == 0 and n.get("note_dob") else born(kid)
        parts.append(
            f"{kid.first} {kid.last} (dob {shown}, {gender(kid, ('boy', 'girl', 'child'))}), "
            f"{legal(kid)}. School: {school(kid)}. Health: {(kid.health or '').rstrip('.')}. "
            f"FT: {family(kid).rstrip('.')}. Placements: {history(kid).rstrip('.')}."
        )
    if len(kids) > 1:
        for short in ORDER:
            cells = [f"{k.first} – {answer(k, short, CASE_WORDS, ', ') or '(blank)'}" for k in kids]
            parts.append(f"{CASE_RISKS[short]}: " + ". ".join(cells))
    else:
        kid = kids[0]
        parts.append(
            "Risks: "
            + "; ".join(
                f"{CASE_RISKS[s]} {answer(kid, s, CASE_WORDS, ' – ')}"
                for s in ORDER
                if kid.state(s) != "not_stated"
            )
        )
    parts += [
        "---- end ----",
        "",
        f"Need: {SETTING_PLAIN[spec.setting]}"
        + (f", {spec.urgency}" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f", from {start(spec, '%d/%m')}.",
        "",
        f"{sw.name.split()[0]}",
        "",
        f"{sw.name}\nSocial Worker, {n['team']}\n"
        + (f"Mob: {sw.phone}\n" if sw.phone else "")
        + f"{sw.email}",
    ]
    text = "\n".join(parts)
    sender = sw
    subject = n["subject"]
    if n.get("correction"):
        fixer = spec.others["fixer"]
        text = (
            f"{n['correction']}\n\n{fixer.name}\n{fixer.role}\n\n"
            f"From: {sw.name}\nSent: {n['first_sent']}\nSubject: {subject}\n\n{quote(text)}"
        )
        sender = fixer
        subject = "RE: " + subject
    headers = [
        ("From", f"{sender.name} <{sender.email}>"),
        ("To", n["to"]),
        ("Cc", n.get("cc", "")),
        ("Subject", subject),
        ("Date", mail_date(spec.date, n["clock"])),
        ("Message-ID", f"<{spec.id}.note@{n['domain']}>"),
    ]
    return eml_bytes([h for h in headers if h[1]], text)


# ============================================================== fixed_width (txt)

FW_RISKS = {
    "sh": "SELFHARM",
    "cse": "CSE",
    "cce": "CCE_VICTIM",
    "sub": "SUBST",
    "eat": "EATING",
    "mfh": "MISSING",
    "hurt": "VIOL_OTH",
    "shb": "SEX_HARM",
    "fire": "FIRE",
    "pets": "ANIMALS",
    "cceo": "CCE_OTHERS",
}
FW_WORDS = {
    "present": "C",
    "historical": "H",
    "suspected": "Q",
    "none_known": "0",
    "not_stated": " ",
}


def _fw(value: str, width: int) -> str:
    return value[:width].ljust(width)


def fixed_width(spec: Spec) -> bytes:
    """A regional commissioning portal's fixed-width export: a header record, child records."""
    n = spec.notes
    sw = spec.sw
    lines = [
        f"# {n['portal']} – fixed width export v2.3 – generated {n['generated']}",
        "# RECORD 01 = request; 02 = child; 03 = risk notes. Codes: C current, H historic,",
        "# Q query, 0 none, blank not recorded.",
        "# cols: 01|LA|REQ_DATE|REF|SW_NAME|SW_EMAIL|SW_PHONE|TYPE|URG|DUR|START",
        "01|"
        + _fw(n["la_short"], 12)
        + _fw(spec.date.strftime("%Y%m%d") if spec.date else "", 9)
        + _fw(spec.ref or "", 14)
        + _fw(sw.name, 22)
        + _fw(sw.email or "", 44)
        + _fw(sw.phone or "", 15)
        + _fw(n["type"], 8)
        + _fw({"emergency": "EMERG", "planned": "PLAN"}.get(spec.urgency, ""), 6)
        + _fw({"short_term": "ST", "long_term": "LT"}.get(spec.duration, ""), 3)
        + (spec.start.strftime("%Y%m%d") if spec.start else spec.start_words),
        "# cols: 02|SEQ|FORENAME|SURNAME|DOB|AGE|SEX|LS|SCHOOL",
    ]
    for seq, kid in enumerate(spec.kids, 1):
        lines.append(
            "02|"
            + _fw(str(seq), 3)
            + _fw(kid.first, 14)
            + _fw(kid.last, 16)
            + _fw(kid.dob.strftime("%Y%m%d") if kid.dob else "", 9)
            + _fw("" if kid.dob else str(kid.age), 4)
            + _fw({"male": "M", "female": "F", "other": "X"}.get(kid.gender, ""), 2)
            + _fw(kid.legal or "", 4)
            + school(kid)
        )
        lines.append(
            "02R|"
            + _fw(str(seq), 3)
            + "".join(f"{FW_RISKS[s]}={FW_WORDS[kid.state(s)]} " for s in ORDER).rstrip()
        )
    lines.append("# cols: 03|SEQ|FIELD|TEXT")
    for seq, kid in enumerate(spec.kids, 1):
        notes = [
            ("LEGAL_TEXT", legal(kid)),
            ("HEALTH", kid.health or ""),
            ("FAMILY_TIME", family(kid)),
            ("PLACEMENTS", history(kid)),
        ] + [(FW_RISKS[s], kid.words(s) or "") for s in ORDER if kid.words(s)]
        lines += [f"03|{_fw(str(seq), 3)}{_fw(k, 12)}{v}" for k, v in notes]
    lines.append(f"99|END|{n['trailer']}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ============================================================== tick_text_form (txt)

TICK_RISKS = {
    "sh": "Self-harm",
    "cse": "At risk of sexual exploitation",
    "cce": "At risk of criminal exploitation",
    "sub": "Drug / alcohol use",
    "eat": "Eating disorder",
    "mfh": "Goes missing",
    "hurt": "Physically harms others",
    "shb": "Sexually harms others",
    "fire": "Sets fires",
    "pets": "Harms animals",
    "cceo": "Exploits others criminally",
}
TICK_COLS = [
    ("present", "Yes"),
    ("historical", "Past"),
    ("suspected", "Unsure"),
    ("none_known", "No"),
]


def tick_text_form(spec: Spec) -> bytes:
    """A web portal's plain-text rendering of a rapid-response accommodation request."""
    n = spec.notes
    sw = spec.sw
    box = {True: "[X]", False: "[ ]"}
    out = [
        n["portal"],
        "RAPID RESPONSE ACCOMMODATION REQUEST",
        "=" * 60,
        "Submitted ........ "
        + (f"{spec.date.strftime('%d/%m/%Y')} {n['time']}" if spec.date else "(saved draft)"),
        f"Submitted by ..... {n['submitter']}",
        f"Local authority .. {n['la_words']}",
        f"Client ref ....... {spec.ref or ''}",
        "",
        "Type of placement:",
    ]
    for key, label in SETTING_PLAIN.items():
        out.append(f"  {box[spec.setting == key]} {label}")
    out += [
        "Urgency:   "
        + "  ".join(f"{box[spec.urgency == u]} {u.title()}" for u in ("emergency", "planned")),
        "Length:    "
        + "  ".join(
            f"{box[spec.duration == d]} {DURATION_PLAIN[d]}"
            for d in ("respite", "short_term", "long_term")
        ),
        f"Start ............ {start(spec)}",
        "",
    ]
    for number, kid in enumerate(spec.kids, 1):
        out += [
            f"--- Young person {number} ---",
            f"Forename ......... {kid.first}",
            f"Surname .......... {kid.last}",
            f"Known as ......... {kid.known_as or ''}",
            f"DOB .............. {kid.dob_text() if kid.dob else ''}",
            f"Age .............. {kid.age if kid.age is not None else ''}",
            "Gender ........... "
            + "  ".join(f"{box[kid.gender == g]} {g.title()}" for g in ("male", "female", "other")),
            f"Legal status ..... {legal(kid)}",
            f"School ........... {school(kid)}",
            f"Health ........... {kid.health or ''}",
            f"Allergies ........ {kid.allergies or ''}",
            f"Family time ...... {family(kid)}",
            f"Previous homes ... {history(kid)}",
            "",
            "Risks                              Yes  Past Unsure No   Details",
        ]
        for short in ORDER:
            state = kid.state(short)
            marks = " ".join(box[state == c[0]] for c in TICK_COLS)
            out.append(f"{TICK_RISKS[short]:<34} {marks}  {kid.words(short) or ''}".rstrip())
        out.append("")
    out += [
        "--- Social worker ---",
        f"Name ............. {sw.name}",
        f"Email ............ {sw.email or ''}",
        f"Telephone ........ {sw.phone or ''}",
        f"Team manager ..... {n['manager']}",
        "",
        n.get("tail", ""),
    ]
    return ("\n".join(out) + "\n").encode("utf-8")


# ============================================================== dictation_typed (txt)

DICT_RISKS = {
    "sh": "self harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "drugs and alcohol",
    "eat": "eating",
    "mfh": "going missing",
    "hurt": "hurting other people",
    "shb": "sexual harm to others",
    "fire": "fire setting",
    "pets": "hurting animals",
    "cceo": "getting others involved in crime",
}
DICT_WORDS = {
    "present": "yes that's current",
    "historical": "that's historic",
    "suspected": "we suspect so but it's not confirmed",
    "none_known": "no",
}


def dictation_typed(spec: Spec) -> bytes:
    """A typist's transcript of a worker's dictaphone referral, corrections left in."""
    n = spec.notes
    sw = spec.sw
    out = [
        f"TRANSCRIPT – digital dictation – job {n['job']} – typed by {n['typist']}",
        f"Author: {sw.name}    Dictated: {spec.date.strftime('%d/%m/%Y') if spec.date else '[date not given on tape]'}",
        "",
        f"[Start] This is {sw.name}, social worker, {n['team']}, placement referral please "
        f"full stop. {n['opening']}",
        "",
    ]
    for kid in spec.kids:
        said = n.get("said_" + kid.first)
        slip = f"{said}, no sorry, scratch that, " if said else ""
        dob = (
            f"date of birth {slip}{kid.dob.strftime('%d %B %Y')}"
            if kid.dob
            else f"aged {kid.age}, I don't have the date of birth to hand"
        )
        say = {"male": "he's a boy", "female": "she's a girl", "other": "they are non-binary"}
        out.append(
            f"Child is {kid.first}, spelled {'-'.join(kid.first.upper())}, surname {kid.last}, "
            f"{dob}, {say.get(kid.gender, '[inaudible]')} full stop. "
            f"Legal status {legal(kid)} full stop. School is {school(kid)} full stop. "
            f"Health comma {(kid.health or '[inaudible]').rstrip('.')} full stop. "
            f"Family time {family(kid)} new paragraph"
        )
        out.append(f"Placements so far, {history(kid)} full stop.")
        spoken = []
        for short in ORDER:
            state, said = kid.risk[short]
            if state == "not_stated":
                continue
            spoken.append(f"{DICT_RISKS[short]} {DICT_WORDS[state]}{', ' + said if said else ''}")
        out.append(f"Risks for {kid.first}, " + " full stop. ".join(spoken) + " full stop.")
        out.append("")
    out += [
        f"What I need is {SETTING_PLAIN[spec.setting]}"
        + (f", it's {spec.urgency}" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f", from {start(spec, '%d %B')} full stop.",
        f"Our reference {spec.ref or '[not given]'} full stop. Contact me on {sw.phone or '[not given]'}"
        f" or email {sw.email} full stop. {n.get('tail', '')} [End]",
        "",
        f"Typist's note: {n['typist_note']}",
    ]
    return ("\n".join(out) + "\n").encode("utf-8")


# ============================================================== merged_header_csv (csv)

CSV_RISKS = {
    "sh": "Self harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Subs",
    "eat": "Eating",
    "mfh": "Missing",
    "hurt": "Physical",
    "shb": "Sexual",
    "fire": "Fire",
    "pets": "Animals",
    "cceo": "CCE others",
}
CSV_WORDS = {
    "present": "Current",
    "historical": "Past",
    "suspected": "Possible",
    "none_known": "None",
    "not_stated": "",
}


def _csv(value: str) -> str:
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def merged_header_csv(spec: Spec) -> bytes:
    """An Excel sheet saved as CSV: a title row, merged group headers, then one row a child."""
    n = spec.notes
    sw = spec.sw
    groups = [
        "REQUEST",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "CHILD",
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
        "RISKS TO SELF",
        "",
        "",
        "",
        "",
        "",
        "RISKS TO OTHERS",
        "",
        "",
        "",
        "",
        "RISK NOTES",
    ]
    heads = [
        "Date of request",
        "Our ref",
        "Social worker",
        "SW email",
        "SW phone",
        "Placement type",
        "Urgency",
        "Duration",
        "Start",
        "Requested by",
        "First name",
        "Surname",
        "DOB",
        "Age",
        "M/F",
        "Legal",
        "School",
        "Health",
        "Family time",
        "Placements",
        "Allergies",
        *[CSV_RISKS[s] for s in ORDER[:6]],
        *[CSV_RISKS[s] for s in ORDER[6:]],
        "Notes",
    ]
    rows = [
        [f"{n['title']}", *[""] * (len(heads) - 1)],
        groups,
        heads,
    ]
    for kid in spec.kids:
        notes = " | ".join(f"{CSV_RISKS[s]}: {kid.words(s)}" for s in ORDER if kid.words(s))
        rows.append(
            [
                spec.date.strftime("%d/%m/%Y") if spec.date else "",
                spec.ref or "",
                sw.name,
                sw.email or "",
                sw.phone or "",
                SETTING_PLAIN[spec.setting],
                (spec.urgency or "").title(),
                DURATION_PLAIN.get(spec.duration, ""),
                start(spec),
                n["requested_by"],
                kid.first,
                kid.last,
                kid.dob_text() if kid.dob else "",
                "" if kid.dob else str(kid.age),
                {"male": "M", "female": "F", "other": "Other"}.get(kid.gender, ""),
                legal(kid),
                school(kid),
                kid.health or "",
                family(kid),
                history(kid),
                kid.allergies or "",
                *[CSV_WORDS[kid.state(s)] for s in ORDER],
                notes,
            ]
        )
    assert len(groups) == len(heads)
    rows.append([n.get("footer", ""), *[""] * (len(heads) - 1)])
    text = "\r\n".join(",".join(_csv(c) for c in row) for row in rows) + "\r\n"
    return text.encode("utf-8")


LAYOUTS_MORE = {
    "hv_forward": hv_forward,
    "dto_release": dto_release,
    "swcu_no_bed": swcu_no_bed,
    "case_note_paste": case_note_paste,
    "fixed_width": fixed_width,
    "tick_text_form": tick_text_form,
    "dictation_typed": dictation_typed,
    "merged_header_csv": merged_header_csv,
}
