"""The facts matching works on: plain, frozen data built from the read model.

Only what a matching rule or score needs is kept: ages, genders, risks and their
states, needs and places. Never a child's name, date of birth or free text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "CHILD_RISKS",
    "OTHERS_RISKS",
    "VULNERABLE_DISABILITIES",
    "Child",
    "Home",
    "Place",
    "Point",
    "Referral",
    "Resident",
]

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
# SSDA903 disabilities that make a child less able to protect themselves: learning and
# communication.
VULNERABLE_DISABILITIES = frozenset({"LD", "COMM"})


@dataclass(frozen=True)
class Child:
    """One referred person: a child of the referral, or the parent of a parent-and-child
    referral. Risk states are the referral's: present, suspected, historical, none_known
    or not_stated. ``animal_allergies`` None: not stated."""

    age: int | None
    gender: str = "not_stated"
    risks_to_child: dict[str, str] = field(default_factory=dict)
    risks_to_others: dict[str, str] = field(default_factory=dict)
    adaptations: frozenset[str] = frozenset()
    disabilities: frozenset[str] = frozenset()
    language: str | None = None
    religion: str | None = None
    interests: frozenset[str] = frozenset()
    legal_status: str | None = None
    vulnerabilities: frozenset[str] = frozenset()
    animal_allergies: frozenset[str] | None = None
    cultural_needs: frozenset[str] = frozenset()

    def to_child(self, risk: str) -> str:
        return self.risks_to_child.get(risk, "not_stated")

    def to_others(self, risk: str) -> str:
        return self.risks_to_others.get(risk, "not_stated")

    @property
    def vulnerable(self) -> bool:
        return bool(self.vulnerabilities or self.disabilities & VULNERABLE_DISABILITIES)


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
    parent: Child | None = None
    progressing: frozenset[str] = frozenset()  # agencies whose screening progressed it
    blocking_gaps: tuple[str, ...] = ()  # JSON pointers of gaps that block matching

    @property
    def sibling_count(self) -> int:
        return len(self.children)

    @property
    def people(self) -> tuple[Child, ...]:
        """The referred people the safeguarding rules weigh: the children, and in a
        parent-and-child referral the parent (unknown age and risks if not given)."""
        if self.setting != "parent_and_child":
            return self.children
        return (*self.children, self.parent or Child(age=None))


@dataclass(frozen=True)
class Resident:
    """A child already living in the home (placed, or the carers' own), anonymised.

    Risk states: present, suspected, historical, none_known; a risk not given is
    not_recorded. ``vulnerabilities`` None: not recorded. ``sibling_of``: the referrals
    in which a brother or sister of this child is referred."""

    age: int
    gender: str
    risks_to_child: dict[str, str] = field(default_factory=dict)
    risks_to_others: dict[str, str] = field(default_factory=dict)
    own_child: bool = False
    vulnerabilities: frozenset[str] | None = None
    sibling_of: frozenset[str] = frozenset()

    def to_child(self, risk: str) -> str:
        return self.risks_to_child.get(risk, "not_recorded")

    def to_others(self, risk: str) -> str:
        return self.risks_to_others.get(risk, "not_recorded")

    @property
    def vulnerable(self) -> bool | None:
        """True, False, or None when not recorded."""
        return None if self.vulnerabilities is None else bool(self.vulnerabilities)


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
    pets: frozenset[str] | None = None  # species kept; None: not recorded
    adaptations: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    religion: str | None = None
    interests: frozenset[str] = frozenset()
    exclusions: frozenset[str] = frozenset()
    location: Point | None = None
    la_code: str | None = None
    places: tuple[Place, ...] = ()
    deprivation_of_liberty: bool | None = None  # a children's home's registration
    supervision: str | None = None  # a household's: full or limited; None: not recorded

    @property
    def setting(self) -> str:
        return "fostering" if self.kind == "household" else "residential"
