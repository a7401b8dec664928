"""training_x's PDF layouts: a paged assessment with running headers, a flattened form in
strips, a regulation 44 report extract, a disabled children's panel decision, a contextual
safeguarding map, and the phone-photo scans."""

# ruff: noqa: RUF001

from __future__ import annotations

from training_x_layouts import ORDER, born, contact, day, named, say, sex
from training_x_model import Spec
from training_x_write import pdf_bytes, scan_bytes

ASSESS_LABELS = {
    "sh": "Self-injurious behaviour",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "sub": "Substance misuse (child)",
    "eat": "Eating difficulties",
    "mis": "Missing episodes",
    "vio": "Violence / aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Cruelty to animals",
    "rec": "Involving peers in offending",
}
ASSESS_STATES = {
    "present": "Evident now",
    "historical": "Evident in the past",
    "suspected": "Possible – not evidenced",
    "none_known": "Not evident",
}


def paged_assessment(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    header = (
        f"{bits['la_words']} – Child and Family Assessment – Ref {spec.ref or 'not yet allocated'}"
    )
    blocks: list[tuple] = [
        ("title", "Child and Family Assessment (with placement request at section 9)"),
        (
            "table",
            [
                ["Assessment started", day(bits["started"], "uk")],
                ["Assessment authorised", day(bits["authorised"], "uk")],
                ["Team manager", bits["manager"]],
                ["Assessing social worker", spec.worker.name],
                ["Worker contact", contact(spec)],
            ],
            (1, 2),
        ),
        ("h", "1. Household"),
        (
            "table",
            [["Name", "Relationship", "DOB / age", "Gender"]]
            + [[named(k), "Subject child", born(k, "uk", "{age}"), sex(k)] for k in kids]
            + [list(row) for row in bits["household"]],
            ("H", 3, 2, 2, 1),
        ),
    ]
    for index, (title, text) in enumerate(bits["sections"], start=2):
        blocks += [("h", f"{index}. {title}"), ("p", text)]
    blocks.append(("h", "8. Risk summary for each child"))
    blocks.append(
        (
            "table",
            [["Factor", *[kid.first for kid in kids]]]
            + [
                [ASSESS_LABELS[s], *[say(kid, s, ASSESS_STATES, " – ") for kid in kids]]
                for s in ORDER
            ],
            ("H", 2, *[3] * len(kids)),
        )
    )
    blocks += [
        ("h", "9. Placement request"),
        (
            "table",
            [
                ["Request passed to Placements", day(spec.date, "long")],
                ["Placement type", spec.request],
                ["Date needed", spec.start_words],
            ]
            + [
                [f"{kid.first} – {label}", value(kid)]
                for kid in kids
                for label, value in (
                    ("legal status", lambda k: k.legal_words),
                    ("school", lambda k: k.school_words),
                    ("family time", lambda k: k.family_words),
                    ("previous placements", lambda k: k.history_words),
                    ("health", lambda k: k.health or ""),
                )
            ],
            (2, 3),
        ),
    ]
    if spec.parent:
        blocks.append(
            ("p", f"Parent to be placed with the baby: {spec.parent.name} – {spec.parent.words}")
        )
    return pdf_bytes(blocks, footer=bits["footer"], header=header)


STRIP_STATES = {
    "present": "CURRENT",
    "historical": "PAST",
    "suspected": "SUSPECTED",
    "none_known": "NO",
}
STRIP_LABELS = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Alcohol / drugs",
    "eat": "Eating",
    "mis": "Absconding",
    "vio": "Assault",
    "hsb": "Sexualised harm",
    "fire": "Arson",
    "ani": "Animals",
    "rec": "Grooming peers",
}


def _strips(pairs: list[tuple[str, str]], per_row: int = 4) -> list[list[str]]:
    """Labels in a row, their values in the row below: a flattened form's strips."""
    rows: list[list[str]] = []
    for start in range(0, len(pairs), per_row):
        chunk = pairs[start : start + per_row]
        chunk += [("", "")] * (per_row - len(chunk))
        rows += [[label for label, _ in chunk], [value for _, value in chunk]]
    return rows


