# ruff: noqa: RUF001 (the documents use typographic dashes and quotes on purpose)
"""training_m's fifteen layouts: each turns a Spec into the document's bytes."""

from __future__ import annotations

from training_m_model import Kid, Spec
from training_m_words import (
    LABELS,
    answer,
    dmy,
    dob_line,
    extras,
    family_lines,
    gender_word,
    per_child_rows,
    risk_rows,
    signature,
)
from training_m_write import docx_bytes, eml_bytes, pdf_bytes

__all__ = ["render"]

SETTING_WORDS = {
    "fostering": "Foster care",
    "residential": "Residential children's home",
    "parent_and_child": "Parent and child",
    "supported_accommodation": "Supported accommodation (16+)",
    "secure": "Secure",
}
SETTINGS = ["fostering", "residential", "parent_and_child", "supported_accommodation"]


def _box(on: bool) -> str:
    return "☒" if on else "☐"


def _child_rows(spec: Spec, kid: Kid, style: str = "slash") -> list[list[str]]:
    rows = [["Child's name", f"{kid.first} {kid.last}"]]
    if kid.known_as:
        rows.append(["Known as", kid.known_as])
    rows += [
        ["Date of birth", dob_line(kid, style)],
        ["Gender", gender_word(kid)],
        ["Legal status", kid.legal_words],
        ["School / education", kid.school_words],
        ["Health needs", kid.health or ""],
        *extras(kid),
        ["Family time", "\n".join(family_lines(kid))],
        ["Placement history", kid.history_words],
    ]
    return rows


def _text(lines: list[str]) -> bytes:
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _ref(spec: Spec, label: str = "Ref") -> list[str]:
    return [f"{label}: {spec.ref}"] if spec.ref else []


# ---------------------------------------------------------------- docx layouts


def checkbox_prf(spec: Spec) -> bytes:
    """A London or border borough's two-column "Placement Request Form" with ☐/☒ boxes
    for the setting, urgency and length and a Y/N column for each risk."""
    x = spec.x
    rows = [
        ["Date of request", x.get("form_date", dmy(spec.date, "slash"))],
        ["Case number (LCS)", spec.ref or ""],
        ["Allocated social worker", spec.sw[0]],
        ["SW email / telephone", f"{spec.sw[1]}\n{spec.sw[2] or ''}"],
        ["Team manager", x["manager"]],
        [
            "Type of placement",
            "  ".join(f"{_box(spec.setting == s)} {SETTING_WORDS[s]}" for s in SETTINGS),
        ],
        [
            "Urgency",
            f"{_box(spec.urgency == 'emergency')} Emergency (within 24 hrs)   "
            f"{_box(spec.urgency == 'planned')} Planned",
        ],
        [
            "Length",
            f"{_box(spec.duration == 'short_term')} Short term   "
            f"{_box(spec.duration == 'long_term')} Long term   "
            f"{_box(spec.duration == 'respite')} Respite",
        ],
        ["Date needed from", spec.start_words],
    ]
    blocks: list = [
        ("title", "PLACEMENT REQUEST FORM"),
        ("p", f"{spec.la_name} – Children's Social Care, Placements and Commissioning"),
        ("table", rows),
    ]
    for n, kid in enumerate(spec.kids, 1):
        blocks.append(("h", f"Section {n + 1}: Child {n} of {len(spec.kids)}"))
        blocks.append(("table", _child_rows(spec, kid)))
        blocks.append(("h", "Risks (Y/N – give details if Y)"))
        yn = [["Risk", "Y/N", "Details"]]
        for label, (state, words) in zip(LABELS["form"], kid.risk.values(), strict=True):
            flag = {
                "present": "Y",
                "historical": "Y (historic)",
                "suspected": "Y (suspected)",
                "none_known": "N",
                "not_stated": "",
            }[state]
            yn.append([label, flag, words or ""])
        blocks.append(("table", yn, False))
    blocks.append(("p", x.get("closing", "Please send offers to the placements inbox.")))
    return docx_bytes(blocks, header=x.get("header"), footer=x.get("footer"))


