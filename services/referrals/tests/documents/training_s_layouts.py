"""training_s's Word, PDF and scan layouts: each its own labels, risk names and state words."""

# ruff: noqa: RUF001

from __future__ import annotations

from training_s_model import Kid, Spec
from training_s_write import (
    BOLD,
    SMALL,
    TITLE,
    cell,
    docx_bytes,
    field_para,
    grid,
    p,
    para,
    pdf_bytes,
    pdf_spacer,
    scan_pdf,
    table,
)

ORDER = ["sh", "cse", "cce", "sub", "eat", "mfh", "hurt", "shb", "fire", "pets", "cceo"]

LEGAL_PLAIN = {
    "C1": "Interim care order (s38)",
    "C2": "Care order (s31)",
    "E1": "Placement order",
    "V2": "Section 20 accommodation",
    "V3": "Short breaks (s20)",
    "L1": "Police protection (s46)",
    "L2": "Emergency protection order",
    "J1": "Remanded to local authority accommodation",
}
SETTING_PLAIN = {
    "fostering": "foster care",
    "residential": "children's home",
    "parent_and_child": "parent and child foster placement",
    "secure": "secure children's home",
    "supported_accommodation": "supported accommodation (16+)",
}
DURATION_PLAIN = {
    "short_term": "short term",
    "long_term": "long term",
    "permanence": "permanence",
    "respite": "respite",
}


def legal(kid: Kid) -> str:
    return kid.legal_words or LEGAL_PLAIN.get(kid.legal or "", "")


def gender(kid: Kid, words: tuple[str, str, str] = ("Male", "Female", "Other")) -> str:
    return {"male": words[0], "female": words[1], "other": words[2]}.get(kid.gender, "")


def born(kid: Kid, style: str = "%d/%m/%Y") -> str:
    return kid.dob.strftime(style) if kid.dob else f"Age {kid.age}"


def family(kid: Kid) -> str:
    text = "; ".join(v.words for v in kid.family or []) or kid.family_words
    if kid.no_contact:
        text = text.rstrip(".") + ". " if text else ""
        text += "No contact with " + " or ".join(kid.no_contact) + "."
    return text.strip()


def history(kid: Kid, joiner: str = "; ") -> str:
    return joiner.join(kid.history or []) or kid.history_words


def school(kid: Kid) -> str:
    return kid.school_words or kid.school or ""


def start(spec: Spec, style: str = "%d/%m/%Y") -> str:
    return spec.start.strftime(style) if spec.start else spec.start_words


def dated(spec: Spec, style: str = "%d/%m/%Y", none: str = "") -> str:
    return spec.date.strftime(style) if spec.date else none


def answer(kid: Kid, short: str, words: dict[str, str], sep: str = " – ") -> str:
    state, said = kid.risk[short]
    head = words[state]
    if state == "not_stated":
        return ""
    return f"{head}{sep}{said}" if said else head


# ============================================================== ipa_schedule (docx)

IPA_RISKS = {
    "sh": "Self-injury",
    "cse": "Child sexual exploitation",
    "cce": "Criminal exploitation (victim)",
    "sub": "Substances (drugs / alcohol)",
    "eat": "Disordered eating",
    "mfh": "Absconding / missing",
    "hurt": "Aggression / violence towards others",
    "shb": "Harmful sexual behaviour",
    "fire": "Arson / fire-setting",
    "pets": "Cruelty to animals",
    "cceo": "Drawing others into crime",
}
IPA_COLS = ["present", "historical", "suspected", "none_known"]


