"""training_k's sixteen layouts: each turns a Spec into the bytes of one document."""

from __future__ import annotations

from training_k_model import LABELS, RISKS, Kid, Spec
from training_k_write import Docx, Pdf, eml, wrap

# ---------------------------------------------------------------- shared pieces


def worker_line(spec: Spec) -> str:
    name, mail, phone = spec.worker
    return f"{name}, {mail}, {phone}"


def kid_rows(kid: Kid, labels: tuple) -> list[tuple[str, str]]:
    """The child's facts under this layout's own labels (nine labels, in order)."""
    name = f"{kid.first} {kid.last}" + (f' (known as "{kid.known_as}")' if kid.known_as else "")
    values = (
        name,
        kid.dob_words,
        kid.gender_words,
        kid.legal_words,
        kid.school_words,
        kid.family_words,
        kid.history_words,
        kid.health,
    )
    return list(zip(labels, values, strict=True))


def risk_rows(kid: Kid, no: str = "No", labels: dict = LABELS) -> list[tuple[str, str]]:
    rows = []
    for short in RISKS:
        state, words = kid.risk.get(short, ("none_known", ""))
        if state == "not_stated":
            rows.append((labels[short], ""))
        else:
            rows.append((labels[short], words or no))
    return rows


def placement_rows(spec: Spec, labels: tuple) -> list[tuple[str, str]]:
    """Setting, urgency (only where the document says it), duration, start."""
    values = (spec.setting_words, spec.urgency_words, spec.duration_words, spec.start_words)
    return [(label, value) for label, value in zip(labels, values, strict=True) if value]


def others_lines(spec: Spec) -> list[str]:
    return [f"{role}: {name} ({contact})" for role, name, contact in spec.others]


K1 = (
    "Child's name",
    "Date of birth",
    "Gender",
    "Legal status",
    "School / education",
    "Family time",
    "Previous placements",
    "Health",
)

# ---------------------------------------------------------------- Word layouts


def mash_outcome(spec: Spec) -> bytes:
    """A MASH outcome form whose decision is 'Accommodate - placement request to follow'."""
    doc = Docx(
        "MASH outcome",
        header=f"{spec.la} Multi-Agency Safeguarding Hub - OFFICIAL-SENSITIVE",
        footer=f"MASH outcome v3.2 | {spec.ref_label} {spec.ref or ''}",
    )
    doc.heading("MASH Outcome and Next Steps")
    doc.table(
        [
            ["Contact received", spec.note.split("|")[0]],
            ["MASH decision date", spec.date_words or ""],
            [spec.ref_label, spec.ref or ""],
            ["RAG rating", spec.note.split("|")[1]],
            [
                "Outcome",
                "Strategy discussion held - child to be accommodated. Request for placement below.",
            ],
        ]
    )
    doc.heading("Child(ren) subject of the contact")
    for kid in spec.kids:
        doc.table(
            [
                [k, v]
                for k, v in kid_rows(
                    kid,
                    (
                        "Name",
                        "DOB",
                        "Sex",
                        "Legal basis for accommodation",
                        "Education setting",
                        "Family time arrangements",
                        "Care history",
                        "Health / GP",
                    ),
                )
            ]
        )
        doc.para(f"Risk screening - {kid.first}", bold=True)
        doc.table(
            [["Risk indicator", "Information held by MASH partners"]]
            + [list(r) for r in risk_rows(kid, "No information held")]
        )
    doc.heading("Placement request")
    doc.table(
        [
            list(r)
            for r in placement_rows(
                spec, ("Type of placement", "Response", "Expected length", "Needed from")
            )
        ]
    )
    doc.heading("Allocated to")
    doc.para(f"Social worker: {worker_line(spec)}")
    for line in others_lines(spec):
        doc.para(line)
    return doc.bytes()


