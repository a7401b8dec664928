"""training_n's layouts: each turns a spec into the bytes of one document.

Every layout has its own labels and its own words for a risk's state; the specs carry the
sentences (risks, family time, history) in their own words.
"""

# ruff: noqa: RUF001 (the documents' own en dashes and typography)

from __future__ import annotations

from datetime import date

from training_n_model import LABELS, RISKS, H, Kid, N, P, S, Spec, U, dotted, long_date, slash
from training_n_write import Docx, Pdf, eml, scan

GENDER = {
    "plain": {"male": "Male", "female": "Female", "other": "Non-binary"},
    "short": {"male": "M", "female": "F", "other": "X"},
    "child": {"male": "boy", "female": "girl", "other": "non-binary young person"},
}
SETTING = {
    "fostering": "foster care",
    "residential": "a children's home",
    "parent_and_child": "a parent and child placement",
    "secure": "secure accommodation",
    "supported_accommodation": "supported accommodation (16+)",
}


# Each layout's own names for the risks (the model's LABELS are the plain ones).
EVERYDAY = dict(
    zip(
        RISKS,
        (
            "Hurting themselves",
            "Being sexually exploited",
            "Being drawn into crime by others",
            "Drink or drugs",
            "Eating",
            "Going missing",
            "Hurting other people",
            "Sexually harmful behaviour",
            "Starting fires",
            "Hurting animals",
            "Getting others involved in crime",
        ),
    )
)
ABBREVIATED = dict(
    zip(
        RISKS,
        (
            "DSH",
            "CSE",
            "CCE",
            "Substance misuse",
            "Disordered eating",
            "MFH",
            "Aggression / violence",
            "HSB",
            "Arson / fire-setting",
            "Animal cruelty",
            "Exploiting others",
        ),
    )
)
COMPACT = dict(
    zip(
        RISKS,
        (
            "SH",
            "CSE",
            "CCE",
            "D&A",
            "ED",
            "Missing",
            "Violence",
            "HSB",
            "Fire",
            "Animals",
            "Recruiting others",
        ),
    )
)
SPOKEN = dict(
    zip(
        RISKS,
        (
            "self-harm",
            "sexual exploitation",
            "criminal exploitation",
            "drugs and drink",
            "eating",
            "running off",
            "violence",
            "sexual behaviour",
            "fires",
            "animals",
            "pulling other kids into crime",
        ),
    )
)
# How each email layout labels a child's facts.
BLOCKS = {
    "hub": ("DOB", "Legal", "School", "Family time", "Placements", "Health", "Risks", COMPACT),
    "mbu": (
        "Born",
        "Legal position",
        "Nursery / school",
        "Contact",
        "Care history",
        "Health and development",
        "Risk",
        EVERYDAY,
    ),
    "bounce": (
        "Date of birth",
        "Status",
        "Education",
        "Seeing family",
        "Where lived",
        "Medical",
        "Risk information",
        ABBREVIATED,
    ),
}


def dob(kid: Kid, style: str = "slash") -> str:
    if kid.dob is None:
        return f"not known – aged {kid.age}" if style != "bare" else f"{kid.age} (no DOB)"
    return {"slash": slash, "long": long_date, "dotted": dotted, "iso": date.isoformat}[style](
        kid.dob
    )


def gender(kid: Kid, style: str = "plain") -> str:
    return GENDER[style][kid.gender] if kid.gender else ""


def school(kid: Kid) -> str:
    if kid.school is None:
        return ""
    return f"{kid.school} {kid.school_note}".strip()


def family(kid: Kid) -> str:
    if kid.ft is None:
        text = kid.ft_gap
    elif not kid.ft:
        text = "None at present"
    else:
        text = "; ".join(words for _, _, words in kid.ft)
    return text


def history(kid: Kid, sep: str = "; ") -> str:
    if kid.history is None:
        return kid.history_gap
    if not kid.history:
        return kid.history_none
    return sep.join(kid.history)


def health(kid: Kid) -> str:
    return kid.health or ""


def extras(kid: Kid) -> list[tuple[str, str]]:
    rows = []
    if kid.known_as:
        rows.append(("Known as", kid.known_as))
    if kid.allergies is not None:
        rows.append(("Allergies", kid.allergy_words if kid.allergies else "None known"))
    if kid.disabilities:
        rows.append(("Diagnosed disability", kid.disability_words))
    return rows


def risk_prose(kid: Kid, labels: dict[str, str], blanket: str, joiner: str = " – ") -> list[str]:
    """One line per stated risk (its label, then its words), the blanket line for the rest."""
    lines = [
        f"{labels[short]}{joiner}{words}"
        for short, (state, words) in kid.risks.items()
        if words and state != U
    ]
    if kid.rest == "none":
        lines.append(blanket)
    return lines