def ipa_schedule(spec: Spec) -> bytes:
    """An Individual Placement Agreement, Schedule 1, drafted by the commissioning team."""
    n = spec.notes
    body = [
        para("INDIVIDUAL PLACEMENT AGREEMENT – SCHEDULE 1 (CHILD AND PLACEMENT)", True, 28),
        para(f"Service order no. {n['order']}    Framework lot: {n['lot']}"),
        field_para("Schedule issued:", dated(spec, "%d %B %Y", "not issued – draft"), "issued"),
        field_para("Commissioning officer:", n["commissioner"], "officer"),
        para(f"Weekly fee agreed: £{n['fee']} (core) + £{n['extra']} (1:1 hours)"),
        para("Part A – the child", True),
    ]
    for number, kid in enumerate(spec.kids, 1):
        rows = [
            ["Item", "Detail"],
            ["Child's legal name", kid.name],
            ["Preferred name", kid.known_as or "As above"],
            ["D.O.B. / age", born(kid)],
            ["Sex", gender(kid)],
            ["Legal basis for placement", legal(kid)],
            ["Education setting", school(kid)],
            ["Health / medication", kid.health or ""],
            ["Allergies", kid.allergies or ""],
            ["Family time", family(kid)],
            ["Care history (most recent first)", history(kid, "\n")],
        ]
        if len(spec.kids) > 1:
            body.append(para(f"Child {number} of {len(spec.kids)}", True))
        body.append(table(rows))
        grid_rows = [["Risk", "Current", "Historic", "Unconfirmed", "None identified", "Notes"]]
        for short in ORDER:
            state, words = kid.risk[short]
            marks = ["☑" if state == col else "☐" for col in IPA_COLS]
            grid_rows.append([IPA_RISKS[short], *marks, words])
        body.append(para(f"Risk profile – {kid.first}", True))
        body.append(table(grid_rows))
    sw = spec.sw
    body += [
        para("Part B – the placement", True),
        table(
            [
                ["Item", "Detail"],
                ["Type of provision", SETTING_PLAIN[spec.setting]],
                ["Placement category", (spec.urgency or "").title()],
                ["Intended length", DURATION_PLAIN.get(spec.duration, "")],
                ["Commencement date", start(spec, "%d %B %Y")],
                ["Child's case number (Mosaic)", spec.ref or ""],
            ]
        ),
        para("Part C – contacts", True),
        table(
            [
                ["Role", "Name", "Email", "Telephone"],
                ["Child's social worker", sw.name, sw.email or "", sw.phone or ""],
                *[[o.role, o.name, o.email or "", o.phone or ""] for o in spec.others.values()],
            ]
        ),
        para(n.get("tail", "")),
    ]
    return docx_bytes(body, header=n["header"], footer=n["footer"])


# ============================================================== exemption_request (docx)

CIN_RISKS = {
    "sh": "Hurts self",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation / county lines",
    "sub": "Drink or drugs",
    "eat": "Eating",
    "mfh": "Missing episodes",
    "hurt": "Hurts others",
    "shb": "Sexualised behaviour towards others",
    "fire": "Fire",
    "pets": "Animals",
    "cceo": "Recruits others",
}
CIN_WORDS = {
    "present": "Y (now)",
    "historical": "Past",
    "suspected": "?",
    "none_known": "N",
    "not_stated": "",
}


