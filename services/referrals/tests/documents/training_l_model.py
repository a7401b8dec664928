"""training_l's model: a referral as data, and the truth file derived from it.

Written without reading the reader. Each spec (``training_l_specs*.py``) says what the
document says; the layouts (``training_l_layouts.py``) render it in their own words; the
truth below is derived from the same data, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The short names the specs use for the eleven risks, and the truth keys.
RISKS = {
    "self_harm": "to_child/self_harm",
    "cse": "to_child/sexual_exploitation",
    "cce": "to_child/criminal_exploitation",
    "drugs": "to_child/drug_alcohol",
    "eating": "to_child/eating_disorder",
    "missing": "to_child/missing",
    "violence": "to_others/physical_harm",
    "sexual": "to_others/sexual_harm",
    "fire": "to_others/fire_setting",
    "animals": "to_others/harm_to_animals",
    "recruit": "to_others/criminal_exploitation",
}
TODAY = date(2026, 11, 23)  # hearth_kit.clock.TEST_NOW's day
MONTHS = "January February March April May June July August September October November December"
MONTHS = MONTHS.split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt(day: date | None, style: str) -> str:
    """A date in one of the ways LA paperwork writes it."""
    if day is None:
        return ""
    d, m, y = day.day, day.month, day.year
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmy2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{d:02d}-{MONTHS[m - 1][:3]}-{y}",
        "long": f"{d} {MONTHS[m - 1]} {y}",
        "short": f"{d} {MONTHS[m - 1][:3]} {y}",
        "ord": f"{ordinal(d)} {MONTHS[m - 1]} {y}",
        "day": f"{DAYS[day.weekday()]} {ordinal(d)} {MONTHS[m - 1]} {y}",
        "iso": day.isoformat(),
        "us": f"{MONTHS[m - 1]} {d}, {y}",
        "nozero": f"{d}/{m}/{y}",
    }[style]


@dataclass
class Kid:
    first: str
    last: str
    dob: date | None
    gender: str | None  # male / female / None (not stated)
    legal: str | None  # SSDA903 code, None = not stated
    legal_text: str  # the document's words ("" = blank)
    school: str | None
    health: str  # "" = not described (a gap)
    risk: dict[str, tuple[str, str]]  # short -> (state, the document's words)
    rest: str = "none_known"  # the state of every risk not named in ``risk``
    family: list[tuple[str, str, str]] | None = None  # (with, frequency, words)
    family_text: str = ""  # what the document says when ``family`` is None or empty
    no_contact: list[str] = field(default_factory=list)
    history: list[str] | None = None  # one line per placement (the current one counts)
    history_text: str = ""  # words instead of rows ("her third placement")
    age: int | None = None  # only when the date of birth is not known
    dob_style: str = "dmy"
    gender_text: str = ""
    school_text: str = ""  # the document's school answer when it adds a year group
    extra: dict = field(default_factory=dict)
    ident: str = ""  # the child's own case number when it differs from the referral's

    def state(self, short: str) -> str:
        return self.risk[short][0] if short in self.risk else self.rest

    def words(self, short: str) -> str | None:
        return self.risk[short][1] or None if short in self.risk else None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def dob_text(self) -> str:
        return fmt(self.dob, self.dob_style)

    @property
    def sex(self) -> str:
        return self.gender_text or {"male": "Male", "female": "Female"}.get(self.gender or "", "")

    @property
    def school_shown(self) -> str:
        return self.school_text or self.school or ""


@dataclass
class Spec:
    id: str
    slug: str
    layout: str
    ext: str
    la_code: str
    la: str  # how the document names the LA
    ref: str | None
    sent: date | None  # the referral date
    sw: tuple[str, str, str | None]  # name, email, phone
    setting: str
    urgency: str | None
    duration: str | None
    start: date | None
    start_text: str
    kids: list[Kid]
    extra: dict = field(default_factory=dict)  # layout-specific facts
    scan: bool = False  # an image with no text layer: nothing can be read

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.ext}"

    @property
    def needed_by(self) -> str | None:
        if self.start is None:
            return None
        days = (self.start - (self.sent or TODAY)).days
        return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"


def gaps(spec: Spec) -> list[str]:
    """The questions the document leaves open (written from the data, not from the rules)."""
    found = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        found += [f"{base}/legal_status"] if not kid.legal else []
        found += [f"{base}/gender"] if not kid.gender else []
        found += [f"{base}/date_of_birth"] if not kid.dob else []
        states = {short: kid.state(short) for short in RISKS}
        if all(state == "not_stated" for state in states.values()):
            found.append(f"{base}/risks")
        else:
            found += [f"{base}/risks/{RISKS[s]}" for s, v in states.items() if v == "not_stated"]
        found += [
            f"{base}/risks/{RISKS[s]}/detail"
            for s, v in states.items()
            if v in ("present", "suspected") and not kid.words(s)
        ]
        found += [f"{base}/family_time"] if kid.family is None else []
        found += [f"{base}/placement_history"] if kid.history is None else []
        found += [f"{base}/school"] if not kid.school else []
        found += [f"{base}/health_needs"] if not kid.health else []
    return sorted(found)


def truth(spec: Spec) -> dict:
    if spec.scan:
        # The convention of the earlier sets' scans: nothing is read, nothing is asked,
        # the draft must say the file needs OCR.
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
            "unclear": [],
            "missing": [],
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
            "family_time_count": None if kid.family is None else len(kid.family),
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[short]: kid.state(short) for short in RISKS},
            "family_time": [
                {"with": who, "frequency": often} for who, often, _ in kid.family or []
            ],
            "no_contact_with": [name.lower() for name in kid.no_contact],
        }
        extra = {k: v for k, v in kid.extra.items() if not k.endswith("_text")}
        if extra:
            child["extra"] = extra
        children.append(child)
    name, email, phone = spec.sw
    return {
        "file": spec.file,
        "la_code": spec.la_code,
        "la_reference": spec.ref,
        "referral_date": spec.sent.isoformat() if spec.sent else None,
        "social_worker": {"name": name, "email": email, "phone": phone},
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start.isoformat() if spec.start else None,
            "needed_by": spec.needed_by,
        },
        "children": children,
        "unclear": [],
        "missing": gaps(spec),
    }