def dct_52week(spec: Spec) -> bytes:
    """A disabled children's team's request for a 52-week residential school placement."""
    doc = Docx(
        "52 week placement request",
        header=f"{spec.la} - Children with Disabilities Team",
        footer=f"{spec.ref_label}: {spec.ref or ''}",
    )
    doc.heading("Request to Joint Resource Panel: 52-week residential school / children's home")
    doc.para(f"Date of request: {spec.date_words}" if spec.date_words else "Date of request:")
    doc.para(f"Lead professional: {worker_line(spec)}")
    for line in others_lines(spec):
        doc.para(line)
    for kid in spec.kids:
        doc.heading("1. About the young person")
        for label, value in kid_rows(
            kid,
            (
                "Young person",
                "D.O.B.",
                "Gender",
                "Legal status (s20 / s17 short breaks / CO)",
                "Current school / EHCP named setting",
                "Contact with family",
                "Current and previous placements",
                "Diagnoses, medication and health",
            ),
        ):
            doc.para(f"{label}: {value}")
        doc.heading("2. Behaviours that challenge and risks")
        doc.para("Please describe each area; write 'None' where there are no concerns.")
        doc.table([["Area", "Description"]] + [list(r) for r in risk_rows(kid, "None")])
    doc.heading("3. What is being asked for")
    for label, value in placement_rows(
        spec, ("Provision sought", "Timescale", "Length of placement", "Proposed start")
    ):
        doc.para(f"{label}: {value}")
    doc.para(spec.note)
    return doc.bytes()


def raa_ffa(spec: Spec) -> bytes:
    """A Regional Adoption Agency's early permanence (foster to adopt) placement request."""
    doc = Docx(
        "Early permanence request",
        header=f"{spec.note.split('|')[0]} Regional Adoption Agency on behalf of {spec.la}",
        footer=f"Child's LA ref {spec.ref or ''}",
    )
    doc.heading("Early Permanence / Foster to Adopt - Request for Carers")
    doc.table(
        [
            ["Date", spec.date_words or ""],
            ["Child's social worker", worker_line(spec)],
        ]
        + [[r, f"{n} ({c})"] for r, n, c in spec.others]
    )
    for kid in spec.kids:
        doc.heading(f"The child: {kid.first}")
        doc.table(
            [
                [k, v]
                for k, v in kid_rows(
                    kid,
                    (
                        "Name",
                        "Date of birth",
                        "Sex",
                        "Legal position",
                        "Nursery / school",
                        "Family time (contact)",
                        "Placements since birth",
                        "Health and development",
                    ),
                )
            ]
        )
        doc.para("Known risks and vulnerabilities", bold=True)
        for label, text in risk_rows(kid, "None identified"):
            doc.para(f"{label} - {text}")
    doc.heading("Placement")
    for label, value in placement_rows(spec, ("Type", "Urgency", "Plan", "Date needed")):
        doc.para(f"{label}: {value}")
    doc.para(spec.note.split("|")[1])
    return doc.bytes()


def formtext_fields(spec: Spec) -> bytes:
    """An old .doc-era referral form saved as .docx: legacy FORMTEXT fields and drop-downs."""
    doc = Docx(
        "Placement Request Form",
        header=f"{spec.la}  |  Access to Resources Team",
        footer="Form ART1 (rev. 2019) - protect when completed",
    )
    doc.heading("PLACEMENT REQUEST FORM (ART1)")
    doc.formfield("Date of request", spec.date_words)
    doc.formfield(spec.ref_label, spec.ref or "")
    doc.formfield("Social worker", spec.worker[0])
    doc.formfield("Email", spec.worker[1])
    doc.formfield("Telephone", spec.worker[2])
    choices = (
        "Choose an item.",
        "Foster care",
        "Residential",
        "Parent and child",
        "Supported accommodation",
    )
    doc.formfield(
        "Placement type",
        spec.setting_words,
        dropdown=choices if spec.setting_words in choices else (),
    )
    if spec.urgency_words:
        doc.formfield("Urgency", spec.urgency_words)
    doc.formfield("Duration", spec.duration_words)
    doc.formfield("Start date", spec.start_words)
    for number, kid in enumerate(spec.kids, 1):
        doc.heading(f"CHILD {number}")
        for label, value in kid_rows(kid, K1):
            doc.formfield(label, value)
        doc.para("RISK (tick / describe)", bold=True)
        for label, text in risk_rows(kid, "No"):
            doc.formfield(label, text)
    for line in others_lines(spec):
        doc.para(line)
    if spec.note:
        doc.para(spec.note)
    return doc.bytes()


