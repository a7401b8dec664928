"""training_l's layouts: each renders a spec in its own words and returns the file's bytes."""

# ruff: noqa: RUF001 (LAs type en dashes between a label and its answer)
from __future__ import annotations

from datetime import timedelta

from training_l_model import RISKS, Kid, Spec, fmt
from training_l_write import DOCX_TYPE, Docx, Pdf, email, scan_pdf

ORDER = list(RISKS)


def fam(kid: Kid, sep: str = "; ") -> str:
    """The family-time answer: the arrangements' own words, or the document's sentence."""
    parts = [words for *_, words in kid.family or []]
    return sep.join(parts + ([kid.family_text] if kid.family_text else []))


def hist(kid: Kid, sep: str = "\n") -> str:
    return kid.history_text or sep.join(kid.history or [])


def extras(kid: Kid) -> list[tuple[str, str]]:
    """The newer fields as label/value rows, only where a spec gives the words."""
    out = []
    for label, key in (
        ("Disability", "disability_text"),
        ("Communication", "communication_text"),
        ("Allergies", "allergy_text"),
    ):
        if kid.extra.get(key):
            out.append((label, kid.extra[key]))
    return out


def said(kid: Kid, short: str, say: dict[str, str], joiner: str = " – ") -> str:
    state = kid.state(short)
    words = kid.words(short) or ""
    lead = say.get(state, "")
    if state == "none_known" or not words:
        return lead
    return f"{lead}{joiner}{words}" if lead else words


def truth_extra(kid: Kid) -> dict:
    return {k: v for k, v in kid.extra.items() if not k.endswith("_text")}


# ------------------------------------------------------------ 1 eclipse_pfr (docx)

ECLIPSE_RISKS = {
    "self_harm": "Self-injurious behaviour",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Substance misuse",
    "eating": "Disordered eating",
    "missing": "Missing from home / care",
    "violence": "Aggression towards others",
    "sexual": "Harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Cruelty to animals",
    "recruit": "Involving others in offending",
}
ECLIPSE_SAY = {
    "present": "Current",
    "historical": "Historic",
    "suspected": "Suspected",
    "none_known": "No known risk",
    "not_stated": "",
}


def eclipse_pfr(spec: Spec) -> bytes:
    doc = Docx(header=f"{spec.la}  |  Children's Services  |  OFFICIAL-SENSITIVE")
    doc.h("Placement Finding Request (PFR)")
    doc.p("Generated from Eclipse. Complete all sections before submitting to Commissioning.")
    doc.table(
        [
            ["Request details", ""],
            ["Eclipse Person ID", spec.ref or ""],
            ["Date requested", fmt(spec.sent, spec.extra.get("date_style", "dmy"))],
            ["Requesting worker", spec.sw[0]],
            ["Worker phone", spec.sw[2] or ""],
            ["Worker email", spec.sw[1]],
            ["Team manager", spec.extra.get("manager", "")],
        ],
        [3000, 6000],
        head=True,
    )
    doc.table(
        [
            ["Placement sought", ""],
            ["Provision", spec.extra.get("provision", "")],
            ["Timescale", spec.extra.get("timescale", "")],
            ["Anticipated length", spec.extra.get("length", "")],
            ["Required from", spec.start_text],
            ["Number of children", str(len(spec.kids))],
        ],
        [3000, 6000],
        head=True,
    )
    for index, kid in enumerate(spec.kids, 1):
        doc.p(f"Child {index} of {len(spec.kids)}", bold=True)
        rows = [
            ["Eclipse Person ID", kid.ident or spec.ref or ""],
            ["Forename(s)", kid.first],
            ["Surname", kid.last],
        ]
        if kid.extra.get("known_as"):
            rows.append(["Preferred name", kid.extra["known_as"]])
        rows += [
            ["Date of birth", kid.dob_text or f"Not known (age {kid.age})"],
            ["Sex", kid.sex],
            ["Legal status", kid.legal_text],
            ["Education setting", kid.school_shown],
            ["Health", kid.health],
        ]
        rows += [[a, b] for a, b in extras(kid)]
        doc.table(rows, [3000, 6000])
        doc.p("Family time", bold=True)
        if kid.family:
            doc.table(
                [["With", "Arrangement"]] + [[who, words] for who, _, words in kid.family],
                [2500, 6500],
                head=True,
            )
        if kid.family_text:
            doc.p(kid.family_text)
        doc.p("Placement history (most recent first)", bold=True)
        if kid.history_text or kid.history is None:
            doc.p(kid.history_text or "")
        else:
            doc.table(
                [["#", "Placement"]] + [[str(i), h] for i, h in enumerate(kid.history, 1)],
                [800, 8200],
                head=True,
            )
        doc.p("Risk Assessment Summary", bold=True)
        doc.table(
            [["Risk", "Rating", "Commentary"]]
            + [
                [
                    ECLIPSE_RISKS[s],
                    ECLIPSE_SAY[kid.state(s)],
                    "" if kid.state(s) == "none_known" else kid.words(s) or "",
                ]
                for s in ORDER
            ],
            [2800, 1600, 4600],
            head=True,
        )
    doc.p("Submitted via Eclipse workflow: Placement Finding > Commissioning queue.")
    return doc.bytes()


