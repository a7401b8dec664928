# ruff: noqa: RUF001
"""training_q's Word and PDF layouts: each has its own labels, its own names for the
eleven risks and its own words for a risk's state."""

from __future__ import annotations

from datetime import date

from training_q_model import RISKS, Kid, Spec
from training_q_write import docx_bytes, long_date, pdf_bytes, status_words

__all__ = ["WORD_PDF", "dob_text", "family_text", "history_text", "school_text"]


def dob_text(kid: Kid, style: str) -> str:
    if kid.dob is None:
        return {"slash": f"not known (age {kid.age})", "long": f"aged {kid.age}"}.get(
            style, f"{kid.age} years"
        )
    if style == "slash":
        return kid.dob.strftime("%d/%m/%Y")
    if style == "dots":
        return kid.dob.strftime("%d.%m.%y")
    if style == "iso":
        return kid.dob.isoformat()
    return long_date(kid.dob)


def family_text(kid: Kid, joiner: str = "; ") -> str:
    if not kid.family:
        return kid.family_words
    return joiner.join(visit.text for visit in kid.family)


def history_text(kid: Kid, joiner: str = "; ") -> str:
    if not kid.history:
        return kid.history_words
    return joiner.join(kid.history)


def school_text(kid: Kid) -> str:
    return kid.school_words or kid.school or ""


def gender_text(kid: Kid, forms: tuple[str, str]) -> str:
    return "" if kid.gender is None else forms[0] if kid.gender == "male" else forms[1]


def _date(day: date | None, fmt: str, blank: str = "") -> str:
    return blank if day is None else day.strftime(fmt) if "%" in fmt else long_date(day)


def _parent_rows(spec: Spec) -> list[list[str]]:
    parent = spec.parent
    assert parent is not None
    return [
        [f"{parent.relation.capitalize()}'s name", parent.name],
        ["Age", f"{parent.age}"],
        [f"About {parent.relation} (her or his own history)", parent.history],
    ]


# ---- viability_negative (docx) -------------------------------------------------------

VIABILITY_RISKS = {
    "dsh": "Hurting self",
    "cse": "Sexual exploitation",
    "cce": "Exploited by gangs / county lines",
    "drugs": "Drugs or alcohol",
    "eating": "Eating difficulties",
    "missing": "Going missing",
    "violence": "Violence to others",
    "hsb": "Sexually harmful behaviour",
    "fire": "Setting fires",
    "animals": "Cruelty to animals",
    "exploits": "Drawing others into crime",
}
VIABILITY_MARKS = {"present": 0, "historical": 1, "suspected": 2, "none_known": 3}


def viability_negative(spec: Spec) -> bytes:
    assessor = spec.people["assessor"]
    carer = spec.people["carer"]
    blocks: list[tuple] = [
        ("h", "Connected Person Viability Assessment – Outcome and Request for Placement"),
        (
            "table",
            [
                ["Case No.", spec.la_reference or ""],
                ["Connected person assessed", f"{carer.name} ({carer.role})"],
                ["Viability completed by", f"{assessor.name}, {assessor.role}"],
                ["Assessor's direct line", assessor.phone or ""],
                ["Outcome dated", spec.note],
                ["Outcome", "NOT RECOMMENDED – see reasons"],
                ["Request sent to Placements", _date(spec.referral_date, "%d/%m/%Y")],
                ["Child's social worker", spec.worker.name],
                ["SW email", spec.worker.email or ""],
                ["SW telephone", spec.worker.phone or ""],
            ],
        ),
        ("b", "Reasons the connected person cannot care"),
        ("p", spec.story),
        (
            "table",
            [
                ["Placement wanted", spec.people["wanted"].name],
                ["Urgency", spec.people["wanted"].role],
                ["From", _date(spec.start, "long") or spec.start_words],
            ],
        ),
    ]
    if spec.parent:
        blocks += [("b", "Part 1: Mum"), ("table", _parent_rows(spec))]
    for number, kid in enumerate(spec.kids, 1):
        blocks += [
            ("b", f"Child {number}" if not spec.parent else "Part 2: Baby"),
            (
                "table",
                [
                    ["Forename(s)", kid.first],
                    ["Surname", kid.last],
                    ["DOB", dob_text(kid, "slash")],
                    ["Sex", gender_text(kid, ("Male", "Female"))],
                    ["Status", status_words(kid.legal, 0, kid.legal_words)],
                    ["Nursery / school", school_text(kid)],
                    ["Health", kid.health or ""],
                    ["Seeing family", family_text(kid)],
                    ["No contact with", ", ".join(kid.no_contact) or "No one named"],
                    ["Where has the child lived (care)", history_text(kid)],
                ],
            ),
            ("p", "Concerns – tick one box per row (✓)"),
        ]
        rows = [["Concern", "Yes – now", "Yes – in past", "Query", "No", "Comment"]]
        for short, label in VIABILITY_RISKS.items():
            state, words = kid.risk[short]
            marks = [""] * 4
            if state in VIABILITY_MARKS:
                marks[VIABILITY_MARKS[state]] = "✓"
            rows.append([label, *marks, words])
        blocks.append(("table", rows, True))
    return docx_bytes(blocks, header=spec.la_name, footer="OFFICIAL – SENSITIVE")