def s20_agreement(spec: Spec) -> bytes:
    """An extract of a section 20 accommodation agreement, with the placement request."""
    x = spec.x
    kid = spec.kids[0]
    blocks: list = [
        ("title", "Agreement for a child to be accommodated (section 20, Children Act 1989)"),
        ("p", f"{spec.la_name}. Extract sent to placement providers with the referral."),
        (
            "table",
            [
                ["Person with parental responsibility", x["parent"]],
                ["Agreement signed", x["signed"]],
                ["Witnessed by", x["witness"]],
                ["Parent's wishes", x["wishes"]],
            ],
        ),
        (
            "p",
            "I understand that I can remove my child from accommodation at any time and "
            "that I keep parental responsibility.",
        ),
        ("h", "Placement request"),
        (
            "table",
            [
                ["Date of referral", dmy(spec.date, "long") or "—"],
                ["Child ref", spec.ref or ""],
                ["Type of placement needed", x["setting_words"]],
                ["How soon", spec.start_words],
                ["For how long", x["duration_words"]],
                ["Social worker", f"{spec.sw[0]}, {spec.sw[1]}, {spec.sw[2] or ''}"],
            ],
        ),
    ]
    for other in spec.kids:
        blocks.append(("h", f"About {other.called}"))
        blocks.append(("table", _child_rows(spec, other, "long")))
    blocks.append(("h", "Risk information"))
    if len(spec.kids) > 1:
        blocks.append(("table", per_child_rows(spec.kids, "plain", "words")))
    else:
        blocks.append(("table", risk_rows(kid, "plain", "words")))
    if x.get("parent_risk"):
        blocks += [("h", "About the parent"), ("p", x["parent_risk"])]
    return docx_bytes(blocks, footer=f"s20 agreement – {spec.la_name} – OFFICIAL-SENSITIVE")


def fgc_outcome(spec: Spec) -> bytes:
    """A family group conference outcome: the family's plan could not keep the child at
    home, so a foster home is asked for. The coordinator writes it."""
    x = spec.x
    blocks: list = [
        ("title", "Family Group Conference – Outcome and Referral for Placement"),
        (
            "table",
            [
                ["Conference held", x["held"]],
                ["Coordinator", x["coordinator"]],
                ["Referring worker", f"{spec.sw[0]} ({spec.sw[1]}; {spec.sw[2] or 'no number'})"],
                ["Local authority", spec.la_name],
                ["Family reference", spec.ref or "not yet allocated"],
                ["Date sent to placements", dmy(spec.date, "ord") or ""],
            ],
        ),
        ("h", "Who came"),
        ("p", x["attended"]),
        ("h", "The family's plan"),
        ("p", x["plan"]),
        ("h", "What is now needed"),
        ("p", x["need"]),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.first} {kid.last}"))
        blocks.append(("table", _child_rows(spec, kid, "dots")))
        blocks.append(("p", f"Worries the family and professionals shared about {kid.called}:"))
        lines = []
        for label, (state, words) in zip(LABELS["plain"], kid.risk.values(), strict=True):
            said = answer(state, words, "current")
            lines.append(f"• {label}: {said}" if said else f"• {label}:")
        blocks.append(("p", "\n".join(lines)))
    if x.get("parent_risk"):
        blocks += [("h", "Mum's own needs"), ("p", x["parent_risk"])]
    return docx_bytes(blocks, header="FGC Service – confidential")