def exemption_request(spec: Spec) -> bytes:
    """A sibling placement with a request to exceed the usual fostering limit, a column a child."""
    n = spec.notes
    kids = spec.kids
    head = ["", *[k.first for k in kids]]

    def row(label: str, values: list[str]) -> list[str]:
        return [label, *values]

    rows = [
        head,
        row("Full name", [k.name for k in kids]),
        row("Known as", [k.known_as or "–" for k in kids]),
        row("DOB", [born(k) for k in kids]),
        row("Gender", [gender(k, ("M", "F", "X")) for k in kids]),
        row("Legal status", [legal(k) for k in kids]),
        row("School / nursery", [school(k) for k in kids]),
        row("Health", [k.health or "" for k in kids]),
        row("Allergies", [k.allergies or "" for k in kids]),
        row("Seeing family", [family(k) for k in kids]),
        row("Where they have lived (care)", [history(k, "\n\n") for k in kids]),
    ]
    risk_rows = [["Risk (Y now / Past / ? / N)", *[k.first for k in kids]]]
    for short in ORDER:
        risk_rows.append([CIN_RISKS[short], *[answer(k, short, CIN_WORDS, ": ") for k in kids]])
    sw = spec.sw
    body = [
        para(n["title"], True, 28),
        para(
            f"Decision date: {n['panel']}. Carers' supervising social worker: {n['ssw']} "
            f"({n['ssw_phone']}). Placing these children together takes the carers over the "
            "usual limit of three foster children, so an exemption is asked for."
        ),
        table(
            [
                ["Request dated", dated(spec, "%d.%m.%Y", "")],
                ["ICS ID (family)", spec.ref or ""],
                ["Children's social worker", sw.name],
                ["SW email", sw.email or ""],
                ["SW phone", sw.phone or ""],
            ],
            header=False,
        ),
        para("The children", True),
        table(rows),
        para("Risks (from the LA's records)", True),
        table(risk_rows),
        para("What is needed", True),
        para(
            f"{n['need']} Type: {SETTING_PLAIN[spec.setting]}. "
            + (f"Urgency: {spec.urgency}. " if spec.urgency else "")
            + (f"Plan: {DURATION_PLAIN[spec.duration]}. " if spec.duration else "")
            + f"From: {start(spec, '%d.%m.%Y')}."
        ),
        para(n.get("tail", "")),
    ]
    return docx_bytes(body, header=n["header"], footer=n.get("footer", ""))


# ============================================================== pep_cover (docx)

PEP_RISKS = {
    "sh": "Self-harming behaviour",
    "cse": "Risk of CSE",
    "cce": "Risk of CCE",
    "sub": "Substance use",
    "eat": "Food / eating difficulties",
    "mfh": "Missing from home or school",
    "hurt": "Physical aggression",
    "shb": "Harmful sexual behaviour (HSB)",
    "fire": "Fire setting",
    "pets": "Harm to animals",
    "cceo": "Involving peers in offending",
}
PEP_WORDS = {
    "present": "Ongoing",
    "historical": "Previously",
    "suspected": "Unconfirmed",
    "none_known": "Not a concern",
    "not_stated": "",
}


def pep_cover(spec: Spec) -> bytes:
    """A virtual school PEP extract sent with a placement request cover sheet."""
    n = spec.notes
    sw = spec.sw
    body = [
        para("PLACEMENT REQUEST – COVER SHEET", True, 28),
        field_para("Date of request:", dated(spec, "%d/%m/%Y", ""), "date"),
        field_para("LCS number:", spec.ref or "", "lcs"),
        field_para("Allocated social worker:", sw.name, "sw"),
        field_para("Email:", sw.email or "", "swemail"),
        field_para("Direct dial:", sw.phone or "", "swphone"),
        field_para("Type of home sought:", SETTING_PLAIN[spec.setting], "type"),
        field_para("How soon:", (spec.urgency or "").title(), "urgency"),
        field_para("Needed from:", start(spec), "start"),
    ]
    if spec.duration:
        body.append(field_para("Plan length:", DURATION_PLAIN[spec.duration], "duration"))
    body.append(para(n.get("cover", "")))
    for kid in spec.kids:
        body += [
            para(f"PERSONAL EDUCATION PLAN (extract) – {kid.first.upper()}", True, 24),
            para(
                f"PEP meeting {n['pep_date']} chaired by {n['designated']} "
                f"(Designated Teacher, {n['dt_phone']}). Virtual School officer: {n['vso']}."
            ),
            table(
                [
                    [
                        "Pupil",
                        kid.name
                        + (f" (likes to be called {kid.known_as})" if kid.known_as else ""),
                    ],
                    ["Date of birth", born(kid, "%d %B %Y")],
                    ["Boy / girl", gender(kid, ("Boy", "Girl", "Non-binary"))],
                    ["School attended", school(kid)],
                    ["Year group", kid.needs or ""],
                    ["Care status", legal(kid)],
                    ["Health and wellbeing", kid.health or ""],
                    ["Allergies", kid.allergies or ""],
                    ["Contact with family (affects attendance)", family(kid)],
                    ["Previous placements and school moves", history(kid, "\n\n")],
                ],
                header=False,
            ),
            para("Behaviour and safety (from the social worker)", True),
            table(
                [["Area", "Status", "What we know"]]
                + [[PEP_RISKS[s], PEP_WORDS[kid.state(s)], kid.words(s) or ""] for s in ORDER]
            ),
        ]
    return docx_bytes(body, header=n["header"], footer=n["footer"])


