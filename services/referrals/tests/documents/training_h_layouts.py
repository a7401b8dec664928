"""training_h document layouts: each turns a spec into blocks (see training_h_write)."""

from __future__ import annotations

import training_h_words as w
from training_h_model import RISK_LABELS, Spec, say


def _kid_sections(spec: Spec, labels: dict, prose_risks: bool = False) -> list:
    blocks: list = []
    for number, kid in enumerate(spec.kids, start=1):
        title = f"Child {number}: " if len(spec.kids) > 1 else ""
        blocks.append(("h", f"{title}{w.name_caps(kid)}"))
        blocks.append(("kv", w.kid_kv(kid, spec, labels)))
        if prose_risks:
            blocks.append(("p", "Risks: " + w.risk_prose(kid)))
        else:
            blocks.append(("grid", ["Risk", "Yes / No / details"], w.risk_rows(kid)))
        blocks.append(("p", f"Family time: {w.family(kid)}"))
        if kid.history and not kid.history_words:
            blocks.append(("grid", *w.history_grid(kid)))
        else:
            blocks.append(("p", f"Placement history: {w.history(kid)}"))
    return blocks


def court_planning(spec: Spec) -> tuple[list, str]:
    """Legal planning meeting outcome with the placement request: court dates are not the
    referral date, the LA solicitor and IRO are not the social worker."""
    notes = spec.notes
    blocks = [
        ("title", "Legal Planning Meeting - Outcome and Request for Placement"),
        (
            "kv",
            [
                ("Date of legal planning meeting", say(notes["meeting"], "dots2")),
                ("Date request sent to Placements", say(spec.date, spec.date_style)),
                (spec.ref_label, spec.ref or ""),
                ("Child(ren)", "; ".join(w.name_caps(k) for k in spec.kids)),
            ],
        ),
        ("h", "Outcome of the meeting"),
        ("p", notes["outcome"]),
        ("h", "Placement required"),
        ("kv", [("Type of placement", spec.ask), ("Required from", spec.start_words)]),
        *_kid_sections(spec, {"legal": "Order / legal status", "school": "School and year"}),
        ("h", "Professionals"),
        ("grid", *w.contacts_grid(spec)),
    ]
    return blocks, spec.la_name


def uasc_referral(spec: Spec) -> tuple[list, str]:
    """An unaccompanied asylum-seeking child's referral: the Home Office reference is not
    the LA's, the age may be assessed rather than known."""
    kid = spec.kids[0]
    blocks = [
        ("title", f"{spec.la_name} - UASC Placement Referral"),
        (
            "kv4",
            [
                ("Name", w.name_caps(kid), spec.ref_label, spec.ref or ""),
                ("Date of birth", w.dob(kid, spec), "Home Office ref", spec.notes["ho_ref"]),
                ("Gender", kid.said_gender, "Nationality", spec.notes["nationality"]),
                ("First language", spec.notes["language"], "Interpreter", "Yes"),
                (
                    "Date of arrival",
                    say(spec.notes["arrived"], "slash"),
                    "Referral date",
                    say(spec.date, spec.date_style),
                ),
                ("Legal status", w.legal(kid), "Religion", spec.notes["religion"]),
            ],
        ),
        ("h", "Placement sought"),
        ("kv", [("Placement", spec.ask), ("Start", spec.start_words)]),
        ("h", "Education and health"),
        ("kv", [("Education", w.school(kid)), ("Health", w.health(kid))]),
        ("h", "Risks and vulnerabilities"),
        ("p", w.risk_prose(kid)),
        ("h", "Family and contact"),
        ("p", w.family(kid)),
        ("h", "Placements since arrival"),
        ("p", w.history(kid)),
        ("h", "Contacts"),
        ("grid", *w.contacts_grid(spec)),
    ]
    return blocks, ""


