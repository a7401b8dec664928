# ruff: noqa: RUF001, RUF002 (the documents use typographic dashes and quotes on purpose)
"""Shared wording for training_m's layouts: dates, risk answers, family time, history."""

from __future__ import annotations

from datetime import date

from training_m_model import Kid, Spec

__all__ = ["LABELS", "answer", "dmy", "family_lines", "legal_line", "risk_rows"]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def dmy(iso: str | None, style: str = "slash") -> str:
    if iso is None:
        return ""
    d = date.fromisoformat(iso)
    day, month = d.day, MONTHS[d.month - 1]
    return {
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "short": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{day} {month} {d.year}",
        "ord": f"{_ordinal(day)} {month[:3]} {d.year}",
        "wday": f"{d.strftime('%A')} {_ordinal(day)} {month} {d.year}",
        "abbr": f"{day}-{month[:3]}-{d.year}",
        "iso": iso,
    }[style]


# Each layout names the eleven risks its own way (same order as training_m_model.RISKS).
LABELS = {
    "form": [
        "Self-harm / suicidal ideation",
        "Child sexual exploitation",
        "Child criminal exploitation",
        "Substance misuse (drugs / alcohol)",
        "Eating disorder / disordered eating",
        "Missing from home or care",
        "Physical aggression towards others",
        "Harmful sexual behaviour",
        "Fire setting",
        "Cruelty to animals",
        "Involving other young people in crime",
    ],
    "abbr": [
        "DSH",
        "CSE",
        "CCE",
        "Subs",
        "ED",
        "MFH",
        "Viol",
        "HSB",
        "Fire",
        "Animals",
        "Recruiting",
    ],
    "question": [
        "Does the young person self-harm?",
        "Is there a risk of sexual exploitation?",
        "Is there a risk of criminal exploitation (county lines)?",
        "Do they use drugs or alcohol?",
        "Any eating difficulties?",
        "Do they go missing?",
        "Have they hurt other people?",
        "Any harmful sexual behaviour?",
        "Any fire setting?",
        "Have they harmed animals?",
        "Have they drawn others into offending?",
    ],
    "clinical": [
        "Self-injury",
        "Sexual exploitation",
        "Criminal exploitation",
        "Substance use",
        "Restrictive eating / ED",
        "Absconding / missing",
        "Violence towards others",
        "Sexualised / harmful sexual behaviour",
        "Arson / fire-raising",
        "Harm to animals",
        "Exploiting peers",
    ],
    "plain": [
        "self harm",
        "sexual exploitation",
        "criminal exploitation",
        "drugs and alcohol",
        "eating disorder",
        "going missing",
        "violence",
        "harmful sexual behaviour",
        "fire setting",
        "hurting animals",
        "getting others into crime",
    ],
}

_STYLE = {
    # state -> (prefix when words follow, answer without words)
    "yn": {
        "present": ("Y – ", "Y"),
        "historical": ("Y (past) – ", "Y (past)"),
        "suspected": ("Query – ", "Query"),
        "none_known": ("N – ", "N"),
        "not_stated": ("", ""),
    },
    "words": {
        "present": ("Yes. ", "Yes"),
        "historical": ("Historic: ", "Historic"),
        "suspected": ("Suspected, not confirmed: ", "Suspected"),
        "none_known": ("No. ", "No known risk"),
        "not_stated": ("", ""),
    },
    "current": {
        "present": ("Current – ", "Current"),
        "historical": ("Previously – ", "Previously"),
        "suspected": ("Possible – ", "Possible"),
        "none_known": ("None known – ", "None known"),
        "not_stated": ("", "unknown at present"),
    },
}


def answer(state: str, words: str | None, style: str = "words") -> str:
    prefix, bare = _STYLE[style][state]
    if state == "not_stated":
        return bare
    return f"{prefix}{words}" if words else bare


def tick(state: str) -> str:
    options = [
        ("present", "Yes"),
        ("historical", "Past"),
        ("suspected", "Suspected"),
        ("none_known", "No"),
    ]
    return "  ".join(f"{'☒' if state == s else '☐'} {label}" for s, label in options)


def risk_rows(kid: Kid, labels: str = "form", style: str = "words") -> list[list[str]]:
    return [
        [label, answer(state, words, style)]
        for label, (state, words) in zip(LABELS[labels], kid.risk.values(), strict=True)
    ]


def per_child_rows(kids: list[Kid], labels: str = "form", style: str = "words") -> list[list[str]]:
    """One cell answering for every child ("Mia – No. Jay – Yes, ...")."""
    rows = []
    for index, label in enumerate(LABELS[labels]):
        parts = []
        for kid in kids:
            state, words = list(kid.risk.values())[index]
            said = answer(state, words, style)
            parts.append(f"{kid.called} – {said}" if said else f"{kid.called} –")
        rows.append([label, ". ".join(parts)])
    return rows


def family_lines(kid: Kid) -> list[str]:
    lines = [words for _, _, words in kid.ft or []] or [kid.ft_words]
    if kid.ft and kid.ft_words:
        lines.append(kid.ft_words)
    if kid.nc:
        lines.append("No contact: " + ", ".join(kid.nc))
    return lines


def legal_line(kid: Kid) -> str:
    return kid.legal_words


def dob_line(kid: Kid, style: str = "slash") -> str:
    if kid.dob:
        return dmy(kid.dob, style)
    return f"not known – approx {kid.age}" if kid.age is not None else "not known"


def gender_word(kid: Kid, style: str = "word") -> str:
    if kid.gender is None:
        return ""
    if style == "mf":
        return {"male": "M", "female": "F"}.get(kid.gender, "Other")
    return {"male": "Male", "female": "Female"}.get(kid.gender, "Non-binary")


def extras(kid: Kid) -> list[list[str]]:
    """Rows for the newer fields the document states."""
    rows = []
    for key, label in (
        ("allergies", "Allergies"),
        ("comm", "Communication"),
        ("dis", "Disability / diagnosis"),
    ):
        if key in kid.xw:
            rows.append([label, kid.xw[key]])
    return rows


def signature(spec: Spec) -> str:
    name, email, phone = spec.sw
    return f"{name}\nSocial Worker\n{spec.la_name}\n{email}" + (f"\n{phone}" if phone else "")
