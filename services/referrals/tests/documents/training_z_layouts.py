"""Shared helpers of training_z's layouts, and the Word layouts.

Each layout has its own labels for the eleven risks and its own words for the states; a
risk not stated is left blank, left out or marked as the layout marks an unanswered item.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_z_model import RISKS, Kid, Spec
from training_z_write import docx_bytes

ORDER = list(RISKS)


def day(iso: str | None, style: str = "uk") -> str:
    """A date as the layout writes it."""
    if iso is None:
        return ""
    value = date.fromisoformat(iso)
    month = value.strftime("%B")
    return {
        "uk": value.strftime("%d/%m/%Y"),
        "uk2": value.strftime("%d/%m/%y"),
        "long": f"{value.day} {month} {value.year}",
        "dots": value.strftime("%d.%m.%Y"),
        "dash": value.strftime("%d-%m-%Y"),
        "iso": iso,
        "slash_iso": value.strftime("%Y/%m/%d"),
        "short": f"{value.day} {month[:3]} {value.year}",
        "weekday": f"{value.strftime('%A')} {value.day} {month} {value.year}",
        "wkshort": f"{value.strftime('%a')} {value.day} {month[:3]}",
        "ordinal": f"{value.day}{_suffix(value.day)} {month} {value.year}",
    }[style]


def _suffix(number: int) -> str:
    if number in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def born(kid: Kid, style: str = "uk", age: str = "{age} years") -> str:
    return day(kid.dob, style) if kid.dob else age.format(age=kid.age)


def sex(kid: Kid, words: tuple[str, str] = ("Female", "Male")) -> str:
    return {"female": words[0], "male": words[1]}.get(kid.gender or "", "")


def say(kid: Kid, short: str, states: dict[str, str], sep: str = ": ") -> str:
    """One risk in the layout's words; '' when not stated."""
    state, words = kid.risk[short]
    if state == "not_stated":
        return states.get("not_stated", "")
    if state == "none_known":
        return states["none_known"]
    return states[state] + (sep + words if words else "")


def named(kid: Kid) -> str:
    """The child's name, with the name they like to be known by where the document gives one."""
    known = kid.extra.get("known_as")
    return f"{kid.name} (known as {known})" if known else kid.name


def contact(spec: Spec, sep: str = " / ") -> str:
    worker = spec.worker
    return sep.join(filter(None, [worker.phone, worker.email]))


# --- cpr_extract: a Child Permanence Report extract, risks as two Y/N columns -------------

CPR_LABELS = {
    "sh": "Self-harm or suicidal behaviour",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation / county lines",
    "sub": "Use of drugs or alcohol",
    "eat": "Disordered eating",
    "mis": "Running away / missing",
    "vio": "Aggression or violence to others",
    "hsb": "Sexualised or harmful sexual behaviour",
    "fire": "Setting fires",
    "ani": "Cruelty to animals",
    "rec": "Drawing other children into offending",
}
CPR_COLUMNS = {
    "present": ("Y", "N"),
    "historical": ("N", "Y"),
    "suspected": ("Query", "N"),
    "none_known": ("N", "N"),
    "not_stated": ("", ""),
}