# ------------------------------------------------------------ 2 home_enquiry (docx)

HOME_QUESTIONS = {
    "self_harm": "Does the young person harm themselves?",
    "cse": "Any known or suspected sexual exploitation?",
    "cce": "Any involvement in county lines / criminal exploitation?",
    "drugs": "Drug or alcohol use?",
    "eating": "Any eating difficulties?",
    "missing": "Do they abscond / go missing?",
    "violence": "Violence or aggression to staff or peers?",
    "sexual": "Any sexually harmful behaviour?",
    "fire": "Any fire setting?",
    "animals": "Any harm to animals?",
    "recruit": "Do they draw other young people into offending?",
}


def home_enquiry(spec: Spec) -> bytes:
    home = spec.extra["home"]
    kid = spec.kids[0]
    doc = Docx(footer=f"{home} – Pre-admission enquiry v3 – keep in YP's pre-admission file")
    doc.h(f"{home}")
    doc.p("Pre-Admission Enquiry Form (to be completed by the person taking the enquiry)")
    doc.table(
        [
            ["Enquiry taken by", spec.extra["taker"]],
            ["Date of enquiry", fmt(spec.sent, "dmy") if spec.sent else ""],
            ["How received", spec.extra.get("how", "Telephone")],
            ["Placing authority", spec.la],
            ["Authority's reference", spec.ref or ""],
            ["Referring social worker", spec.sw[0]],
            ["SW telephone", spec.sw[2] or ""],
            ["SW email", spec.sw[1]],
        ],
        [3200, 5800],
    )
    doc.p("About the young person", bold=True)
    rows = [
        ["Name", kid.name],
        ["Likes to be called", kid.extra.get("known_as", "")],
        ["DOB", kid.dob_text or f"unknown – says {kid.age}"],
        ["Gender", kid.sex],
        ["Legal status", kid.legal_text],
        ["School / college", kid.school_shown],
        ["Health and medication", kid.health],
    ]
    rows += [[a, b] for a, b in extras(kid)]
    doc.table(rows, [3200, 5800])
    doc.p("When is a bed needed?", bold=True)
    doc.p(spec.start_text)
    doc.p(spec.extra.get("type_line", ""))
    doc.p("Presenting behaviours (ask each question)", bold=True)
    rows = []
    for short in ORDER:
        state = kid.state(short)
        if state == "not_stated":
            answer = ""
        elif state == "none_known":
            answer = spec.extra.get("no", "No")
        else:
            answer = kid.words(short) or {"present": "Yes", "suspected": "Possibly"}.get(state, "")
        rows.append([HOME_QUESTIONS[short], answer])
    doc.table(rows, [4500, 4500])
    doc.p("Family time", bold=True)
    doc.p(fam(kid, "\n"))
    doc.p("Previous placements", bold=True)
    doc.p(hist(kid))
    doc.p("Compatibility with current group", bold=True)
    doc.p(spec.extra.get("compat", ""))
    doc.p(f"Initial view of the Registered Manager: {spec.extra.get('view', '')}")
    return doc.bytes()


# ------------------------------------------------------------ 3 pc_community (docx)

PC_LABELS = [
    ("self_harm", "Self-harm"),
    ("cse", "Sexual exploitation"),
    ("cce", "Criminal exploitation"),
    ("drugs", "Drugs / alcohol"),
    ("eating", "Eating"),
    ("missing", "Missing episodes"),
    ("violence", "Violence"),
    ("sexual", "Sexual harm"),
    ("fire", "Fire"),
    ("animals", "Animals"),
    ("recruit", "Exploiting others"),
]


def pc_community(spec: Spec) -> bytes:
    baby = spec.kids[0]
    parent = spec.extra["parent"]  # dict of label -> text, and "risks" short -> text
    doc = Docx(header=spec.la)
    doc.h("Parent and Child Fostering – Referral")
    doc.p(f"Date: {fmt(spec.sent, 'long') if spec.sent else ''}")
    doc.p(f"Social worker: {spec.sw[0]}   Tel: {spec.sw[2] or ''}   Email: {spec.sw[1]}")
    doc.p(f"Family reference: {spec.ref or ''}")
    doc.p(f"Placement wanted from: {spec.start_text}")
    doc.p(spec.extra.get("purpose", ""))
    rows = [["", parent["role"], "Baby"]]
    rows.append(["Name", parent["name"], baby.name])
    rows.append(
        ["Date of birth", parent["dob"], baby.dob_text or "due " + baby.extra.get("due", "")]
    )
    rows.append(["Sex", parent.get("sex", ""), baby.sex])
    rows.append(["Legal status", parent.get("legal", "n/a"), baby.legal_text])
    rows.append(["Health", parent.get("health", ""), baby.health])
    rows.append(["Education / nursery", parent.get("school", ""), baby.school_shown])
    rows.append(["Family time", parent.get("family", ""), fam(baby)])
    rows.append(["Previous placements", parent.get("history", ""), hist(baby, "; ")])
    doc.table(rows, [2200, 3600, 3200], head=True)
    doc.p("Risks (complete a column for each person)", bold=True)
    risk_rows = [["", parent["role"], "Baby"]]
    for short, label in PC_LABELS:
        state = baby.state(short)
        baby_text = {"none_known": "None", "not_stated": ""}.get(state, baby.words(short) or "")
        risk_rows.append([label, parent["risks"].get(short, "No"), baby_text])
    doc.table(risk_rows, [2200, 3600, 3200], head=True)
    doc.p(spec.extra.get("close", ""))
    return doc.bytes()


