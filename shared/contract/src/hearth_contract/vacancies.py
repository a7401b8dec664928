"""The supply side: foster households, children's homes and the places free in them.

Children already living in a home appear only as anonymised profiles (age, gender
and their risks in the Placements Standard's terms), never by name. Placement
types are SSDA903 codes where the field is one.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints

from hearth_contract.codes import (
    AnimalSpecies,
    CareNeed,
    PlacementType,
    ResidentRiskState,
    StandardRiskToChild,
    StandardRiskToOthers,
    SupervisionLevel,
    Vulnerability,
)
from hearth_contract.common import ContractModel, LongText, ReadModel, ShortText
from hearth_contract.problems import ProblemDetails
from hearth_contract.referrals import Adaptation, Gender, PersonContact, Setting, UkPostcode

__all__ = [
    "MAX_BULK_ITEMS",
    "Approval",
    "BulkItemResult",
    "BulkItemStatus",
    "BulkUpsertResult",
    "Carer",
    "CarerExclusion",
    "ConfirmationOutcome",
    "HomeBulkItem",
    "HomeBulkUpsert",
    "HomeCategory",
    "HomeCreate",
    "HomeLookupResult",
    "HomeRead",
    "HomeRegistration",
    "HouseholdBulkItem",
    "HouseholdBulkResult",
    "HouseholdBulkUpsert",
    "HouseholdCreate",
    "HouseholdLookup",
    "HouseholdLookupResult",
    "HouseholdRead",
    "ImportReport",
    "ImportRowReport",
    "Location",
    "OwnChild",
    "PartnerLookup",
    "PartnerVacancyCreate",
    "PartnerVacancyRead",
    "PlacementKind",
    "ResidentProfile",
    "Skill",
    "SupplyFigures",
    "SupplyRow",
    "UnavailableReason",
    "VacancyBulkItem",
    "VacancyBulkUpsert",
    "VacancyCommand",
    "VacancyConfirm",
    "VacancyCreate",
    "VacancyLookupResult",
    "VacancyMarkUnavailable",
    "VacancyRead",
    "VacancyState",
]

MAX_BULK_ITEMS = 1000
ExternalId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,64}$")]
Age = Annotated[int, Field(ge=0, le=25)]


def _unique(values: list) -> list:
    if len(set(values)) != len(values):
        raise ValueError("must not repeat a value")
    return values


class PlacementKind(StrEnum):
    """What kinds of placement a household is approved for, or a place is offered as."""

    EMERGENCY = "emergency"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"
    RESPITE = "respite"
    PARENT_AND_CHILD = "parent_and_child"
    SIBLING_GROUP = "sibling_group"
    REMAND = "remand"
    SOLO_ONLY = "solo_only"


# Households and children's homes share one vocabulary of skills with children's needs.
Skill = CareNeed


class CarerExclusion(StrEnum):
    """What the carers have said they will not take on (their own terms, beyond approval)."""

    SEXUAL_HARM_TO_OTHERS = "sexual_harm_to_others"
    PHYSICAL_HARM_TO_OTHERS = "physical_harm_to_others"
    FIRE_SETTING = "fire_setting"
    HARM_TO_ANIMALS = "harm_to_animals"
    CRIMINAL_EXPLOITATION = "criminal_exploitation"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    GOING_MISSING = "going_missing"
    SELF_HARM = "self_harm"
    DRUG_ALCOHOL = "drug_alcohol"
    SIBLING_GROUPS = "sibling_groups"


class HomeCategory(StrEnum):
    """Ofsted registration categories of a children's home."""

    EMOTIONAL_AND_BEHAVIOURAL = "emotional_and_behavioural_difficulties"
    LEARNING_DISABILITY = "learning_disability"
    PHYSICAL_DISABILITY = "physical_disability"
    MENTAL_DISORDERS = "mental_disorders"
    DRUG_AND_ALCOHOL = "drug_and_alcohol_misuse"
    SENSORY_IMPAIRMENT = "sensory_impairment"


class VacancyState(StrEnum):
    AVAILABLE = "available"
    ON_HOLD = "on_hold"
    RESERVED = "reserved"
    FILLED = "filled"
    UNAVAILABLE = "unavailable"


