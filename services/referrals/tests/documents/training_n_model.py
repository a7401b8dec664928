"""training_n's referral model: the specs are data, the truths are derived from them.

``gaps()`` writes each truth's ``missing`` list from the referral's own data, without
``completeness.py`` (the sanity test compares the two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Short names used in the specs, and the truth's keys.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "mfh": "to_child/missing",
    "hurt": "to_others/physical_harm",
    "hsb": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "exploits": "to_others/criminal_exploitation",
}
# Everyday names of each risk, for layouts that list them all.
LABELS = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation (of the child)",
    "drugs": "Drugs / alcohol",
    "eat": "Eating disorder",
    "mfh": "Missing from home / care",
    "hurt": "Violence towards others",
    "hsb": "Harmful sexual behaviour",
    "fire": "Fire-setting",
    "animals": "Cruelty to animals",
    "exploits": "Drawing others into crime",
}
UNDATED_FROM = date(2026, 11, 23)

P, H, S, N, U = "present", "historical", "suspected", "none_known", "not_stated"


@dataclass
class Kid:
    first: str
    last: str
    dob: date | None
    gender: str | None  # male / female / other; None = not stated in the document
    legal: str | None  # SSDA903 code; None = a gap
    legal_words: str
    school: str | None  # the truth's school (or the document's short words); None = a gap
    ft: list[tuple[str, str, str]] | None  # (with, frequency, the document's words); None = gap
    history: list[str] | None  # one line per care placement (the current one too); None = gap
    risks: dict[str, tuple[str, str]]  # short -> (state, the document's words)
    rest: str = "none"  # the risks not listed: "none" (a blanket no) or "unstated" (a gap)
    health: str | None = "No health concerns; immunisations up to date."
    age: int | None = None  # only when no date of birth is given
    no_contact: list[str] = field(default_factory=list)
    ft_gap: str = "To be confirmed"
    known_as: str | None = None
    allergies: bool | None = None  # True named, False "none known", None not said
    disabilities: list[str] | None = None
    history_none: str = "Not previously looked after"  # how an empty history is said
    history_gap: str = ""  # how an unknown history is said
    school_note: str = ""  # a year group or remark written after the school's name
    allergy_words: str = ""  # the named allergy, when allergies is True
    disability_words: str = ""  # how the document names the diagnosed disabilities
    ehcp: tuple[str, str, str] = ("", "", "")  # EHCP sections A, B and F

    @property
    def risk(self) -> dict[str, tuple[str, str | None]]:
        full: dict[str, tuple[str, str | None]] = {}
        for short in RISKS:
            if short in self.risks:
                full[short] = self.risks[short]
            else:
                full[short] = (N if self.rest == "none" else U, None)
        return full

    def words(self, short: str) -> str | None:
        return self.risk[short][1]

    def state(self, short: str) -> str:
        return self.risk[short][0]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Worker:
    name: str
    email: str
    phone: str | None
    role: str = "Social Worker"
    team: str = "Children in Care Team"


@dataclass
class Spec:
    id: str
    slug: str
    layout: str
    ext: str
    la_code: str
    la_name: str
    ref: str | None
    date: date | None
    worker: Worker
    setting: str
    start: date | None
    start_words: str
    kids: list[Kid]
    urgency: str | None = None
    urgency_words: str = ""
    duration: str | None = None
    duration_words: str = ""
    notes: list[str] = field(default_factory=list)  # free text: others' risks, background
    sender: Worker | None = None  # who wrote or sent it, when not the worker
    blanket: str = "No other concerns are known."
    needs_ocr: bool = False
    extra: dict = field(default_factory=dict)  # layout-specific values

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.ext}"


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    days = (spec.start - (spec.date or UNDATED_FROM)).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    if spec.needs_ocr:
        return []
    found = [] if spec.start is not None else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        found += [f"{base}/legal_status"] if kid.legal is None else []
        found += [f"{base}/gender"] if kid.gender is None else []
        found += [f"{base}/date_of_birth"] if kid.dob is None else []
        states = {short: kid.state(short) for short in RISKS}
        if all(state == U for state in states.values()):
            found.append(f"{base}/risks")
        else:
            found += [f"{base}/risks/{RISKS[s]}" for s, state in states.items() if state == U]
        found += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s, state in states.items()
            if state in (P, S) and not kid.words(s)
        ]
        found += [f"{base}/family_time"] if kid.ft is None else []
        found += [f"{base}/placement_history"] if kid.history is None else []
        found += [f"{base}/school"] if kid.school is None else []
        found += [f"{base}/health_needs"] if not kid.health else []
    return found


def truth(spec: Spec) -> dict:
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
    children = []
    for kid in spec.kids:
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob.isoformat() if kid.dob else None,
            "age_years": None if kid.dob else kid.age,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": None if kid.ft is None else len(kid.ft),
            "family_time": [{"with": w, "frequency": f} for w, f, _ in kid.ft or []],
            "no_contact_with": list(kid.no_contact),
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[short]: kid.state(short) for short in RISKS},
        }
        extra = {}
        if kid.known_as:
            extra["known_as"] = kid.known_as
        if kid.allergies is not None:
            extra["allergies"] = kid.allergies
        if kid.disabilities:
            extra["disabilities"] = list(kid.disabilities)
        if extra:
            child["extra"] = extra
        children.append(child)
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date.isoformat() if spec.date else None,
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


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def slash(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def dotted(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.strftime('%y')}"