# ------------------------------------------------------------ 4 stepdown_resi (docx)

STEP_LABELS = {
    "self_harm": "DSH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Substances",
    "eating": "Food / eating",
    "missing": "MFC (missing from care)",
    "violence": "Physical aggression",
    "sexual": "HSB",
    "fire": "Fire",
    "animals": "Animals",
    "recruit": "Grooming peers into offending",
}


def stepdown_resi(spec: Spec) -> bytes:
    kid = spec.kids[0]
    doc = Docx(footer=f"Ref {spec.ref or ''}   {spec.la}")
    doc.h("Step Down: Residential to Family-Based Care")
    doc.p("Referral to independent fostering providers")
    doc.p(f"Referral date: {fmt(spec.sent, 'ord') if spec.sent else ''}")
    doc.p("1. The child", bold=True)
    doc.p(
        f"Name: {kid.name}"
        + (f" (prefers {kid.extra['known_as']})" if "known_as" in kid.extra else "")
    )
    doc.p(f"Date of birth: {kid.dob_text}    Gender: {kid.sex}")
    doc.p(f"Legal status: {kid.legal_text}")
    doc.p(f"Education: {kid.school_shown}")
    doc.p(f"Health: {kid.health}")
    for label, text in extras(kid):
        doc.p(f"{label}: {text}")
    doc.p("2. Why step down now", bold=True)
    doc.p(spec.extra.get("why", ""))
    doc.p("3. Care history", bold=True)
    doc.p(hist(kid))
    doc.p("4. Transition plan", bold=True)
    doc.p(spec.extra.get("transition", ""))
    doc.p(f"Move to foster carers: {spec.start_text}")
    doc.p("5. Risk and safety", bold=True)
    for short in ORDER:
        state = kid.state(short)
        if state == "not_stated":
            continue
        text = {"none_known": "none"}.get(state) or kid.words(short) or state
        doc.p(f"•  {STEP_LABELS[short]}: {text}")
    doc.p(spec.extra.get("risk_close", ""))
    doc.p("6. Family time", bold=True)
    doc.p(fam(kid, "\n"))
    doc.p("7. Contacts", bold=True)
    doc.table(
        [
            ["Role", "Name", "Phone", "Email"],
            ["Allocated social worker", spec.sw[0], spec.sw[2] or "", spec.sw[1]],
            *spec.extra.get("contacts", []),
        ],
        [2300, 2200, 1900, 2600],
        head=True,
    )
    return doc.bytes()


# ------------------------------------------------------------ 5 needs_scoring (docx)

NEEDS_RISKS = {
    "self_harm": "R1 Self-harm / suicidal ideation",
    "cse": "R2 Sexual exploitation",
    "cce": "R3 Criminal exploitation",
    "drugs": "R4 Substance use",
    "eating": "R5 Eating",
    "missing": "R6 Missing",
    "violence": "R7 Harm to others (physical)",
    "sexual": "R8 Harm to others (sexual)",
    "fire": "R9 Fire",
    "animals": "R10 Animals",
    "recruit": "R11 Exploitation of others",
}
NEEDS_SCORE = {
    "present": "3",
    "suspected": "2",
    "historical": "1",
    "none_known": "0",
    "not_stated": "",
}
NEEDS_STATUS = {
    "present": "Active",
    "suspected": "Query",
    "historical": "Historic",
    "none_known": "Nil",
    "not_stated": "",
}


def needs_scoring(spec: Spec) -> bytes:
    doc = Docx(header=f"{spec.la} – Placement Needs Assessment Tool (PNAT)")
    doc.h("Placement Needs Assessment")
    doc.p("Scores: 0 nil, 1 historic, 2 query / emerging, 3 active now.")
    doc.table(
        [
            ["Completed by", spec.sw[0]],
            ["Contact", f"{spec.sw[1]} / {spec.sw[2] or ''}"],
            ["Date completed", fmt(spec.sent, "dot") if spec.sent else ""],
            ["Case no.", spec.ref or ""],
            ["Type of placement", spec.extra.get("type", "")],
            ["Start", spec.start_text],
        ],
        [3000, 6000],
    )
    for kid in spec.kids:
        doc.p(f"{kid.last.upper()}, {kid.first}", bold=True)
        rows = [
            ["DOB / age", kid.dob_text or f"age {kid.age}"],
            ["Gender", kid.sex],
            ["Status", kid.legal_text],
            ["School", kid.school_shown],
            ["Health & development", kid.health],
            ["Family time", fam(kid)],
            ["Placements to date", hist(kid, "; ")],
        ]
        rows += [[a, b] for a, b in extras(kid)]
        if kid.extra.get("known_as"):
            rows.insert(0, ["Known as", kid.extra["known_as"]])
        doc.table(rows, [3000, 6000])
        doc.table(
            [["Risk domain", "Score", "Status", "Evidence"]]
            + [
                [
                    NEEDS_RISKS[s],
                    NEEDS_SCORE[kid.state(s)],
                    NEEDS_STATUS[kid.state(s)],
                    "" if kid.state(s) == "none_known" else kid.words(s) or "",
                ]
                for s in ORDER
            ],
            [3000, 800, 1200, 4000],
            head=True,
        )
    doc.p(spec.extra.get("close", ""))
    return doc.bytes()


