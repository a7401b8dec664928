# ruff: noqa: RUF001 (the documents use typographic dashes on purpose)
"""training_p's Word and PDF layouts: each turns a referral into a document's blocks,
with its own labels, its own names for the eleven risks and its own words for a state."""

from __future__ import annotations

from training_p_model import RISKS, Kid, Spec
from training_p_words import DURATION, URGENCY, council, facts, fmt, risk_line, setting_words
from training_p_write import docx_bytes, pdf_bytes

__all__ = ["WORD_AND_PDF"]

PLAIN = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Drugs / alcohol",
    "eat": "Eating disorder",
    "missing": "Missing from care",
    "violence": "Violence towards others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "cce_others": "Involving others in crime",
}
QUESTIONS = {
    "sh": "Has {n} ever self-harmed?",
    "cse": "Is {n} at risk of sexual exploitation?",
    "cce": "Is {n} being criminally exploited (county lines, gangs)?",
    "drugs": "Does {n} use drugs or alcohol?",
    "eat": "Does {n} have an eating disorder?",
    "missing": "Does {n} go missing?",
    "violence": "Has {n} been violent towards adults or children?",
    "hsb": "Has {n} shown harmful sexual behaviour?",
    "fire": "Is there a history of fire setting?",
    "animals": "Has {n} hurt animals?",
    "cce_others": "Has {n} drawn other children into offending?",
}


def _tick(state: str, columns: tuple[str, ...]) -> list[str]:
    return ["☒" if state == column else "☐" for column in columns]


def _worker_rows(spec: Spec) -> list[list[str]]:
    worker = spec.worker
    return [
        ["Allocated social worker", worker.name],
        ["Email", worker.email],
        ["Telephone", worker.phone or ""],
    ]


def carer_resignation(spec: Spec) -> bytes:
    carer, role, phone = spec.sender
    blocks: list = [
        ("h", "Foster carers' notice of resignation – request for an alternative placement"),
        (
            "p",
            f"Completed by {carer}, {role} (direct line {phone}) on behalf of the fostering "
            "service. The carers' letter is copied below.",
        ),
        (
            "table",
            [
                ["Date sent to Placement Service", fmt(spec.date, "long") or "(not yet sent)"],
                [
                    "Carers' letter dated",
                    fmt(spec.other_dates[0][1], "long") if spec.other_dates else "",
                ],
                ["Mosaic number", spec.reference or ""],
                ["Type of placement needed", setting_words(spec)],
                ["Urgency", URGENCY[spec.urgency]],
                ["Planned length", DURATION[spec.duration]],
                ["Move needed by", spec.start_words],
                *_worker_rows(spec),
            ],
        ),
        ("h", "The carers' letter"),
        ("p", spec.story),
    ]
    columns = ("present", "historical", "suspected", "none_known")
    for number, kid in enumerate(spec.kids, 1):
        blocks.append(("h", f"Child {number} of {len(spec.kids)}"))
        blocks.append(("table", [[label, value] for label, value in facts(kid, "long")]))
        rows = [["Risk", "Now", "Past", "Suspected", "No", "Details"]]
        for short in RISKS:
            state, words = kid.risk[short]
            rows.append(
                [
                    PLAIN[short],
                    *_tick(state, columns),
                    (words or "") if state != "none_known" else "",
                ]
            )
        blocks.append(("table", rows))
    return docx_bytes(blocks, header=f"{council(spec.la_name)} – Fostering Service")


RAG = {
    "present": "RED – current",
    "historical": "AMBER – past only",
    "suspected": "QUERY – not confirmed",
    "none_known": "GREEN – no concerns",
    "not_stated": "",
}