def risk_rows(kid: Kid, vocab: dict[str, str], labels: dict[str, str] = LABELS) -> list[list[str]]:
    rows = []
    for short in RISKS:
        state, words = kid.risk[short]
        rows.append([labels[short], vocab[state], words or ""])
    return rows


def names(spec: Spec) -> str:
    return " and ".join(kid.first for kid in spec.kids)


def signature(worker, la_name: str) -> list[str]:
    lines = [worker.name, f"{worker.role}, {worker.team}", la_name]
    if worker.phone:
        lines.append(f"Tel: {worker.phone}")
    lines.append(worker.email)
    return lines


# ----------------------------------------------------------------------------- Word


def ehcp_summary(spec: Spec) -> bytes:
    """A disabled children's / SEND team's fostering referral with an EHCP summary."""
    vocab = {
        P: "Yes – currently",
        H: "Yes – in the past",
        S: "Possibly – not confirmed",
        N: "No",
        U: "",
    }
    doc = Docx(header=f"{spec.la_name} – SEND and Children in Care", footer="OFFICIAL-SENSITIVE")
    doc.heading("Referral for a Family Placement – Child with an EHC Plan")
    doc.para(
        "Please read with the EHCP summary in Part 3. The Local Offer short breaks "
        "directory has already been checked for this family."
    )
    rows = [
        ["Placing authority", spec.la_name],
        ["Case number (EHM / LCS)", spec.ref or ""],
        ["Date of referral", slash(spec.date) if spec.date else ""],
        ["Allocated social worker", spec.worker.name],
        ["Worker telephone", spec.worker.phone or ""],
        ["Worker email", spec.worker.email],
    ]
    if spec.sender:
        rows.append(["SEN caseworker (EHCP)", f"{spec.sender.name}, {spec.sender.phone}"])
    rows += [
        ["Type of placement", spec.extra.get("type_words", SETTING[spec.setting])],
        ["Planned or emergency", spec.urgency_words],
        ["Expected length", spec.duration_words],
        ["Start wanted", spec.start_words],
    ]
    doc.heading("Part 1 – The request", 22)
    doc.table(rows, widths=[3200, 5800])
    for number, kid in enumerate(spec.kids, 1):
        doc.heading(f"Part 2 – The child{f' ({number})' if len(spec.kids) > 1 else ''}", 22)
        rows = [
            ["Full name", kid.name],
            ["Date of birth", dob(kid)],
            ["Sex", gender(kid)],
            ["Legal basis for being looked after", kid.legal_words],
            ["Education setting named in Section I", school(kid)],
            ["Health (diagnoses, medication)", health(kid)],
            ["Family time", family(kid)],
            ["Care history (most recent last)", history(kid, "\n")],
        ]
        rows += [[a, b] for a, b in extras(kid)]
        if kid.no_contact:
            rows.append(
                ["Must not have contact with", ", ".join(n.title() for n in kid.no_contact)]
            )
        doc.table(rows, widths=[3200, 5800])
        doc.heading(f"Part 3 – EHCP summary for {kid.first}", 22)
        doc.table(
            [
                ["Section", "Summary"],
                ["A – views, interests, aspirations", kid.ehcp[0]],
                ["B – special educational needs", kid.ehcp[1]],
                ["F – provision", kid.ehcp[2]],
            ],
            header=True,
            widths=[3200, 5800],
        )
        doc.heading(f"Part 4 – Safety: does {kid.first} ...", 22)
        doc.table(
            [["Question", "Answer", "What happened / how it is managed"]]
            + [
                [f"... show {LABELS[s].lower()}?", a, b]
                for s, (a, b) in ((s, (vocab[kid.state(s)], kid.words(s) or "")) for s in RISKS)
            ],
            header=True,
            widths=[3000, 2000, 4000],
        )
    for note in spec.notes:
        doc.para(note)
    return doc.bytes()


