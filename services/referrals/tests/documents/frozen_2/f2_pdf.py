"""The text-PDF layouts of frozen_2 (the scans are in f2_plain)."""

from __future__ import annotations

from datetime import timedelta

from f2_model import Doc, history_rows, rng_for
from f2_office import Pdf
from f2_text import WORDS, fmt_date
from f2_words import (
    duration,
    ft_lines,
    gender,
    history_words,
    legal,
    question,
    risk_answer,
    risk_items,
    setting,
    urgency,
)


def _dob(child, style="dmy") -> str:
    if child.dob:
        return fmt_date(child.dob, style)
    return f"Unknown - assessed as {child.age}" if child.age else "Unknown"


def _ticks(options: list[tuple[str, bool]], on: str, off: str) -> str:
    return "   ".join(f"{on if chosen else off} {label}" for label, chosen in options)


# ----------------------------------------------------------------------------- Mosaic print


def mosaic_print(doc: Doc, v: int) -> bytes:
    """Mosaic 'Placement Finding Referral' print: four-column rows, [X] grid, print footer."""
    child = doc.children[0]
    printed = (
        f"Printed {fmt_date(doc.date + timedelta(days=2), 'dmy')} 16:02 by CSPLACE3"
        if doc.date
        else "Printed by CSPLACE3"
    )
    pdf = Pdf(
        "Helvetica",
        header=f"Mosaic  |  Placement Finding Referral  |  {doc.la_shown}",
        footer=f"{printed}   Page {{page}}",
        title="Placement Finding Referral",
    )
    pdf.p("Placement Finding Referral (PFR) - step output", "h1")
    pdf.grid(
        [
            [
                "Mosaic person ID",
                child.ref or "",
                "Date of referral",
                fmt_date(doc.date, "short") if doc.date else "",
            ],
            ["Full name", f"{child.first} {child.last}", "Date of birth", _dob(child, "short")],
            ["Gender", gender(child, v), "Legal status", legal(child, v)],
            ["Placement type sought", setting(doc, v + 1), "Urgency", urgency(doc, v + 1)],
            [
                "Length of placement",
                duration(doc, v + 1),
                "Start",
                fmt_date(doc.start, "short") if doc.start else "TBC",
            ],
            [
                "School / college (with year group)",
                f"{child.school} - {child.school_year}" if child.school else "Not in education",
                "Area team",
                doc.twist.get("team_area", ""),
            ],
        ],
        [34, 53, 34, 53],
        label_cols=(0, 2),
    )
    pdf.p("Worker details", "h2")
    rows = [
        ["Allocated worker", doc.sw.name, "Worker email", doc.sw.email or ""],
        [
            "Worker telephone",
            doc.sw.phone or "",
            "Worker team",
            doc.twist.get("sw_team", "Looked After Children 2"),
        ],
    ]
    if doc.referrer:
        rows.append(
            ["Step completed by", doc.referrer.name, "Completed by (role)", doc.referrer.role]
        )
    pdf.grid(rows, [34, 53, 34, 53], label_cols=(0, 2))
    pdf.p("Health and wellbeing", "h2")
    pdf.p(child.health or "")
    pdf.p("Risk and vulnerability screening", "h2")
    rows = [["Risk", "Current", "Past", "Suspected", "No", "Comments"]]
    for key, code, label, sentence in risk_items(child, v):
        marks = ["[X]" if code == c else "[ ]" for c in ("P", "H", "S", "N")]
        rows.append([label, *marks, "" if code == "N" else sentence])
    for label in doc.twist.get("blank_rows", []):
        rows.append([label, "[ ]", "[ ]", "[ ]", "[ ]", ""])
    pdf.grid(rows, [42, 15, 12, 18, 10, 77], head=True)
    pdf.p("Family time", "h2")
    pdf.p(" ".join(ft_lines(child)) if child.ft is not None else "")
    pdf.p("Placements this period of care", "h2")
    if child.history is not None:
        pdf.p(
            f"Number of placements including current: {WORDS[child.history]}"
            if v % 2
            else history_words(child, v)
        )
    if doc.twist.get("note"):
        pdf.p("Additional information", "h2")
        pdf.p(doc.twist["note"])
    return pdf.bytes()