def reunification_review(spec: Spec) -> bytes:
    chair, role, phone = spec.sender
    meeting = spec.other_dates[0][1]
    blocks: list = [
        ("h", f"{spec.la_name} Children's Services"),
        ("h", "Reunification review: return home not sustained – request to re-accommodate"),
        (
            "table",
            [
                ["Review meeting held", fmt(meeting, "weekday")],
                ["Record completed and sent", fmt(spec.date, "weekday") if spec.date else "draft"],
                ["Chair", f"{chair}, {role} ({phone})"],
                ["Family reference (LCS)", spec.reference or "—"],
                [
                    "Social worker",
                    f"{spec.worker.name} – {spec.worker.email} – {spec.worker.phone or ''}",
                ],
            ],
        ),
        ("h", "What happened"),
        ("p", spec.story),
        ("h", "Placement sought"),
        (
            "p",
            ". ".join(
                w
                for w in (setting_words(spec), URGENCY[spec.urgency], DURATION[spec.duration])
                if w
            )
            + f". Needed from: {spec.start_words or 'not known'}.",
        ),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.last.upper()}, {kid.first}"))
        blocks.append(("p", "\n".join(f"{label} – {value}" for label, value in facts(kid, "dmy"))))
        rows = [["Risk area", "RAG", "Evidence"]]
        for short in RISKS:
            state, words = kid.risk[short]
            rows.append([PLAIN[short], RAG[state], words or ""])
        blocks.append(("table", rows))
    return docx_bytes(blocks)


CALLOFF = {
    "present": "Yes – current",
    "historical": "Yes – historical",
    "suspected": "Under assessment",
    "none_known": "No",
    "not_stated": "",
}


def minicomp_calloff(spec: Spec) -> bytes:
    officer, role, phone = spec.sender
    framework, deadline = spec.other_dates[0][0], spec.other_dates[0][1]
    blocks: list = [
        ("h", f"{framework} – Individual Placement Mini-Competition (Call-off Request)"),
        (
            "table",
            [
                ["1.1 Placing authority", spec.la_name],
                ["1.2 Date issued to framework providers", fmt(spec.date, "dmy") or "Not issued"],
                ["1.3 Tender returns by", fmt(deadline, "dmy") + " 12:00"],
                ["1.4 Commissioning contact", f"{officer}, {role}, {phone}"],
                ["1.5 Child's case number", spec.reference or ""],
                ["1.6 Social worker", spec.worker.name],
                [
                    "1.7 Social worker's email / phone",
                    f"{spec.worker.email} / {spec.worker.phone or ''}",
                ],
            ],
        ),
        ("h", "2. Specification"),
        (
            "table",
            [
                ["2.1 Lot", setting_words(spec)],
                ["2.2 Urgency", URGENCY[spec.urgency] or "Not specified"],
                ["2.3 Anticipated duration", DURATION[spec.duration] or "Not specified"],
                ["2.4 Start date", spec.start_words],
                ["2.5 Background", spec.story],
            ],
        ),
    ]
    for number, kid in enumerate(spec.kids, 1):
        blocks.append(("h", f"3.{number} Child profile"))
        blocks.append(("table", [[label, value] for label, value in facts(kid, "short")]))
        rows = [["Risk", "Response", "Detail"]]
        rows += [[PLAIN[s], CALLOFF[kid.state(s)], kid.words(s) or ""] for s in RISKS]
        blocks.append(("h", f"4.{number} Risk profile – {kid.first}"))
        blocks.append(("table", rows))
    return docx_bytes(blocks, header="OFFICIAL – SENSITIVE")


def _answer(kid: Kid, short: str, yes: str) -> str:
    state, words = kid.risk[short]
    if state == "not_stated":
        return words or ""
    if state == "none_known":
        return words or "No."
    prefix = {"present": yes, "historical": "Not now – in the past.", "suspected": "Possibly."}
    return f"{prefix[state]} {words or ''}".strip()