# ============================================================== search_log (docx)

SEARCH_RISKS = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Substance misuse",
    "eat": "Eating disorder",
    "mfh": "Missing",
    "hurt": "Violence",
    "shb": "Sexually harmful behaviour",
    "fire": "Fire-setting",
    "pets": "Animal cruelty",
    "cceo": "Exploiting others",
}
SEARCH_WORDS = {
    "present": "Active concern",
    "historical": "Past concern",
    "suspected": "Being explored",
    "none_known": "No concern",
    "not_stated": "",
}


def search_log(spec: Spec) -> bytes:
    """A commissioning team's placement search summary: providers approached, then the child."""
    n = spec.notes
    sw = spec.sw
    body = [
        para(f"{n['team']} – PLACEMENT SEARCH SUMMARY", True, 28),
        table(
            [
                ["Search ID", n["search_id"], "Summary date", dated(spec, "%d-%b-%Y", "")],
                ["Search opened", n["opened"], "Searcher", n["searcher"]],
                ["Person ID", spec.ref or "", "Sought", SETTING_PLAIN[spec.setting]],
            ],
            header=False,
        ),
        para("Providers approached", True),
        table([["Provider", "Contacted", "Response"], *n["approached"]]),
        para("About the child" + ("ren" if len(spec.kids) > 1 else ""), True),
    ]
    for kid in spec.kids:
        body += [
            table(
                [
                    [cell(kid.name, bold=True, span=2, shade=True)],
                    ["Born", born(kid, "%d-%b-%Y")],
                    ["Gender", gender(kid)],
                    ["Legal", legal(kid)],
                    ["Education", school(kid)],
                    ["Health", kid.health or ""],
                    ["Family time", family(kid)],
                    ["Placements so far", history(kid)],
                ],
                header=False,
            ),
            para(f"Risk summary for {kid.first}", True),
        ]
        for short in ORDER:
            said = answer(kid, short, SEARCH_WORDS, ". ")
            body.append(para(f"{SEARCH_RISKS[short]}: {said}"))
    body += [
        para("Placement", True),
        para(
            (f"{spec.urgency.title()} request. " if spec.urgency else "")
            + (f"Expected to be {DURATION_PLAIN[spec.duration]}. " if spec.duration else "")
            + f"Start: {start(spec, '%d-%b-%Y')}."
        ),
        para(
            f"Social worker: {sw.name}, {sw.email or ''}"
            + (f", tel {sw.phone}" if sw.phone else "")
            + f". {n.get('tail', '')}"
        ),
    ]
    return docx_bytes(body, header=n["header"], footer=n.get("footer", ""))


# ============================================================== age_assessment (pdf)

AGE_RISKS = {
    "sh": "Self-harm / suicidal ideation",
    "cse": "Sexual exploitation",
    "cce": "Trafficking for criminal exploitation",
    "sub": "Alcohol or drug use",
    "eat": "Eating / food refusal",
    "mfh": "Risk of going missing",
    "hurt": "Violence to others",
    "shb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "pets": "Harm to animals",
    "cceo": "Recruiting others into crime",
}
AGE_WORDS = {
    "present": "Presenting",
    "historical": "Previously",
    "suspected": "Indicated",
    "none_known": "Not indicated",
    "not_stated": "",
}