# ----------------------------------------------------------------------------- Child's placement plan


def cpp_form(doc: Doc, v: int) -> bytes:
    """Child's Placement Plan part A: ☒/☐ tick grids, 'Child A/B' sections, LA in the page header."""
    rng = rng_for(doc.name)
    pdf = Pdf(
        "DejaVu",
        header=doc.la_shown,
        footer="Child's Placement Plan - Part A (placement request)   {page}",
        title="Placement Plan Part A",
    )
    pdf.p("CHILD'S PLACEMENT PLAN - PART A: PLACEMENT REQUEST", "h1")
    pdf.grid(
        [
            ["Date completed", fmt_date(doc.date, "long") if doc.date else ""],
            [
                "Placement type",
                _ticks(
                    [
                        (label, doc.setting == key)
                        for label, key in (
                            ("Foster care", "fostering"),
                            ("Children's home", "residential"),
                            ("Parent & child", "parent_and_child"),
                            ("Supported accommodation", "supported_accommodation"),
                        )
                    ],
                    "☒",
                    "☐",
                ),
            ],
            [
                "Urgency",
                _ticks(
                    [
                        ("Emergency (within 24 hours)", doc.urgency == "emergency"),
                        ("Planned", doc.urgency == "planned"),
                    ],
                    "☒",
                    "☐",
                ),
            ],
            [
                "Duration",
                _ticks(
                    [
                        (label, doc.duration == key)
                        for label, key in (
                            ("Respite", "respite"),
                            ("Short term", "short_term"),
                            ("Long term", "long_term"),
                            ("Permanence", "permanence"),
                        )
                    ],
                    "☒",
                    "☐",
                ),
            ],
            ["Start date", fmt_date(doc.start, "dmy") if doc.start else ""],
        ],
        [38, 136],
    )
    for index, child in enumerate(doc.children):
        letter = "ABCDE"[index]
        title = f"Child {letter}" if len(doc.children) > 1 else "The child"
        pdf.p(f"{title}: {child.first} {child.last}", "h2")
        pdf.grid(
            [
                ["Child ref (ICS)", child.ref or "", "DOB", _dob(child)],
                [
                    "Gender",
                    gender(child, v),
                    "School",
                    f"{child.school}\n{child.school_year}" if child.school else "None",
                ],
                [
                    "Legal status",
                    _ticks(
                        [
                            (lbl, child.legal == code)
                            for lbl, code in (
                                ("S20", "V2"),
                                ("ICO", "C1"),
                                ("Care Order", "C2"),
                                ("Placement Order", "E1"),
                            )
                        ],
                        "☒",
                        "☐",
                    ),
                    "Health",
                    child.health or "",
                ],
            ],
            [27, 62, 20, 65],
            label_cols=(0, 2),
        )
        rows = [["Risk area", "Yes", "Past", "Suspected", "No", "What we know"]]
        for key, code, label, sentence in risk_items(child, v + index):
            rows.append(
                [
                    label,
                    *("☒" if code == c else "☐" for c in ("P", "H", "S", "N")),
                    "" if code == "N" else sentence,
                ]
            )
        pdf.grid(rows, [44, 10, 11, 21, 10, 78], head=True)
        if child.ft is not None:
            pdf.p("Family time plan: " + " ".join(ft_lines(child)))
        if child.history is not None:
            if child.history >= 2:
                pdf.p("Placement history:")
                pdf.grid(
                    [["Placement", "From", "To", "Ended because"]]
                    + [
                        list(r)
                        for r in history_rows(
                            child, "Current foster carers", rng, doc.date or doc.start
                        )
                    ],
                    [60, 28, 28, 58],
                    head=True,
                )
            else:
                pdf.p("Placement history: " + history_words(child, v))
    pdf.p("Social worker", "h2")
    pdf.grid(
        [
            ["Name", doc.sw.name, "Telephone", doc.sw.phone or ""],
            ["Email", doc.sw.email or "", "Manager", doc.manager.name if doc.manager else ""],
        ],
        [18, 86, 22, 48],
        label_cols=(0, 2),
    )
    return pdf.bytes()


# ----------------------------------------------------------------------------- UASC


