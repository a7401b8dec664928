# ruff: noqa: RUF001, RUF002 (the documents use typographic dashes on purpose)
"""training_p's shared wording: dates, legal statuses, settings and a child's facts as
text. Each layout picks its own labels and its own words for a risk's state."""

from __future__ import annotations

from datetime import date

from training_p_model import Kid, Spec

__all__ = ["LEGAL", "council", "facts", "fmt", "risk_line", "setting_words"]

MONTHS = "January February March April May June July August September October November December"
LEGAL = {
    "C1": "Interim care order (s38)",
    "C2": "Full care order (s31)",
    "E1": "Placement order",
    "V2": "Section 20 (accommodated with parental consent)",
    "V3": "Section 20 short breaks",
    "V4": "Section 20 short breaks (series)",
    "L1": "Police protection (s46)",
    "L2": "Emergency protection order",
    "J1": "Remanded to local authority accommodation",
}
SETTINGS = {
    "fostering": "Foster care",
    "residential": "Residential children's home",
    "parent_and_child": "Parent and child placement",
    "supported_accommodation": "Supported accommodation (16+)",
    "secure": "Secure children's home",
}
DURATION = {
    "short_term": "Short term",
    "long_term": "Long term",
    "respite": "Respite / short break",
    "permanence": "Permanence",
    None: "",
}
URGENCY = {"emergency": "Emergency", "planned": "Planned", None: ""}


def fmt(iso: str | None, style: str = "dmy") -> str:
    if iso is None:
        return ""
    day = date.fromisoformat(iso)
    month = MONTHS.split()[day.month - 1]
    return {
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "long": f"{day.day} {month} {day.year}",
        "iso": iso,
        "short": f"{day.day:02d}-{month[:3]}-{day.year}",
        "dotted": f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}",
        "weekday": f"{day.strftime('%A')} {day.day} {month} {day.year}",
    }[style]


COUNCILS = {
    "Devon": "Devon County Council",
    "Norfolk": "Norfolk County Council",
    "Warrington": "Warrington Borough Council",
    "Halton": "Halton Borough Council",
}


def council(la_name: str) -> str:
    """The council's own name as its letterheads print it."""
    return COUNCILS.get(la_name, f"{la_name} Council")


def setting_words(spec: Spec) -> str:
    return SETTINGS[spec.setting]


def legal_words(kid: Kid) -> str:
    if kid.legal_words:
        return kid.legal_words
    return LEGAL[kid.legal] if kid.legal else ""


def gender_words(kid: Kid) -> str:
    return {"male": "Male", "female": "Female", None: ""}[kid.gender]


def family_words(kid: Kid) -> str:
    if kid.family_words:
        return kid.family_words
    return "; ".join(words for _, _, words in kid.family or ())


def history_words(kid: Kid) -> str:
    if kid.history_words:
        return kid.history_words
    return "; ".join(kid.history or ())


def facts(kid: Kid, style: str = "dmy") -> list[tuple[str, str]]:
    """A child's facts as (label, value) pairs in a neutral order; layouts rename labels."""
    born = ("Date of birth", fmt(kid.dob, style) if kid.dob else "Not known")
    pairs = [
        ("Name", f"{kid.first} {kid.last}"),
        ("Known as", kid.known_as or ""),
        ("Age", str(kid.age)) if kid.dob is None and kid.age else born,
        ("Gender", gender_words(kid)),
        ("Ethnicity", kid.ethnicity),
        ("Legal status", legal_words(kid)),
        ("School", kid.school_text),
        ("Health", kid.health or ""),
        ("Allergies", kid.allergy_words),
        ("Communication", kid.communication_words),
        ("Family time", family_words(kid)),
        ("No contact with", ", ".join(kid.no_contact)),
        ("Previous placements", history_words(kid)),
    ]
    optional = {"Known as", "Allergies", "Communication", "No contact with"}
    return [(label, value) for label, value in pairs if value or label not in optional]


def risk_line(label: str, state: str, words: str | None, vocabulary: dict[str, str]) -> str:
    """``label: <state word> – words``, or just the label when the area is left blank."""
    said = vocabulary[state]
    if state == "not_stated":
        return f"{label}: {words}" if words else label
    return f"{label}: {said}" + (f" – {words}" if words else "")