def form_strips(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    top = [
        ("Form completed", day(spec.date, "dots") or ""),
        (bits["ref_label"], spec.ref or ""),
        ("Team", bits["team"]),
        ("Practitioner", spec.worker.name),
        ("Phone", spec.worker.phone or ""),
        ("Email", spec.worker.email),
        ("Placement required", spec.request),
        ("Start date", spec.start_words),
    ]
    blocks: list[tuple] = [
        ("title", bits["title"]),
        ("i", bits["note"]),
        ("table", _strips(top), (1, 1, 1, 1)),
    ]
    for index, kid in enumerate(kids, start=1):
        facts = [
            ("Surname", kid.last),
            ("Forename(s)", kid.first),
            ("Known as", kid.extra.get("known_as", "")),
            ("DOB", born(kid, "dots", "{age} yrs")),
            ("Sex", sex(kid, ("F", "M"))),
            ("Legal status", kid.legal_words),
            ("School / college", kid.school_words),
            ("Health", kid.health or ""),
            ("Family time", kid.family_words),
            ("Placement history", kid.history_words),
        ]
        risk_pairs = [(STRIP_LABELS[s], say(kid, s, STRIP_STATES, " – ")) for s in ORDER]
        blocks += [
            ("h", f"Child {index}"),
            ("table", _strips(facts), (1, 1, 1, 1)),
            ("table", _strips(risk_pairs, 3), (1, 1, 1)),
        ]
    blocks.append(("p", bits.get("signed", "")))
    return pdf_bytes(blocks, footer=bits["footer"])


REG44_STATES = {
    "present": "Active",
    "historical": "Historic",
    "suspected": "Intelligence only",
    "none_known": "None",
}
REG44_LABELS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substance use",
    "eat": "Eating",
    "mis": "MFH",
    "vio": "Assaults",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animal harm",
    "rec": "Recruitment of peers",
}


def reg44_extract(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", f"Regulation 44 Independent Person's Report – {bits['home']}"),
        (
            "panels",
            [
                ["Visit date", day(bits["visit"], "uk")],
                ["Independent person", bits["visitor"]],
                ["Registered manager", bits["manager"]],
            ],
            [
                ["Provider", bits["provider"]],
                ["Ofsted URN", bits["urn"]],
                ["Report no.", bits["report_no"]],
            ],
        ),
        ("h", "Section 1: Children living at the home (summary)"),
        ("p", bits["residents"]),
        ("h", "Section 2: Incidents and notifications this month"),
        ("table", [["Date", "Young person", "What happened"]] + bits["incidents"], ("H", 1, 1, 4)),
        ("h", "Section 3: Recommendation – move to a family setting"),
        ("p", bits["recommendation"]),
        ("h", "Appendix: placing authority's request for a foster placement"),
        (
            "table",
            [
                ["Request dated", day(spec.date, "shorty")],
                [bits["ref_label"], spec.ref or ""],
                ["Placing authority", bits["la_words"]],
                ["Child's social worker", spec.worker.name],
                ["Telephone / email", contact(spec)],
                ["Request", spec.request],
                ["Move date", spec.start_words],
            ],
            (1, 3),
        ),
    ]
    for kid in kids:
        blocks += [
            (
                "table",
                [
                    ["Young person", named(kid)],
                    ["DOB", born(kid, "uk", "{age} yrs")],
                    ["Gender", sex(kid)],
                    ["Legal status", kid.legal_words],
                    ["Education", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Placement history", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Risk", "Status", "Detail"]]
                + [
                    [REG44_LABELS[s], REG44_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]]
                    for s in ORDER
                ],
                ("H", 1, 1, 4),
            ),
        ]
    return pdf_bytes(blocks, footer=bits["footer"])


