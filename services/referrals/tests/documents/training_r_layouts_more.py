# ruff: noqa: RUF001 (LA paperwork types en dashes between a label and its answer)
"""training_r's email and plain-text layouts."""

from __future__ import annotations

from datetime import date, timedelta

from training_r_layouts import born, dmy, family, history, legal, long_date, school
from training_r_model import Kid, Spec
from training_r_write import eml_bytes

__all__ = ["MAIL_TEXT"]


def _said(kid: Kid, short: str, words: dict[str, str]) -> str:
    state, detail = kid.risk[short]
    said = words[state]
    return f"{said} {detail}".strip() if detail else said


def _rfc(day: date, clock: str) -> str:
    return f"{day.strftime('%a, %d %b %Y')} {clock} +0000"


def _sex(kid: Kid) -> str:
    return {"female": "F", "male": "M"}.get(kid.gender or "", "")


def _mail(spec: Spec, sender: str, to: str, subject: str, clock: str, body: str, cc=""):
    day = spec.date or date(2026, 11, 20)
    headers = [
        ("From", sender),
        ("To", to),
        *([("Cc", cc)] if cc else []),
        ("Subject", subject),
        ("Date", _rfc(day, clock)),
        ("Message-ID", f"<{spec.id}.{day.strftime('%Y%m%d')}@mail.example.gov.uk>"),
    ]
    return "eml", eml_bytes(headers, body)


# ---- legal_ico (eml) -----------------------------------------------------------------

LEGAL_RISKS = {
    "sh": "self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "substances",
    "ed": "eating",
    "miss": "missing",
    "phys": "violence",
    "sexh": "HSB",
    "fire": "fire",
    "animals": "animals",
    "cceo": "drawing others into crime",
}
LEGAL_WORDS = {
    "present": "yes, current –",
    "historical": "historic only –",
    "suspected": "suspected –",
    "none_known": "none known",
    "not_stated": "",
}


def legal_ico(spec: Spec) -> tuple[str, bytes]:
    """The LA's solicitor writes to placements after the hearing: the court's direction."""
    lawyer = spec.others[0]
    lines = [
        "Dear Placements,",
        "",
        spec.story,
        "",
        f"The court has directed that the placement is to begin {long_date(spec.start) or spec.start_words}.",
        f"Type of placement directed: {spec.setting_words}. The child is at present {spec.current}.",
        f"Our Mosaic no. for the child: {spec.reference or 'not yet on Mosaic'}",
        f"Allocated social worker: {spec.worker.name} ({spec.worker.email}"
        + (f", {spec.worker.phone})" if spec.worker.phone else ")"),
        "",
    ]
    if spec.parent:
        lines += [f"Parent: {spec.parent}", ""]
    for kid in spec.kids:
        lines += [
            f"{kid.name}, born {born(kid)}, {kid.gender or 'gender not given'}",
            f"  Order: {legal(kid)}",
            f"  Nursery/school: {school(kid, 'not known')}",
            f"  Health: {kid.health or 'no information yet'}",
            f"  Family time (as directed): {family(kid)}",
            f"  No contact: {', '.join(kid.no_contact) or 'none directed'}",
            f"  Placements to date: {history(kid)}",
            "  Risks: "
            + "; ".join(
                f"{label} {_said(kid, s, LEGAL_WORDS)}".strip() for s, label in LEGAL_RISKS.items()
            ),
            "",
        ]
    lines += [
        "Kind regards",
        lawyer.name.split()[0],
        "",
        f"{lawyer.name} | {lawyer.role} | Legal Services",
        f"T: {lawyer.phone} | {lawyer.email}",
        "This email is legally privileged.",
    ]
    subject = f"ICO made today – placement needed – {spec.kids[0].last.upper()}"
    return _mail(
        spec,
        f"{lawyer.name} <{lawyer.email}>",
        "Placements <placements@" + spec.la_text + ">",
        subject,
        "16:47:10",
        "\n".join(lines) + "\n",
        cc=f"{spec.worker.name} <{spec.worker.email}>",
    )


# ---- csv_in_mail (eml) ---------------------------------------------------------------

CSV_RISKS = ("sh", "cse", "cce", "drugs", "ed", "miss", "phys", "sexh", "fire", "animals", "cceo")
CSV_WORDS = {
    "present": "Y-now",
    "historical": "Y-past",
    "suspected": "?",
    "none_known": "N",
    "not_stated": "",
}