# ---------------------------------------------------------------- PDF layouts


def icpc_summary(spec: Spec) -> bytes:
    """An initial child protection conference summary with a request for accommodation."""
    pdf = Pdf(
        "ICPC summary", header=f"{spec.la} Safeguarding Unit - Initial Child Protection Conference"
    )
    pdf.line("INITIAL CHILD PROTECTION CONFERENCE - OUTCOME SUMMARY", bold=True, size=12)
    pdf.line(spec.note)
    pdf.line(f"{spec.ref_label}: {spec.ref or ''}")
    pdf.line(
        f"Summary circulated: {spec.date_words}"
        if spec.date_words
        else "Summary circulated: (draft)"
    )
    pdf.line(f"Allocated social worker: {worker_line(spec)}")
    for line in others_lines(spec):
        pdf.line(line)
    for kid in spec.kids:
        pdf.line()
        pdf.line(f"Child: {kid.first} {kid.last}", bold=True)
        pdf.grid([[k, v] for k, v in kid_rows(kid, K1)], [150, 365])
        pdf.line("Risks discussed at conference", bold=True)
        pdf.grid(
            [["Risk", "Conference view"]] + [list(r) for r in risk_rows(kid, "Not a concern")],
            [170, 345],
        )
    pdf.line("Request to Placements following conference", bold=True)
    for label, value in placement_rows(spec, ("Placement needed", "Urgency", "Duration", "From")):
        pdf.line(f"{label}: {value}")
    return pdf.bytes()


def reg40_ending(spec: Spec) -> bytes:
    """A children's home's notice that a placement is ending, with the LA's new request."""
    pdf = Pdf("Notice of placement ending", header=spec.note.split("|")[0])
    pdf.line("NOTIFICATION OF PLACEMENT ENDING (Regulation 40 / 14-day notice)", bold=True, size=11)
    pdf.line(spec.note.split("|")[1])
    for line in others_lines(spec):
        pdf.line(line)
    pdf.line()
    pdf.line(f"Placing authority: {spec.la}      {spec.ref_label}: {spec.ref or ''}")
    pdf.line(f"Placing social worker: {worker_line(spec)}")
    pdf.line(
        f"LA request for a new placement dated {spec.date_words}"
        if spec.date_words
        else "LA request for a new placement (undated)"
    )
    for label, value in placement_rows(
        spec, ("Type of home sought", "Priority", "Length", "Move date")
    ):
        pdf.line(f"{label}: {value}")
    for kid in spec.kids:
        pdf.line()
        pdf.grid(
            [
                [k, v]
                for k, v in kid_rows(
                    kid,
                    (
                        "Young person",
                        "DOB",
                        "Gender",
                        "Legal status",
                        "Education",
                        "Family time",
                        "Placement history",
                        "Health",
                    ),
                )
            ],
            [130, 385],
        )
        pdf.line("Incidents and risks (from the home's records and the LA)", bold=True)
        pdf.grid([list(r) for r in risk_rows(kid, "Nil")], [170, 345])
    return pdf.bytes()


OCR = str.maketrans({"O": "0", "l": "1", "o": "0", "I": "l"})