def disruption_minutes(spec: Spec) -> bytes:
    """Minutes of a fostering disruption meeting, with the request for the next home."""
    chair = spec.sender
    doc = Docx(header=f"{spec.la_name} – Fostering Service", footer="Disruption meeting record")
    doc.heading("Placement Disruption Meeting – Record and Next Steps")
    doc.table(
        [
            ["Meeting held", spec.extra["meeting"]],
            ["Independent chair", f"{chair.name} ({chair.role}), {chair.phone}"],
            ["Record sent to placements", long_date(spec.date) if spec.date else "—"],
            [
                "Child's social worker",
                f"{spec.worker.name}, {spec.worker.phone}, {spec.worker.email}",
            ],
            ["Reference", spec.ref or ""],
        ],
        widths=[3000, 6000],
    )
    doc.heading("1. Why the placement ended", 22)
    for note in spec.notes:
        doc.para(note)
    doc.heading("2. What the next home needs to offer", 22)
    doc.para(
        f"The group agreed that {names(spec)} need{'s' if len(spec.kids) == 1 else ''} "
        f"{spec.extra.get('type_words', SETTING[spec.setting])}. {spec.duration_words} "
        f"{spec.urgency_words} Move wanted: {spec.start_words}."
    )
    for kid in spec.kids:
        doc.heading(f"3. {kid.first.upper()} {kid.last.upper()}", 22)
        doc.label("Born:", dob(kid, "long"))
        if kid.gender:
            doc.label("Gender:", gender(kid))
        doc.label("Order:", kid.legal_words)
        doc.label("School:", school(kid))
        doc.label("Homes so far:", history(kid))
        doc.label("Seeing family:", family(kid))
        for a, b in extras(kid):
            doc.label(f"{a}:", b)
        if kid.no_contact:
            doc.label("No contact:", ", ".join(n.title() for n in kid.no_contact))
        doc.label("Health:", health(kid))
        doc.para("What the meeting heard about risk:", bold=True)
        for line in risk_prose(kid, EVERYDAY, spec.blanket):
            doc.para("• " + line)
    return doc.bytes()


def out_of_area(spec: Spec) -> bytes:
    """A placing authority's notice to the host authority of an out-of-area search."""
    host = spec.extra["host"]
    doc = Docx(header=spec.la_name, footer="Notification under the Care Planning Regulations")
    doc.heading(f"Notification to {host}: out-of-area placement being sought")
    doc.para(
        f"To: Children's Services (Placements and Designated Manager), {host}\n"
        f"From: {spec.la_name}"
        + (f"\nDate: {spec.date.strftime('%A %d %B %Y')}" if spec.date else "")
    )
    doc.para(
        f"We are writing to tell you that we are looking for {spec.extra.get('type_words', SETTING[spec.setting])} "
        f"in your area. The reasons are set out below. {spec.urgency_words}".strip()
    )
    doc.heading("Reasons for placing outside our boundary", 22)
    doc.para(spec.extra["reason"])
    doc.heading("The request", 22)
    doc.table(
        [
            ["Our reference", spec.ref or "to follow"],
            ["Start", spec.start_words],
            ["Duration", spec.duration_words],
            ["Responsible social worker", spec.worker.name],
            ["Contact", f"{spec.worker.phone or ''}  {spec.worker.email}".strip()],
        ],
        widths=[3000, 6000],
    )
    for kid in spec.kids:
        doc.heading(f"Child: {kid.name}", 22)
        doc.table(
            [
                ["D.O.B.", dob(kid, "dotted")],
                ["Gender", gender(kid)],
                ["Status", kid.legal_words],
                ["School / college", school(kid)],
                ["Previous placements", history(kid, "\n")],
                ["Family time", family(kid)],
                ["Health", health(kid)],
            ]
            + [[a, b] for a, b in extras(kid)]
            + (
                [["Not to have contact with", ", ".join(n.title() for n in kid.no_contact)]]
                if kid.no_contact
                else []
            ),
            widths=[3000, 6000],
        )
        doc.para("Risk summary for the host authority's information:", bold=True)
        for line in risk_prose(kid, ABBREVIATED, spec.blanket, ": "):
            doc.para("– " + line)
    for note in spec.notes:
        doc.para(note)
    doc.para("Yours faithfully,\n" + "\n".join(signature(spec.sender or spec.worker, spec.la_name)))
    return doc.bytes()


