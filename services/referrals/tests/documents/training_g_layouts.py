"""The form layouts of training_g: each renders a :class:`Ref` in its own words.

Layouts that are forms return a :class:`Doc` (written as Word, PDF or text by the
writers); the email layouts return the message's bytes.
"""

from __future__ import annotations

import random
from datetime import date

from training_g_model import RISKS, TODAY, Kid, Ref, age_on

MONTHS = "January February March April May June July August September October November December"


def fd(value: date | None, style: str = "dmy", blank: str = "") -> str:
    """A date in one of the ways English LA forms write them."""
    if value is None:
        return blank
    month = MONTHS.split()[value.month - 1]
    if style == "dmy":
        return value.strftime("%d/%m/%Y")
    if style == "long":
        return f"{value.day} {month} {value.year}"
    if style == "dot":
        return value.strftime("%d.%m.%Y")
    if style == "iso":
        return value.isoformat()
    if style == "mon":
        return f"{value.day:02d}-{month[:3]}-{value.year}"
    if style == "ord":
        suffix = (
            "th" if 11 <= value.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(value.day % 10, "th")
        )
        return f"{value.day}{suffix} {month} {value.year}"
    if style == "short":
        return value.strftime("%d/%m/%y")
    raise ValueError(style)


LABELS = {
    "grid": {
        "sh": "Self-harm / suicidal ideation",
        "cse": "Child sexual exploitation (CSE)",
        "cce": "Criminal exploitation (CCE / county lines)",
        "sub": "Substance misuse (drugs / alcohol)",
        "ed": "Eating disorder",
        "mis": "Missing episodes",
        "phy": "Violence / aggression to others",
        "hsb": "Harmful sexual behaviour",
        "fire": "Fire setting",
        "ani": "Harm to animals",
        "exo": "Exploiting or recruiting other children",
    },
    "mosaic": {
        "sh": "Self Harm",
        "cse": "Sexual Exploitation",
        "cce": "Criminal Exploitation",
        "sub": "Drug / Alcohol Use",
        "ed": "Eating Disorder",
        "mis": "Absconding / Missing",
        "phy": "Physical Aggression",
        "hsb": "Sexually Harmful Behaviour",
        "fire": "Arson",
        "ani": "Cruelty to Animals",
        "exo": "Risk of exploiting others",
    },
    "prompt": {
        "sh": "Is there a history of self-harm or suicide attempts?",
        "cse": "Are there concerns about sexual exploitation?",
        "cce": "Is the young person at risk of criminal exploitation?",
        "sub": "Does the young person use drugs or alcohol?",
        "ed": "Any eating disorder or disordered eating?",
        "mis": "Has the young person gone missing?",
        "phy": "Has the young person been violent towards others?",
        "hsb": "Any harmful sexual behaviour towards others?",
        "fire": "Any fire setting?",
        "ani": "Any harm to animals?",
        "exo": "Has the young person drawn other children into offending?",
    },
    "caps": {
        "sh": "SELF HARM",
        "cse": "CSE",
        "cce": "CCE",
        "sub": "SUBSTANCES",
        "ed": "EATING DISORDER",
        "mis": "MFH EPISODES",
        "phy": "VIOLENCE TO OTHERS",
        "hsb": "HSB",
        "fire": "FIRE SETTING",
        "ani": "ANIMAL CRUELTY",
        "exo": "EXPLOITING OTHERS",
    },
    "prose": {
        "sh": "self-harm",
        "cse": "sexual exploitation",
        "cce": "criminal exploitation",
        "sub": "drug or alcohol use",
        "ed": "eating difficulties",
        "mis": "going missing",
        "phy": "violence towards others",
        "hsb": "harmful sexual behaviour",
        "fire": "fire setting",
        "ani": "harm to animals",
        "exo": "exploiting other young people",
    },
}
TICK, BOX = "☒", "☐"


def rng(ref: Ref) -> random.Random:
    return random.Random(f"training_g:{ref.id}")


def yes(kid: Kid, key: str) -> bool:
    return kid.state(key) in ("present", "historical", "suspected")


def risk_grid_yn(
    kid: Kid, labels: str = "grid", ticks: bool = True
) -> tuple[list[str], list[list[str]]]:
    """Risk | Yes | No | Details, one row a risk; a blank row is left unanswered."""
    rows = []
    for key in RISKS:
        label = LABELS[labels][key]
        if kid.state(key) == "not_stated":
            rows.append([label, BOX if ticks else "", BOX if ticks else "", ""])
        elif yes(kid, key):
            rows.append([label, TICK if ticks else "X", BOX if ticks else "", kid.words(key) or ""])
        else:
            rows.append([label, BOX if ticks else "", TICK if ticks else "X", ""])
    return ["Risk", "Yes", "No", "Details"], rows