def yot_remand(spec: Spec) -> tuple[list, str]:
    """A remand placement request: court and bail dates, a YOT officer's contacts."""
    kid = spec.kids[0]
    notes = spec.notes
    blocks = [
        ("title", "Request for Remand Placement (LASPO s.92)"),
        ("p", f"{spec.la_name} Children's Services / Youth Justice Service"),
        (
            "kv",
            [
                ("Young person", w.name_caps(kid)),
                (spec.ref_label, spec.ref or ""),
                ("DOB", w.dob(kid, spec)),
                ("Gender", kid.said_gender),
                ("Court", notes["court"]),
                ("Date of remand hearing", say(notes["hearing"], "dots2")),
                ("Next appearance", say(notes["next"], "ord_long")),
                ("Outcome", w.legal(kid)),
                ("Bail / remand conditions", notes["conditions"]),
                ("Date of this request", say(spec.date, spec.date_style)),
            ],
        ),
        ("h", "What is needed"),
        ("p", f"{spec.ask} Start: {spec.start_words}"),
        ("h", "Education"),
        ("p", w.school(kid)),
        ("h", "Health"),
        ("p", w.health(kid)),
        ("h", "Risk"),
        ("grid", ["Area", "Assessment"], w.risk_rows(kid)),
        ("h", "Family time"),
        ("p", w.family(kid)),
        ("h", "Care history"),
        ("p", w.history(kid)),
        ("h", "Contacts"),
        ("p", "\n".join(w.contact(p) for p in w.people(spec))),
    ]
    return blocks, ""


