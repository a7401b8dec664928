"""The Word layouts of frozen_2."""

from __future__ import annotations

from f2_model import Doc, history_rows, rng_for, save_docx
from f2_office import bullets, logo_header, new_docx, sdt_check, sdt_text, strike, table, tracked
from f2_text import fmt_date
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
    return f"Not known (approx. {child.age} years)" if child.age else "Not known"


# ----------------------------------------------------------------------------- LCS


def lcs_request(doc: Doc, v: int) -> bytes:
    """Liquidlogic LCS 'Request for Placement' form output: LA in the page header only."""
    rng = rng_for(doc.name)
    d = new_docx(
        header=f"{doc.la_shown}  |  Children's Services  |  OFFICIAL-SENSITIVE",
        footer="LCS form output WF-PLR-07 (Request for Placement). Check against the case record before sharing.",
    )
    d.add_heading("Request for Placement", level=1)
    d.add_paragraph("Complete all sections. Send to the Placements Team via the LCS workflow step.")
    d.add_heading("1. About the request", level=2)
    rows = [
        ["Date of request", fmt_date(doc.date, "dmy") if doc.date else ""],
        [
            "Requested by",
            f"{doc.referrer.name}, {doc.referrer.role}" if doc.referrer else doc.sw.name,
        ],
        ["Placement type required", setting(doc, v)],
        ["Urgency", urgency(doc, v)],
        ["Anticipated length", duration(doc, v)],
        ["Date placement required", fmt_date(doc.start, "long") if doc.start else "TBC"],
    ]
    if doc.twist.get("team_area"):
        rows.append(["Team / locality", doc.twist["team_area"]])
    table(d, rows)
    d.add_heading("2. The child" if len(doc.children) == 1 else "2. The children", level=2)
    kids = doc.children
    labels = [
        ("LCS Person ID", lambda c: c.ref or ""),
        ("Forename", lambda c: c.first),
        ("Surname", lambda c: c.last),
        ("Preferred name", lambda c: c.known_as or ""),
        ("Date of birth", lambda c: _dob(c)),
        ("Gender", lambda c: gender(c, v)),
        ("Legal status", lambda c: legal(c, v)),
        ("Education provision", lambda c: c.school or "None"),
        ("NC year", lambda c: c.school_year),
    ]
    if len(kids) == 1:
        table(d, [[label, fn(kids[0])] for label, fn in labels])
    else:
        head = [""] + [f"Child {i + 1}" for i in range(len(kids))]
        table(d, [head] + [[label] + [fn(c) for c in kids] for label, fn in labels], header=True)
    d.add_heading("3. Allocated social worker", level=2)
    table(
        d,
        [
            ["Name", doc.sw.name],
            ["Team", doc.twist.get("sw_team", "Children in Care Team")],
            ["Email", doc.sw.email or ""],
            ["Telephone", doc.sw.phone or ""],
        ],
    )
    if doc.manager:
        d.add_paragraph(f"Team manager (authorising): {doc.manager.name}, {doc.manager.phone}")
    for child in kids:
        name = child.known_as or child.first
        suffix = f" - {name}" if len(kids) > 1 else ""
        d.add_heading(f"4. Health and development{suffix}", level=2)
        d.add_paragraph(child.health or "")
        d.add_heading(f"5. Risks{suffix}", level=2)
        items = risk_items(child, v)
        if items:
            bullets(d, [f"{label}: {sentence}" for _, _, label, sentence in items])
        d.add_heading(f"6. Family time{suffix}", level=2)
        if child.ft is not None:
            rows = [["With", "How often", "Supervised?", "Notes"]]
            for who, _, sup, text in child.ft:
                rows.append(
                    [
                        who.title(),
                        text.split(" - ")[1] if " - " in text else text,
                        {True: "Yes", False: "No", None: "TBC"}[sup],
                        "",
                    ]
                )
            if len(rows) > 1:
                table(d, rows, header=True)
            for line in ft_lines(child)[len(child.ft) :]:
                d.add_paragraph(line)
        d.add_heading(f"7. Placement history{suffix}", level=2)
        if child.history is not None:
            if child.history == 0:
                d.add_paragraph(history_words(child, v))
            else:
                rows = [["Placement", "From", "To", "Reason ended"]]
                rows += [
                    list(r)
                    for r in history_rows(
                        child,
                        doc.twist.get("current", "Foster care (in-house)"),
                        rng,
                        doc.date or doc.start,
                    )
                ]
                table(d, rows, header=True)
    if doc.twist.get("note"):
        d.add_heading("8. Anything else", level=2)
        d.add_paragraph(doc.twist["note"])
    return save_docx(d, "LCS")