def uasc_referral(doc: Doc, v: int) -> bytes:
    """UASC placement referral (National Transfer Scheme or spontaneous arrival); [X] boxes."""
    child = doc.children[0]
    t = doc.twist
    pdf = Pdf(
        "Helvetica",
        header=f"{doc.la_shown} - Unaccompanied Asylum Seeking Children Team",
        footer="UASC placement referral   page {page}",
        title="UASC referral",
    )
    pdf.p("Placement Referral: Unaccompanied Asylum Seeking Child", "h1")
    pdf.grid(
        [
            ["Referral date", fmt_date(doc.date, "dmy") if doc.date else ""],
            ["Home Office reference (CID)", t.get("ho_ref", "")],
            ["Port reference", t.get("port_ref", "")],
            [doc.ref_label, child.ref or ""],
            ["Name (as given)", f"{child.first} {child.last}"],
            [
                "Date of birth",
                (_dob(child) + (" (claimed; age not disputed)" if child.dob else ""))
                if child.dob
                else f"Not known. Age assessment pending; presents as about {child.age}.",
            ],
            ["Gender", gender(child, v)],
            ["Nationality / first language", t.get("language", "")],
            ["Interpreter needed", "[X] Yes  [ ] No"],
            ["Legal status", legal(child, v)],
            ["Education", child.school or "Not yet enrolled - ESOL place being sought"],
        ],
        [55, 119],
    )
    pdf.p("Placement needed", "h2")
    pdf.p(
        _ticks(
            [
                (lbl, doc.setting == key)
                for lbl, key in (
                    ("Foster placement", "fostering"),
                    ("Supported accommodation", "supported_accommodation"),
                    ("Residential", "residential"),
                )
            ],
            "[X]",
            "[ ]",
        )
    )
    pdf.p(
        _ticks(
            [("Emergency", doc.urgency == "emergency"), ("Planned", doc.urgency == "planned")],
            "[X]",
            "[ ]",
        )
        + f"     Start: {fmt_date(doc.start, 'dmy') if doc.start else 'TBC'}     Duration: {duration(doc, v) or 'TBC'}"
    )
    pdf.p("Journey and arrival", "h2")
    pdf.p(t.get("journey", ""))
    pdf.p("Health", "h2")
    pdf.p(child.health or "")
    pdf.p("Risks and vulnerabilities", "h2")
    rows = [["Question", "Answer"]]
    for key, code, _, sentence in risk_items(child, v):
        rows.append([question(key), risk_answer(key, code, sentence, v + 1)])
    if len(rows) > 1:
        pdf.grid(rows, [70, 104], head=True)
    pdf.p("Family", "h2")
    if child.ft is not None:
        pdf.p(" ".join(ft_lines(child)))
    pdf.p("Placements since arrival", "h2")
    if child.history is not None:
        pdf.p(history_words(child, v) + (" " + t["history_note"] if t.get("history_note") else ""))
    pdf.p("Contacts", "h2")
    rows = [["Allocated social worker", doc.sw.name, doc.sw.email or "", doc.sw.phone or ""]]
    if doc.referrer:
        rows.insert(
            0,
            [
                doc.referrer.role,
                doc.referrer.name,
                doc.referrer.email or "",
                doc.referrer.phone or "",
            ],
        )
    pdf.grid(rows, [34, 34, 74, 32], label_cols=(0,))
    return pdf.bytes()


# ----------------------------------------------------------------------------- parent and child


