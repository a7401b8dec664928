"""training_j's Word and PDF layouts, built from blocks: ("h", text), ("p", text or
pieces), ("table", rows, widths_mm)."""

from __future__ import annotations

from training_j_forms import (
    DURATION_WORDS,
    RISK_QUESTIONS,
    URGENCY_WORDS,
    form_sections,
    gender_text,
)
from training_j_model import LABELS, RISKS, Spec
from training_j_words import SETTING_WORDS, dob_text, family_text, history_text, risk_prose
from training_j_write import Docx, pdf_bytes

__all__ = ["OFFICE_LAYOUTS", "form_docx"]


def _docx(blocks: list[tuple], spec: Spec, header=(), footer=(), comments=()) -> bytes:
    document = Docx(author=spec.x.get("author", spec.worker.name))
    document.header = list(header)
    document.footer = list(footer)
    for number, author, text in comments:
        document.comment(number, author, text)
    for block in blocks:
        if block[0] == "h":
            document.h(block[1])
        elif block[0] == "p":
            document.p(block[1])
        elif block[0] == "table":
            twips = [int(w * 56.7) for w in block[2]] if len(block) > 2 else None
            document.table(block[1], twips)
    return document.bytes(spec.x.get("title", "Placement referral"))


def _pdf(blocks: list[tuple], spec: Spec) -> bytes:
    flat = []
    for block in blocks:
        if block[0] == "table":
            flat.append(("table", block[1], block[2] if len(block) > 2 else [60, 110]))
        else:
            flat.append(block)
    return pdf_bytes(flat, spec.x.get("title", "Placement referral"), spec.x.get("author", "LA"))


def _rows(sections, drop=(), fixes=None) -> list[tuple]:
    blocks: list[tuple] = []
    for heading, rows in sections:
        cells = []
        for key, label, value in rows:
            if key in drop:
                continue
            if fixes and key in fixes:
                value = fixes[key](value)
            cells.append([label, value])
        blocks += [("h", heading), ("table", cells, [55, 115])]
    return blocks


def form_docx(spec: Spec, shown: dict | None = None) -> bytes:
    """The LA's own Word form, as attached to an email; ``shown`` overrides some rows' words."""
    shown = shown or {}
    labels = {
        "ref": spec.x.get("id_label", "Child ID"),
        "date": "Date completed",
        "h.referral": "Section A - Referrer",
        "h.placement": "Section B - Placement",
        "h.child": "Section C - Child",
        **RISK_QUESTIONS,
    }
    sections = [
        (heading, [(k, lab, shown.get(k, v)) for k, lab, v in rows])
        for heading, rows in form_sections(spec, labels, "current")
    ]
    blocks = [("h", f"{spec.la_words} - Placement Referral Form"), *_rows(sections)]
    if spec.x.get("context"):
        blocks += [("h", "Section D - Reason for referral"), ("p", spec.x["context"])]
    return _docx(blocks, spec)


def tracked_changes(spec: Spec) -> bytes:
    """A Word form with tracked changes; the LA only in the header, the reference only in
    the footer."""
    x = spec.x
    changes = x.get("changes", {})

    def fix(key):
        return lambda value: (
            [("del", changes[key]), ("ins", value)] if value else [("del", changes[key])]
        )

    fixes = {key: fix(key) for key in changes}
    labels = {
        "h.referral": "Part 1: Referrer",
        "h.placement": "Part 2: What is needed",
        "h.child": "Part 3: The child",
        "worker": "Allocated SW",
        "start": "Required from",
    }
    blocks = [
        ("h", x.get("title", "Request for Placement")),
        ("p", "Please complete all sections. Track changes on."),
    ]
    blocks += _rows(form_sections(spec, labels, "yes_past"), drop=("ref",), fixes=fixes)
    if x.get("context"):
        blocks += [("h", "Part 4: Reason for request"), ("p", x["context"])]
    if x.get("deleted"):
        blocks.append(("p", [("del", x["deleted"])]))
    return _docx(blocks, spec, header=x["header"], footer=x["footer"])