class UnavailableReason(StrEnum):
    CARER_BREAK = "carer_break"
    CARER_ILLNESS = "carer_illness"
    HOUSEHOLD_CHANGE = "household_change"
    UNDER_REVIEW = "under_review"
    MATCHING_ELSEWHERE = "matching_elsewhere"
    OTHER = "other"


class ConfirmationOutcome(StrEnum):
    STILL_AVAILABLE = "still_available"
    CHANGED = "changed"
    NO_LONGER_AVAILABLE = "no_longer_available"


class ResidentProfile(ContractModel):
    """A child already living in the home, anonymised: age, gender, risks, vulnerabilities.

    A risk's state is its value in ``risk_states_to_*``; else ``present`` if it is in the
    older bare list ``risks_to_*``; else ``not_recorded`` (matching asks about it).
    """

    age: Age
    gender: Gender
    risks_to_child: Annotated[list[StandardRiskToChild], AfterValidator(_unique)] = Field(
        default_factory=list, description="Risks known to be present (older form)"
    )
    risks_to_others: Annotated[list[StandardRiskToOthers], AfterValidator(_unique)] = Field(
        default_factory=list, description="Risks known to be present (older form)"
    )
    risk_states_to_child: dict[StandardRiskToChild, ResidentRiskState] = Field(
        default_factory=dict, description="Each risk to the child and how it is known"
    )
    risk_states_to_others: dict[StandardRiskToOthers, ResidentRiskState] = Field(
        default_factory=dict, description="Each risk to others and how it is known"
    )
    vulnerabilities: Annotated[list[Vulnerability], AfterValidator(_unique)] | None = Field(
        default=None, description="[] = none known; null = not recorded"
    )
    sibling_of_referral_ids: Annotated[
        list[Annotated[str, StringConstraints(min_length=1, max_length=64)]],
        AfterValidator(_unique),
    ] = Field(
        default_factory=list,
        max_length=20,
        description="Referrals in which a brother or sister of this child is referred",
    )


class OwnChild(ResidentProfile):
    """One of the carers' own children living at home."""


class Carer(ContractModel):
    name: ShortText
    languages: list[ShortText] = Field(default_factory=list)


class Approval(ContractModel):
    """A household's terms of approval from the fostering panel."""

    age_min: Age
    age_max: Age
    children: int = Field(ge=1, le=8, description="How many children may be placed at once")
    genders: Annotated[list[Gender], AfterValidator(_unique)] = Field(
        default_factory=list, description="Empty: any gender"
    )
    placement_kinds: Annotated[list[PlacementKind], AfterValidator(_unique)] = Field(min_length=1)


class HouseholdCreate(ContractModel):
    """A foster household as the agency (or its partner system) records it."""

    name: ShortText = Field(description="How the agency refers to the household")
    carers: list[Carer] = Field(min_length=1, max_length=4)
    approval: Approval
    skills: Annotated[list[Skill], AfterValidator(_unique)] = Field(default_factory=list)
    languages: list[ShortText] = Field(default_factory=list)
    religion: ShortText | None = None
    ethnicity: ShortText | None = None
    culture: ShortText | None = None
    pets: list[ShortText] = Field(default_factory=list, description="Older free-text form")
    pets_kept: Annotated[list[AnimalSpecies], AfterValidator(_unique)] | None = Field(
        default=None, description="The species kept: [] = none; null = not recorded"
    )
    supervision: SupervisionLevel | None = Field(
        default=None,
        description="Can the carers supervise and respond to a child who goes missing; "
        "null = not recorded",
    )
    smoking: bool = False
    adaptations: Annotated[list[Adaptation], AfterValidator(_unique)] = Field(default_factory=list)
    bedrooms: int = Field(ge=0, le=20)
    postcode: UkPostcode
    supervising_social_worker: PersonContact
    own_children: list[OwnChild] = Field(default_factory=list, max_length=12)
    placed_children: list[ResidentProfile] = Field(default_factory=list, max_length=8)
    will_consider: LongText | None = None
    will_not_consider: LongText | None = None
    exclusions: Annotated[list[CarerExclusion], AfterValidator(_unique)] = Field(
        default_factory=list, description="The carers' own exclusions, checked by matching"
    )
    interests: list[ShortText] = Field(
        default_factory=list, max_length=30, description="The household's hobbies and interests"
    )
    family_profile: LongText | None = None