def ocr_scan(spec: Spec) -> bytes:
    """A scanned paper form run through OCR: labels carry 0/O and 1/l errors, stray marks."""
    pdf = Pdf("scan0042", font="KMono", size=9)

    def row(label: str, value: str) -> None:
        pdf.line(f"{label.translate(OCR)} : {value}")

    pdf.line("REFERRAL F0R PLACEMENT  -  " + spec.la.upper(), bold=True)
    pdf.line("~ . '  ,")
    row("Date", spec.date_words)
    row(spec.ref_label, spec.ref or "")
    row("Social worker", spec.worker[0])
    row("Email", spec.worker[1])
    row("Tel", spec.worker[2])
    for label, value in placement_rows(spec, ("Placement type", "Urgency", "Length", "Start date")):
        row(label, value)
    for kid in spec.kids:
        pdf.line("-" * 60)
        for label, value in kid_rows(
            kid,
            (
                "Child name",
                "Date of birth",
                "Gender",
                "Legal status",
                "School",
                "Family time",
                "Previous placements",
                "Health",
            ),
        ):
            row(label, value)
        pdf.line("RISKS".translate(OCR), bold=True)
        for label, text in risk_rows(kid, "No"):
            row(label, text)
    for line in others_lines(spec):
        pdf.line(line)
    pdf.line("| I ! .  scanned by MFD-3 ")
    return pdf.bytes()


def grid_print(spec: Spec) -> bytes:
    """An Excel matching grid printed to PDF: one column per child, rows of facts and risks."""
    pdf = Pdf(
        "Matching grid",
        header=f"{spec.la} - Sufficiency & Commissioning - Placement Finding Tracker.xlsx",
        size=8,
    )
    pdf.line("Sheet: Requests (print area A1:F60)", size=8)
    top = [
        ["Ref", spec.ref or ""],
        ["Date logged", spec.date_words],
        ["Worker", spec.worker[0]],
        ["Email", spec.worker[1]],
        ["Phone", spec.worker[2]],
    ]
    top += [
        [label, value]
        for label, value in placement_rows(spec, ("Setting", "Urgency", "Duration", "Start"))
    ]
    pdf.grid(top, [120, 395])
    width = 395 / len(spec.kids)
    rows = [
        ["Child"]
        + [f"{k.first} {k.last}" + (f" ({k.known_as})" if k.known_as else "") for k in spec.kids]
    ]
    labels = ("DOB", "Gender", "Legal", "School", "Family time", "History", "Health")
    for index, label in enumerate(labels, start=1):
        rows.append([label] + [kid_rows(k, K1)[index][1] for k in spec.kids])
    for short in RISKS:
        rows.append([LABELS[short]] + [dict(risk_rows(k, "N"))[LABELS[short]] for k in spec.kids])
    pdf.grid(rows, [120] + [width] * len(spec.kids), size=7.5)
    for line in others_lines(spec) + ([spec.note] if spec.note else []):
        pdf.line(line)
    return pdf.bytes()


# ---------------------------------------------------------------- email layouts


def _headers(
    spec: Spec, sender: str, to: str, subject: str, number: int, when: str, cc: str = ""
) -> list:
    headers = [("From", sender), ("To", to)]
    headers += [("Cc", cc)] if cc else []
    headers += [
        ("Subject", subject),
        ("Date", when),
        ("Message-ID", f"<k{spec.id}.{number}@mail.{spec.domain}.example.gov.uk>"),
    ]
    return headers