def word_comments(spec: Spec) -> bytes:
    """A referral written in headed paragraphs, with reviewers' comments in the margin."""
    x = spec.x
    kid = spec.kids[0]
    headings = x.get(
        "headings",
        (
            "Summary",
            "About the child",
            "Family time",
            "Placement history",
            "Risks",
            "Health and education",
            "Placement needed",
        ),
    )
    name = kid.known_as or kid.first
    paragraphs = [
        f"{x['opening']} {kid.first} {kid.last}"
        + (f' (known as "{kid.known_as}")' if kid.known_as else "")
        + f", born {dob_text(kid)}, {gender_text(kid).lower() or 'gender not recorded'}."
        + f" Legal status: {kid.legal_words}. {x.get('id_label', 'Child ID')}: {spec.ref}.",
        x["context"],
        family_text(kid) or x.get("family_gap", "Family time: to be confirmed."),
        history_text(kid),
        risk_prose(kid, name, x.get("prose", "d")),
        f"{kid.health or 'Health: awaiting information.'} School: {kid.school_words}."
        + "".join(f" {label}: {value}." for label, value in kid.more),
        " ".join(
            f"{w}."
            for w in (
                SETTING_WORDS[spec.setting],
                URGENCY_WORDS[spec.urgency],
                DURATION_WORDS[spec.duration],
            )
            if w
        )
        + f" Start: {spec.start_words}.",
    ]
    comments = {
        index: (number, author, text)
        for number, (index, author, text) in enumerate(x.get("comments", ()))
    }
    blocks: list[tuple] = [("h", x["title"])]
    if spec.date_words:
        blocks.append(("p", f"Date: {spec.date_words}"))
    for index, (heading, text) in enumerate(zip(headings, paragraphs, strict=True)):
        if index in comments:
            number, _, _ = comments[index]
            blocks.append(("p", [("comment", number, f"{index + 1}. {heading}")]))
        else:
            blocks.append(("h", f"{index + 1}. {heading}"))
        blocks.append(("p", text))
    blocks.append(
        (
            "p",
            f"Completed by: {spec.worker.name}, {spec.worker.role}, "
            f"{spec.worker.email}, {spec.worker.phone}",
        )
    )
    return _docx(blocks, spec, comments=[c for c in comments.values()])


def _pc_blocks(spec: Spec) -> list[tuple]:
    x = spec.x
    parent = x["parent"]
    kid = spec.kids[0]
    blocks = [
        ("h", x["title"]),
        (
            "table",
            [
                ["Referring authority", spec.la_words],
                [x.get("id_label", "Case number"), spec.ref or "Not yet allocated"],
                ["Date of referral", spec.date_words or ""],
                ["Social worker", spec.worker.name],
                ["Email / phone", f"{spec.worker.email} / {spec.worker.phone}"],
            ],
            [55, 115],
        ),
        ("h", "Part A - The parent"),
        ("table", [[label, value] for label, value in parent], [55, 115]),
        ("h", "Part B - The baby"),
        (
            "table",
            [
                ["Name", f"{kid.first} {kid.last}"],
                ["Date of birth", dob_text(kid)],
                ["Sex", gender_text(kid)],
                ["Legal status", kid.legal_words],
                ["Education", kid.school_words],
                ["Health", kid.health or ""],
                ["Family time", family_text(kid)],
                ["Placements so far", history_text(kid)],
                ["Risks (baby)", risk_prose(kid, kid.first, x.get("prose", "a"))],
            ],
            [55, 115],
        ),
        ("h", "Part C - Assessment requested"),
        (
            "table",
            [
                ["Type", x.get("setting_words", SETTING_WORDS[spec.setting])],
                ["Length", x.get("length", DURATION_WORDS[spec.duration])],
                ["Start", spec.start_words],
                ["Court timetable", x.get("court", "")],
            ],
            [55, 115],
        ),
        ("p", x["context"]),
    ]
    for role, name, contact in x.get("others", ()):
        blocks.append(("p", f"{role}: {name}, {contact}"))
    return blocks


def pc_residential(spec: Spec) -> bytes:
    """A parent-and-child residential assessment request: the parent first, then the baby."""
    if spec.fmt == "pdf":
        return _pdf(_pc_blocks(spec), spec)
    return _docx(_pc_blocks(spec), spec)


