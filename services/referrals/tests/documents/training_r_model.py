"""training_r's referrals as data, and the truth each document's file is judged by.

A ``Spec`` is one referral as its document states it; ``truth`` turns it into the
``.expected.json`` fields ``scoring.py`` reads, and ``gaps`` writes the ``missing`` list
from the referral's own data (the sanity test compares it with ``completeness.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_kit.clock import TEST_NOW

__all__ = ["RISKS", "STATES", "Kid", "Person", "Spec", "gaps", "risks", "truth"]

# The eleven risks by the short names the specs use, in the contract's order.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "ed": "to_child/eating_disorder",
    "miss": "to_child/missing",
    "phys": "to_others/physical_harm",
    "sexh": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "cceo": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
UNDATED_FROM = TEST_NOW.date()


def risks(notation: str = "") -> dict[str, tuple[str, str]]:
    """``"sh P: cuts to arms; fire -"``: each named risk's state and words; the rest none known."""
    stated = {short: ("none_known", "") for short in RISKS}
    for part in filter(None, (p.strip() for p in notation.split(";"))):
        head, _, words = part.partition(":")
        short, code = head.split()
        assert short in RISKS, short
        stated[short] = (STATES[code], words.strip())
    return stated


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None
    phone: str | None = None
    role: str = ""


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    dob: date | None = None
    age: int | None = None
    gender: str | None = None  # "female", "male" or None (not stated)
    legal: str | None = None  # SSDA903 code, None when the document leaves it open
    legal_words: str = ""  # how the document puts it
    school: str | None = None  # the school answer; None is a gap
    family: tuple[tuple[str, str, str], ...] | None = ()  # (with, frequency, the words)
    family_words: str = ""  # why there is none, or why it is a gap
    no_contact: tuple[str, ...] = ()
    history: tuple[str, ...] | None = ()  # one row per placement, the current one included
    history_words: str = ""  # why empty, or why a gap
    health: str | None = None
    risk: dict[str, tuple[str, str]] = field(default_factory=risks)
    known_as: str | None = None
    allergies: str | None = None  # the document's words; None when not said

    def __post_init__(self) -> None:
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal or self.legal_words, f"{self.first}: say the legal-status gap"
        for who, _, words in self.family or ():
            assert who in words, (self.first, who)
        if self.family == ():
            assert self.family_words, f"{self.first}: say why there is no family time"
        if self.history == ():
            assert self.history_words, f"{self.first}: say why there is no history"

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
    slug: str
    la_code: str
    la_text: str  # how the document names its LA (heading, abbreviation, domain ...)
    reference: str | None
    date: date | None
    worker: Person
    setting: str
    setting_words: str
    kids: tuple[Kid, ...]
    urgency: str | None = None
    duration: str | None = None
    start: date | None = None
    start_words: str = ""  # a start given in words only (a gap)
    others: tuple[Person, ...] = ()  # authors, senders, managers: never the worker
    current: str = ""  # the current placement in the document's words
    story: str = ""
    parent: str = ""  # a parent-and-child referral's parent, in the document's words
    needs_ocr: bool = False

    def __post_init__(self) -> None:
        assert self.la_code in LOCAL_AUTHORITIES, self.la_code
        assert self.worker.email or self.worker.phone or self.needs_ocr
        if self.setting == "parent_and_child":
            assert self.parent and len(self.kids) == 1, self.id
        if self.start is None and not self.needs_ocr:
            assert self.start_words, f"{self.id}: say the missing start in words"

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}"


def _needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.date or UNDATED_FROM)).days
    assert days >= 0, spec.id
    return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _child(kid: Kid) -> dict:
    extra: dict = {}
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if kid.allergies is not None:
        extra["allergies"] = kid.allergies.lower() not in ("none known", "nil known", "none")
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": _iso(kid.dob),
        "age_years": kid.age,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if kid.family is None else len(kid.family),
        "family_time": [{"with": who, "frequency": often} for who, often, _ in kid.family or ()],
        "no_contact_with": [name.lower() for name in kid.no_contact],
        "placement_history_count": None if kid.history is None else len(kid.history),
        "risks": {RISKS[short]: state for short, (state, _) in kid.risk.items()},
    }
    if extra:
        child["extra"] = extra
    return child


def gaps(spec: Spec) -> list[str]:
    """What the referral leaves unsaid, written from its own data."""
    if spec.needs_ocr:
        return []
    found = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        found += [f"{base}/legal_status"] if kid.legal is None else []
        found += [f"{base}/gender"] if kid.gender is None else []
        found += [f"{base}/date_of_birth"] if kid.dob is None else []
        unstated = [s for s in RISKS if kid.state(s) == "not_stated"]
        if len(unstated) == len(RISKS):
            found.append(f"{base}/risks")
        else:
            found += [f"{base}/risks/{RISKS[s]}" for s in unstated]
        found += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s in RISKS
            if kid.state(s) in ("present", "suspected") and not kid.words(s)
        ]
        found += [f"{base}/family_time"] if kid.family is None else []
        found += [f"{base}/placement_history"] if kid.history is None else []
        found += [f"{base}/school"] if kid.school is None else []
        found += [f"{base}/health_needs"] if not kid.health else []
    return sorted(found)


def truth(spec: Spec) -> dict:
    """The ``.expected.json`` for one document."""
    if spec.needs_ocr:
        return {
            "file": spec.file,
            "la_code": None,
            "la_reference": None,
            "referral_date": None,
            "social_worker": {"name": None, "email": None, "phone": None},
            "placement": {
                "setting": None,
                "urgency": None,
                "duration": None,
                "start_date": None,
                "needed_by": None,
            },
            "children": [],
            "missing": [],
            "unclear": [],
            "needs_ocr": True,
        }
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.reference,
        "referral_date": _iso(spec.date),
        "social_worker": {
            "name": spec.worker.name,
            "email": spec.worker.email,
            "phone": spec.worker.phone,
        },
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": _iso(spec.start),
            "needed_by": _needed_by(spec),
        },
        "children": [_child(kid) for kid in spec.kids],
        "missing": gaps(spec),
        "unclear": [],
    }