def rhi_record(spec: Spec) -> bytes:
    """A return home interview record that ends in a request for another placement."""
    kid = spec.kids[0]
    vocab = {P: "Yes, now", H: "Before, not now", S: "Thought so", N: "No", U: "not asked"}
    doc = Docx(header=f"{spec.la_name} · Missing and Exploitation Hub", footer="RHI form v3")
    doc.heading("Return Home Interview (RHI) and Request for Alternative Placement")
    doc.table(
        [
            ["Young person", kid.name],
            ["DOB", dob(kid)],
            ["Gender", gender(kid)],
            ["Mosaic number", spec.ref or ""],
            ["RHI completed by", f"{spec.sender.name}, {spec.sender.role}"],
            ["RHI date", spec.extra["rhi_date"]],
            ["Form sent to placements", slash(spec.date) if spec.date else ""],
        ],
        widths=[3000, 6000],
    )
    doc.heading("Missing episodes", 22)
    doc.table([["From", "Returned", "Where found"]] + spec.extra["episodes"], header=True)
    doc.heading("Push and pull factors (young person's words)", 22)
    for note in spec.notes:
        doc.para(note)
    doc.heading("Request for alternative placement", 22)
    doc.table(
        [
            ["Allocated SW", spec.worker.name],
            ["SW phone / email", f"{spec.worker.phone or ''} / {spec.worker.email}"],
            ["Legal status", kid.legal_words],
            ["Placement type", spec.extra.get("type_words", SETTING[spec.setting])],
            ["How soon", f"{spec.urgency_words} {spec.start_words}".strip()],
            ["Length", spec.duration_words],
            ["School", school(kid)],
            ["Current and past homes", history(kid, "\n")],
            ["Family time", family(kid)],
            ["Health", health(kid)],
        ]
        + [[a, b] for a, b in extras(kid)]
        + (
            [["No contact", ", ".join(n.title() for n in kid.no_contact)]] if kid.no_contact else []
        ),
        widths=[3000, 6000],
    )
    doc.heading("Risk screen", 22)
    doc.table(
        [["Area", "Answer", "Notes"], *risk_rows(kid, vocab)],
        header=True,
        widths=[3000, 2000, 4000],
    )
    return doc.bytes()


# ----------------------------------------------------------------------------- PDF


def court_directions(spec: Spec) -> bytes:
    vocab = {P: "Ongoing", H: "Past only", S: "Alleged – unproven", N: "None reported", U: ""}
    pdf = Pdf(title="Schedule of directions and placement request")
    pdf.heading(f"IN THE FAMILY COURT SITTING AT {spec.extra['court'].upper()}", big=True)
    pdf.para(f"Case number {spec.extra['case_no']}  ·  {spec.la_name} (Applicant)")
    pdf.heading("Schedule of directions (extract)")
    pdf.table([["No.", "Direction", "By"]] + spec.extra["directions"], [30, 370, 110], header=True)
    pdf.heading("Placement request made under direction " + spec.extra["direction_no"], big=True)
    pdf.table(
        [
            ["Request date", slash(spec.date) if spec.date else ""],
            ["LA case ref.", spec.ref or ""],
            ["Social worker", spec.worker.name],
            ["Direct line", spec.worker.phone or ""],
            ["Secure email", spec.worker.email],
            ["Placement sought", spec.extra.get("type_words", SETTING[spec.setting])],
            ["Urgency", spec.urgency_words],
            ["Duration", spec.duration_words],
            ["Needed from", spec.start_words],
        ],
        [150, 360],
    )
    for kid in spec.kids:
        pdf.heading(f"Subject child: {kid.name}")
        pdf.table(
            [
                ["Date of birth", dob(kid, "long")],
                ["Gender", gender(kid)],
                ["Current order", kid.legal_words],
                ["School", school(kid)],
                ["Placements to date", history(kid, "\n")],
                ["Family time (as directed)", family(kid)],
                ["Health", health(kid)],
            ]
            + [[a, b] for a, b in extras(kid)]
            + (
                [["No contact", ", ".join(n.title() for n in kid.no_contact)]]
                if kid.no_contact
                else []
            ),
            [150, 360],
        )
        pdf.table(
            [["Risk", "Position", "Evidence / detail"], *risk_rows(kid, vocab)],
            [150, 100, 260],
            header=True,
        )
    for note in spec.notes:
        pdf.para(note)
    return pdf.bytes()


