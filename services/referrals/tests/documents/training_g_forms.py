"""Form layouts (Word, PDF, text) of training_g; each returns a :class:`Doc`."""

from __future__ import annotations

from training_g_layouts import (
    BOX,
    DURATION_WORDS,
    LABELS,
    SETTING_WORDS,
    TICK,
    age_text,
    answer,
    fd,
    ft_words,
    gender_word,
    history_rows,
    history_words,
    risk_grid3,
    risk_grid_yn,
    risk_per_cell,
    risk_prompts,
    risk_prose,
    rng,
    school_words,
    start_words,
    ticks,
)
from training_g_model import RISKS, Ref
from training_g_write import Doc


def _people(ref: Ref, role: str) -> tuple[str, str, str]:
    return ref.people.get(role, ("", "", ""))


def mosaic_rfs(ref: Ref) -> Doc:
    """A Mosaic "Request for Service: Placement" step, printed."""
    r = rng(ref)
    kid = ref.kids[0]
    officer = _people(ref, "officer")
    doc = Doc(
        "Request for Service: Placement",
        header=f"{ref.la_name} - Mosaic - Printed by {ref.people.get('printer', officer)[0]}",
        footer="OFFICIAL - SENSITIVE (personal data). Do not forward outside the secure network.",
    )
    doc.kv(
        [
            ("Step", "Request for Service - Placement (CLA)"),
            ("Step started", fd(ref.date, "mon", "")),
            ("Step status", "Incomplete - awaiting Placements Team"),
            ("Assigned to", "Placements & Sufficiency Team (worktray)"),
            ("Requested by", f"{ref.sw[0]} (allocated worker)"),
        ]
    )
    doc.h("Subject")
    doc.kv4(
        [
            (ref.ref_label, ref.ref or "", "Name", f"{kid.first} {kid.last.upper()}"),
            ("Date of birth", fd(kid.dob, "mon", "Not recorded"), "Age", age_text(kid, ref)),
            ("Gender", gender_word(kid), "Ethnicity", ref.extra.get("ethnicity", "White British")),
        ]
    )
    doc.h("Worker details")
    doc.kv(
        [
            ("Allocated social worker", ref.sw[0]),
            ("Team", ref.extra.get("team", "Children in Care Team")),
            ("Work phone", ref.sw[2] or ""),
            ("Email", ref.sw[1] or ""),
            ("Team manager", _people(ref, "manager")[0]),
        ]
    )
    doc.h("Legal status")
    doc.kv(
        [
            ("Current legal status", kid.legal_text),
            ("Date of order", ref.extra.get("order_date", "")),
        ]
    )
    doc.h("Placement required")
    doc.p(
        ticks(
            [
                ("In-house foster care", ref.setting == "fostering"),
                ("IFA", False),
                ("Residential", ref.setting == "residential"),
                ("Semi-independent / 16+", ref.setting == "supported_accommodation"),
            ]
        )
    )
    doc.kv(
        [
            (
                "Type of request",
                ticks(
                    [
                        ("Emergency", ref.urgency == "emergency"),
                        ("Planned", ref.urgency == "planned"),
                    ]
                ),
            ),
            ("Anticipated duration", DURATION_WORDS[ref.duration]),
            ("Date required", start_words(ref, "mon")),
        ]
    )
    doc.h("Reason for request")
    doc.p(ref.extra.get("reason", ""))
    if kid.background:
        doc.p(kid.background)
    doc.h("Risk Information")
    header, rows = risk_grid_yn(kid, "mosaic")
    doc.grid(header, rows)
    doc.h("Health")
    doc.p(
        kid.health
        or ref.extra.get("health_gap", "Awaiting Initial Health Assessment report - to follow")
    )
    doc.h("Education")
    doc.kv(
        [
            ("School / setting", school_words(kid, "Not known")),
            ("EHCP", ref.extra.get("ehcp", "No")),
        ]
    )
    doc.h("Contact arrangements")
    doc.p(ft_words(kid))
    doc.h("Placement history")
    if kid.history:
        doc.grid(["Start", "End", "Placement", "Reason for end"], history_rows(kid))
    else:
        doc.p(history_words(kid))
    del r
    return doc