def _quote(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ',"\n') else value


def csv_in_mail(spec: Spec) -> tuple[str, bytes]:
    """A placements duty officer pastes the rows of the tracker sheet into an email."""
    officer = spec.others[0]
    header = [
        "EHM ref",
        "Date added",
        "Forename",
        "Surname",
        "DOB",
        "M/F",
        "LS",
        "Type",
        "Urgency",
        "Start",
        "School",
        "FT",
        "No contact",
        "Prev placements",
        "Health",
        *(s.upper() for s in CSV_RISKS),
        "Risk notes",
    ]
    rows = [",".join(header)]
    for kid in spec.kids:
        notes = " | ".join(f"{s.upper()}: {kid.words(s)}" for s in CSV_RISKS if kid.words(s))
        cells = [
            spec.reference or "",
            dmy(spec.date),
            kid.first,
            kid.last,
            dmy(kid.dob) or f"age {kid.age}",
            _sex(kid),
            legal(kid),
            spec.setting_words,
            (spec.urgency or "").capitalize(),
            dmy(spec.start) or spec.start_words,
            school(kid),
            family(kid),
            "; ".join(kid.no_contact),
            history(kid),
            kid.health or "",
            *(CSV_WORDS[kid.state(s)] for s in CSV_RISKS),
            notes,
        ]
        rows.append(",".join(_quote(c) for c in cells))
    body = "\n".join(
        [
            "Hi all,",
            "",
            "Copying the row(s) off the live sheet as the portal is down. "
            "Key: Y-now current, Y-past historic, ? suspected, N none.",
            "",
            *rows,
            "",
            spec.story,
            f"Currently: {spec.current}.",
            f"SW is {spec.worker.name}, {spec.worker.email}"
            + (f", {spec.worker.phone}" if spec.worker.phone else "")
            + " – please contact the SW directly with questions.",
            "",
            "Thanks",
            officer.name.split()[0],
            f"{officer.role} | {officer.phone}",
        ]
    )
    return _mail(
        spec,
        f"Placements Duty <{officer.email}>",
        "Provider Framework List <framework@example.org.uk>",
        f"Live requests – {spec.la_text} – rows pasted",
        "09:31:02",
        body + "\n",
    )


# ---- edt_bed_search (eml: the worker's morning correction over EDT's night email) ------

EDT_WORDS = {
    "present": "YES",
    "historical": "PAST",
    "suspected": "POSS",
    "none_known": "no",
    "not_stated": "",
}
EDT_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "D&A",
    "ed": "ED",
    "miss": "MFH",
    "phys": "Violence",
    "sexh": "HSB",
    "fire": "Fire",
    "animals": "Animals",
    "cceo": "Recruits others",
}


def _edt_risk(kid: Kid, short: str, label: str) -> str:
    state, detail = kid.risk[short]
    said = f"{label} {EDT_WORDS[state]}".strip()
    return f"{said}: {detail}" if detail else said


def edt_bed_search(spec: Spec) -> tuple[str, bytes]:
    """EDT's 2 a.m. bed search, quoted below the allocated worker's morning correction."""
    edt = spec.others[0]
    kid = spec.kids[0]
    night = (spec.date or date(2026, 11, 20)) - timedelta(days=1)
    wrong_dob = kid.dob.replace(year=kid.dob.year + 1) if kid.dob else None
    quoted = [
        f"From: {edt.name} <{edt.email}>",
        f"Sent: {night.strftime('%A')} {long_date(night)} 02:14",
        "Subject: BED SEARCH TONIGHT",
        "",
        "Out of hours. Need a bed tonight please.",
    ]
    for each in spec.kids:
        shown = wrong_dob if each is kid and wrong_dob else each.dob
        quoted += [
            f"{each.name}, DOB {dmy(shown) or 'unknown, about ' + str(each.age)}, {_sex(each)}",
            f"Status: {legal(each)}",
            f"Sch: {school(each, '?')}",
            f"Health: {each.health or '?'}",
            "Risks: " + "; ".join(_edt_risk(each, s, label) for s, label in EDT_LABELS.items()),
        ]
    quoted += [f"EDT tel {edt.phone}", edt.name.split()[0] + " (EDT)"]
    body = [
        "Morning all,",
        "",
        "I am the allocated worker, picking this up from EDT's email below. "
        + (
            f"Correction: {kid.first}'s date of birth is {dmy(kid.dob)}, not as EDT put it. "
            if kid.dob
            else ""
        )
        + f"Case number {spec.reference or '(not on system yet)'}.",
        f"Still looking for {spec.setting_words}, start {dmy(spec.start) or spec.start_words}."
        + (" It is an emergency." if spec.urgency == "emergency" else ""),
        f"Tonight {spec.current}.",
        spec.story,
    ]
    for each in spec.kids:
        body += [
            f"{each.first}: family time {family(each) or 'not known yet'}. No contact with "
            f"{', '.join(each.no_contact) or 'anyone named'}. "
            f"Placements: {history(each) or 'not known yet'}."
        ]
    body += [
        "",
        spec.worker.name.split()[0],
        "",
        spec.worker.name,
        "Social Worker, Children in Care",
        *([f"Tel: {spec.worker.phone}"] if spec.worker.phone else []),
        "",
        *("> " + line if line else ">" for line in quoted),
    ]
    return _mail(
        spec,
        f"{spec.worker.name} <{spec.worker.email}>",
        "ooh-placements@example.org.uk",
        "RE: BED SEARCH TONIGHT",
        "08:52:40",
        "\n".join(body) + "\n",
    )


