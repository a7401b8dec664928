"""training_x's text and CSV layouts: a portal's print view with each label above its value,
a placements board card export, a supervision record, a long-format CSV and a semicolon
household roster."""

# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io

from training_x_layouts import ORDER, born, day, named, per_child, say, sex
from training_x_model import Spec

STACK_QUESTIONS = {
    "sh": "Is there a risk of self-harm?",
    "cse": "Is the child at risk of sexual exploitation?",
    "cce": "Is the child at risk of criminal exploitation?",
    "sub": "Does the child use drugs or alcohol?",
    "eat": "Any eating disorder / disordered eating?",
    "mis": "Has the child gone missing?",
    "vio": "Is the child violent towards others?",
    "hsb": "Any harmful sexual behaviour?",
    "fire": "Any fire-setting?",
    "ani": "Any harm to animals?",
    "rec": "Does the child draw others into crime?",
}
STACK_STATES = {
    "present": "Yes (ongoing)",
    "historical": "In the past",
    "suspected": "Suspected",
    "none_known": "No",
}
RULE = "_" * 48


def _stack(pairs: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for label, value in pairs:
        lines += [label, f"    {value}" if value else "", ""]
    return lines


def stacked_pairs_txt(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    lines = [bits["title"], bits["printed"], RULE, ""]
    lines += _stack(
        [
            ("Referral received by Placements", day(spec.date, "uk") or bits.get("no_date", "")),
            (bits["ref_label"], spec.ref or ""),
            ("Local authority", bits["la_words"]),
            ("Referrer (allocated social worker)", spec.worker.name),
            ("Referrer telephone", spec.worker.phone or ""),
            ("Referrer email", spec.worker.email),
            ("Type of placement requested", spec.request),
            ("Date placement required", spec.start_words),
        ]
    )
    for index, kid in enumerate(kids, start=1):
        lines += [RULE, f"CHILD {index} OF {len(kids)}", RULE, ""]
        lines += _stack(
            [
                ("Full name", named(kid)),
                ("Date of birth", born(kid, "uk", "not known – {age} years old")),
                ("Gender", sex(kid)),
                ("Legal status", kid.legal_words),
                ("Education provision", kid.school_words),
                ("Family time arrangements", kid.family_words),
                ("Previous placements", kid.history_words),
                ("Health needs", kid.health or ""),
            ]
        )
        if len(kids) == 1:
            lines += ["Risk questions", ""]
            lines += _stack([(STACK_QUESTIONS[s], say(kid, s, STACK_STATES, " – ")) for s in ORDER])
    if len(kids) > 1:
        # A sibling group's portal asks each question once, answered for each child by name.
        lines += [RULE, "RISK QUESTIONS (answer for each child)", RULE, ""]
        lines += _stack(
            [
                (STACK_QUESTIONS[s], per_child(kids, s, STACK_STATES).replace(chr(10), " / "))
                for s in ORDER
            ]
        )
    lines += [RULE, bits.get("end", "End of print view")]
    return ("\n".join(lines) + "\n").encode("utf-8")


CARD_LABELS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substances",
    "eat": "Eating",
    "mis": "Missing",
    "vio": "Violence",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Recruiting",
}
CARD_MARKS = {
    "present": "[✓] {label} — current",
    "historical": "[✓] {label} — past",
    "suspected": "[?] {label} — suspected",
    "none_known": "[✗] {label} — none known",
}


def kanban_card(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    lines = [
        f"Card: {bits['card']}",
        f"Board: {bits['board']}",
        f"List: {bits['list']}",
        f"Labels: {bits['labels']}",
        f"Members: {bits['members']}",
        f"Card created: {bits['created']}",
        "",
        "Description",
        "-----------",
        f"Referral from SW dated {day(spec.date, 'short')}."
        if spec.date
        else "Referral from SW (date not on the form).",
        f"LA: {bits['la_words']}    Ref: {spec.ref or '—'}",
        f"SW: {spec.worker.name} | {spec.worker.phone or 'no number given'} | {spec.worker.email}",
        f"Ask: {spec.request}",
        f"Start: {bits.get('old_start', spec.start_words)}",
        "",
    ]
    for kid in kids:
        lines += [
            f"** {named(kid)} — {born(kid, 'uk', '{age}y')} — {sex(kid, ('F', 'M'))}",
            f"   Legal: {kid.legal_words}",
            f"   School: {kid.school_words}",
            f"   FT: {kid.family_words}",
            f"   Prev placements: {kid.history_words}",
            f"   Health: {kid.health or ''}",
            "",
        ]
    for kid in kids:
        lines += [f"Checklist: risk screen – {kid.first}"]
        for short in ORDER:
            state, words = kid.risk[short]
            if state == "not_stated":
                continue
            mark = CARD_MARKS[state].format(label=CARD_LABELS[short])
            lines.append(f"  {mark}{': ' + words if words else ''}")
        lines.append("")
    lines += ["Comments", "--------"]
    for stamp, who, text in bits["comments"]:
        lines.append(f"{stamp}  {who}: {text.format(start=spec.start_words)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


SUPERVISION_STATES = {
    "present": "LIVE",
    "historical": "Historic",
    "suspected": "Query",
    "none_known": "Nil",
}
SUPERVISION_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Subs",
    "eat": "ED",
    "mis": "MFH",
    "vio": "Violence",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Recruiting peers",
}


def supervision_record(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    lines = [
        "RECORD OF CASE SUPERVISION (reflective)",
        f"{bits['la_words']}",
        "",
        f"Supervisee:   {spec.worker.name}, social worker",
        f"              {spec.worker.email}  {spec.worker.phone or ''}".rstrip(),
        f"Supervisor:   {bits['supervisor']}",
        f"Supervision held: {day(bits['held'], 'long')}",
        f"Case: {' / '.join(named(k) for k in kids)}   {bits['ref_label']}: {spec.ref or 'n/k'}",
        "",
        "1. Update",
        bits["update"],
        "",
        "2. Children",
    ]
    for kid in kids:
        lines += [
            f"  {named(kid)}, {born(kid, 'long', 'aged {age}')}, {sex(kid).lower()}",
            f"    status: {kid.legal_words}; school: {kid.school_words}",
            f"    family time: {kid.family_words}",
            f"    placements: {kid.history_words}",
            f"    health: {kid.health or ''}",
        ]
    lines += ["", "3. Risk reflection (child's own behaviour only)"]
    for kid in kids:
        lines.append(f"  {kid.first}:")
        for short in ORDER:
            text = say(kid, short, SUPERVISION_STATES, " – ")
            if text:
                lines.append(f"    {SUPERVISION_LABELS[short]}: {text}")
    lines += [
        "",
        "4. Management direction",
        bits["direction"],
        f"   Placement type: {spec.request}",
        f"   Start: {spec.start_words}",
        "",
        f"Addendum: referral to Placements submitted {day(spec.date, 'uk')}."
        if spec.date
        else "Addendum: referral to Placements – date to be added.",
        bits.get("signed", ""),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


LONG_STATES = {
    "present": "current",
    "historical": "previous",
    "suspected": "suspected",
    "none_known": "none",
}
LONG_LABELS = {
    "sh": "risk_self_harm",
    "cse": "risk_cse",
    "cce": "risk_cce",
    "sub": "risk_substances",
    "eat": "risk_eating",
    "mis": "risk_missing",
    "vio": "risk_violence",
    "hsb": "risk_hsb",
    "fire": "risk_fire",
    "ani": "risk_animals",
    "rec": "risk_recruiting_others",
}


def long_format_csv(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    rows = [
        ["record_id", "section", "child_no", "item", "value"],
        [bits["record"], "export", "", "exported_on", bits["exported"]],
        [bits["record"], "request", "", "referral_received", day(spec.date, "iso")],
        [bits["record"], "request", "", bits["ref_label"], spec.ref or ""],
        [bits["record"], "request", "", "local_authority", bits["la_words"]],
        [bits["record"], "request", "", "placement_requested", spec.request],
        [bits["record"], "request", "", "required_from", spec.start_words],
        [bits["record"], "worker", "", "name", spec.worker.name],
        [bits["record"], "worker", "", "phone", spec.worker.phone or ""],
        [bits["record"], "worker", "", "email", spec.worker.email],
    ]
    rows += [[bits["record"], *row] for row in bits.get("others", [])]
    for index, kid in enumerate(kids, start=1):
        number = str(index)
        items = [
            ("forename", kid.first),
            ("surname", kid.last),
            ("known_as", kid.extra.get("known_as", "")),
            ("dob", day(kid.dob, "iso")),
            ("age", "" if kid.age is None else str(kid.age)),
            ("gender", sex(kid)),
            ("legal_status", kid.legal_words),
            ("school", kid.school_words),
            ("family_time", kid.family_words),
            ("placement_history", kid.history_words),
            ("health", kid.health or ""),
        ]
        items += [(LONG_LABELS[s], say(kid, s, LONG_STATES, " – ")) for s in ORDER]
        rows += [[bits["record"], "child", number, item, value] for item, value in items]
    return _csv(rows)


ROSTER_CODES = {
    "present": "A",
    "historical": "P",
    "suspected": "S",
    "none_known": "0",
}
ROSTER_HEADS = [
    "SH",
    "CSE",
    "CCE",
    "D&A",
    "Eating",
    "MFH",
    "Violence",
    "HSB",
    "Fire",
    "Animals",
    "Recruits",
]


def semicolon_roster_csv(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    width = 11 + len(ROSTER_HEADS)
    pad = [""] * (width - 2)
    rows = [
        [bits["title"], "", *pad],
        ["Date of referral", day(spec.date, "uk"), *pad],
        [bits["ref_label"], spec.ref or "", *pad],
        ["Authority", bits["la_words"], *pad],
        ["Social worker", spec.worker.name, *pad],
        ["Tel", spec.worker.phone or "", *pad],
        ["Email", spec.worker.email, *pad],
        ["Placement", spec.request, *pad],
        ["From", spec.start_words, *pad],
        [""] * width,
        [
            "Risk key: A = actual / current; P = past only; S = suspected; 0 = no concern; blank = not assessed",
            "",
            *pad,
        ],
        [
            "Name",
            "Relationship",
            "DOB",
            "Gender",
            "Placement needed (Y/N)",
            "Legal status",
            "School",
            "Family time",
            "Previous placements",
            "Health",
            "Notes",
            *ROSTER_HEADS,
        ],
    ]
    for kid in kids:
        codes = []
        for short in ORDER:
            state, words = kid.risk[short]
            code = ROSTER_CODES.get(state, "")
            codes.append(f"{code} – {words}" if code and words and state != "none_known" else code)
        rows.append(
            [
                named(kid),
                bits["relationship"],
                born(kid, "uk", "{age} yrs"),
                sex(kid, ("F", "M")),
                "Y",
                kid.legal_words,
                kid.school_words,
                kid.family_words,
                kid.history_words,
                kid.health or "",
                "",
                *codes,
            ]
        )
    for row in bits["others"]:
        rows.append(list(row) + [""] * (width - len(row)))
    return _csv(rows, delimiter=";")


TEXT = {
    "stacked_pairs_txt": stacked_pairs_txt,
    "kanban_card": kanban_card,
    "supervision_record": supervision_record,
    "long_format_csv": long_format_csv,
    "semicolon_roster_csv": semicolon_roster_csv,
}