def hospital_discharge(spec: Spec) -> bytes:
    """A hospital social worker's email asking for a parent-and-child placement on discharge."""
    hsw = spec.others[0]
    kid = spec.kids[0]
    lines = [
        "Dear Placements team,",
        "",
        f"I'm the hospital social worker on the maternity unit. I am writing on behalf of {spec.worker[0]}, "
        f"the allocated social worker, who has asked me to send this while she is in a legal planning meeting.",
        "",
        spec.parent,
        "",
    ]
    lines += [
        f"{k}: {v}"
        for k, v in kid_rows(
            kid,
            (
                "Baby",
                "Born",
                "Sex",
                "Legal status",
                "Nursery / school",
                "Family time",
                "Placements",
                "Health (neonatal)",
            ),
        )
    ]
    lines += ["", "Risks for baby:"] + [f"  {k}: {v}" for k, v in risk_rows(kid, "None")]
    lines += [""] + [
        f"{k}: {v}"
        for k, v in placement_rows(
            spec, ("Placement", "Urgency", "Type", "Medically fit for discharge")
        )
    ]
    lines += [
        "",
        f"Allocated social worker: {worker_line(spec)}",
        f"{spec.ref_label}: {spec.ref or ''}",
        "",
        "Kind regards",
        hsw[1],
        hsw[0],
        hsw[2],
    ]
    text = "\n".join(wrap(line, 78) for line in lines)
    return eml(
        _headers(
            spec,
            f"{hsw[1]} <{hsw[2]}>",
            f"placements@{spec.domain}.example.gov.uk",
            f"Discharge planning - mother and baby placement - {spec.note}",
            1,
            _mail_date(spec),
            cc=spec.worker[1],
        ),
        text=text,
    )


def _mail_date(spec: Spec) -> str:
    from datetime import date

    day = date.fromisoformat(spec.date)
    return day.strftime("%a, %d %b %Y") + " 10:17:00 +0000"


def dps_tender(spec: Spec) -> bytes:
    """An LA commissioning team's tender email to providers on its DPS / framework portal."""
    rows = ""
    for kid in spec.kids:
        cells = kid_rows(kid, K1) + risk_rows(kid, "No known risk")
        rows += "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in cells)
        rows += "<tr><td colspan='2'><hr></td></tr>"
    place = "".join(
        f"<li><b>{k}:</b> {v}</li>"
        for k, v in placement_rows(spec, ("Service required", "Priority", "Duration", "Start"))
    )
    html = (
        "<html><body><p>Dear Provider,</p>"
        f"<p>{spec.la} invites offers for the following placement through the <b>{spec.note}</b>. "
        "Please submit your offer via the portal by 12:00 on the closing date. Do not reply to this email.</p>"
        f"<p>Tender reference: {spec.ref_label} {spec.ref or ''} &nbsp; Issued: {spec.date_words}</p>"
        f"<ul>{place}</ul><table border='1' cellpadding='3'>{rows}</table>"
        f"<p>Child's social worker (for clarification questions only): {worker_line(spec)}</p>"
        + "".join(f"<p>{line}</p>" for line in others_lines(spec))
        + "</body></html>"
    )
    sender = f"{spec.la} Commissioning <no-reply@{spec.domain}.example.gov.uk>"
    return eml(
        _headers(
            spec,
            sender,
            "undisclosed-recipients:;",
            f"NEW REFERRAL {spec.ref} - offers invited",
            2,
            _mail_date(spec),
        ),
        html=html,
    )


def voice_note(spec: Spec) -> bytes:
    """A worker's voice note transcribed by the phone and emailed on, uncorrected."""
    parts = [
        f"Transcript of voice message ({spec.note})",
        "",
        f"Hi it's {spec.worker[0]} um social worker in the {spec.la} team. Sorry I'm driving so I'm doing this as a voice note.",
    ]
    for kid in spec.kids:
        parts.append(
            f"So the young person is {kid.first} {kid.last}"
            + (f" um she goes by {kid.known_as}" if kid.known_as else "")
            + f". Date of birth is {kid.dob_words}. {kid.gender_words}. Legal status {kid.legal_words}. "
            f"School wise {kid.school_words}. Family time, {kid.family_words} "
            f"Placements, {kid.history_words} Health, {kid.health}"
        )
        parts.append("Risks right um let me go through them.")
        for label, text in risk_rows(kid, "no"):
            parts.append(
                f"{label} - {text}." if text else f"{label} - um I'll have to check that one."
            )
    parts.append(
        " ".join(
            f"{k} {v}." for k, v in placement_rows(spec, ("She needs", "It's", "Length", "Start"))
        )
    )
    reference = spec.ref or "um I'll send it"
    parts.append(
        f"Reference is {reference}. My email's {spec.worker[1]} and my mobile is {spec.worker[2]}. Thanks bye."
    )
    text = "\n\n".join(wrap(p, 78) for p in parts)
    return eml(
        _headers(
            spec,
            f"{spec.worker[0]} <{spec.worker[1]}>",
            f"placements@{spec.domain}.example.gov.uk",
            "Voice message - placement request",
            3,
            _mail_date(spec),
        ),
        text=text + "\n\nSent from my iPhone\n",
    )