def risk_grid3(kid: Kid, labels: str = "grid") -> tuple[list[str], list[list[str]]]:
    """Risk | Current | Past | Suspected | None known | Comments, as a tick grid."""
    column = {"present": 1, "historical": 2, "suspected": 3, "none_known": 4}
    rows = []
    for key in RISKS:
        state = kid.state(key)
        marks = [BOX] * 4
        if state in column:
            marks[column[state] - 1] = TICK
        rows.append([LABELS[labels][key], *marks, kid.words(key) or ""])
    return ["Area of risk", "Current", "Past", "Suspected", "None known", "Comments"], rows


def answer(kid: Kid, key: str, r: random.Random) -> str:
    state = kid.state(key)
    if state == "not_stated":
        return ""
    if state == "none_known":
        return r.choice(["No", "No.", "None known", "No concerns", "Not known to be a concern"])
    words = kid.words(key)
    return f"Yes - {words}" if words else "Yes"


def risk_prompts(kid: Kid, r: random.Random, labels: str = "prompt") -> list[tuple[str, str]]:
    return [(LABELS[labels][key], answer(kid, key, r)) for key in RISKS]


def risk_prose(kid: Kid, r: random.Random) -> str:
    """Risks as a paragraph: the risks there are, then what is not a concern."""
    said = [kid.words(key) for key in RISKS if yes(kid, key)]
    said = [words if words.endswith(".") else words + "." for words in said if words]
    quiet = [LABELS["prose"][key] for key in RISKS if kid.state(key) == "none_known"]
    if kid.unstated or not said:
        if quiet:
            tail = ", ".join(quiet[:-1]) + (" or " if len(quiet) > 1 else "") + quiet[-1]
            said.append(f"There are no known concerns about {tail}.")
    else:
        said.append(
            r.choice(
                [
                    "No other risks are known.",
                    "There are no other known risks.",
                    "No further risk issues are known to the department.",
                ]
            )
        )
    return " ".join(said)


def risk_per_cell(
    kids: list[Kid], r: random.Random, labels: str = "grid"
) -> tuple[list[str], list[list[str]]]:
    """One row a risk; one cell answers for every child by name."""
    rows = []
    for key in RISKS:
        parts = []
        for kid in kids:
            text = answer(kid, key, r) or "to be confirmed"
            parts.append(f"{kid.known_as or kid.first} - {text.rstrip('.')}")
        rows.append([LABELS[labels][key], ". ".join(parts) + "."])
    return ["Risk", "Response (each child)"], rows


def gender_word(kid: Kid, style: str = "word") -> str:
    if kid.gender_text:
        return kid.gender_text
    if kid.gender is None:
        return ""
    if style == "letter":
        return {"male": "M", "female": "F", "other": "Non-binary"}[kid.gender]
    if style == "child":
        return {"male": "Boy", "female": "Girl", "other": "Non-binary"}[kid.gender]
    return {"male": "Male", "female": "Female", "other": "Non-binary"}[kid.gender]


def school_words(kid: Kid, blank: str = "") -> str:
    if kid.school_words:
        return kid.school_words
    return kid.school if kid.school is not None else blank


def ft_words(kid: Kid, blank: str = "To be confirmed") -> str:
    if kid.ft_words:
        return kid.ft_words
    if kid.ft is None:
        return blank
    return "; ".join(words for _, _, words in kid.ft)


def history_rows(kid: Kid, style: str = "dmy") -> list[list[str]]:
    return [[start, end, kind, why] for start, end, kind, why in kid.history or []]


def history_words(kid: Kid, blank: str = "To follow") -> str:
    if kid.history_words:
        return kid.history_words
    if kid.history is None:
        return blank
    if not kid.history:
        return f"None - this is {kid.first}'s first time in care."
    return "; ".join(f"{kind} ({start} to {end}) - {why}" for start, end, kind, why in kid.history)


def start_words(ref: Ref, style: str = "dmy") -> str:
    if ref.start_text:
        return ref.start_text
    return fd(ref.start, style)


SETTING_WORDS = {
    "fostering": "Foster care",
    "residential": "Residential children's home",
    "parent_and_child": "Parent and child",
    "secure": "Secure children's home",
    "supported_accommodation": "Supported accommodation (16+)",
}
DURATION_WORDS = {
    "respite": "Respite / short breaks",
    "short_term": "Short term",
    "long_term": "Long term",
    "permanence": "Permanent (long-term match)",
}


def ticks(options: list[tuple[str, bool]]) -> str:
    return "   ".join(f"{TICK if on else BOX} {label}" for label, on in options)


def age_text(kid: Kid, ref: Ref) -> str:
    """The age a form prints: on the referral date, or TEST_NOW's day when undated."""
    if kid.dob is None:
        return str(kid.age) if kid.age is not None else ""
    return str(age_on(kid.dob, ref.date or TODAY))
