"""training_k's model: a referral as data, its truth file, and the gaps it leaves.

Written without reading the reader. ``missing`` is derived here from the gaps a spec
declares (a field left unsaid), by this set's own reading of the completeness rules; the
sanity test checks it against ``completeness.assess_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TODAY = date(2026, 11, 23)  # hearth_kit.clock.TEST_NOW's day, for undated referrals

# Short names of the eleven risks, in form order, and the truth keys they stand for.
RISKS = {
    "sh": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eat": "to_child/eating_disorder",
    "miss": "to_child/missing",
    "phys": "to_others/physical_harm",
    "sex": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "cce_o": "to_others/criminal_exploitation",
}
LABELS = {
    "sh": "Self-harm",
    "cse": "Child sexual exploitation (CSE)",
    "cce": "Child criminal exploitation (CCE) / county lines",
    "drugs": "Substance misuse (drugs / alcohol)",
    "eat": "Disordered eating",
    "miss": "Missing from care / MISPER",
    "phys": "Violence / aggression to others",
    "sex": "Harmful sexual behaviour (HSB)",
    "fire": "Arson / fire-setting",
    "animals": "Cruelty to animals",
    "cce_o": "Exploiting or recruiting others",
}


@dataclass(frozen=True)
class Kid:
    first: str
    last: str
    dob: str | None  # ISO; None when only an age (or nothing) is given
    dob_words: str
    age: int | None
    gender: str | None
    gender_words: str
    legal: str | None  # SSDA903 code
    legal_words: str
    school: str | None
    school_words: str
    family: tuple | None  # ((with, frequency, supervised, words), ...); None = a gap
    family_words: str
    no_contact: tuple = ()
    history: int | None = 0
    history_words: str = "Not previously looked after."
    health: str = "No health needs known; registered with a GP."
    known_as: str | None = None
    risk: dict = field(default_factory=dict)  # short -> (state, words); unlisted = none_known

    def state(self, short: str) -> str:
        return self.risk.get(short, ("none_known", ""))[0]

    def words(self, short: str) -> str | None:
        return self.risk.get(short, ("none_known", ""))[1] or None


@dataclass(frozen=True)
class Spec:
    id: str
    name: str  # file stem after the id
    ext: str
    layout: str
    la: str
    la_code: str
    domain: str  # e.g. "durham" -> durham.example.gov.uk
    ref: str | None
    ref_label: str
    date: str | None  # ISO referral date
    date_words: str
    worker: tuple  # (name, email, phone)
    setting: str
    setting_words: str
    urgency: str | None
    urgency_words: str
    duration: str | None
    duration_words: str
    start: str | None
    start_words: str
    kids: tuple
    others: tuple = ()  # (role, name, email/phone) of people who are not the worker
    note: str = ""  # free text particular to the referral
    parent: str = ""  # parent-and-child: the parent's own history

    @property
    def file(self) -> str:
        return f"{self.id}-{self.name}.{self.ext}"


def needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    base = date.fromisoformat(spec.date) if spec.date else TODAY
    days = (date.fromisoformat(spec.start) - base).days
    return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def missing(spec: Spec) -> list[str]:
    """The gaps: what a reader should ask about because the document does not say it."""
    out = []
    if spec.start is None:
        out.append("/placement/start_date")
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        out += [f"{base}/legal_status"] if not kid.legal else []
        out += [f"{base}/gender"] if not kid.gender else []
        out += [f"{base}/date_of_birth"] if not kid.dob else []
        states = {short: kid.state(short) for short in RISKS}
        if all(s == "not_stated" for s in states.values()):
            out.append(f"{base}/risks")
        else:
            out += [f"{base}/risks/{RISKS[s]}" for s, v in states.items() if v == "not_stated"]
        for short, value in states.items():
            if value in ("present", "suspected") and not kid.words(short):
                out.append(f"{base}/risks/{RISKS[short]}/detail")
        out += [f"{base}/family_time"] if kid.family is None else []
        out += [f"{base}/placement_history"] if kid.history is None else []
        out += [f"{base}/school"] if not kid.school else []
        out += [f"{base}/health_needs"] if not kid.health else []
    return out


def truth(spec: Spec) -> dict:
    children = []
    for kid in spec.kids:
        child = {
            "first_name": kid.first,
            "last_name": kid.last,
            "date_of_birth": kid.dob,
            "age_years": None if kid.dob else kid.age,
            "gender": kid.gender,
            "legal_status": kid.legal,
            "school": kid.school,
            "family_time_count": None if kid.family is None else len(kid.family),
            "placement_history_count": kid.history,
            "risks": {RISKS[s]: kid.state(s) for s in RISKS},
            "family_time": [
                {"with": w, "frequency": f, "supervised": s} for w, f, s, _ in kid.family or ()
            ],
            "no_contact_with": list(kid.no_contact),
        }
        if kid.known_as:
            child["extra"] = {"known_as": kid.known_as}
        children.append(child)
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.date,
        "social_worker": dict(zip(("name", "email", "phone"), spec.worker, strict=True)),
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start,
            "needed_by": needed_by(spec),
        },
        "children": children,
        "unclear": [],
        "missing": missing(spec),
    }
