"""Shared helpers of training_y's layouts (training_w's, copied), and the Word layouts.

Each layout has its own labels for the eleven risks and its own words for the states; a
risk not stated is left blank, left unticked or never mentioned.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_y_model import RISKS, Kid, Spec
from training_y_write import docx_bytes

ORDER = list(RISKS)


def day(iso: str | None, style: str = "uk") -> str:
    """A date as the layout writes it."""
    if iso is None:
        return ""
    value = date.fromisoformat(iso)
    month = value.strftime("%B")
    return {
        "uk": value.strftime("%d/%m/%Y"),
        "long": f"{value.day} {month} {value.year}",
        "dots": value.strftime("%d.%m.%y"),
        "iso": iso,
        "short": f"{value.day} {month[:3]} {value.year}",
        "weekday": f"{value.strftime('%A')} {value.day} {month} {value.year}",
        "us": f"{month[:3]} {value.day}, {value.year}",
    }[style]


def born(kid: Kid, style: str = "uk", age: str = "{age} years") -> str:
    return day(kid.dob, style) if kid.dob else age.format(age=kid.age)


def sex(kid: Kid, words: tuple[str, str] = ("Female", "Male")) -> str:
    return {"female": words[0], "male": words[1]}.get(kid.gender or "", "")


def say(kid: Kid, short: str, states: dict[str, str], sep: str = ": ") -> str:
    """One risk in the layout's words; '' when not stated."""
    state, words = kid.risk[short]
    if state == "not_stated":
        return ""
    if state == "none_known":
        return states["none_known"]
    return states[state] + (sep + words if words else "")


def per_child(kids: list[Kid], short: str, states: dict[str, str]) -> str:
    """One cell answering for each child by name (or for the only child)."""
    if len(kids) == 1:
        return say(kids[0], short, states)
    answers = [(kid.first, say(kid, short, states)) for kid in kids]
    return "\n".join(f"{first} – {text}" for first, text in answers if text)


def family(kid: Kid) -> str:
    return kid.family_words


def none_sentence(kid: Kid, labels: dict[str, str], opener: str) -> str:
    """The none-known risks as one negative sentence in the layout's words."""
    nones = [labels[s] for s in ORDER if kid.risk[s][0] == "none_known"]
    if not nones:
        return ""
    listed = nones[0] if len(nones) == 1 else ", ".join(nones[:-1]) + " or " + nones[-1]
    return opener.format(name=kid.first, list=listed)


def stated(kid: Kid) -> list[str]:
    """The words of the present, historical and suspected risks, in order."""
    said = [kid.risk[s][1] for s in ORDER if kid.risk[s][0] not in ("none_known", "not_stated")]
    return [words if words[-1:] in ".!?" else words + "." for words in said if words]


def named(kid: Kid) -> str:
    """The child's name, with the name they like to be known by where the document gives one."""
    known = kid.extra.get("known_as")
    return f'{kid.name} (known as "{known}")' if known else kid.name


def contact(spec: Spec, sep: str = " / ") -> str:
    worker = spec.worker
    return sep.join(filter(None, [worker.email, worker.phone])) if worker else ""


PP_LABELS = {
    "sh": "Self-harm or suicidal talk",
    "cse": "Sexual exploitation indicators",
    "cce": "Criminal exploitation / county lines",
    "sub": "Drink or drugs",
    "eat": "Food / eating",
    "mis": "Missing or absconding",
    "vio": "Assaultive behaviour",
    "hsb": "Sexualised behaviour towards others",
    "fire": "Fire / arson",
    "ani": "Cruelty to animals",
    "rec": "Involving other children in offending",
}
PP_STATES = {
    "present": "YES (current)",
    "historical": "Past only",
    "suspected": "Possible – unconfirmed",
    "none_known": "No",
}