def sibling_cards(spec: Spec) -> tuple[list, str]:
    """A sibling group: one card per child headed 'SURNAME, Forename', a shared family-time
    table saying which children each arrangement is for."""
    blocks: list = [
        ("title", "Sibling Group Placement Referral"),
        (
            "kv",
            [
                ("Local authority", spec.la_name),
                (spec.ref_label, spec.ref or ""),
                ("Date", say(spec.date, spec.date_style)),
                ("Placement sought", spec.ask),
                ("Start date", spec.start_words),
                ("Allocated social worker", w.contact(spec.sw)),
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(("h", w.name_caps(kid) + (f' ("{kid.known_as}")' if kid.known_as else "")))
        rows = w.kid_kv(kid, spec, {"name": "Full name", "ident": "Child's own ID"})
        rows.append(("Risks", w.risk_prose(kid)))
        rows.append(("Placements", w.history(kid)))
        blocks.append(("kv", rows))
    rows = []
    for kid in spec.kids:
        if kid.family is None:
            rows.append(["-", w.family(kid), "-", kid.first])
        for item in kid.family or ():
            rows.append([item.who.title(), item.words, _supervised(item.supervised), kid.first])
        if not kid.family and kid.family is not None:
            rows.append(["-", w.family(kid), "-", kid.first])
    blocks += [
        ("h", "Family time"),
        ("grid", ["With", "Arrangement", "Supervised", "For"], rows),
        ("h", "Other professionals"),
        ("p", "\n".join(w.contact(p) for p in spec.others) or "None"),
    ]
    return blocks, ""


def _supervised(value: bool | None) -> str:
    return {True: "Supervised", False: "Unsupervised", None: "-"}[value]


def adoption_disruption(spec: Spec) -> tuple[list, str]:
    """An adoptive placement has broken down: placement-order dates and the adoptive
    placement are history, indirect letterbox contact is family time."""
    kid = spec.kids[0]
    blocks = [
        ("title", "Request for Foster Placement following Adoption Disruption"),
        ("p", f"{spec.la_name} - Adoption and Permanence Service"),
        (
            "kv",
            [
                (spec.ref_label, spec.ref or ""),
                ("Date of referral", say(spec.date, spec.date_style)),
                ("Child", w.name_caps(kid)),
                ("Known as", w.known_as(kid)),
                ("D.O.B.", w.dob(kid, spec)),
                ("Sex", kid.said_gender),
                ("Legal", w.legal(kid)),
                ("Education", w.school(kid)),
            ],
        ),
        ("h", "Background"),
        ("p", spec.notes["background"]),
        ("h", "What we are asking for"),
        ("p", f"{spec.ask} {spec.start_words}"),
        ("h", "Placement history"),
        ("grid", *w.history_grid(kid)) if kid.history else ("p", w.history(kid)),
        ("h", "Contact"),
        ("p", w.family(kid)),
        ("h", "Health and development"),
        ("p", w.health(kid)),
        ("h", "Risk"),
        ("p", w.risk_prose(kid)),
        ("h", "Contacts"),
        ("grid", *w.contacts_grid(spec)),
    ]
    return blocks, ""


def manager_letter(spec: Spec) -> tuple[list, str]:
    """A team manager's letter: the manager signs, the allocated worker is named in the body."""
    manager = spec.others[0]
    kid = spec.kids[0]
    names = " and ".join(f"{k.first} {k.last.upper()}" for k in spec.kids)
    paragraphs = [
        ("p", f"{spec.la_name}\nChildren and Families Service\n{spec.notes['address']}"),
        (
            "p",
            f"Our ref: {spec.ref or '-'}    Your ref: -\nDate: {say(spec.date, spec.date_style)}",
        ),
        ("p", "Dear Placements Colleague,"),
        ("p", f"Re: {names}"),
        ("p", f"I am writing to ask whether you can offer {spec.ask} {spec.start_words}"),
    ]
    for child in spec.kids:
        paragraphs.append(
            (
                "p",
                f"{child.known_as or child.first} ({w.name_caps(child)}) - date of birth "
                f"{w.dob(child, spec)}, {child.said_gender.lower()}, {w.legal(child)}. "
                f"School: {w.school(child)}. Health: {w.health(child)} "
                f"Risks: {w.risk_prose(child)} Family time: {w.family(child)} "
                f"Placements: {w.history(child)}",
            )
        )
    paragraphs += [
        (
            "p",
            f"The allocated social worker is {spec.sw.name} ({spec.sw.phone}, "
            f"{spec.sw.email}), who will be your contact for {kid.known_as or kid.first}; "
            "please send any offer to them and copy me in.",
        ),
        ("p", spec.notes.get("more", "")),
        ("p", "Yours faithfully,"),
        ("p", f"{manager.name}\n{manager.role}\n{manager.phone}\n{manager.email}"),
    ]
    return [p for p in paragraphs if p[1]], ""


def phone_log(spec: Spec) -> tuple[list, str]:
    """A placement officer's telephone referral log: times and short dates, the caller is a
    duty worker, the allocated worker named separately."""
    officer, caller = spec.others[0], spec.others[1]
    lines = [
        "PLACEMENTS TEAM - TELEPHONE REFERRAL LOG",
        f"{spec.la_name}",
        "",
        f"Call taken: {spec.notes['call']} by {officer.name} ({officer.role})",
        f"Caller: {caller.name}, {caller.role}, {caller.phone}",
        f"Allocated SW: {spec.sw.name} - {spec.sw.phone} - {spec.sw.email}",
        f"{spec.ref_label}: {spec.ref or 'not given'}",
        "",
    ]
    for kid in spec.kids:
        lines += [
            f"CHILD: {w.name_caps(kid)}   DOB {w.dob(kid, spec)}   {kid.said_gender}",
            f"  known as: {w.known_as(kid)}",
            f"  status: {w.legal(kid)}",
            f"  school: {w.school(kid)}",
            f"  health: {w.health(kid)}",
            f"  risks: {w.risk_prose(kid)}",
            f"  family time: {w.family(kid)}",
            f"  previous placements: {w.history(kid)}",
            "",
        ]
    if spec.parent:
        parent = spec.parent
        lines += [
            f"PARENT: {parent.last.upper()}, {parent.first} ({parent.relation}), DOB "
            f"{say(parent.dob, spec.dob_style)}",
            f"  needs: {parent.needs}",
            f"  parent's own risks: {parent.risk_words}",
            "",
        ]
    lines += [
        f"NEED: {spec.ask}",
        f"WHEN: {spec.start_words}",
        "",
        spec.notes.get("action", "Action: search sent to framework providers."),
    ]
    return [("pre", "\n".join(lines))], ""


def pc_assessment(spec: Spec) -> tuple[list, str]:
    """A court-directed parent-and-child assessment request: the parent's part first (the
    parent's risks are not the baby's), hearing dates are not the referral date."""
    parent, kid = spec.parent, spec.kids[0]
    notes = spec.notes
    blocks = [
        ("title", "Parent and Child Assessment Placement - Referral"),
        (
            "kv",
            [
                ("Referring authority", spec.la_name),
                ("Date of referral", say(spec.date, spec.date_style)),
                (spec.ref_label, spec.ref or ""),
                ("Court", notes["court"]),
                ("Directions hearing", say(notes["hearing"], "dots2")),
                ("Assessment to be filed by", say(notes["filed_by"], "long")),
            ],
        ),
        ("h", "Section 1: Parent"),
        (
            "kv",
            [
                ("Name", f"{parent.last.upper()}, {parent.first}"),
                ("Relationship", parent.relation),
                ("DOB", say(parent.dob, spec.dob_style)),
                ("Needs", parent.needs),
                ("Risks (parent)", parent.risk_words),
            ],
        ),
        ("h", "Section 2: Child"),
        ("kv", w.kid_kv(kid, spec, {"school": "Education / childcare"})),
        ("grid", ["Risk (child)", "Answer"], w.risk_rows(kid)),
        ("kv", [("Family time", w.family(kid)), ("Placements to date", w.history(kid))]),
        ("h", "Section 3: The placement"),
        ("kv", [("Type", spec.ask), ("Start", spec.start_words)]),
        ("h", "Section 4: Contacts"),
        ("grid", *w.contacts_grid(spec)),
    ]
    return blocks, ""


def pen_picture(spec: Spec) -> tuple[list, str]:
    """A one-page profile in the child's voice, then the key facts."""
    kid = spec.kids[0]
    profile = spec.notes["profile"]
    blocks = [
        ("title", f"All About Me - {kid.known_as or kid.first}"),
        (
            "p",
            f"My name is {kid.first} {kid.last} but I like to be called {kid.known_as or kid.first}.",
        ),
        ("h", "What people like and admire about me"),
        ("p", profile["admire"]),
        ("h", "What is important to me"),
        ("p", profile["important"]),
        ("h", "People I see"),
        ("p", w.family(kid)),
        ("h", "How best to support me"),
        ("p", profile["support"]),
        ("h", "Key information for providers"),
        (
            "kv",
            [
                ("Local authority", spec.la_name),
                (spec.ref_label, spec.ref or ""),
                ("Completed on", say(spec.date, spec.date_style) or "-"),
                ("Date of birth", w.dob(kid, spec)),
                ("Gender", kid.said_gender),
                ("Legal status", w.legal(kid)),
                ("School", w.school(kid)),
                ("Health", w.health(kid)),
                ("Risks", w.risk_prose(kid)),
                ("Previous placements", w.history(kid)),
                ("Placement needed", spec.ask),
                ("From", spec.start_words),
                ("Social worker", w.contact(spec.sw)),
            ]
            + [(p.role, w.contact(p)) for p in spec.others],
        ),
    ]
    return blocks, ""


def boxed_cells(spec: Spec) -> tuple[list, str]:
    """A printed form: every cell holds its label above its value."""
    rows = [
        [
            f"Placing authority\n{spec.la_name}",
            f"{spec.ref_label}\n{spec.ref or ''}",
            f"Date of referral\n{say(spec.date, spec.date_style)}",
        ],
        [
            f"Placement type\n{spec.ask}",
            f"Start date\n{spec.start_words}",
            f"Social worker\n{spec.sw.name}\n{spec.sw.phone}\n{spec.sw.email}",
        ],
    ]
    blocks: list = [("title", "Referral for Placement"), ("cells", rows)]
    for kid in spec.kids:
        blocks.append(("h", f"Child: {w.full_name(kid)}"))
        cells = [
            [
                f"Surname\n{kid.last}",
                f"Forename(s)\n{kid.first}",
                f"Preferred name\n{w.known_as(kid)}",
            ],
            [
                f"Date of birth\n{w.dob(kid, spec)}",
                f"Gender\n{kid.said_gender}",
                f"Legal status\n{w.legal(kid)}",
            ],
            [
                f"School / year\n{w.school(kid)}",
                f"Health\n{w.health(kid)}",
                f"Ethnicity\n{kid.ethnicity}",
            ],
            [
                f"Family time\n{w.family(kid)}",
                f"Placement history\n{w.history(kid)}",
                f"Risks\n{w.risk_prose(kid)}",
            ],
        ]
        blocks.append(("cells", cells))
    if spec.others:
        blocks.append(
            ("cells", [[f"{p.role}\n{p.name}\n{p.phone}\n{p.email}" for p in spec.others]])
        )
    return blocks, ""


def _ticks(answer: str) -> str:
    options = ["Yes", "No", "Past", "Suspected"]
    chosen = {"Yes": "Yes", "No": "No", "Previously": "Past", "Suspected": "Suspected"}.get(answer)
    return "  ".join(f"{o} {'☒' if o == chosen else '☐'}" for o in options)


def inline_ticks(spec: Spec) -> tuple[list, str]:
    """Questions in paragraphs with tick boxes inline after them."""
    blocks: list = [
        ("title", "Placement Referral Questionnaire"),
        (
            "p",
            f"Authority: {spec.la_name}\n{spec.ref_label}: {spec.ref or ''}\nDate completed: {say(spec.date, spec.date_style)}",
        ),
        ("p", f"What type of placement is needed? {spec.ask}"),
        ("p", f"When is it needed? {spec.start_words}"),
    ]
    for kid in spec.kids:
        name = kid.known_as or kid.first
        blocks += [
            ("h", f"About {w.name_caps(kid)}"),
            ("p", f"Date of birth: {w.dob(kid, spec)}    Gender: {kid.said_gender}"),
            ("p", f"Legal status: {w.legal(kid)}"),
            ("p", f"Which school does {name} attend? {w.school(kid)}"),
            ("p", f"Does {name} have any health needs? {w.health(kid)}"),
        ]
        for short, (state, words) in kid.risk.items():
            answer = w.ANSWER[state]
            line = (
                f"{RISK_LABELS[short]}?  {_ticks(answer)}"
                if answer
                else f"{RISK_LABELS[short]}?  Yes ☐  No ☐  Past ☐  Suspected ☐"
            )
            blocks.append(("p", line + (f"\n   Details: {words}" if words else "")))
        blocks += [
            ("p", f"What family time will {name} have? {w.family(kid)}"),
            ("p", f"How many placements has {name} had? {w.history(kid)}"),
        ]
    blocks.append(("p", "Completed by:\n" + "\n".join(w.contact(p) for p in w.people(spec))))
    return blocks, ""


def _box(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    line = "+" + "+".join("-" * (n + 2) for n in widths) + "+"
    out = [line]
    for row in rows:
        out.append("| " + " | ".join(c.ljust(n) for c, n in zip(row, widths, strict=True)) + " |")
        out.append(line)
    return "\n".join(out)


def ascii_grid(spec: Spec) -> tuple[list, str]:
    """A case-system print with box-drawn tables (as pasted into a text file)."""
    head = [
        ["Authority", spec.la_name],
        [spec.ref_label, spec.ref or ""],
        ["Printed", say(spec.date, spec.date_style)],
        ["Request", spec.ask],
        ["Start", spec.start_words],
    ]
    parts = [f"PLACEMENT REQUEST - {spec.la_name.upper()}", _box(head), ""]
    for kid in spec.kids:
        facts = [
            [label, value.replace("\n", " / ")]
            for label, value in w.kid_kv(kid, spec, {"name": "Name", "name_fn": w.name_caps})
        ]
        parts += [_box(facts), ""]
        parts += [_box([["Risk", "Answer"], *[[a, b] for a, b in w.risk_rows(kid)]]), ""]
        parts += [f"Family time: {w.family(kid)}", ""]
        if kid.history and not kid.history_words:
            parts += [_box([["From", "To", "Placement"], *[list(r) for r in kid.history]]), ""]
        else:
            parts += [f"Placements: {w.history(kid)}", ""]
    parts += [_box([["Role", "Name", "Phone", "Email"], *w.contacts_grid(spec)[1]])]
    return [("pre", "\n".join(parts))], ""


LAYOUTS = {
    "court_planning": court_planning,
    "uasc_referral": uasc_referral,
    "yot_remand": yot_remand,
    "sibling_cards": sibling_cards,
    "adoption_disruption": adoption_disruption,
    "manager_letter": manager_letter,
    "phone_log": phone_log,
    "pc_assessment": pc_assessment,
    "pen_picture": pen_picture,
    "boxed_cells": boxed_cells,
    "inline_ticks": inline_ticks,
    "ascii_grid": ascii_grid,
}