def lcs_numbered(ref: Ref) -> Doc:
    """A Liquidlogic (LCS) "Placement Request" with numbered sections, one per child."""
    r = rng(ref)
    doc = Doc(
        "Placement Request",
        header=f"{ref.la_name} | LCS form: Placement Request v4.2",
        footer=f"{ref.ref_label} {ref.ref or ''} - printed from LCS",
    )
    doc.h("1. Request details")
    doc.sdt(
        [
            ("1.1 " + ref.ref_label, ref.ref or ""),
            ("1.2 Date of request", fd(ref.date, "dmy")),
            ("1.3 Type of placement requested", SETTING_WORDS[ref.setting]),
            ("1.4 Emergency or planned", "Emergency" if ref.urgency == "emergency" else "Planned"),
            ("1.5 Duration", DURATION_WORDS[ref.duration]),
            ("1.6 Placement needed from", start_words(ref, "dmy")),
            ("1.7 Number of children in this request", str(len(ref.kids))),
        ]
    )
    doc.h("2. Professionals")
    doc.sdt(
        [
            ("2.1 Social worker (allocated)", ref.sw[0]),
            ("2.2 Social worker telephone", ref.sw[2] or ""),
            ("2.3 Social worker email", ref.sw[1] or ""),
            ("2.4 Team manager", " / ".join(x for x in _people(ref, "manager") if x)),
            ("2.5 Form completed by", " / ".join(x for x in _people(ref, "officer") if x)),
            *(
                [
                    (
                        "2.6 Children's Guardian (Cafcass)",
                        " / ".join(x for x in ref.people["guardian"] if x),
                    )
                ]
                if "guardian" in ref.people
                else []
            ),
        ]
    )
    for index, kid in enumerate(ref.kids):
        n = 3 + index
        doc.h(f"{n}. Child {index + 1}" if len(ref.kids) > 1 else f"{n}. The child")
        doc.sdt(
            [
                (f"{n}.1 Forename(s)", kid.first),
                (f"{n}.2 Surname", kid.last),
                (f"{n}.3 Preferred name", kid.known_as or ""),
                (f"{n}.4 Date of birth", fd(kid.dob, "dmy", "Not known")),
                (f"{n}.5 Gender", gender_word(kid)),
                (f"{n}.6 Legal status", kid.legal_text),
                (f"{n}.7 School / nursery", school_words(kid, "")),
                (f"{n}.8 Health (physical, emotional, medication)", kid.health or "To follow"),
                (f"{n}.9 Family time", ft_words(kid)),
                (f"{n}.10 Previous placements", history_words(kid)),
            ]
        )
        if kid.background:
            doc.p(kid.background)
        doc.h2(f"{n}.11 Risks")
        doc.kv(risk_prompts(kid, r))
    return doc