def rag_matrix(spec: Spec) -> bytes:
    status = {P: "Current", H: "Historic", S: "Alleged", N: "None identified", U: ""}
    rag = {P: "RED", H: "AMBER", S: "AMBER", N: "GREEN", U: "GREY"}
    pdf = Pdf(title="Placement risk assessment matrix")
    pdf.heading(f"{spec.la_name}", big=True)
    pdf.heading("Placement Risk Assessment Matrix (to accompany the referral)")
    pdf.table(
        [
            ["Completed by", spec.worker.name, "Role", spec.worker.role],
            ["Phone", spec.worker.phone or "", "Email", spec.worker.email],
            ["Date", slash(spec.date) if spec.date else "", "Ref", spec.ref or ""],
            [
                "Placement",
                spec.extra.get("type_words", SETTING[spec.setting]),
                "Start",
                spec.start_words,
            ],
            ["Urgency", spec.urgency_words, "Length", spec.duration_words],
        ],
        [80, 175, 60, 195],
    )
    pdf.para(
        "Key: RED = likely and serious; AMBER = possible or in the past; GREEN = no "
        "concern identified; GREY = not assessed yet."
    )
    for kid in spec.kids:
        pdf.heading(f"{kid.last.upper()}, {kid.first}")
        pdf.table(
            [
                ["DOB", dob(kid), "Gender", gender(kid)],
                ["Legal", kid.legal_words, "School", school(kid)],
                ["Family time", family(kid), "Placements", history(kid, "\n")],
                [
                    "Health",
                    health(kid),
                    "Other",
                    "; ".join(f"{a}: {b}" for a, b in extras(kid))
                    + (
                        "; no contact with " + ", ".join(n.title() for n in kid.no_contact)
                        if kid.no_contact
                        else ""
                    ),
                ],
            ],
            [70, 185, 70, 185],
        )
        rows = [["Risk area", "Status", "L", "I", "RAG", "Narrative"]]
        for short in RISKS:
            state, words = kid.risk[short]
            score = {P: ("4", "4"), H: ("2", "3"), S: ("3", "3"), N: ("1", "1"), U: ("", "")}[state]
            rows.append([LABELS[short], status[state], *score, rag[state], words or ""])
        pdf.table(rows, [120, 70, 20, 20, 45, 235], header=True)
    for note in spec.notes:
        pdf.para(note)
    return pdf.bytes()


def cross_border(spec: Spec) -> bytes:
    vocab = {P: "Yes", H: "Past", S: "Query", N: "No", U: ""}
    pdf = Pdf(title="Cross-border placement request")
    pdf.heading("CROSS-BORDER PLACEMENT REQUEST – ENGLAND TO SCOTLAND", big=True)
    pdf.para(
        f"Placing local authority (England): {spec.la_name}. Receiving service: "
        f"{spec.extra['provider']} (Care Inspectorate service no. {spec.extra['cs_no']}). "
        "The placing authority keeps full responsibility for the child under the Children "
        "Act 1989; the receiving Scottish authority's Chief Social Work Officer has been told."
    )
    pdf.table(
        [
            ["Request raised", slash(spec.date) if spec.date else "", "Our ref", spec.ref or ""],
            ["Social worker", spec.worker.name, "Tel", spec.worker.phone or ""],
            [
                "Email",
                spec.worker.email,
                "Service",
                spec.extra.get("type_words", SETTING[spec.setting]),
            ],
            ["Urgency", spec.urgency_words, "Length", spec.duration_words],
            [
                "Admission",
                spec.start_words,
                "Deprivation of liberty",
                spec.extra.get("dol", "No order"),
            ],
        ],
        [85, 170, 85, 170],
    )
    for kid in spec.kids:
        pdf.heading(f"Child: {kid.name}")
        pdf.table(
            [
                ["DOB", dob(kid, "long"), "Sex", gender(kid, "short")],
                ["Legal status (England)", kid.legal_words, "Education", school(kid)],
                ["Placement history", history(kid, "\n"), "Family time", family(kid)],
                [
                    "Health",
                    health(kid),
                    "Other",
                    "; ".join(f"{a}: {b}" for a, b in extras(kid))
                    + (
                        "; no contact: " + ", ".join(n.title() for n in kid.no_contact)
                        if kid.no_contact
                        else ""
                    ),
                ],
            ],
            [85, 170, 85, 170],
        )
        pdf.table(
            [["Risk", "Y / N / Past / Query", "Details"], *risk_rows(kid, vocab)],
            [140, 90, 280],
            header=True,
        )
    for note in spec.notes:
        pdf.para(note)
    return pdf.bytes()


def cla_review(spec: Spec) -> bytes:
    iro = spec.sender
    pdf = Pdf(title="Child Looked After Review – record")
    pdf.heading(f"{spec.la_name} – Independent Reviewing Service", big=True)
    pdf.heading("Child Looked After Review: record and recommendations")
    pdf.table(
        [
            ["Review held", spec.extra["review"]],
            ["Independent Reviewing Officer", f"{iro.name}, {iro.phone}"],
            ["Record circulated", long_date(spec.date) if spec.date else "(not dated)"],
            ["Child's social worker", spec.worker.name],
            ["Worker's contact details", f"{spec.worker.email} / {spec.worker.phone or ''}"],
            ["Case reference", spec.ref or ""],
        ],
        [170, 340],
    )
    pdf.heading("Present")
    pdf.para(spec.extra["present"])
    pdf.heading("Recommendations")
    for number, line in enumerate(spec.extra["recommendations"], 1):
        pdf.para(f"{number}. {line}")
    pdf.para(
        f"Placement search: {spec.extra.get('type_words', SETTING[spec.setting])}. "
        f"{spec.duration_words} {spec.urgency_words} To start: {spec.start_words}."
    )
    for kid in spec.kids:
        pdf.heading(f"About {kid.first} {kid.last}")
        pdf.table(
            [
                ["Date of birth", dob(kid)],
                ["Gender", gender(kid)],
                ["Legal status", kid.legal_words],
                ["School", school(kid)],
                ["Placements since coming into care", history(kid, "\n")],
                ["Family time", family(kid)],
                ["Health", health(kid)],
            ]
            + [[a, b] for a, b in extras(kid)]
            + (
                [["No contact", ", ".join(n.title() for n in kid.no_contact)]]
                if kid.no_contact
                else []
            ),
            [170, 340],
        )
        pdf.para("Risks discussed at the review:")
        for line in risk_prose(kid, LABELS, spec.blanket):
            pdf.para("• " + line)
    for note in spec.notes:
        pdf.para(note)
    return pdf.bytes()


