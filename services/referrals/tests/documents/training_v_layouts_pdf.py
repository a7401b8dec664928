"""training_v's PDF layouts: a tripartite funding request in side-by-side panels, an
out-of-hours emergency placement agreement with tick grids, a section 47 outcome, a
maternity safeguarding birth plan, a Graded Care Profile 2 summary, and fax scans."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_layouts import day, dob_words, family_words, risk_rows, sex_words
from training_v_model import Kid, Spec
from training_v_write import pdf_bytes, scan_bytes

__all__ = ["PDF"]

TRIPARTITE = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Substance misuse",
    "eating": "Eating / nutrition",
    "missing": "Missing from care",
    "violence": "Aggression towards others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Arson / fire",
    "animals": "Harm to animals",
    "recruit": "Exploitation of others",
}
EPA = {
    "sh": "Self-harm / suicidal thoughts",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "drugs": "Drugs / alcohol",
    "eating": "Eating difficulties",
    "missing": "Absconding / missing",
    "violence": "Violence",
    "hsb": "HSB",
    "fire": "Fire setting",
    "animals": "Animal cruelty",
    "recruit": "Recruiting others",
}
S47 = {
    "sh": "Self-harming behaviour",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Drug or alcohol use by the child",
    "eating": "Eating disorder",
    "missing": "Missing episodes",
    "violence": "Violence to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "animals": "Harm to animals",
    "recruit": "Involving others in offending",
}
GCP2 = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Alcohol / substances",
    "eating": "Disordered eating",
    "missing": "Goes missing",
    "violence": "Physical harm to others",
    "hsb": "Sexual harm to others",
    "fire": "Fire-setting",
    "animals": "Harm to animals",
    "recruit": "Criminal exploitation of others",
}


def _tripartite(spec: Spec) -> bytes:
    more, kid = spec.more, spec.kids[0]
    left = [
        ["Name", kid.name + (f" (known as {kid.known_as})" if kid.known_as else "")],
        ["DOB", dob_words(kid, "uk", "{} years")],
        ["Gender", sex_words(kid)],
        ["Legal status", kid.legal_words],
        ["Education", kid.school_words],
        ["EHCP", more["ehcp"]],
        ["Health / disability", kid.health],
        ["Allergies", kid.allergies or ""],
        ["Communication", kid.comms_words],
        ["Family time", family_words(kid)],
        ["Placement history", kid.history_words],
    ]
    right = [
        ["Authority", more["authority"]],
        [more.get("ref_label", "ICS ID"), spec.ref or ""],
        ["Allocated social worker", spec.worker.name],
        ["SW email", spec.worker.email],
        ["SW tel", spec.worker.phone or ""],
        ["Presenting to panel", more["presenter"]],
        ["Panel date", day(more["panel"], "long")],
        ["Date request submitted", day(spec.date, "long")],
    ]
    rows = [["Risk", "Status", "Evidence"]]
    rows += [list(row) for row in risk_rows(kid, TRIPARTITE, more["states"])]
    blocks = [
        ("title", "Joint Commissioning Panel – Tripartite Funding Request"),
        (
            "p",
            "Social Care / Education / Health (Continuing Care). Submit at least 10 days "
            "before panel.",
        ),
        ("panels", left, right),
        ("h", "Placement sought"),
        ("table", more["placement"], (3, 7)),
        ("h", "Proposed funding split"),
        ("table", more["funding"], ("H", 4, 2, 3)),
        ("h", "Risk assessment summary"),
        ("i", "Status: Current / Historic / Emerging / None evidenced"),
        ("table", rows, ("H", 3, 2, 6)),
        ("p", more["note"]),
    ]
    return pdf_bytes(blocks, footer=more["footer"])


def _tick_grid(kid: Kid, labels: dict) -> list[list[str]]:
    words = {
        "present": "Current",
        "historical": "Past",
        "suspected": "Suspected",
        "none_known": "None",
    }
    rows = [["Risk", "Current", "Past", "Suspected", "None", "Notes"]]
    for short, label in labels.items():
        state, detail = kid.risk[short]
        marks = [("☒ " if state == key else "☐ ") + word for key, word in words.items()]
        rows.append([label, *marks, detail])
    return rows


def _epa(spec: Spec) -> bytes:
    more = spec.more
    blocks = [
        ("title", "EMERGENCY PLACEMENT AGREEMENT (Out of Hours)"),
        ("p", more["banner"]),
        (
            "table",
            [
                ["Date of request", day(spec.date, "uk")],
                ["Time of call", more["time"]],
                ["Completed by (EDT)", more["edt"]],
                ["EDT manager authorising", more["edt_manager"]],
                ["Day team allocated social worker (to be informed by 9am)", spec.worker.name],
                ["Allocated SW email", spec.worker.email],
                ["Allocated SW phone", spec.worker.phone or ""],
                [more.get("ref_label", "Case ref"), spec.ref or ""],
                ["Placement type", more["type"]],
                ["Required", more["required"]],
            ],
            (4, 6),
        ),
    ]
    for index, kid in enumerate(spec.kids):
        blocks += [
            ("h", f"Child {index + 1} of {len(spec.kids)}"),
            (
                "table",
                [
                    ["Name", kid.name],
                    ["DOB / age", dob_words(kid, "dash", "approx. {} (DOB unknown)")],
                    ["Sex", sex_words(kid, ("M", "F", ""))],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                    ["Medical / medication", kid.health],
                    ["Allergies", kid.allergies or ""],
                    ["Family time", family_words(kid)],
                    ["Previous placements", kid.history_words],
                ],
                (3, 7),
            ),
            ("p", "Risks (tick one box per row; leave all unticked if not known)"),
            ("table", _tick_grid(kid, EPA), ("H", 3, 2, 2, 2, 2, 4)),
        ]
    blocks.append(("p", more["reason"]))
    return pdf_bytes(blocks, footer=more["footer"])


def _s47(spec: Spec) -> bytes:
    more = spec.more
    blocks = [
        ("title", "Outcome of Section 47 Enquiries"),
        (
            "table",
            [
                ["Strategy discussion held", day(more["strategy"], "uk")],
                ["Section 47 enquiries started", day(more["started"], "uk")],
                ["Outcome recorded", day(more["outcome_day"], "uk")],
                ["Placement request sent", day(spec.date, "uk") or "—"],
                [more.get("ref_label", "Child ID"), spec.ref or "—"],
                ["Enquiry led by", more["lead"]],
                ["Allocated social worker (case holder)", spec.worker.name],
                ["Contact", " ".join(filter(None, (spec.worker.email, spec.worker.phone)))],
            ],
            (4, 6),
        ),
        ("h", "Outcome"),
        ("p", more["outcome"]),
        ("h", "Parental and household factors"),
        ("p", more["parents"]),
    ]
    for kid in spec.kids:
        blocks += [
            ("h", f"{kid.first} {kid.last or ''}".strip()),
            (
                "table",
                [
                    ["Date of birth", dob_words(kid, "uk", "not known – about {}")],
                    ["Gender", sex_words(kid)],
                    ["Legal status now", kid.legal_words],
                    ["School / setting", kid.school_words],
                    ["Health", kid.health],
                    ["Allergies", kid.allergies or ""],
                    ["Family time", family_words(kid)],
                    ["Care history", kid.history_words],
                ],
                (3, 7),
            ),
            ("p", f"Risk factors for {kid.first} (the child's own)"),
        ]
        lines = [
            f"{label}: {state}" + (f" – {words}" if words else "")
            for label, state, words in risk_rows(kid, S47, more["states"], False)
        ]
        blocks.append(("p", "\n".join(lines) if lines else "Not assessed."))
    blocks += [("h", "Recommendation"), ("p", more["recommendation"])]
    return pdf_bytes(blocks, footer=more["footer"])


def _birth_plan(spec: Spec) -> bytes:
    more, kid, mother = spec.more, spec.kids[0], spec.parent
    states = {kid.risk[short][0] for short in kid.risk}
    if states == {"none_known"}:
        baby_risks = "Baby's own risks: none known in any area (newborn)."
    elif states == {"not_stated"}:
        baby_risks = "Baby's own risks: not assessed yet."
    else:
        baby_risks = "; ".join(
            f"{label}: {s} {w}" for label, s, w in risk_rows(kid, GCP2, more["states"], False)
        )
    blocks = [
        ("title", "Maternity Safeguarding – Birth and Discharge Plan"),
        ("p", more["hospital"]),
        (
            "panels",
            [
                ["Mother", mother.name],
                ["Age", str(mother.age)],
                ["Mother's history", mother.about],
            ],
            [
                ["Named safeguarding midwife", more["midwife"]],
                ["Baby's allocated social worker", spec.worker.name],
                ["Email", spec.worker.email],
                ["Telephone", spec.worker.phone or ""],
                [more.get("ref_label", "CSC ref"), spec.ref or ""],
            ],
        ),
        ("h", "Baby"),
        (
            "table",
            [
                ["Name", kid.name],
                ["Born", dob_words(kid, "long", "{} weeks")],
                ["Sex", sex_words(kid, ("Boy", "Girl", ""))],
                ["Legal status", kid.legal_words],
                ["Education", kid.school_words],
                ["Health on the ward", kid.health],
                ["Allergies", kid.allergies or ""],
                ["Family time", family_words(kid)],
                ["Placements", kid.history_words],
            ],
            (3, 7),
        ),
        ("p", baby_risks),
        ("h", "Discharge plan"),
        ("p", more["plan"]),
        (
            "table",
            [
                ["Birth plan meeting", day(more["meeting"], "uk")],
                ["Placement request sent by Children's Social Care", day(spec.date, "uk")],
            ],
            (5, 5),
        ),
    ]
    return pdf_bytes(blocks, footer=more["footer"])


def _gcp2(spec: Spec) -> bytes:
    more, kids = spec.more, spec.kids
    names = [kid.first for kid in kids]
    grades = [["Area", *names]] + [[area, *cells] for area, *cells in more["grades"]]
    facts = [["", *names]]
    for label, value in (
        ("Surname", lambda k: k.last or ""),
        ("Known as", lambda k: k.known_as or ""),
        ("D.o.B", lambda k: dob_words(k, "short", "{} yrs")),
        ("Gender", lambda k: sex_words(k)),
        ("Legal status", lambda k: k.legal_words),
        ("School", lambda k: k.school_words),
        ("Health", lambda k: k.health),
        ("Allergies", lambda k: k.allergies or ""),
        ("Family time", lambda k: family_words(k)),
        ("Placements", lambda k: k.history_words),
    ):
        facts.append([label, *(value(kid) for kid in kids)])
    risk = [["Risk", *names]]
    for short, label in GCP2.items():
        cells = []
        for kid in kids:
            state, words = kid.risk[short]
            cells.append("" if state == "not_stated" else f"{more['states'][state]} {words}")
        risk.append([label, *cells])
    blocks = [
        ("title", "Graded Care Profile 2 – Summary and Request for Foster Placement"),
        ("table", more["head"], (4, 6)),
        ("h", "GCP2 grades (1 = all child's needs met … 5 = no needs met)"),
        ("table", grades, ("H", 4, *([2] * len(kids)))),
        ("h", "The children"),
        ("table", facts, ("H", 2, *([4] * len(kids)))),
        ("h", "Risks to and from the children"),
        ("i", "Evident now / Evident in the past / Possible / Not evident; blank = not known"),
        ("table", risk, ("H", 2, *([4] * len(kids)))),
        ("h", "Request"),
        ("p", more["request"]),
    ]
    return pdf_bytes(blocks, footer=more["footer"])


def _scan(spec: Spec) -> bytes:
    return scan_bytes(spec.more["lines"], spec.more["angle"])


PDF = {
    "tripartite_panel": _tripartite,
    "epa_form": _epa,
    "s47_outcome": _s47,
    "birth_plan": _birth_plan,
    "gcp2_summary": _gcp2,
    "fax_image": _scan,
}