# ---- case_transfer (eml) ------------------------------------------------------------

TRANSFER_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "drugs": "substance misuse",
    "ed": "eating disorder",
    "miss": "missing from home/care",
    "phys": "violence to others",
    "sexh": "harmful sexual behaviour",
    "fire": "fire-setting",
    "animals": "harm to animals",
    "cceo": "exploiting other young people",
}
TRANSFER_WORDS = {
    "present": "Present –",
    "historical": "Historical –",
    "suspected": "Suspected –",
    "none_known": "None",
    "not_stated": "",
}


def _old_authority(spec: Spec, authority: str, old_reference: str) -> list[str]:
    """The transferring authority's own email, forwarded below the team manager's."""
    domain = authority.split()[0].lower() + ".example.gov.uk"
    sent = (spec.date or date(2026, 11, 20)) - timedelta(days=7)
    names = " and ".join(kid.first for kid in spec.kids)
    return [
        "---------- Forwarded message ---------",
        f"From: Transfers Team <transfers@{domain}>",
        f"Date: {sent.strftime('%a, %d %b %Y')} at 15:20",
        f"Subject: Transfer summary – {names}",
        "",
        f"Please find our transfer summary for {names}. Our reference {old_reference} "
        f"closes on transfer. Queries to our transfers team on 01632 960999.",
        f"{authority} Children's Services",
    ]


def case_transfer(spec: Spec) -> tuple[str, bytes]:
    """A receiving authority's team manager: the case has transferred in; please search."""
    manager = spec.others[0]
    old = spec.others[1]
    body = [
        "Hello Placements,",
        "",
        f"The transfer-in conference was held and the case transferred to us from {old.name} "
        f"(their old case no. {old.role}). Please do not use that number.",
        f"Our new reference: {spec.reference or 'awaiting allocation on our system'}.",
        f"Allocated to {spec.worker.name} ({spec.worker.email}"
        + (f", {spec.worker.phone})." if spec.worker.phone else ")."),
        spec.story,
        f"Request: {spec.setting_words}; from {dmy(spec.start) or spec.start_words}"
        + (f"; {spec.urgency}" if spec.urgency else "")
        + f". Current: {spec.current}.",
        "",
    ]
    for index, kid in enumerate(spec.kids, 1):
        body += [
            f"Child {index}: {kid.name}",
            f"DoB: {dmy(kid.dob) or 'not known – about ' + str(kid.age)}",
            f"Gender: {kid.gender or ''}",
            f"Legal: {legal(kid)}",
            f"School: {school(kid)}",
            f"Health: {kid.health or ''}",
            f"Family time: {family(kid)}",
            f"No contact: {', '.join(kid.no_contact) or 'n/a'}",
            f"History: {history(kid)}",
        ]
        body += [
            f"Risk – {label}: {_said(kid, s, TRANSFER_WORDS)}".rstrip(": ")
            for s, label in TRANSFER_LABELS.items()
        ]
        body.append("")
    body += ["Thanks,", manager.name.split()[0], f"{manager.role} | {manager.phone}", ""]
    body += _old_authority(spec, old.name, old.role)
    return _mail(
        spec,
        f"{manager.name} <{manager.email}>",
        f"Placements <placements@{spec.la_text}>",
        "Transfer in – please start a search",
        "11:05:00",
        "\n".join(body) + "\n",
        cc=spec.worker.email,
    )