# ------------------------------------------------------------ 6 nw_portal_std (pdf)

PORTAL_RISKS = [
    ("6.1", "self_harm", "Self-harm"),
    ("6.2", "cse", "CSE"),
    ("6.3", "cce", "CCE"),
    ("6.4", "drugs", "Substance misuse"),
    ("6.5", "eating", "Eating disorder"),
    ("6.6", "missing", "Missing episodes"),
    ("6.7", "violence", "Physical harm to others"),
    ("6.8", "sexual", "Sexually harmful behaviour"),
    ("6.9", "fire", "Arson / fire setting"),
    ("6.10", "animals", "Harm to animals"),
    ("6.11", "recruit", "Exploiting other children"),
]
PORTAL_YN = {
    "present": "Y",
    "historical": "Y (past)",
    "suspected": "Unconfirmed",
    "none_known": "N",
}


def nw_portal_std(spec: Spec) -> bytes:
    pdf = Pdf(title="Regional Standard Referral")
    pdf.h(f"{spec.extra['portal']} – Standard Placement Referral")
    pdf.p("Version 4.2. All numbered questions must be answered. Submit through the portal.")
    pdf.table(
        [
            ["Section 1", "Placing authority"],
            ["1.1 Local authority", spec.la],
            ["1.2 LA child reference", spec.ref or ""],
            ["1.3 Date of referral", fmt(spec.sent, "dmy") if spec.sent else ""],
            ["1.4 Allocated social worker", spec.sw[0]],
            ["1.5 Telephone", spec.sw[2] or ""],
            ["1.6 Email", spec.sw[1]],
            ["1.7 Referral completed by", spec.extra.get("by", spec.sw[0])],
        ],
        [60, 118],
    )
    pdf.table(
        [
            ["Section 2", "Placement required"],
            ["2.1 Type", spec.extra.get("type", "")],
            ["2.2 Emergency or planned", spec.extra.get("urgency_text", "")],
            ["2.3 Duration", spec.extra.get("duration_text", "")],
            ["2.4 Date required", spec.start_text],
        ],
        [60, 118],
    )
    for index, kid in enumerate(spec.kids, 1):
        pdf.table(
            [
                [f"Section 3.{index}", f"Child {index}"],
                ["3.1 Full name", kid.name],
                ["3.2 Known as", kid.extra.get("known_as", "")],
                ["3.3 Date of birth", kid.dob_text or f"Age {kid.age} (DOB unknown)"],
                ["3.4 Gender", kid.sex],
                ["3.5 Legal status", kid.legal_text],
                ["4.1 School / provision", kid.school_shown],
                ["4.2 Health, disability, communication", kid.health],
            ]
            + [[f"4.{i + 3} {a}", b] for i, (a, b) in enumerate(extras(kid))]
            + [
                ["5.1 Family time", fam(kid, "\n")],
                ["5.2 Placement history", hist(kid)],
            ],
            [60, 118],
        )
        rows = [["6", "Risk (Y / N)", "If yes: when, and detail"]]
        for number, short, label in PORTAL_RISKS:
            state = kid.state(short)
            words = "" if state == "none_known" else kid.words(short) or ""
            rows.append([f"{number} {label}", PORTAL_YN.get(state, ""), words])
        pdf.table(rows, [48, 24, 106])
    pdf.p(spec.extra.get("close", ""))
    return pdf.bytes()


# ------------------------------------------------------------ 7 stc_transfer (pdf)


def stc_transfer(spec: Spec) -> bytes:
    kid = spec.kids[0]
    x = spec.extra
    pdf = Pdf(title="Release from custody")
    pdf.h("Placement Request – Release from Custody")
    pdf.p(f"{spec.la} – Children in Care Service, on behalf of the Youth Justice Service")
    pdf.table(
        [
            ["Establishment", x["establishment"]],
            ["Establishment number", x["prison_no"]],
            ["Sentence", x["sentence"]],
            ["Release date", x["release"]],
            ["Licence / notice of supervision conditions", x["licence"]],
            ["YJS case manager", x["yot"]],
            ["Establishment caseworker", x["caseworker"]],
        ],
        [58, 120],
    )
    pdf.table(
        [
            ["Local authority reference", spec.ref or ""],
            ["Date of request", fmt(spec.sent, "short") if spec.sent else ""],
            ["Social worker (allocated)", f"{spec.sw[0]}\n{spec.sw[1]}\n{spec.sw[2] or ''}"],
            ["Name", kid.name],
            ["Date of birth", kid.dob_text],
            ["Gender", kid.sex],
            ["Legal status on release", kid.legal_text],
            ["Placement type", x["type"]],
            ["Placement needed", spec.start_text],
            ["Education on release", kid.school_shown],
            ["Health", kid.health],
            ["Family time", fam(kid, "\n")],
            ["Previous placements", hist(kid)],
        ],
        [58, 120],
    )
    pdf.h("Risk summary (from AssetPlus and the care plan)")
    pdf.p(x["risk_prose"])
    return pdf.bytes()