def pc_assessment(doc: Doc, v: int) -> bytes:
    """Parent-and-child assessment referral: a Parent column and a Baby column side by side."""
    baby, parent = doc.children[0], doc.parent
    pdf = Pdf(
        "DejaVu",
        header=f"{doc.la_shown}  ·  Parent and Child Placement Referral",
        footer="PACR-1  ·  page {page}",
        title="Parent and child referral",
    )
    pdf.p("Referral for a Parent and Child Assessment Placement", "h1")
    pdf.grid(
        [
            [
                "Date of referral",
                fmt_date(doc.date, "long") if doc.date else "",
                doc.ref_label,
                baby.ref or "",
            ],
            ["Type", setting(doc, v), "Urgency", urgency(doc, v)],
            [
                "Assessment length",
                duration(doc, v) + (" (12 weeks)" if doc.duration == "short_term" else ""),
                "Start",
                fmt_date(doc.start, "dmy") if doc.start else "TBC",
            ],
        ],
        [32, 55, 32, 55],
        label_cols=(0, 2),
    )
    pdf.p("Who is being placed", "h2")
    pdf.grid(
        [
            ["", "Parent", "Baby (the child referred)"],
            ["Name", parent["name"], f"{baby.first} {baby.last}"],
            ["DOB / age", parent["age"], _dob(baby)],
            ["Gender", parent.get("gender", "Female"), gender(baby, v)],
            [
                "Legal status",
                "n/a (adult)" if parent.get("adult", True) else parent.get("legal", ""),
                legal(baby, v),
            ],
            ["Health", parent["health"], baby.health or ""],
            ["Education / nursery", parent.get("education", ""), baby.school or "Not applicable"],
        ],
        [30, 72, 72],
        head=True,
    )
    pdf.p("Risks", "h2")
    rows = [["Risk", "Parent", baby.first]]
    baby_items = {key: (code, label, s) for key, code, label, s in risk_items(baby, v)}
    for key, (state, text) in parent["risks"].items():
        code, label, s = baby_items.pop(key, (None, key, ""))
        rows.append(
            [
                label if code else parent["labels"][key],
                f"☒ {state} - {text}",
                "" if code is None else ("☒ None known" if code == "N" else f"☒ {s}"),
            ]
        )
    for key, (code, label, s) in baby_items.items():
        rows.append([label, "", "☒ None known" if code == "N" else f"☒ {s}"])
    pdf.grid(rows, [40, 77, 57], head=True)
    pdf.p("Family time", "h2")
    if baby.ft is not None:
        pdf.p(" ".join(ft_lines(baby)))
    pdf.p("Care history", "h2")
    pdf.p(parent.get("history", ""))
    if baby.history is not None:
        pdf.p(f"{baby.first}: " + history_words(baby, v))
    pdf.p("Social worker", "h2")
    pdf.p(f"{doc.sw.name} - {doc.sw.email or ''} - {doc.sw.phone or ''}")
    if doc.referrer:
        pdf.p(f"Referral sent by {doc.referrer.name}, {doc.referrer.role} ({doc.referrer.email})")
    if doc.manager:
        pdf.p(f"Children's guardian: {doc.manager.name}, {doc.manager.phone}")
    return pdf.bytes()


# ----------------------------------------------------------------------------- attachment of the step-down email


def step_down_form(doc: Doc, v: int) -> bytes:
    """The undated step-down form attached to an email (the email's date is the referral date)."""
    child = doc.children[0]
    pdf = Pdf(
        "Helvetica",
        header=f"{doc.la_shown} - Step Down Referral (Residential to Family)",
        footer="Step down form SD2   {page}",
        title="Step down referral",
    )
    pdf.p("Step Down Referral: residential to foster care", "h1")
    pdf.grid(
        [
            [doc.ref_label, child.ref or "", "Name", f"{child.first} {child.last}"],
            ["DOB", _dob(child), "Gender", gender(child, v)],
            [
                "Legal status",
                legal(child, v),
                "School",
                f"{child.school} ({child.school_year})" if child.school else "None",
            ],
            ["Placement sought", setting(doc, v), "Duration", duration(doc, v)],
            [
                "Planned / emergency",
                urgency(doc, v),
                "Move date",
                fmt_date(doc.start, "dmy") if doc.start else "to be agreed at transition planning",
            ],
        ],
        [30, 57, 30, 57],
        label_cols=(0, 2),
    )
    pdf.p("Current placement and progress", "h2")
    pdf.p(doc.twist.get("progress", ""))
    pdf.p("Health", "h2")
    pdf.p(child.health or "")
    pdf.p("Risks (current assessment)", "h2")
    for key, code, label, sentence in risk_items(child, v):
        pdf.p(f"{label}: {sentence}")
    pdf.p("Family time", "h2")
    if child.ft is not None:
        pdf.p(" ".join(ft_lines(child)))
    pdf.p("Placement history", "h2")
    if child.history is not None:
        pdf.p(history_words(child, v))
    pdf.p("Social worker", "h2")
    pdf.p(f"{doc.sw.name}, {doc.sw.email or ''}, {doc.sw.phone or ''}")
    return pdf.bytes()