def age_assessment(spec: Spec) -> bytes:
    """A UASC age assessment outcome letter, then the placement request it leads to."""
    n = spec.notes
    kid = spec.kids[0]
    sw = spec.sw
    story = [
        p(n["letterhead"], TITLE),
        p(n["address"], SMALL),
        pdf_spacer(),
        p(f"Date: {dated(spec, '%d %B %Y', '')}"),
        p(f"Our ref: {spec.ref or ''}    Home Office ref: {n['ho_ref']}"),
        pdf_spacer(),
        p("AGE ASSESSMENT OUTCOME AND REQUEST FOR PLACEMENT", BOLD),
        p(
            f"Dear colleague, {kid.name} arrived on {n['arrived']} and claimed a date of "
            f"birth of {n['claimed']}. A Merton-compliant age assessment by {n['assessors']} "
            f"concluded on {n['concluded']}. "
            + (
                f"The assessed date of birth is {kid.dob_text('%d %B %Y')}."
                if kid.dob
                else f"The assessors gave an age of {kid.age} with no date of birth."
            )
        ),
        pdf_spacer(),
        grid(
            [
                ["Field", "Detail"],
                ["Name (as spelled by the young person)", kid.name],
                ["Gender", gender(kid)],
                ["Nationality / language", n["language"]],
                ["Legal status", legal(kid)],
                ["Education", school(kid)],
                ["Health", kid.health or ""],
                ["Allergies", kid.allergies or ""],
                ["Family / contact", family(kid)],
                ["Care history in the UK", history(kid)],
            ],
            [60, 118],
        ),
        pdf_spacer(),
        p("Risk indicators", BOLD),
        grid(
            [["Indicator", "Outcome", "Detail"]]
            + [[AGE_RISKS[s], AGE_WORDS[kid.state(s)], kid.words(s) or ""] for s in ORDER],
            [52, 28, 98],
        ),
        pdf_spacer(),
        p(
            f"We ask for a {SETTING_PLAIN[spec.setting]} placement"
            + (f" ({spec.urgency})" if spec.urgency else "")
            + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
            + f", to start {start(spec, '%d %B %Y')}."
        ),
        p(
            f"The allocated social worker is {sw.name} ({sw.email or 'no email yet'}"
            + (f", {sw.phone}" if sw.phone else "")
            + f"). {n.get('tail', '')}"
        ),
        pdf_spacer(),
        p(f"Yours faithfully,\n{n['signer']}"),
    ]
    return pdf_bytes(story, title="Age assessment outcome", footer=n.get("footer", ""))


# ============================================================== fdac_referral (pdf)

FDAC_RISKS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substances",
    "eat": "Feeding / eating",
    "mfh": "Missing",
    "hurt": "Violence",
    "shb": "Sexual harm",
    "fire": "Fire",
    "pets": "Animals",
    "cceo": "Exploiting others",
}
FDAC_WORDS = {
    "present": "YES – current",
    "historical": "YES – past",
    "suspected": "NOT CONFIRMED",
    "none_known": "NO",
    "not_stated": "",
}