def image_scan(spec: Spec) -> bytes:
    return scan(spec.extra["lines"], spec.extra["angle"])


# ----------------------------------------------------------------------------- email


def _headers(spec: Spec, sender, to: str, subject: str, when: str, cc: str = "") -> list:
    headers = [
        ("From", f"{sender.name} <{sender.email}>"),
        ("To", to),
    ]
    if cc:
        headers.append(("Cc", cc))
    headers += [
        ("Subject", subject),
        ("Date", when),
        ("Message-ID", f"<{spec.id}.{spec.slug}@mail.example.gov.uk>"),
    ]
    return headers


def kid_block(kid: Kid, spec: Spec, style: str) -> list[str]:
    born, legal, edu, seen, lived, med, risk, labels = BLOCKS[style]
    sex = gender(kid, "child" if style == "mbu" else "plain")
    lines = [
        f"{kid.name}" + (f" ({sex})" if kid.gender else ""),
        f"  {born}: {dob(kid, 'long' if style == 'mbu' else 'slash')}",
        f"  {legal}: {kid.legal_words}",
        f"  {edu}: {school(kid)}",
        f"  {seen}: {family(kid)}",
        f"  {lived}: {history(kid)}",
        f"  {med}: {health(kid)}",
    ]
    lines += [f"  {a}: {b}" for a, b in extras(kid)]
    if kid.no_contact:
        lines.append("  No contact with: " + ", ".join(n.title() for n in kid.no_contact))
    lines.append(f"  {risk}:")
    lines += [
        f"    - {line}"
        for line in risk_prose(kid, labels, spec.blanket, ": " if style == "hub" else " – ")
    ]
    return lines


def hub_digest(spec: Spec) -> bytes:
    hub = spec.sender
    rows = spec.extra["rows"]
    kid = spec.kids[0]
    body = [
        "Good morning all,",
        "",
        f"Below is this week's list of children our member authorities are still "
        f"looking for homes for. Row {spec.extra['row']} is expanded at the end because "
        "the authority has asked for a wider search. Please reply to the allocated "
        "social worker and copy the hub.",
        "",
        "Hub ID    | LA            | Initials | Age | Need                 | Days waiting",
        "----------+---------------+----------+-----+----------------------+-------------",
    ]
    body += rows
    body += ["", f"=== Row {spec.extra['row']} expanded ===", ""]
    body += [
        f"Placing authority: {spec.la_name}",
        f"LA reference: {spec.ref or 'n/k'}",
        f"Allocated social worker: {spec.worker.name} – {spec.worker.phone or ''} – {spec.worker.email}",
        f"Looking for: {spec.extra.get('type_words', SETTING[spec.setting])}",
        f"Urgency / length: {spec.urgency_words} {spec.duration_words}".rstrip(),
        f"From: {spec.start_words}",
        "",
    ]
    for kid in spec.kids:
        body += [*kid_block(kid, spec, "hub"), ""]
    body += spec.notes
    body += ["", "Kind regards", "", hub.name, hub.role, hub.team, hub.phone or "", hub.email]
    when = spec.extra["sent"]
    return eml(
        _headers(spec, hub, "Placement providers (bcc)", spec.extra["subject"], when),
        "\n".join(body),
    )