# ------------------------------------------------------------ 8 guardian_letter (pdf)


def guardian_letter(spec: Spec) -> bytes:
    x = spec.extra
    pdf = Pdf(title="Letter")
    pdf.h(x["office"])
    pdf.p(x["office_address"])
    pdf.p(fmt(spec.sent, "long") if spec.sent else "")
    pdf.p(f"To: {x['to']}\nCourt case number: {x['court_no']}\nLA reference: {spec.ref or ''}")
    pdf.p("Re: " + ", ".join(k.name for k in spec.kids))
    for para in x["letter"]:
        pdf.p(para)
    pdf.p(x["sign"])
    pdf.h("Schedule: the children (as provided by the local authority)")
    rows = [["", *[k.first for k in spec.kids]]]
    rows.append(["Full name", *[k.name for k in spec.kids]])
    rows.append(["Date of birth", *[k.dob_text or f"aged {k.age}" for k in spec.kids]])
    rows.append(["Gender", *[k.sex for k in spec.kids]])
    rows.append(["Legal status", *[k.legal_text for k in spec.kids]])
    rows.append(["School", *[k.school_shown for k in spec.kids]])
    rows.append(["Health", *[k.health for k in spec.kids]])
    rows.append(["Family time", *[fam(k, "\n") for k in spec.kids]])
    rows.append(["Placements so far", *[hist(k, "\n") for k in spec.kids]])
    width = 140 / len(spec.kids)
    pdf.table(rows, [38] + [width] * len(spec.kids))
    pdf.p("Risks, as the local authority describes them:")
    pdf.p(x["risk_prose"])
    return pdf.bytes()


# ------------------------------------------------------------ 9 controcc_request (pdf)

CONTROCC_FLAGS = {
    "self_harm": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "SUB",
    "eating": "EAT",
    "missing": "MIS",
    "violence": "VIO",
    "sexual": "HSB",
    "fire": "FIR",
    "animals": "ANI",
    "recruit": "EXO",
}
CONTROCC_SAY = {
    "present": "Y - current",
    "historical": "Y - hist.",
    "suspected": "? - suspected",
    "none_known": "N",
    "not_stated": "",
}


def controcc_request(spec: Spec) -> bytes:
    x = spec.extra
    pdf = Pdf(title="Service Request")
    pdf.h("Service Request – External Placement (Children)")
    pdf.p("ContrOCC care package request. Finance fields are for the Brokerage Team only.")
    pdf.table(
        [
            [
                "Service user ID",
                spec.ref or "",
                "Request raised",
                fmt(spec.sent, "dash") if spec.sent else "",
            ],
            ["Organisation", spec.la, "Cost centre", x["cost_centre"]],
            ["Service type", x["service"], "Weekly ceiling", x["ceiling"]],
            ["Planned start", spec.start_text, "Budget holder", x["budget_holder"]],
            ["Case worker", spec.sw[0], "Case worker tel.", spec.sw[2] or ""],
            ["Case worker email", spec.sw[1], "Authorised (HoS)", x["hos"]],
        ],
        [32, 58, 32, 56],
    )
    for kid in spec.kids:
        pdf.table(
            [
                ["Client", kid.name],
                ["Known as", kid.extra.get("known_as", "")],
                ["DOB", kid.dob_text or f"est. age {kid.age}"],
                ["Gender", kid.sex],
                ["LAC status", kid.legal_text],
                ["Education", kid.school_shown],
                ["Health / disability", kid.health],
                *[[a, b] for a, b in extras(kid)],
                ["Family time", fam(kid, "\n")],
                ["Placement history", hist(kid)],
            ],
            [40, 138],
        )
        rows = [["Flag", "Y/N", "Note"]]
        for short in ORDER:
            state = kid.state(short)
            note = "" if state == "none_known" else kid.words(short) or ""
            rows.append([CONTROCC_FLAGS[short], CONTROCC_SAY[state], note])
        pdf.table(rows, [20, 28, 130])
    pdf.p(
        "Flag key: SH self-harm, CSE sexual exploitation, CCE criminal exploitation, SUB "
        "substances, EAT eating, MIS missing, VIO violence, HSB harmful sexual behaviour, "
        "FIR fire, ANI animals, EXO exploiting others."
    )
    pdf.p(x.get("close", ""))
    return pdf.bytes()


# ------------------------------------------------------------ 10 ooh_call_note (txt)

OOH_Q = {
    "self_harm": "Any self harm?",
    "cse": "Sexual exploitation worries?",
    "cce": "County lines / CCE?",
    "drugs": "Drink or drugs?",
    "eating": "Eating problems?",
    "missing": "Goes missing?",
    "violence": "Hurts people?",
    "sexual": "Sexual behaviour concerns?",
    "fire": "Fires?",
    "animals": "Hurts animals?",
    "recruit": "Gets others involved in crime?",
}