def therapeutic(spec: Spec) -> bytes:
    """A therapeutic residential referral with a clinical summary from a psychologist."""
    x = spec.x
    kid = spec.kids[0]
    blocks: list = [
        ("title", "Referral for Therapeutic Residential Care"),
        (
            "table",
            [
                ["Placing authority", spec.la_name],
                ["Referral date", dmy(spec.date, "abbr") or "(not dated)"],
                ["ID", spec.ref or ""],
                ["Social worker", spec.sw[0]],
                ["Contact", f"{spec.sw[1]} / {spec.sw[2] or ''}"],
                ["Service sought", x["setting_words"]],
                ["Start", spec.start_words],
                ["Expected length", x["duration_words"]],
            ],
        ),
        ("h", "1. The young person"),
        ("table", _child_rows(spec, kid, "abbr")),
        ("h", "2. Clinical summary"),
        ("p", x["clinical"]),
        ("p", x["clinician"]),
        ("h", "3. Risk profile (current / previously / possible / none known)"),
        ("table", risk_rows(kid, "clinical", "current")),
        ("h", "4. What helps"),
        ("p", x["helps"]),
    ]
    return docx_bytes(blocks, footer=f"{spec.la_name} | therapeutic referral | page 1")


# ---------------------------------------------------------------- pdf layouts


