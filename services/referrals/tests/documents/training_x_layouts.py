"""Shared helpers of training_x's layouts, and the Word layouts.

Each layout has its own labels for the eleven risks and its own words for the states; a
risk not stated is left blank, left unticked or left out.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_x_model import RISKS, Kid, Spec
from training_x_write import docx_bytes

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
        "dots": value.strftime("%d.%m.%Y"),
        "dash": value.strftime("%d-%m-%Y"),
        "iso": iso,
        "short": f"{value.day} {month[:3]} {value.year}",
        "shorty": f"{value.day}-{month[:3]}-{value.strftime('%y')}",
        "weekday": f"{value.strftime('%A')} {value.day} {month} {value.year}",
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
        return ""
    if state == "none_known":
        return states["none_known"]
    return states[state] + (sep + words if words else "")


def per_child(kids: list[Kid], short: str, states: dict[str, str], dash: str = " – ") -> str:
    """One cell answering for each child by name (or for the only child)."""
    if len(kids) == 1:
        return say(kids[0], short, states)
    answers = [(kid.first, say(kid, short, states)) for kid in kids]
    return "\n".join(f"{first}{dash}{text}" for first, text in answers if text)


def named(kid: Kid) -> str:
    """The child's name, with the name they like to be known by where the document gives one."""
    known = kid.extra.get("known_as")
    return f"{kid.name} ({known})" if known else kid.name


def contact(spec: Spec, sep: str = " / ") -> str:
    worker = spec.worker
    return sep.join(filter(None, [worker.phone, worker.email]))


CIN_LABELS = {
    "sh": "Hurting self",
    "cse": "Sexual exploitation",
    "cce": "Being criminally exploited",
    "sub": "Drugs / alcohol",
    "eat": "Eating / food",
    "mis": "Going missing",
    "vio": "Hurting other people",
    "hsb": "Sexual behaviour that harms",
    "fire": "Fire",
    "ani": "Hurting animals",
    "rec": "Getting others involved in crime",
}
CIN_COLUMNS = ("present", "historical", "suspected", "none_known")


