"""Shared helpers of training_w's layouts, and the Word layouts.

Each layout has its own labels for the eleven risks and its own words for the states; a
risk not stated is left blank, left out or left as an unfilled field.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_w_model import RISKS, Kid, Spec
from training_w_write import docx_bytes

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


MARAC_LABELS = {
    "sh": "Hurting themselves",
    "cse": "Being exploited sexually",
    "cce": "Being used by others to commit crime",
    "sub": "Alcohol or drugs",
    "eat": "Eating",
    "mis": "Running away / missing",
    "vio": "Hitting out at others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Playing with or setting fires",
    "ani": "Hurting animals",
    "rec": "Drawing other children into crime",
}
MARAC_STATES = {
    "present": "Yes – now",
    "historical": "In the past",
    "suspected": "Query",
    "none_known": "No",
}


def marac_research(spec: Spec) -> bytes:
    bits = spec.bits
    kids = spec.kids
    blocks: list[tuple] = [
        ("title", "MARAC Research Form (children's section) – with request for accommodation"),
        ("i", bits["cover"]),
        ("p", f"Forwarded to the Placements Team: {day(spec.date, 'long') or '—'}"),
        ("h", "1. MARAC details"),
        (
            "table",
            [
                ["MARAC meeting date", day(bits["marac_date"], "uk")],
                ["Referring agency to MARAC", bits["marac_agency"]],
                ["IDVA", bits["idva"]],
                ["Adult victim", bits["victim"]],
                ["Person causing harm", bits["perpetrator"]],
            ],
            (1, 2),
        ),
        ("h", "2. Children and young people in the household"),
        (
            "table",
            [["Name", "DOB / age", "Gender", "School / nursery", "Accommodation sought?"]]
            + [
                [kid.name, born(kid, "uk", "age {age}"), sex(kid), kid.school_words, "Yes"]
                for kid in kids
            ]
            + [list(row) for row in bits.get("others", [])],
            ("H", 3, 2, 1, 3, 2),
        ),
        ("h", "3. For the Placements Team (completed by the allocated social worker)"),
        (
            "table",
            [
                ["Allocated social worker", spec.worker.name],
                ["Email / phone", f"{spec.worker.email}  {spec.worker.phone or ''}".strip()],
                [bits["ref_label"], spec.ref or ""],
                ["What is being asked for", spec.request],
                ["From when", spec.start_words],
            ],
            (1, 2),
        ),
        (
            "table",
            [
                ["", *[kid.first for kid in kids]],
                ["Legal status", *[kid.legal_words for kid in kids]],
                ["Family time", *[kid.family_words for kid in kids]],
                ["Previous placements", *[kid.history_words for kid in kids]],
                ["Health", *[kid.health or "" for kid in kids]],
            ],
            ("H", 1, *[2] * len(kids)),
        ),
        ("h", "4. The child's own presentation (not the adults')"),
        (
            "table",
            [["Area", "Answer for each child"]]
            + [[MARAC_LABELS[s], per_child(kids, s, MARAC_STATES)] for s in ORDER],
            ("H", 1, 2),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer="OFFICIAL-SENSITIVE")


YOS_LABELS = {
    "sh": "Self-harm / suicidal ideation",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation (victim)",
    "sub": "Substance misuse",
    "eat": "Disordered eating",
    "mis": "Missing episodes",
    "vio": "Violence to others",
    "hsb": "Sexually harmful behaviour",
    "fire": "Arson / fire-setting",
    "ani": "Cruelty to animals",
    "rec": "Recruiting or grooming peers",
}
YOS_STATES = {
    "present": "Current concern",
    "historical": "Previous concern",
    "suspected": "Unverified intelligence",
    "none_known": "No concern identified",
}


def referral_order_panel(spec: Spec) -> bytes:
    bits, kid = spec.bits, spec.kids[0]
    blocks: list[tuple] = [
        ("title", f"{bits['service']} – Referral Order Panel Report (summary)"),
        (
            "table",
            [
                ["Young person", kid.name],
                ["Date of birth", born(kid, "long", "{age} (DOB not held)")],
                ["Sex", sex(kid, ("F", "M"))],
                ["YOS case manager", bits["yos_officer"]],
                ["Court and date of order", bits["court"]],
                ["Length of order", bits["order"]],
                ["Offence(s)", bits["offence"]],
            ],
            (1, 2),
        ),
        ("h", "Intervention plan (panel agreed)"),
        ("table", [["Area", "Action", "Review"]] + bits["plan"], ("H", 2, 3, 1)),
        ("h", "Section 5 – Request for accommodation (children's social care)"),
        ("p", bits["why"]),
        (
            "table",
            [
                ["Request logged with Placements", day(spec.date, "short")],
                [bits["ref_label"], spec.ref or ""],
                ["Child's social worker", spec.worker.name],
                ["Contact", "\n".join(filter(None, [spec.worker.phone, spec.worker.email]))],
                ["Legal status", kid.legal_words],
                ["Type of placement", spec.request],
                ["Required from", spec.start_words],
                ["Education", kid.school_words],
                ["Family time", kid.family_words],
                ["Care history", kid.history_words],
                ["Physical and mental health", kid.health or ""],
            ],
            (1, 2),
        ),
        ("h", "Section 6 – Vulnerability and risk of harm (for carers)"),
        (
            "table",
            [["Area", "Rating", "Evidence"]]
            + [[YOS_LABELS[s], YOS_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]] for s in ORDER],
            ("H", 2, 2, 4),
        ),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


GRID_LABELS = {
    "sh": "Self-injury",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Drugs / alcohol",
    "eat": "Eating",
    "mis": "Missing from home/care",
    "vio": "Aggression to people",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Recruits others",
}
GRID_SYMBOLS = {"present": "▲", "historical": "△", "suspected": "?", "none_known": "—"}


def merged_grid_form(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    n = len(kids)
    facts = [
        [("Request for Accommodation – Part A: the referral", 1 + 2 * n)],
        ["Date submitted", (day(spec.date, "dots"), 2 * n)],
        [bits["ref_label"], (spec.ref or "", 2 * n)],
        ["Local authority", (bits["la_words"], 2 * n)],
        ["Social worker (allocated)", (spec.worker.name, 2 * n)],
        ["Telephone", (spec.worker.phone or "", 2 * n)],
        ["E-mail", (spec.worker.email, 2 * n)],
        ["Placement sought", (spec.request, 2 * n)],
        ["Start", (spec.start_words, 2 * n)],
    ]
    children = [
        [("Part B: the children", 1 + 2 * n)],
        ["", *[(f"Child {i + 1}", 2) for i in range(n)]],
    ]
    for label, value in (
        ("Name", lambda k: k.name),
        ("Born", lambda k: born(k, "dots", "{age}")),
        ("Sex", lambda k: sex(k, ("F", "M"))),
        ("Status", lambda k: k.legal_words),
        ("School", lambda k: k.school_words),
        ("Family time", lambda k: k.family_words),
        ("Care history", lambda k: k.history_words),
        ("Health", lambda k: k.health or ""),
    ):
        children.append([label, *[(value(kid), 2) for kid in kids]])
    key = "Key: ▲ current   △ historic only   ? suspected, not confirmed   — none known   (blank: not assessed)"
    grid = [[("Part C: risk grid", 1 + 2 * n)], [(key, 1 + 2 * n)]]
    grid.append(["Area", *[x for kid in kids for x in (f"{kid.first}", "Detail")]])
    for position, short in enumerate(ORDER):
        group = "Risk to self" if position < 6 else "Risk to others"
        label = (f"{group}\n{GRID_LABELS[short]}", 1, "restart")
        row = [label if position in (0, 6) else f"{GRID_LABELS[short]}"]
        for kid in kids:
            state, words = kid.risk[short]
            row += [GRID_SYMBOLS.get(state, ""), words]
        grid.append(row)
    widths = ("H", 3, *[w for _ in kids for w in (1, 4)])
    blocks: list[tuple] = [
        ("title", bits["title"]),
        ("table", facts, widths),
        ("table", children, widths),
        ("table", grid, widths),
        ("p", bits.get("signed", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


EOC_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "drug or alcohol use",
    "eat": "eating",
    "mis": "going missing",
    "vio": "violence towards others",
    "hsb": "sexualised behaviour",
    "fire": "fire-setting",
    "ani": "cruelty to animals",
    "rec": "drawing others into offending",
}


def edge_of_care_closure(spec: Spec) -> bytes:
    bits = spec.bits
    blocks: list[tuple] = [
        ("title", "Edge of Care Service – Closure Summary and Referral to Placements"),
        (
            "table",
            [
                ["Family", bits["family"]],
                ["Edge of Care practitioner", bits["practitioner"]],
                ["Intervention", bits["intervention"]],
                ["Reason for closure", bits["closure"]],
                ["Passed to Placements on", day(spec.date, "weekday")],
                [bits["ref_label"], spec.ref or ""],
            ],
            (1, 3),
        ),
        ("h", "What we did and what changed"),
        ("p", bits["story"]),
        ("h", "Referral to Placements"),
        ("p", bits["ask"]),
    ]
    for kid in spec.kids:
        said = " ".join(stated(kid))
        nones = none_sentence(kid, EOC_LABELS, bits["none_opener"])
        blocks += [
            ("h", f"{kid.name} ({born(kid, 'long', 'aged {age}')}, {sex(kid).lower()})"),
            ("p", f"Legal status: {kid.legal_words}. School: {kid.school_words}."),
            ("p", f"Family time: {kid.family_words}"),
            ("p", f"Placements so far: {kid.history_words}"),
            ("p", f"Health: {kid.health or ''}"),
            ("p", f"Risks. {said} {nones}".strip()),
        ]
    blocks += [
        ("p", bits["adults"]),
        (
            "p",
            f"Social worker: {spec.worker.name}, {spec.worker.email}"
            + (f", {spec.worker.phone}" if spec.worker.phone else ""),
        ),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


MERGE_LABELS = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Substance use",
    "eat": "Eating disorder",
    "mis": "Missing",
    "vio": "Harm to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Arson",
    "ani": "Harm to animals",
    "rec": "Exploiting others",
}
MERGE_STATES = {
    "present": "CURRENT",
    "historical": "HISTORIC",
    "suspected": "SUSPECTED",
    "none_known": "Nil",
}


def _field(value: str | None, name: str) -> str:
    return value if value else f"«{name}»"


def mail_merge_partial(spec: Spec) -> bytes:
    bits = spec.bits
    blocks: list[tuple] = [
        ("p", bits["letterhead"]),
        ("p", f"Date: {_field(day(spec.date, 'long'), 'Letter_Date')}"),
        ("p", f"{bits['ref_label']}: {_field(spec.ref, 'Case_Ref')}"),
        ("p", "Dear Provider,"),
        ("p", f"Re: {spec.request}"),
        ("p", bits["opening"]),
    ]
    for kid in spec.kids:
        lines = [
            f"Name: {kid.name}",
            f"Date of birth: {_field(day(kid.dob, 'uk'), 'DOB')}"
            + (f" (age {kid.age})" if kid.age else ""),
            f"Gender: {_field(sex(kid), 'Gender')}",
            f"Legal status: {_field(kid.legal_words, 'Legal_Status')}",
            f"School: {_field(kid.school_words, 'School')}",
            f"Family time: {_field(kid.family_words, 'Contact_Arrangements')}",
            f"Placement history: {_field(kid.history_words, 'Placement_History')}",
            f"Health: {_field(kid.health, 'Health_Summary')}",
        ]
        blocks += [("h", kid.first), ("p", "\n".join(lines))]
        risk_rows = [
            [MERGE_LABELS[s], _field(say(kid, s, MERGE_STATES, sep=" – "), f"Risk_{s}")]
            for s in ORDER
        ]
        blocks.append(("table", [["Risk", "Rating – detail"], *risk_rows], ("H", 1, 3)))
    blocks += [
        ("p", f"The placement is needed from {_field(spec.start_words, 'Start_Date')}."),
        ("p", bits["closing"]),
        (
            "p",
            f"Yours faithfully,\n\n{spec.worker.name}\n{bits['role']}\n{spec.worker.email}"
            + (f"\nTel: {spec.worker.phone}" if spec.worker.phone else ""),
        ),
    ]
    return docx_bytes(blocks, header=bits.get("header", ""), footer=bits.get("footer", ""))


WORD = {
    "marac_research": marac_research,
    "referral_order_panel": referral_order_panel,
    "merged_grid_form": merged_grid_form,
    "edge_of_care_closure": edge_of_care_closure,
    "mail_merge_partial": mail_merge_partial,
}
