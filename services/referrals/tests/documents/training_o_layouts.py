# ruff: noqa: RUF001 (the documents use typographic dashes and quotes on purpose)
"""training_o's fourteen layouts: each renders a spec in its own labels and its own words.

Every layout names the eleven risks its own way and says a risk's state its own way; a
risk left ``not_stated`` is a blank cell, or is left out of a list of answers.
"""

from __future__ import annotations

from datetime import date

from training_o_model import RISKS, Kid, Spec
from training_o_write import docx_bytes, eml_bytes, pdf_bytes

SETTING_WORDS = {
    "fostering": "Foster care",
    "residential": "Children's home",
    "parent_and_child": "Parent and child",
    "supported_accommodation": "Supported accommodation (16+)",
    "secure": "Secure",
}
DURATION_WORDS = {
    "long_term": "Long term",
    "short_term": "Short term",
    "respite": "Short breaks / respite",
    "permanence": "Permanence",
    None: "",
}
URGENCY_WORDS = {"emergency": "Emergency", "planned": "Planned", None: ""}
SEEKS = {
    "fostering": "a foster home",
    "residential": "a place in a registered children's home",
    "parent_and_child": "a parent and child placement",
    "supported_accommodation": "supported accommodation for a young person of 16 or over",
    "secure": "a secure placement",
}
GENDER_WORDS = {"male": "Male", "female": "Female", "other": "Non-binary", None: ""}

# Each layout's own names for the risks.
NAMES = {
    "plain": {
        "sh": "Self-harm",
        "cse": "Sexual exploitation",
        "cce": "Criminal exploitation",
        "drugs": "Drugs and alcohol",
        "eating": "Eating",
        "missing": "Missing from care",
        "violence": "Violence to others",
        "sexual": "Harmful sexual behaviour",
        "fire": "Fire",
        "animals": "Animals",
        "cce_others": "Drawing others into crime",
    },
    "question": {
        "sh": "Has the young person ever hurt themselves on purpose?",
        "cse": "Any known or suspected sexual exploitation?",
        "cce": "Any involvement in county lines or being used to commit crime?",
        "drugs": "Does the young person use substances (drugs, alcohol, solvents)?",
        "eating": "Any concerns about eating (restricting, bingeing, purging)?",
        "missing": "Has the young person gone missing?",
        "violence": "Has the young person assaulted or hurt adults or other children?",
        "sexual": "Any sexually harmful behaviour towards others?",
        "fire": "Any history of setting fires?",
        "animals": "Any cruelty to animals?",
        "cce_others": "Has the young person recruited or pressured peers into offending?",
    },
    "short": {
        "sh": "DSH",
        "cse": "CSE",
        "cce": "CCE (victim)",
        "drugs": "Substances",
        "eating": "Eating disorder",
        "missing": "MFC",
        "violence": "Aggression / assault",
        "sexual": "HSB",
        "fire": "Fire setting",
        "animals": "Harm to pets",
        "cce_others": "Exploiting peers",
    },
    "prose": {
        "sh": "self-harm",
        "cse": "sexual exploitation",
        "cce": "criminal exploitation",
        "drugs": "drug or alcohol use",
        "eating": "eating",
        "missing": "going missing",
        "violence": "aggression towards others",
        "sexual": "sexualised behaviour towards others",
        "fire": "fire setting",
        "animals": "cruelty to animals",
        "cce_others": "involving other young people in crime",
    },
    "key": {
        "sh": "self_harm",
        "cse": "cse",
        "cce": "cce_victim",
        "drugs": "substance_use",
        "eating": "eating",
        "missing": "missing_episodes",
        "violence": "violence",
        "sexual": "hsb",
        "fire": "arson",
        "animals": "animal_cruelty",
        "cce_others": "cce_perpetrator",
    },
}