def fdac_referral(spec: Spec) -> bytes:
    """A Family Drug and Alcohol Court team's referral for a parent-and-child placement."""
    n = spec.notes
    kid = spec.kids[0]
    sw = spec.sw
    parent = spec.parent
    left = [
        ["FDAC referral", ""],
        ["Date referred", dated(spec, "%d.%m.%y", "")],
        ["LA case no.", spec.ref or ""],
        ["FDAC key worker", f"{n['keyworker']} ({n['kw_phone']})"],
        ["Allocated social worker", sw.name],
        ["SW email", sw.email or ""],
        ["SW tel", sw.phone or ""],
        ["Court", n["court"]],
    ]
    story = [
        p(n["heading"], TITLE),
        pdf_spacer(),
        grid(left, [55, 123], header=True),
        pdf_spacer(),
        p("Parent", BOLD),
        grid(
            [
                ["Parent", parent.name],
                ["Age", parent.role],
                ["Parent's own history", spec.parent_risks],
            ],
            [55, 123],
            header=False,
        ),
        pdf_spacer(),
        p("Baby", BOLD),
        grid(
            [
                ["Baby's name", kid.name],
                ["Born", born(kid, "%d.%m.%y")],
                ["Sex", gender(kid, ("Boy", "Girl", "Other"))],
                ["Order", legal(kid)],
                ["Nursery / school", school(kid)],
                ["Health", kid.health or ""],
                ["Family time (others)", family(kid)],
                ["Care so far", history(kid)],
            ],
            [55, 123],
            header=False,
        ),
        pdf_spacer(),
        p(f"Risks to and from {kid.first}", BOLD),
        grid(
            [["Area", "Answer", "Notes"]]
            + [[FDAC_RISKS[s], FDAC_WORDS[kid.state(s)], kid.words(s) or ""] for s in ORDER],
            [40, 35, 103],
        ),
        pdf_spacer(),
        p(
            f"Placement sought: {SETTING_PLAIN[spec.setting]}"
            + (f"; {spec.urgency}" if spec.urgency else "")
            + (f"; {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
            + f"; from {start(spec, '%d.%m.%y')}. {n.get('tail', '')}"
        ),
    ]
    return pdf_bytes(story, title="FDAC referral", footer=n["footer"])


# ============================================================== swet_extract (pdf, two columns)


SWET_RISKS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "use of drugs or alcohol",
    "eat": "an eating disorder",
    "mfh": "going missing",
    "hurt": "physical harm to others",
    "shb": "sexually harmful behaviour",
    "fire": "setting fires",
    "pets": "harming animals",
    "cceo": "drawing other young people into crime",
}
SWET_WORDS = {
    "present": "There is a current risk of",
    "historical": "There is a history of",
    "suspected": "It is suspected, not evidenced, that there is a risk of",
    "none_known": "There is no known risk of",
}


def swet_extract(spec: Spec) -> bytes:
    """A Social Work Evidence Template extract in numbered paragraphs, set in two columns."""
    n = spec.notes
    sw = spec.sw
    paras = [
        f"Extract of the social work evidence statement of {sw.name}, "
        f"{n['court_case']}. Statement {n['statement_date']}. Extract sent to the "
        f"placements team on {dated(spec, '%d %B %Y', '[date not entered]')}.",
        f"I am the allocated social worker. I can be contacted at {sw.email or ''}"
        + (f" or on {sw.phone}" if sw.phone else "")
        + f". My team manager is {n['manager']}. The children's guardian is {n['guardian']}.",
        f"The LA's reference for this family is {spec.ref or '(to follow)'}.",
    ]
    for kid in spec.kids:
        about = (
            f"{kid.first} {kid.last} was born on {kid.dob_text('%d %B %Y')}"
            if kid.dob
            else (f"{kid.first} {kid.last} is {kid.age}")
        )
        paras.append(
            f"{about}. {kid.first} is {'a boy' if kid.gender == 'male' else 'a girl' if kid.gender == 'female' else 'a child'}"
            f" and is {legal(kid)}. {kid.first} attends {school(kid)}. "
            f"Health: {kid.health or ''}"
        )
        paras.append(f"Family time for {kid.first}: {family(kid)}")
        paras.append(f"{kid.first}'s care history: {history(kid)}.")
        for short in ORDER:
            state, said = kid.risk[short]
            if state == "not_stated":
                continue
            paras.append(f"{SWET_WORDS[state]} {SWET_RISKS[short]} for {kid.first}. {said}".strip())
    paras.append(
        f"The plan is a {SETTING_PLAIN[spec.setting]} placement"
        + (f" ({spec.urgency})" if spec.urgency else "")
        + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
        + f", starting {start(spec, '%d %B %Y')}. {n.get('tail', '')}"
    )
    story = [p(n["heading"], TITLE), pdf_spacer()]
    story += [p(f"{i}. {text}") for i, text in enumerate(paras, n["first_para"])]
    return pdf_bytes(story, columns=2, title="SWET extract", footer=n["footer"])


