"""The model of training_z: a referral as written by hand, and the truth a careful officer
would record from it.

A ``Kid`` carries the document's own words beside the truth's values; ``risks()`` reads the
notation ``"sh P: words | fire H: words"`` (P present, H historical, S suspected, N none
known, ``-`` not stated; risks not named take ``rest``). ``gaps()`` writes each ``missing``
list from the referral's own data, independently of ``completeness.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES

__all__ = ["RISKS", "Kid", "Parent", "Spec", "Worker", "risks", "truth"]

RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "sub": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "mis": "to_child/missing",
    "vio": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "ani": "to_others/harm_to_animals",
    "rec": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
LEGAL = {"C1", "C2", "V2", "V3", "L1", "L2", "J1", "J2", "E1"}
FREQUENCIES = {
    "daily",
    "several_times_a_week",
    "weekly",
    "fortnightly",
    "monthly",
    "less_often",
    "to_be_agreed",
}


def risks(notation: str = "", rest: str = "N") -> dict[str, tuple[str, str]]:
    """Every risk's (state, words) from the notation; unnamed risks take ``rest``."""
    found: dict[str, tuple[str, str]] = {}
    for part in filter(None, (p.strip() for p in notation.split("|"))):
        head, _, words = part.partition(":")
        short, letter = head.split()
        assert short in RISKS and short not in found, short
        found[short] = (STATES[letter], words.strip())
    return {short: found.get(short, (STATES[rest], "")) for short in RISKS}


@dataclass(frozen=True)
class Worker:
    name: str
    email: str
    phone: str | None


@dataclass(frozen=True)
class Parent:
    name: str
    words: str  # what the document says about the parent (her own history is hers)


@dataclass
class Kid:
    first: str
    last: str
    dob: str | None = None
    age: int | None = None
    gender: str | None = "female"
    legal: str | None = "C1"
    legal_words: str = "Interim care order"
    school: str | None = None
    school_words: str = ""
    family: list[tuple[str, str]] | None = field(default_factory=list)
    family_words: str = ""
    no_contact: tuple[str, ...] = ()
    history: int | None = 0
    history_words: str = ""
    health: str | None = "No health needs known"
    risk: dict[str, tuple[str, str]] = field(default_factory=risks)
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal is None or self.legal in LEGAL, self.legal
        assert all(freq in FREQUENCIES for _, freq in self.family or []), self.first
        if not self.school_words:
            self.school_words = self.school or ""

    def words(self, short: str) -> str:
        return self.risk[short][1]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Spec:
    id: str
    layout: str
    ext: str
    la_code: str | None
    ref: str | None
    date: str | None
    worker: Worker | None
    setting: str | None
    urgency: str | None
    duration: str | None
    start: str | None
    kids: list[Kid]
    request: str = ""  # the document's words for what is asked
    start_words: str = ""
    parent: Parent | None = None
    bits: dict = field(default_factory=dict)  # layout-specific words (distractors, notes)
    needs_ocr: bool = False

    def __post_init__(self) -> None:
        assert self.la_code is None or self.la_code in LOCAL_AUTHORITIES, self.la_code
        assert self.date is not None or self.start is None, self.id
        assert (self.setting == "parent_and_child") == (self.parent is not None), self.id
        if self.parent:
            assert len(self.kids) == 1, self.id

    @property
    def file(self) -> str:
        return f"{self.id}-{self.layout}.{self.ext}"


def _needed_by(spec: Spec) -> str | None:
    if spec.start is None or spec.date is None:
        return None
    days = (date.fromisoformat(spec.start) - date.fromisoformat(spec.date)).days
    assert days >= 0, spec.id
    return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The questions the referral's own data raises (within the scorer's topics)."""
    if spec.needs_ocr:
        return []
    found = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        found += [f"{base}/legal_status"] if kid.legal is None else []
        found += [f"{base}/gender"] if kid.gender is None else []
        found += [f"{base}/date_of_birth"] if kid.dob is None else []
        unstated = [s for s, (state, _) in kid.risk.items() if state == "not_stated"]
        if len(unstated) == len(RISKS):
            found.append(f"{base}/risks")
        else:
            found += [f"{base}/risks/{RISKS[s]}" for s in unstated]
        found += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s, (state, words) in kid.risk.items()
            if state in ("present", "suspected") and not words
        ]
        found += [f"{base}/family_time"] if kid.family is None else []
        found += [f"{base}/placement_history"] if kid.history is None else []
        found += [f"{base}/school"] if kid.school is None else []
        found += [f"{base}/health_needs"] if not kid.health else []
    return sorted(found)


def _child(kid: Kid) -> dict:
    family = kid.family
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": kid.dob,
        "age_years": kid.age,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if family is None else len(family),
        "placement_history_count": kid.history,
        "risks": {RISKS[s]: state for s, (state, _) in kid.risk.items()},
        "family_time": [{"with": who, "frequency": freq} for who, freq in family or []],
        "no_contact_with": list(kid.no_contact),
    }
    if kid.extra:
        child["extra"] = dict(kid.extra)
    return child


def truth(spec: Spec) -> dict:
    """The truth file: what a careful officer records from the document."""
    worker = spec.worker
    answer = {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date,
        "social_worker": {
            "name": worker.name if worker else None,
            "email": worker.email if worker else None,
            "phone": worker.phone if worker else None,
        },
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start,
            "needed_by": _needed_by(spec),
        },
        "children": [_child(kid) for kid in spec.kids],
        "missing": gaps(spec),
        "unclear": [],
    }
    if spec.needs_ocr:
        answer["needs_ocr"] = True
    return answer
