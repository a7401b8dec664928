"""The facts matching works on: plain, frozen data built from the read model.

Only what a matching rule or score needs is kept: ages, genders, risks and their
states, needs and places. Never a child's name, date of birth or free text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = ["CHILD_RISKS", "OTHERS_RISKS", "Child", "Home", "Place", "Point", "Referral", "Resident"]

Point = tuple[float, float]  # OS grid easting, northing in metres

CHILD_RISKS = (
    "self_harm",
    "sexual_exploitation",
    "criminal_exploitation",
    "drug_alcohol",
    "eating_disorder",
    "missing",
)
OTHERS_RISKS = (
    "physical_harm",
    "sexual_harm",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation",
)


@dataclass(frozen=True)
class Child:
    """One child of a referral. Risk states are the referral's: present, suspected,
    historical, none_known or not_stated."""

    age: int | None
    gender: str = "not_stated"
    risks_to_child: dict[str, str] = field(default_factory=dict)
    risks_to_others: dict[str, str] = field(default_factory=dict)
    adaptations: frozenset[str] = frozenset()
    disabilities: frozenset[str] = frozenset()
    language: str | None = None
    religion: str | None = None
    interests: frozenset[str] = frozenset()

    def to_child(self, risk: str) -> str:
        return self.risks_to_child.get(risk, "not_stated")

    def to_others(self, risk: str) -> str:
        return self.risks_to_others.get(risk, "not_stated")


@dataclass(frozen=True)
class Referral:
    id: str
    la_code: str
    agency_ids: frozenset[str]
    setting: str
    placement_kinds: frozenset[str]
    children: tuple[Child, ...]
    living_companions: str | None = None
    pets: str = "not_known"
    deprivation_of_liberty: bool | None = None
    needed_by: str = "later"
    start_date: date | None = None
    school: Point | None = None
    family_time: tuple[tuple[Point, str], ...] = ()
    additional_support: frozenset[str] = frozenset()

    @property
    def sibling_count(self) -> int:
        return len(self.children)


@dataclass(frozen=True)
class Resident:
    """A child already living in the home (placed, or the carers' own), anonymised."""

    age: int
    gender: str
    risks_to_child: frozenset[str] = frozenset()
    risks_to_others: frozenset[str] = frozenset()
    own_child: bool = False


@dataclass(frozen=True)
class Place:
    """A vacancy: one free place in a home."""

    id: str
    state: str
    age_min: int
    age_max: int
    placement_kinds: frozenset[str]
    available_from: date
    last_confirmed_at: datetime


@dataclass(frozen=True)
class Home:
    """A foster household (kind ``household``) or a children's home (kind ``home``)."""

    id: str
    agency_id: str
    kind: str
    name: str
    age_min: int
    age_max: int
    capacity: int
    genders: frozenset[str] = frozenset()
    placement_kinds: frozenset[str] = frozenset()
    residents: tuple[Resident, ...] = ()
    pets: tuple[str, ...] = ()
    adaptations: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    religion: str | None = None
    interests: frozenset[str] = frozenset()
    exclusions: frozenset[str] = frozenset()
    location: Point | None = None
    la_code: str | None = None
    places: tuple[Place, ...] = ()

    @property
    def setting(self) -> str:
        return "fostering" if self.kind == "household" else "residential"