def contact_schedule(spec: Spec) -> bytes:
    coordinator, role, phone = spec.sender
    blocks: list = [
        ("h", f"{spec.la_name} Family Time Service"),
        ("h", "Family time schedule, sent with the request for a placement"),
        (
            "p",
            f"Prepared by {coordinator} ({role}, {phone}). Social worker: {spec.worker.name}, "
            f"{spec.worker.email}, tel {spec.worker.phone or 'not given'}. "
            f"Case ref {spec.reference or 'to follow'}. Date: {fmt(spec.date, 'long') or '—'}.",
        ),
        (
            "p",
            f"Placement type: {setting_words(spec)}. Length: {DURATION[spec.duration] or 'not known'}. "
            f"Urgency: {URGENCY[spec.urgency] or '—'}. Start: {spec.start_words}.",
        ),
        ("p", spec.story),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.first} {kid.last}"))
        rows = [["With", "Arrangement"]]
        for who, _, words in kid.family or ():
            rows.append([who, words])
        if len(rows) > 1:
            blocks.append(("table", rows))
        elif kid.family_words:
            blocks.append(("p", f"Family time: {kid.family_words}"))
        if kid.no_contact:
            blocks.append(("p", f"No contact: {', '.join(kid.no_contact)}."))
        details = [
            (label, value)
            for label, value in facts(kid, "long")
            if label not in ("Family time", "No contact with")
        ]
        blocks.append(("table", [[label, value] for label, value in details]))
        qa = [
            [QUESTIONS[s].format(n=kid.known_as or kid.first), _answer(kid, s, "Yes.")]
            for s in RISKS
        ]
        blocks.append(("table", qa))
    return docx_bytes(blocks)


LADO = ("present", "none_known", "historical", "suspected")


def lado_summary(spec: Spec) -> bytes:
    lado, role, phone = spec.sender
    blocks: list = [
        ("h", f"{spec.la_name} – Local Authority Designated Officer (LADO)"),
        (
            "h",
            "Allegation against a person in a position of trust: outcome of initial evaluation and request to move",
        ),
        (
            "table",
            [
                ["LADO", f"{lado} ({role})", "LADO tel", phone],
                [
                    "Initial evaluation",
                    fmt(spec.other_dates[0][1], "dmy"),
                    "Sent to placements",
                    fmt(spec.date, "dmy"),
                ],
                ["Ref", spec.reference or "", "Start", spec.start_words],
                ["Allocated SW", spec.worker.name, "SW email", spec.worker.email],
                ["SW phone", spec.worker.phone or "", "Type", setting_words(spec)],
                ["Urgency", URGENCY[spec.urgency], "Length", DURATION[spec.duration]],
            ],
        ),
        ("p", spec.story),
    ]
    for kid in spec.kids:
        pairs = facts(kid, "dmy")
        rows = [[a, b] for a, b in pairs]
        blocks += [("h", f"Child: {kid.first} {kid.last}"), ("table", rows)]
        grid = [["Risk", "Y", "N", "Hist", "?", "Notes"]]
        for short in RISKS:
            state, words = kid.risk[short]
            marks = ["X" if state == column else "" for column in LADO]
            grid.append([PLAIN[short], *marks, (words or "") if state != "none_known" else ""])
        blocks.append(("table", grid))
    return pdf_bytes(blocks, "LADO outcome")


def family_centre(spec: Spec) -> bytes:
    baby = spec.kids[0]
    blocks: list = [
        ("h", "Residential Family Centre – referral for a parent and child assessment"),
        (
            "table",
            [
                [
                    "Referring authority",
                    spec.la_name,
                    "Date of referral",
                    fmt(spec.date, "long") or "undated",
                ],
                [
                    "Child's ID",
                    spec.reference or "",
                    "Court",
                    spec.other_dates[0][0] if spec.other_dates else "",
                ],
                ["Social worker", spec.worker.name, "Email", spec.worker.email],
                ["Phone", spec.worker.phone or "", "Admission wanted", spec.start_words],
                [
                    "Assessment length",
                    DURATION[spec.duration] or "not yet agreed",
                    "Urgency",
                    URGENCY[spec.urgency],
                ],
            ],
        ),
        ("h", "Part 1 – the parent"),
        ("p", spec.parent),
        ("h", "Part 2 – the child"),
        ("table", [[a, b] for a, b in facts(baby, "long")]),
        ("h", "Part 3 – risks (parent and child)"),
    ]
    rows = [["Area", "Parent", "Child"]]
    for short in RISKS:
        state, words = baby.risk[short]
        child_word = {"none_known": "None", "not_stated": words or ""}.get(
            state, f"{state}: {words}"
        )
        rows.append([PLAIN[short], "see Part 1", child_word])
    blocks.append(("table", rows))
    blocks.append(("p", spec.story))
    return pdf_bytes(blocks, "Family centre referral")


