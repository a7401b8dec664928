"""training_q's referrals as data, and the truth each document's reader should return.

A spec is written by hand (``training_q_specs*.py``); the layouts render it in their own
words; ``truth`` derives the expected draft from it, and ``gaps`` writes each ``missing``
list from the referral's own data (the sanity test compares it with ``completeness.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["RISKS", "STATES", "Kid", "Parent", "Person", "Spec", "Visit", "gaps", "risks", "truth"]

# Short name -> the draft's risk key (group/name); every layout names all eleven.
RISKS = {
    "dsh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "exploits": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
# An undated referral's "needed by" is counted from the day the set says it arrived.
ARRIVED = date(2026, 11, 23)


def risks(text: str = "") -> dict[str, tuple[str, str]]:
    """``"dsh P: cuts her arms; fire -"`` -> every risk's (state, words); unnamed are none."""
    found = {short: ("none_known", "") for short in RISKS}
    # A new item starts at "; <short> <code>", so the words may hold semicolons.
    starts = re.compile(rf";\s*(?=(?:{'|'.join(RISKS)}) [PHSN-](?::|\s*$|\s*;))")
    for item in filter(None, (part.strip() for part in starts.split(text))):
        head, _, words = item.partition(":")
        short, code = head.split()
        assert short in RISKS, short
        found[short] = (STATES[code], words.strip())
    return found


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None
    phone: str | None = None
    role: str = ""


@dataclass(frozen=True)
class Visit:
    """One family-time arrangement: ``with_`` is the document's word for the person."""

    with_: str
    frequency: str
    text: str  # how the document says it; contains ``with_``

    def __post_init__(self):
        assert self.with_.lower() in self.text.lower(), self


@dataclass(frozen=True)
class Parent:
    name: str
    relation: str  # "mother", "father"
    age: int
    history: str  # the parent's own history: theirs, never the baby's


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    gender: str | None  # "male", "female", None when the document does not say
    dob: date | None = None
    age: int | None = None
    legal: str | None = None  # SSDA903 code, None when it is a gap
    legal_words: str = ""  # the document's words for a gap ("to be confirmed ...")
    school: str | None = None  # the school's name, or the document's short words
    school_words: str = ""  # how the document gives it ("Park View Academy (Year 9)")
    health: str | None = None
    family: tuple[Visit, ...] | None = ()
    family_words: str = ""  # no family time, or the gap ("TBC")
    no_contact: tuple[str, ...] = ()
    history: tuple[str, ...] | None = ()  # care placements, the current one included
    history_words: str = ""  # "first time in care", or the gap
    risk: dict[str, tuple[str, str]] = field(default_factory=risks)
    known_as: str | None = None
    allergies: str | None = None  # named allergy; "" = none known; None = not said
    disabilities: tuple[str, ...] = ()
    about: str = ""  # a sentence or two about the child

    def __post_init__(self):
        assert (self.dob is None) != (self.age is None), self.first
        if self.legal is None:
            assert self.legal_words, self.first
        if self.family == ():
            assert self.family_words, self.first  # why there is none
        if self.history == ():
            assert self.history_words, self.first  # "first time in care"
        if self.school:
            assert self.school in (self.school_words or self.school), self.first

    def words(self, short: str) -> str | None:
        return self.risk[short][1] or None

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Spec:
    id: str
    layout: str
    la_code: str | None = None
    la_name: str = ""  # how the document names its LA (heading, domain, abbreviation)
    la_reference: str | None = None
    referral_date: date | None = None
    worker: Person = Person("")
    setting: str | None = "fostering"
    urgency: str | None = None
    duration: str | None = None
    start: date | None = None
    start_words: str = ""  # the gap ("once a match is found") or how the start is said
    kids: tuple[Kid, ...] = ()
    parent: Parent | None = None
    people: dict[str, Person] = field(default_factory=dict)  # others who write or sign
    story: str = ""  # why the child needs a home, in the writer's words
    note: str = ""  # anything else the layout says

    @property
    def needed_by(self) -> str | None:
        if self.start is None:
            return None
        days = (self.start - (self.referral_date or ARRIVED)).days
        assert days >= 0, self.id
        return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def _child_gaps(kid: Kid, base: str) -> list[str]:
    found = []
    if kid.legal is None:
        found.append(f"{base}/legal_status")
    if kid.gender is None:
        found.append(f"{base}/gender")
    if kid.dob is None:
        found.append(f"{base}/date_of_birth")
    unstated = [short for short in RISKS if kid.state(short) == "not_stated"]
    if len(unstated) == len(RISKS):
        found.append(f"{base}/risks")
    else:
        found += [f"{base}/risks/{RISKS[short]}" for short in unstated]
    for short in RISKS:
        if kid.state(short) in ("present", "suspected") and not kid.words(short):
            found.append(f"{base}/risks/{RISKS[short]}/detail")
    if kid.family is None:
        found.append(f"{base}/family_time")
    if kid.history is None:
        found.append(f"{base}/placement_history")
    if not kid.school:
        found.append(f"{base}/school")
    if not kid.health:
        found.append(f"{base}/health_needs")
    return found


def gaps(spec: Spec) -> list[str]:
    """What the LA should be asked, from the referral's own data (not from completeness.py)."""
    if spec.layout == "image_scan":
        return []
    found = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        found += _child_gaps(kid, f"/children/{index}")
    return sorted(found)


def _child_truth(kid: Kid) -> dict:
    extra: dict = {}
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if kid.allergies is not None:
        extra["allergies"] = bool(kid.allergies)
    if kid.disabilities:
        extra["disabilities"] = list(kid.disabilities)
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": kid.dob.isoformat() if kid.dob else None,
        "age_years": None if kid.dob else kid.age,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if kid.family is None else len(kid.family),
        "family_time": [
            {"with": visit.with_.lower(), "frequency": visit.frequency}
            for visit in kid.family or ()
        ],
        "no_contact_with": [name.lower() for name in kid.no_contact],
        "placement_history_count": None if kid.history is None else len(kid.history),
        "risks": {key: kid.state(short) for short, key in RISKS.items()},
    }
    if extra:
        child["extra"] = extra
    return child


def truth(spec: Spec, file: str) -> dict:
    """The draft a flawless reader returns for this document, in the scorer's shape."""
    if spec.layout == "image_scan":
        return {
            "file": file,
            "needs_ocr": True,
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
        }
    worker = spec.worker
    return {
        "file": file,
        "la_code": spec.la_code,
        "la_reference": spec.la_reference,
        "referral_date": spec.referral_date.isoformat() if spec.referral_date else None,
        "social_worker": {"name": worker.name, "email": worker.email, "phone": worker.phone},
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start.isoformat() if spec.start else None,
            "needed_by": spec.needed_by,
        },
        "children": [_child_truth(kid) for kid in spec.kids],
        "missing": gaps(spec),
        "unclear": [],
    }