class Location(ReadModel):
    """Where a postcode is: OS grid eastings and northings, and its local authority."""

    postcode: str
    easting: int
    northing: int
    la_code: str | None
    upper_tier_la_code: str | None = Field(
        default=None, description="The upper-tier council (children's services authority)"
    )


class HouseholdRead(HouseholdCreate):
    model_config = ReadModel.model_config

    id: str
    agency_id: str
    external_id: str | None
    version: int
    location: Location
    created_at: datetime
    updated_at: datetime


class HomeRegistration(ContractModel):
    age_min: Age
    age_max: Age
    capacity: int = Field(ge=1, le=40)
    categories: Annotated[list[HomeCategory], AfterValidator(_unique)] = Field(min_length=1)
    genders: Annotated[list[Gender], AfterValidator(_unique)] = Field(
        default_factory=list, description="Registered for these genders only; empty: any"
    )
    deprivation_of_liberty: bool | None = Field(
        default=None,
        description="Registered to care for children deprived of their liberty; "
        "null = not recorded",
    )


class HomeCreate(ContractModel):
    """A children's home, as registered with Ofsted."""

    urn: Annotated[str, StringConstraints(pattern=r"^(SC|[0-9])[0-9]{5,7}$")] = Field(
        description="Ofsted unique reference number"
    )
    name: ShortText
    registration: HomeRegistration
    statement_of_purpose_tags: list[ShortText] = Field(default_factory=list)
    postcode: UkPostcode
    registered_manager: PersonContact
    residents: list[ResidentProfile] = Field(default_factory=list, max_length=40)
    skills: Annotated[list[CareNeed], AfterValidator(_unique)] = Field(
        default_factory=list, description="What the staff are experienced in and support"
    )
    staff_languages: list[ShortText] = Field(default_factory=list)
    pets_kept: Annotated[list[AnimalSpecies], AfterValidator(_unique)] | None = Field(
        default=None, description="The species kept: [] = none; null = not recorded"
    )
    adaptations: Annotated[list[Adaptation], AfterValidator(_unique)] = Field(default_factory=list)
    exclusions: Annotated[list[CarerExclusion], AfterValidator(_unique)] = Field(
        default_factory=list, description="Risks the registered manager will not take"
    )


class HomeRead(HomeCreate):
    model_config = ReadModel.model_config

    id: str
    agency_id: str
    external_id: str | None = Field(default=None, description="The partner's id, if it has one")
    version: int
    location: Location
    created_at: datetime
    updated_at: datetime


class VacancyCreate(ContractModel):
    """A free place: in a household or a home (exactly one), from when, for whom."""

    household_id: str | None = None
    home_id: str | None = None
    available_from: date
    age_min: Age
    age_max: Age
    placement_kinds: Annotated[list[PlacementKind], AfterValidator(_unique)] = Field(min_length=1)
    placement_type: PlacementType | None = Field(
        default=None, description="SSDA903 placement type the place would be (e.g. U4, K2)"
    )


class VacancyRead(ReadModel):
    id: str
    agency_id: str
    external_id: str | None = Field(default=None, description="The partner's id, if it has one")
    household_id: str | None
    home_id: str | None
    setting: Setting
    state: VacancyState
    unavailable_reason: UnavailableReason | None
    referral_id: str | None = Field(description="The referral it is held, reserved or filled for")
    held_by: str | None = Field(
        default=None,
        description="Who placed the hold: a service's client id (e.g. hearth-matching) or "
        "an agency user's actor id; kept while reserved or filled, cleared when released",
    )
    held_at: datetime | None = Field(default=None, description="When the hold was placed")
    available_from: date
    age_min: int
    age_max: int
    placement_kinds: list[PlacementKind]
    placement_type: PlacementType | None
    last_confirmed_at: datetime
    last_confirmed_by: str
    stale: bool = Field(description="Not confirmed with the carer or home in the last 24 hours")
    version: int


class VacancyCommand(ContractModel):
    """Hold, reserve or fill a place for one referral."""

    referral_id: str = Field(min_length=1, max_length=64)


