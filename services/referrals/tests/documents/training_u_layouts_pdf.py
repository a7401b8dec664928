"""training_u's PDF layouts (and the two scans): each its own labels, risk names and state
words."""

# The documents are typographic, as LAs' are: en dashes are the text, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from training_u_layouts import (
    contact_name,
    dob_text,
    family_text,
    fmt,
    gender_text,
    history_text,
    legal_text,
    risk_text,
)
from training_u_model import RISKS, Spec
from training_u_write import pdf_bytes, scan_bytes

__all__ = ["PDF"]


# --- risk_ladder (pdf, tabular, landscape) ------------------------------------------------

LADDER_NAMES = {
    "sh": "Hurting themselves",
    "cse": "Sexually exploited",
    "cce": "Criminally exploited",
    "drugs": "Drug / alcohol use",
    "eat": "Eating problems",
    "miss": "Running away / missing",
    "viol": "Hurting other people",
    "hsb": "Harmful sexual behaviour",
    "fire": "Setting fires",
    "animals": "Hurting animals",
    "cceo": "Exploiting others",
}
LADDER_COLUMNS = ("present", "historical", "suspected", "none_known")


def risk_ladder(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    blocks: list[tuple] = [
        ("title", f"{more['title']} – Placement Need Profile (risk ladder)"),
        (
            "table",
            [
                [
                    "Profile date",
                    fmt(spec.date, "slash"),
                    "Panel date",
                    fmt(more["panel"], "slash"),
                ],
                ["Child ref", spec.ref or "", "Social worker (allocated)", name],
                ["SW email", mail, "SW phone", phone or ""],
                ["Placement type", more["type"], "Timescale", spec.start_words],
                ["Profile author", more["author"], "Author phone", more["author_phone"]],
            ],
            (2, 3, 2, 3),
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("h", f"{kid.name}" + (f" (prefers {kid.known_as})" if kid.known_as else "")),
            (
                "table",
                [
                    [
                        "Date of birth",
                        dob_text(kid, "slash", "age {age}"),
                        "Gender",
                        gender_text(kid, ("Female", "Male")),
                    ],
                    ["Legal status", legal_text(kid), "School", kid.school_words],
                    [
                        "Family time",
                        family_text(kid),
                        "No contact with",
                        ", ".join(contact_name(n) for n in kid.no_contact) or "none named",
                    ],
                    [
                        "Care history",
                        history_text(kid),
                        "Health / allergies",
                        kid.health + (f" Allergies: {kid.allergy}" if kid.allergy else ""),
                    ],
                ],
                (2, 3, 2, 3),
            ),
            (
                "table",
                [
                    [
                        "Risk",
                        "Level 3 current",
                        "Level 2 historic",
                        "Level 1 concern",
                        "Level 0 none",
                        "Evidence",
                    ]
                ]
                + [
                    [LADDER_NAMES[s]]
                    + ["X" if kid.state(s) == c else "" for c in LADDER_COLUMNS]
                    + [kid.words(s)]
                    for s in RISKS
                ],
                ("H", 3, 1.3, 1.3, 1.3, 1.3, 6),
            ),
        ]
    return pdf_bytes(blocks, landscape=True, footer=more["title"])


# --- match_sheet (pdf, two columns) ------------------------------------------------------

MATCH_NAMES = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Substances",
    "eat": "Eating",
    "miss": "Missing",
    "viol": "Physical aggression",
    "hsb": "Sexualised behaviour to others",
    "fire": "Fire",
    "animals": "Animals",
    "cceo": "Gets others into crime",
}
MATCH_STATES = {
    "present": "Yes (now)",
    "historical": "Yes (past)",
    "suspected": "Maybe",
    "none_known": "No",
    "not_stated": "",
}


def match_sheet(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    request = [
        f"Referral date: {fmt(spec.date, 'short', '—')}",
        f"LA case no: {spec.ref or '—'}",
        f"Child's social worker: {name}",
        f"Email: {mail}",
        f"Phone: {phone or '—'}",
        f"Request: {more['need']}",
        f"Start: {spec.start_words}",
    ]
    carers = [
        f"Proposed carers: {more['carers']}",
        f"Supervising social worker: {more['ssw']} ({more['ssw_phone']})",
        f"Carers approved: {fmt(more['approved'], 'slash')}",
        f"Household: {more['household']}",
    ]
    rows = [
        ["The child (from the LA referral)", "The proposed carers"],
        ["\n".join(request), "\n".join(carers)],
    ]
    for kid, fit in zip(spec.kids, more["fit"], strict=True):
        left = [
            f"{kid.name.upper()}" + (f" (\u201c{kid.known_as}\u201d)" if kid.known_as else ""),
            f"DOB: {dob_text(kid, 'slash', '— (age {age})')}   Sex: {gender_text(kid, ('F', 'M'), '—')}",
            f"Legal: {legal_text(kid)}",
            f"School: {kid.school_words}",
            f"Health: {kid.health or '—'}" + (f" Allergy: {kid.allergy}" if kid.allergy else ""),
            f"Family time: {family_text(kid)}",
        ]
        left += (
            [f"No contact: {', '.join(contact_name(n) for n in kid.no_contact)}"]
            if kid.no_contact
            else []
        )
        left += [f"Placements: {history_text(kid, in_words=True)}", "Risks:"]
        left += [
            f"  {MATCH_NAMES[s]}: {risk_text(kid, s, MATCH_STATES)}"
            for s in RISKS
            if kid.state(s) != "not_stated"
        ]
        rows.append(["\n".join(left), f"How the carers meet {kid.first}'s needs:\n{fit}"])
    rows.append(
        [
            f"Matching officer: {more['officer']}, {more['agency']}",
            f"Sheet prepared: {fmt(more['prepared'], 'slash')}",
        ]
    )
    blocks = [
        ("title", f"{more['agency']} – Match sheet"),
        ("p", f"For: {more['for']}"),
        ("table", rows, ("H", 1, 1)),
    ]
    return pdf_bytes(blocks, footer="Match sheet – confidential")


# --- sdq_summary (pdf) -------------------------------------------------------------------

SDQ_NAMES = {
    "sh": "Deliberate self-harm",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Alcohol and drug use",
    "eat": "Restrictive or binge eating",
    "miss": "Missing episodes",
    "viol": "Physical aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Deliberate fire setting",
    "animals": "Harm to animals",
    "cceo": "Involving other children in crime",
}
SDQ_STATES = {
    "present": "Present",
    "historical": "Resolved",
    "suspected": "Suspected",
    "none_known": "Not indicated",
    "not_stated": "",
}


def sdq_summary(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    kid = spec.kids[0]
    scores = more["scores"]
    blocks: list[tuple] = [
        ("title", "Emotional wellbeing summary for placement search"),
        ("p", f"{more['header']}"),
        (
            "table",
            [
                ["Summary sent to placement search", fmt(spec.date, "long", "")],
                ["Mosaic ID", spec.ref or ""],
                ["Social worker (holding the case)", name],
                ["Contact", f"{mail}" + (f"  |  {phone}" if phone else "")],
                ["Home sought", more["need"]],
                ["Needed from", spec.start_words],
            ],
            (2, 5),
        ),
        ("h", "About the child"),
        (
            "table",
            [
                ["Name", kid.name + (f" (known as {kid.known_as})" if kid.known_as else "")],
                ["Date of birth", dob_text(kid, "long", "unknown – {age} years old")],
                ["Sex", gender_text(kid, ("female", "male"))],
                ["Legal status", legal_text(kid)],
                ["School and year", kid.school_words],
                [
                    "Diagnoses and health",
                    kid.health + (f" Allergies: {kid.allergy}." if kid.allergy else ""),
                ],
                [
                    "Family time",
                    family_text(kid)
                    + (
                        f" No contact: {', '.join(contact_name(n) for n in kid.no_contact)}."
                        if kid.no_contact
                        else ""
                    ),
                ],
                ["Placement moves", history_text(kid, in_words=True)],
            ],
            (2, 5),
        ),
        (
            "h",
            f"Strengths and Difficulties Questionnaire ({more['sdq_by']}, "
            f"{fmt(more['sdq_date'], 'short')})",
        ),
        ("table", [["Scale", "Score", "Band"]] + [list(row) for row in scores], ("H", 3, 1, 2)),
        ("h", "Risk indicators"),
        (
            "table",
            [["Indicator", "Status", "Notes"]]
            + [[SDQ_NAMES[s], SDQ_STATES[kid.state(s)], kid.words(s)] for s in RISKS],
            ("H", 3, 1.5, 5),
        ),
        ("p", f"Prepared by {more['author']}, {more['author_role']} ({more['author_phone']})."),
    ]
    return pdf_bytes(blocks, footer=more["header"])


# --- cp_medical (pdf) --------------------------------------------------------------------

MED_NAMES = {
    "sh": "Hurts self",
    "cse": "Sexually exploited by others",
    "cce": "Criminally exploited by others",
    "drugs": "Uses drugs or alcohol",
    "eat": "Eating behaviour",
    "miss": "Goes missing",
    "viol": "Physically hurts others",
    "hsb": "Sexual behaviour harming others",
    "fire": "Lights fires",
    "animals": "Hurts animals",
    "cceo": "Draws others into crime",
}
MED_STATES = {
    "present": "seen now",
    "historical": "seen before, not now",
    "suspected": "reported, not seen",
    "none_known": "none reported",
    "not_stated": "",
}


def cp_medical(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    blocks: list[tuple] = [
        ("title", "Child protection medical – summary released for placement finding"),
        ("p", more["header"]),
        (
            "table",
            [
                ["Examination", f"{fmt(more['examined'], 'long')} at {more['hospital']}"],
                ["Paediatrician", f"{more['doctor']} (secretary {more['doctor_phone']})"],
                ["Summary released to Placements", fmt(spec.date, "long", "")],
                ["Requesting social worker (allocated)", name],
                ["Social worker's email / phone", mail + (f" / {phone}" if phone else "")],
                ["Children's services case no.", spec.ref or ""],
                ["Placement sought", f"{more['need']}. {spec.start_words}"],
            ],
            (2, 5),
        ),
    ]
    for kid, findings, hospital_no in zip(
        spec.kids, more["findings"], more["hospital_nos"], strict=True
    ):
        blocks += [
            ("h", f"{kid.name}" + (f" – called {kid.known_as} at home" if kid.known_as else "")),
            (
                "table",
                [
                    ["Hospital number", hospital_no],
                    ["Date of birth", dob_text(kid, "short", "not known; looks about {age}")],
                    ["Sex", gender_text(kid, ("Female", "Male"))],
                    ["Legal status (from the social worker)", legal_text(kid)],
                    ["School", kid.school_words],
                    ["Findings on examination", findings],
                    [
                        "Other health needs and diagnoses",
                        kid.health + (f" Allergies: {kid.allergy}." if kid.allergy else ""),
                    ],
                    [
                        "Family time (social worker)",
                        family_text(kid)
                        + (
                            f". No contact with {', '.join(contact_name(n) for n in kid.no_contact)}"
                            if kid.no_contact
                            else ""
                        ),
                    ],
                    ["Care history", history_text(kid, in_words=True)],
                ],
                (2, 5),
            ),
            ("p", "Behaviours reported by the social worker (not examination findings):"),
            (
                "table",
                [["Behaviour", "Reported as", "What was said"]]
                + [[MED_NAMES[s], MED_STATES[kid.state(s)], kid.words(s)] for s in RISKS],
                ("H", 3, 2, 5),
            ),
        ]
    blocks.append(
        ("p", "The injuries above were caused to the child; they are not the child's behaviour.")
    )
    return pdf_bytes(blocks, footer=f"CP medical summary – {more['hospital']}")


# --- image_scan (pdf, not new) ------------------------------------------------------------


def image_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.more["lines"], spec.more["angle"])


PDF = {
    "risk_ladder": risk_ladder,
    "match_sheet": match_sheet,
    "sdq_summary": sdq_summary,
    "cp_medical": cp_medical,
    "image_scan": image_scan,
}