def cin_review_minutes(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    attendees = [["Name", "Role", "Contact"], [worker.name, "Social worker", contact(spec)]]
    attendees += [list(row) for row in bits["attendees"]]
    blocks: list[tuple] = [
        ("title", "Child in Need Plan Review – Minutes"),
        (
            "table",
            [
                ["Date of review", day(bits["review"], "long")],
                ["Chair", bits["chair"]],
                ["Minutes", bits["minutes"]],
                ["Venue", bits["venue"]],
                [bits["ref_label"], spec.ref or ""],
            ],
            (1, 3),
        ),
        ("h", "Present"),
        ("table", attendees, ("H", 2, 2, 3)),
        ("h", "Who the plan is for"),
        (
            "table",
            [["Child", "Born", "Gender", "School / setting"]]
            + [[named(k), born(k, "uk", "{age} yrs"), sex(k), k.school_words] for k in kids],
            ("H", 3, 2, 1, 3),
        ),
    ]
    if spec.parent:
        blocks.append(("p", f"Parent: {spec.parent.name} – {spec.parent.words}"))
    blocks += [("h", "How the plan has gone"), ("p", bits["story"])]
    for kid in kids:
        rows = [
            [
                "Worry",
                "Happening now",
                "Has happened before",
                "Might be happening",
                "Not a worry",
                "What we know",
            ]
        ]
        for short in ORDER:
            state, words = kid.risk[short]
            ticks = ["✔" if state == column else "" for column in CIN_COLUMNS]
            rows.append([CIN_LABELS[short], *ticks, words])
        blocks += [("h", f"Worries about {kid.first}"), ("table", rows, ("H", 3, 1, 1, 1, 1, 4))]
    blocks += [
        ("h", "Outcome of the review"),
        ("p", bits["outcome"]),
        ("p", f"Request for accommodation sent to Placements: {day(spec.date, 'weekday') or '-'}"),
        (
            "table",
            [
                ["Placement sought", spec.request],
                ["From", spec.start_words],
                *[
                    [f"{kid.first}: {label}", value(kid)]
                    for kid in kids
                    for label, value in (
                        ("legal status", lambda k: k.legal_words),
                        ("family time", lambda k: k.family_words),
                        ("care history", lambda k: k.history_words),
                        ("health", lambda k: k.health or ""),
                    )
                ],
            ],
            (1, 3),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer="CIN review minutes – OFFICIAL")


PROFILE_LABELS = {
    "sh": "Hurting myself",
    "cse": "People taking advantage of me sexually",
    "cce": "People making me do crime for them",
    "sub": "Drink or drugs",
    "eat": "Not eating / eating problems",
    "mis": "Running off",
    "vio": "Lashing out at people",
    "hsb": "Sexual behaviour",
    "fire": "Fires",
    "ani": "Being unkind to animals",
    "rec": "Getting other kids into trouble",
}
PROFILE_STATES = {
    "present": "Yes – right now",
    "historical": "Used to, not now",
    "suspected": "Maybe (not sure)",
    "none_known": "No",
}


def one_page_profile(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = []
    for kid, profile in zip(kids, bits["profiles"], strict=True):
        blocks += [
            ("title", f"One-page profile: {named(kid)}"),
            (
                "table",
                [
                    [
                        "What people like and admire about me",
                        "What's important to me",
                        "How best to support me",
                    ],
                    list(profile),
                ],
                ("H", 1, 1, 1),
            ),
        ]
    blocks += [
        ("h", "Placement request – for the Fostering Duty Team (read with the profile above)"),
        (
            "table",
            [
                ["Sent to Duty on", day(spec.date, "ordinal")],
                [bits["ref_label"], spec.ref or ""],
                ["Worker", spec.worker.name],
                ["How to reach the worker", contact(spec, "  ")],
                ["Authority", bits["la_words"]],
                ["What we need", spec.request],
                ["When", spec.start_words],
            ],
            (1, 3),
        ),
        (
            "table",
            [["", *[kid.first for kid in kids]]]
            + [
                [label, *[value(kid) for kid in kids]]
                for label, value in (
                    ("Date of birth", lambda k: born(k, "long", "aged {age}")),
                    ("Boy / girl", lambda k: sex(k, ("Girl", "Boy"))),
                    ("Order", lambda k: k.legal_words),
                    ("School", lambda k: k.school_words),
                    ("Seeing family", lambda k: k.family_words),
                    ("Homes so far", lambda k: k.history_words),
                    ("Health and allergies", lambda k: k.health or ""),
                )
            ],
            ("H", 1, *[2] * len(kids)),
        ),
        ("h", "Keeping me safe"),
        (
            "table",
            [["", *[kid.first for kid in kids]]]
            + [
                [PROFILE_LABELS[s], *[say(kid, s, PROFILE_STATES, " – ") for kid in kids]]
                for s in ORDER
            ],
            ("H", 1, *[2] * len(kids)),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


BOX_ON, BOX_OFF = "☒", "☐"
MATRIX_LABELS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "sub": "Substances",
    "eat": "Eating",
    "mis": "Missing",
    "vio": "Physical aggression",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "ani": "Harm to animals",
    "rec": "Exploiting / recruiting peers",
}


def _boxes(chosen: str, options: list[tuple[str, str]]) -> str:
    return "   ".join(f"{BOX_ON if key == chosen else BOX_OFF} {text}" for key, text in options)


def checkbox_matrix(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    settings = [
        ("fostering", "Foster care"),
        ("residential", "Children's home"),
        ("parent_and_child", "Parent & child"),
        ("supported_accommodation", "Supported accommodation"),
    ]
    facts = [
        ["Date of request", day(spec.date, "dash") or "__________"],
        [bits["ref_label"], spec.ref or ""],
        ["Requesting authority", bits["la_words"]],
        ["Allocated SW", spec.worker.name],
        ["SW tel.", spec.worker.phone or ""],
        ["SW email", spec.worker.email],
        ["Type", _boxes(spec.setting or "", settings)],
        [
            "Urgency",
            _boxes(spec.urgency or "", [("emergency", "Emergency"), ("planned", "Planned")]),
        ],
        [
            "Duration",
            _boxes(
                spec.duration or "",
                [("short_term", "Short-term / interim"), ("long_term", "Long-term / permanence")],
            ),
        ],
        ["Details of request", spec.request],
        ["Start", spec.start_words],
    ]
    people = [["", *[f"Child {i + 1}" for i in range(len(kids))]]]
    for label, value in (
        ("Name", lambda k: named(k)),
        ("DOB / age", lambda k: born(k, "dash", "age {age}")),
        ("Gender", lambda k: _boxes(k.gender or "", [("male", "M"), ("female", "F")])),
        ("Legal", lambda k: k.legal_words),
        ("Education", lambda k: k.school_words),
        ("Family time", lambda k: k.family_words),
        ("Previous placements", lambda k: k.history_words),
        ("Health / additional needs", lambda k: k.health or ""),
    ):
        people.append([label, *[value(kid) for kid in kids]])
    head = ["Risk"]
    for kid in kids:
        head += [f"{kid.first}: C", "P", "S", "N"]
    grid = [head]
    for short in ORDER:
        row = [MATRIX_LABELS[short]]
        for kid in kids:
            state = kid.risk[short][0]
            row += [BOX_ON if state == c else BOX_OFF for c in CIN_COLUMNS]
        grid.append(row)
    notes = [
        f"{kid.first} – {MATRIX_LABELS[s]}: {kid.risk[s][1]}"
        for kid in kids
        for s in ORDER
        if kid.risk[s][1]
    ]
    blocks: list[tuple] = [
        ("title", bits["title"]),
        ("table", facts, (1, 3)),
        ("h", "Section B – the child / children"),
        ("table", people, ("H", 2, *[3] * len(kids))),
        ("h", "Section C – risk matrix"),
        ("i", "C = current   P = past only   S = suspected / unconfirmed   N = no known concern"),
        ("table", grid, ("H", 3, *[1] * (4 * len(kids)))),
        ("p", "Risk notes:\n" + "\n".join(notes) if notes else "Risk notes: none added"),
        ("p", bits.get("signed", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


def health_passport(spec: Spec) -> bytes:
    bits, kid = spec.bits, spec.kids[0]
    questions = bits["questions"]
    blocks: list[tuple] = [
        ("title", f"My Health Passport – {named(kid)}"),
        ("i", bits["intro"]),
        (
            "table",
            [
                ["Date of birth", born(kid, "long", "{age} years old")],
                ["I am a", sex(kid, ("girl", "boy"))],
                ["My diagnoses", bits["diagnoses"]],
                ["How I communicate", bits["communication"]],
                ["Allergies", bits["allergies"]],
                ["Medication", bits["medication"]],
                ["My health needs", kid.health or ""],
                ["School", kid.school_words],
            ],
            (1, 3),
        ),
        ("h", "Behaviour and keeping safe (questions asked by the nurse)"),
    ]
    lines = []
    for short in ORDER:
        state, words = kid.risk[short]
        if state == "not_stated":
            continue
        answer = f"{bits['answers'][state]} {words}".strip()
        lines.append(f"{questions[short].format(name=kid.first)} {answer}")
    blocks.append(("p", "\n".join(lines)))
    blocks += [
        ("h", "Request to the Placements Team"),
        (
            "table",
            [
                ["Request date", day(spec.date, "uk")],
                [bits["ref_label"], spec.ref or ""],
                ["Social worker", f"{spec.worker.name}\n{contact(spec, chr(10))}"],
                ["Placement wanted", spec.request],
                ["Needed from", spec.start_words],
                ["Legal status", kid.legal_words],
                ["Family time", kid.family_words],
                ["Where I have lived", kid.history_words],
            ],
            (1, 3),
        ),
        ("p", bits.get("close", "")),
    ]
    return docx_bytes(blocks, header=bits["header"], footer=bits.get("footer", ""))


ADVOCATE_LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drugs and alcohol",
    "eat": "Eating",
    "mis": "Missing from placement",
    "vio": "Violence",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Recruiting others",
}
ADVOCATE_STATES = {
    "present": "Now",
    "historical": "Then – not since",
    "suspected": "Not sure (suspected)",
    "none_known": "Not a worry",
}


def advocate_letter(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("p", bits["letterhead"]),
        ("p", f"{day(bits['letter_date'], 'long')}\n\n{bits['to']}"),
        ("p", f"Dear {bits['dear']},"),
        ("p", bits["letter"]),
        ("p", f"Yours sincerely,\n\n{bits['advocate']}"),
        ("h", "Attached: the local authority's placement request (as sent to me)"),
        (
            "table",
            [
                ["Placement request submitted", day(spec.date, "short")],
                [bits["ref_label"], spec.ref or ""],
                ["Social worker", spec.worker.name],
                ["Social worker contact", contact(spec, ", ")],
                ["Request", spec.request],
                ["Start", spec.start_words],
            ],
            (1, 3),
        ),
    ]
    for kid in kids:
        blocks += [
            ("h", named(kid)),
            (
                "table",
                [
                    ["DOB", born(kid, "uk", "{age} (DOB to follow)")],
                    ["Gender", sex(kid)],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Placements to date", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Worry", "Then or now?", "What happened"]]
                + [
                    [ADVOCATE_LABELS[s], ADVOCATE_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]]
                    for s in ORDER
                ],
                ("H", 2, 2, 4),
            ),
        ]
    return docx_bytes(blocks, header=bits.get("header", ""), footer=bits.get("footer", ""))


WORD = {
    "cin_review_minutes": cin_review_minutes,
    "one_page_profile": one_page_profile,
    "checkbox_matrix": checkbox_matrix,
    "health_passport": health_passport,
    "advocate_letter": advocate_letter,
}