class VacancyMarkUnavailable(ContractModel):
    reason: UnavailableReason
    note: ShortText | None = None


class VacancyConfirm(ContractModel):
    """The outcome of today's call to the carer or home."""

    outcome: ConfirmationOutcome
    available_from: date | None = None
    age_min: Age | None = None
    age_max: Age | None = None
    placement_kinds: Annotated[list[PlacementKind], AfterValidator(_unique)] | None = None
    reason: UnavailableReason | None = Field(default=None, description="When no longer available")


class HouseholdBulkItem(ContractModel):
    external_id: ExternalId
    if_match: str | None = Field(default=None, description="The ETag last read, or *")
    household: dict[str, Any] = Field(description="A HouseholdCreate, validated item by item")


class HouseholdBulkUpsert(ContractModel):
    items: list[HouseholdBulkItem] = Field(min_length=1, max_length=MAX_BULK_ITEMS)


class HomeBulkItem(ContractModel):
    external_id: ExternalId
    if_match: str | None = Field(default=None, description="The ETag last read, or *")
    home: dict[str, Any] = Field(description="A HomeCreate, validated item by item")


class HomeBulkUpsert(ContractModel):
    items: list[HomeBulkItem] = Field(min_length=1, max_length=MAX_BULK_ITEMS)


class PartnerVacancyCreate(ContractModel):
    """A free place as a partner sends it: its household or home named by external id."""

    household_external_id: ExternalId | None = None
    home_external_id: ExternalId | None = None
    available_from: date
    age_min: Age
    age_max: Age
    placement_kinds: Annotated[list[PlacementKind], AfterValidator(_unique)] = Field(min_length=1)
    placement_type: PlacementType | None = Field(
        default=None, description="SSDA903 placement type the place would be (e.g. U4, K2)"
    )
    last_confirmed_at: datetime | None = Field(
        default=None,
        description="When the source last confirmed the place with the carer or home "
        "(not in the future); absent: now. An unchanged place keeps its own.",
    )


class PartnerVacancyRead(VacancyRead):
    """A place as the partner sees it: with its own and its holder's external ids."""

    household_external_id: str | None
    home_external_id: str | None


class VacancyBulkItem(ContractModel):
    external_id: ExternalId
    if_match: str | None = Field(default=None, description="The ETag last read, or *")
    vacancy: dict[str, Any] = Field(description="A PartnerVacancyCreate, validated item by item")


class VacancyBulkUpsert(ContractModel):
    items: list[VacancyBulkItem] = Field(min_length=1, max_length=MAX_BULK_ITEMS)


class BulkItemStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class BulkItemResult(ReadModel):
    external_id: str
    status: BulkItemStatus
    id: str | None = None
    etag: str | None = None
    problem: ProblemDetails | None = None


class BulkUpsertResult(ReadModel):
    """One result per item of a bulk upsert, in the order of the items."""

    results: list[BulkItemResult]


HouseholdBulkResult = BulkUpsertResult


class PartnerLookup(ContractModel):
    external_ids: list[ExternalId] = Field(min_length=1, max_length=MAX_BULK_ITEMS)


HouseholdLookup = PartnerLookup


class HouseholdLookupResult(ReadModel):
    items: list[HouseholdRead]
    missing: list[str] = Field(description="External ids with no household (deleted or never made)")


class HomeLookupResult(ReadModel):
    items: list[HomeRead]
    missing: list[str] = Field(description="External ids with no home (deleted or never made)")


class VacancyLookupResult(ReadModel):
    items: list[PartnerVacancyRead]
    missing: list[str] = Field(description="External ids with no place (deleted or never made)")


class ImportRowReport(ReadModel):
    row: int = Field(description="1-based line number in the file, the header being line 1")
    errors: list[str]


class ImportReport(ReadModel):
    accepted: bool
    created: int
    updated: int
    rejected_rows: list[ImportRowReport]


class SupplyRow(ReadModel):
    agency_id: str
    setting: Setting
    age_band: str
    placement_kind: PlacementKind
    free_places: int


class SupplyFigures(ReadModel):
    at: datetime
    free_places: int
    stale: int
    rows: list[SupplyRow]
