"""The referral model behind training_g: what each document says, and its truth file.

A :class:`Ref` is one referral as the LA meant it; layouts render it in their own words
and the truth is derived from it. ``missing`` is derived here from what the referral
leaves out (a ``None`` field), by the label rules in training_g/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from hearth_kit.clock import TEST_NOW

TODAY = TEST_NOW.date()

RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "sub": "to_child/drug_alcohol",
    "ed": "to_child/eating_disorder",
    "mis": "to_child/missing",
    "phy": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "ani": "to_others/harm_to_animals",
    "exo": "to_others/criminal_exploitation",
}


def day(offset: int) -> date:
    """A date ``offset`` days after TEST_NOW's day (negative = before)."""
    return TODAY + timedelta(days=offset)


@dataclass
class Kid:
    first: str
    last: str
    dob: date | None
    gender: str | None  # male / female / other; None = not stated (a gap)
    legal: str | None  # SSDA903 code; None = a gap
    legal_text: str  # the document's own words
    school: str | None  # None = a gap
    health: str | None  # None = a gap
    ft: list[tuple[str, str, str]] | None  # (with, frequency, words); [] = none; None = gap
    history: list[tuple[str, str, str, str]] | None  # (from, to, type, why ended); None = gap
    risks: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # key: (state, words)
    no_contact: list[str] = field(default_factory=list)  # lower-case, as the truth holds them
    ft_words: str | None = None  # the family-time answer written as one sentence
    history_words: str | None = None  # the placement history written in words
    age: int | None = None  # stated age when the date of birth is not given
    background: str = ""  # a paragraph about the family (other people's risks live here)
    known_as: str | None = None
    gender_text: str | None = None
    school_words: str | None = None  # how the school answer reads (a year group after it)
    unstated: tuple[str, ...] = ()  # risk rows the document leaves blank

    def state(self, key: str) -> str:
        if key in self.unstated:
            return "not_stated"
        return self.risks.get(key, ("none_known", None))[0]

    def words(self, key: str) -> str | None:
        return self.risks.get(key, ("none_known", None))[1]


@dataclass
class Ref:
    id: str
    slug: str
    layout: str
    fmt: str  # docx / pdf / txt / eml
    la: str  # ONS code
    la_name: str  # how the LA is named on the document
    ref: str | None
    ref_label: str
    date: date | None
    sw: tuple[str, str | None, str | None]
    setting: str
    urgency: str
    duration: str
    start: date | None
    start_text: str | None = None  # the words when not a plain date ("ASAP", "TBC")
    kids: list[Kid] = field(default_factory=list)
    people: dict[str, tuple[str, str, str]] = field(
        default_factory=dict
    )  # role: (name, email, phone)
    parent: dict[str, str] = field(default_factory=dict)
    domain: str = ""  # the LA's email domain
    extra: dict[str, str] = field(default_factory=dict)  # layout-specific words
    risk_style: str = "grid_yn"


def age_on(born: date, when: date) -> int:
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def needed_by(ref: Ref) -> str | None:
    if ref.start is None:
        return None
    gap = (ref.start - (ref.date or TODAY)).days
    return "today" if gap <= 0 else "within_5_days" if gap <= 5 else "later"


def missing(ref: Ref) -> list[str]:
    """The MISSING_TOPICS pointers the document really leaves out."""
    out = [] if ref.start is not None else ["/placement/start_date"]
    for index, kid in enumerate(ref.kids):
        base = f"/children/{index}"
        if kid.legal is None:
            out.append(f"{base}/legal_status")
        if kid.gender is None:
            out.append(f"{base}/gender")
        if kid.dob is None:
            out.append(f"{base}/date_of_birth")
        if len(kid.unstated) == len(RISKS):
            out.append(f"{base}/risks")
        else:
            out += [f"{base}/risks/{RISKS[key]}" for key in RISKS if key in kid.unstated]
        for key in RISKS:
            state, words = kid.risks.get(key, ("none_known", None))
            if key not in kid.unstated and state in ("present", "suspected") and not words:
                out.append(f"{base}/risks/{RISKS[key]}/detail")
        if kid.ft is None:
            out.append(f"{base}/family_time")
        if kid.history is None:
            out.append(f"{base}/placement_history")
        if kid.school is None:
            out.append(f"{base}/school")
        if kid.health is None:
            out.append(f"{base}/health_needs")
    return out


def truth(ref: Ref, filename: str) -> dict:
    """The truth file, in the scorer's format (see training_g/README.md)."""
    when = ref.date or TODAY
    children = []
    for kid in ref.kids:
        age = age_on(kid.dob, when) if kid.dob else kid.age
        children.append(
            {
                "first_name": kid.first,
                "last_name": kid.last,
                "date_of_birth": kid.dob.isoformat() if kid.dob else None,
                "age_years": age,
                "gender": kid.gender,
                "legal_status": kid.legal,
                "school": kid.school,
                "family_time_count": None if kid.ft is None else len(kid.ft),
                "placement_history_count": None if kid.history is None else len(kid.history),
                "risks": {path: kid.state(key) for key, path in RISKS.items()},
                "family_time": [{"with": w, "frequency": f} for w, f, _ in kid.ft or []],
                "no_contact_with": list(kid.no_contact),
            }
        )
    worker_name, email, phone = ref.sw
    return {
        "file": filename,
        "la_code": ref.la,
        "la_reference": ref.ref,
        "referral_date": ref.date.isoformat() if ref.date else None,
        "social_worker": {"name": worker_name, "email": email, "phone": phone},
        "placement": {
            "setting": ref.setting,
            "urgency": ref.urgency,
            "duration": ref.duration,
            "start_date": ref.start.isoformat() if ref.start else None,
            "needed_by": needed_by(ref),
        },
        "children": children,
        "unclear": [],
        "missing": missing(ref),
    }