# ----------------------------------------------------------------------------- regional framework


def regional_framework(doc: Doc, v: int) -> bytes:
    """Consortium referral form built from content controls, tracked deletions, checkboxes."""
    rng = rng_for(doc.name)
    d = new_docx(
        header="Yorkshire & Humber Regional Fostering Framework - Individual Placement Referral",
        footer="Framework form IPR-4 (v4.2). Return to the framework mailbox and to each provider contacted.",
        font="Calibri",
    )
    d.add_heading("Individual Placement Referral", level=1)
    p = d.add_paragraph("Framework referral no.: ")
    sdt_text(p, "FrameworkRef", doc.twist.get("framework_ref"))
    p = d.add_paragraph("Placing authority: ")
    sdt_text(p, "PlacingAuthority", doc.la_shown)
    p = d.add_paragraph("Date sent to providers: ")
    sdt_text(p, "DateSent", fmt_date(doc.date, "dmy") if doc.date else None)
    d.add_heading("Placement sought", level=2)
    p = d.add_paragraph("Type: ")
    for label, key in (
        ("Mainstream fostering", "fostering"),
        ("Parent and child", "parent_and_child"),
        ("Solo residential", "residential"),
        ("Supported accommodation 16+", "supported_accommodation"),
    ):
        sdt_check(p, f"Type{key}", doc.setting == key, label)
    p = d.add_paragraph("Urgency (delete as appropriate): ")
    if doc.twist.get("urgency_undeleted"):
        p.add_run("Emergency / Planned")
    elif doc.urgency == "planned":
        tracked(p, [("del", "Emergency / "), ("keep", "Planned")], author=doc.sw.name)
    else:
        tracked(p, [("keep", "Emergency"), ("del", " / Planned")], author=doc.sw.name)
    p = d.add_paragraph("Duration (delete as appropriate): ")
    order = ["Short term", "Long term", "Respite"]
    keep = {"short_term": "Short term", "long_term": "Long term", "respite": "Respite"}.get(
        doc.duration
    )
    at = order.index(keep)
    before = " / ".join(order[:at]) + (" / " if at else "")
    after = (" / " if at < len(order) - 1 else "") + " / ".join(order[at + 1 :])
    if doc.twist.get("strike_duration"):
        if before:
            strike(p, before)
        p.add_run(keep)
        if after:
            strike(p, after)
    else:
        tracked(
            p,
            [
                (kind, text)
                for kind, text in (("del", before), ("keep", keep), ("del", after))
                if text
            ],
            author=doc.sw.name,
        )
    p = d.add_paragraph("Placement needed from: ")
    sdt_text(p, "StartDate", fmt_date(doc.start, "long") if doc.start else None)
    if doc.needed_form:
        p = d.add_paragraph("Needed by: ")
        sdt_text(
            p,
            "NeededBy",
            {"today": "Today", "within_5_days": "Within 5 days", "later": "More than 5 days"}[
                doc.needed_form
            ],
        )
    d.add_heading("Child / children", level=2)
    kids = doc.children
    rows = [["", *[f"Child {i + 1}" for i in range(len(kids))]]]
    for label, fn in (
        ("LA child ID", lambda c: c.ref or ""),
        ("Name", lambda c: f"{c.first} {c.last}"),
        ("DOB", lambda c: _dob(c, "dmy2")),
        ("Sex", lambda c: gender(c, v + 1)),
        ("Legal status", lambda c: legal(c, v + 1)),
        (
            "School (name and year)",
            lambda c: f"{c.school}, {c.school_year}" if c.school else "Not on roll",
        ),
        ("Health / disability", lambda c: c.health or ""),
        ("Placement history", lambda c: history_words(c, v)),
    ):
        rows.append([label, *[fn(c) for c in kids]])
    table(d, rows, header=True)
    d.add_heading("Risk information", level=2)
    if len(kids) == 1:
        items = risk_items(kids[0], v)
        table(
            d,
            [["Area", "Details"]]
            + [[label, risk_answer(key, code, s, v)] for key, code, label, s in items],
            header=True,
        )
    else:
        keys = []
        for c in kids:
            keys += [k for k in c.risk_codes if k not in keys]
        rows = [["Area", "Details (each child)"]]
        for key in keys:
            parts = []
            for c in kids:
                match = [it for it in risk_items(c, v) if it[0] == key]
                if match:
                    _, code, label, s = match[0]
                    parts.append(f"{c.first} - {risk_answer(key, code, s, v)}")
            label = next(it[2] for c in kids for it in risk_items(c, v) if it[0] == key)
            rows.append(
                [label, " ".join(part if part.endswith(".") else part + "." for part in parts)]
            )
        table(d, rows, header=True)
    d.add_heading("Family time", level=2)
    for c in kids:
        lines = ft_lines(c) if c.ft is not None else []
        if lines:
            d.add_paragraph(f"{c.first}: " + " ".join(lines) if len(kids) > 1 else " ".join(lines))
    d.add_heading("Contacts", level=2)
    rows = [
        ["Role", "Name", "Email", "Phone"],
        ["Child's social worker", doc.sw.name, doc.sw.email or "", doc.sw.phone or ""],
    ]
    if doc.referrer:
        rows.append(
            [
                doc.referrer.role,
                doc.referrer.name,
                doc.referrer.email or "",
                doc.referrer.phone or "",
            ]
        )
    if doc.manager:
        rows.append(
            ["Team manager", doc.manager.name, doc.manager.email or "", doc.manager.phone or ""]
        )
    table(d, rows, header=True)
    _ = rng
    return save_docx(d, doc.sw.name)


