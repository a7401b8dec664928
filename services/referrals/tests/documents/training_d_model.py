"""The fictional referrals of training_d as data, their truth files, and how each field is worded.

Written without reading the document reader: the truth follows ``scoring.py`` (the fields)
and ``completeness.py`` (which gaps ask a question), nothing else.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from hearth_kit.clock import TEST_NOW

TODAY = TEST_NOW.date()

RISK_KEYS = (
    "to_child/self_harm",
    "to_child/sexual_exploitation",
    "to_child/criminal_exploitation",
    "to_child/drug_alcohol",
    "to_child/eating_disorder",
    "to_child/missing",
    "to_others/physical_harm",
    "to_others/sexual_harm",
    "to_others/fire_setting",
    "to_others/harm_to_animals",
    "to_others/criminal_exploitation",
)
# completeness.py asks about ten of the eleven only when at least one is stated; the grid
# labels LA forms use for each, several wordings each.
RISK_LABELS = {
    "to_child/self_harm": ["Self-harm", "Self harm / suicidal ideation", "Risk of self-injury"],
    "to_child/sexual_exploitation": ["CSE", "Child sexual exploitation", "Sexual exploitation"],
    "to_child/criminal_exploitation": [
        "CCE / county lines",
        "Criminal exploitation",
        "Child criminal exploitation",
    ],
    "to_child/drug_alcohol": ["Substance misuse", "Drugs / alcohol", "Drug or alcohol use"],
    "to_child/eating_disorder": ["Eating disorder", "Disordered eating", "Eating difficulties"],
    "to_child/missing": ["Missing from care", "Going missing / absconding", "Missing episodes"],
    "to_others/physical_harm": [
        "Violence / aggression to others",
        "Physical harm to others",
        "Assaults on peers or staff",
    ],
    "to_others/sexual_harm": [
        "Harmful sexual behaviour",
        "Sexually harmful behaviour to others",
        "HSB",
    ],
    "to_others/fire_setting": ["Fire setting", "Arson / fire-setting", "Fire-setting"],
    "to_others/harm_to_animals": ["Cruelty to animals", "Harm to animals", "Risk to pets"],
    "to_others/criminal_exploitation": [
        "Exploiting / recruiting other young people",
        "Criminal exploitation of others",
        "Involving peers in offending",
    ],
}
RISK_WORDS = {
    "to_child/self_harm": "self-harm",
    "to_child/sexual_exploitation": "sexual exploitation",
    "to_child/criminal_exploitation": "criminal exploitation",
    "to_child/drug_alcohol": "drug or alcohol use",
    "to_child/eating_disorder": "an eating disorder",
    "to_child/missing": "going missing",
    "to_others/physical_harm": "violence towards others",
    "to_others/sexual_harm": "harmful sexual behaviour",
    "to_others/fire_setting": "fire-setting",
    "to_others/harm_to_animals": "harming animals",
    "to_others/criminal_exploitation": "drawing other young people into offending",
}
LEGAL_WORDS = {
    "C1": ["Interim Care Order", "ICO (s38)", "Interim care order, s.38 Children Act 1989"],
    "C2": ["Section 31 full care order", "Full Care Order", "Care Order (s31) - final"],
    "E1": ["Placement order", "Placement Order (s21 ACA 2002)"],
    "V2": [
        "s20 / accommodated by agreement",
        "Section 20 (voluntary accommodation)",
        "Accommodated under s.20 CA 1989",
    ],
    "V3": ["Short breaks (s20), episodes recorded"],
    "J1": ["Remanded to LA accommodation", "Remand to local authority accommodation (LASPO)"],
    "L1": ["Police protection (PPO)", "Police Powers of Protection, s46"],
    "L2": ["Emergency Protection Order", "EPO granted"],
}


@dataclass
class Worker:
    name: str
    email: str | None
    phone: str | None


@dataclass
class Child:
    first: str
    last: str
    dob: date | None
    gender: str  # male / female / other
    legal: str | None  # SSDA903 code; None is a real gap
    school: str | None  # the name as the document gives it; None is a real gap
    school_words: str  # how the document writes the school answer
    family: list[tuple[str, str, str]] | None  # (words, with, frequency); None is a gap
    history: list[tuple[str, str, str, str]] | None  # (type, from, to, ended); None is a gap
    health: str | None  # None is a gap
    risks: dict[str, tuple[str, str | None]]  # key -> (state, detail); absent keys unstated
    no_contact: list[str] = field(default_factory=list)
    family_words: str | None = None  # a whole-sentence answer instead of the list
    age_only: int | None = None  # the age when only an age is written
    all_clear: str | None = None  # a blanket "no known risks" sentence
    known_as: str | None = None

    def age_on(self, day: date) -> int | None:
        if self.dob is None:
            return self.age_only
        years = day.year - self.dob.year
        return years - ((day.month, day.day) < (self.dob.month, self.dob.day))


@dataclass
class Doc:
    slug: str
    layout: str
    fmt: str
    la_code: str
    la_words: str  # how the LA names itself on the document
    ref_label: str
    la_reference: str | None
    referral_date: date
    worker: Worker
    setting: str
    setting_words: str
    urgency: str
    urgency_words: str
    duration: str
    duration_words: str
    start: date | None
    start_words: str
    children: list[Child]
    sender: Worker | None = None  # who sent it, when not the child's social worker
    history_note: str = ""  # a sentence about earlier settings that must not set the request
    extra: dict = field(default_factory=dict)


def needed_by(doc: Doc) -> str | None:
    """From the start date, as the draft's description says (no form here answers it)."""
    if doc.start is None:
        return None
    days = (doc.start - doc.referral_date).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def missing_for(doc: Doc) -> list[str]:
    """The MISSING_TOPICS pointers completeness.py raises for what the document leaves out."""
    gaps: list[str] = []
    if doc.start is None:
        gaps.append("/placement/start_date")
    for index, child in enumerate(doc.children):
        base = f"/children/{index}"
        if not child.legal:
            gaps.append(f"{base}/legal_status")
        if not child.gender:
            gaps.append(f"{base}/gender")
        if child.dob is None:
            gaps.append(f"{base}/date_of_birth")
        stated = [key for key in RISK_KEYS if key in child.risks]
        if not stated:
            gaps.append(f"{base}/risks")
        else:
            gaps.extend(f"{base}/risks/{key}" for key in RISK_KEYS if key not in child.risks)
        if child.family is None:
            gaps.append(f"{base}/family_time")
        if child.history is None:
            gaps.append(f"{base}/placement_history")
        if child.school is None:
            gaps.append(f"{base}/school")
        if not child.health:
            gaps.append(f"{base}/health_needs")
    return sorted(gaps)


