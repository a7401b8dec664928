"""The layouts of training_t: each paperwork kind with its own labels, its own names for
the eleven risks and its own words for a risk's state. Each returns the file's bytes."""

# ruff: noqa: RUF001  (the en dashes are the documents' own)

from __future__ import annotations

from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES
from training_t_model import RISKS, Kid, Spec
from training_t_write import docx_bytes, eml_bytes, pdf_bytes, scan_bytes

ORDER = list(RISKS)


def la_name(spec: Spec) -> str:
    name = LOCAL_AUTHORITIES[spec.la].split(",")[0]
    special = {"E06000010": "Hull City Council", "E06000023": "Bristol City Council"}
    if spec.la in special:
        return special[spec.la]
    if spec.la.startswith("E10"):
        return f"{name} County Council"
    if spec.la.startswith("E09"):
        return f"London Borough of {name}"
    return f"{name} Council"


def d1(day: date | None) -> str:  # 12 November 2026
    return f"{day.day} {day:%B %Y}" if day else ""


def d2(day: date | None) -> str:  # 12/11/2026
    return f"{day:%d/%m/%Y}" if day else ""


def d3(day: date | None) -> str:  # Thu 12-Nov-26
    return f"{day:%a %d-%b-%y}" if day else ""


def born(kid: Kid, fmt=d2, age_words: str = "aged {}", prefix: str = "") -> str:
    return prefix + fmt(kid.dob) if kid.dob else age_words.format(kid.age)


def sex(kid: Kid, male: str = "Male", female: str = "Female", blank: str = "") -> str:
    return {"male": male, "female": female}.get(kid.gender or "", blank)


def family(kid: Kid, sep: str = "; ") -> str:
    if kid.family:
        text = sep.join(words for _, _, words in kid.family)
    else:
        text = kid.family_words
    if kid.no_contact:
        text += f"{sep}No contact with {' or '.join(kid.no_contact)}"
    return text


def history(kid: Kid, sep: str = "; ") -> str:
    return sep.join(kid.history) if kid.history else kid.history_words


def school(kid: Kid) -> str:
    return kid.school_words or kid.school or ""


def risk_cell(kid: Kid, short: str, words: dict, join: str = " – ") -> str:
    state, detail = kid.risk[short]
    word = words[state]
    if detail and word:
        return f"{word}{join}{detail}"
    return word


def extras(kid: Kid) -> list[tuple[str, str]]:
    out = []
    if kid.known_as:
        out.append(("Known as", kid.known_as))
    if kid.allergy_words:
        out.append(("Allergies", kid.allergy_words))
    return out


# ---------------------------------------------------------------- Word -----


