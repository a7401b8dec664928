"""training_p's referrals as data: a child, a referral, and the truth each one implies.

The truth is derived from the referral written by hand in ``training_p_specs*.py``; the
``missing`` list is worked out here from the referral's own data (``gaps``), independently
of ``completeness.py``, which the sanity test then compares it with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hearth_kit.clock import TEST_NOW

__all__ = ["RISKS", "Kid", "Spec", "gaps", "needed_by", "truth"]

# Short names used in the specs, and the truth's keys.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "cce_others": "to_others/criminal_exploitation",
}
STATES = {"present", "historical", "suspected", "none_known", "not_stated"}
TODAY = TEST_NOW.date()


@dataclass(frozen=True)
class Kid:
    """One child as the document describes them; ``risk`` maps a short name to
    (state, the document's words); an area not listed is ``none_known`` with no words."""

    first: str
    last: str
    gender: str | None  # male / female / None when the document does not say
    dob: str | None = None  # ISO; None when only an age is given (or nothing)
    age: int | None = None
    legal: str | None = None  # SSDA903 code; None is a gap
    legal_words: str = ""
    school: str | None = None  # the truth's school (a name, or the document's short words)
    school_words: str = ""  # what the document prints (may add the year group)
    family: tuple[tuple[str, str, str], ...] | None = ()  # (with, frequency, words); None = gap
    family_words: str = ""  # what the document says when there is no arrangement or a gap
    no_contact: tuple[str, ...] = ()
    history: tuple[str, ...] | None = ()  # care placements, the current one included
    history_words: str = ""
    health: str = ""  # "" is a gap
    risk: dict = field(default_factory=dict)
    known_as: str | None = None
    allergies: bool | None = None
    allergy_words: str = ""
    disabilities: tuple[str, ...] = ()
    communication: tuple[str, ...] = ()
    communication_words: str = ""
    ethnicity: str = "White British"

    def __post_init__(self) -> None:
        assert (self.dob is None) or (self.age is None), self.first
        assert set(self.risk) <= set(RISKS), self.risk
        full = {short: ("none_known", None) for short in RISKS} | dict(self.risk)
        assert all(state in STATES for state, _ in full.values())
        object.__setattr__(self, "risk", full)

    def words(self, short: str) -> str | None:
        return self.risk[short][1]

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def school_text(self) -> str:
        return self.school_words or (self.school or "")


@dataclass(frozen=True)
class Worker:
    name: str
    email: str
    phone: str | None


@dataclass(frozen=True)
class Spec:
    """One referral document: who wrote it, what it asks for, and the children."""

    id: str
    slug: str
    layout: str
    la_code: str
    la_name: str
    reference: str | None
    date: str | None  # the referral date (ISO), None when undated
    worker: Worker
    setting: str
    urgency: str | None
    duration: str | None
    start: str | None  # ISO, None when the document gives no start date
    start_words: str
    kids: tuple[Kid, ...]
    sender: tuple[str, str, str] = (
        "",
        "",
        "",
    )  # name, role, phone of a writer who is not the worker
    story: str = ""  # why the placement is needed, in the writer's words
    parent: str = ""  # the parent's own part (parent and child): their history, not the baby's
    other_dates: tuple[tuple[str, str], ...] = ()  # dates that are not the referral date
    correction: tuple[str, str, str] = ()  # (note on top, right words, wrong words quoted below)
    needs_ocr: bool = False
    suffix: str = ""

    @property
    def file(self) -> str:
        extension = self.suffix or FORMATS[self.layout]
        return f"{self.id}-{self.slug}.{extension}"


FORMATS = {
    "carer_resignation": "docx",
    "reunification_review": "docx",
    "minicomp_calloff": "docx",
    "contact_schedule": "docx",
    "lado_summary": "pdf",
    "family_centre": "pdf",
    "icpc_outcome": "pdf",
    "visit_record": "pdf",
    "home_notice": "eml",
    "sms_typed": "eml",
    "ward_discharge": "eml",
    "reg40_forward": "eml",
    "yaml_export": "txt",
    "tidy_csv": "csv",
    "wide_tsv": "tsv",
    "image_scan": "pdf",
}


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    sent = date.fromisoformat(spec.date) if spec.date else TODAY
    days = (date.fromisoformat(spec.start) - sent).days
    assert days >= 0, spec.id
    return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """What the referral leaves out, in the completeness topics the scorer asks about."""
    found: list[str] = []
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
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
    if spec.start is None:
        found.append("/placement/start_date")
    return sorted(found)


def _extra(kid: Kid) -> dict:
    extra: dict = {}
    if kid.known_as:
        extra["known_as"] = kid.known_as
    if kid.allergies is not None:
        extra["allergies"] = kid.allergies
    if kid.disabilities:
        extra["disabilities"] = list(kid.disabilities)
    if kid.communication:
        extra["communication_requirements"] = list(kid.communication)
    return extra


def _child(kid: Kid) -> dict:
    family = list(kid.family or ())
    child = {
        "first_name": kid.first,
        "last_name": kid.last,
        "date_of_birth": kid.dob,
        "age_years": kid.age if kid.dob is None else None,
        "gender": kid.gender,
        "legal_status": kid.legal,
        "school": kid.school,
        "family_time_count": None if kid.family is None else len(family),
        "family_time": [{"with": who, "frequency": how} for who, how, _ in family],
        "no_contact_with": list(kid.no_contact),
        "placement_history_count": None if kid.history is None else len(kid.history),
        "risks": {RISKS[short]: kid.state(short) for short in RISKS},
    }
    extra = _extra(kid)
    if extra:
        child["extra"] = extra
    return child


def truth(spec: Spec) -> dict:
    """The expected reading of the document, in the shape ``scoring.py`` reads."""
    if spec.needs_ocr:
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
        "la_code": spec.la_code,
        "la_reference": spec.reference,
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
