"""The model of training_u's referrals: children, referrals, risks, and the truth they give.

Each referral is written by hand as data (``training_u_specs*.py``); the layouts
(``training_u_layouts*.py``) render it, and ``truth`` derives the expected JSON from the same
data. ``gaps`` writes the ``missing`` list from the referral's own data, independently of
``completeness.py`` (the sanity test compares the two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES

__all__ = ["RISKS", "Kid", "Parent", "Spec", "gaps", "risks", "truth"]

# The eleven risks: a short name used in the specs, and the truth's key.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "miss": "to_child/missing",
    "viol": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
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
LEGAL = {"C1", "C2", "V2", "V3", "V4", "L1", "L2", "J1", "J2", "E1"}
FREQUENCIES = {
    "daily",
    "several_times_a_week",
    "weekly",
    "fortnightly",
    "monthly",
    "less_often",
    "to_be_agreed",
}


def risks(text: str, rest: str = "N") -> dict[str, tuple[str, str]]:
    """``"sh P: cuts to arms | fire H: bin fire 2024"``: state letter and the document's words.

    Risks not named take ``rest`` (none known unless ``rest="-"``, not stated).
    """
    found: dict[str, tuple[str, str]] = {}
    for part in filter(None, (p.strip() for p in text.split("|"))):
        head, _, words = part.partition(":")
        short, letter = head.split()
        assert short in RISKS and short not in found, short
        found[short] = (STATES[letter], words.strip())
    return {short: found.get(short, (STATES[rest], "")) for short in RISKS}


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    gender: str | None  # "male" / "female"; None = not stated
    dob: str | None = None  # ISO; None when only an age is given
    age: int | None = None
    legal: str | None = None  # SSDA903 code; None = not stated
    legal_words: str = ""  # how the document says it (or why it is not known)
    school: str | None = None  # the school's name alone
    school_words: str = ""  # what the document writes (name with year group, or the gap)
    family: tuple[tuple[str, str, str], ...] | None = ()  # (with, frequency, words); None = gap
    family_words: str = ""  # why there is none, or the gap's words
    no_contact: tuple[str, ...] = ()  # lower case, the name as written
    history: tuple[str, ...] | None = ()  # care rows, the current one included; None = gap
    history_words: str = ""  # why the history is empty, or the gap's words
    health: str = ""  # "" = not described
    risk: dict[str, tuple[str, str]] = field(default_factory=dict)
    known_as: str | None = None
    allergy: str | None = None  # the document's words; "None known" = none
    communication: tuple[str, ...] = ()  # CommunicationRequirement values the document names

    def __post_init__(self) -> None:
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal is None or self.legal in LEGAL, self.legal
        assert set(self.risk) == set(RISKS), self.first
        for _, frequency, _ in self.family or ():
            assert frequency in FREQUENCIES, frequency
        if self.family == ():
            assert self.family_words, f"{self.first}: no family time needs its reason"
        if self.history == ():
            assert self.history_words, f"{self.first}: an empty history needs its reason"

    def words(self, short: str) -> str:
        return self.risk[short][1]

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Parent:
    """The parent in a parent-and-child referral: their own history is theirs."""

    name: str
    age: int
    about: str


@dataclass(frozen=True)
class Spec:
    id: str
    slug: str
    layout: str
    ext: str
    la_code: str | None
    ref: str | None
    date: str | None  # the referral date (ISO); None = undated
    worker: tuple[str, str, str | None] | None  # name, email, phone as written
    setting: str | None
    urgency: str | None
    duration: str | None
    start: str | None  # ISO; None = not given
    start_words: str  # how the document says when
    kids: tuple[Kid, ...]
    parent: Parent | None = None
    more: dict = field(default_factory=dict)  # the layout's own distractors and wording

    def __post_init__(self) -> None:
        if self.layout == "image_scan":
            return
        assert self.la_code in LOCAL_AUTHORITIES, self.la_code
        assert self.kids
        if self.setting == "parent_and_child":
            assert self.parent and len(self.kids) == 1, self.id
        if self.date is None:
            assert self.start is None, self.id

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.ext}"

    @property
    def la_name(self) -> str:
        return LOCAL_AUTHORITIES[self.la_code]


def _needed_by(spec: Spec) -> str | None:
    if spec.start is None or spec.date is None:
        return None
    days = (date.fromisoformat(spec.start) - date.fromisoformat(spec.date)).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The questions the referral leaves open, from its own data."""
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


def _child(kid: Kid) -> dict:
    extra: dict = {}
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if kid.allergy:
        extra["allergies"] = kid.allergy.lower() != "none known"
    if kid.communication:
        extra["communication_requirements"] = list(kid.communication)
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": kid.dob,
        "age_years": kid.age,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if kid.family is None else len(kid.family),
        "placement_history_count": None if kid.history is None else len(kid.history),
        "family_time": [{"with": w, "frequency": f} for w, f, _ in kid.family or ()],
        "no_contact_with": list(kid.no_contact),
        "risks": {RISKS[short]: state for short, (state, _) in kid.risk.items()},
    }
    if extra:
        child["extra"] = extra
    return child


def truth(spec: Spec) -> dict:
    """The expected reading of the document."""
    if spec.layout == "image_scan":
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
    name, mail, phone = spec.worker
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date,
        "social_worker": {"name": name, "email": mail, "phone": phone},
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