def ooh_call_note(spec: Spec) -> bytes:
    x = spec.extra
    lines = [
        f"{x['agency']} – OUT OF HOURS ON-CALL RECORD",
        "=" * 60,
        f"Call received: {x['call_time']}",
        f"Taken by: {x['taker']}",
        f"Caller: {x['caller']}",
        f"Calling for: {spec.la}",
        "",
        "CHILD",
    ]
    for kid in spec.kids:
        lines += [
            f"  {kid.name}" + (f' ("{kid.extra["known_as"]}")' if "known_as" in kid.extra else ""),
            f"  DOB {kid.dob_text or '?? - caller thinks ' + str(kid.age)}, {kid.sex}",
            f"  Status: {kid.legal_text}",
            f"  School: {kid.school_shown}",
            f"  Health: {kid.health}",
        ]
    lines += [
        f"  LA ref: {spec.ref or 'caller did not have it'}",
        "",
        f"WHAT IS NEEDED: {x['need']}",
        f"FROM: {spec.start_text}",
        "",
        "MY QUESTIONS / CALLER'S ANSWERS",
    ]
    for kid in spec.kids:
        for short in ORDER:
            state = kid.state(short)
            if state == "not_stated":
                answer = "didn't know"
            elif state == "none_known":
                answer = x.get("no", "no")
            else:
                answer = kid.words(short) or "yes"
            lines.append(f"  Q. {OOH_Q[short]}  A. {answer}")
    lines += [
        "",
        f"Family time: {fam(spec.kids[0])}",
        f"Placements before: {hist(spec.kids[0], '; ')}",
        "",
        "Allocated SW (for the morning): "
        + ", ".join(part for part in (spec.sw[0], spec.sw[2], spec.sw[1]) if part),
        "",
        f"Outcome: {x['outcome']}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------ 11 kinship_breakdown (txt)


def kinship_breakdown(spec: Spec) -> bytes:
    x = spec.extra
    lines = [
        spec.la.upper(),
        "FAMILY AND FRIENDS CARE – PLACEMENT ENDING – REQUEST FOR FOSTER PLACEMENT",
        "",
        f"Date: {fmt(spec.sent, 'dmy2') if spec.sent else ''}",
        f"Case ref: {spec.ref or ''}",
        f"SW: {spec.sw[0]}  tel {spec.sw[2] or ''}  email {spec.sw[1]}",
        f"Team manager: {x['manager']}",
        "",
        "WHAT HAS HAPPENED:",
        x["what"],
        "",
        f"URGENCY: {x['urgency_text']}",
        f"NEEDED: {spec.start_text}",
        f"TYPE: {x['type']}",
        "",
    ]
    for kid in spec.kids:
        lines += [
            f"CHILD: {kid.name}"
            + (f" (known as {kid.extra['known_as']})" if "known_as" in kid.extra else ""),
            f"DOB: {kid.dob_text or 'not known – approx ' + str(kid.age)}",
            f"SEX: {kid.sex}",
            f"LEGAL: {kid.legal_text}",
            f"SCHOOL: {kid.school_shown}",
            f"HEALTH: {kid.health}",
            *[f"{a.upper()}: {b}" for a, b in extras(kid)],
            f"CONTACT WITH FAMILY: {fam(kid)}",
            f"WHERE THEY HAVE LIVED: {hist(kid, '; ')}",
            "",
        ]
    lines += ["RISKS:", x["risk_prose"], ""]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------ 12 together_apart (txt)

TA_LABELS = {
    "self_harm": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Alcohol/drugs",
    "eating": "Eating",
    "missing": "Running away/missing",
    "violence": "Hitting out / violence",
    "sexual": "Sexualised behaviour towards others",
    "fire": "Fire-setting",
    "animals": "Hurting animals",
    "recruit": "Getting others into crime",
}


def together_apart(spec: Spec) -> bytes:
    x = spec.extra
    lines = [
        f"{spec.la} – Together or Apart: Sibling Assessment (summary) and Placement Request",
        "",
        f"Family ref: {spec.ref or ''}",
        f"Date: {fmt(spec.sent, 'day') if spec.sent else ''}",
        f"Author / allocated SW: {spec.sw[0]} ({spec.sw[1]}; {spec.sw[2] or ''})",
        "",
        "CONCLUSION",
        x["conclusion"],
        "",
        f"Placement sought: {x['type']}",
        f"From: {spec.start_text}",
        "",
        "THE CHILDREN",
        "Name                       | DOB          | Sex    | Legal status            | School",
        "-" * 98,
    ]
    for kid in spec.kids:
        name = kid.name + (f" ({kid.extra['known_as']})" if "known_as" in kid.extra else "")
        lines.append(
            f"{name:<26} | {kid.dob_text or 'age ' + str(kid.age):<12} | {kid.sex:<6} | "
            f"{kid.legal_text:<23} | {kid.school_shown}"
        )
    lines += ["", "HEALTH"]
    lines += [f"- {kid.first}: {kid.health or '(not completed)'}" for kid in spec.kids]
    lines += ["", "RISKS (each question answered for every child)"]
    for short in ORDER:
        answers = []
        for kid in spec.kids:
            state = kid.state(short)
            if state == "not_stated":
                continue
            text = "no" if state == "none_known" else kid.words(short) or state
            answers.append(f"{kid.first} – {text}")
        if answers:
            lines.append(f"{TA_LABELS[short]}: " + "; ".join(answers) + ".")
    lines += ["", "FAMILY TIME"]
    lines += [f"- {kid.first}: {fam(kid)}" for kid in spec.kids]
    lines += ["", "PLACEMENT HISTORY"]
    lines += [f"- {kid.first}: {hist(kid, '; ')}" for kid in spec.kids]
    lines += ["", x.get("close", "")]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------ 13 markdown_export (txt)

MD_LABELS = {
    "self_harm": "Self-harm",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "drugs": "Substances",
    "eating": "Eating",
    "missing": "Missing",
    "violence": "Violence to others",
    "sexual": "HSB",
    "fire": "Fire",
    "animals": "Animals",
    "recruit": "Recruiting others",
}
MD_SAY = {"present": "yes", "historical": "past", "suspected": "suspected", "none_known": "no"}


def markdown_export(spec: Spec) -> bytes:
    x = spec.extra
    lines = [
        f"# Placement request – {' & '.join(k.first for k in spec.kids)}",
        "",
        f"*{spec.la} · exported from OneNote · {x.get('exported', '')}*",
        "",
        "## Referral",
        "",
        f"- **Date sent to placements:** {fmt(spec.sent, 'short') if spec.sent else ''}",
        f"- **Ref:** {spec.ref or ''}",
        f"- **SW:** {spec.sw[0]} – {spec.sw[1]} – {spec.sw[2] or ''}",
        f"- **Type:** {x['type']}",
        f"- **When:** {spec.start_text}",
        "",
    ]
    for kid in spec.kids:
        lines += [
            f"## {kid.name}",
            "",
            f"- DOB: {kid.dob_text or 'unknown (' + str(kid.age) + ')'}",
            f"- Gender: {kid.sex}",
            f"- Legal: {kid.legal_text}",
            f"- School: {kid.school_shown}",
            f"- Health: {kid.health}",
            *[f"- {a}: {b}" for a, b in extras(kid)],
            *([f"- Known as: {kid.extra['known_as']}"] if "known_as" in kid.extra else []),
            f"- Family time: {fam(kid)}",
            f"- Placements: {hist(kid, '; ')}",
            "",
            "| Risk | Y/N | Notes |",
            "|---|---|---|",
        ]
        for short in ORDER:
            state = kid.state(short)
            note = "" if state == "none_known" else kid.words(short) or ""
            lines.append(f"| {MD_LABELS[short]} | {MD_SAY.get(state, '')} | {note} |")
        lines.append("")
    lines.append(x.get("close", ""))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------ 14 uasc_nts (eml)


def uasc_nts(spec: Spec) -> bytes:
    x = spec.extra
    kid = spec.kids[0]
    body = [
        x.get("greeting", "Good morning,"),
        "",
        x["intro"],
        "",
        "NTS transfer details",
        f"  Transferring authority: {x['from_la']}",
        f"  Receiving authority: {spec.la}",
        f"  Home Office reference (UAN/CID): {x['ho_ref']}",
        f"  Our reference: {spec.ref or ''}",
        f"  Transfer date: {spec.start_text}",
        "",
        "Young person",
        f"  Name: {kid.name}",
        f"  DOB: {x.get('wrong_dob') or kid.dob_text or 'not known – says ' + str(kid.age)}",
        f"  Gender: {kid.sex}",
        f"  Nationality / language: {x['language']}",
        f"  Legal status: {kid.legal_text}",
        f"  Education: {kid.school_shown}",
        f"  Health: {kid.health}",
        *[f"  {a}: {b}" for a, b in extras(kid)],
        f"  Family: {fam(kid)}",
        f"  Placements in {x['from_la']}: {hist(kid, '; ')}",
        "",
        "Risks",
        x["risk_prose"],
        "",
        x["sign"],
    ]
    text = "\n".join(body)
    if x.get("correction"):
        text = x["correction"] + "\n\n" + "-" * 10 + " Original message " + "-" * 10 + "\n" + text
    return email(x["headers"], text, boundary=spec.id)


# ------------------------------------------------------------ 15 bare_attachment (eml)


def attachment_form(spec: Spec) -> bytes:
    """The attached form: a plain Word template, labels in capitals, answers after colons."""
    doc = Docx()
    doc.h("CHILD PLACEMENT REFERRAL (PART 1)")
    doc.p(f"LOCAL AUTHORITY: {spec.la}")
    doc.p(f"CASE NUMBER: {spec.ref or ''}")
    doc.p(f"SOCIAL WORKER: {spec.sw[0]}")
    doc.p(f"TELEPHONE: {spec.sw[2] or ''}")
    doc.p(f"E-MAIL: {spec.sw[1]}")
    doc.p(f"PLACEMENT TYPE: {spec.extra['type']}")
    doc.p(f"START: {spec.start_text}")
    for kid in spec.kids:
        doc.p("")
        doc.p(f"NAME OF CHILD: {kid.name}")
        if "known_as" in kid.extra:
            doc.p(f"PREFERRED NAME: {kid.extra['known_as']}")
        doc.p(f"D.O.B.: {kid.dob_text}")
        doc.p(f"SEX: {kid.sex}")
        doc.p(f"LEGAL STATUS: {kid.legal_text}")
        doc.p(f"SCHOOL: {kid.school_shown}")
        doc.p(f"HEALTH: {kid.health}")
        for label, text in extras(kid):
            doc.p(f"{label.upper()}: {text}")
        doc.p(f"FAMILY TIME: {fam(kid)}")
        doc.p(f"PREVIOUS PLACEMENTS: {hist(kid, '; ')}")
        doc.p("RISK INFORMATION:")
        doc.p(spec.extra["risk_prose"][spec.kids.index(kid)])
    return doc.bytes()


def bare_attachment(spec: Spec) -> bytes:
    x = spec.extra
    return email(
        x["headers"],
        x.get("body", ""),
        [(x["filename"], DOCX_TYPE, attachment_form(spec))],
        boundary=spec.id,
    )


# ------------------------------------------------------------ 16 web_form (eml)


def web_form(spec: Spec) -> bytes:
    x = spec.extra
    fields = [
        ("Submitted", x["submitted"]),
        ("Your local authority", spec.la),
        ("LA child reference", spec.ref or ""),
        ("Social worker name", spec.sw[0]),
        ("Social worker email", spec.sw[1]),
        ("Social worker phone", spec.sw[2] or ""),
        ("What type of placement?", x["type"]),
        ("Is this an emergency?", x["emergency"]),
        ("How long for?", x["length"]),
        ("When do you need the placement?", spec.start_text),
    ]
    for number, k in enumerate(spec.kids, 1):
        tag = f" ({number})" if len(spec.kids) > 1 else ""
        fields += [
            (f"Child's first name{tag}", k.first),
            (f"Child's surname{tag}", k.last),
            (f"Preferred name{tag}", k.extra.get("known_as", "")),
            (f"Date of birth{tag}", x.get("wrong_dob") or k.dob_text),
            (f"Gender{tag}", k.sex),
            (f"Legal status{tag}", k.legal_text),
            (f"School{tag}", k.school_shown),
            (f"Health needs{tag}", k.health),
            *[(f"{a}{tag}", b) for a, b in extras(k)],
            (f"Family time{tag}", fam(k)),
            (f"Previous placements{tag}", hist(k, "; ")),
            (f"Risks - tick all that apply{tag}", x["ticks"][number - 1]),
            (f"Tell us more about the risks{tag}", x["risk_more"][number - 1]),
        ]
    form = "\n".join(f"{label}:\n{value}\n" for label, value in fields)
    text = f'A new entry has been submitted to the form "Make a referral".\n\n{form}\n-- \nSent by the website form plugin. Do not reply.'
    if x.get("reply"):
        text = (
            x["reply"]
            + "\n\n"
            + x["quote_head"]
            + "\n"
            + "\n".join("> " + line for line in text.split("\n"))
        )
    return email(x["headers"], text, boundary=spec.id)


# ------------------------------------------------------------ 17 mobile_shorthand (eml)


def mobile_shorthand(spec: Spec) -> bytes:
    x = spec.extra
    return email(x["headers"], x["body"], boundary=spec.id)


# ------------------------------------------------------------ 18 image_scan (pdf)


def image_scan(spec: Spec) -> bytes:
    return scan_pdf(spec.extra["lines"], spec.extra.get("tilt", 0.8))


LAYOUTS = {
    "eclipse_pfr": eclipse_pfr,
    "home_enquiry": home_enquiry,
    "pc_community": pc_community,
    "stepdown_resi": stepdown_resi,
    "needs_scoring": needs_scoring,
    "nw_portal_std": nw_portal_std,
    "stc_transfer": stc_transfer,
    "guardian_letter": guardian_letter,
    "controcc_request": controcc_request,
    "ooh_call_note": ooh_call_note,
    "kinship_breakdown": kinship_breakdown,
    "together_apart": together_apart,
    "markdown_export": markdown_export,
    "uasc_nts": uasc_nts,
    "bare_attachment": bare_attachment,
    "web_form": web_form,
    "mobile_shorthand": mobile_shorthand,
    "image_scan": image_scan,
}


DOB_STYLES = {
    "home_enquiry": "dot",
    "pc_community": "long",
    "stepdown_resi": "ord",
    "needs_scoring": "dmy2",
    "stc_transfer": "short",
    "guardian_letter": "long",
    "controcc_request": "dash",
    "ooh_call_note": "nozero",
    "kinship_breakdown": "dot",
    "markdown_export": "short",
    "uasc_nts": "short",
    "web_form": "iso",
}


def render(spec: Spec) -> bytes:
    for kid in spec.kids:
        if kid.dob_style == "dmy":
            kid.dob_style = DOB_STYLES.get(spec.layout, "dmy")
    return LAYOUTS[spec.layout](spec)


__all__ = ["LAYOUTS", "render", "timedelta", "truth_extra"]
