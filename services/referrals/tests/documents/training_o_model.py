"""training_o's referrals as data, and the truth each document carries.

A spec is one referral written by hand; its layout renders it, and ``truth`` derives the
``.expected.json`` from the same data. ``gaps`` writes the ``missing`` list from the
referral's own data (the sanity test compares it with completeness.py independently).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The eleven risks, each under a short name the specs use.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "sexual": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "cce_others": "to_others/criminal_exploitation",
}
UNDATED_FROM = date(2026, 11, 23)  # hearth_kit.clock.TEST_NOW's day
NO, BLANK = ("none_known", ""), ("not_stated", "")


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    gender: str | None  # male / female / other; None when the document does not say
    legal: str | None  # SSDA903 code; None when not given
    legal_words: str  # how the document says it
    dob: date | None = None
    age: int | None = None
    school: str | None = None  # the school's name (truth); None is a gap
    school_words: str = ""  # what the document writes (name plus year group, or the gap)
    family: tuple = ()  # ((with, frequency), ...) ; None below when not known
    family_known: bool = True
    family_words: str = ""
    no_contact: tuple = ()  # the document's words (the truth lowers them)
    history: tuple | None = ()  # one line per care placement, the current one included
    history_words: str = ""  # used when history is None or empty
    health: str = ""  # "" is a gap
    risk: dict = field(default_factory=dict)  # short -> (state, words)
    extra: dict = field(default_factory=dict)
    known_as: str | None = None

    def state(self, short: str) -> tuple[str, str]:
        return self.risk.get(short, NO)

    def words(self, short: str) -> str:
        state, words = self.state(short)
        return words if state in ("present", "suspected", "historical") else ""

    @property
    def risks_full(self) -> dict:
        return {short: self.state(short) for short in RISKS}


@dataclass(frozen=True)
class Worker:
    name: str
    email: str
    phone: str | None
    title: str = "Social Worker"
    team: str = ""


@dataclass(frozen=True)
class Spec:
    id: str
    slug: str
    layout: str
    la_code: str
    la_name: str  # as the document writes it
    ref: str | None
    sent: date | None  # the referral date
    worker: Worker
    setting: str
    urgency: str | None
    duration: str | None
    start: date | None
    start_words: str
    kids: tuple
    story: str = ""  # why a home is needed, in the writer's words
    other: dict = field(default_factory=dict)  # layout-specific people and facts
    parent: str = ""  # a parent-and-child referral's paragraph about the parent

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{FORMATS[self.layout]}"


FORMATS = {
    "impact_risk": "docx",
    "sgo_breakdown": "docx",
    "taf_closure": "docx",
    "matching_return": "docx",
    "dictated_letter": "pdf",
    "homeless_1617": "pdf",
    "health_assessment": "pdf",
    "panel_slides": "pdf",
    "returned_request": "eml",
    "on_behalf": "eml",
    "unregistered_exit": "eml",
    "brokerage_kv": "txt",
    "xml_export": "txt",
    "position_statement": "txt",
}


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.sent or UNDATED_FROM)).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The MISSING_TOPICS pointers this referral leaves open."""
    pointers = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        pointers += [f"{base}/legal_status"] if not kid.legal else []
        pointers += [f"{base}/gender"] if not kid.gender else []
        pointers += [f"{base}/date_of_birth"] if not kid.dob else []
        states = kid.risks_full
        if all(state == "not_stated" for state, _ in states.values()):
            pointers.append(f"{base}/risks")
        else:
            pointers += [
                f"{base}/risks/{RISKS[s]}" for s, (st, _) in states.items() if st == "not_stated"
            ]
        pointers += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s, (st, w) in states.items()
            if st in ("present", "suspected") and not w
        ]
        pointers += [f"{base}/family_time"] if not kid.family_known else []
        pointers += [f"{base}/placement_history"] if kid.history is None else []
        pointers += [f"{base}/school"] if not kid.school else []
        pointers += [f"{base}/health_needs"] if not kid.health else []
    return sorted(pointers)


def truth(spec: Spec) -> dict:
    children = []
    for kid in spec.kids:
        extra = dict(kid.extra)
        if kid.known_as:
            extra["known_as"] = kid.known_as
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob.isoformat() if kid.dob else None,
            "age_years": None if kid.dob else kid.age,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": len(kid.family) if kid.family_known else None,
            "family_time": [{"with": w, "frequency": f} for w, f in kid.family]
            if kid.family_known
            else [],
            "no_contact_with": [name.lower() for name in kid.no_contact],
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[s]: state for s, (state, _) in kid.risks_full.items()},
        }
        if extra:
            child["extra"] = extra
        children.append(child)
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.sent.isoformat() if spec.sent else None,
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
        "children": children,
        "missing": gaps(spec),
        "unclear": [],
    }
