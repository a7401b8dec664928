"""training_h: the referral each document describes, and the truth derived from it.

A ``Spec`` is one fictional referral as data: what the document says (in its own words)
and what a flawless reader should take from it. ``truth`` turns a spec into the
``.expected.json`` the scorer reads; the expected ``missing`` list is written by hand in
each spec (``gaps``) and the sanity test checks it against ``completeness.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_kit.clock import TEST_NOW

TODAY = TEST_NOW.date()

# Short names used in the specs -> the scorer's risk keys.
RISKS = {
    "self_harm": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "sexual_harm": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "exploits": "to_others/criminal_exploitation",
}
RISK_LABELS = {
    "self_harm": "Self-harm / suicidal ideation",
    "cse": "Child sexual exploitation (CSE)",
    "cce": "Child criminal exploitation (CCE) / county lines",
    "drugs": "Drug or alcohol use",
    "eating": "Eating disorder",
    "missing": "Missing from home / care",
    "violence": "Violence or aggression towards others",
    "sexual_harm": "Harmful sexual behaviour",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "exploits": "Involving other children in offending / exploitation",
}


def P(words: str = "") -> tuple[str, str]:
    return ("present", words)


def H(words: str) -> tuple[str, str]:
    return ("historical", words)


def S(words: str = "") -> tuple[str, str]:
    return ("suspected", words)


def risks(rest: str = "none_known", **named: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """Every risk: the named ones as given, the others ``rest`` (none_known / not_stated)."""
    unknown = set(named) - set(RISKS)
    assert not unknown, unknown
    return {short: named.get(short, (rest, "")) for short in RISKS}


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    email: str = ""
    phone: str = ""
    team: str = ""


@dataclass(frozen=True)
class Family:
    """One family-time arrangement: ``who`` and ``frequency`` are the truth, ``words`` the
    document's phrase for it."""

    who: str
    frequency: str
    words: str
    supervised: bool | None = None


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    gender: str | None
    dob: date | None
    age: int | None = None  # only when the date of birth is not known
    known_as: str | None = None
    gender_words: str = ""
    legal: str | None = None
    legal_words: str = ""
    school: str | None = None  # the truth: the school's name, no year group
    school_words: str = ""  # how the document writes it (with the year group)
    risk: dict[str, tuple[str, str]] = field(default_factory=dict)
    family: tuple[Family, ...] | None = ()
    family_words: str = ""  # a sentence around the arrangements (or the gap's words)
    no_contact: tuple[str, ...] = ()  # truth, lower case, the document's words
    no_contact_words: str = ""
    history: tuple[tuple[str, str, str], ...] | None = ()  # (from, to, placement)
    history_words: str = ""  # when the document counts in words instead of a table
    health: str | None = "No known health needs; immunisations up to date."
    ident: str = ""  # this child's own case number (siblings may each have one)
    ethnicity: str = "White British"

    def words(self, short: str) -> str | None:
        return self.risk[short][1] or None

    @property
    def said_gender(self) -> str:
        if self.gender_words:
            return self.gender_words
        return {"male": "Male", "female": "Female", "other": "Non-binary"}.get(
            self.gender or "", ""
        )


@dataclass(frozen=True)
class Parent:
    first: str
    last: str
    dob: date | None
    relation: str  # mother / father
    needs: str
    risk_words: str


@dataclass(frozen=True)
class Spec:
    id: str
    slug: str
    layout: str
    fmt: str  # docx, pdf, txt, eml
    la: str  # ONS code
    la_name: str  # how the document names the authority
    domain: str  # the LA's email domain (fictional, example.gov.uk)
    ref_label: str
    ref: str | None
    date: date | None  # the referral date (None: undated)
    sw: Person
    setting: str
    urgency: str
    duration: str
    ask: str  # the request in the document's words
    start: date | None
    start_words: str
    kids: tuple[Kid, ...]
    date_style: str = "long"
    dob_style: str = "slash"
    others: tuple[Person, ...] = ()
    parent: Parent | None = None
    gaps: tuple[str, ...] = ()
    notes: dict = field(default_factory=dict)  # layout-specific extras
    seed: int = 0


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
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def say(d: date | None, style: str) -> str:
    """A date the way LA documents write it."""
    if d is None:
        return ""
    month = MONTHS[d.month - 1]
    forms = {
        "long": f"{d.day} {month} {d.year}",
        "ord_long": f"{ordinal(d.day)} {month} {d.year}",
        "ord_day": f"{DAYS[d.weekday()]} {ordinal(d.day)} {month} {d.year}",
        "day_long": f"{DAYS[d.weekday()]} {d.day} {month} {d.year}",
        "dots2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dots4": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "slash_short": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "abbr": f"{d.day:02d}-{month[:3]}-{d.year}",
        "iso": d.isoformat(),
        "us_words": f"{month} {d.day}, {d.year}",
        "short_mon": f"{d.day} {month[:3]} {d.year % 100:02d}",
        "mon_ord": f"{month[:3]} {ordinal(d.day)} {d.year}",
    }
    return forms[style]


def age_on(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.date or TODAY)).days
    if days <= 0:
        return "today"
    return "within_5_days" if days <= 5 else "later"


def truth(spec: Spec, file_name: str) -> dict:
    """The .expected.json for a spec (conventions in training_h/README.md)."""
    children = []
    for kid in spec.kids:
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob.isoformat() if kid.dob else None,
            "age_years": None if kid.dob else kid.age,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": None if kid.family is None else len(kid.family),
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[short]: state for short, (state, _) in kid.risk.items()},
            "family_time": [
                {"with": item.who, "frequency": item.frequency, "supervised": item.supervised}
                for item in kid.family or ()
            ],
            "no_contact_with": list(kid.no_contact),
        }
        if kid.known_as:
            child["extra"] = {"known_as": kid.known_as}
        children.append(child)
    return {
        "file": file_name,
        "la_code": spec.la,
        "la_reference": spec.ref,
        "referral_date": spec.date.isoformat() if spec.date else None,
        "social_worker": {"name": spec.sw.name, "email": spec.sw.email, "phone": spec.sw.phone},
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start.isoformat() if spec.start else None,
            "needed_by": needed_by(spec),
        },
        "children": children,
        "unclear": [],
        "missing": list(spec.gaps),
    }
