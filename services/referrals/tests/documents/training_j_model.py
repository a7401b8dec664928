"""training_j's referral model: what each document says, and the truth derived from it.

A spec is written by hand per document; the layouts render it and ``truth`` derives the
expected answer. ``missing`` is written by hand in each spec (the sanity tests check it
against completeness.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hearth_contract.codes._generated import LOCAL_AUTHORITIES
from hearth_kit.clock import TEST_NOW

__all__ = ["LABELS", "RISKS", "Fam", "Kid", "Person", "Spec", "risks", "truth"]

RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "miss": "to_child/missing",
    "hurt": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "recruit": "to_others/criminal_exploitation",
}
LABELS = {
    "sh": "Self-harm",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Substance / alcohol misuse",
    "eat": "Eating disorder",
    "miss": "Missing from care / home",
    "hurt": "Violence / physical harm to others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire setting / arson",
    "animals": "Cruelty to animals",
    "recruit": "Involving others in offending",
}
TODAY = TEST_NOW.date()


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    phone: str
    role: str = "Social Worker"


@dataclass(frozen=True)
class Fam:
    """One family-time arrangement: ``with_`` is the truth's lower-case word."""

    with_: str
    frequency: str
    supervised: bool | None
    words: str  # how the document says it


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    gender: str | None  # truth: male / female / None (not stated)
    dob: str | None  # ISO
    dob_words: str  # as the document writes it ("" when not known)
    legal: str | None  # SSDA903 code
    legal_words: str
    school: str | None  # truth value
    school_words: str  # as the document writes it
    health: str | None  # the health text (None: not described, a gap)
    family: tuple[Fam, ...] | None  # None: family time not stated (a gap)
    family_words: str = ""  # extra words about family time (e.g. "None - lives at home")
    no_contact: tuple[str, ...] = ()
    no_contact_words: str = ""
    history: tuple[str, ...] | None = ()  # one line per placement, current included
    history_words: str = ""  # the document's own words about the history
    risk: dict = field(default_factory=dict)  # short -> (state, words)
    age: int | None = None  # only when the date of birth is not known
    known_as: str | None = None
    extra: dict = field(default_factory=dict)
    gender_words: str = ""
    more: tuple[tuple[str, str], ...] = ()  # extra (label, value) rows: allergies, communication

    def words(self, short: str) -> str | None:
        _, words = self.risk[short]
        return words or None


def risks(default: str = "none_known", **given: tuple[str, str]) -> dict:
    """Every risk: those given as (state, words), the rest ``default`` without words."""
    return {short: given.get(short, (default, "")) for short in RISKS}


@dataclass(frozen=True)
class Spec:
    id: str
    slug: str
    layout: str
    fmt: str  # txt / eml / docx / pdf
    la: str  # ONS code
    la_words: str  # how the document names its LA
    ref: str | None
    date: str | None  # ISO referral date, None when undated
    date_words: str
    worker: Person
    setting: str
    urgency: str | None
    duration: str | None
    start: str | None
    start_words: str
    kids: tuple[Kid, ...]
    missing: tuple[str, ...] = ()
    x: dict = field(default_factory=dict)  # layout-specific extras

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.fmt}"


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    base = dt.date.fromisoformat(spec.date) if spec.date else TODAY
    days = (dt.date.fromisoformat(spec.start) - base).days
    if days <= 0:
        return "today"
    return "within_5_days" if days <= 5 else "later"


def truth(spec: Spec) -> dict:
    assert spec.la in LOCAL_AUTHORITIES, spec.la
    children = []
    for kid in spec.kids:
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob,
            "age_years": None if kid.dob else kid.age,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": None if kid.family is None else len(kid.family),
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[short]: kid.risk[short][0] for short in RISKS},
            "family_time": [
                {"with": f.with_, "frequency": f.frequency, "supervised": f.supervised}
                for f in kid.family or ()
            ],
            "no_contact_with": list(kid.no_contact),
        }
        extra = dict(kid.extra)
        if kid.known_as:
            extra["known_as"] = kid.known_as
        if extra:
            child["extra"] = extra
        children.append(child)
    return {
        "file": spec.file,
        "la_code": spec.la,
        "la_reference": spec.ref,
        "referral_date": spec.date,
        "social_worker": {
            "name": spec.worker.name,
            "email": spec.worker.email,
            "phone": spec.worker.phone,
        },
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start,
            "needed_by": needed_by(spec),
        },
        "children": children,
        "unclear": [],
        "missing": list(spec.missing),
    }