def cpr_extract(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", "Child Permanence Report – extract for family finding"),
        (
            "table",
            [
                ["Date CPR completed", day(bits["cpr"], "long")],
                ["Agency decision maker", bits["adm"]],
                ["Child's case number", spec.ref or ""],
                ["Author (allocated social worker)", worker.name],
                ["Telephone", worker.phone or ""],
                ["Email", worker.email],
            ],
            (1, 2),
        ),
        ("i", bits["intro"]),
    ]
    for kid in kids:
        blocks += [
            ("h", f"Section 1 – The child: {named(kid)}"),
            (
                "table",
                [
                    ["Date of birth", born(kid, "long", "{age} (date of birth not verified)")],
                    ["Sex", sex(kid)],
                    ["Legal status", kid.legal_words],
                    ["Education (Section 3)", kid.school_words],
                    ["Health (Section 4)", kid.health or ""],
                    ["Placements since becoming looked after (Section 5)", kid.history_words],
                    ["Contact plan (Section 6)", kid.family_words],
                ],
                (2, 3),
            ),
            ("h", f"Section 7 – Behaviour and risk: {kid.first}"),
            (
                "table",
                [["Area", "Current issue? (Y/N)", "An issue in the past? (Y/N)", "Comments"]]
                + [[CPR_LABELS[s], *CPR_COLUMNS[kid.risk[s][0]], kid.risk[s][1]] for s in ORDER],
                ("H", 3, 1, 1, 4),
            ),
        ]
    blocks += [
        ("h", "Section 9 – The plan for permanence"),
        ("p", bits["permanence"]),
        ("h", "Section 12 – Request for a placement"),
        (
            "table",
            [
                ["Date shared with Placements", day(spec.date, "long") or "not yet shared"],
                ["Placement sought", spec.request],
                ["Needed from", spec.start_words],
            ],
            (1, 2),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer="Child Permanence Report – OFFICIAL")


# --- provider_qa_log: a search summary with bullet lists by state, and providers' questions


QA_LABELS = {
    "sh": "self-harm",
    "cse": "child sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "drug and alcohol use",
    "eat": "eating",
    "mis": "missing episodes",
    "vio": "violence towards others",
    "hsb": "harmful sexual behaviour",
    "fire": "fire-setting",
    "ani": "harm to animals",
    "rec": "recruiting or exploiting other young people",
}
QA_GROUPS = (
    ("present", "Happening at the moment"),
    ("historical", "Has happened, not recently"),
    ("suspected", "Not confirmed – a concern only"),
    ("none_known", "Checked – no concerns"),
)


def provider_qa_log(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", "Placement search – summary sent to providers, and their questions"),
        (
            "table",
            [
                ["Referral issued to providers", day(spec.date, "weekday")],
                ["Brokerage search no.", bits["search_no"]],
                ["LA case ref", spec.ref or ""],
                ["Requesting authority", bits["la_words"]],
                ["Social worker", f"{worker.name} – {contact(spec, ' – ')}"],
                ["Commissioning officer", bits["officer"]],
                ["Placement", spec.request],
                ["Start", bits.get("old_start", spec.start_words)],
            ],
            (1, 3),
        ),
    ]
    if spec.parent:
        blocks.append(("p", f"Parent: {spec.parent.name} – {spec.parent.words}"))
    blocks.append(
        (
            "table",
            [["", *[named(k) for k in kids]]]
            + [
                [label, *[value(k) for k in kids]]
                for label, value in (
                    ("Date of birth", lambda k: born(k, "short", "{age}")),
                    ("Gender", lambda k: sex(k)),
                    ("Legal status", lambda k: k.legal_words),
                    ("School / nursery", lambda k: k.school_words),
                    ("Family time", lambda k: k.family_words),
                    ("Placement history", lambda k: k.history_words),
                    ("Health", lambda k: k.health or ""),
                )
            ],
            ("H", 1, *[2] * len(kids)),
        )
    )
    for kid in kids:
        blocks.append(("h", f"What we know about risk – {kid.first}"))
        for state, heading in QA_GROUPS:
            items = [
                f"• {QA_LABELS[s]}" + (f" – {kid.risk[s][1]}" if kid.risk[s][1] else "")
                for s in ORDER
                if kid.risk[s][0] == state
            ]
            if items:
                # A heading line, then one Word paragraph per bullet.
                blocks += [("p", f"{heading}:"), *[("p", item) for item in items]]
    blocks += [
        ("h", "Questions from providers (log)"),
        (
            "table",
            [["Date", "Provider", "Question", "LA answer"]] + [list(row) for row in bits["qa"]],
            ("H", 1, 2, 3, 4),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


# --- continuing_care_tool: care domains, then behaviours by how often they happen ---------

CC_LABELS = {
    "sh": "Hurting self (head banging, biting, cutting)",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drugs / alcohol",
    "eat": "Eating – restricting, bingeing or eating non-food items",
    "mis": "Leaving / absconding",
    "vio": "Hitting, kicking or hurting others",
    "hsb": "Sexualised behaviour towards others",
    "fire": "Fire / lighters",
    "ani": "Hurting animals",
    "rec": "Getting others to offend",
}
CC_FREQUENCY = {
    "present": "Weekly or more",
    "historical": "Not now (past only)",
    "suspected": "Reported, not observed",
    "none_known": "Never",
}


def continuing_care_tool(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", "Children's Continuing Care – Decision Support Tool (extract)"),
        ("i", bits["intro"]),
    ]
    for kid, care in zip(kids, bits["care"], strict=True):
        blocks += [
            ("h", f"{named(kid)} – born {born(kid, 'long', 'age {age}')} – {sex(kid)}"),
            (
                "table",
                [["Care domain", "Level of need", "Evidence"]] + [list(row) for row in care],
                ("H", 2, 1, 4),
            ),
            ("h", f"Behaviour domain – how often does it happen now? ({kid.first})"),
            (
                "table",
                [["Behaviour", "How often now", "Notes"]]
                + [
                    [CC_LABELS[s], CC_FREQUENCY.get(kid.risk[s][0], ""), kid.risk[s][1]]
                    for s in ORDER
                ],
                ("H", 3, 2, 4),
            ),
            (
                "table",
                [
                    ["Diagnoses", bits["diagnoses"][kid.first]],
                    ["Communication", bits["communication"][kid.first]],
                    ["Allergies", bits["allergies"][kid.first]],
                    ["Health needs", kid.health or ""],
                    ["School", kid.school_words],
                    ["Legal status", kid.legal_words],
                    ["Family time", kid.family_words],
                    ["Where they have lived", kid.history_words],
                ],
                (1, 3),
            ),
        ]
    blocks += [
        ("h", "Outcome of the DST and placement request"),
        ("p", bits["outcome"]),
        (
            "table",
            [
                ["Referral to Placements dated", day(spec.date, "uk")],
                [bits["ref_label"], spec.ref or ""],
                ["Social worker", worker.name],
                ["Contact", contact(spec, "   ")],
                ["What is needed", spec.request],
                ["From", spec.start_words],
            ],
            (1, 3),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


# --- safety_plan_rows: a safety and risk management plan, a status word per risk ----------

PLAN_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Substance use",
    "eat": "Eating",
    "mis": "Missing from care",
    "vio": "Violence / aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Animal cruelty",
    "rec": "Recruiting peers",
}
PLAN_STATUS = {
    "present": "ACTIVE",
    "historical": "DORMANT",
    "suspected": "EMERGING (unconfirmed)",
    "none_known": "NOT APPLICABLE",
}


def safety_plan_rows(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", "Safety and Risk Management Plan – with request for placement"),
        (
            "table",
            [
                ["Plan written", day(bits["written"], "dots")],
                ["Plan review due", day(bits["review"], "dots")],
                ["Referral to Placements", day(spec.date, "dots") or "to be sent"],
                [bits["ref_label"], spec.ref or ""],
                ["Local authority", bits["la_words"]],
                ["Allocated worker", worker.name],
                ["Worker's number", worker.phone or ""],
                ["Worker's email", worker.email],
                ["Placement required", spec.request],
                ["Start date", spec.start_words],
            ],
            (1, 3),
        ),
        (
            "i",
            "Status: ACTIVE = happening now; DORMANT = happened before, not now; EMERGING = "
            "worries we cannot yet confirm; NOT APPLICABLE = no concern known.",
        ),
    ]
    for kid in kids:
        blocks += [
            ("h", f"{named(kid)}"),
            (
                "table",
                [
                    ["Date of birth", born(kid, "dots", "{age} yrs")],
                    ["Gender", sex(kid)],
                    ["Order", kid.legal_words],
                    ["Education", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Care history", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Risk", "Status", "What has happened", "What keeps me safe"]]
                + [
                    [
                        PLAN_LABELS[s],
                        PLAN_STATUS.get(kid.risk[s][0], ""),
                        kid.risk[s][1],
                        bits.get("safe", {}).get(f"{kid.first}:{s}", ""),
                    ]
                    for s in ORDER
                ],
                ("H", 2, 2, 4, 3),
            ),
        ]
    blocks.append(("p", bits.get("close", "")))
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


# --- prose_request_letter: a letter in sentences, the risks written as prose --------------

PROSE_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "drug or alcohol use",
    "eat": "eating difficulties",
    "mis": "going missing",
    "vio": "violence towards others",
    "hsb": "harmful sexual behaviour",
    "fire": "fire-setting",
    "ani": "harming animals",
    "rec": "drawing other young people into crime",
}


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _risk_prose(kid: Kid) -> str:
    """The risks in sentences: each stated concern, then the nones together; the risks the
    worker does not mention are simply not mentioned."""
    sentences = []
    for short in ORDER:
        state, words = kid.risk[short]
        label = PROSE_LABELS[short]
        detail = f" {words}" if words else ""
        if state == "present":
            sentences.append(f"At present there are concerns about {label}.{detail}")
        elif state == "historical":
            sentences.append(f"There is a history of {label}, but this is not current.{detail}")
        elif state == "suspected":
            sentences.append(f"We suspect {label} but have not been able to confirm it.{detail}")
    nones = [PROSE_LABELS[s] for s in ORDER if kid.risk[s][0] == "none_known"]
    if nones:
        sentences.append(f"There are no known concerns about {_listed(nones)}.")
    return " ".join(sentences)


def prose_request_letter(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    names = " and ".join(kid.name for kid in kids)
    blocks: list[tuple] = [
        ("p", bits["letterhead"]),
        ("p", f"Our ref: {spec.ref or ''}".rstrip() + f"\nDate: {day(spec.date, 'long')}".rstrip()),
        ("p", bits["to"]),
        ("p", "Dear Placements Team,"),
        ("p", f"Re: {names}"),
        ("p", f"I am writing to ask for {bits['ask']}. {bits['reason']}"),
        ("p", f"Placement requested: {spec.request}. Start: {spec.start_words}."),
    ]
    for kid in kids:
        pronoun = {"female": "She", "male": "He"}.get(kid.gender or "", kid.first)
        born_words = (
            f"was born on {day(kid.dob, 'long')}"
            if kid.dob
            else f"is {kid.age} (I do not yet have a date of birth)"
        )
        gender = {"female": " and is a girl", "male": " and is a boy"}.get(kid.gender or "", "")
        facts = [
            f"{named(kid)} {born_words}{gender}.",
            f"Legal status: {kid.legal_words or 'not yet known'}.",
            f"{pronoun} attends {kid.school_words}." if kid.school_words else "",
            f"Family time: {kid.family_words}" if kid.family_words else "",
            f"Placements so far: {kid.history_words}" if kid.history_words else "",
            f"Health: {kid.health}" if kid.health else "",
        ]
        blocks += [
            ("h", kid.first),
            ("p", " ".join(filter(None, facts))),
            ("p", _risk_prose(kid)),
        ]
    blocks += [
        ("p", bits.get("close", "")),
        (
            "p",
            f"Yours faithfully,\n\n{worker.name}\n{bits['role']}\n"
            + (f"Tel: {worker.phone}\n" if worker.phone else "")
            + f"Email: {worker.email}",
        ),
        ("p", bits.get("cc", "")),
    ]
    return docx_bytes(blocks, header=bits.get("header", ""), footer=bits.get("footer", ""))


WORD = {
    "cpr_extract": cpr_extract,
    "provider_qa_log": provider_qa_log,
    "continuing_care_tool": continuing_care_tool,
    "safety_plan_rows": safety_plan_rows,
    "prose_request_letter": prose_request_letter,
}