def truth(doc: Doc, filename: str) -> dict:
    """The .expected.json of one document, in the format scoring.py reads."""
    children = []
    for child in doc.children:
        entry = {
            "first_name": child.first,
            "last_name": child.last,
            "date_of_birth": child.dob.isoformat() if child.dob else None,
            "age_years": child.age_on(doc.referral_date),
            "gender": child.gender or None,
            "legal_status": child.legal,
            "school": child.school,
            "family_time_count": None if child.family is None else len(child.family),
            "placement_history_count": None if child.history is None else len(child.history),
            "risks": {key: state for key, (state, _) in child.risks.items()},
            "family_time": [
                {"with": who, "frequency": frequency} for _, who, frequency in child.family or []
            ],
            "no_contact_with": list(child.no_contact),
        }
        if child.known_as:
            entry["extra"] = {"known_as": child.known_as}
        children.append(entry)
    return {
        "file": filename,
        "la_code": doc.la_code,
        "la_reference": doc.la_reference,
        "referral_date": doc.referral_date.isoformat(),
        "social_worker": {
            "name": doc.worker.name,
            "email": doc.worker.email,
            "phone": doc.worker.phone,
        },
        "placement": {
            "setting": doc.setting,
            "urgency": doc.urgency,
            "duration": doc.duration,
            "start_date": doc.start.isoformat() if doc.start else None,
            "needed_by": needed_by(doc),
        },
        "children": children,
        "unclear": [],
        "missing": missing_for(doc),
    }


