"""training_s's model: the referral a document describes, and the truth derived from it.

Written without reading the document reader. A ``Spec`` is one referral; its layout
renders it in that layout's own words; ``truth`` derives the expected JSON, and ``gaps``
the ``missing`` list from the referral's own data (not from ``completeness.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_kit.clock import TEST_NOW

TODAY = TEST_NOW.date()

# Short names used in the specs -> the contract's risk keys.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "sub": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "mfh": "to_child/missing",
    "hurt": "to_others/physical_harm",
    "shb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "pets": "to_others/harm_to_animals",
    "cceo": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
LEGAL = {"C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"}


_NEXT = re.compile(r";\s*(?=(?:" + "|".join(RISKS) + r")\s+[PHSN-](?::|;|\s*$))")


def risks(notation: str = "") -> dict[str, tuple[str, str]]:
    """``"sh H: cut in 2024; none since; fire -"``: P/H/S/N/- then the document's words
    (a ``;`` inside the words is kept unless a risk's short name and state follow it).

    Risks not named are none known (the document says no)."""
    out = {short: ("none_known", "") for short in RISKS}
    for part in filter(None, (p.strip() for p in _NEXT.split(notation))):
        head, _, words = part.partition(":")
        short, code = head.split()
        assert short in RISKS, short
        out[short] = (STATES[code], words.strip())
    return out


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None
    phone: str | None = None
    role: str = ""


@dataclass(frozen=True)
class Visit:
    """One family-time arrangement: with whom (the document's word), how often, as written."""

    who: str
    frequency: str
    words: str


@dataclass
class Kid:
    first: str
    last: str
    gender: str | None  # male / female / other; None = not said (a gap)
    dob: date | None = None
    age: int | None = None
    legal: str | None = None  # SSDA903 code; None = a gap said in words
    legal_words: str = ""
    school: str | None = None
    school_words: str = ""  # how the document gives it when it differs (or the gap's words)
    family: list[Visit] | None = field(default_factory=list)
    family_words: str = ""  # the words for no family time, or for a gap
    no_contact: list[str] = field(default_factory=list)
    history: list[str] | None = field(default_factory=list)
    history_words: str = ""  # the words for an empty history, or for a gap
    health: str | None = None
    risk: dict[str, tuple[str, str]] = field(default_factory=risks)
    known_as: str | None = None
    allergies: str | None = None  # the words; "None known" or a named allergy; None unsaid
    needs: str = ""  # other words the layout may print (likes, diagnosis, year group)

    def __post_init__(self) -> None:
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal is None or self.legal in LEGAL, self.legal
        assert self.family is None or self.family or self.family_words, self.first
        assert self.history is None or self.history or self.history_words, self.first
        assert self.gender in (None, "male", "female", "other")

    def words(self, short: str) -> str | None:
        return self.risk[short][1] or None

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def dob_text(self, style: str = "%d/%m/%Y") -> str:
        return self.dob.strftime(style) if self.dob else ""


@dataclass
class Spec:
    id: str
    layout: str
    slug: str
    ext: str
    la_code: str | None
    ref: str | None
    date: date | None
    sw: Person | None
    kids: list[Kid]
    setting: str | None = "fostering"
    urgency: str | None = None
    duration: str | None = None
    start: date | None = None
    start_words: str = ""  # the words for a missing start
    parent: Person | None = None  # parent-and-child: the parent (name, role = age words)
    parent_risks: str = ""  # the parent's own history, in the document's words
    others: dict[str, Person] = field(default_factory=dict)  # distractor people
    notes: dict[str, str] = field(default_factory=dict)  # layout-specific words
    needs_ocr: bool = False

    def __post_init__(self) -> None:
        assert self.la_code is None or self.la_code in LOCAL_AUTHORITIES, self.la_code
        if self.setting == "parent_and_child":
            assert self.parent and len(self.kids) == 1, self.id

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.ext}"

    @property
    def la(self) -> str:
        return LOCAL_AUTHORITIES[self.la_code] if self.la_code else ""


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.date or TODAY)).days
    assert days >= 0, spec.id
    return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """What the referral does not say, in ``scoring.MISSING_TOPICS``'s pointers."""
    if spec.needs_ocr:
        return []
    out = [] if spec.start is not None else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        out += [f"{base}/legal_status"] if kid.legal is None else []
        out += [f"{base}/gender"] if kid.gender is None else []
        out += [f"{base}/date_of_birth"] if kid.dob is None else []
        unstated = [s for s in RISKS if kid.state(s) == "not_stated"]
        if len(unstated) == len(RISKS):
            out.append(f"{base}/risks")
        else:
            out += [f"{base}/risks/{RISKS[s]}" for s in unstated]
        out += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s in RISKS
            if kid.state(s) in ("present", "suspected") and not kid.words(s)
        ]
        out += [f"{base}/family_time"] if kid.family is None else []
        out += [f"{base}/placement_history"] if kid.history is None else []
        out += [f"{base}/school"] if kid.school is None else []
        out += [f"{base}/health_needs"] if not kid.health else []
    return sorted(out)


def truth(spec: Spec) -> dict:
    if spec.needs_ocr:
        return {
            "file": spec.file,
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
    children = []
    for kid in spec.kids:
        extra: dict = {}
        if kid.known_as:
            extra["known_as"] = kid.known_as
        if kid.allergies is not None:
            extra["allergies"] = kid.allergies.lower() != "none known"
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
            "risks": {RISKS[s]: kid.state(s) for s in RISKS},
            "family_time": [{"with": v.who, "frequency": v.frequency} for v in kid.family or []],
            "no_contact_with": [name.lower() for name in kid.no_contact],
        }
        if extra:
            child["extra"] = extra
        children.append(child)
    sw = spec.sw
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date.isoformat() if spec.date else None,
        "social_worker": {
            "name": sw.name if sw else None,
            "email": sw.email if sw else None,
            "phone": sw.phone if sw else None,
        },
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start.isoformat() if spec.start else None,
            "needed_by": needed_by(spec),
        },
        "children": children,
        "missing": gaps(spec),
        "unclear": [],
    }