def vsh_letter(spec: Spec) -> bytes:
    """A Virtual School Head's letter asking for a placement that keeps the child's
    school, then the LA's summary table."""
    x = spec.x
    blocks: list = [
        ("title", f"{spec.la_name} Virtual School"),
        ("p", x["vsh_address"]),
        ("p", dmy(spec.date, "long") if spec.date else ""),
        ("p", "To: placement providers on the framework"),
        ("p", x["letter"]),
        ("p", x["vsh_sign"]),
        ("h", "Referral summary (completed by the social worker)"),
        (
            "table",
            [
                ["Social worker", spec.sw[0]],
                ["Email", spec.sw[1]],
                ["Phone", spec.sw[2] or ""],
                ["Mosaic number", spec.ref or ""],
                ["Placement", x["setting_words"]],
                ["Start", spec.start_words],
                ["Plan", x["duration_words"]],
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(("table", _child_rows(spec, kid, "ord")))
    if len(spec.kids) > 1:
        blocks.append(
            (
                "table",
                [["Risk", "Answer for each child"], *per_child_rows(spec.kids, "form", "yn")],
                False,
            )
        )
    else:
        blocks.append(
            ("table", [["Risk", "Answer"], *risk_rows(spec.kids[0], "form", "yn")], False)
        )
    return pdf_bytes(blocks)


def independence_plan(spec: Spec) -> bytes:
    """A 16+ semi-independent supported accommodation referral with an independence
    skills rating table (1 = needs full support, 4 = independent)."""
    x = spec.x
    kid = spec.kids[0]
    skills = x["skills"]
    blocks: list = [
        ("title", "16+ Supported Accommodation Referral"),
        ("p", f"{spec.la_name} – Leaving Care and Young People's Service"),
        (
            "table",
            [
                ["Referral date", dmy(spec.date, "dots") or "not dated"],
                ["Young person's ID", spec.ref or ""],
                ["Personal adviser", x["pa"]],
                ["Social worker", f"{spec.sw[0]}\n{spec.sw[1]}\n{spec.sw[2] or ''}"],
                ["Accommodation type", x["setting_words"]],
                ["Move in", spec.start_words],
                ["Support hours", x["hours"]],
                ["Length of placement", x["duration_words"]],
            ],
        ),
        ("h", "About the young person"),
        ("table", _child_rows(spec, kid, "dots")),
        ("h", "Independence skills (1 = needs full support ... 4 = independent)"),
        ("table", [["Skill", "Score", "Comment"]] + [list(s) for s in skills], False),
        ("h", "Risk assessment"),
        ("table", [["Area", "Assessment"], *risk_rows(kid, "question", "words")], False),
    ]
    return pdf_bytes(blocks)


def iro_escalation(spec: Spec) -> bytes:
    """An Independent Reviewing Officer's dispute-resolution letter to a service manager
    asking that a placement be found; the request is set out below."""
    x = spec.x
    blocks: list = [
        ("title", "Independent Reviewing Service – Dispute Resolution (Stage 2)"),
        ("p", f"{spec.la_name}, Quality Assurance Unit"),
        (
            "table",
            [
                ["From", x["iro"]],
                ["To", x["to"]],
                ["Date", dmy(spec.date, "wday") if spec.date else ""],
                ["Child / children", ", ".join(f"{k.first} {k.last}" for k in spec.kids)],
                ["Reference", spec.ref or ""],
            ],
        ),
        ("p", x["letter"]),
        (
            "p",
            f"The allocated social worker is {spec.sw[0]} ({spec.sw[1]}, "
            f"{spec.sw[2] or 'no direct line'}). Please copy her/him into any offer.",
        ),
        ("h", "What is being asked for"),
        ("p", f"{x['setting_words']}. From: {spec.start_words}. {x['duration_words']}"),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.first} {kid.last}"))
        blocks.append(("table", _child_rows(spec, kid, "slash")))
        blocks.append(("p", x.get("risk_intro", "Risks, as recorded at the last review:")))
        blocks.append(
            (
                "p",
                "\n".join(
                    f"{label}: {answer(state, words, 'words') or '(blank)'}"
                    for label, (state, words) in zip(
                        LABELS["plain"], kid.risk.values(), strict=True
                    )
                ),
            )
        )
    return pdf_bytes(blocks)


def strategy_record(spec: Spec) -> bytes:
    """A section 47 strategy discussion record whose decision is that the children be
    accommodated; attendees, decision and actions, then the placement details."""
    x = spec.x
    blocks: list = [
        ("title", "Strategy Discussion Record (s47 Children Act 1989)"),
        (
            "table",
            [
                ["Date and time of discussion", x["held"]],
                ["Chair", x["chair"]],
                ["Attendees", x["attended"]],
                ["Case ID", spec.ref or ""],
                ["Sent to placements", dmy(spec.date, "slash") or "not recorded"],
            ],
        ),
        ("h", "Information shared"),
        ("p", x["shared"]),
        ("h", "Decision"),
        ("p", x["decision"]),
        ("h", "Placement needed"),
        (
            "table",
            [
                ["Type", x["setting_words"]],
                ["When", spec.start_words],
                ["How long", x["duration_words"]],
                ["Allocated SW", f"{spec.sw[0]} – {spec.sw[1]} – {spec.sw[2] or ''}"],
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(("table", _child_rows(spec, kid, "short")))
    blocks.append(("h", "Risk to and from the children"))
    blocks.append(("table", [["", "Per child"], *per_child_rows(spec.kids, "abbr", "yn")], False))
    blocks.append(("h", "Actions"))
    blocks.append(("table", [["Action", "Who", "By"]] + x["actions"], False))
    return pdf_bytes(blocks)


# ---------------------------------------------------------------- email layouts


def _headers(frm: str, to: str, subject: str, when: str, mid: str, cc: str | None = None):
    out = [("From", frm), ("To", to)]
    out += [("Cc", cc)] if cc else []
    out += [("Subject", subject), ("Date", when), ("Message-ID", f"<{mid}@mail.example.gov.uk>")]
    return out


def _summary(spec: Spec, dstyle: str = "slash") -> list[str]:
    lines = []
    for kid in spec.kids:
        lines += [f"{label}: {value}" for label, value in _child_rows(spec, kid, dstyle)]
        lines += [f"{label} – {value or ''}" for label, value in risk_rows(kid, "plain", "yn")]
        lines.append("")
    return lines


def dsl_alert(spec: Spec) -> bytes:
    """A school's designated safeguarding lead emails the duty inbox; the duty manager
    forwards it to placements with the allocated worker named."""
    x = spec.x
    body = [
        x["duty_note"],
        "",
        f"Allocated SW: {spec.sw[0]} – {spec.sw[1]} – {spec.sw[2] or ''}",
        *_ref(spec, "LCS"),
        f"Placement: {x['setting_words']}",
        f"When: {spec.start_words}",
        f"Length: {x['duration_words']}",
        "",
        *_summary(spec, "short"),
        x["duty_sign"],
        "",
        "-----Original Message-----",
        f"From: {x['dsl']}",
        f"Sent: {x['dsl_sent']}",
        f"To: Duty and Advice <duty@{spec.domain}>",
        f"Subject: {x['dsl_subject']}",
        "",
        x["dsl_body"],
    ]
    headers = _headers(
        x["from"],
        "Placements <placements.referrals@agency.example.org.uk>",
        f"FW: {x['dsl_subject']}",
        x["sent"],
        spec.id + ".dsl",
        cc=spec.sw[1],
    )
    return eml_bytes(headers, "\n".join(body))


def thread_inline(spec: Spec) -> bytes:
    """A thread of three replies; the latest corrects a value inline in the quoted text
    ("<< should read ...") and the correction wins."""
    x = spec.x
    original = "\n".join(
        [
            "Hi all,",
            "",
            x["ask"],
            "",
            *_ref(spec, "Mosaic"),
            f"Type: {x['setting_words']}",
            f"Start: {x['orig_start']}",
            f"Duration: {x['duration_words']}",
            "",
            *_summary(spec, "long"),
            signature(spec),
        ]
    )
    for right, wrong in x.get("swap", []):
        assert right in original, right
        original = original.replace(right, wrong, 1)
    quoted = "\n".join("> " + line if line else ">" for line in original.split("\n"))
    for old, new in x["fixes"]:
        assert old in quoted, old
        quoted = quoted.replace(old, f"{old}   << {new}", 1)
    body = "\n".join(
        [
            x["latest"],
            "",
            signature(spec),
            "",
            f"On {x['reply2_when']}, {x['officer']} wrote:",
            "> " + x["reply2"],
            ">",
            f"> On {x['reply1_when']}, {spec.sw[0]} <{spec.sw[1]}> wrote:",
            ">> " + x["reply1"],
            ">>",
            f">> On {x['orig_when']}, {spec.sw[0]} <{spec.sw[1]}> wrote:",
            "\n".join(">>" + line for line in quoted.split("\n")),
        ]
    )
    headers = _headers(
        f"{spec.sw[0]} <{spec.sw[1]}>",
        x["officer_addr"],
        f"RE: RE: RE: {x['subject']}",
        x["sent"],
        spec.id + ".thread",
    )
    return eml_bytes(headers, body)


def police_ppo(spec: Spec) -> bytes:
    """A police notification of police protection (PPO) to the emergency duty team, which
    the EDT forwards to the agency's on-call with the allocated worker for Monday."""
    x = spec.x
    body = [
        x["edt_note"],
        "",
        f"Allocated worker (daytime): {spec.sw[0]}, {spec.sw[1]}, {spec.sw[2] or ''}",
        f"Needed: {spec.start_words}",
        f"Placement: {x['setting_words']}",
        "",
        x["edt_sign"],
        "",
        "---------- Forwarded message ----------",
        f"From: {x['police']}",
        f"Date: {x['police_sent']}",
        "Subject: POLICE PROTECTION NOTIFICATION",
        "",
        "NOTIFICATION TO LOCAL AUTHORITY – POLICE PROTECTION (s46 CHILDREN ACT 1989)",
        f"Occurrence / log no: {x['log']}",
        f"Time police protection taken: {x['taken']}",
        f"Designated officer: {x['designated']}",
        *_ref(spec, "LA child ref"),
        "",
    ]
    for n, kid in enumerate(spec.kids, 1):
        body += [f"CHILD {n}", *(f"  {a}: {b}" for a, b in _child_rows(spec, kid, "short")), ""]
    body += ["RISK INFORMATION KNOWN TO POLICE"]
    for kid in spec.kids:
        body += [f"  {kid.called}:"]
        body += [f"    {a}: {b}" for a, b in risk_rows(kid, "abbr", "yn")]
    body += ["", x["circumstances"]]
    headers = _headers(
        x["from"],
        "On-call <oncall@agency.example.org.uk>",
        "FW: POLICE PROTECTION NOTIFICATION",
        x["sent"],
        spec.id + ".ppo",
    )
    return eml_bytes(headers, "\n".join(body))


def approval_chain(spec: Spec) -> bytes:
    """Business support sends the referral once the funding chain has approved it: the
    approvals (each with a date) above, the worker's request at the bottom, the form
    attached as Word."""
    x = spec.x
    form = checkbox_prf(spec)
    body = [
        "Good afternoon,",
        "",
        "Please see the referral below and attached, now approved for sending.",
        "",
        *x["approvals"],
        "",
        x["bs_sign"],
        "",
        f"From: {spec.sw[0]} <{spec.sw[1]}>",
        f"Sent: {x['sw_sent']}",
        "Subject: Request for approval – placement search",
        "",
        x["sw_body"],
        "",
        signature(spec),
    ]
    headers = _headers(
        x["from"],
        "Placements <referrals@agency.example.org.uk>",
        x["subject"],
        x["sent"],
        spec.id + ".chain",
        cc=spec.sw[1],
    )
    name = x.get("attachment", "Placement Request Form.docx")
    media = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return eml_bytes(headers, "\n".join(body), attachments=[(name, media, form)])


# ---------------------------------------------------------------- text layouts


def triage_transposed(spec: Spec) -> bytes:
    """An agency's referral-triage sheet exported to CSV with one row per field and one
    column per child (the spreadsheet was laid out sideways)."""
    x = spec.x

    def q(value: str) -> str:
        value = value.replace("\n", " / ")
        return f'"{value}"' if ("," in value or '"' in value) else value

    head = ["Field"] + [f"Child {n}" for n in range(1, len(spec.kids) + 1)]
    lines = [",".join(head)]
    common = [
        ("Received", x["received"]),
        ("Placing LA", x["la_words"]),
        ("LA ref", spec.ref or ""),
        ("SW", spec.sw[0]),
        ("SW email", spec.sw[1]),
        ("SW tel", spec.sw[2] or ""),
        ("Placement type", x["setting_words"]),
        ("Urgency", x["urgency_words"]),
        ("Start", spec.start_words),
        ("Length", x["duration_words"]),
    ]
    for label, value in common:
        lines.append(",".join([q(label), q(value)] + [""] * (len(spec.kids) - 1)))
    per = [list(zip(*_child_rows(spec, kid, "iso"), strict=True)) for kid in spec.kids]
    labels = [label for label, _ in _child_rows(spec, spec.kids[0], "iso")]
    for kid in spec.kids[1:]:
        for label, _ in _child_rows(spec, kid, "iso"):
            if label not in labels:
                labels.insert(-2, label)
    for label in labels:
        cells = []
        for kid in spec.kids:
            found = dict(_child_rows(spec, kid, "iso")).get(label, "")
            cells.append(q(found))
        lines.append(",".join([q(label), *cells]))
    del per
    for index, label in enumerate(LABELS["abbr"]):
        cells = [q(answer(*list(kid.risk.values())[index], style="yn")) for kid in spec.kids]
        lines.append(",".join([q("Risk: " + label), *cells]))
    lines.append(",".join([q("Triage notes"), q(x["notes"])] + [""] * (len(spec.kids) - 1)))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def screening_note(spec: Spec) -> bytes:
    """An agency referrals officer's 15-minute screening note: a ✔/✘ checklist of what
    the referral gives, then the LA's email pasted beneath."""
    x = spec.x
    checks = [
        ("Child's details", True),
        ("Legal status", all(k.legal for k in spec.kids)),
        ("Start date", spec.start is not None),
        ("Risks", all(any(s != "not_stated" for s, _ in k.risk.values()) for k in spec.kids)),
        ("Family time", all(k.ft is not None for k in spec.kids)),
        ("Placement history", all(k.history is not None for k in spec.kids)),
        ("Education", all(k.school for k in spec.kids)),
        ("Health", all(k.health for k in spec.kids)),
    ]
    lines = [
        "REFERRAL SCREENING NOTE",
        f"Screened by: {x['officer']}  at {x['screened']}",
        f"Received from: {spec.la_name}",
        "",
        "Checklist:",
        *(f"  [{'✔' if ok else '✘'}] {name}" for name, ok in checks),
        "",
        f"Officer's summary: {x['summary']}",
        "",
        "=== LA email as received ===",
        f"Date: {x['la_sent']}",
        f"From: {x['la_from']}",
        "",
        x["la_intro"],
        "",
        *_ref(spec, "Child ID"),
        f"Placement type: {x['setting_words']}",
        f"Urgency: {x['urgency_words']}" if x.get("urgency_words") else "",
        f"Placement wanted from: {spec.start_words}",
        f"Length: {x['duration_words']}",
        "",
        *_summary(spec, "ord"),
        x.get("parent_risk", ""),
        "",
        signature(spec),
    ]
    return _text(lines)


def fax_transmittal(spec: Spec) -> bytes:
    """A fax cover sheet from a children's services office, then the typed referral in
    fixed-width columns, as received by a fax-to-text service."""
    x = spec.x
    lines = [
        "*" * 64,
        "FAX TRANSMISSION".center(64),
        "*" * 64,
        f"TO:      {x['to']}",
        f"FROM:    {x['from']}",
        f"FAX NO:  {x['fax']}",
        f"DATE:    {dmy(spec.date, 'short') if spec.date else '__/__/____'}",
        f"PAGES:   {x['pages']} (including this one)",
        "RE:      PLACEMENT REFERRAL",
        "CONFIDENTIALITY: This fax is intended for the addressee only.",
        "-" * 64,
        "",
        f"{spec.la_name.upper()} – CHILDREN'S SERVICES",
        "",
    ]

    def row(label: str, value: str, width: int = 24) -> list[str]:
        parts = value.split("\n") or [""]
        out = [f"{label:<{width}}| {parts[0]}"]
        out += [f"{'':<{width}}| {part}" for part in parts[1:]]
        return out

    head = [
        ("REF", spec.ref or ""),
        ("SOCIAL WORKER", spec.sw[0]),
        ("SW E-MAIL", spec.sw[1]),
        ("SW PHONE", spec.sw[2] or ""),
        ("PLACEMENT", x["setting_words"]),
        ("REQUIRED", spec.start_words),
        ("DURATION", x["duration_words"]),
    ]
    for label, value in head:
        lines += row(label, value)
    for kid in spec.kids:
        lines += ["", "-" * 64]
        for label, value in _child_rows(spec, kid, "short"):
            lines += row(label.upper(), value)
        lines += ["", "RISKS"]
        for label, value in risk_rows(kid, "form", "words"):
            lines += row(label, value, 38)
    lines += ["", x.get("parent_risk", ""), "", f"Sent by {x['from']}"]
    return _text(lines)


LAYOUTS = {
    "checkbox_prf": (checkbox_prf, "docx"),
    "s20_agreement": (s20_agreement, "docx"),
    "fgc_outcome": (fgc_outcome, "docx"),
    "therapeutic": (therapeutic, "docx"),
    "vsh_letter": (vsh_letter, "pdf"),
    "independence_plan": (independence_plan, "pdf"),
    "iro_escalation": (iro_escalation, "pdf"),
    "strategy_record": (strategy_record, "pdf"),
    "dsl_alert": (dsl_alert, "eml"),
    "thread_inline": (thread_inline, "eml"),
    "police_ppo": (police_ppo, "eml"),
    "approval_chain": (approval_chain, "eml"),
    "triage_transposed": (triage_transposed, "txt"),
    "screening_note": (screening_note, "txt"),
    "fax_transmittal": (fax_transmittal, "txt"),
}


def render(spec: Spec) -> bytes:
    function, fmt = LAYOUTS[spec.layout]
    assert fmt == spec.fmt, spec.id
    return function(spec)