ICPC = {
    "present": "yes, now",
    "historical": "in the past",
    "suspected": "suspected",
    "none_known": "none known",
    "not_stated": "",
}


def icpc_outcome(spec: Spec) -> bytes:
    chair, role, phone = spec.sender
    blocks: list = [
        ("h", f"{spec.la_name} Safeguarding – Initial Child Protection Conference"),
        (
            "p",
            f"Conference held {fmt(spec.other_dates[0][1], 'long')}. Chair: {chair}, {role}, "
            f"{phone}.",
        ),
        (
            "table",
            [
                [
                    "Present",
                    "Social worker " + spec.worker.name + "; health visitor; school DSL; police",
                ],
                ["Decision", spec.other_dates[0][0]],
            ],
        ),
        ("h", "Request for accommodation (to the Placements Team)"),
        (
            "table",
            [
                ["Date of request", fmt(spec.date, "dmy") or ""],
                ["CCM No", spec.reference or ""],
                ["Worker", f"{spec.worker.name}, {spec.worker.email}, {spec.worker.phone or ''}"],
                [
                    "Placement",
                    f"{setting_words(spec)}; {URGENCY[spec.urgency] or 'urgency not set'}; "
                    f"{DURATION[spec.duration] or 'length not set'}",
                ],
                ["From", spec.start_words],
            ],
        ),
        ("p", spec.story),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.first} {kid.last}"))
        blocks.append(("p", "; ".join(f"{a}: {b}" for a, b in facts(kid, "dmy") if b)))
        lines = [risk_line(PLAIN[s], kid.state(s), kid.words(s), ICPC) for s in RISKS]
        blocks.append(("p", "Risks to self and others:\n" + "\n".join(lines)))
    return pdf_bytes(blocks, "ICPC outcome")


VISIT = ("present", "historical", "suspected", "none_known")


def visit_record(spec: Spec) -> bytes:
    blocks: list = [
        ("h", f"{spec.la_name} – Statutory visit record (child looked after)"),
        (
            "table",
            [
                [
                    "Visit date",
                    fmt(spec.other_dates[0][1], "dotted"),
                    "Record date",
                    fmt(spec.date, "dotted") or "–",
                ],
                [
                    "Visiting worker",
                    spec.worker.name,
                    "Contact",
                    f"{spec.worker.email} {spec.worker.phone or ''}",
                ],
                ["Child seen alone", "Yes", "ICS ID", spec.reference or ""],
            ],
        ),
        ("h", "Child's views and what happens next"),
        ("p", spec.story),
        (
            "p",
            f"Outcome: request a {setting_words(spec).lower()} placement. "
            + "".join(f"{w}. " for w in (URGENCY[spec.urgency], DURATION[spec.duration]) if w)
            + f"Move: {spec.start_words}.",
        ),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"Key facts – {kid.first}"))
        pairs = facts(kid, "dotted")
        half = (len(pairs) + 1) // 2
        left, right = pairs[:half], pairs[half:] + [("", "")] * (2 * half - len(pairs))
        blocks.append(("table", [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=True)]))
        rows = [["Risk", "Current", "Past", "Suspected", "None", "Comment"]]
        for short in RISKS:
            state, words = kid.risk[short]
            rows.append(
                [PLAIN[short], *_tick(state, VISIT), (words or "") if state != "none_known" else ""]
            )
        blocks.append(("table", rows))
    return pdf_bytes(blocks, "Visit record")


WORD_AND_PDF = {
    "carer_resignation": carer_resignation,
    "reunification_review": reunification_review,
    "minicomp_calloff": minicomp_calloff,
    "contact_schedule": contact_schedule,
    "lado_summary": lado_summary,
    "family_centre": family_centre,
    "icpc_outcome": icpc_outcome,
    "visit_record": visit_record,
}