# ---- dols_inherent (docx) -------------------------------------------------------------

DOLS_RISKS = {
    "dsh": "Self-injury",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Substance misuse",
    "eating": "Disordered eating",
    "missing": "Absconding / missing",
    "violence": "Assaults on others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "animals": "Animal cruelty",
    "exploits": "Recruiting peers into offending",
}
DOLS_STATES = {
    "present": "Current",
    "historical": "Previously",
    "suspected": "Suspected",
    "none_known": "Nil",
}


def dols_inherent(spec: Spec) -> bytes:
    solicitor = spec.people["solicitor"]
    kid = spec.kids[0]
    filed = _date(spec.referral_date, "long", "DRAFT – not yet filed")
    blocks: list[tuple] = [
        ("h", f"{spec.la_name}: Deprivation of Liberty (Inherent Jurisdiction)"),
        ("b", "Placement search summary to accompany the application"),
        (
            "p",
            f"1. This summary is dated {filed}. The local authority will apply to the High Court "
            f"for authority to deprive {kid.first} of liberty in a registered placement. The "
            f"hearing is listed for {spec.note}.",
        ),
        (
            "p",
            f"2. The allocated social worker is {spec.worker.name} "
            f"({spec.worker.email}"
            + (f", tel. {spec.worker.phone}" if spec.worker.phone else "")
            + f"). Legal queries go to {solicitor.name}, {solicitor.role}, on "
            f"{solicitor.phone}, not to the social worker.",
        ),
        ("p", f"3. Background. {spec.story}"),
        (
            "table",
            [
                ["Mosaic no.", spec.la_reference or ""],
                ["Young person", f"{kid.last.upper()}, {kid.first}"],
                ["Likes to be called", kid.known_as or kid.first],
                ["D.O.B.", dob_text(kid, "dots")],
                ["Gender", gender_text(kid, ("M", "F"))],
                ["Current legal status", status_words(kid.legal, 1, kid.legal_words)],
                ["Education", school_text(kid)],
                ["Health / diagnoses", kid.health or ""],
                ["Family time", family_text(kid)],
                ["Must not see", ", ".join(kid.no_contact) or "—"],
                ["Care history (most recent last)", history_text(kid, "\n\n")],
                ["Placement type sought", spec.people["wanted"].name],
                ["Urgency / length", spec.people["wanted"].role],
                ["Needed from", _date(spec.start, "long") or spec.start_words],
            ],
        ),
        ("b", "4. Restrictions proposed"),
        (
            "table",
            [
                ["Restriction", "Proposed"],
                ["Locked external doors", "Yes"],
                ["2:1 staffing in the community", "Yes"],
                ["Removal of mobile phone at night", "Yes"],
            ],
            True,
        ),
        ("b", "5. Risks (status in brackets)"),
    ]
    for short, label in DOLS_RISKS.items():
        state, words = kid.risk[short]
        if state == "not_stated":
            blocks.append(("p", f"{label}:"))
        else:
            blocks.append(("p", f"{label} ({DOLS_STATES[state]}): {words}".rstrip(": ")))
    return docx_bytes(blocks, header="Legal privilege may apply", footer=spec.la_name)


