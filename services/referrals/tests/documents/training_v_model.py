"""The model of training_v: children, referrals, their truth and their real gaps.

A referral is written once as data (``Spec`` with its ``Kid`` list); each layout renders it
in its own words, and ``truth`` derives the ``.expected.json`` a careful placement officer
would record. ``gaps`` lists the questions the completeness rules should raise, written from
the referral's own data (the sanity test compares it with ``completeness.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_contract.referrals import FamilyTimeFrequency

__all__ = ["RISKS", "Kid", "Parent", "Spec", "Worker", "gaps", "risks", "truth"]

# Short names of the eleven risks, in the Placements Standard's order.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "recruit": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
LEGAL = {"C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2"}
DURATIONS = {None, "respite", "short_term", "long_term", "permanence"}
SETTINGS = {"fostering", "residential", "parent_and_child", "secure", "supported_accommodation"}


def risks(notation: str = "", rest: str = "N") -> dict[str, tuple[str, str]]:
    """``"sh P: cuts to arms | fire H: set a bin alight in 2024"``; unnamed risks are ``rest``."""
    table = {short: (STATES[rest], "") for short in RISKS}
    for item in filter(None, (part.strip() for part in notation.split("|"))):
        head, _, words = item.partition(":")
        short, code = head.split()
        assert short in RISKS, short
        table[short] = (STATES[code], words.strip())
    return table


@dataclass(frozen=True)
class Worker:
    name: str
    email: str
    phone: str | None = None


@dataclass
class Kid:
    """One child as the document describes them (the ``*_words`` are the document's own)."""

    first: str
    last: str | None
    gender: str | None  # "male", "female" or None (not stated)
    dob: str | None = None  # ISO; or ``age`` alone
    age: int | None = None
    legal: str | None = None
    legal_words: str = ""
    school: str | None = None  # the name a careful reader records
    school_words: str = ""  # as written (may carry the year group or a remark)
    family: list[tuple[str, str, str]] | None = None  # (with, frequency, words)
    family_words: str = ""  # when ``family`` is empty or None: what the document says
    no_contact: list[str] = field(default_factory=list)
    no_contact_words: str = ""
    history: int | None = None
    history_words: str = ""
    health: str = ""
    risk: dict[str, tuple[str, str]] = field(default_factory=risks)
    known_as: str | None = None
    allergies: str | None = None  # the document's words; "None known" or a named allergy
    comms: list[str] | None = None  # CommunicationRequirement values the document states
    comms_words: str = ""
    extra_words: str = ""  # free text a layout may print (interests, needs)

    def __post_init__(self) -> None:
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal is None or self.legal in LEGAL, self.legal
        frequencies = {item.value for item in FamilyTimeFrequency}
        assert all(freq in frequencies for _, freq, _ in self.family or []), self.first
        if self.family == []:
            assert self.family_words, self.first  # no family time says why
        if self.history == 0:
            assert self.history_words, self.first  # an empty history says so
        for who, _, words in self.family or []:
            assert who.lower() in words.lower(), who
        for name in self.no_contact:
            assert name == name.lower() and name in self.no_contact_words.lower(), name
        self.school_words = self.school_words or (self.school or "")
        self.legal_words = self.legal_words or ""

    def words(self, short: str) -> str:
        return self.risk[short][1]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}" if self.last else self.first


@dataclass(frozen=True)
class Parent:
    name: str
    age: int
    about: str  # the parent's own history: hers, never the baby's


@dataclass
class Spec:
    id: str
    layout: str
    ext: str
    slug: str
    la: str  # ONS code
    ref: str | None
    date: str | None  # the referral date, ISO, or None when the document has none
    worker: Worker
    setting: str
    urgency: str | None
    duration: str | None
    start: str | None
    start_words: str
    kids: list[Kid]
    parent: Parent | None = None
    more: dict = field(default_factory=dict)  # layout-specific distractors and words

    def __post_init__(self) -> None:
        assert self.la in LOCAL_AUTHORITIES, self.la
        assert self.setting in SETTINGS and self.duration in DURATIONS
        assert self.urgency in (None, "emergency", "planned")
        if self.date is None:
            assert self.start is None, self.id
        if self.setting == "parent_and_child":
            assert self.parent is not None and len(self.kids) == 1, self.id

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.ext}"

    @property
    def la_name(self) -> str:
        return LOCAL_AUTHORITIES[self.la]


def needed_by(spec: Spec) -> str | None:
    if spec.start is None or spec.date is None:
        return None
    days = (date.fromisoformat(spec.start) - date.fromisoformat(spec.date)).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The questions within ``MISSING_TOPICS`` the referral's own data leaves open."""
    missing = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        missing += [f"{base}/legal_status"] if kid.legal is None else []
        missing += [f"{base}/gender"] if kid.gender is None else []
        missing += [f"{base}/date_of_birth"] if kid.dob is None else []
        states = {short: state for short, (state, _) in kid.risk.items()}
        if all(state == "not_stated" for state in states.values()):
            missing.append(f"{base}/risks")
        else:
            for short, state in states.items():
                if state == "not_stated":
                    missing.append(f"{base}/risks/{RISKS[short]}")
            for short, (state, words) in kid.risk.items():
                if state in ("present", "suspected") and not words:
                    missing.append(f"{base}/risks/{RISKS[short]}/detail")
        missing += [f"{base}/family_time"] if kid.family is None else []
        missing += [f"{base}/placement_history"] if kid.history is None else []
        missing += [f"{base}/school"] if not kid.school else []
        missing += [f"{base}/health_needs"] if not kid.health else []
    return sorted(missing)


def _child(kid: Kid) -> dict:
    extra: dict = {}
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if kid.allergies is not None:
        extra["allergies"] = kid.allergies.lower() != "none known"
    if kid.comms is not None:
        extra["communication_requirements"] = list(kid.comms)
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": kid.dob,
        "age_years": kid.age,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if kid.family is None else len(kid.family),
        "placement_history_count": kid.history,
        "risks": {RISKS[short]: state for short, (state, _) in kid.risk.items()},
        "family_time": [{"with": who, "frequency": freq} for who, freq, _ in kid.family or []],
        "no_contact_with": list(kid.no_contact),
    }
    if extra:
        child["extra"] = extra
    return child


def truth(spec: Spec) -> dict:
    """What a careful placement officer reading the document would record."""
    if spec.more.get("scan"):
        return {
            "file": spec.file,
            "la_code": None,
            "la_reference": None,
            "referral_date": None,
            "social_worker": {"name": None, "email": None, "phone": None},
            "placement": dict.fromkeys(
                ("setting", "urgency", "duration", "start_date", "needed_by")
            ),
            "children": [],
            "missing": [],
            "unclear": [],
            "needs_ocr": True,
        }
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
        "children": [_child(kid) for kid in spec.kids],
        "missing": gaps(spec),
        "unclear": [],
    }