def carer_enquiry(spec: Spec) -> bytes:
    """A kinship / foster carer's own enquiry, forwarded by the LA with the facts added."""
    carer = spec.others[0]
    lines = [
        f"Placements - please see below from {carer[1]}. Details of the child added underneath. "
        f"I am the allocated worker: {worker_line(spec)}.",
        "",
    ]
    lines += [
        f"{k}: {v}" for k, v in placement_rows(spec, ("Placement", "Urgency", "Length", "Start"))
    ]
    for kid in spec.kids:
        lines += [""] + [f"{k}: {v}" for k, v in kid_rows(kid, K1)]
        lines += ["Risks:"] + [f"- {k}: {v}" for k, v in risk_rows(kid, "none known")]
    lines += [
        "",
        f"{spec.ref_label}: {spec.ref or ''}",
        "",
        "-----Original Message-----",
        f"From: {carer[1]} <{carer[2]}>",
        "Subject: can we help",
        "",
        spec.note,
    ]
    text = "\n".join(wrap(line, 78) for line in lines)
    return eml(
        _headers(
            spec,
            f"{spec.worker[0]} <{spec.worker[1]}>",
            f"placements@{spec.domain}.example.gov.uk",
            f"FW: can we help - {spec.kids[0].first}",
            4,
            _mail_date(spec),
        ),
        text=text,
    )


# ---------------------------------------------------------------- text layouts


def bail_info_report(spec: Spec) -> str:
    """A youth justice service's bail information report to the youth court, in numbered
    paragraphs, proposing a bail address (a foster or supported home) instead of remand."""
    yjs = spec.others[0]
    lines = [
        f"{spec.la.upper()} YOUTH JUSTICE SERVICE",
        "BAIL INFORMATION REPORT AND REQUEST FOR A BAIL ADDRESS",
        "",
        f"Author: {yjs[1]} ({yjs[0]}), tel {yjs[2]}",
        f"Prepared: {spec.date_words}",
        "",
    ]
    section, number = 1, 1

    def para(text: str) -> None:
        nonlocal number
        lines.append(wrap(f"{section}.{number}  {text}", 80))
        number += 1

    para(spec.note)
    para(
        f"The child's social worker is {worker_line(spec)}. Local authority {spec.ref_label}: {spec.ref or ''}."
    )
    for kid in spec.kids:
        for label, value in kid_rows(kid, K1):
            para(f"{label}: {value}")
        lines += ["", "2. RISK AND VULNERABILITY (AssetPlus)"]
        section, number = 2, 1
        for label, text in risk_rows(kid, "No concerns"):
            para(f"{label}: {text}")
    lines += ["", "3. THE PROPOSED BAIL PACKAGE"]
    section, number = 3, 1
    for label, value in placement_rows(
        spec, ("Address sought", "Urgency", "Duration", "Needed from")
    ):
        para(f"{label}: {value}")
    return "\n".join(lines) + "\n"


