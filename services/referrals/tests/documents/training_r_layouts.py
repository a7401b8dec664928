# ruff: noqa: RUF001 (LA paperwork types en dashes between a label and its answer)
"""training_r's Word and PDF layouts, and what every layout shares.

Each layout takes a ``Spec`` and returns the file's extension and bytes. Every layout has
its own labels, its own names for the eleven risks and its own words for a risk's state;
a ``not_stated`` risk is an empty answer, a bare label or an unticked row.
"""

from __future__ import annotations

from datetime import date

from training_r_model import RISKS, Kid, Spec
from training_r_write import Cell, Docx, Pdf, docx_bytes, pdf_bytes, scan_bytes

__all__ = ["WORD_PDF", "dmy", "family", "history", "legal", "long_date", "school"]

LEGAL = {
    "C1": "Interim care order (s.38)",
    "C2": "Full care order (s.31)",
    "V2": "Accommodated under section 20",
    "L1": "Police protection (s.46)",
    "L2": "Emergency protection order",
    "J1": "Remanded to local authority accommodation",
    "E1": "Placement order",
}


def dmy(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def long_date(value: date | None) -> str:
    return f"{value.day} {value.strftime('%B %Y')}" if value else ""


def legal(kid: Kid) -> str:
    return kid.legal_words or LEGAL[kid.legal or ""]


def school(kid: Kid, gap: str = "") -> str:
    return kid.school if kid.school is not None else gap


def family(kid: Kid, joiner: str = "; ") -> str:
    return joiner.join(words for _, _, words in kid.family or ()) or kid.family_words


def history(kid: Kid, joiner: str = "; ") -> str:
    return joiner.join(kid.history or ()) or kid.history_words


def born(kid: Kid) -> str:
    return dmy(kid.dob) if kid.dob else f"not known (aged {kid.age})"


def _said(kid: Kid, short: str, words: dict[str, str]) -> str:
    state, detail = kid.risk[short]
    said = words[state]
    return f"{said} {detail}".strip() if detail else said


def _gender(kid: Kid) -> str:
    return {"female": "Female", "male": "Male"}.get(kid.gender or "", "")


# ---- placement_plan_draft (docx) -----------------------------------------------------

PLAN_RISKS = {
    "sh": "Self-injury",
    "cse": "Child sexual exploitation",
    "cce": "County lines / CCE",
    "drugs": "Substances (drugs, alcohol)",
    "ed": "Disordered eating",
    "miss": "Missing from care",
    "phys": "Violence towards others",
    "sexh": "Harmful sexual behaviour",
    "fire": "Arson / fire",
    "animals": "Cruelty to animals",
    "cceo": "Recruiting others into crime",
}
PLAN_COLUMNS = ("present", "historical", "suspected", "none_known")
URGENCY = {"emergency": "Emergency – today", "planned": "Planned move"}


def placement_plan_draft(spec: Spec) -> tuple[str, bytes]:
    """A Placement Plan Part 1 drafted for the provider before a match, in content controls."""
    doc = Docx()
    doc.para("PLACEMENT PLAN – PART 1 (pre-placement draft for providers)", bold=True)
    doc.para("Care Planning, Placement and Case Review (England) Regulations 2010, Schedule 2")
    doc.table(
        [
            ["Person number", Cell(spec.reference or "", "PersonNo")],
            ["Plan drafted", Cell(dmy(spec.date), "DraftDate")],
            ["Allocated worker", Cell(spec.worker.name, "Worker")],
            ["Contact", Cell(f"{spec.worker.email or ''}\n{spec.worker.phone or ''}".strip(), "C")],
            ["Type of placement sought", Cell(spec.setting_words, "Setting")],
            ["How soon", Cell(URGENCY.get(spec.urgency or "", ""), "Urgency")],
            ["Intended start", Cell(dmy(spec.start) or spec.start_words, "Start")],
            ["Where the child lives now", Cell(spec.current, "Current")],
        ],
        [3000, 6000],
    )
    for other in spec.others:
        doc.para(f"Plan prepared by {other.name}, {other.role} ({other.phone})")
    doc.para(spec.story)
    if spec.parent:
        doc.para(f"Parent to be placed with the child: {spec.parent}")
    for number, kid in enumerate(spec.kids, 1):
        doc.para(f"Child {number} of {len(spec.kids)}", bold=True)
        doc.table(
            [
                ["Name", Cell(kid.name, f"Name{number}")],
                ["Preferred name", Cell(kid.known_as or "", f"Known{number}")],
                ["DOB / age", Cell(dmy(kid.dob) or f"{kid.age} years", f"Dob{number}")],
                ["Sex", Cell(_gender(kid), f"Sex{number}")],
                ["Legal basis for placement", Cell(legal(kid), f"Legal{number}")],
                ["Education setting", Cell(school(kid), f"School{number}")],
                ["Health and medication", Cell(kid.health or "", f"Health{number}")],
                ["Allergies", Cell(kid.allergies or "", f"Allergy{number}")],
                ["Arrangements for family time", Cell(family(kid, "\n"), f"Family{number}")],
                ["Nobody to have contact with", Cell(", ".join(kid.no_contact) or "n/a")],
                ["Previous placements", Cell(history(kid, "\n"), f"History{number}")],
            ],
            [3000, 6000],
        )
        rows: list[list[str | Cell]] = [
            ["Known risk", "Current", "Historic", "Possible", "None", "What we know"]
        ]
        for short, label in PLAN_RISKS.items():
            state, detail = kid.risk[short]
            ticks = ["☒" if state == column else "☐" for column in PLAN_COLUMNS]
            rows.append([label, *ticks, detail])
        doc.table(rows, [2400, 900, 900, 900, 900, 3000])
    header = f"{spec.la_text}\nOFFICIAL – SENSITIVE"
    return "docx", docx_bytes(doc, header, "Placement Plan Part 1 – draft v0.3")


# ---- stability_meeting (docx, per-child columns, a tracked correction) ----------------

STABILITY_QUESTIONS = {
    "sh": "Has {n} ever hurt themself on purpose?",
    "cse": "Any worries about sexual exploitation of {n}?",
    "cce": "Is {n} being used by others to carry or sell?",
    "drugs": "Does {n} use drugs or drink?",
    "ed": "Any concerns about {n}'s eating?",
    "miss": "Has {n} gone missing?",
    "phys": "Has {n} hurt anyone?",
    "sexh": "Any sexualised behaviour towards others by {n}?",
    "fire": "Has {n} set fires?",
    "animals": "Has {n} been cruel to an animal?",
    "cceo": "Has {n} drawn others into offending?",
}
STABILITY_WORDS = {
    "present": "Yes, at the moment.",
    "historical": "Not now – in the past.",
    "suspected": "Not confirmed but suspected.",
    "none_known": "No.",
    "not_stated": "",
}


def stability_meeting(spec: Spec) -> tuple[str, bytes]:
    """A placement stability meeting record that ends in a request for a new placement."""
    doc = Docx()
    chair = spec.others[0]
    doc.para("Placement Stability Meeting – Record and Actions", bold=True)
    doc.table(
        [
            ["Record completed", dmy(spec.date)],
            ["Chair", f"{chair.name}, {chair.role}, {chair.phone}"],
            ["Child's social worker", f"{spec.worker.name} – {spec.worker.email}"],
            ["Worker's mobile", spec.worker.phone or ""],
            ["Client index no.", spec.reference or ""],
            ["Current arrangement", spec.current],
        ],
        [3000, 6000],
    )
    doc.para("Why we met", bold=True)
    doc.para(spec.story)
    doc.para("Outcome", bold=True)
    doc.para(f"Stability cannot be maintained. Placements to search for: {spec.setting_words}.")
    if spec.urgency:
        doc.para(
            f"Priority agreed: {'EMERGENCY' if spec.urgency == 'emergency' else 'planned move'}"
        )
    if spec.start and spec.date:
        earlier = spec.start.replace(day=max(1, spec.start.day - 3))
        doc.corrected("Move to happen by ", long_date(earlier), long_date(spec.start), ".")
    else:
        doc.para(f"Move to happen by: {long_date(spec.start) or spec.start_words}")
    header = ["", *(kid.first for kid in spec.kids)]
    rows: list[list[str | Cell]] = [[Cell(h, bold=True) for h in header]]
    facts = [
        ("Full name", lambda k: k.name),
        ("Date of birth", lambda k: dmy(k.dob) or f"about {k.age}"),
        ("Gender", _gender),
        ("Legal status", legal),
        ("School / nursery", school),
        ("Health", lambda k: k.health or ""),
        ("Family time", lambda k: family(k, "\n")),
        ("Must not see", lambda k: ", ".join(k.no_contact) or "No one named"),
        ("Moves so far", lambda k: history(k, "\n")),
    ]
    rows += [[label, *(value(kid) for kid in spec.kids)] for label, value in facts]
    doc.table(rows)
    doc.para("Risk questions asked at the meeting", bold=True)
    for kid in spec.kids:
        for short, question in STABILITY_QUESTIONS.items():
            doc.para(question.format(n=kid.first))
            doc.para(_said(kid, short, STABILITY_WORDS))
    return "docx", docx_bytes(doc, spec.la_text, "Stability meeting record – v2 (tracked)")


# ---- adm_longterm (docx) -------------------------------------------------------------

ADM_RISKS = {
    "sh": "Self harm",
    "cse": "Sexually exploited",
    "cce": "Criminally exploited",
    "drugs": "Drug / alcohol misuse",
    "ed": "Eating difficulties",
    "miss": "Missing episodes",
    "phys": "Physical aggression",
    "sexh": "Sexually harmful behaviour",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "cceo": "Involving others in crime",
}
ADM_DATE = date(2026, 10, 28)
ADM_WORDS = {
    "present": "Yes (now)",
    "historical": "Yes (before)",
    "suspected": "Possibly",
    "none_known": "No",
    "not_stated": "",
}


def adm_longterm(spec: Spec) -> tuple[str, bytes]:
    """An agency decision maker's long-term fostering decision sent to family finding."""
    doc = Docx()
    adm = spec.others[0]
    doc.para(f"{spec.la_text} – Agency Decision Maker", bold=True)
    doc.para("Decision: long-term fostering as the permanence plan, and request to Family Finding")
    doc.table(
        [
            ["ADM", f"{adm.name} ({adm.role}), tel {adm.phone}"],
            ["Date of ADM decision", long_date(ADM_DATE)],
            ["Date sent to Family Finding", long_date(spec.date) or "not yet sent – DRAFT"],
            ["Framework i reference", spec.reference or ""],
            ["Social worker", spec.worker.name],
            ["Email / phone", f"{spec.worker.email or ''} / {spec.worker.phone or ''}"],
            ["Placement needed", spec.setting_words],
            ["Current placement", spec.current],
            ["Needed from", long_date(spec.start) or spec.start_words],
        ],
        [3200, 5800],
    )
    doc.para(spec.story)
    names = [kid.first for kid in spec.kids]
    rows: list[list[str | Cell]] = [[Cell("", bold=True), *(Cell(n, bold=True) for n in names)]]
    rows += [
        ["Surname", *(k.last for k in spec.kids)],
        ["Known as", *(k.known_as or "" for k in spec.kids)],
        ["Born", *(born(k) for k in spec.kids)],
        ["Gender", *(_gender(k) for k in spec.kids)],
        ["Order", *(legal(k) for k in spec.kids)],
        ["School", *(school(k) for k in spec.kids)],
        ["Health", *(k.health or "" for k in spec.kids)],
        ["Family time", *(family(k, "\n") for k in spec.kids)],
        ["No contact", *(", ".join(k.no_contact) or "-" for k in spec.kids)],
        ["Placement history", *(history(k, "\n") for k in spec.kids)],
    ]
    rows += [
        [label, *(_said(k, s, ADM_WORDS) for k in spec.kids)] for s, label in ADM_RISKS.items()
    ]
    doc.table(rows)
    return "docx", docx_bytes(doc, "", f"ADM decision record – {spec.la_text}")


# ---- carer_handover (docx) -----------------------------------------------------------

CARER_RISKS = {
    "sh": "Hurting themselves",
    "cse": "Older men / grooming",
    "cce": "Being used to run drugs",
    "drugs": "Smoking weed or drinking",
    "ed": "Food and eating",
    "miss": "Running off",
    "phys": "Lashing out",
    "sexh": "Sexual behaviour with other children",
    "fire": "Lighters and fire",
    "animals": "With our dog and cats",
    "cceo": "Getting other kids involved in crime",
}
CARER_WORDS = {
    "present": "Yes, still happening –",
    "historical": "Used to –",
    "suspected": "We think so but not sure –",
    "none_known": "Never seen it.",
    "not_stated": "",
}


def carer_handover(spec: Spec) -> tuple[str, bytes]:
    """A foster carer's own handover letter, with the worker's request table after it."""
    doc = Docx()
    carer = spec.others[0]
    kid = spec.kids[0]
    doc.para(f"All about {kid.known_as or kid.first} – from us, {carer.name}")
    doc.para(f"({carer.role}, you can ring us on {carer.phone})")
    doc.para(spec.story)
    doc.para("Things the next carers should know", bold=True)
    for short, label in CARER_RISKS.items():
        doc.para(f"{label}: {_said(kid, short, CARER_WORDS)}".rstrip(": "))
    doc.para("Filled in by the social worker", bold=True)
    doc.table(
        [
            ["Date", long_date(spec.date)],
            ["Worker", spec.worker.name],
            ["Email", spec.worker.email or ""],
            ["Tel", spec.worker.phone or ""],
            ["Case ID (Liquidlogic)", spec.reference or ""],
            ["Looking for", spec.setting_words],
            [
                "Urgency",
                {"emergency": "Emergency", "planned": "Planned"}.get(spec.urgency or "", ""),
            ],
            ["From", long_date(spec.start) or spec.start_words],
            ["Child", f"{kid.name} ({_gender(kid) or 'gender not given'})"],
            ["DOB", born(kid)],
            ["Legal", legal(kid)],
            ["School", school(kid)],
            ["Health", kid.health or ""],
            ["Allergies", kid.allergies or ""],
            ["Family time", family(kid)],
            ["No contact", ", ".join(kid.no_contact) or "none"],
            ["Placements", history(kid)],
        ],
        [3000, 6000],
    )
    return "docx", docx_bytes(doc, "", spec.la_text)


# ---- assessment_triangle (pdf) -------------------------------------------------------

TRIANGLE_RISKS = {
    "sh": "Self-harming",
    "cse": "At risk of CSE",
    "cce": "At risk of CCE",
    "drugs": "Substance misuse (child's own)",
    "ed": "Eating disorder",
    "miss": "Missing / absent",
    "phys": "Harm to others (physical)",
    "sexh": "HSB",
    "fire": "Fire-setting",
    "animals": "Animals",
    "cceo": "Exploiting others",
}


def assessment_triangle(spec: Spec) -> tuple[str, bytes]:
    """A single assessment's outcome, by the three domains, with the request to placements."""
    pdf = Pdf()
    pdf.heading(f"{spec.la_text} Children's Social Care – Single Assessment: Outcome")
    pdf.table(
        [
            [
                "Assessment ID / ICS no.",
                spec.reference or "",
                "Completed",
                long_date(date(2026, 11, 6)),
            ],
            ["Assessing worker", spec.worker.name, "Team", "Assessment & Intervention"],
            ["Email", spec.worker.email or "", "Tel", spec.worker.phone or ""],
        ],
        [38, 55, 30, 57],
    )
    pdf.heading("Child's developmental needs")
    pdf.para(spec.story)
    pdf.heading("Parenting capacity")
    pdf.para(spec.parent or "Parents are not able to meet the children's needs at present.")
    for number, kid in enumerate(spec.kids, 1):
        pdf.heading(f"Child {number}: {kid.name}")
        pdf.table(
            [
                ["DOB", dmy(kid.dob) or f"age {kid.age}", "Gender", _gender(kid)],
                ["Legal status", legal(kid), "School", school(kid)],
                ["Health", kid.health or "", "Allergies", kid.allergies or ""],
                ["Family time", family(kid), "No contact", ", ".join(kid.no_contact) or "None"],
                ["Care history", history(kid), "Known as", kid.known_as or ""],
            ],
            [28, 62, 28, 62],
        )
        rows = [["Risk", "Yes – now", "Yes – past", "Query", "No", "Detail"]]
        for short, label in TRIANGLE_RISKS.items():
            state, detail = kid.risk[short]
            columns = ("present", "historical", "suspected", "none_known")
            rows.append([label, *("☒" if state == c else "☐" for c in columns), detail])
        pdf.table(rows, [42, 18, 18, 14, 12, 76])
    pdf.heading("Request to Placements")
    pdf.table(
        [
            ["Date of request", dmy(spec.date)],
            ["Type of placement", spec.setting_words],
            ["Currently", spec.current],
            ["Urgency", spec.urgency.title() if spec.urgency else ""],
            ["Start", dmy(spec.start) or spec.start_words],
        ],
        [45, 135],
    )
    return "pdf", pdf_bytes(pdf, "Single assessment outcome")


# ---- episode_change (pdf) ------------------------------------------------------------

EPISODE_WORDS = {
    "present": "CURRENT",
    "historical": "PAST",
    "suspected": "QUERIED",
    "none_known": "NONE",
    "not_stated": "",
}
EPISODE_RISKS = {
    "sh": "Self harm / suicidal ideation",
    "cse": "CSE (victim)",
    "cce": "CCE / county lines (victim)",
    "drugs": "Substance misuse",
    "ed": "Eating",
    "miss": "MFH episodes",
    "phys": "Physical aggression",
    "sexh": "Sexualised behaviour to others",
    "fire": "Fire setting",
    "animals": "Cruelty to animals",
    "cceo": "Grooms / recruits others",
}
NUMBERS = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def episode_change(spec: Spec) -> tuple[str, bytes]:
    """An SSDA903 placement change notification raised ahead of the move, with the need."""
    pdf = Pdf()
    pdf.heading(f"{spec.la_text} – Notification of change of placement (SSDA903 episode)")
    pdf.table(
        [
            ["Notification date", dmy(spec.date), "Raised by", spec.worker.name],
            ["CLA ID", spec.reference or "", "Worker contact", spec.worker.email or ""],
            ["Direct line", spec.worker.phone or "", "Reason for change", "CARPL (care plan)"],
            [
                "Current episode",
                spec.current,
                "New episode from",
                dmy(spec.start) or spec.start_words,
            ],
            ["Placement to be found", spec.setting_words, "Urgency", (spec.urgency or "").upper()],
        ],
        [34, 56, 34, 56],
    )
    for other in spec.others:
        pdf.para(f"Data officer: {other.name} ({other.phone}) – queries about codes only.")
    pdf.para(spec.story)
    for kid in spec.kids:
        pdf.heading(f"{kid.last.upper()}, {kid.first}")
        count = len(kid.history) if kid.history else 0
        placements = (
            f"{NUMBERS[count].capitalize()} placement(s) including the current one: {history(kid)}"
            if kid.history
            else kid.history_words
        )
        pdf.table(
            [
                ["DOB", dmy(kid.dob) or f"Age {kid.age}"],
                ["Sex", _gender(kid)],
                ["LS", f"{kid.legal or ''} {legal(kid)}".strip()],
                ["Education", school(kid)],
                ["Health", kid.health or ""],
                ["Family time", family(kid)],
                ["No contact", ", ".join(kid.no_contact) or "None"],
                ["Placements this episode", placements],
            ],
            [45, 135],
        )
        rows = [["Risk area", "Status", "Notes"]]
        for short, label in EPISODE_RISKS.items():
            state, detail = kid.risk[short]
            rows.append([label, EPISODE_WORDS[state], detail])
        pdf.table(rows, [50, 25, 105])
    return "pdf", pdf_bytes(pdf, "Change of placement")


# ---- plo_outcome (pdf) ---------------------------------------------------------------

PLO_RISKS = {
    "sh": "Harm to self",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Drugs or alcohol",
    "ed": "Eating disorder",
    "miss": "Going missing",
    "phys": "Harm to others",
    "sexh": "Sexual harm to others",
    "fire": "Setting fires",
    "animals": "Harm to animals",
    "cceo": "Exploitation of other children",
}
PLO_WORDS = {
    "present": "Current concern:",
    "historical": "Historic (not current):",
    "suspected": "Suspected:",
    "none_known": "No concerns.",
    "not_stated": "",
}


def plo_outcome(spec: Spec) -> tuple[str, bytes]:
    """A pre-proceedings (PLO) meeting outcome letter with the placement request."""
    pdf = Pdf()
    pdf.heading(spec.la_text)
    pdf.para("Public Law Outline – outcome of the pre-proceedings meeting")
    pdf.para(f"Date of this letter: {long_date(spec.date) or '[not dated – draft]'}")
    pdf.para(f"Our reference (EHM/Mosaic): {spec.reference or 'to follow'}")
    pdf.para(spec.story)
    pdf.para(
        f"The plan is now to ask Placements for {spec.setting_words}. "
        f"At present: {spec.current}. Start: {long_date(spec.start) or spec.start_words}."
    )
    for kid in spec.kids:
        pdf.heading(kid.name)
        lines = [
            f"Date of birth: {dmy(kid.dob)}" if kid.dob else f"Age: {kid.age}",
            f"Gender: {_gender(kid)}",
            f"Legal position: {legal(kid)}",
            f"School: {school(kid)}",
            f"Health: {kid.health or ''}",
            f"Family time: {family(kid)}",
            f"Not to have contact with: {', '.join(kid.no_contact) or 'nobody named'}",
            f"Placements: {history(kid)}",
        ]
        pdf.para("\n".join(lines))
        said = [f"{PLO_RISKS[s]} – {_said(kid, s, PLO_WORDS)}" for s in RISKS]
        pdf.para("\n".join(line.rstrip(" –") for line in said))
    pdf.para(
        f"Yours sincerely\n{spec.worker.name}\nSocial Worker\n"
        f"{spec.worker.email or ''}  {spec.worker.phone or ''}"
    )
    return "pdf", pdf_bytes(pdf, "PLO outcome")


# ---- image_scan (pdf, as earlier sets) ------------------------------------------------


def image_scan(spec: Spec) -> tuple[str, bytes]:
    lines = spec.story.split("\n")
    return "pdf", scan_bytes(lines, angle=1.4 if spec.id.endswith("7") else -2.1)


WORD_PDF = {
    "placement_plan_draft": placement_plan_draft,
    "stability_meeting": stability_meeting,
    "adm_longterm": adm_longterm,
    "carer_handover": carer_handover,
    "assessment_triangle": assessment_triangle,
    "episode_change": episode_change,
    "plo_outcome": plo_outcome,
    "image_scan": image_scan,
}