def gateway_minutes(spec: Spec) -> bytes:
    names = [
        "Self-injury",
        "Sexual exploitation (CSE)",
        "Criminal exploitation (CCE)",
        "Substance misuse",
        "Disordered eating",
        "Missing episodes",
        "Violence to others",
        "Harmful sexual behaviour",
        "Arson / fire",
        "Cruelty to animals",
        "Drawing others into crime",
    ]
    words = {
        "present": "Yes – current",
        "historical": "Yes – in the past",
        "suspected": "Queried",
        "none_known": "No",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    blocks: list = [
        ("h", "Legal Gateway Panel – minutes and placement request"),
        (
            "kv",
            [
                ("Panel sat", d1(spec.note_date("panel"))),
                ("Chair", "Head of Service, Corinne Maddox (01632 960 118)"),
                ("Legal adviser", "Farid Osei, Legal Services"),
                ("Presenting social worker (allocated)", name),
                ("SW email / direct line", f"{mail} / {phone or 'not given'}"),
                ("Mosaic person no.", spec.ref or "not yet allocated"),
            ],
        ),
        ("p", "Decision: threshold met. " + spec.note),
        ("cc", "Request passed to Placements:", d1(spec.date) or "[not dated]"),
        (
            "kv",
            [
                ("Resource sought", spec.setting_words),
                ("Timescale", spec.start_words),
                ("Plan", spec.plan_words),
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"Child: {kid.first} {kid.last}"))
        blocks.append(
            (
                "kv",
                [
                    ("DOB / age", born(kid, d2)),
                    ("Sex", sex(kid)),
                    ("Legal position", kid.legal_words),
                    ("Education setting", school(kid)),
                    ("Time with family", family(kid)),
                    ("Previous placements", history(kid)),
                    ("Health", kid.health or ""),
                    *extras(kid),
                ],
            )
        )
        blocks.append(
            (
                "t",
                [["Risk area", "Panel view"]]
                + [[n, risk_cell(kid, s, words)] for n, s in zip(names, ORDER)],
            )
        )
    header = f"{la_name(spec)} – Children's Services – OFFICIAL-SENSITIVE"
    return docx_bytes(blocks, header, "Minutes are not verbatim. Page 1")


def bid_invitation(spec: Spec) -> bytes:
    names = [
        "Hurts self",
        "Exploited sexually",
        "Exploited criminally",
        "Drugs / alcohol",
        "Food / eating",
        "Goes missing",
        "Assaults others",
        "Sexually harmful",
        "Sets fires",
        "Hurts animals",
        "Recruits others",
    ]
    words = {
        "present": "Active",
        "historical": "Past",
        "suspected": "Possible",
        "none_known": "Nil",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    kids = spec.kids
    blocks: list = [
        ("h", "DPS Fostering – Placement Bid Invitation"),
        ("cc", "Bid invitation issued:", d2(spec.date)),
        ("cc", "Bids close:", spec.distractor),
        ("cc", "Lot:", "Lot 2 – Mainstream and Sibling Fostering"),
        (
            "kv",
            [
                ("Commissioning officer", "Ruth Okafor, 01632 960 455"),
                ("Case-holding social worker", name),
                ("Contact", f"{mail}  {phone or ''}".strip()),
                ("Family Client ID", spec.ref or ""),
                ("Care type", spec.setting_words),
                ("How soon", spec.start_words),
                ("Plan length", spec.plan_words),
            ],
        ),
    ]
    rows = [["", *[f"{k.first} {k.last}" for k in kids]]]
    rows += [
        ["Born", *[born(k, d2) for k in kids]],
        ["Gender", *[sex(k, "M", "F") for k in kids]],
        ["Legal", *[k.legal_words for k in kids]],
        ["School", *[school(k) for k in kids]],
        ["Family time", *[family(k) for k in kids]],
        ["Care history", *[history(k) for k in kids]],
        ["Health", *[k.health or "" for k in kids]],
    ]
    rows += [[n, *[risk_cell(k, s, words, ": ") for k in kids]] for n, s in zip(names, ORDER)]
    blocks.append(("t", rows))
    return docx_bytes(blocks, f"{la_name(spec)} Commissioning Hub", "Bid ref is not the case ID")


def nurse_letter(spec: Spec) -> bytes:
    names = [
        "self-harm",
        "sexual exploitation",
        "criminal exploitation",
        "substance use",
        "eating difficulties",
        "missing from care",
        "physical aggression",
        "sexualised behaviour to others",
        "fire-setting",
        "harming animals",
        "involving others in offending",
    ]
    words = {
        "present": "ongoing",
        "historical": "resolved – past only",
        "suspected": "possible, not confirmed",
        "none_known": "not known to health",
        "not_stated": None,
    }
    name, mail, phone = spec.worker
    (kid,) = spec.kids[:1]
    blocks: list = [
        (
            "p",
            f"{la_name(spec)} Looked After Children Health Team\nDesignated Nurse: "
            "Aoife Brennan RN, 01632 960 733",
        ),
        ("p", d1(spec.date) or "Date: ____"),
        ("p", "Dear Placements Team,"),
        (
            "p",
            f"Re: {kid.first} {kid.last}, {born(kid, d1, prefix='born ')}, NHS number 943 476 5919 "
            f"(LA reference {spec.ref or 'not known to me'})",
        ),
        (
            "p",
            f"I write at the request of {kid.first}'s allocated social worker, {name} "
            f"({mail}{', ' + phone if phone else ''}), who asks for {spec.setting_words} "
            f"{spec.start_words}. {spec.plan_words}",
        ),
        (
            "p",
            f"{kid.first} is {sex(kid, 'a boy', 'a girl', 'a young person')}; legal status "
            f"{kid.legal_words}. School: {school(kid) or '—'}. Family time: {family(kid)}. "
            f"Past placements: {history(kid)}.",
        ),
        ("p", f"Health: {kid.health or ''}"),
    ]
    for key, value in extras(kid):
        blocks.append(("p", f"{key}: {value}"))
    lines = []
    for n, s in zip(names, ORDER):
        state, detail = kid.risk[s]
        if words[state] is None:
            continue
        lines.append(f"• {n.capitalize()} — {words[state]}" + (f": {detail}" if detail else ""))
    blocks.append(("p", "Risks as health understands them:\n" + "\n".join(lines)))
    blocks.append(
        ("p", "Yours sincerely,\nAoife Brennan, Designated Nurse for Looked After Children")
    )
    return docx_bytes(blocks, "NHS – working with the council", "Confidential health letter")


def network_outcome(spec: Spec) -> bytes:
    names = [
        "Self harm",
        "CSE",
        "CCE",
        "Drugs/alcohol",
        "Eating",
        "Missing",
        "Hurting others",
        "Sexual behaviour (HSB)",
        "Fire",
        "Animals",
        "Exploiting others",
    ]
    cols = {"present": 1, "historical": 2, "suspected": 3, "none_known": 4}
    name, mail, phone = spec.worker
    blocks: list = [
        ("h", "Family Network Meeting – outcome and request to Access to Resources"),
        (
            "kv",
            [
                ("Meeting held", d1(spec.note_date("meeting"))),
                ("FGC coordinator", "Gwen Sutherland, 07700 900 612"),
                ("Family present", spec.distractor),
                ("Outcome", spec.note),
                ("Sent to Access to Resources", d1(spec.date) or "(not dated)"),
                ("Family reference", spec.ref or ""),
                ("Social worker", f"{name}, {mail}, {phone or ''}".rstrip(", ")),
                ("Placement needed", spec.setting_words),
                ("From", spec.start_words),
                ("Expected length", spec.plan_words),
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(("h", f"{kid.first} {kid.last}"))
        blocks.append(
            (
                "kv",
                [
                    ("D.o.B.", born(kid, d1)),
                    ("Boy/girl", sex(kid, "boy", "girl")),
                    ("Status", kid.legal_words),
                    ("School / nursery", school(kid)),
                    ("Seeing family", family(kid)),
                    ("Been in care before?", history(kid)),
                    ("Health", kid.health or ""),
                    *extras(kid),
                ],
            )
        )
        rows = [["Risk", "Now", "Before", "Unsure", "No", "What we know"]]
        for n, s in zip(names, ORDER):
            state, detail = kid.risk[s]
            row = [n, "", "", "", "", detail or ""]
            if state in cols:
                row[cols[state]] = "X"
            rows.append(row)
        blocks.append(("t", rows))
    return docx_bytes(blocks, f"{la_name(spec)} – Family Network Support", "Draft until agreed")


# ----------------------------------------------------------------- PDF -----


def t4_stepdown(spec: Spec) -> bytes:
    names = [
        "Self-harm / suicidality",
        "Sexual exploitation",
        "Criminal exploitation",
        "Substance misuse",
        "Eating disorder",
        "Absconding / missing",
        "Violence / aggression",
        "Sexually harmful behaviour",
        "Fire-setting",
        "Cruelty to animals",
        "Exploiting other young people",
    ]
    words = {
        "present": "Active",
        "historical": "Historic",
        "suspected": "Under assessment",
        "none_known": "Not identified",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    (kid,) = spec.kids
    blocks: list = [
        ("h", "NHS-led Provider Collaborative – Tier 4 Step-down Accommodation Request"),
        (
            "kv",
            [
                ("Date of request", d2(spec.date) or "—"),
                ("Ward", "Oak Ward, Cedar House Adolescent Unit"),
                ("Admitted", spec.distractor),
                ("Responsible clinician", "Dr Priya Nandakumar, 01632 960 207"),
                ("Referring LA", la_name(spec)),
                ("LA case reference", spec.ref or ""),
                ("LA social worker", name),
                ("Email", mail),
                ("Telephone", phone or ""),
                ("Step-down sought", spec.setting_words),
                ("Planned discharge", spec.start_words),
                ("Expected duration", spec.plan_words),
            ],
        ),
        ("h", "Young person"),
        (
            "kv",
            [
                ("Name", f"{kid.first} {kid.last}"),
                ("Date of birth", born(kid, d2)),
                ("Gender", sex(kid)),
                ("Legal basis", kid.legal_words),
                ("Education", school(kid)),
                ("Contact with family", family(kid)),
                ("Placement history", history(kid)),
                ("Physical / mental health", kid.health or ""),
                *extras(kid),
            ],
        ),
        (
            "t",
            [["Risk domain", "Status", "Formulation"]]
            + [[n, words[kid.state(s)], kid.words(s) or ""] for n, s in zip(names, ORDER)],
        ),
    ]
    return pdf_bytes(blocks, "Tier 4 step-down request", "Provider Collaborative – OFFICIAL")


def pre_proceedings(spec: Spec) -> bytes:
    names = [
        "Self harm",
        "Sexual exploitation",
        "Criminal exploitation",
        "Drug or alcohol use",
        "Eating disorder",
        "Going missing",
        "Harm to others",
        "Sexual harm to others",
        "Fire setting",
        "Harm to animals",
        "Exploiting others",
    ]
    words = {
        "present": "Yes",
        "historical": "Previously",
        "suspected": "Suspected",
        "none_known": "None known",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    (kid,) = spec.kids
    blocks: list = [
        ("p", f"{la_name(spec)} – Children and Families Legal Planning"),
        ("p", f"Letter dated {spec.distractor}"),
        ("h", "LETTER BEFORE PROCEEDINGS – IMPORTANT: TAKE THIS LETTER TO A SOLICITOR"),
        ("p", spec.parent),
        (
            "p",
            "The local authority is worried about your baby's safety. A pre-proceedings "
            "meeting will be held; your solicitor may attend. Copy to Placements with the "
            "annex below.",
        ),
        ("h", "Annex – request for a parent and child placement"),
        (
            "kv",
            [
                ("Placement request date", d1(spec.date) or ""),
                ("Our reference", spec.ref or ""),
                ("Social worker", name),
                ("Email", mail),
                ("Phone", phone or ""),
                ("Type of placement", spec.setting_words),
                ("Start", spec.start_words),
                ("Length", spec.plan_words),
                ("Baby", f"{kid.first} {kid.last}"),
                ("Born", born(kid, d1, "{} months")),
                ("Sex", sex(kid)),
                ("Legal status", kid.legal_words),
                ("Nursery / school", school(kid)),
                ("Family time", family(kid)),
                ("Previous placements", history(kid)),
                ("Health", kid.health or ""),
                *extras(kid),
            ],
        ),
        (
            "t",
            [["Baby's risk", "Answer", "Detail"]]
            + [[n, words[kid.state(s)], kid.words(s) or ""] for n, s in zip(names, ORDER)],
        ),
        ("p", "Solicitors' list enclosed. Children's Services Legal: 01632 960 990."),
    ]
    return pdf_bytes(blocks, "Letter before proceedings", "Public Law Outline")


def bail_support(spec: Spec) -> bytes:
    names = [
        "Self harm",
        "CSE",
        "CCE / county lines",
        "Substances",
        "Eating",
        "Missing",
        "Violence",
        "HSB",
        "Arson",
        "Animals",
        "Grooming others into crime",
    ]
    words = {
        "present": "Current",
        "historical": "Previous",
        "suspected": "Alleged",
        "none_known": "None recorded",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    (kid,) = spec.kids
    left = "\n".join(
        [
            f"Young person: {kid.first} {kid.last}",
            f"DOB and gender: {born(kid, d2)}, {sex(kid, 'male', 'female', 'not given')}",
            f"Status: {kid.legal_words}",
            f"ETE: {school(kid)}",
            f"Family contact: {family(kid)}",
            f"Care history: {history(kid)}",
            f"Health: {kid.health or ''}",
            *[f"{k}: {v}" for k, v in extras(kid)],
        ]
    )
    right = "\n".join(f"{n}: {risk_cell(kid, s, words)}" for n, s in zip(names, ORDER))
    blocks: list = [
        ("h", "Youth Justice Service – Bail Support and Remand Accommodation Referral"),
        (
            "kv",
            [
                ("Referral date", d3(spec.date)),
                ("Court / next hearing", spec.distractor),
                ("YJS case manager", "Dean Akers, 07700 900 318 (not the social worker)"),
                ("PNC", "26/48193X"),
                ("Children's social worker", f"{name} – {mail} – {phone or 'no number'}"),
                ("LA ref", spec.ref or ""),
                ("Accommodation needed", spec.setting_words),
                ("When", spec.start_words),
                ("For how long", spec.plan_words),
            ],
        ),
        ("cols", [left, "Risk and safety\n" + right]),
    ]
    return pdf_bytes(blocks, "Bail support referral", f"{la_name(spec)} YJS")


def short_breaks(spec: Spec) -> bytes:
    names = [
        "Does the child hurt themselves?",
        "Is there a history of sexual exploitation?",
        "Any criminal exploitation?",
        "Does the child use drugs or alcohol?",
        "Any eating problems (including pica)?",
        "Does the child run off or go missing?",
        "Does the child hit, bite or kick others?",
        "Any sexualised behaviour towards others?",
        "Any interest in fire?",
        "Is the child rough with animals?",
        "Has the child drawn others into crime?",
    ]
    words = {
        "present": "Yes",
        "historical": "In the past",
        "suspected": "Being assessed",
        "none_known": "No",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    blocks: list = [
        ("h", "Short Breaks Agreement – request for an overnight short breaks carer"),
        (
            "kv",
            [
                ("Request date", d1(spec.date)),
                ("Short breaks panel", spec.distractor),
                ("Disabled Children's Team worker", name),
                ("Email / tel", f"{mail} / {phone or ''}"),
                ("Case number", spec.ref or ""),
                ("Service", spec.setting_words),
                ("Breaks to begin", spec.start_words),
                ("Pattern", spec.plan_words),
            ],
        ),
    ]
    for kid in spec.kids:
        blocks.append(
            (
                "kv",
                [
                    ("Child", f"{kid.first} {kid.last}"),
                    ("Date of birth", born(kid, d1)),
                    ("Gender", sex(kid)),
                    ("Legal status", kid.legal_words),
                    ("School", school(kid)),
                    ("Family time", family(kid)),
                    ("Other placements", history(kid)),
                    ("Health and disability", kid.health or ""),
                    *extras(kid),
                ],
            )
        )
        blocks.append(
            (
                "t",
                [["Behaviours that may put anyone at risk", "Answer", "Notes"]]
                + [[n, words[kid.state(s)], kid.words(s) or ""] for n, s in zip(names, ORDER)],
            )
        )
    return pdf_bytes(blocks, "Short breaks agreement", f"{la_name(spec)} – Short Breaks")


def fax_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.note.split("\n"), 1.4 if spec.id.endswith("7") else -0.9)


# --------------------------------------------------------------- email -----


def _headers(frm, to, subject, day, hour, mid, cc=None):
    out = [("From", frm), ("To", to)]
    if cc:
        out.append(("Cc", cc))
    stamp = f"{day:%a, %d %b %Y} {hour} +0000"
    return [*out, ("Subject", subject), ("Date", stamp), ("Message-ID", f"<{mid}@example.gov.uk>")]


def _mail_day(spec: Spec) -> date:
    assert spec.date, "an email always has a date"
    return spec.date


def _per_child_lines(spec: Spec, names, words, dash: str, sep: str) -> list[str]:
    """One line per risk answering for each child by name ("SH - Kacey yes (...); Reece nk")."""
    out = []
    for n, s in zip(names, ORDER):
        parts = [
            f"{k.first} {words[k.state(s)]}" + (f" ({k.words(s)})" if k.words(s) else "")
            for k in spec.kids
            if k.state(s) != "not_stated"
        ]
        if parts:
            out.append(f"{n}{dash}{sep.join(parts)}")
    return out


def pp_handover(spec: Spec) -> bytes:
    names = [
        "SH",
        "CSE",
        "CCE",
        "D&A",
        "ED",
        "MFH",
        "Viol",
        "HSB",
        "Fire",
        "Animals",
        "Exploits others",
    ]
    words = {"present": "yes", "historical": "prev", "suspected": "?", "none_known": "nk"}
    name, mail, phone = spec.worker
    kid = spec.kids[0]
    lines = [
        "Placements – EDT handover from last night, police protection.",
        "",
        f"Police took {' and '.join(k.first for k in spec.kids)} into police protection at "
        f"{spec.distractor}. Designated officer PS 4471 Hollis. PP log 26-11-0412.",
        f"Needs: {spec.setting_words}, {spec.start_words}. {spec.plan_words}",
        f"Allocated SW (day team): {name}, {mail}, {phone or 'no number on system'}",
        f"Ref: {spec.ref or 'none on system'}",
        "",
    ]
    several = len(spec.kids) > 1
    for k in spec.kids:
        risk = ". ".join(
            f"{n} - {words[k.state(s)]}" + (f" ({k.words(s)})" if k.words(s) else "")
            for n, s in zip(names, ORDER)
            if k.state(s) != "not_stated"
        )
        lines += [
            f"{k.first} {k.last}, {born(k, d2, '{}yrs')}, {sex(k, 'M', 'F', 'sex ?')}. "
            f"Status: {k.legal_words}. School: {school(k) or '?'}.",
            f"Family: {family(k)}. LAC before: {history(k)}. Health: {k.health or ''}",
            *[f"{a}: {b}" for a, b in extras(k)],
            *([] if several else [f"Risks: {risk}."]),
            "",
        ]
    if several:
        # One line per risk answering for each child by name.
        lines.append("Risks (both kids):")
        lines += _per_child_lines(spec, names, words, " - ", "; ")
        lines.append("")
    lines += ["Shaun", "Shaun Petrie | Emergency Duty Team | 01632 960 004 (EDT, not the SW)"]
    headers = _headers(
        "Shaun Petrie <edt@example.gov.uk>",
        "placements@example.gov.uk",
        f"PP handover – {kid.last} – needs bed",
        _mail_day(spec),
        "07:42:10",
        f"t-{spec.id}",
        cc=mail,
    )
    return eml_bytes(headers, "\n".join(lines) + "\n")


def kinship_plea(spec: Spec) -> bytes:
    names = [
        "self-harm",
        "CSE",
        "criminal exploitation",
        "drink/drugs",
        "eating",
        "going missing",
        "violence",
        "sexual behaviour",
        "fire",
        "animals",
        "getting others into crime",
    ]
    words = {
        "present": "current",
        "historical": "used to",
        "suspected": "she thinks maybe",
        "none_known": "no",
    }
    name, mail, phone = spec.worker
    first = name.split()[0]
    lines = [
        "Hi all,",
        "",
        f"Please see below from the children's {spec.note or 'nan'}. The kinship arrangement "
        "has broken down "
        f"and we need {spec.setting_words}, {spec.start_words}. {spec.plan_words}",
        "",
        "Key facts:",
        f"- Case ref: {spec.ref or '(to follow)'}",
    ]
    several = len(spec.kids) > 1
    for k in spec.kids:
        risk = ", ".join(
            f"{n} {words[k.state(s)]}" + (f" ({k.words(s)})" if k.words(s) else "")
            for n, s in zip(names, ORDER)
            if k.state(s) != "not_stated"
        )
        lines += [
            f"- {k.first} {k.last}, {born(k, d1, prefix='born ')}, "
            f"{sex(k, 'boy', 'girl', '')}".rstrip(", "),
            f"  legal: {k.legal_words}; school: {school(k) or '—'}; family time: {family(k)}; "
            f"previous care: {history(k)}; health: {k.health or ''}",
            *[f"  {a}: {b}" for a, b in extras(k)],
            *([] if several else [f"  risks: {risk}"]),
        ]
    if several:
        lines.append("- Risks, each child named:")
        lines += ["  " + line for line in _per_child_lines(spec, names, words, ": ", ", ")]
    lines += [
        "",
        first,
        f"{name} | Social Worker | {mail} | {phone or ''}".rstrip(" |"),
        "",
        "---------- Forwarded message ---------",
        f"From: Maureen {spec.kids[0].last} <nan.{spec.id}@example.org.uk>",
        f"Date: {spec.distractor}",
        "Subject: I cant do this anymore",
        "",
        "I love them to bits but my health is bad and I cannot keep up with them. "
        "Please can someone help, I have been ringing all week. My mobile is 07700 900 871.",
        "Maureen",
    ]
    headers = _headers(
        f"{name} <{mail}>",
        "fostering.referrals@example.gov.uk",
        "Fwd: I cant do this anymore – kinship breakdown",
        _mail_day(spec),
        "14:05:33",
        f"t-{spec.id}",
    )
    return eml_bytes(headers, "\n".join(lines) + "\n")


def adoption_chain(spec: Spec) -> bytes:
    names = [
        "Self-harm",
        "Sexual exploitation",
        "Criminal exploitation",
        "Drugs/alcohol",
        "Eating",
        "Missing",
        "Aggression",
        "Sexual harm",
        "Fire",
        "Animals",
        "Exploiting others",
    ]
    words = {
        "present": "yes",
        "historical": "historic",
        "suspected": "possibly",
        "none_known": "no",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    kid = spec.kids[0]
    body = [
        f"{spec.correction}",
        "",
        "Ian Whitlock | Team Manager | 01632 960 561",
        "",
        f"On {d1(spec.note_date('quoted'))} {name} wrote:" if spec.correction else "",
    ]
    inner = [
        "Dear colleagues,",
        "",
        f"Sadly {kid.first}'s adoptive placement has broken down (adoption order made "
        f"{spec.distractor}). Post-adoption support (Regional Adoption Agency) have been "
        "involved for a year.",
        f"We are asking for {spec.setting_words}, {spec.wrong_start or spec.start_words}. "
        f"{spec.plan_words}",
        f"LA ref: {spec.ref or 'tbc'}",
        "",
    ]
    for k in spec.kids:
        inner += [
            f"Name: {k.first} {k.last}",
            f"DOB: {born(k, d2)}",
            f"Gender: {sex(k)}",
            f"Legal status now: {k.legal_words}",
            f"School: {school(k)}",
            f"Family time: {family(k)}",
            f"Placement history: {history(k)}",
            f"Health: {k.health or ''}",
            *[f"{a}: {b}" for a, b in extras(k)],
            "Risks:",
            *[f"  {n}: {risk_cell(k, s, words, ' — ')}" for n, s in zip(names, ORDER)],
            "",
        ]
    inner += [f"Thanks, {name.split()[0]}", f"{name}, Children in Care Team, {phone or ''}"]
    if spec.correction:
        body += ["> " + line if line else ">" for line in inner]
        subject, day = "RE: Adoption breakdown – urgent placement", _mail_day(spec)
        frm = "Ian Whitlock <ian.whitlock@example.gov.uk>"
    else:
        body = inner
        subject, day, frm = "Adoption breakdown – placement request", _mail_day(spec), None
    headers = _headers(
        frm or f"{name} <{mail}>",
        "access.to.resources@example.gov.uk",
        subject,
        day,
        "10:17:00",
        f"t-{spec.id}",
        cc=mail if frm else None,
    )
    return eml_bytes(headers, "\n".join(body).strip() + "\n")


def mbu_html(spec: Spec) -> bytes:
    names = [
        "Self harm",
        "Sexual exploitation",
        "Criminal exploitation",
        "Drugs and alcohol",
        "Eating",
        "Missing",
        "Physical harm to others",
        "Sexual harm",
        "Fire setting",
        "Animals",
        "Exploiting others",
    ]
    words = {
        "present": "Current",
        "historical": "Past",
        "suspected": "Queried",
        "none_known": "Not a concern",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    (kid,) = spec.kids
    rows = [
        ("Request date", d1(spec.date)),
        ("Our ref", spec.ref or ""),
        ("Social worker", name),
        ("Email", mail),
        ("Phone", phone or ""),
        ("Placement", spec.setting_words),
        ("Needed from", spec.start_words),
        ("Length", spec.plan_words),
        ("Mother", spec.parent),
        ("Baby", f"{kid.first} {kid.last}"),
        ("Baby's DOB", born(kid, d2)),
        ("Baby's sex", sex(kid)),
        ("Legal status", kid.legal_words),
        ("Nursery", school(kid)),
        ("Family time", family(kid)),
        ("Placements so far", history(kid)),
        ("Baby's health", kid.health or ""),
        *extras(kid),
    ]
    risk_rows = [(n, risk_cell(kid, s, words)) for n, s in zip(names, ORDER)]
    intro = (
        f"Hello, the Mother and Baby Unit at Rowan Lodge is discharging mum and baby "
        f"(discharge planning meeting {spec.distractor}). Ward social worker Tamsin Reid "
        "(01632 960 846) is not the baby's social worker."
    )
    text = intro + "\n\n" + "\n".join(f"{a}: {b}" for a, b in rows)
    text += "\n\nBaby's risks\n" + "\n".join(f"{a}: {b}" for a, b in risk_rows)
    text += f"\n\nKind regards\n{name}\n"

    def table(items):
        return (
            '<table border="1">'
            + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in items)
            + "</table>"
        )

    html = (
        f"<html><body><p>{intro}</p>{table(rows)}<h3>Baby's risks</h3>"
        f"{table(risk_rows)}<p>Kind regards<br>{name}</p></body></html>"
    )
    headers = _headers(
        f"{name} <{mail}>",
        "parentandchild@example.org.uk",
        "Parent and child placement – MBU discharge",
        _mail_day(spec),
        "16:30:05",
        f"t-{spec.id}",
    )
    return eml_bytes(headers, text, html)


# ---------------------------------------------------------- text, CSV -----


def considerations_memo(spec: Spec) -> bytes:
    names = [
        "Self-harm",
        "CSE",
        "CCE",
        "Substances",
        "Eating",
        "Missing",
        "Violence",
        "HSB",
        "Fire",
        "Animals",
        "Exploiting peers",
    ]
    words = {
        "present": "LIVE",
        "historical": "LAPSED",
        "suspected": "UNPROVEN",
        "none_known": "NIL",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    lines = [
        "MEMO – MATCHING CONSIDERATIONS (RESIDENTIAL)",
        "=" * 44,
        "To:   Registered Managers, Framework Homes",
        "From: Placement Commissioning (Lena Dwyer, 01632 960 377)",
        f"Date: {d2(spec.date) or '..../..../....'}",
        f"Re:   {spec.ref or 'no ref'} – request for {spec.setting_words}",
        "",
        f"1. Case holder: {name} ({mail}; {phone or 'tel not supplied'}).",
        f"2. Start: {spec.start_words}. Length: {spec.plan_words}.",
        f"3. Existing residents: {spec.distractor}",
    ]
    n = 4
    for k in spec.kids:
        lines += [
            f"{n}. The young person: {k.first} {k.last}, {born(k, d1, prefix='born ')}, "
            f"{sex(k, 'male', 'female', 'gender not given')}.",
            f"   Legal: {k.legal_words}. Education: {school(k)}.",
            f"   Family time: {family(k)}.",
            f"   History: {history(k)}.",
            f"   Health: {k.health or ''}",
            *[f"   {a}: {b}" for a, b in extras(k)],
            f"{n + 1}. Risk considerations (impact on others):",
        ]
        for i, (label, s) in enumerate(zip(names, ORDER), 1):
            word = words[k.state(s)]
            detail = k.words(s)
            line = f"   {n + 1}.{i} {label} {'.' * (16 - len(label))} {word}"
            lines.append(line + (f" – {detail}" if detail else ""))
        n += 2
    return ("\n".join(lines) + "\n").encode("utf-8")


def portal_envelope(spec: Spec) -> bytes:
    codes = {
        "present": "C",
        "historical": "H",
        "suspected": "S",
        "none_known": "N",
        "not_stated": "",
    }
    tags = [
        "SELFHARM",
        "CSE",
        "CCE",
        "SUBST",
        "EAT",
        "MISSING",
        "VIOL",
        "HSB",
        "FIRE",
        "ANIMAL",
        "EXPLOIT",
    ]
    name, mail, phone = spec.worker

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- status codes: C current, H historical, S suspected, N none -->",
        f'<PlacementRequest portal="RegionalSearch" exported="{spec.distractor}">',
        f'  <Header submitted="{spec.date.isoformat() if spec.date else ""}" '
        f'la="{esc(la_name(spec))}" caseRef="{spec.ref or ""}"/>',
        f'  <Worker role="allocated" name="{esc(name)}" email="{mail}" tel="{phone or ""}"/>',
        '  <Worker role="submitter" name="Portal Admin" tel="01632 960 999"/>',
        f'  <Need setting="{esc(spec.setting_words)}" start="{esc(spec.start_words)}" '
        f'length="{esc(spec.plan_words)}"/>',
    ]
    for k in spec.kids:
        known = f' knownAs="{k.known_as}"' if k.known_as else ""
        lines += [
            f'  <Child forename="{k.first}" surname="{k.last}"{known}>',
            f"    <Born>{born(k, lambda d: d.isoformat(), 'age {}')}</Born>",
            f"    <Gender>{sex(k, 'M', 'F')}</Gender>",
            f"    <Legal>{esc(k.legal_words)}</Legal>",
            f"    <School>{esc(school(k))}</School>",
            f"    <FamilyTime>{esc(family(k))}</FamilyTime>",
            f"    <History>{esc(history(k))}</History>",
            f"    <Health>{esc(k.health or '')}</Health>",
            *([f"    <Allergies>{esc(k.allergy_words)}</Allergies>"] if k.allergy_words else []),
        ]
        for tag, s in zip(tags, ORDER):
            detail = esc(k.words(s) or "")
            lines.append(f'    <Risk code="{tag}" status="{codes[k.state(s)]}">{detail}</Risk>')
        lines.append("  </Child>")
    lines.append("</PlacementRequest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def child_columns_csv(spec: Spec) -> bytes:
    import csv
    import io

    names = [
        "Self harm",
        "Sexual exploitation",
        "Criminal exploitation",
        "Drugs/alcohol",
        "Eating disorder",
        "Missing",
        "Physical harm to others",
        "Sexual harm to others",
        "Fire setting",
        "Harm to animals",
        "Criminal exploitation of others",
    ]
    words = {
        "present": "Yes",
        "historical": "Hist",
        "suspected": "Susp",
        "none_known": "No",
        "not_stated": "",
    }
    name, mail, phone = spec.worker
    kids = spec.kids
    pad = [""] * (len(kids) - 1)
    rows = [
        ["Sibling placement request", *[""] * len(kids)],
        ["Date sent", d2(spec.date), *pad],
        ["Family ref", spec.ref or "", *pad],
        ["Social worker", name, *pad],
        ["SW email", mail, *pad],
        ["SW phone", phone or "", *pad],
        ["Requested by (business support)", "Kerry Nash 01632 960 620", *pad],
        ["Placement", spec.setting_words, *pad],
        ["Start", spec.start_words, *pad],
        ["Length", spec.plan_words, *pad],
        ["", *[f"Child {i + 1}" for i in range(len(kids))]],
        ["First name", *[k.first for k in kids]],
        ["Surname", *[k.last for k in kids]],
        ["Known as", *[k.known_as or "" for k in kids]],
        ["DOB", *[born(k, d2, "age {}") for k in kids]],
        ["Gender", *[sex(k) for k in kids]],
        ["Legal status", *[k.legal_words for k in kids]],
        ["School", *[school(k) for k in kids]],
        ["Family time", *[family(k, " / ") for k in kids]],
        ["Previous placements", *[history(k, " / ") for k in kids]],
        ["Health", *[k.health or "" for k in kids]],
        ["Allergies", *[k.allergy_words for k in kids]],
    ]
    rows += [[n, *[risk_cell(k, s, words, " - ") for k in kids]] for n, s in zip(names, ORDER)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


LAYOUTS = {
    "gateway_minutes": (gateway_minutes, ".docx"),
    "bid_invitation": (bid_invitation, ".docx"),
    "nurse_letter": (nurse_letter, ".docx"),
    "network_outcome": (network_outcome, ".docx"),
    "t4_stepdown": (t4_stepdown, ".pdf"),
    "pre_proceedings": (pre_proceedings, ".pdf"),
    "bail_support": (bail_support, ".pdf"),
    "short_breaks": (short_breaks, ".pdf"),
    "fax_scan": (fax_scan, ".pdf"),
    "pp_handover": (pp_handover, ".eml"),
    "kinship_plea": (kinship_plea, ".eml"),
    "adoption_chain": (adoption_chain, ".eml"),
    "mbu_html": (mbu_html, ".eml"),
    "considerations_memo": (considerations_memo, ".txt"),
    "portal_envelope": (portal_envelope, ".txt"),
    "child_columns_csv": (child_columns_csv, ".csv"),
}
