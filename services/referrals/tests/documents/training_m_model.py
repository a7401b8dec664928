"""training_m's model: a referral as data, and the truth file derived from it.

Written without reading the reader. The gaps (``missing``) follow
``hearth_referrals/completeness.py``'s rules within ``scoring.MISSING_TOPICS``: a blank
legal status, gender or date of birth, no risk stated at all (or one risk row blank), a
present or suspected risk without its words, family time or placement history not given,
no school, no health needs, no start date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["LAS", "RISKS", "Kid", "Spec", "risks", "truth"]

TODAY = date(2026, 11, 23)  # hearth_kit.clock.TEST_NOW's day

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
    "recruits": "to_others/criminal_exploitation",
}

# name, ONS code, email domain (fictional, under example.gov.uk)
LAS = {
    "lambeth": ("London Borough of Lambeth", "E09000022", "lambeth.example.gov.uk"),
    "hackney": ("London Borough of Hackney", "E09000012", "hackney.example.gov.uk"),
    "croydon": ("London Borough of Croydon", "E09000008", "croydon.example.gov.uk"),
    "newham": ("London Borough of Newham", "E09000025", "newham.example.gov.uk"),
    "ealing": ("London Borough of Ealing", "E09000009", "ealing.example.gov.uk"),
    "herefordshire": ("Herefordshire Council", "E06000019", "herefordshire.example.gov.uk"),
    "shropshire": ("Shropshire Council", "E06000051", "shropshire.example.gov.uk"),
    "cwac": (
        "Cheshire West and Chester Council",
        "E06000050",
        "cheshirewestandchester.example.gov.uk",
    ),
    "leeds": ("Leeds City Council", "E08000035", "leeds.example.gov.uk"),
    "sheffield": ("Sheffield City Council", "E08000019", "sheffield.example.gov.uk"),
    "liverpool": ("Liverpool City Council", "E08000012", "liverpool.example.gov.uk"),
    "newcastle": ("Newcastle City Council", "E08000021", "newcastle.example.gov.uk"),
    "sunderland": ("Together for Children Sunderland", "E08000024", "sunderland.example.gov.uk"),
    "durham": ("Durham County Council", "E06000047", "durham.example.gov.uk"),
    "middlesbrough": ("Middlesbrough Council", "E06000002", "middlesbrough.example.gov.uk"),
    "bristol": ("Bristol City Council", "E06000023", "bristol.example.gov.uk"),
    "plymouth": ("Plymouth City Council", "E06000026", "plymouth.example.gov.uk"),
    "cornwall": ("Cornwall Council", "E06000052", "cornwall.example.gov.uk"),
    "devon": ("Devon County Council", "E10000008", "devon.example.gov.uk"),
    "swindon": ("Swindon Borough Council", "E06000030", "swindon.example.gov.uk"),
    "nottingham": ("Nottingham City Council", "E06000018", "nottinghamcity.example.gov.uk"),
    "leicestershire": ("Leicestershire County Council", "E10000018", "leics.example.gov.uk"),
    "reading": (
        "Brighter Futures for Children (Reading)",
        "E06000038",
        "brighterfuturesforchildren.example.gov.uk",
    ),
    "oxfordshire": ("Oxfordshire County Council", "E10000025", "oxfordshire.example.gov.uk"),
    "hertfordshire": ("Hertfordshire County Council", "E10000015", "hertfordshire.example.gov.uk"),
    "cambridgeshire": (
        "Cambridgeshire County Council",
        "E10000003",
        "cambridgeshire.example.gov.uk",
    ),
    "peterborough": ("Peterborough City Council", "E06000031", "peterborough.example.gov.uk"),
    "worcestershire": (
        "Worcestershire Children First",
        "E10000034",
        "worcschildrenfirst.example.gov.uk",
    ),
    "stoke": ("Stoke-on-Trent City Council", "E06000021", "stoke.example.gov.uk"),
    "wakefield": ("Wakefield Council", "E08000036", "wakefield.example.gov.uk"),
    "eastriding": ("East Riding of Yorkshire Council", "E06000011", "eastriding.example.gov.uk"),
    "cumberland": ("Cumberland Council", "E06000063", "cumberland.example.gov.uk"),
    "medway": ("Medway Council", "E06000035", "medway.example.gov.uk"),
    "westsussex": ("West Sussex County Council", "E10000032", "westsussex.example.gov.uk"),
    "surrey": ("Surrey County Council", "E10000030", "surreycc.example.gov.uk"),
    "miltonkeynes": ("Milton Keynes City Council", "E06000042", "milton-keynes.example.gov.uk"),
    "northyorks": ("North Yorkshire Council", "E06000065", "northyorks.example.gov.uk"),
    "torbay": ("Torbay Council", "E06000027", "torbay.example.gov.uk"),
    "halton": ("Halton Borough Council", "E06000006", "halton.example.gov.uk"),
    "gateshead": ("Gateshead Council", "E08000037", "gateshead.example.gov.uk"),
    "derby": ("Derby City Council", "E06000015", "derby.example.gov.uk"),
    "southwark": ("London Borough of Southwark", "E09000028", "southwark.example.gov.uk"),
    "enfield": ("London Borough of Enfield", "E09000010", "enfield.example.gov.uk"),
    "bedford": ("Bedford Borough Council", "E06000055", "bedford.example.gov.uk"),
    "wiltshire": ("Wiltshire Council", "E06000054", "wiltshire.example.gov.uk"),
}


def risks(**given: tuple[str, str | None] | str) -> dict[str, tuple[str, str | None]]:
    """Every risk, ``none_known`` unless given: ``sh=("present", "words")``, ``fire="ns"``
    (a blank row: not stated)."""
    out: dict[str, tuple[str, str | None]] = {}
    for short in RISKS:
        value = given.get(short, ("none_known", None))
        if value == "ns":
            value = ("not_stated", None)
        out[short] = value  # type: ignore[assignment]
    unknown = set(given) - set(RISKS)
    assert not unknown, unknown
    return out


def nothing_stated() -> dict[str, tuple[str, str | None]]:
    return {short: ("not_stated", None) for short in RISKS}


@dataclass
class Kid:
    first: str
    last: str
    dob: str | None  # ISO
    gender: str | None
    legal: str | None  # SSDA903 code
    legal_words: str
    school: str | None
    school_words: str  # what the document writes (may be "not known" for a gap)
    ft: list[tuple[str, str, str]] | None  # (with, frequency code, the document's words)
    ft_words: str  # what the document writes when ft is empty or None
    history: list[str] | None
    history_words: str  # the document's words for the history (or the gap)
    risk: dict[str, tuple[str, str | None]]
    health: str | None
    age: int | None = None
    nc: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # truth's ``extra``
    xw: dict = field(default_factory=dict)  # the document's words for the newer fields

    def words(self, short: str) -> str | None:
        return self.risk[short][1]

    @property
    def known_as(self) -> str | None:
        return self.extra.get("known_as")

    @property
    def called(self) -> str:
        return self.known_as or self.first


@dataclass
class Spec:
    id: str
    slug: str
    layout: str
    fmt: str  # txt, docx, pdf, eml
    la: str
    ref: str | None
    date: str | None  # the referral date, ISO
    sw: tuple[str, str, str | None]  # name, email, phone
    setting: str
    urgency: str | None
    duration: str | None
    start: str | None
    start_words: str
    kids: list[Kid]
    x: dict = field(default_factory=dict)  # layout-specific words

    @property
    def file(self) -> str:
        return f"{self.id}-{self.slug}.{self.fmt}"

    @property
    def la_name(self) -> str:
        return LAS[self.la][0]

    @property
    def domain(self) -> str:
        return LAS[self.la][2]


def _needed_by(spec: Spec) -> str | None:
    if spec.start is None:
        return None
    base = date.fromisoformat(spec.date) if spec.date else TODAY
    days = (date.fromisoformat(spec.start) - base).days
    assert days >= 0, spec.id
    return "today" if days == 0 else "within_5_days" if days <= 5 else "later"


def missing(spec: Spec) -> list[str]:
    """completeness.py's questions, within MISSING_TOPICS, for the referral described."""
    out = [] if spec.start else ["/placement/start_date"]
    for index, kid in enumerate(spec.kids):
        base = f"/children/{index}"
        out += [f"{base}/legal_status"] if not kid.legal else []
        out += [f"{base}/gender"] if not kid.gender else []
        out += [f"{base}/date_of_birth"] if not kid.dob else []
        states = {short: state for short, (state, _) in kid.risk.items()}
        if all(state == "not_stated" for state in states.values()):
            out.append(f"{base}/risks")
        else:
            out += [f"{base}/risks/{RISKS[s]}" for s, st in states.items() if st == "not_stated"]
        for short, (state, words) in kid.risk.items():
            if state in ("present", "suspected") and not words:
                out.append(f"{base}/risks/{RISKS[short]}/detail")
        out += [f"{base}/family_time"] if kid.ft is None else []
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
            "family_time_count": None if kid.ft is None else len(kid.ft),
            "placement_history_count": None if kid.history is None else len(kid.history),
            "risks": {RISKS[s]: state for s, (state, _) in kid.risk.items()},
            "family_time": [{"with": w, "frequency": f} for w, f, _ in kid.ft or []],
            "no_contact_with": [name.lower() for name in kid.nc],
        }
        if kid.extra:
            child["extra"] = dict(kid.extra)
        children.append(child)
    return {
        "file": spec.file,
        "la_code": LAS[spec.la][1],
        "la_reference": spec.ref,
        "referral_date": spec.date,
        "social_worker": {"name": spec.sw[0], "email": spec.sw[1], "phone": spec.sw[2]},
        "placement": {
            "setting": spec.setting,
            "urgency": spec.urgency,
            "duration": spec.duration,
            "start_date": spec.start,
            "needed_by": _needed_by(spec),
        },
        "children": children,
        "unclear": [],
        "missing": missing(spec),
    }
