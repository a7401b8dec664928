"""training_i's referrals as data, and the truth file each one's document must yield.

A ``Spec`` is one referral as the LA knows it; a layout writes it the way one kind of LA
paperwork would. The truth is derived here from the spec (never from the written file),
by training_h's conventions (see ``training_i/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from hearth_kit.clock import TEST_NOW

TODAY = TEST_NOW.date()  # Monday 23 November 2026

RISKS = {
    "self_harm": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "sexual": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "exploits": "to_others/criminal_exploitation",
}
RISK_LABELS = {
    "self_harm": "Self-harm",
    "cse": "Child sexual exploitation",
    "cce": "Child criminal exploitation",
    "drugs": "Drug / alcohol use",
    "eating": "Eating disorder",
    "missing": "Going missing",
    "violence": "Physical harm to others",
    "sexual": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "animals": "Harm to animals",
    "exploits": "Exploiting / recruiting others",
}
STATE_WORDS = {
    "present": "Yes",
    "historical": "Past",
    "suspected": "Suspected",
    "none_known": "No",
    "not_stated": "",
}


def d(day: int, month: int = 11, year: int = 2026) -> date:
    return date(year, month, day)


def risks(default: str = "none_known", **stated: tuple[str, str | None]) -> dict:
    """All eleven risks: ``default`` for the unnamed ones, (state, words) for the named."""
    table = {short: (default, None) for short in RISKS}
    table.update(stated)
    return table


@dataclass(frozen=True)
class FamilyTime:
    with_: str  # the document's own word, lower case
    frequency: str  # FamilyTimeFrequency
    supervised: bool | None
    words: str  # how the document says it


@dataclass(frozen=True)
class Person:
    role: str
    name: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    dob: date | None
    gender: str | None  # None: left blank (a gap)
    legal: str | None  # SSDA903 code; None: a gap
    legal_words: str
    school: str | None  # truth; None: a gap
    school_words: str
    family: tuple[FamilyTime, ...] | None
    history: tuple[tuple[str, str, str], ...] | None  # (placement, dates, why it ended)
    risk: dict
    health: str | None
    age: int | None = None  # given only when the date of birth is not known
    ident: str = ""
    gender_words: str = ""
    no_contact: tuple[tuple[str, str], ...] = ()  # (who, why)
    family_words: str = ""  # when family time is written in one phrase
    history_words: str = ""  # the history in words
    known_as: str | None = None
    extra: dict = field(default_factory=dict)
    ethnicity: str = "White British"

    def words(self, short: str) -> str | None:
        return self.risk[short][1]

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def sex(self) -> str:
        if self.gender_words:
            return self.gender_words
        return {"female": "Female", "male": "Male", None: ""}[self.gender]


@dataclass(frozen=True)
class Spec:
    id: str
    slug: str
    layout: str
    suffix: str
    la_code: str
    la_name: str  # as the document names the LA
    domain: str  # email domain
    ref: str | None
    ref_label: str
    date: date | None
    worker: Person
    setting: str
    setting_words: str
    urgency: str | None  # only where the document says so in words or ticks
    urgency_words: str
    duration: str
    duration_words: str
    start: date | None
    start_words: str
    kids: tuple[Kid, ...]
    missing: tuple[str, ...] = ()
    others: tuple[Person, ...] = ()
    parent: str = ""  # the parent's part of a parent-and-child referral
    notes: dict = field(default_factory=dict)

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.suffix}"


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.date or TODAY)).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def _child_truth(kid: Kid) -> dict:
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
        "risks": {RISKS[short]: kid.state(short) for short in RISKS},
        "family_time": [
            {"with": item.with_, "frequency": item.frequency, "supervised": item.supervised}
            for item in kid.family or ()
        ],
        "no_contact_with": [who for who, _ in kid.no_contact],
    }
    extra = dict(kid.extra)
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if extra:
        child["extra"] = extra
    return child


def truth(spec: Spec) -> dict:
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date.isoformat() if spec.date else None,
        "social_worker": {
            "name": spec.worker.name,
            "email": spec.worker.email,
            "phone": spec.worker.phone,
        },
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start.isoformat() if spec.start else None,
            "needed_by": needed_by(spec),
        },
        "children": [_child_truth(kid) for kid in spec.kids],
        "unclear": [],
        "missing": list(spec.missing),
    }


def when(day: date, style: str) -> str:
    """A date the way one LA or another writes it."""
    ordinal = f"{day.day}{_suffix(day.day)}"
    return {
        "slash": f"{day:%d/%m/%Y}",
        "short": f"{day:%d/%m/%y}",
        "dot": f"{day.day}.{day.month}.{day:%y}",
        "long": f"{day.day} {day:%B %Y}",
        "ordinal": f"{ordinal} {day:%B %Y}",
        "weekday": f"{day:%A} {day.day} {day:%B %Y}",
        "iso": day.isoformat(),
        "us": f"{day:%B} {day.day}, {day.year}",
        "abbr": f"{day:%d-%b-%Y}",
        "dash": f"{day:%d-%m-%Y}",
        "mon": f"{day:%b} {ordinal} {day.year}",
        "wd_short": f"{day:%a} {day.day} {day:%b %y}",
    }[style]


def _suffix(number: int) -> str:
    if 10 < number % 100 < 14:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def age_on(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def risk_sentences(kid: Kid) -> list[str]:
    """The risks as prose: stated risks in their own words, then what is not known."""
    said = [kid.words(s) for s in RISKS if kid.state(s) != "none_known" and kid.words(s)]
    bare = [
        f"{RISK_LABELS[s]}: {STATE_WORDS[kid.state(s)].lower()}."
        for s in RISKS
        if kid.state(s) in ("present", "suspected") and not kid.words(s)
    ]
    nones = [s for s in RISKS if kid.state(s) == "none_known"]
    unstated = [s for s in RISKS if kid.state(s) == "not_stated"]
    closing = []
    if len(nones) == len(RISKS):
        closing = [f"There are no known risks for {kid.first}."]
    elif nones and not unstated:
        closing = ["No other risks are known."]
    elif nones:
        names = ", ".join(RISK_LABELS[s].lower() for s in nones)
        closing = [f"No known concerns about: {names}."]
    return said + bare + closing


def week_before(day: date) -> date:
    return day - timedelta(days=7)