# ---- management_oversight (docx) -------------------------------------------------------

OVERSIGHT_RISKS = {
    "dsh": "Self harm",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Drug / alcohol use",
    "eating": "Eating disorder",
    "missing": "Missing from home / care",
    "violence": "Physical aggression",
    "hsb": "HSB",
    "fire": "Arson / fire",
    "animals": "Harm to animals",
    "exploits": "Exploiting others",
}
OVERSIGHT_STATES = {
    "present": "Y – now",
    "historical": "Past",
    "suspected": "Query",
    "none_known": "No",
    "not_stated": "",
}


def management_oversight(spec: Spec) -> bytes:
    manager = spec.people["manager"]
    names = [kid.first for kid in spec.kids]
    blocks: list[tuple] = [
        ("h", "Management Oversight – Case Direction"),
        (
            "table",
            [
                ["Recorded by", f"{manager.name}, {manager.role}"],
                ["Manager's mobile", manager.phone or ""],
                ["Date of direction", _date(spec.referral_date, "%d %b %Y", "")],
                ["Family ID", spec.la_reference or ""],
                ["Case held by", f"{spec.worker.name} – {spec.worker.email}"],
                ["Worker's number", spec.worker.phone or ""],
            ],
        ),
        ("b", "Summary of the situation"),
        ("p", spec.story),
        ("b", "Direction"),
        (
            "p",
            f"1. Social worker to request {spec.people['wanted'].name} "
            f"({spec.people['wanted'].role}) from {_date(spec.start, 'long') or spec.start_words}."
            f"\n2. Placements to send the profile below to in-house and IFA carers.",
        ),
        ("b", "Children"),
    ]
    rows = [["", *names]]
    rows += [
        ["Full name", *[kid.name for kid in spec.kids]],
        ["Date of birth", *[dob_text(kid, "long") for kid in spec.kids]],
        ["Boy / girl", *[gender_text(kid, ("Boy", "Girl")) for kid in spec.kids]],
        ["Legal basis", *[status_words(k.legal, 2, k.legal_words) for k in spec.kids]],
        ["School", *[school_text(kid) for kid in spec.kids]],
        ["Health", *[kid.health or "" for kid in spec.kids]],
        ["Family time", *[family_text(kid) for kid in spec.kids]],
        ["No contact", *[", ".join(kid.no_contact) or "None" for kid in spec.kids]],
        ["Previous care", *[history_text(kid) for kid in spec.kids]],
    ]
    blocks.append(("table", rows, True))
    blocks.append(("b", "Risk summary (Y – now / Past / Query / No)"))
    risk_rows = [["Risk", *names]]
    for short, label in OVERSIGHT_RISKS.items():
        cells = []
        for kid in spec.kids:
            state, words = kid.risk[short]
            cells.append(f"{OVERSIGHT_STATES[state]} {words}".strip())
        risk_rows.append([label, *cells])
    blocks.append(("table", risk_rows, True))
    blocks.append(("p", f"Signed: {manager.name}"))
    return docx_bytes(blocks, header=spec.la_name, footer="Mosaic step: Management Oversight")


# ---- consortium_freq (docx) -----------------------------------------------------------

CONSORTIUM_RISKS = {
    "dsh": "Deliberate self-harm",
    "cse": "Sexual exploitation (CSE)",
    "cce": "Criminal exploitation (CCE)",
    "drugs": "Substance use",
    "eating": "Eating disorder",
    "missing": "Missing episodes",
    "violence": "Aggression / violence",
    "hsb": "Sexualised or harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "exploits": "Involving others in crime",
}
CONSORTIUM_COLUMN = {"present": 0, "historical": 1, "suspected": 2, "none_known": 3}


def _box(on: bool) -> str:
    return "☒" if on else "☐"