# ============================================================== nrm_summary (pdf)

NRM_RISKS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation (victim)",
    "cce": "Criminal exploitation (victim)",
    "sub": "Drugs / alcohol",
    "eat": "Eating",
    "mfh": "Going missing",
    "hurt": "Harm to others (physical)",
    "shb": "Harm to others (sexual)",
    "fire": "Fire-setting",
    "pets": "Harm to animals",
    "cceo": "Exploitation of others",
}
NRM_COLS = [
    ("present", "Known now"),
    ("historical", "Before"),
    ("suspected", "Query"),
    ("none_known", "No"),
]


def nrm_summary(spec: Spec) -> bytes:
    """A National Referral Mechanism (first responder) summary with a placement request."""
    n = spec.notes
    sw = spec.sw
    story = [
        p(n["heading"], TITLE),
        p("NRM first responder summary and request for a safe placement", BOLD),
        pdf_spacer(),
        grid(
            [
                ["Summary prepared", dated(spec, "%d/%m/%Y", ""), "NRM ref", n["nrm_ref"]],
                ["Child ID", spec.ref or "", "Reasonable grounds", n["rg"]],
                ["First responder", n["responder"], "FR phone", n["fr_phone"]],
                ["Child's social worker", sw.name, "SW phone", sw.phone or ""],
                ["SW email", sw.email or "", "Police", n["police"]],
            ],
            [35, 55, 33, 55],
            header=False,
        ),
        pdf_spacer(),
    ]
    for kid in spec.kids:
        story += [
            p(f"Young person: {kid.name}", BOLD),
            grid(
                [
                    ["DOB / age", born(kid), "Gender", gender(kid)],
                    ["Legal status", legal(kid), "School / college", school(kid)],
                    ["Health", kid.health or "", "Allergies", kid.allergies or ""],
                    ["Family time", family(kid), "Placements", history(kid)],
                ],
                [30, 59, 30, 59],
                header=False,
            ),
            pdf_spacer(2),
            grid(
                [["Risk", *[c[1] for c in NRM_COLS], "Detail"]]
                + [
                    [
                        NRM_RISKS[s],
                        *["☑" if kid.state(s) == c[0] else "☐" for c in NRM_COLS],
                        kid.words(s) or "",
                    ]
                    for s in ORDER
                ],
                [44, 17, 15, 14, 10, 78],
            ),
            pdf_spacer(),
        ]
    story.append(
        p(
            f"Placement needed: {SETTING_PLAIN[spec.setting]}"
            + (f", {spec.urgency}" if spec.urgency else "")
            + (f", {DURATION_PLAIN[spec.duration]}" if spec.duration else "")
            + f". Start: {start(spec)}. {n.get('tail', '')}"
        )
    )
    return pdf_bytes(story, title="NRM summary", footer=n["footer"])


# ============================================================== image_scan (pdf, not new)


def image_scan(spec: Spec) -> bytes:
    return scan_pdf(spec.notes["lines"].split("\n"), float(spec.notes["angle"]))


LAYOUTS = {
    "ipa_schedule": ipa_schedule,
    "exemption_request": exemption_request,
    "pep_cover": pep_cover,
    "search_log": search_log,
    "age_assessment": age_assessment,
    "fdac_referral": fdac_referral,
    "swet_extract": swet_extract,
    "nrm_summary": nrm_summary,
    "image_scan": image_scan,
}