def hub_pft(ref: Ref) -> Doc:
    """A regional commissioning hub's Placement Finding Team referral (per-child columns)."""
    r = rng(ref)
    hub = ref.extra.get("hub", "Regional Placement Finding Team")
    doc = Doc(
        f"{hub} - Referral Form",
        header="OFFICIAL-SENSITIVE",
        footer=f"{hub} referral form (rev. 2026)",
    )
    officer = ref.people.get("referrer") or _people(ref, "officer")
    doc.h("Section A: Placing authority")
    doc.kv4(
        [
            ("Placing authority", ref.la_name, "Date of referral", fd(ref.date, "long")),
            (ref.ref_label, ref.ref or "", "Referrer", f"{officer[0]} (Placement Officer)"),
            ("Allocated SW", ref.sw[0], "SW mobile", ref.sw[2] or ""),
            ("SW email", ref.sw[1] or "", "Referrer email", officer[1]),
        ]
    )
    doc.h("Section B: Placement sought")
    doc.kv4(
        [
            ("Placement type", SETTING_WORDS[ref.setting], "Start", start_words(ref, "long")),
            ("Emergency / planned", ref.urgency.title(), "Length", DURATION_WORDS[ref.duration]),
        ]
    )
    doc.h("Section C: Child / children")
    names = [kid.known_as or kid.first for kid in ref.kids]
    rows = [
        ["First name", *[kid.first for kid in ref.kids]],
        ["Surname", *[kid.last for kid in ref.kids]],
        ["DOB", *[fd(kid.dob, "dot", "Not known") for kid in ref.kids]],
        ["Sex", *[gender_word(kid, "letter") for kid in ref.kids]],
        ["Legal status", *[kid.legal_text for kid in ref.kids]],
        ["School", *[school_words(kid, "") for kid in ref.kids]],
        ["Health", *[kid.health or "" for kid in ref.kids]],
        ["Family time", *[ft_words(kid, "") for kid in ref.kids]],
        ["Placements to date", *[history_words(kid, "") for kid in ref.kids]],
    ]
    doc.grid(["", *names], rows)
    for kid in ref.kids:
        if kid.background:
            doc.p(kid.background)
    doc.h("Section D: Risks")
    if len(ref.kids) > 1:
        header, rows = risk_per_cell(ref.kids, r)
    else:
        header, rows = risk_grid3(ref.kids[0])
    doc.grid(header, rows)
    return doc


def edge_short_break(ref: Ref) -> Doc:
    """An edge-of-care / short breaks request: values on the line after their label."""
    kid = ref.kids[0]
    r = rng(ref)
    doc = Doc(
        "Edge of Care - Request for Short Breaks / Respite",
        header=f"{ref.la_name} Early Help and Edge of Care Service",
    )
    doc.below(
        [
            ("Date of request", fd(ref.date, "ord", "")),
            (ref.ref_label, ref.ref or ""),
            ("Child's name", f"{kid.first} {kid.last}"),
            ("Date of birth / age", f"{fd(kid.dob, 'dmy', 'Not known')} ({age_text(kid, ref)})"),
            ("Gender", gender_word(kid)),
            ("Legal basis for short breaks", kid.legal_text),
            (
                "Lead professional / social worker",
                f"{ref.sw[0]}, {ref.sw[2] or ''}, {ref.sw[1] or ''}",
            ),
            ("Referred by", " ".join(_people(ref, "officer")[:1]) + " (Edge of Care Practitioner)"),
            (
                "Type of short break requested",
                SETTING_WORDS[ref.setting] + " - " + DURATION_WORDS[ref.duration],
            ),
            ("Pattern of breaks", ref.extra.get("pattern", "")),
            ("First break from", start_words(ref, "ord")),
            ("School", school_words(kid, "")),
            (
                "Health and disability",
                kid.health or ref.extra.get("health_gap", "Health information to follow"),
            ),
            ("Family time while on a break", ft_words(kid)),
            ("Any previous care episodes", history_words(kid)),
        ]
    )
    if kid.background:
        doc.h("Family background")
        doc.p(kid.background)
    doc.h("Risks")
    doc.below(risk_prompts(kid, r))
    return doc