def exploitation_panel(spec: Spec) -> str:
    """Minutes of a multi-agency child exploitation (MACE) panel: attendees, a case
    discussion in prose and an action table whose first action is the placement request."""
    lines = [
        "MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - CASE MINUTES",
        "=" * 58,
        f"Panel: {spec.la}" + (f" - {spec.date_words}" if spec.date_words else ""),
        f"Case: {spec.ref_label} {spec.ref or ''}",
        "Present:",
        f"  {spec.worker[0]} (allocated social worker) - {spec.worker[1]} / {spec.worker[2]}",
    ]
    lines += [f"  {n} ({r}) - {c}" for r, n, c in spec.others]
    lines += ["", "Background", wrap(spec.note, 78)]
    for kid in spec.kids:
        lines += ["", "Child discussed"] + [wrap(f"  {k}: {v}", 78) for k, v in kid_rows(kid, K1)]
        lines += ["", "Exploitation and other risks (panel's view)"]
        lines += [wrap(f"  * {k}: {v}", 78) for k, v in risk_rows(kid, "no")]
    lines += ["", "ACTIONS", "  No. | Action | Owner"]
    asked = "; ".join(
        f"{k}: {v}" for k, v in placement_rows(spec, ("setting", "urgency", "duration", "from"))
    )
    lines += [
        wrap(f"  1 | Placement request to Placements Team - {asked} | {spec.worker[0]}", 78),
        "  2 | Disruption plan to be shared with police | Panel chair",
    ]
    return "\n".join(lines) + "\n"


def message_thread(spec: Spec) -> str:
    """A Teams / WhatsApp chat between the worker and the placements team, exported to text:
    each line a time and a sender; the request comes in pieces across the messages."""
    stamp = f"{spec.date_words}, " if spec.date_words else ""
    officer = spec.others[0][1]
    me = spec.worker[0]
    msgs = [(me, f"Hi, need a placement please - {spec.note}"), (officer, "Ok send me the basics")]
    msgs += [
        (me, f"{k}: {v}")
        for k, v in placement_rows(spec, ("Setting", "Urgency", "Duration", "Start"))
    ]
    for kid in spec.kids:
        msgs += [(me, f"{k}: {v}") for k, v in kid_rows(kid, K1)]
        msgs += [(officer, "Risks?")]
        msgs += [(me, f"{k} - {v}") for k, v in risk_rows(kid, "none")]
    msgs += [
        (officer, "Case number?"),
        (me, f"{spec.ref_label} {spec.ref or ''}"),
        (officer, "And your contact details for the providers"),
        (me, f"{spec.worker[1]} {spec.worker[2]}"),
    ]
    lines = []
    for index, (who, text) in enumerate(msgs):
        lines.append(wrap(f"[{stamp}09:{10 + index // 2:02d}] {who}: {text}", 100))
    return "\n".join(lines) + "\n"


def handover_sheet(spec: Spec) -> str:
    """A duty team's end-of-day handover sheet: pipe-separated rows, one per child."""
    lines = [
        f"DUTY HANDOVER - {spec.la} Front Door - {spec.date_words or 'date not entered'}",
        f"From: {worker_line(spec)}",
        f"{spec.ref_label} {spec.ref or ''}",
        "-" * 70,
    ]
    lines += [f"{k} | {v}" for k, v in placement_rows(spec, ("Need", "Priority", "For", "From"))]
    for kid in spec.kids:
        lines += ["-" * 70] + [f"{k} | {v}" for k, v in kid_rows(kid, K1)]
        lines += [f"RISK {k} | {v}" for k, v in risk_rows(kid, "nil known")]
    lines += ["-" * 70, *others_lines(spec), spec.note]
    return "\n".join(wrap(line, 90) for line in lines) + "\n"


LAYOUTS = {
    "mash_outcome": mash_outcome,
    "dct_52week": dct_52week,
    "raa_ffa": raa_ffa,
    "formtext_fields": formtext_fields,
    "icpc_summary": icpc_summary,
    "reg40_ending": reg40_ending,
    "ocr_scan": ocr_scan,
    "grid_print": grid_print,
    "hospital_discharge": hospital_discharge,
    "dps_tender": dps_tender,
    "voice_note": voice_note,
    "carer_enquiry": carer_enquiry,
    "bail_info_report": bail_info_report,
    "exploitation_panel": exploitation_panel,
    "message_thread": message_thread,
    "handover_sheet": handover_sheet,
}


def render(spec: Spec) -> bytes:
    out = LAYOUTS[spec.layout](spec)
    return out.encode("utf-8") if isinstance(out, str) else out