def consortium_freq(spec: Spec) -> bytes:
    consortium = spec.people["consortium"]
    wanted = spec.people["wanted"]
    blocks: list[tuple] = [
        ("h", f"{consortium.name} – Common Placement Referral"),
        ("p", f"Placing authority: {spec.la_name}"),
        ("b", "Section A – Referral details"),
        (
            "table",
            [
                ["A1 Date of referral", _date(spec.referral_date, "%d/%m/%y", "")],
                ["A2 LA child ref (LCS)", spec.la_reference or ""],
                ["A3 Allocated social worker", spec.worker.name],
                ["A4 Email", spec.worker.email or ""],
                ["A5 Telephone", spec.worker.phone or ""],
                ["A6 Consortium officer (not the SW)", f"{consortium.role} {consortium.phone}"],
            ],
        ),
        ("b", "Section B – Placement required"),
        (
            "table",
            [
                [
                    f"{_box(wanted.name == 'Fostering')} Fostering",
                    "☐ Residential",
                    f"{_box(wanted.name == 'Parent and child')} Parent and child",
                ],
                [
                    f"{_box(spec.urgency == 'emergency')} Emergency",
                    f"{_box(spec.urgency == 'planned')} Planned",
                    "",
                ],
                [
                    f"{_box(spec.duration == 'short_term')} Short term",
                    f"{_box(spec.duration == 'long_term')} Long term",
                    "",
                ],
                ["Start", _date(spec.start, "long") or spec.start_words, ""],
            ],
        ),
        ("b", "Section C – Reason for referral"),
        ("p", spec.story),
    ]
    for number, kid in enumerate(spec.kids, 1):
        blocks += [
            ("b", f"Section D{number} – Child"),
            (
                "table",
                [
                    ["Name", kid.name, "Known as", kid.known_as or ""],
                    [
                        "DOB / age",
                        dob_text(kid, "slash"),
                        "Gender",
                        gender_text(kid, ("Male", "Female")),
                    ],
                    [
                        "Legal status",
                        status_words(kid.legal, 0, kid.legal_words),
                        "School",
                        school_text(kid),
                    ],
                    [
                        "Health",
                        kid.health or "",
                        "Allergies",
                        kid.allergies
                        if kid.allergies
                        else "None known"
                        if kid.allergies == ""
                        else "",
                    ],
                    [
                        "Family time",
                        family_text(kid),
                        "No contact with",
                        ", ".join(kid.no_contact) or "n/a",
                    ],
                    ["Placement history", history_text(kid), "", ""],
                ],
            ),
            ("p", "Risk – tick the box that applies and give details"),
        ]
        rows = [["Risk", "Last 12 months", "Earlier only", "Suspected", "Never", "Details"]]
        for short, label in CONSORTIUM_RISKS.items():
            state, words = kid.risk[short]
            column = CONSORTIUM_COLUMN.get(state)
            rows.append([label, *[_box(column == n) for n in range(4)], words])
        blocks.append(("table", rows, True))
    return docx_bytes(blocks, header=consortium.name, footer="Version 4 – consortium members only")


# ---- pathway_plan (pdf) ---------------------------------------------------------------

PATHWAY_RISKS = {
    "dsh": "hurting myself",
    "cse": "being sexually exploited",
    "cce": "being criminally exploited",
    "drugs": "drugs or alcohol",
    "eating": "an eating disorder",
    "missing": "going missing",
    "violence": "hurting other people",
    "hsb": "sexually harming others",
    "fire": "setting fires",
    "animals": "hurting animals",
    "exploits": "getting others involved in crime",
}
PATHWAY_STATES = {
    "present": "Yes, now.",
    "historical": "I used to.",
    "suspected": "People worry about this.",
    "none_known": "No.",
    "not_stated": "",
}