def s46_police_protection(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        (
            "title",
            "Police Protection (s46 Children Act 1989) – notification and request for accommodation",
        ),
        ("i", bits["cover"]),
        ("h", "Part A – Police protection"),
        (
            "table",
            [
                ["Officer taking PP", bits["officer"]],
                ["Designated officer", bits["designated"]],
                ["PP commenced", bits["pp_time"]],
                ["Address children removed from", bits["address"]],
                ["Adults present", bits["adults"]],
            ],
            (1, 2),
        ),
        ("h", "Part B – Children (completed by Children's Social Care)"),
        (
            "table",
            [
                ["", *[f"Child {i + 1}" for i in range(len(kids))]],
                ["Name", *[named(k) for k in kids]],
                ["D.O.B.", *[born(k, "uk", "{age} (DOB unknown)") for k in kids]],
                ["Sex", *[sex(k, ("F", "M")) for k in kids]],
                ["School/setting", *[k.school_words for k in kids]],
                ["Legal basis after PP expires", *[k.legal_words for k in kids]],
                ["Who they may see", *[k.family_words for k in kids]],
                ["Care episodes", *[k.history_words for k in kids]],
                ["Medical", *[k.health or "" for k in kids]],
            ],
            ("H", 2, *[3] * len(kids)),
        ),
        ("h", "Part C – Placement request"),
        (
            "table",
            [
                ["Placement request made (date)", day(spec.date, "uk")],
                [bits["ref_label"], spec.ref or ""],
                ["Allocated SW", spec.worker.name],
                ["SW contact", contact(spec)],
                ["Type of placement", spec.request],
                ["Needed", spec.start_words],
            ],
            (1, 2),
        ),
        ("h", "Part D – Risk indicators (the children's own; answers by child)"),
        (
            "table",
            [["Indicator", "Answer"]]
            + [[PP_LABELS[s], per_child(kids, s, PP_STATES)] for s in ORDER],
            ("H", 1, 2),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(
        blocks, header=bits["header"], footer=bits.get("footer", "OFFICIAL – SENSITIVE")
    )


HOUSE_LABELS = {
    "sh": "self-harm",
    "cse": "being sexually exploited",
    "cce": "being criminally exploited",
    "sub": "drugs or alcohol",
    "eat": "eating",
    "mis": "running off",
    "vio": "hurting other people",
    "hsb": "sexually harmful behaviour",
    "fire": "fires",
    "ani": "animals",
    "rec": "getting other young people into crime",
}


def three_houses(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", f"Three Houses – {' and '.join(k.first for k in kids)}"),
        (
            "i",
            "Direct work tool (Signs of Safety). The child's own words are in the houses; the worker's summary for the Placements Team follows.",
        ),
        (
            "table",
            [
                ["House of Worries", "House of Good Things", "House of Dreams"],
                [bits["worries"], bits["good"], bits["dreams"]],
            ],
            ("H", 1, 1, 1),
        ),
        ("h", "For the Placements Team"),
        ("p", f"Shared with Placements: {day(spec.date, 'long') or 'not dated'}"),
        ("p", f"{bits['ref_label']}: {spec.ref or ''}"),
        ("p", f"Worker: {spec.worker.name} – {contact(spec, ', ')}"),
        ("p", f"What we need: {spec.request}. {spec.start_words}"),
    ]
    for kid in kids:
        blocks += [
            ("h", named(kid)),
            (
                "table",
                [
                    ["Born", born(kid, "long", "{age} years old")],
                    ["Boy/girl", sex(kid, ("Girl", "Boy"))],
                    ["Order", kid.legal_words],
                    ["School", kid.school_words],
                    ["Seeing family", kid.family_words],
                    ["Homes so far", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "p",
                "What the adults worry about: "
                + " ".join(stated(kid))
                + (" " if stated(kid) else "")
                + none_sentence(kid, HOUSE_LABELS, bits["none_opener"]),
            ),
        ]
    blocks.append(("p", bits.get("close", "")))
    return docx_bytes(
        blocks, header=bits["header"], footer="Three Houses – Signs of Safety practice"
    )


S7_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Substances",
    "eat": "Eating",
    "mis": "Going missing",
    "vio": "Violence to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Animals",
    "rec": "Drawing others into crime",
}
S7_NOW = {"present": "Yes", "historical": "No", "suspected": "Not sure", "none_known": "No"}
S7_BEFORE = {"present": "", "historical": "Yes", "suspected": "", "none_known": "No"}


def cafcass_s7(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", "Section 7 report – extract, with the local authority's placement annex"),
        (
            "table",
            [
                ["Family Court Adviser", bits["fca"]],
                ["Court / case no.", bits["court"]],
                ["Hearing", bits["hearing"]],
                ["Recommendation (para 62)", bits["recommendation"]],
            ],
            (1, 3),
        ),
        ("h", "Annex A – Local authority: request for placement"),
        (
            "table",
            [
                ["Annex sent to Placements", day(spec.date, "weekday") or "(not dated)"],
                [bits["ref_label"], spec.ref or ""],
                ["LA social worker", f"{spec.worker.name}\n{contact(spec, chr(10))}"],
                ["Placement sought", spec.request],
                ["Start", spec.start_words],
            ],
            (1, 3),
        ),
    ]
    for kid in kids:
        blocks += [
            ("h", f"Child: {named(kid)}"),
            (
                "table",
                [
                    ["DOB", born(kid, "short", "aged {age}")],
                    ["Gender", sex(kid)],
                    ["Status", kid.legal_words],
                    ["Education", kid.school_words],
                    ["Contact", kid.family_words],
                    ["Placements to date", kid.history_words],
                    ["Health and development", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Welfare checklist – risk", "Now?", "Before?", "Detail"]]
                + [
                    [
                        S7_LABELS[s],
                        S7_NOW.get(kid.risk[s][0], ""),
                        S7_BEFORE.get(kid.risk[s][0], ""),
                        kid.risk[s][1],
                    ]
                    for s in ORDER
                ],
                ("H", 3, 1, 1, 5),
            ),
        ]
    blocks.append(("p", bits.get("close", "")))
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


NEST_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substances",
    "eat": "Eating",
    "mis": "MFH",
    "vio": "Physical aggression",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Grooming peers into crime",
}
NEST_STATES = {
    "present": "Active",
    "historical": "Resolved",
    "suspected": "Unconfirmed",
    "none_known": "None",
}


def nested_table_docx(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    rows: list[list] = [["Child", "Profile"]]
    for kid in kids:
        facts = [
            ["Name", named(kid)],
            ["DoB", born(kid, "dots", "{age} yrs")],
            ["Gender", sex(kid)],
            ["LS", kid.legal_words],
            ["Edu", kid.school_words],
            ["FT", kid.family_words],
            ["Prev", kid.history_words],
            ["Health", kid.health or ""],
        ]
        risk_rows = [["Area", "Status", "Notes"]] + [
            [NEST_LABELS[s], NEST_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]] for s in ORDER
        ]
        rows.append([kid.first, ("nest", facts, (1, 3))])
        rows.append([f"{kid.first} – risks", ("nest", risk_rows, ("H", 2, 1, 4))])
    blocks: list[tuple] = [
        ("title", "Matching profile"),
        (
            "table",
            [
                ["Date to Placements", day(spec.date, "dots"), bits["ref_label"], spec.ref or ""],
                ["SW", spec.worker.name, "Contact", contact(spec, "\n")],
                ["Request", spec.request, "From", spec.start_words],
                ["Completed by", bits["completed_by"], "Checked by", bits["checked_by"]],
            ],
            (2, 3, 2, 3),
        ),
        ("table", rows, ("H", 1, 5)),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


REVIEW_PROMPTS = {
    "sh": "Any self-harm?",
    "cse": "Any signs of sexual exploitation?",
    "cce": "Criminally exploited?",
    "sub": "Alcohol or drug use?",
    "eat": "Eating difficulties?",
    "mis": "Missing episodes?",
    "vio": "Violence towards carers or others?",
    "hsb": "Harmful sexual behaviour?",
    "fire": "Fire-setting?",
    "ani": "Harm to pets or animals?",
    "rec": "Drawing other children into crime?",
}
REVIEW_STATES = {
    "present": "Yes",
    "historical": "Not now – in the past",
    "suspected": "Carers suspect so",
    "none_known": "No",
}


def carer_annual_review(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", "Foster Carer Annual Review (Reg 28) – extract"),
        (
            "table",
            [
                ["Carers", bits["carers"]],
                ["Supervising social worker", bits["ssw"]],
                ["Reviewing officer", bits["ro"]],
                ["Review date", day(bits["review_date"], "long")],
                ["Approval", bits["approval"]],
            ],
            (1, 3),
        ),
        ("h", "7. Carers' views"),
        ("p", bits["notice"]),
        ("h", "8. Children in placement – referral for a new placement (child's SW)"),
        (
            "table",
            [
                ["Referral to Placements sent", day(spec.date, "long")],
                [bits["ref_label"], spec.ref or ""],
                ["Child's social worker", spec.worker.name],
                ["Email / tel", contact(spec, "  ")],
                ["New placement needed", spec.request],
                ["By", spec.start_words],
            ],
            (1, 3),
        ),
        (
            "table",
            [
                ["", *[k.first for k in kids]],
                ["Full name", *[named(k) for k in kids]],
                ["Date of birth", *[born(k, "uk", "{age}") for k in kids]],
                ["Gender", *[sex(k) for k in kids]],
                ["Legal", *[k.legal_words for k in kids]],
                ["School", *[k.school_words for k in kids]],
                ["Family time", *[k.family_words for k in kids]],
                ["Placements (including this one)", *[k.history_words for k in kids]],
                ["Health", *[k.health or "" for k in kids]],
            ],
            ("H", 2, *[3] * len(kids)),
        ),
        ("h", "9. What the carers have managed (question – answer)"),
    ]
    for s in ORDER:
        blocks.append(("p", f"{REVIEW_PROMPTS[s]}  {per_child(kids, s, REVIEW_STATES)}"))
    blocks.append(("p", bits.get("close", "")))
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


WORD = {
    "s46_police_protection": s46_police_protection,
    "three_houses": three_houses,
    "cafcass_s7": cafcass_s7,
    "nested_table_docx": nested_table_docx,
    "carer_annual_review": carer_annual_review,
}