def supported_16(ref: Ref) -> Doc:
    """A 16+ supported accommodation referral: numbered questions, answers below."""
    kid = ref.kids[0]
    r = rng(ref)
    doc = Doc(
        "16+ Supported Accommodation Referral",
        header=f"{ref.la_name} - Leaving Care and 16+ Service",
        footer="Please return to the Commissioning Team. OFFICIAL-SENSITIVE",
    )
    pronouns = {"male": "he/him", "female": "she/her", "other": "they/them"}.get(
        kid.gender or "", ""
    )
    doc.below(
        [
            (
                "1. Young person's full name",
                f"{kid.first} {kid.last}" + (f" (prefers {kid.known_as})" if kid.known_as else ""),
            ),
            ("2. Date of birth", fd(kid.dob, "long", "Unknown")),
            ("3. Pronouns", kid.gender_text or pronouns),
            ("4. " + ref.ref_label, ref.ref or ""),
            ("5. Legal status", kid.legal_text),
            ("6. Date referral completed", fd(ref.date, "long", "")),
            (
                "7. Personal adviser / social worker",
                f"{ref.sw[0]}\n{ref.sw[1] or ''}\n{ref.sw[2] or ''}",
            ),
            (
                "8. Level of support needed",
                ref.extra.get("support", "Shared house with staff 24/7"),
            ),
            ("9. Move-in date", start_words(ref, "long")),
            ("10. Planned or emergency?", "Emergency" if ref.urgency == "emergency" else "Planned"),
            ("11. How long is the placement expected to last?", DURATION_WORDS[ref.duration]),
            ("12. Education, employment or training", school_words(kid, "")),
            ("13. Health needs and medication", kid.health or "To follow from the LAC nurse"),
            ("14. Family and friends time", ft_words(kid)),
            ("15. Where has the young person lived before?", history_words(kid)),
        ]
    )
    if kid.background:
        doc.p(kid.background)
    doc.h("16. Risk assessment")
    if ref.risk_style == "prose":
        doc.p(risk_prose(kid, r))
    else:
        doc.below(risk_prompts(kid, r))
    return doc


def secure_stepdown(ref: Ref) -> Doc:
    """A secure-to-open step-down referral: the current secure placement is history."""
    kid = ref.kids[0]
    r = rng(ref)
    doc = Doc(
        "Step-Down Referral: Secure to Open Residential",
        header=ref.la_name,
        footer=f"Step-down plan - {kid.first} {kid.last[0]}.",
    )
    doc.kv(
        [
            ("Young person", f"{kid.first} {kid.last}"),
            ("D.O.B.", fd(kid.dob, "dmy")),
            ("Gender", gender_word(kid)),
            (ref.ref_label, ref.ref or ""),
            ("Legal status", kid.legal_text),
            ("Referral date", fd(ref.date, "dmy")),
            ("Current placement", ref.extra.get("current", "")),
            (
                "Placement sought",
                SETTING_WORDS[ref.setting]
                + ", "
                + ref.extra.get("occupancy", "solo or small home"),
            ),
            ("Planned move date", start_words(ref, "dmy")),
            ("Duration", DURATION_WORDS[ref.duration]),
            ("Allocated social worker", ref.sw[0]),
            ("Contact", f"{ref.sw[2] or ''} / {ref.sw[1] or ''}"),
            ("Secure unit keyworker", " ".join(_people(ref, "keyworker")[:1])),
        ]
    )
    doc.h("Why step-down now")
    doc.p(ref.extra.get("reason", ""))
    doc.h("Risks")
    if ref.risk_style == "prose":
        doc.p(risk_prose(kid, r))
    else:
        header, rows = risk_grid_yn(kid)
        doc.grid(header, rows)
    doc.h("Health, education and family")
    doc.kv(
        [
            ("Health", kid.health or "Awaiting CAMHS summary"),
            ("Education", school_words(kid, "")),
            ("Family time", ft_words(kid)),
        ]
    )
    doc.h("Placement history")
    doc.grid(
        ["From", "To", "Placement", "Ended because"], history_rows(kid)
    ) if kid.history else doc.p(history_words(kid))
    return doc