def pathway_plan(spec: Spec) -> bytes:
    adviser = spec.people["adviser"]
    blocks: list[tuple] = [
        ("h", f"{spec.la_name} Leaving Care Service – My Pathway Plan (review)"),
        (
            "table",
            [
                [
                    "Plan reviewed",
                    spec.note,
                    "Sent to placements",
                    _date(spec.referral_date, "long"),
                ],
                [
                    "LCS ID",
                    spec.la_reference or "",
                    "Personal Adviser",
                    f"{adviser.name} {adviser.phone}",
                ],
                [
                    "Social worker",
                    spec.worker.name,
                    "SW contact",
                    " ".join(filter(None, (spec.worker.email, spec.worker.phone))),
                ],
            ],
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("b", f"About me: {kid.name}"),
            (
                "table",
                [
                    [
                        "Date of birth",
                        dob_text(kid, "long"),
                        "Gender",
                        gender_text(kid, ("male", "female")),
                    ],
                    [
                        "Legal status",
                        status_words(kid.legal, 2, kid.legal_words),
                        "Education / training",
                        school_text(kid),
                    ],
                    ["My health", kid.health or "", "Who I see", family_text(kid)],
                    [
                        "Who I don't see",
                        ", ".join(kid.no_contact) or "-",
                        "Where I have lived",
                        history_text(kid),
                    ],
                ],
            ),
            ("b", "Staying safe"),
        ]
        rows = [["Am I at risk of ...", "Answer", "What the plan says"]]
        for short, label in PATHWAY_RISKS.items():
            state, words = kid.risk[short]
            rows.append([label, PATHWAY_STATES[state], words])
        blocks.append(("table", rows, True))
    wanted = spec.people["wanted"]
    blocks += [
        ("b", "Accommodation: what I need next"),
        ("p", spec.story),
        (
            "p",
            f"Type: {wanted.name}. {wanted.role} Move date: {_date(spec.start, 'long') or spec.start_words}.",
        ),
    ]
    return pdf_bytes(blocks, title="Pathway Plan")


# ---- essential_info (pdf) -------------------------------------------------------------

ESSENTIAL_RISKS = {
    "dsh": "SH (self-harm)",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "SUB (substances)",
    "eating": "ED (eating)",
    "missing": "MFC (missing from care)",
    "violence": "AGG (aggression to others)",
    "hsb": "HSB",
    "fire": "FIRE",
    "animals": "ANI (animals)",
    "exploits": "EXP (exploiting others)",
}
ESSENTIAL_CODES = {
    "present": "A",
    "historical": "H",
    "suspected": "U",
    "none_known": "X",
    "not_stated": "",
}


def essential_info(spec: Spec) -> bytes:
    blocks: list[tuple] = [
        ("h", "Placement Information Record – essential information for carers"),
        ("p", f"Issued by {spec.la_name} Children's Social Care. Complete for every child."),
        (
            "table",
            [
                [
                    "Record date",
                    _date(spec.referral_date, "%d-%m-%Y"),
                    "ICS ID",
                    spec.la_reference or "",
                ],
                ["Social worker", spec.worker.name, "Email", spec.worker.email or ""],
                [
                    "SW phone",
                    spec.worker.phone or "",
                    "Out of hours (EDT)",
                    spec.people["edt"].phone or "",
                ],
                [
                    "Placement type",
                    spec.people["wanted"].name,
                    "Urgency",
                    spec.people["wanted"].role,
                ],
                ["Placement to begin", _date(spec.start, "%d-%m-%Y") or spec.start_words, "", ""],
            ],
        ),
        ("p", spec.story),
        ("p", "Risk codes: A = active now, H = historic, U = unconfirmed, X = none known."),
    ]
    for kid in spec.kids:
        blocks += [
            ("b", f"{kid.first} {kid.last.upper()}"),
            (
                "table",
                [
                    ["D.o.B.", dob_text(kid, "slash"), "Sex", gender_text(kid, ("M", "F"))],
                    [
                        "Legal",
                        status_words(kid.legal, 1, kid.legal_words),
                        "School",
                        school_text(kid),
                    ],
                    [
                        "Medical",
                        kid.health or "",
                        "Allergies",
                        kid.allergies
                        if kid.allergies
                        else "Nil known"
                        if kid.allergies == ""
                        else "",
                    ],
                    [
                        "Family time",
                        family_text(kid),
                        "NO CONTACT",
                        ", ".join(kid.no_contact) or "Nil",
                    ],
                    ["Placements so far", history_text(kid), "Known as", kid.known_as or ""],
                ],
            ),
            (
                "p",
                "Delegated authority: carers may consent to school trips, haircuts and "
                "overnight stays with friends checked by the carers.",
            ),
        ]
        rows = [["Flag", "Code", "Notes"]]
        for short, label in ESSENTIAL_RISKS.items():
            state, words = kid.risk[short]
            rows.append([label, ESSENTIAL_CODES[state], words])
        blocks.append(("table", rows, True))
    return pdf_bytes(blocks, title="Placement Information Record")


# ---- philomena_profile (pdf) ----------------------------------------------------------

PHILOMENA_RISKS = {
    "dsh": "Self-harm / suicidal thoughts",
    "cse": "Child sexual exploitation",
    "cce": "County lines / criminal exploitation",
    "drugs": "Alcohol / drugs",
    "eating": "Eating disorder",
    "missing": "Previous missing episodes",
    "violence": "Violence towards others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Harming animals",
    "exploits": "Grooms / recruits other young people",
}
PHILOMENA_STATES = {
    "present": "YES (current)",
    "historical": "PREVIOUSLY",
    "suspected": "CONCERN",
    "none_known": "NO",
    "not_stated": "",
}


def philomena_profile(spec: Spec) -> bytes:
    blocks: list[tuple] = [
        ("h", "The Philomena Protocol – Missing Person Profile and Placement Request"),
        ("p", f"{spec.la_name} / police partnership. Keep this profile with the child's file."),
        (
            "table",
            [
                ["Profile completed", spec.note, "Request sent", _date(spec.referral_date, "long")],
                ["Child ID", spec.la_reference or "", "Social worker", spec.worker.name],
                ["SW email", spec.worker.email or "", "SW mobile", spec.worker.phone or ""],
            ],
        ),
    ]
    for kid in spec.kids:
        profile = spec.people.get(kid.first)
        blocks += [
            ("b", f"Young person: {kid.name}"),
            (
                "table",
                [
                    [
                        "Date of birth",
                        dob_text(kid, "iso"),
                        "Gender",
                        gender_text(kid, ("Male", "Female")),
                    ],
                    [
                        "Legal status",
                        status_words(kid.legal, 0, kid.legal_words),
                        "School",
                        school_text(kid),
                    ],
                    [
                        "Description",
                        profile.role if profile else "",
                        "Own mobile (child's)",
                        profile.phone if profile else "",
                    ],
                    [
                        "Places frequented",
                        profile.name if profile else "",
                        "Health / medication",
                        kid.health or "",
                    ],
                    [
                        "Family time",
                        family_text(kid),
                        "Not to have contact with",
                        ", ".join(kid.no_contact) or "None",
                    ],
                    ["Care history", history_text(kid), "", ""],
                ],
            ),
        ]
        rows = [["Vulnerability", "Status", "Information"]]
        for short, label in PHILOMENA_RISKS.items():
            state, words = kid.risk[short]
            rows.append([label, PHILOMENA_STATES[state], words])
        blocks.append(("table", rows, True))
    wanted = spec.people["wanted"]
    blocks += [
        ("b", "Placement request"),
        ("p", spec.story),
        (
            "p",
            f"Sought: {wanted.name}; {wanted.role}; start {_date(spec.start, 'long') or spec.start_words}.",
        ),
    ]
    return pdf_bytes(blocks, title="Philomena Protocol")


WORD_PDF = {
    "viability_negative": (".docx", viability_negative),
    "dols_inherent": (".docx", dols_inherent),
    "management_oversight": (".docx", management_oversight),
    "consortium_freq": (".docx", consortium_freq),
    "pathway_plan": (".pdf", pathway_plan),
    "essential_info": (".pdf", essential_info),
    "philomena_profile": (".pdf", philomena_profile),
}
assert all(
    set(names) == set(RISKS)
    for names in (
        VIABILITY_RISKS,
        DOLS_RISKS,
        OVERSIGHT_RISKS,
        CONSORTIUM_RISKS,
        PATHWAY_RISKS,
        ESSENTIAL_RISKS,
        PHILOMENA_RISKS,
    )
)