PANEL_STATES = {
    "present": "Yes (current)",
    "historical": "Previously",
    "suspected": "Query",
    "none_known": "No",
}


def cwd_panel_decision(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("p", bits["letterhead"]),
        (
            "panels",
            [[bits["to_label"], bits["to"]]],
            [
                ["Letter date", day(spec.date, "long")],
                [bits["ref_label"], spec.ref or ""],
                ["Panel", day(bits["panel"], "long")],
            ],
        ),
        ("title", "Children with Disabilities Resource Panel – decision"),
        ("p", bits["decision"]),
        ("h", "The request presented to panel"),
        (
            "table",
            [
                ["Presented by (social worker)", spec.worker.name],
                ["Contact", contact(spec)],
                ["Resource requested", spec.request],
                ["Start", spec.start_words],
            ],
            (1, 3),
        ),
    ]
    for index, kid in enumerate(kids):
        blocks += [
            ("h", named(kid)),
            (
                "table",
                [
                    ["Date of birth", born(kid, "long", "{age}")],
                    ["Gender", sex(kid)],
                    ["Disability / diagnosis", bits["diagnoses"][index]],
                    ["Communication", bits["communication"][index]],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Previous placements / short breaks", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Behaviour / risk", "Panel summary"]]
                + [[bits["labels"][s], say(kid, s, PANEL_STATES, " – ")] for s in ORDER],
                ("H", 1, 3),
            ),
        ]
    blocks += [("p", bits["chair"])]
    return pdf_bytes(blocks, footer=bits["footer"])


CONTEXT_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation / county lines",
    "sub": "Substance use",
    "eat": "Eating",
    "mis": "Missing episodes",
    "vio": "Serious violence",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harm to animals",
    "rec": "Recruiting others",
}
CONTEXT_STATES = {
    "present": "Current indicator",
    "historical": "Past indicator",
    "suspected": "Intelligence (unconfirmed)",
    "none_known": "No indicator",
}


def context_map(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", "Contextual Safeguarding – Peer and Location Assessment"),
        ("i", bits["note"]),
        ("h", "Peers and associates"),
        ("table", [["Peer", "Age", "Known concerns"]] + bits["peers"], ("H", 2, 1, 4)),
        ("h", "Places"),
        ("table", [["Location", "Why it matters"]] + bits["places"], ("H", 2, 4)),
        ("h", "The young person"),
    ]
    for kid in kids:
        blocks += [
            (
                "panels",
                [
                    ["Name", named(kid)],
                    ["DOB", born(kid, "long", "{age}")],
                    ["Gender", sex(kid)],
                    ["Legal", kid.legal_words],
                ],
                [
                    ["School", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Placements", kid.history_words],
                    ["Health", kid.health or ""],
                ],
            ),
            (
                "table",
                [["Indicator", "Rating", "Evidence"]]
                + [
                    [CONTEXT_LABELS[s], CONTEXT_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]]
                    for s in ORDER
                ],
                ("H", 2, 2, 4),
            ),
        ]
    blocks += [
        ("h", "Placement request arising from this assessment"),
        (
            "table",
            [
                ["Date sent to Commissioning", day(spec.date, "weekday")],
                [bits["ref_label"], spec.ref or ""],
                ["Social worker", spec.worker.name],
                ["Contact details", contact(spec)],
                ["Placement sought", spec.request],
                ["Start", spec.start_words],
            ],
            (1, 3),
        ),
        ("p", bits.get("close", "")),
    ]
    return pdf_bytes(blocks, footer=bits["footer"], header=bits.get("header", ""))


def phone_photo(spec: Spec) -> bytes:
    return scan_bytes(spec.bits["lines"], spec.bits["angle"])


PDF = {
    "paged_assessment": paged_assessment,
    "form_strips": form_strips,
    "reg44_extract": reg44_extract,
    "cwd_panel_decision": cwd_panel_decision,
    "context_map": context_map,
    "phone_photo": phone_photo,
}