# ---- contact_record (txt) -----------------------------------------------------------

CONTACT_ASKED = {
    "sh": "Self-harm?",
    "cse": "CSE?",
    "cce": "Criminal exploitation?",
    "drugs": "Drugs/alcohol?",
    "ed": "Eating?",
    "miss": "Missing?",
    "phys": "Aggression to others?",
    "sexh": "Sexual harm to others?",
    "fire": "Fire?",
    "animals": "Animals?",
    "cceo": "Exploiting others?",
}
CONTACT_WORDS = {
    "present": "Yes, now.",
    "historical": "Not now, used to.",
    "suspected": "Worry, not confirmed.",
    "none_known": "No.",
    "not_stated": "",
}


def contact_record(spec: Spec) -> tuple[str, bytes]:
    """A duty officer's typed note of an incoming call from the worker, Q then A."""
    officer = spec.others[0]
    lines = [
        f"{spec.la_text} – CONTACT RECORD",
        "Contact type: Telephone (incoming)",
        f"Recorded: {dmy(spec.date) or '(date not saved)'}  by {officer.name}, {officer.role}",
        f"Caller: {spec.worker.name}, allocated SW, {spec.worker.phone or 'no number given'}",
        f"Caller email: {spec.worker.email or ''}",
        f"Child's system no.: {spec.reference or ''}",
        "",
        "Summary:",
        spec.story,
        "",
        f"Q: What do you need? A: {spec.setting_words}.",
        f"Q: Where now? A: {spec.current}.",
        f"Q: When? A: {dmy(spec.start) or spec.start_words}."
        + (f" ({spec.urgency})" if spec.urgency else ""),
    ]
    if spec.parent:
        lines.append(f"Q: Parent? A: {spec.parent}")
    names = " / ".join(kid.first for kid in spec.kids)
    lines.append(f"Children: {names}")
    for kid in spec.kids:
        lines += [
            f"  {kid.name} – DOB {dmy(kid.dob) or '?'}"
            + (f" (age {kid.age})" if kid.age is not None else "")
            + f" – {_sex(kid) or 'sex not given'}",
            f"  Legal: {legal(kid)}. School: {school(kid, '?')}. Health: {kid.health or '?'}",
            f"  FT: {family(kid) or '?'}. No contact: {', '.join(kid.no_contact) or 'none'}.",
            f"  Placements: {history(kid) or '?'}",
        ]
    for short, question in CONTACT_ASKED.items():
        if len(spec.kids) == 1:
            lines.append(f"Q: {question} A: {_said(spec.kids[0], short, CONTACT_WORDS)}")
        else:
            answers = "; ".join(
                f"{kid.first} – {_said(kid, short, CONTACT_WORDS) or '(no answer)'}"
                for kid in spec.kids
            )
            lines.append(f"Q: {question} A: {answers}")
    lines += ["", f"Outcome: passed to Placements. {officer.name.split()[0]}, {officer.phone}"]
    return "txt", ("\n".join(lines) + "\n").encode("utf-8")


# ---- asset_plus (txt, youth justice remand) ------------------------------------------

ASSET_WORDS = {
    "present": "Current.",
    "historical": "Past only.",
    "suspected": "Indicated, unconfirmed.",
    "none_known": "Not identified.",
    "not_stated": "",
}
ASSET_LABELS = {
    "sh": "Self-harm / suicide",
    "cse": "Sexual exploitation (victim)",
    "cce": "Criminal exploitation (victim)",
    "drugs": "Substance use",
    "ed": "Eating",
    "miss": "Missing episodes",
    "phys": "Violence to others",
    "sexh": "Harmful sexual behaviour",
    "fire": "Arson",
    "animals": "Animal cruelty",
    "cceo": "Exploiting peers",
}


