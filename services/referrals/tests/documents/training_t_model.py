"""The model of training_t: referrals written by hand, their truths and their gaps.

A risk line ``risks("sh P: words | fire -")`` gives each named risk a state (P present,
H historical, S suspected, N none known, ``-`` not stated) and the document's own words;
risks not named are none known unless ``rest="-"`` leaves them not stated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_contract.codes import LOCAL_AUTHORITIES

RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drug": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "miss": "to_child/missing",
    "phys": "to_others/physical_harm",
    "sex": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "anim": "to_others/harm_to_animals",
    "ccx": "to_others/criminal_exploitation",
}
STATES = {
    "P": "present",
    "H": "historical",
    "S": "suspected",
    "N": "none_known",
    "-": "not_stated",
}
LEGAL = {"C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"}


def risks(line: str, rest: str = "N") -> dict[str, tuple[str, str | None]]:
    """``"sh P: cuts her arms | fire -"`` -> {short: (state, words)}; others ``rest``."""
    out = {short: (STATES[rest], None) for short in RISKS}
    for part in filter(None, (p.strip() for p in line.split("|"))):
        head, _, words = part.partition(":")
        short, code = head.split()
        assert short in RISKS, short
        out[short] = (STATES[code], words.strip() or None)
    return out


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    dob: date | None = None
    age: int | None = None
    gender: str | None = None  # male / female / None (not stated)
    legal: str | None = None  # SSDA903 code, None = not given
    legal_words: str = ""  # the document's own words for it
    school: str | None = None  # the truth's name
    school_words: str = ""  # as the document writes it (defaults to school)
    family: tuple[tuple[str, str, str], ...] | None = ()  # (with, frequency, words); None gap
    family_words: str = ""  # the words when family is None or empty
    no_contact: tuple[str, ...] = ()
    history: tuple[str, ...] | None = ()  # rows; () = never looked after; None gap
    history_words: str = ""
    health: str | None = None
    risk: dict = field(default_factory=dict)
    known_as: str | None = None
    allergies: bool | None = None
    allergy_words: str = ""

    def __post_init__(self):
        assert (self.dob is None) != (self.age is None), self.first
        assert self.legal is None or self.legal in LEGAL
        assert (self.family == ()) <= bool(self.family_words)
        assert self.history != () or self.history_words or self.history is None
        assert len(self.risk) == len(RISKS)

    def words(self, short: str) -> str | None:
        return self.risk[short][1]

    def state(self, short: str) -> str:
        return self.risk[short][0]


@dataclass(frozen=True)
class Spec:
    id: str
    layout: str
    suffix: str
    slug: str
    la: str  # ONS code
    ref: str | None
    date: date | None
    worker: tuple[str, str, str | None]  # name, email, phone
    setting: str | None
    urgency: str | None
    duration: str | None
    start: date | None
    start_words: str
    kids: tuple[Kid, ...]
    parent: str = ""  # the parent's own line, parent-and-child referrals
    scan: bool = False
    note: str = ""  # free words (the panel's decision, a scan's lines)
    setting_words: str = ""
    plan_words: str = ""
    distractor: str = ""  # a date, number or people that are not the referral's
    correction: str = ""  # a reply above a quoted original that wins
    wrong_start: str = ""  # the quoted original's start, which the correction replaces
    dates: tuple[tuple[str, date], ...] = ()  # other dates the document shows

    def note_date(self, kind: str) -> date | None:
        return dict(self.dates).get(kind)

    def __post_init__(self):
        assert self.la in LOCAL_AUTHORITIES, self.la
        assert (self.setting == "parent_and_child") <= (len(self.kids) == 1 and bool(self.parent))

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}{self.suffix}"


def needed_by(spec: Spec) -> str | None:
    if spec.start is None or spec.date is None:
        return None
    days = (spec.start - spec.date).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The questions this referral's own data raise (independent of completeness.py)."""
    out: list[str] = []
    if spec.scan:
        return out
    if spec.start is None:
        out.append("/placement/start_date")
    for i, kid in enumerate(spec.kids):
        base = f"/children/{i}"
        if kid.legal is None:
            out.append(f"{base}/legal_status")
        if kid.gender is None:
            out.append(f"{base}/gender")
        if kid.dob is None:
            out.append(f"{base}/date_of_birth")
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
        if kid.family is None:
            out.append(f"{base}/family_time")
        if kid.history is None:
            out.append(f"{base}/placement_history")
        if kid.school is None:
            out.append(f"{base}/school")
        if not kid.health:
            out.append(f"{base}/health_needs")
    return sorted(out)


def truth(spec: Spec) -> dict:
    if spec.scan:
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
    children = []
    for kid in spec.kids:
        extra = {}
        if kid.known_as:
            extra["known_as"] = kid.known_as
        if kid.allergies is not None:
            extra["allergies"] = kid.allergies
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob.isoformat() if kid.dob else None,
            "age_years": kid.age if kid.dob is None else None,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": None if kid.family is None else len(kid.family),
            "family_time": [{"with": w, "frequency": f} for w, f, _ in kid.family or ()],
            "no_contact_with": [n.lower() for n in kid.no_contact],
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[s]: kid.state(s) for s in RISKS},
        }
        if extra:
            child["extra"] = extra
        children.append(child)
    name, mail, phone = spec.worker
    return {
        "file": spec.file,
        "la_code": spec.la,
        "la_reference": spec.ref,
        "referral_date": spec.date.isoformat() if spec.date else None,
        "social_worker": {"name": name, "email": mail, "phone": phone},
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