def matching_minutes(ref: Ref) -> Doc:
    """Minutes of a matching meeting; the referral's facts sit in the discussion."""
    r = rng(ref)
    chair, manager, fsw = _people(ref, "chair"), _people(ref, "manager"), _people(ref, "fsw")
    doc = Doc(
        "Matching Meeting - Minutes",
        header=f"{ref.la_name} Fostering Service",
        footer="These minutes are confidential.",
    )
    doc.kv(
        [
            ("Date of meeting", fd(ref.date, "long")),
            ("Venue", "Microsoft Teams"),
            (ref.ref_label, ref.ref or ""),
        ]
    )
    doc.grid(
        ["Name", "Role", "Contact"],
        [
            [chair[0], "Chair (Fostering Team Manager)", chair[1]],
            [ref.sw[0], "Child's social worker", f"{ref.sw[1] or ''} {ref.sw[2] or ''}".strip()],
            [manager[0], "Team Manager, Children in Care", manager[1]],
            [fsw[0], "Supervising social worker (carers)", fsw[2]],
        ],
    )
    names = " and ".join(kid.first for kid in ref.kids)
    doc.h("1. Purpose")
    doc.p(
        f"To consider the match of {names} with the proposed carers for a "
        f"{DURATION_WORDS[ref.duration].lower()} {SETTING_WORDS[ref.setting].lower()} placement, "
        f"{'as an emergency' if ref.urgency == 'emergency' else 'on a planned basis'}, moving on "
        f"{start_words(ref, 'long')}."
    )
    doc.h("2. The children" if len(ref.kids) > 1 else "2. The child")
    for kid in ref.kids:
        pronoun = {"male": "He", "female": "She"}.get(kid.gender or "", "They")
        doc.p(
            f"{kid.first} {kid.last} (born {fd(kid.dob, 'long', 'date not known')}) is "
            f"{'a boy' if kid.gender == 'male' else 'a girl' if kid.gender == 'female' else 'a child'} "
            f"of {age_text(kid, ref)}. {pronoun} is {kid.legal_text}. {pronoun} attends "
            f"{school_words(kid, 'a school not yet confirmed')}. Health: {(kid.health or 'not discussed').rstrip('.')}. "
            f"Placements: {history_words(kid)} Family time: {ft_words(kid)}."
        )
        if kid.background:
            doc.p(kid.background)
        doc.p(f"Risks ({kid.first}): {risk_prose(kid, r)}")
    doc.h("3. Decision")
    doc.p(
        ref.extra.get(
            "decision", "The panel supported the match. Actions: SSW to share the carers' profile."
        )
    )
    return doc


def camhs_discharge(ref: Ref) -> Doc:
    """A Tier 4 CAMHS discharge referral for a placement; clinicians are not the SW."""
    kid = ref.kids[0]
    r = rng(ref)
    consultant = _people(ref, "consultant")
    doc = Doc(
        "Tier 4 CAMHS - Discharge Planning: Referral for Placement",
        header=f"{ref.extra.get('unit', 'Adolescent Inpatient Unit')} with {ref.la_name}",
        footer="NHS and local authority joint document - confidential",
    )
    doc.kv4(
        [
            (
                "Patient / young person",
                f"{kid.first} {kid.last}",
                "NHS number",
                ref.extra.get("nhs", ""),
            ),
            ("Date of birth", fd(kid.dob, "dmy"), "Gender", gender_word(kid)),
            (ref.ref_label, ref.ref or "", "Legal status", kid.legal_text),
            (
                "Referral date",
                fd(ref.date, "dmy", ""),
                "Estimated discharge",
                start_words(ref, "dmy"),
            ),
        ]
    )
    doc.kv(
        [
            (
                "Responsible clinician",
                f"{consultant[0]}, Consultant Child & Adolescent Psychiatrist, {consultant[2]}",
            ),
            ("Local authority social worker", ref.sw[0]),
            ("Social worker contact", f"{ref.sw[1] or ''}; {ref.sw[2] or ''}"),
            (
                "Placement needed",
                SETTING_WORDS[ref.setting]
                + f" ({DURATION_WORDS[ref.duration].lower()}, {ref.urgency})",
            ),
        ]
    )
    doc.h("Clinical summary and health needs")
    doc.p(kid.health or "Discharge summary to follow.")
    doc.h("Risk formulation")
    doc.p(risk_prose(kid, r))
    doc.h("Education")
    doc.p(school_words(kid, ""))
    doc.h("Family and placements")
    doc.kv([("Family time", ft_words(kid)), ("Placement history", history_words(kid))])
    if kid.background:
        doc.p(kid.background)
    return doc