def asset_plus(spec: Spec) -> tuple[str, bytes]:
    """A youth justice extract asking children's services for remand accommodation."""
    yot = spec.others[0]
    kid = spec.kids[0]
    lines = [
        f"YOUTH JUSTICE SERVICE – {spec.la_text}",
        "AssetPlus extract: Explanations & Conclusions / Request for LA accommodation",
        "",
        f"Extract printed: {dmy(spec.date) or 'not recorded'}",
        f"YJS case manager: {yot.name} ({yot.phone}) – NOT the child's social worker",
        f"Children's Services worker: {spec.worker.name}",
        f"  email {spec.worker.email or '-'}"
        + (f"  tel {spec.worker.phone}" if spec.worker.phone else ""),
        f"CS reference: {spec.reference or 'none held'}",
        "",
        f"Young person: {kid.name}",
        f"DOB: {dmy(kid.dob) or '-'}   Age: {kid.age if kid.age is not None else '-'}   Sex: {_sex(kid)}",
        f"Legal status: {legal(kid)}",
        f"Education/training: {school(kid)}",
        f"Health: {kid.health or ''}",
        f"Family time: {family(kid)}",
        f"Bail condition – no contact with: {', '.join(kid.no_contact) or 'none'}",
        f"Care history: {history(kid)}",
        "",
        "Explanations & conclusions:",
        spec.story,
        f"Current: {spec.current}",
        f"Accommodation requested: {spec.setting_words}",
        f"From: {dmy(spec.start) or spec.start_words}"
        + (f"  Urgency: {spec.urgency}" if spec.urgency else ""),
        "",
        "Safety and wellbeing / risk of serious harm:",
    ]
    lines += [
        f"  {label}: {_said(kid, s, ASSET_WORDS)}".rstrip(": ") for s, label in ASSET_LABELS.items()
    ]
    return "txt", ("\n".join(lines) + "\n").encode("utf-8")


# ---- staying_close (txt) ------------------------------------------------------------

CLOSE_LABELS = {
    "sh": "Hurting myself",
    "cse": "Being groomed or used for sex",
    "cce": "Being made to do crime",
    "drugs": "Drink or drugs",
    "ed": "Eating problems",
    "miss": "Going missing",
    "phys": "Hurting other people",
    "sexh": "Sexual harm to someone else",
    "fire": "Starting fires",
    "animals": "Hurting animals",
    "cceo": "Getting others into crime",
}
CLOSE_WORDS = {
    "present": "yes (current)",
    "historical": "in the past",
    "suspected": "maybe",
    "none_known": "no",
    "not_stated": "",
}


def staying_close(spec: Spec) -> tuple[str, bytes]:
    """A Staying Close referral for a young person leaving a children's home."""
    kid = spec.kids[0]
    key = spec.others[0]
    lines = [
        f"STAYING CLOSE – REFERRAL  ({spec.la_text})",
        "=" * 44,
        f"Referred on ........ {long_date(spec.date) or '(undated)'}",
        f"Ref (PARIS) ........ {spec.reference or ''}",
        f"Referrer (SW) ...... {spec.worker.name}",
        f"Email .............. {spec.worker.email or ''}",
        f"Phone .............. {spec.worker.phone or ''}",
        f"Key worker at home . {key.name}, {key.phone} (not the referrer)",
        "",
        "ABOUT ME",
        f"Name ............... {kid.name}" + (f' ("{kid.known_as}")' if kid.known_as else ""),
        f"Born ............... {long_date(kid.dob) or f'(not given) – age {kid.age}'}",
        f"Gender ............. {kid.gender or ''}",
        f"Legal .............. {legal(kid)}",
        f"College/work ....... {school(kid)}",
        f"Health ............. {kid.health or ''}",
        f"Allergies .......... {kid.allergies or ''}",
        f"Family ............. {family(kid)}",
        f"Not to see ......... {', '.join(kid.no_contact) or '-'}",
        f"Where I have lived . {history(kid)}",
        "",
        "THE MOVE",
        f"Living now ......... {spec.current}",
        f"Moving to .......... {spec.setting_words}",
        f"Move date .......... {long_date(spec.start) or spec.start_words}",
        "",
        spec.story,
        "",
        "RISKS (current / in the past / maybe / no)",
    ]
    lines += [
        f"- {label}: {_said(kid, s, CLOSE_WORDS)}".rstrip(": ") for s, label in CLOSE_LABELS.items()
    ]
    return "txt", ("\n".join(lines) + "\n").encode("utf-8")


MAIL_TEXT = {
    "legal_ico": legal_ico,
    "csv_in_mail": csv_in_mail,
    "edt_bed_search": edt_bed_search,
    "case_transfer": case_transfer,
    "contact_record": contact_record,
    "asset_plus": asset_plus,
    "staying_close": staying_close,
}