# ----------------------------------------------------------------------------- CAMHS-heavy residential


def camhs_resi(doc: Doc, v: int) -> bytes:
    """Residential referral dominated by mental-health detail; risks as question-and-answer."""
    child = doc.children[0]
    d = new_docx(
        header=doc.la_shown,
        footer="Residential Referral - Complex Needs. Page 1 of 3",
        font="Verdana",
    )
    d.add_heading("Referral for Residential Care - Complex and Emotional Health Needs", level=1)
    table(
        d,
        [
            ["Referral date", fmt_date(doc.date, "long") if doc.date else ""],
            [doc.ref_label, child.ref or ""],
            ["Young person", f"{child.first} {child.last}"],
            ["Date of birth", _dob(child, "dmy")],
            ["Gender identity", gender(child, v)],
            ["Legal status", legal(child, v + 2)],
            [
                "Education",
                f"{child.school} ({child.school_year})"
                if child.school
                else "Not attending; tuition being sourced",
            ],
            ["Placement sought", setting(doc, v)],
            [
                "Urgency / timescale",
                f"{urgency(doc, v)} - from {fmt_date(doc.start, 'dmy')}"
                if doc.start
                else urgency(doc, v),
            ],
            ["Expected duration", duration(doc, v)],
            [
                "Shared or solo occupancy",
                doc.twist.get("occupancy", "Shared, with no more than two others"),
            ],
        ],
    )
    d.add_heading("Emotional wellbeing and CAMHS", level=2)
    d.add_paragraph(child.health or "")
    camhs = doc.twist.get("camhs")
    if camhs:
        d.add_paragraph(
            f"CAMHS clinician: {camhs[0]}, {camhs[1]} (tel {camhs[2]}). Please contact the social worker first."
        )
    d.add_heading("Risk assessment summary", level=2)
    rows = [["Question", "Answer"]]
    for key, code, _, sentence in risk_items(child, v):
        rows.append([question(key), risk_answer(key, code, sentence, v)])
    if len(rows) > 1:
        table(d, rows, header=True)
    if doc.twist.get("sibling_risk"):
        d.add_paragraph(doc.twist["sibling_risk"])
    d.add_heading("Family and contact", level=2)
    if child.ft is not None:
        bullets(d, ft_lines(child))
    d.add_heading("Placement history", level=2)
    if child.history is not None:
        d.add_paragraph(history_words(child, v))
    d.add_heading("Professionals", level=2)
    rows = [["Role", "Name", "Contact"]]
    if doc.referrer:
        rows.append(
            [
                doc.referrer.role,
                doc.referrer.name,
                f"{doc.referrer.email or ''} {doc.referrer.phone or ''}".strip(),
            ]
        )
    rows.append(
        [
            "Allocated social worker",
            doc.sw.name,
            f"{doc.sw.email or ''} {doc.sw.phone or ''}".strip(),
        ]
    )
    if doc.manager:
        rows.append(
            [doc.manager.role or "Service manager", doc.manager.name, doc.manager.phone or ""]
        )
    table(d, rows, header=True)
    return save_docx(d, "Resource Panel")