def prebirth_pc(ref: Ref) -> Doc:
    """A pre-birth / parent-and-child assessment referral: the parent first, then the baby."""
    kid = ref.kids[0]
    r = rng(ref)
    parent = ref.parent
    doc = Doc(
        "Referral for Parent and Child Assessment Placement (Pre-birth / Newborn)",
        header=ref.la_name
        if "Social Care" in ref.la_name
        else f"{ref.la_name} - Children's Social Care",
        footer="Parent and child referral - OFFICIAL SENSITIVE",
    )
    doc.kv(
        [
            ("Date of referral", fd(ref.date, "dmy", "")),
            (ref.ref_label, ref.ref or ""),
            (
                "Type of placement",
                ref.extra.get("type", "Parent and child foster placement (mother and baby)"),
            ),
            ("Assessment length", ref.extra.get("length", "12 weeks (residential assessment)")),
            ("Start", start_words(ref, "long")),
            ("Urgency", ref.extra.get("urgency_words", "Planned")),
            ("Social worker (baby)", ref.sw[0]),
            ("Telephone", ref.sw[2] or ""),
            ("Email", ref.sw[1] or ""),
            *(
                [("Children's Guardian", ", ".join(x for x in ref.people["guardian"] if x))]
                if "guardian" in ref.people
                else []
            ),
        ]
    )
    doc.h("Part 1: Parent")
    doc.kv(
        [
            ("Name", parent["name"]),
            ("Date of birth", parent["dob"]),
            ("Relationship to baby", parent.get("relation", "Mother")),
            ("Parent's needs", parent["needs"]),
            ("Risks (parent)", parent["risks"]),
        ]
    )
    doc.h("Part 2: Baby")
    doc.kv(
        [
            ("Baby's name", f"{kid.first} {kid.last}"),
            ("Date of birth / EDD", fd(kid.dob, "dmy", "Not yet born")),
            ("Sex", gender_word(kid)),
            ("Legal status", kid.legal_text),
            ("Health", kid.health or "To follow"),
            ("Education", school_words(kid, "")),
            ("Family time (other family members)", ft_words(kid)),
            ("Care history", history_words(kid)),
        ]
    )
    doc.h("Part 3: Risks to the baby")
    doc.p(ref.extra.get("baby_risks") or risk_prose(kid, r))
    if kid.background:
        doc.h("Part 4: Background")
        doc.p(kid.background)
    return doc


def chronology(ref: Ref) -> Doc:
    """A referral with a chronology table: care rows are the placement history."""
    kid = ref.kids[0]
    r = rng(ref)
    doc = Doc(
        "Placement Referral with Chronology",
        header=ref.la_name,
        footer=f"Chronology extract for {kid.first}",
    )
    doc.kv(
        [
            ("Name", f"{kid.last.upper()}, {kid.first}"),
            ("DOB", fd(kid.dob, "short")),
            ("Gender", gender_word(kid)),
            (ref.ref_label, ref.ref or ""),
            ("Status", kid.legal_text),
            ("Date", fd(ref.date, "dmy")),
            ("Allocated SW", f"{ref.sw[0]} - {ref.sw[2] or ''} - {ref.sw[1] or ''}"),
            (
                "Placement sought",
                f"{SETTING_WORDS[ref.setting]}; {DURATION_WORDS[ref.duration]}; {ref.urgency}",
            ),
            ("From", start_words(ref, "dmy")),
            ("School", school_words(kid, "")),
            ("Health", kid.health or "To follow"),
            ("Family time", ft_words(kid)),
            ("Previous placements", "See chronology below (care episodes marked *)."),
        ]
    )
    doc.h("Risks")
    header, rows = risk_grid_yn(kid, ticks=False)
    doc.grid(header, rows)
    doc.h("Chronology of significant events")
    events = list(ref.extra.get("events", []))
    events += [
        [start, f"* Placed: {kind} (until {end}; {why})"]
        for start, end, kind, why in kid.history or []
    ]
    events.sort(key=lambda row: row[0][-4:] + row[0][3:5] + row[0][:2])
    doc.grid(["Date", "Event"], events)
    if kid.background:
        doc.p(kid.background)
    del r
    return doc