def step_up(spec: Spec) -> bytes:
    """A child-in-need step-up to looked after: numbered questions, answers beside them."""
    x = spec.x
    kid = spec.kids[0]
    questions = [
        ("Child's full name", f"{kid.first} {kid.last}"),
        ("Date of birth", dob_text(kid)),
        ("Gender", gender_text(kid)),
        (x.get("id_label", "Case ID"), spec.ref or ""),
        ("Current legal status / proposed legal status", kid.legal_words),
        ("Where does the child live now?", x["lives"]),
        ("Why does the child need to become looked after?", x["context"]),
        ("What type of placement is needed?", x.get("setting_words", SETTING_WORDS[spec.setting])),
        ("How long for?", DURATION_WORDS[spec.duration]),
        ("Is this an emergency?", x["emergency"]),
        ("When from?", spec.start_words),
        ("School and whether the child must stay there", kid.school_words),
        ("Health needs", kid.health or ""),
        ("Family time", family_text(kid)),
        ("Previous care episodes", history_text(kid)),
    ]
    for short in RISKS:
        state, words = kid.risk[short]
        answer = {
            "present": f"Yes - {words}",
            "historical": f"Previously - {words}",
            "suspected": f"Possibly - {words}",
            "none_known": "No",
            "not_stated": "",
        }[state]
        questions.append((f"Is there any risk of: {LABELS[short].lower()}?", answer.rstrip(" -")))
    rows = [[f"{n}.", q, a] for n, (q, a) in enumerate(questions, 1)]
    blocks = [
        ("h", x["title"]),
        ("p", f"Date of request: {spec.date_words}"),
        ("table", rows, [10, 70, 90]),
        (
            "p",
            f"Social worker: {spec.worker.name}   Tel: {spec.worker.phone}   "
            f"Email: {spec.worker.email}",
        ),
        ("p", f"Team manager authorisation: {x['manager']}"),
    ]
    return _docx(blocks, spec)