def prison_mbu(spec: Spec) -> bytes:
    officer = spec.sender
    kid = spec.kids[0]
    inner = [
        "-----Original Message-----",
        f"From: {officer.name} <{officer.email}>",
        f"Sent: {spec.extra['inner_sent']}",
        f"To: {spec.worker.name} <{spec.worker.email}>",
        f"Subject: {spec.extra['subject']}",
        "",
        f"Dear {spec.worker.name.split()[0]},",
        "",
    ]
    inner += spec.notes
    inner += [
        "",
        "Regards",
        officer.name,
        officer.role,
        officer.team,
        officer.phone or "",
    ]
    top = spec.extra["top"] + [
        "",
        f"Our reference: {spec.ref or 'to follow'}",
        f"Placement: {spec.extra.get('type_words', SETTING[spec.setting])}",
        f"When: {spec.start_words}",
        f"{spec.urgency_words} {spec.duration_words}".strip(),
        "",
        "Baby:",
    ]
    top += kid_block(kid, spec, "mbu")
    outer = spec.extra.get("outer", spec.worker)
    top += ["", *signature(outer, spec.la_name), ""]
    return eml(
        _headers(
            spec,
            outer,
            spec.extra["to"],
            "FW: " + spec.extra["subject"],
            spec.extra["sent"],
            cc=spec.extra.get("cc", ""),
        ),
        "\n".join(top + inner),
    )


def bounce_resend(spec: Spec) -> bytes:
    """The worker resends a request that met an out-of-office reply, correcting it above."""
    original = [
        f"From: {spec.worker.name}",
        f"Sent: {spec.extra['first_sent']}",
        f"To: {spec.extra['first_to']}",
        f"Subject: {spec.extra['subject']}",
        "",
        "Hello,",
        "",
        f"I am looking for {spec.extra.get('type_words', SETTING[spec.setting])} for  ".join(
            part
            for part in (
                f"{names(spec)}. Start: {spec.start_words}.",
                spec.urgency_words,
                spec.duration_words,
            )
            if part
        ),
        f"Ref: {spec.ref or ''}",
        "",
    ]
    for kid in spec.kids:
        kid_lines = kid_block(kid, spec, "bounce")
        original += [*kid_lines, ""]
    original += [*spec.notes, "", "Thanks,", spec.worker.name.split()[0]]
    if "swap" in spec.extra:
        right, wrong = spec.extra["swap"]
        original = [line.replace(right, wrong) for line in original]
    auto = [
        "-----Automatic reply-----",
        f"From: {spec.extra['first_to']}",
        f"Subject: Automatic reply: {spec.extra['subject']}",
        "",
        spec.extra["auto"],
    ]
    top = spec.extra["top"] + [""] + signature(spec.worker, spec.la_name) + [""]
    quoted = []
    for line in original:
        right, wrong, note = spec.extra.get("inline", (None, None, None))
        if right and right in line:
            # The worker's correction typed in line, below the wrong value she quotes.
            quoted += ["> " + line.replace(right, wrong), f"<< {note}"]
        else:
            quoted.append("> " + line if line else ">")
    body = [*top, "", *auto, "", *quoted]
    return eml(
        _headers(
            spec,
            spec.worker,
            spec.extra["to"],
            "FW: " + spec.extra["subject"],
            spec.extra["sent"],
            cc=spec.extra.get("cc", ""),
        ),
        "\n".join(body),
    )


# ----------------------------------------------------------------------------- text


def teams_transcript(spec: Spec) -> bytes:
    lines = [spec.extra["title"], spec.extra["when"], spec.extra["length"], ""]
    for who, stamp, said in spec.extra["talk"]:
        lines += [f"{who}   {stamp}", said, ""]
    lines += ["", spec.extra.get("stopped", "Transcription stopped.")]
    return "\n".join(lines).encode("utf-8")


def message_pad(spec: Spec) -> bytes:
    e = spec.extra
    lines = [
        "=" * 60,
        "  WHILE YOU WERE OUT – TELEPHONE MESSAGE (typed up from the pad)",
        "=" * 60,
        f"FOR:    {e['for']}",
        f"DATE:   {e['date_words']}        TIME: {e['time']}",
        f"FROM:   {e['caller']}",
        f"OF:     {spec.la_name}",
        f"TEL:    {e['caller_tel']}",
        "",
        f"[{'X' if e.get('rang') else ' '}] Telephoned   [X] Please ring back   "
        f"[{'X' if e.get('urgent') else ' '}] URGENT   [ ] Will call again",
        "",
        "MESSAGE:",
    ]
    lines += e["message"]
    lines += ["", f"Taken by: {e['taken_by']}", "-" * 60]
    return "\n".join(lines).encode("utf-8")