def yn_grid(ref: Ref) -> Doc:
    """A referral whose risk page has Yes / No columns and a free-text Details column."""
    r = rng(ref)
    doc = Doc(
        ref.extra.get("title", "Referral for Placement"),
        header=ref.la_name,
        footer="Completed by the allocated social worker",
    )
    struck = ref.fmt == "docx" or (ref.fmt == "eml" and not ref.extra.get("alternative"))
    if struck:
        _delete_lines(doc, ref)
    doc.kv(
        [
            (ref.ref_label, ref.ref or ""),
            ("Date completed", fd(ref.date, "long", "")),
            ("Social worker", ref.sw[0]),
            ("Tel", ref.sw[2] or ""),
            ("E-mail", ref.sw[1] or ""),
            *(
                []
                if struck
                else [
                    ("Placement type", SETTING_WORDS[ref.setting]),
                    ("Emergency?", "Yes" if ref.urgency == "emergency" else "No - planned"),
                ]
            ),
            ("Length of placement", DURATION_WORDS[ref.duration]),
            ("Start date", start_words(ref, "long")),
        ]
    )
    for index, kid in enumerate(ref.kids):
        doc.h(f"Child {index + 1}: {kid.first}" if len(ref.kids) > 1 else "Child")
        doc.kv(
            [
                ("Full name", f"{kid.first} {kid.last}"),
                ("Known as", kid.known_as or ""),
                ("Date of birth", fd(kid.dob, "dmy", "Not known")),
                ("Age and gender", f"{age_text(kid, ref)}, {gender_word(kid)}"),
                ("Legal status", kid.legal_text),
                ("School and year", school_words(kid, "")),
                ("Health needs", kid.health or ""),
                ("Family time", ft_words(kid, "")),
                ("Placement history", history_words(kid, "")),
            ]
        )
        if kid.background:
            doc.p(kid.background)
    doc.h("Risks")
    if len(ref.kids) > 1:
        header = ["Risk", "Yes", "No", "Details (each child)"]
        rows = []
        for key in RISKS:
            any_yes = any(k.state(key) in ("present", "historical", "suspected") for k in ref.kids)
            detail = ". ".join(f"{k.first}: {answer(k, key, r).rstrip('.')}" for k in ref.kids)
            rows.append(
                [LABELS["grid"][key], TICK if any_yes else BOX, BOX if any_yes else TICK, detail]
            )
        doc.grid(header, rows)
    else:
        header, rows = risk_grid_yn(ref.kids[0])
        doc.grid(header, rows)
    return doc


def _delete_lines(doc: Doc, ref: Ref) -> None:
    """Word and HTML keep struck-through options: the reader must see which were deleted."""
    doc.p(
        _deleted(
            "Placement type (delete as appropriate): ",
            [
                ("Foster care", ref.setting == "fostering"),
                ("Residential", ref.setting == "residential"),
                ("Supported accommodation", ref.setting == "supported_accommodation"),
                ("Parent and child", ref.setting == "parent_and_child"),
            ],
        )
    )
    doc.p(
        _deleted(
            "This request is: ",
            [
                ("Emergency", ref.urgency == "emergency"),
                ("Planned", ref.urgency == "planned"),
            ],
        )
    )


def _deleted(prompt: str, options: list[tuple[str, bool]]) -> list[tuple[str, str]]:
    """A "delete as appropriate" line with every option but the chosen one struck through."""
    runs = [(prompt, "b")]
    for index, (label, chosen) in enumerate(options):
        if index:
            runs.append((" / ", ""))
        runs.append((label, "" if chosen else "s"))
    return runs