def ifa_move_request(spec: Spec) -> bytes:
    """An IFA's placement move request: the provider writes, the LA's worker is listed."""
    x = spec.x
    blocks = [
        ("h", x["agency"]),
        ("small", x["agency_address"]),
        ("h", "PLACEMENT MOVE REQUEST / NOTICE"),
        (
            "table",
            [
                ["Date of this request", spec.date_words],
                ["Completed by", x["ssw"]],
                ["Notice period", x["notice"]],
                ["Move needed by", spec.start_words],
            ],
            [55, 115],
        ),
        ("h", "Placing authority"),
        (
            "table",
            [
                ["Local authority", spec.la_words],
                [x.get("id_label", "LA child ref"), spec.ref or ""],
                ["Child's social worker", spec.worker.name],
                ["Social worker email", spec.worker.email],
                ["Social worker phone", spec.worker.phone],
            ],
            [55, 115],
        ),
        ("h", "Reason for the move"),
        ("p", x["context"]),
        ("h", "Placement sought"),
        (
            "p",
            "; ".join(
                word
                for word in (
                    x.get("setting_words", SETTING_WORDS[spec.setting]),
                    DURATION_WORDS[spec.duration].lower(),
                    URGENCY_WORDS[spec.urgency],
                )
                if word
            )
            + ".",
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("h", f"Child: {kid.first} {kid.last}"),
            (
                "table",
                [
                    ["Date of birth", dob_text(kid)],
                    ["Gender", gender_text(kid)],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                    ["Health", kid.health or ""],
                    ["Family time", family_text(kid)],
                    ["Placement history", history_text(kid)],
                ]
                + [[label, value] for label, value in kid.more],
                [55, 115],
            ),
            (
                "table",
                [["**Risk", "**Current / past / suspected / none", "**Details"]]
                + [
                    [
                        LABELS[s],
                        {
                            "present": "Current",
                            "historical": "Past",
                            "suspected": "Suspected",
                            "none_known": "None known",
                            "not_stated": "",
                        }[kid.risk[s][0]],
                        kid.risk[s][1],
                    ]
                    for s in RISKS
                ],
                [55, 45, 70],
            ),
        ]
    blocks.append(("p", x["sign_off"]))
    return _pdf(blocks, spec)


def care_plan_extract(spec: Spec) -> bytes:
    """An extract of the child's care plan sent for a placement search."""
    x = spec.x
    kid = spec.kids[0]
    rows = [
        [
            "1",
            "Child",
            f"{kid.first} {kid.last}, born {dob_text(kid)}, {gender_text(kid)}"
            + (f', known as "{kid.known_as}"' if kid.known_as else ""),
        ],
        ["2", "Legal basis for care", kid.legal_words],
        ["3", "Plan for permanence", x["permanence"]],
        [
            "4",
            "Placement needed",
            f"{SETTING_WORDS[spec.setting]}, {DURATION_WORDS[spec.duration]}"
            f", from {spec.start_words}",
        ],
        ["5", "Education (PEP)", kid.school_words],
        ["6", "Health (health assessment)", kid.health or "Health assessment awaited"],
        ["7", "Family time plan", family_text(kid) or x.get("family_gap", "")],
        ["8", "Placements to date", history_text(kid)],
        ["9", "Risks and safety plan", risk_prose(kid, kid.known_as or kid.first, "b")],
    ] + [[str(10 + n), label, value] for n, (label, value) in enumerate(kid.more)]
    blocks = [
        ("h", f"{spec.la_words}"),
        ("h", "CARE PLAN (PART 2) - EXTRACT FOR PLACEMENT SEARCH"),
        (
            "table",
            [
                ["Child ref", spec.ref or ""],
                ["Date sent to placements", spec.date_words],
                ["Care plan last reviewed", x["reviewed"]],
                ["Social worker", f"{spec.worker.name} ({spec.worker.role})"],
                ["Contact", f"{spec.worker.email}  {spec.worker.phone}"],
            ],
            [55, 115],
        ),
        ("table", rows, [10, 50, 110]),
        ("p", x["context"]),
    ]
    return _pdf(blocks, spec)


def dotted_fill(spec: Spec) -> bytes:
    """A printed form filled in on dotted lines, options ringed as "[X]"."""
    x = spec.x

    def line(label: str, value: str) -> tuple:
        return ("p", f"{label}: ....{value}....")

    def choice(options: list[str], chosen: str | None) -> str:
        return "   ".join(f"[{'X' if option == chosen else ' '}] {option}" for option in options)

    blocks = [
        ("h", x["title"]),
        line("Local authority", spec.la_words),
        line("Date", spec.date_words),
        line(x.get("id_label", "Ref no"), spec.ref or ""),
        line("Social worker", spec.worker.name),
        line("Tel", spec.worker.phone),
        line("E-mail", spec.worker.email),
        (
            "p",
            "Placement: "
            + choice(
                ["Foster", "Residential", "Parent & child", "Supported"],
                {
                    "fostering": "Foster",
                    "residential": "Residential",
                    "parent_and_child": "Parent & child",
                    "supported_accommodation": "Supported",
                }[spec.setting],
            ),
        ),
        ("p", "Urgency: " + choice(["Emergency", "Planned"], URGENCY_WORDS[spec.urgency])),
        (
            "p",
            "Length: "
            + choice(
                ["Respite", "Short term", "Long term"], DURATION_WORDS[spec.duration].split(" /")[0]
            ),
        ),
        line("Start date", spec.start_words),
    ]
    for number, kid in enumerate(spec.kids, 1):
        blocks += [
            ("h", f"Child {number}" if len(spec.kids) > 1 else "Child"),
            line("First name", kid.first),
            line("Surname", kid.last),
            line("D.O.B.", dob_text(kid)),
            line("Boy / girl", gender_text(kid)),
            line("Legal status", kid.legal_words),
            line("School", kid.school_words),
            line("Health", kid.health or ""),
            line("Family time", family_text(kid)),
            line("Past placements", history_text(kid)),
        ]
        for short in RISKS:
            state, words = kid.risk[short]
            mark = {
                "present": "Yes",
                "historical": "Past",
                "suspected": "Suspected",
                "none_known": "No",
                "not_stated": None,
            }[state]
            blocks.append(
                (
                    "p",
                    f"{LABELS[short]}: "
                    + choice(["Yes", "Past", "Suspected", "No"], mark)
                    + (f"  Details: {words}" if words else ""),
                )
            )
    blocks.append(("p", x["context"]))
    return _pdf(blocks, spec)


OFFICE_LAYOUTS = {
    "tracked_changes": tracked_changes,
    "word_comments": word_comments,
    "pc_residential": pc_residential,
    "step_up": step_up,
    "ifa_move_request": ifa_move_request,
    "care_plan_extract": care_plan_extract,
    "dotted_fill": dotted_fill,
}