def d_long(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def d_slash(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def d_dots(day: date | None) -> str:
    return f"{day:%d.%m.%y}" if day else ""


def d_iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def d_abbr(day: date | None) -> str:
    return f"{day:%d-%b-%Y}" if day else ""


def d_weekday(day: date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else ""


def full(kid: Kid) -> str:
    return f"{kid.first} {kid.last}" + (f' ("{kid.known_as}")' if kid.known_as else "")


def born(kid: Kid, style=d_slash) -> str:
    return style(kid.dob) if kid.dob else f"not known – aged about {kid.age}"


def family(kid: Kid) -> str:
    return kid.family_words


def history(kid: Kid, sep: str = "; ") -> str:
    if kid.history:
        return sep.join(kid.history)
    return kid.history_words


def answer(kid: Kid, short: str, words: dict) -> str:
    """The state in this layout's words, then the writer's own words after a dash."""
    state, said = kid.state(short)
    lead = words[state]
    if not said:
        return lead
    return f"{lead} – {said}" if lead else said


def risk_rows(kid: Kid, names: str, words: dict) -> list[list[str]]:
    return [[NAMES[names][s], answer(kid, s, words)] for s in RISKS]


def worker_lines(spec: Spec) -> list[str]:
    worker = spec.worker
    lines = [worker.name, worker.title + (f", {worker.team}" if worker.team else "")]
    lines += [worker.email] + ([worker.phone] if worker.phone else [])
    return lines


# ---------------------------------------------------------------- Word layouts


def impact_risk(spec: Spec) -> bytes:
    """A children's home's impact risk assessment: the LA fills in the child's profile."""
    home = spec.other["home"]
    words = {
        "present": "Yes – current",
        "historical": "Yes – not recent",
        "suspected": "Concern only",
        "none_known": "No",
        "not_stated": "",
    }
    blocks = [
        ("h", f"{home} – Impact Risk Assessment"),
        (
            "p",
            "Part A: referral profile, completed by the placing authority. Part B (impact "
            "on the young people already living here) is completed by the Registered "
            f"Manager, {spec.other['manager']}, before any offer is made.",
        ),
        ("b", "A1 Placing authority"),
        (
            "t",
            [
                ["Local authority", spec.la_name],
                ["LA child ref (ICS)", spec.ref or ""],
                ["Allocated social worker", spec.worker.name],
                ["SW email / telephone", f"{spec.worker.email} / {spec.worker.phone or 'n/k'}"],
                ["Date profile completed", d_slash(spec.sent)],
                ["Type of home sought", SETTING_WORDS[spec.setting]],
                ["Emergency or planned", URGENCY_WORDS[spec.urgency]],
                ["Expected length", DURATION_WORDS[spec.duration]],
                ["Date needed from", spec.start_words],
            ],
        ),
        ("b", "A2 Reason for the move"),
        ("p", spec.story),
    ]
    for number, kid in enumerate(spec.kids, 1):
        blocks += [
            ("b", f"A3.{number} Young person's profile"),
            (
                "t",
                [
                    ["Name (preferred name)", full(kid)],
                    ["Date of birth", born(kid)],
                    ["Sex", GENDER_WORDS[kid.gender]],
                    ["Legal basis", kid.legal_words],
                    ["Education provision", kid.school_words],
                    ["Health and medication", kid.health],
                    ["Family time", family(kid)],
                    ["No contact with", ", ".join(kid.no_contact) or "None"],
                    ["Care history (all moves)", history(kid, "\n")],
                ],
            ),
            ("b", f"A4.{number} Risk profile – {kid.first}"),
            (
                "t",
                [["Area", "Known to LA?", "Impact on group (Part B)"]]
                + [[NAMES["plain"][s], answer(kid, s, words), ""] for s in RISKS],
                True,
            ),
        ]
    return docx_bytes(blocks, header=f"{home} | Admissions", footer="OFFICIAL – SENSITIVE")


def sgo_breakdown(spec: Spec) -> bytes:
    """A notification that a special guardianship arrangement has broken down."""
    other = spec.other
    blocks = [
        ("h", f"{spec.la_name}"),
        ("h", "Special Guardianship – Notification of Breakdown and Request for Placement"),
        (
            "t",
            [
                ["Notified by", f"{spec.worker.name}, {spec.worker.title}"],
                ["Contact", "\n".join(worker_lines(spec)[2:])],
                ["Notification date", d_long(spec.sent) or "not dated"],
                ["Case number", spec.ref or ""],
                ["Special guardian(s)", other["guardians"]],
                ["SGO made", other["sgo_made"]],
                ["SGSS support worker", other["support"]],
            ],
        ),
        ("b", "What has happened"),
        ("p", spec.story),
        ("b", "What we are asking for"),
        (
            "p",
            f"{SETTING_WORDS[spec.setting]}. {URGENCY_WORDS[spec.urgency]}"
            f"{'. ' if spec.urgency else ''}{DURATION_WORDS[spec.duration]}"
            f"{'. ' if spec.duration else ''}Start: {spec.start_words}.",
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("h", full(kid).upper()),
            (
                "p",
                f"Born {born(kid, d_long)}. {GENDER_WORDS[kid.gender]}. Status now: "
                f"{kid.legal_words}.",
            ),
            ("p", f"School: {kid.school_words}"),
            ("p", f"Health: {kid.health}"),
            (
                "p",
                f"Seeing family: {family(kid)}"
                + (f" Not to see: {', '.join(kid.no_contact)}." if kid.no_contact else ""),
            ),
            ("p", f"Homes in care: {history(kid)}"),
            ("b", "Safety"),
        ]
        for short in RISKS:
            state, said = kid.state(short)
            if state == "not_stated":
                continue
            lead = {"present": "", "historical": "", "suspected": "", "none_known": "none"}
            text = said or lead[state]
            blocks.append(("p", f"• {NAMES['plain'][short]}: {text}"))
    return docx_bytes(blocks, footer="Special Guardianship Support Service")


def taf_closure(spec: Spec) -> bytes:
    """A Team Around the Family closing summary, stepped up when the child came into care."""
    other = spec.other
    words = {
        "present": "Still a worry",
        "historical": "Was a worry, not now",
        "suspected": "Not sure",
        "none_known": "Not a worry",
        "not_stated": "",
    }
    blocks = [
        ("h", "Team Around the Family (TAF) – Closing Summary"),
        (
            "p",
            f"TAF lead: {other['lead']}. Closed: {other['closed']}. Reason for closure: "
            "stepped up to statutory social care; the child is now looked after and a "
            "placement is being sought.",
        ),
        ("p", spec.story),
        ("b", "Handing over to"),
        (
            "p",
            f"Allocated social worker – {spec.worker.name} ({spec.worker.team}), "
            f"{spec.worker.email}"
            + (f", tel {spec.worker.phone}" if spec.worker.phone else ", no direct line yet"),
        ),
        (
            "p",
            f"Summary sent to the placements team on: {d_dots(spec.sent) or '__.__.__'}"
            + (f"   Case ID: {spec.ref}" if spec.ref else ""),
        ),
        (
            "p",
            f"Placement wanted: {SETTING_WORDS[spec.setting]}; "
            f"{(URGENCY_WORDS[spec.urgency] + '; ') if spec.urgency else ''}"
            f"{(DURATION_WORDS[spec.duration] + '; ') if spec.duration else ''}"
            f"from {spec.start_words}",
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("b", f"About {kid.first}"),
            (
                "p",
                f"Full name: {full(kid)}\nDOB: {born(kid, d_dots)}\n"
                f"Boy/girl: {GENDER_WORDS[kid.gender]}\nOrder: {kid.legal_words}\n"
                f"School/nursery: {kid.school_words}\nHealth: {kid.health}\n"
                f"Family time: {family(kid)}\n"
                + (f"Must not see: {'; '.join(kid.no_contact)}\n" if kid.no_contact else "")
                + f"Where {kid.first} has lived in care: {history(kid)}",
            ),
            (
                "t",
                [["What we worried about", "Where it is now"], *risk_rows(kid, "plain", words)],
                True,
            ),
        ]
    blocks.append(("p", f"Outcome star scores at closure attached. {other['lead']}"))
    return docx_bytes(blocks, header="Early Help – TAF")


def matching_return(spec: Spec) -> bytes:
    """A provider's matching questionnaire, answered by the LA and sent back."""
    other = spec.other
    words = {
        "present": "Yes",
        "historical": "In the past",
        "suspected": "Possibly",
        "none_known": "No",
        "not_stated": "",
    }
    blocks = [
        ("h", f"{other['provider']} – Matching Questionnaire"),
        (
            "p",
            f"Sent to the local authority by {other['officer']} ({other['provider']} "
            "referrals). Please answer every question in the right-hand column and return.",
        ),
        (
            "t",
            [
                ["No.", "Our question", "Local authority's answer"],
                ["1", "Which authority is placing?", spec.la_name],
                ["2", "Your reference for the child", spec.ref or ""],
                [
                    "3",
                    "Who is the child's social worker and how do we reach them?",
                    "; ".join(worker_lines(spec)),
                ],
                ["4", "Date you are returning this form", d_abbr(spec.sent)],
                [
                    "5",
                    "What type of home, how urgent and for how long?",
                    f"{SETTING_WORDS[spec.setting]}. {URGENCY_WORDS[spec.urgency]} "
                    f"{DURATION_WORDS[spec.duration]}".strip(),
                ],
                ["6", "When should the child move?", spec.start_words],
                ["7", "Why is a new home needed?", spec.story],
            ],
            True,
        ),
    ]
    for number, kid in enumerate(spec.kids, 1):
        rows = [
            ["No.", f"About child {number}", "Local authority's answer"],
            [f"{number}.1", "Name and what they like to be called", full(kid)],
            [f"{number}.2", "Date of birth", born(kid, d_abbr)],
            [f"{number}.3", "Gender", GENDER_WORDS[kid.gender]],
            [f"{number}.4", "Legal status", kid.legal_words],
            [f"{number}.5", "School or college (must it be kept?)", kid.school_words],
            [f"{number}.6", "Health, diagnoses, medication, allergies", kid.health],
            [f"{number}.7", "Who will the child see and how often?", family(kid)],
            [
                f"{number}.8",
                "Anyone the child must not see?",
                ", ".join(kid.no_contact) or "No one named",
            ],
            [f"{number}.9", "Every placement so far, this one included", history(kid, "\n")],
        ]
        for offset, short in enumerate(RISKS, 10):
            rows.append([f"{number}.{offset}", NAMES["question"][short], answer(kid, short, words)])
        blocks.append(("t", rows, True))
    return docx_bytes(blocks, header=f"{other['provider']} | Matching", footer="Returned form")


# ---------------------------------------------------------------- PDF layouts


def dictated_letter(spec: Spec) -> bytes:
    """A worker's dictated letter typed by admin and sent before the worker read it."""
    other = spec.other
    blocks = [
        ("h", spec.la_name),
        ("p", f"{spec.worker.team}\n{other['address']}"),
        (
            "p",
            f"Our ref: {spec.ref or '—'}   Your ref: —\nDate: {d_long(spec.sent) or '          '}"
            f"\nPlease ask for: {spec.worker.name}"
            + (f"\nDirect line: {spec.worker.phone}" if spec.worker.phone else "")
            + f"\nEmail: {spec.worker.email}",
        ),
        ("p", "Dear Colleague"),
    ]
    for kid in spec.kids:
        blocks.append(("b", f"Re: {full(kid)}   DOB: {born(kid, d_long)}"))
    blocks += [
        ("p", f"I am writing to ask whether you can offer a home. {spec.story}"),
        (
            "p",
            f"What we need is {SETTING_WORDS[spec.setting].lower()}"
            + (f", {DURATION_WORDS[spec.duration].lower()}" if spec.duration else "")
            + (
                f", and this is {'an emergency' if spec.urgency == 'emergency' else 'a planned move'}"
                if spec.urgency
                else ""
            )
            + f". The move would be {spec.start_words}.",
        ),
    ]
    for kid in spec.kids:
        he = {"male": "He", "female": "She"}.get(kid.gender or "", "They")
        lines = [
            f"{kid.first} is {GENDER_WORDS[kid.gender].lower() or 'a child whose gender I have not recorded'}"
            f" and is {kid.legal_words}.",
            f"Education: {kid.school_words}.",
            f"Health: {kid.health or 'I will need to come back to you on this.'}",
            f"Family time: {family(kid)}"
            + (
                f" {he} must have no contact with {' or '.join(kid.no_contact)}."
                if kid.no_contact
                else ""
            ),
            f"Care history: {history(kid)}.",
        ]
        blocks.append(("p", " ".join(lines)))
        risky, quiet = [], []
        for short in RISKS:
            state, said = kid.state(short)
            if state == "not_stated":
                continue
            if said:
                risky.append(f"On {NAMES['prose'][short]}: {said}.")
            else:
                quiet.append(NAMES["prose"][short])
        if not risky and len(quiet) == len(RISKS):
            risky.append(f"I know of no risks at all for {kid.first}, in any area.")
        elif quiet:
            listed = ", ".join(quiet[:-1]) + (" or " if len(quiet) > 1 else "") + quiet[-1]
            risky.append(f"I have no concerns about {listed}.")
        blocks.append(("p", f"Turning to risk for {kid.first}. " + " ".join(risky)))
    blocks += [
        ("p", "Please contact me if you need anything further."),
        ("p", f"Yours faithfully\n\n{spec.worker.name}\n{spec.worker.title}"),
        ("p", f"Dictated but not read. Typed by {other['typist']}."),
    ]
    return pdf_bytes(blocks, title="Letter")


def homeless_1617(spec: Spec) -> bytes:
    """A joint housing and children's services assessment of a homeless 16 or 17 year old."""
    other = spec.other
    kid = spec.kids[0]
    words = {
        "present": "Y",
        "historical": "Past",
        "suspected": "?",
        "none_known": "N",
        "not_stated": "",
    }
    rows = [["Indicator", "Y / N / Past / ?", "Comment"]]
    for short in RISKS:
        state, said = kid.state(short)
        rows.append([NAMES["short"][short], words[state], said])
    blocks = [
        ("h", f"{spec.la_name}: Joint Assessment – Homeless 16/17 Year Old"),
        (
            "p",
            f"Housing Options officer: {other['housing']}. Children's services: "
            f"{spec.worker.name}, {spec.worker.title}, {spec.worker.email}"
            + (f", {spec.worker.phone}" if spec.worker.phone else ""),
        ),
        (
            "t",
            [
                ["Young person", full(kid), "Date of birth", born(kid)],
                ["Gender", GENDER_WORDS[kid.gender], "Children's services ID", spec.ref or ""],
                [
                    "Presented to Housing",
                    other["presented"],
                    "Sent to placements",
                    d_slash(spec.sent) or "not recorded",
                ],
                ["Outcome", kid.legal_words, "Education / training", kid.school_words],
            ],
        ),
        ("b", "Why the young person cannot go home"),
        ("p", spec.story),
        ("b", "Accommodation required"),
        (
            "t",
            [
                ["Type", SETTING_WORDS[spec.setting]],
                ["Urgency", URGENCY_WORDS[spec.urgency] or "—"],
                ["How long", DURATION_WORDS[spec.duration] or "—"],
                ["From", spec.start_words],
            ],
        ),
        ("b", "Health"),
        ("p", kid.health or "—"),
        ("b", "Family and other relationships"),
        (
            "p",
            family(kid) + (f" No contact: {', '.join(kid.no_contact)}." if kid.no_contact else ""),
        ),
        ("b", "Previous care episodes"),
        ("p", history(kid)),
        ("b", "Risk indicators"),
        ("t", rows, True),
    ]
    return pdf_bytes(blocks, title="Joint assessment")


def health_assessment(spec: Spec) -> bytes:
    """A looked-after children's nurse's health summary, followed by the placement request."""
    other = spec.other
    words = {
        "present": "Active",
        "historical": "Resolved (past)",
        "suspected": "Possible",
        "none_known": "None",
        "not_stated": "",
    }
    blocks = [
        ("h", "Initial Health Assessment – Summary and Recommendations"),
        (
            "p",
            f"Completed by {other['nurse']}, Specialist Nurse for Children in Care, "
            f"{other['nurse_phone']}, on {other['iha_date']}.",
        ),
    ]
    for kid in spec.kids:
        blocks += [
            ("b", f"{full(kid)} – health summary"),
            ("p", kid.health or "Health summary to follow once records are received."),
        ]
    blocks += [
        ("page",),
        ("h", f"{spec.la_name} – Request for a Placement (page 2)"),
        (
            "t",
            [
                ["Request date", d_iso(spec.sent) or "", "Reference", spec.ref or ""],
                ["Social worker", spec.worker.name, "Email", spec.worker.email],
                ["Phone", spec.worker.phone or "", "Type", SETTING_WORDS[spec.setting]],
                ["Urgency", URGENCY_WORDS[spec.urgency], "Duration", DURATION_WORDS[spec.duration]],
                ["Start", spec.start_words, "", ""],
            ],
        ),
        ("p", spec.story),
    ]
    for kid in spec.kids:
        blocks += [
            (
                "t",
                [
                    ["Child", full(kid), "DOB", born(kid, d_iso)],
                    ["Gender", GENDER_WORDS[kid.gender], "Legal status", kid.legal_words],
                    ["School", kid.school_words, "Family time", family(kid)],
                    ["No contact", ", ".join(kid.no_contact), "Placements", history(kid, "\n")],
                ],
            ),
            (
                "t",
                [["Risk", "Status", "Notes"]]
                + [[NAMES["short"][s], words[kid.state(s)[0]], kid.state(s)[1]] for s in RISKS],
                True,
            ),
        ]
    return pdf_bytes(blocks, title="IHA and request")


def panel_slides(spec: Spec) -> bytes:
    """A placement panel's slides printed to PDF, one child a slide, risks as bullets."""
    other = spec.other
    marks = {"present": "NOW", "historical": "BEFORE", "suspected": "MAYBE", "none_known": "NO"}
    blocks = [
        ("h", f"Slide 1 – {spec.la_name} Placement Panel"),
        (
            "p",
            f"Panel date: {other['panel']}   Presenter: {spec.worker.name} ({spec.worker.title})",
        ),
        (
            "p",
            f"• Contact: {spec.worker.email}"
            + (f" · {spec.worker.phone}" if spec.worker.phone else ""),
        ),
        (
            "p",
            f"• Case: {spec.ref or 'not given'}   • Slides circulated: {d_weekday(spec.sent) or 'draft'}",
        ),
        (
            "p",
            f"• Ask: {SETTING_WORDS[spec.setting]}"
            + (f" · {URGENCY_WORDS[spec.urgency]}" if spec.urgency else "")
            + (f" · {DURATION_WORDS[spec.duration]}" if spec.duration else "")
            + f" · from {spec.start_words}",
        ),
        ("p", f"• Why: {spec.story}"),
    ]
    for number, kid in enumerate(spec.kids, 2):
        blocks += [
            ("page",),
            ("h", f"Slide {number} – {full(kid)}"),
            (
                "p",
                f"• {born(kid, d_long)} · {GENDER_WORDS[kid.gender] or 'gender ?'} · {kid.legal_words}",
            ),
            ("p", f"• Education: {kid.school_words}"),
            ("p", f"• Health: {kid.health or '?'}"),
            (
                "p",
                f"• Family: {family(kid)}"
                + (f" · NO contact: {', '.join(kid.no_contact)}" if kid.no_contact else ""),
            ),
            ("p", f"• Homes: {history(kid, ' → ')}"),
        ]
        for short in RISKS:
            state, said = kid.state(short)
            if state == "not_stated":
                blocks.append(("p", f"   – {NAMES['short'][short]}:"))
            else:
                blocks.append(
                    (
                        "p",
                        f"   – {NAMES['short'][short]}: {marks[state]}"
                        + (f" ({said})" if said else ""),
                    )
                )
    return pdf_bytes(blocks, title="Panel slides", wide=True)


# ---------------------------------------------------------------- email layouts


def _child_block(kid: Kid, words: dict, names: str = "plain") -> str:
    lines = [
        f"Name: {full(kid)}",
        f"DOB: {born(kid)}",
        f"Gender: {GENDER_WORDS[kid.gender]}",
        f"Legal status: {kid.legal_words}",
        f"School: {kid.school_words}",
        f"Health: {kid.health}",
        f"Family time: {family(kid)}",
    ]
    if kid.no_contact:
        lines.append(f"No contact: {', '.join(kid.no_contact)}")
    lines.append(f"Placements: {history(kid)}")
    lines.append("Risks:")
    lines += [f"  {NAMES[names][s]}: {answer(kid, s, words)}" for s in RISKS]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def _stamp(day: date, hour: str) -> str:
    return f"{day:%a}, {day.day:02d} {day:%b %Y} {hour}:00 +0000"


def returned_request(spec: Spec) -> bytes:
    """A commissioning officer returns an incomplete request; the worker fills the gaps."""
    other = spec.other
    words = {
        "present": "yes",
        "historical": "historic",
        "suspected": "suspected",
        "none_known": "no",
        "not_stated": "",
    }
    officer, officer_mail = other["officer"], other["officer_email"]
    sent = spec.sent
    worker = spec.worker
    answers = "\n\n".join(_child_block(kid, words) for kid in spec.kids)
    reply = (
        f"Hi {officer.split()[0]}\n\nSorry – here it is again with the boxes filled in. "
        f"{other.get('still', '')}\n\n{answers}\n\n"
        f"Placement: {SETTING_WORDS[spec.setting]}, {URGENCY_WORDS[spec.urgency] or 'urgency not set'}, "
        f"{DURATION_WORDS[spec.duration] or 'length not decided'}, start {spec.start_words}\n"
        f"Reason: {spec.story}\n\n" + "\n".join(worker_lines(spec))
    )
    returned = (
        f"Hello {worker.name.split()[0]}\n\nI have had to return this request as it is "
        f"incomplete: {other['asked']}. Providers will not look at it without these.\n\n"
        f"{officer}\nCommissioning Officer"
    )
    body = (
        f"Dear providers\n\nPlease consider the request below, now complete. Reply to me, "
        f"not to the social worker, with any offer.\n\nRegards\n{officer}\nPlacements "
        f"Commissioning, {spec.la_name}\n{other['officer_phone']}\n\n"
        f"-----Original Message-----\nFrom: {worker.name} <{worker.email}>\n"
        f"Sent: {other['reply_sent']}\nTo: {officer} <{officer_mail}>\n"
        f"Subject: RE: Returned – incomplete placement request\n\n{reply}\n\n"
        f"-----Original Message-----\nFrom: {officer} <{officer_mail}>\nSent: {other['returned_sent']}\n"
        f"Subject: Returned – incomplete placement request\n\n{returned}\n"
    )
    headers = [
        ("From", f"{officer} <{officer_mail}>"),
        ("To", "Framework providers <providers@example.org.uk>"),
        ("Cc", f"{worker.name} <{worker.email}>"),
        ("Subject", f"Placement request {spec.ref or ''} - complete".replace("  ", " ")),
        ("Date", _stamp(sent, other.get("hour", "10:12")) if sent else other["date_header"]),
        ("Message-ID", f"<{spec.id}.returned@example.gov.uk>"),
    ]
    return eml_bytes(headers, body)


def on_behalf(spec: Spec) -> bytes:
    """Business support sends on the worker's behalf, forwards it again with a correction."""
    other = spec.other
    words = {
        "present": "Yes",
        "historical": "Yes, in the past",
        "suspected": "Not confirmed but suspected",
        "none_known": "No",
        "not_stated": "",
    }
    worker = spec.worker
    first = (
        f"Hello,\n\nI am sending this on behalf of {worker.name}, {worker.title}, who "
        f"is in court today. Please reply to {worker.email}"
        + (f" or ring {worker.phone}" if worker.phone else "")
        + ".\n\n"
        f"Local authority: {spec.la_name}\nRef: {spec.ref or 'n/a'}\n"
        f"Placement type: {SETTING_WORDS[spec.setting]}\n"
        f"Urgency: {URGENCY_WORDS[spec.urgency] or '-'}\nDuration: {DURATION_WORDS[spec.duration] or '-'}\n"
        f"Start: {other.get('wrong_start', spec.start_words)}\n\n{spec.story}\n\n"
        + "\n\n".join(
            _child_block(kid, words, "short") for kid in other.get("wrong_kids", spec.kids)
        )
        + f"\n\nKind regards\n{other['admin']}\nBusiness Support Officer (on behalf of {worker.name})\n"
        "This email and any attachments are confidential and intended solely for the "
        "addressee. If you have received it in error please notify the sender and delete it."
    )
    note = other["correction"]
    body = (
        f"All,\n\n{note}\n\n{other['admin']}\nBusiness Support\n\n"
        f"---------- Forwarded message ---------\nFrom: {other['admin']} <{other['admin_email']}>\n"
        f"Date: {other['first_sent']}\nSubject: Placement request on behalf of {worker.name}\n"
        f"To: <placements@example.org.uk>\n\n{first}\n"
    )
    headers = [
        ("From", f"{other['admin']} <{other['admin_email']}>"),
        ("Sender", f"{other['admin']} <{other['admin_email']}>"),
        ("To", "placements@example.org.uk"),
        ("Cc", f"{worker.name} <{worker.email}>"),
        ("Subject", f"CORRECTION - Fwd: Placement request on behalf of {worker.name}"),
        (
            "Date",
            _stamp(spec.sent, other.get("hour", "14:05")) if spec.sent else other["date_header"],
        ),
        ("Message-ID", f"<{spec.id}.behalf@example.gov.uk>"),
    ]
    return eml_bytes(headers, body)


def unregistered_exit(spec: Spec) -> bytes:
    """A child must leave an unregistered provision: the head of service's email, HTML too."""
    other = spec.other
    words = {
        "present": "Current",
        "historical": "Historical",
        "suspected": "Suspected",
        "none_known": "None known",
        "not_stated": "",
    }
    worker = spec.worker
    kids = "\n\n".join(_child_block(kid, words, "question") for kid in spec.kids)
    text = (
        f"Colleagues,\n\n{spec.story} Ofsted has been notified and the provision has been told "
        f"the arrangement will end. We need a registered home.\n\n"
        f"Type: {SETTING_WORDS[spec.setting]}\nUrgency: {URGENCY_WORDS[spec.urgency] or 'see above'}\n"
        f"Length: {DURATION_WORDS[spec.duration] or 'to be discussed'}\nMove by: {spec.start_words}\n"
        f"LA reference: {spec.ref or 'not yet allocated'}\n\n{kids}\n\n"
        f"The allocated social worker is {worker.name} ({worker.email}"
        + (f", {worker.phone}" if worker.phone else "")
        + f"); please contact her or him directly about the children.\n\n{other['head']}\n"
        f"Head of Service, Children in Care\n{spec.la_name}\n{other['head_phone']}"
    )
    html = (
        "<html><body>"
        + "".join(
            f"<p>{line}</p>" if line else "<br>"
            for line in text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .split("\n")
        )
        + "</body></html>"
    )
    headers = [
        ("From", f"{other['head']} <{other['head_email']}>"),
        ("To", "Regional placements <placements@example.org.uk>"),
        ("Cc", f"{worker.name} <{worker.email}>"),
        ("Subject", "Unregistered provision - registered home needed"),
        ("Date", _stamp(spec.sent, "17:40") if spec.sent else other["date_header"]),
        ("Message-ID", f"<{spec.id}.unreg@example.gov.uk>"),
    ]
    return eml_bytes(headers, text, html=html)


# ---------------------------------------------------------------- text layouts


def brokerage_kv(spec: Spec) -> bytes:
    """A sufficiency brokerage portal's export: one key=value a line."""
    status = {
        "present": "CURRENT",
        "historical": "PAST",
        "suspected": "UNCONFIRMED",
        "none_known": "NONE",
        "not_stated": "",
    }
    lines = [
        "# Sufficiency Brokerage Portal – request export",
        f"# exported_by={spec.other['exporter']}",
        f"request.authority={spec.la_name}",
        f"request.reference={spec.ref or ''}",
        f"request.submitted={d_iso(spec.sent)}",
        f"request.setting={SETTING_WORDS[spec.setting]}",
        f"request.urgency={URGENCY_WORDS[spec.urgency]}",
        f"request.duration={DURATION_WORDS[spec.duration]}",
        f"request.start={spec.start_words}",
        f"request.reason={spec.story}",
        f"worker.name={spec.worker.name}",
        f"worker.email={spec.worker.email}",
        f"worker.phone={spec.worker.phone or ''}",
        f"worker.team={spec.worker.team}",
        f"children.count={len(spec.kids)}",
    ]
    for number, kid in enumerate(spec.kids, 1):
        key = f"child[{number}]"
        lines += [
            f"{key}.forename={kid.first}",
            f"{key}.surname={kid.last}",
            f"{key}.known_as={kid.known_as or ''}",
            f"{key}.dob={d_iso(kid.dob)}",
            f"{key}.age={'' if kid.dob else kid.age}",
            f"{key}.sex={GENDER_WORDS[kid.gender]}",
            f"{key}.legal={kid.legal_words}",
            f"{key}.education={kid.school_words}",
            f"{key}.health={kid.health}",
            f"{key}.family_time={family(kid)}",
            f"{key}.no_contact={'|'.join(kid.no_contact)}",
            f"{key}.placements={history(kid, ' | ')}",
        ]
        for short in RISKS:
            state, said = kid.state(short)
            lines.append(f"{key}.risk.{NAMES['key'][short]}.status={status[state]}")
            lines.append(f"{key}.risk.{NAMES['key'][short]}.note={said}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _x(text: str) -> str:
    return text.replace("&", "and").replace("<", "(").replace(">", ")")


def xml_export(spec: Spec) -> bytes:
    """A case system's XML export of a placement request, saved as text."""
    status = {
        "present": "Current",
        "historical": "Historic",
        "suspected": "Alleged",
        "none_known": "NoneIdentified",
        "not_stated": "",
    }
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<PlacementRequest system="{spec.other["system"]}">',
        f"  <Authority>{_x(spec.la_name)}</Authority>",
        f"  <CaseRef>{spec.ref or ''}</CaseRef>",
        f"  <Created>{d_iso(spec.sent)}</Created>" if spec.sent else "  <Created/>",
        "  <Worker>",
        f"    <Name>{spec.worker.name}</Name>",
        f"    <Email>{spec.worker.email}</Email>",
        f"    <Phone>{spec.worker.phone or ''}</Phone>",
        "  </Worker>",
        f"  <Setting>{SETTING_WORDS[spec.setting]}</Setting>",
        f"  <Urgency>{URGENCY_WORDS[spec.urgency]}</Urgency>",
        f"  <Duration>{DURATION_WORDS[spec.duration]}</Duration>",
        f"  <StartDate>{_x(spec.start_words)}</StartDate>",
        f"  <Reason>{_x(spec.story)}</Reason>",
    ]
    if spec.parent:
        out.append(f"  <Parent>{_x(spec.parent)}</Parent>")
    for kid in spec.kids:
        out += [
            "  <Child>",
            f"    <Forename>{kid.first}</Forename>",
            f"    <Surname>{kid.last}</Surname>",
            f"    <PreferredName>{kid.known_as or ''}</PreferredName>",
            f"    <DateOfBirth>{d_iso(kid.dob)}</DateOfBirth>"
            if kid.dob
            else f"    <DateOfBirth/><ApproxAge>{kid.age}</ApproxAge>",
            f"    <Gender>{GENDER_WORDS[kid.gender]}</Gender>",
            f"    <LegalStatus>{_x(kid.legal_words)}</LegalStatus>",
            f"    <Education>{_x(kid.school_words)}</Education>",
            f"    <Health>{_x(kid.health)}</Health>",
            f"    <FamilyTime>{_x(family(kid))}</FamilyTime>",
            *[f"    <NoContact>{_x(name)}</NoContact>" for name in kid.no_contact],
            "    <Placements>",
            *[f"      <Placement>{_x(row)}</Placement>" for row in kid.history or ()],
            f"      <Note>{_x(kid.history_words)}</Note>" if not kid.history else "",
            "    </Placements>",
            "    <Risks>",
        ]
        for short in RISKS:
            state, said = kid.state(short)
            out.append(
                f'      <Risk area="{NAMES["plain"][short]}" status="{status[state]}">{_x(said)}</Risk>'
            )
        out += ["    </Risks>", "  </Child>"]
    out.append("</PlacementRequest>")
    return ("\n".join(line for line in out if line) + "\n").encode("utf-8")


def position_statement(spec: Spec) -> bytes:
    """The LA's position statement to the family court, with its placement section."""
    other = spec.other
    paras = [
        f"IN THE FAMILY COURT SITTING AT {other['court'].upper()}",
        f"Case number: {other['case']}",
        f"{spec.la_name.upper()} – POSITION STATEMENT",
        f"For the hearing listed on {other['hearing']}",
        "",
        "1. Introduction",
        f"1.1 This statement is filed by the local authority. The allocated social worker is "
        f"{spec.worker.name} ({spec.worker.email}"
        + (f", {spec.worker.phone}" if spec.worker.phone else "")
        + f"). LA reference {spec.ref or '(none given)'}.",
        f"1.2 {spec.story}",
        "",
        "2. The children" if len(spec.kids) > 1 else "2. The child",
    ]
    for number, kid in enumerate(spec.kids, 1):
        paras.append(
            f"2.{number} {full(kid)}, born {born(kid, d_long)}, {GENDER_WORDS[kid.gender].lower() or 'gender not recorded'}; "
            f"{kid.legal_words}. Education: {kid.school_words}. Health: {(kid.health or 'not yet known').rstrip('.')}. "
            f"Family time: {family(kid)}"
            + (
                f" There is to be no contact with {', '.join(kid.no_contact)}."
                if kid.no_contact
                else ""
            )
            + f" Placements to date: {history(kid)}."
        )
    paras += ["", "3. Placement"]
    paras.append(
        f"3.1 The local authority seeks {SEEKS[spec.setting]}"
        + (f" ({DURATION_WORDS[spec.duration].lower()})" if spec.duration else "")
        + (f"; this is {URGENCY_WORDS[spec.urgency].lower()}" if spec.urgency else "")
        + f". Start: {spec.start_words}."
    )
    paras += ["", "4. Risk"]
    for number, kid in enumerate(spec.kids, 1):
        said = []
        for short in RISKS:
            state, words = kid.state(short)
            if state == "not_stated":
                continue
            said.append(f"{NAMES['plain'][short]}: {words or 'none known'}.")
        paras.append(f"4.{number} {kid.first}. " + " ".join(said))
    paras += [
        "",
        f"Dated: {d_long(spec.sent) or '................'}",
        f"{other['solicitor']}, Solicitor for the local authority",
    ]
    return ("\n".join(paras) + "\n").encode("utf-8")


LAYOUTS = {
    "impact_risk": impact_risk,
    "sgo_breakdown": sgo_breakdown,
    "taf_closure": taf_closure,
    "matching_return": matching_return,
    "dictated_letter": dictated_letter,
    "homeless_1617": homeless_1617,
    "health_assessment": health_assessment,
    "panel_slides": panel_slides,
    "returned_request": returned_request,
    "on_behalf": on_behalf,
    "unregistered_exit": unregistered_exit,
    "brokerage_kv": brokerage_kv,
    "xml_export": xml_export,
    "position_statement": position_statement,
}