def caps_export(ref: Ref) -> Doc:
    """A case-system export: ALL CAPS labels, some values on the next line."""
    kid = ref.kids[0]
    r = rng(ref)
    doc = Doc(f"{ref.la_name.upper()} - CHILD PLACEMENT REFERRAL EXPORT", header="EXPORTED REPORT")
    doc.kv(
        [
            (ref.ref_label.upper(), ref.ref or ""),
            ("REFERRAL DATE", fd(ref.date, "iso", "")),
            ("FORENAME", kid.first.upper()),
            ("SURNAME", kid.last.upper()),
            ("DOB", fd(kid.dob, "iso", "")),
            ("GENDER", gender_word(kid).upper()),
            ("LEGAL STATUS", kid.legal_text.upper()),
            ("PLACEMENT TYPE", SETTING_WORDS[ref.setting].upper()),
            ("URGENCY", ref.urgency.upper()),
            ("DURATION", DURATION_WORDS[ref.duration].upper()),
            ("REQUIRED FROM", start_words(ref, "iso")),
            ("ALLOCATED WORKER", ref.sw[0].upper()),
            ("WORKER PHONE", ref.sw[2] or ""),
            ("WORKER EMAIL", ref.sw[1] or ""),
            ("ENTERED BY", _people(ref, "officer")[0].upper()),
        ]
    )
    doc.below(
        [
            ("EDUCATION PROVISION", school_words(kid, "")),
            ("HEALTH", kid.health or ""),
            ("FAMILY TIME", ft_words(kid, "")),
            ("PLACEMENT HISTORY", history_words(kid, "")),
        ]
    )
    doc.h("RISKS")
    doc.kv([(label, answer(kid, key, r).upper()) for key, label in LABELS["caps"].items()])
    if kid.background:
        doc.below([("NOTES", kid.background)])
    return doc


def narrative(ref: Ref) -> Doc:
    """An undated referral summary in paragraphs, written by the social worker."""
    r = rng(ref)
    doc = Doc(ref.extra.get("title", "Referral summary"), header=ref.la_name)
    intro = ref.extra.get("intro", "")
    if intro:
        doc.p(intro)
    names = " and ".join(f"{kid.first} {kid.last}" for kid in ref.kids)
    doc.p(
        f"I am requesting a {DURATION_WORDS[ref.duration].lower()} {SETTING_WORDS[ref.setting].lower()} "
        f"placement for {names}, {'urgently' if ref.urgency == 'emergency' else 'on a planned basis'}, "
        f"from {start_words(ref, 'long')}. {ref.ref_label}: {ref.ref or 'n/a'}."
    )
    for kid in ref.kids:
        pronoun = {"male": "He", "female": "She"}.get(kid.gender or "", "They")
        born = (
            f"was born on {fd(kid.dob, 'long')}"
            if kid.dob
            else f"is aged {kid.age} (date of birth not known)"
        )
        doc.h(f"{kid.first}")
        doc.p(
            f"{kid.first} {born}. {pronoun} is {kid.legal_text}. "
            + (f"{pronoun} attends {school_words(kid)}. " if kid.school else "")
            + (f"Health: {kid.health} " if kid.health else "")
            + (f"Family time: {ft_words(kid)}. " if kid.ft is not None or kid.ft_words else "")
            + (f"{history_words(kid)} " if kid.history is not None else "")
        )
        if kid.background:
            doc.p(kid.background)
        if len(kid.unstated) < len(RISKS):
            doc.p(risk_prose(kid, r))
    doc.p(f"{ref.sw[0]}, Social Worker. {ref.sw[2] or ''} {ref.sw[1] or ''}".strip())
    return doc


FORMS = {
    "mosaic_rfs": mosaic_rfs,
    "lcs_numbered": lcs_numbered,
    "hub_pft": hub_pft,
    "edge_short_break": edge_short_break,
    "supported_16": supported_16,
    "secure_stepdown": secure_stepdown,
    "matching_minutes": matching_minutes,
    "camhs_discharge": camhs_discharge,
    "prebirth_pc": prebirth_pc,
    "chronology": chronology,
    "yn_grid": yn_grid,
    "caps_export": caps_export,
    "narrative": narrative,
}