def day_text(day: date | None, style: int) -> str:
    if day is None:
        return ""
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return [
        day.strftime("%d/%m/%Y"),
        f"{day.day} {day.strftime('%B %Y')}",
        day.strftime("%d.%m.%Y"),
        f"{day.day}{suffix} {day.strftime('%b %Y')}",
        day.strftime("%d-%m-%Y"),
    ][style % 5]


def gender_text(gender: str, rng: random.Random) -> str:
    return rng.choice(
        {
            "male": ["Male", "M", "Boy", "male"],
            "female": ["Female", "F", "Girl", "female"],
            "other": ["Non-binary", "Other (identifies as non-binary)"],
        }[gender]
    )


def pronoun(child: Child) -> tuple[str, str, str]:
    return {"male": ("he", "him", "his"), "female": ("she", "her", "her")}.get(
        child.gender, ("they", "them", "their")
    )


def legal_text(code: str | None, rng: random.Random, gap: str = "TBC") -> str:
    return rng.choice(LEGAL_WORDS[code]) if code else gap


def risk_answer(state: str, detail: str | None, rng: random.Random) -> str:
    if state == "none_known":
        return rng.choice(["No", "None known", "No concerns", "Nil", "No - none known"])
    head = {
        "present": ["Yes", "Current", "Yes - current"],
        "historical": ["Historical", "Past"],
        "suspected": ["Suspected", "Concerns (unconfirmed)"],
    }[state]
    return f"{rng.choice(head)} - {detail}"


def risk_rows(child: Child, rng: random.Random) -> list[tuple[str, str]]:
    """A grid: every risk with a label; an unstated risk is left blank (a real gap)."""
    rows = []
    for key in RISK_KEYS:
        label = rng.choice(RISK_LABELS[key])
        if key in child.risks:
            rows.append((label, risk_answer(*child.risks[key], rng)))
        else:
            rows.append((label, ""))
    return rows


def risk_prose(child: Child, rng: random.Random) -> str:
    """Sentences covering every stated risk; unstated ones are simply not mentioned."""
    if child.all_clear:
        return child.all_clear
    said, clear = [], []
    for key in RISK_KEYS:
        if key not in child.risks:
            continue
        state, detail = child.risks[key]
        if state == "none_known":
            clear.append(RISK_WORDS[key])
        elif state == "historical":
            said.append(f"There is a history of {RISK_WORDS[key]}: {detail}.")
        elif state == "suspected":
            said.append(f"Professionals suspect {RISK_WORDS[key]}: {detail}.")
        else:
            said.append(f"Current risk of {RISK_WORDS[key]}: {detail}.")
    if clear:
        listed = ", ".join(clear[:-1]) + (" or " if len(clear) > 1 else "") + clear[-1]
        said.append(
            rng.choice(
                [
                    f"There are no known concerns about {listed}.",
                    f"No known risk of {listed}.",
                    f"Nothing is known to suggest {listed}.",
                ]
            )
        )
    return " ".join(said)


def family_text(child: Child) -> str:
    if child.family_words is not None:
        return child.family_words
    if child.family is None:
        return ""
    return "; ".join(words for words, _, _ in child.family)


def history_rows(child: Child) -> list[tuple[str, str, str, str]]:
    return child.history or []


def history_text(child: Child, gap: str = "") -> str:
    if child.history is None:
        return gap
    he, _, his = pronoun(child)
    if not child.history:
        return f"This is {his} first time in care; {he} has never been looked after before."
    count = ["one", "two", "three", "four", "five"][len(child.history) - 1]
    parts = [
        f"{kind} ({start} to {end}{', ' + ended if ended else ''})"
        for kind, start, end, ended in child.history
    ]
    return (
        f"{count.capitalize()} placement{'s' if len(parts) > 1 else ''} so far: "
        + "; ".join(parts)
        + "."
    )