def workbook_sheets(spec: Spec) -> bytes:
    status = {P: "active", H: "previous", S: "concern (unconfirmed)", N: "none", U: ""}
    e = spec.extra

    def q(text: str) -> str:
        text = str(text)
        return f'"{text}"' if ("," in text or "\n" in text) else text

    out = [f"# Exported from {e['book']} – {len(e['sheets'])} sheets, one block per tab", ""]
    out += ["### Tab: Request", "Field,Value"]
    out += [
        f"Authority,{q(spec.la_name)}",
        f"Case ID,{q(spec.ref or '')}",
        f"Logged,{q(spec.date.isoformat() if spec.date else '')}",
        f"SW,{q(spec.worker.name)}",
        f"SW tel,{q(spec.worker.phone or '')}",
        f"SW email,{q(spec.worker.email)}",
        f"Type,{q(e.get('type_words', SETTING[spec.setting]))}",
        f"Urgency,{q(spec.urgency_words)}",
        f"Length,{q(spec.duration_words)}",
        f"Start,{q(spec.start_words)}",
        "",
        "### Tab: Children",
        "Forename,Surname,DOB,Sex,Legal,School,Family time,No contact,Placements,Health,Other",
    ]
    for kid in spec.kids:
        out.append(
            ",".join(
                q(x)
                for x in (
                    kid.first,
                    kid.last,
                    kid.dob.isoformat() if kid.dob else f"age {kid.age}",
                    gender(kid, "short"),
                    kid.legal_words,
                    school(kid),
                    family(kid),
                    "; ".join(n.title() for n in kid.no_contact),
                    history(kid),
                    health(kid),
                    "; ".join(f"{a}: {b}" for a, b in extras(kid)),
                )
            )
        )
    out += ["", "### Tab: Risks", "Child,Risk area,Status,Notes"]
    for kid in spec.kids:
        for short, (state, words) in kid.risks.items():
            out.append(",".join(q(x) for x in (kid.first, LABELS[short], status[state], words)))
        if kid.rest == "none":
            out.append(",".join(q(x) for x in (kid.first, "All other areas", "none", spec.blanket)))
    out += ["", "### Tab: Notes", "Note"] + [q(n) for n in spec.notes]
    return ("\n".join(out) + "\n").encode("utf-8")


def private_fostering(spec: Spec) -> bytes:
    e = spec.extra
    kid = spec.kids[0]
    lines = [
        f"{spec.la_name.upper()} – PRIVATE FOSTERING TEAM",
        "Private fostering arrangement ended: request for accommodation",
        "",
        f"Recorded on ........ {long_date(spec.date) if spec.date else '(date not filled in)'}",
        f"PF notification ..... {e['notified']}",
        f"Private foster carer  {e['pf_carer']}",
        f"Why it ended ........ {e['ended']}",
        "",
        "THE CHILD",
        f"Name ................ {kid.name}",
        f"Date of birth ....... {dob(kid, 'long')}",
        f"Sex ................. {gender(kid)}",
        f"Legal status now .... {kid.legal_words}",
        f"School .............. {school(kid)}",
        f"Where lived before .. {history(kid)}",
        f"Family time ......... {family(kid)}",
        f"Health .............. {health(kid)}",
    ]
    lines += [f"{a + ' ':.<20} {b}" for a, b in extras(kid)]
    if kid.no_contact:
        lines.append(f"No contact with ..... {', '.join(n.title() for n in kid.no_contact)}")
    lines += ["", "RISKS (as known to the team)"]
    lines += [f"  * {line}" for line in risk_prose(kid, SPOKEN, spec.blanket, " -> ")]
    lines += [
        "",
        "WHAT IS NEEDED",
        "  "
        + "; ".join(
            part
            for part in (
                e.get("type_words", SETTING[spec.setting]),
                spec.urgency_words,
                spec.duration_words,
            )
            if part
        ),
        f"  From: {spec.start_words}",
        f"  Case number: {spec.ref or ''}",
        "",
        "CONTACT",
        f"  Allocated social worker: {spec.worker.name}",
        f"  {spec.worker.phone or ''}  |  {spec.worker.email}",
        "",
    ]
    lines += spec.notes
    return ("\n".join(lines) + "\n").encode("utf-8")


LAYOUTS = {
    "ehcp_summary": ehcp_summary,
    "disruption_minutes": disruption_minutes,
    "out_of_area": out_of_area,
    "rhi_record": rhi_record,
    "court_directions": court_directions,
    "rag_matrix": rag_matrix,
    "cross_border": cross_border,
    "cla_review": cla_review,
    "image_scan": image_scan,
    "hub_digest": hub_digest,
    "prison_mbu": prison_mbu,
    "bounce_resend": bounce_resend,
    "teams_transcript": teams_transcript,
    "message_pad": message_pad,
    "workbook_sheets": workbook_sheets,
    "private_fostering": private_fostering,
}