# ----------------------------------------------------------------------------- solo home


def solo_home(doc: Doc, v: int) -> bytes:
    """Request for a solo (1:1) placement in an Ofsted-registered home; bullets and tick marks."""
    child = doc.children[0]
    logo = doc.twist.get("logo")
    d = new_docx(header=None if logo else doc.la_shown, font="Arial")
    if logo:
        logo_header(d, doc.la_shown, logo)
    d.add_heading("Solo Placement Request - Ofsted Registered Children's Home", level=1)
    if doc.date:
        d.add_paragraph(f"Date: {fmt_date(doc.date, 'ord')}")
    d.add_paragraph(
        f"{doc.ref_label}: {child.ref}" if doc.ref_shown else f"{doc.ref_label}: to follow"
    )
    d.add_heading("Young person", level=2)
    bullets(
        d,
        [
            f"Name: {child.first} {child.last}"
            + (f" (likes to be called {child.known_as})" if child.known_as else ""),
            f"DOB: {_dob(child, 'dmy')}",
            f"Gender: {gender(child, v)}" if child.gender else "Gender: ",
            f"Legal status: {legal(child, v)}" if child.legal else "Legal status: ",
            f"Education: {child.school}" if child.school else "Education: none at present (NEET)",
        ],
    )
    d.add_heading("What we are asking for", level=2)
    d.add_paragraph(
        f"☒ Solo placement   ☐ Shared placement (max. 2)   ☐ Shared placement (any)\n"
        f"Staffing: {doc.twist.get('staffing', '2:1 during the day, 1:1 waking night')}\n"
        f"Deprivation of Liberty: {doc.twist.get('dols', 'DoL order to be sought at the High Court')}"
    )
    bullets(
        d,
        [
            f"Type: {setting(doc, v)}",
            f"Timescale: {urgency(doc, v)}" if doc.urgency else "Timescale: ",
            f"Duration: {duration(doc, v)}" if doc.duration else "Duration: ",
            f"Start: {fmt_date(doc.start, 'long')}"
            if doc.start
            else "Start: as soon as a home is found",
        ],
    )
    d.add_heading("Why a solo placement", level=2)
    d.add_paragraph(
        doc.twist.get(
            "why",
            "Shared living has broken down three times because of risk to other young people.",
        )
    )
    d.add_heading("Health", level=2)
    if child.health:
        d.add_paragraph(child.health)
    d.add_heading("Risks", level=2)
    items = risk_items(child, v + 1)
    table(
        d,
        [["Risk", "Current", "Detail"]]
        + [
            [
                label,
                {"P": "☒ Yes", "S": "☒ Suspected", "H": "No - historic", "N": "No"}[code],
                "" if code == "N" else s,
            ]
            for _, code, label, s in items
        ],
        header=True,
    )
    d.add_heading("Family time", level=2)
    if child.ft is not None:
        bullets(d, ft_lines(child))
    d.add_heading("Placement history", level=2)
    if child.history is not None:
        d.add_paragraph(history_words(child, v + 1))
    d.add_heading("Contacts", level=2)
    if doc.referrer:
        d.add_paragraph(
            f"Completed by: {doc.referrer.name}, {doc.referrer.role}, {doc.referrer.phone}"
        )
    d.add_paragraph(
        f"Social worker: {doc.sw.name}  {doc.sw.email or ''}  {doc.sw.phone or ''}".strip()
    )
    if doc.manager:
        d.add_paragraph(f"Head of service approval: {doc.manager.name} ({doc.manager.email})")
    return save_docx(d, doc.sw.name)
