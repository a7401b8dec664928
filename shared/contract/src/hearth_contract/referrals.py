"""The standard referral: one record any LA can fill and every agency can read.

It carries everything of the DfE-funded Placements Data Standard's referral part
(availability, requirements, recommendation, risks) plus what a placement officer
screens for: the child's legal status, needs, school, family time and placement
history. Codes are SSDA903 where one exists (``hearth_contract.codes``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    Field,
    JsonValue,
    StringConstraints,
    model_validator,
)

from hearth_contract.codes import (
    AdditionalSupport,
    AnimalSpecies,
    CareNeed,
    CategoryOfNeed,
    CommunicationNeeds,
    CommunicationRequirement,
    CulturalNeeds,
    Disability,
    LegalStatus,
    LivingCompanions,
    NeededBy,
    PetsSuitability,
    PlacementType,
    ReasonPlacementChange,
    RiskState,
    SettingSuitability,
    Vulnerability,
)
from hearth_contract.common import (
    ContractModel,
    EmailAddress,
    LongText,
    ReadModel,
    SaneDate,
    ShortText,
    single_line_text,
)

__all__ = [
    "Adaptation",
    "AgencyProgress",
    "AgencyRead",
    "AgencySettingsUpdate",
    "AgencyUpdate",
    "ChildCreate",
    "ChildRead",
    "CompletenessItem",
    "DeclineReason",
    "Duration",
    "FamilyTime",
    "FamilyTimeFrequency",
    "Gender",
    "InformationAnswer",
    "InformationAnswersCreate",
    "InformationQuestion",
    "InformationQuestionCreate",
    "InformationRequestCreate",
    "InformationRequestRead",
    "InformationRequestStatus",
    "LinkedReferral",
    "ParentDetails",
    "PersonContact",
    "PlacementSought",
    "PreviousPlacement",
    "QuestionResolve",
    "RecipientStatus",
    "ReferralAssign",
    "ReferralClose",
    "ReferralCreate",
    "ReferralDecline",
    "ReferralPlaced",
    "ReferralRead",
    "ReferralSource",
    "ReferralStatus",
    "ReferralSummary",
    "ReferralUpdate",
    "ReferralWithdraw",
    "RiskEntry",
    "Risks",
    "RisksToChild",
    "RisksToOthers",
    "School",
    "ScreeningRead",
    "Setting",
    "SettingSuitabilities",
    "Severity",
    "SlaSummary",
    "StatusChange",
    "Urgency",
    "WaitingOn",
]

MAX_CHILDREN = 8

PhoneNumber = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9][0-9 ()-]{6,24}$"),
]
Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_-]{1,64}$")]
LaReference = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    AfterValidator(single_line_text),
]
UkPostcode = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_upper=True,
        pattern=r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$",
    ),
]


def _unique(values: list) -> list:
    if len(set(values)) != len(values):
        raise ValueError("must not repeat a value")
    return values


class Setting(StrEnum):
    FOSTERING = "fostering"
    RESIDENTIAL = "residential"
    PARENT_AND_CHILD = "parent_and_child"
    SECURE = "secure"
    SUPPORTED_ACCOMMODATION = "supported_accommodation"


class ReferralSource(StrEnum):
    """How a referral came to be registered, and so whose view it belongs to."""

    LA_API = "la_api"  # the LA sent it through its own API (JSON, or a document it uploaded)
    AGENCY_DOCUMENT = "agency_document"  # an agency registered it from a document it received


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    PLANNED = "planned"


class Duration(StrEnum):
    RESPITE = "respite"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"
    PERMANENCE = "permanence"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    NOT_STATED = "not_stated"


class Adaptation(StrEnum):
    WHEELCHAIR_ACCESS = "wheelchair_access"
    GROUND_FLOOR_BEDROOM = "ground_floor_bedroom"
    ADAPTED_BATHROOM = "adapted_bathroom"
    HOIST = "hoist"
    SENSORY_ROOM = "sensory_room"
    OTHER = "other"


class FamilyTimeFrequency(StrEnum):
    DAILY = "daily"
    SEVERAL_TIMES_A_WEEK = "several_times_a_week"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    LESS_OFTEN = "less_often"
    TO_BE_AGREED = "to_be_agreed"


class PersonContact(ContractModel):
    """A professional's contact details (the child's social worker, their team manager)."""

    name: ShortText
    email: EmailAddress | None = None
    phone: PhoneNumber | None = None


class SettingSuitabilities(ContractModel):
    """The Placements Standard's PlacementRecommendation."""

    foster_care: SettingSuitability = SettingSuitability.NOT_SPECIFIED
    residential_care: SettingSuitability = SettingSuitability.NOT_SPECIFIED
    supported_accommodation: SettingSuitability = SettingSuitability.NOT_SPECIFIED


class PlacementSought(ContractModel):
    """What kind of home is needed, when, where and with whom."""

    setting: Setting
    suitability: SettingSuitabilities = Field(default_factory=SettingSuitabilities)
    urgency: Urgency
    duration: Duration
    needed_by: NeededBy
    start_date: date | None = None
    preferred_location: ShortText | None = None
    preferred_postcode: UkPostcode | None = None
    living_companions: LivingCompanions | None = Field(
        default=None, description="Who the child can live alongside; null = not stated"
    )
    pets: PetsSuitability = PetsSuitability.NOT_KNOWN
    additional_support: Annotated[list[AdditionalSupport], AfterValidator(_unique)] = Field(
        default_factory=list
    )
    additional_support_detail: ShortText | None = None
    deprivation_of_liberty: bool | None = Field(
        default=None, description="A Deprivation of Liberty order applies; null = not stated"
    )
    cultural_needs: CulturalNeeds = CulturalNeeds.NOT_KNOWN
    cultural_needs_detail: LongText | None = None


class School(ContractModel):
    name: ShortText
    postcode: UkPostcode | None = None
    must_stay: bool | None = Field(default=None, description="Must the child stay at this school?")
    ehcp: bool | None = Field(default=None, description="Has an Education, Health and Care Plan")
    year_group: Annotated[int, Field(ge=-1, le=14)] | None = None


class FamilyTime(ContractModel):
    """One family-time (contact) arrangement."""

    with_whom: ShortText
    frequency: FamilyTimeFrequency
    supervised: bool | None = None
    venue_postcode: UkPostcode | None = None
    detail: LongText | None = None


class PreviousPlacement(ContractModel):
    """One earlier placement, as in the SSDA903 episode record."""

    placement_type: PlacementType | None = None
    description: ShortText | None = None
    started_on: date | None = None
    ended_on: date | None = None
    reason_for_ending: ReasonPlacementChange | None = None
    reason_detail: LongText | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> PreviousPlacement:
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValueError("ended_on is before started_on")
        return self


class RiskEntry(ContractModel):
    state: RiskState = RiskState.NOT_STATED
    detail: LongText | None = None


class RisksToChild(ContractModel):
    """The Placements Standard's six risks to the child, and 'other'."""

    self_harm: RiskEntry = Field(default_factory=RiskEntry)
    sexual_exploitation: RiskEntry = Field(default_factory=RiskEntry)
    criminal_exploitation: RiskEntry = Field(default_factory=RiskEntry)
    drug_alcohol: RiskEntry = Field(default_factory=RiskEntry)
    eating_disorder: RiskEntry = Field(default_factory=RiskEntry)
    missing: RiskEntry = Field(default_factory=RiskEntry)
    other: LongText | None = None


class RisksToOthers(ContractModel):
    """The Placements Standard's five risks to others or property, and 'other'."""

    physical_harm: RiskEntry = Field(default_factory=RiskEntry)
    sexual_harm: RiskEntry = Field(default_factory=RiskEntry)
    fire_setting: RiskEntry = Field(default_factory=RiskEntry)
    harm_to_animals: RiskEntry = Field(default_factory=RiskEntry)
    criminal_exploitation: RiskEntry = Field(default_factory=RiskEntry)
    other: LongText | None = None


class Risks(ContractModel):
    to_child: RisksToChild = Field(default_factory=RisksToChild)
    to_others: RisksToOthers = Field(default_factory=RisksToOthers)


class ChildCreate(ContractModel):
    """One child in the referral (a sibling group is several)."""

    first_name: ShortText
    known_as: ShortText | None = None
    last_name: ShortText | None = None
    date_of_birth: SaneDate | None = None
    age_years: Annotated[int, Field(ge=0, le=17)] | None = Field(
        default=None, description="Age in years when the date of birth is not known"
    )
    gender: Gender = Gender.NOT_STATED
    ethnicity: ShortText | None = None
    religion: ShortText | None = None
    first_language: ShortText | None = None
    communication_needs: CommunicationNeeds = CommunicationNeeds.NOT_SPECIFIED
    communication_requirements: Annotated[
        list[CommunicationRequirement], AfterValidator(_unique)
    ] = Field(default_factory=list)
    legal_status: LegalStatus | None = None
    category_of_need: CategoryOfNeed | None = None
    disabilities: Annotated[list[Disability], AfterValidator(_unique)] = Field(default_factory=list)
    adaptations: Annotated[list[Adaptation], AfterValidator(_unique)] = Field(default_factory=list)
    vulnerabilities: Annotated[list[Vulnerability], AfterValidator(_unique)] = Field(
        default_factory=list, description="What makes the child less able to protect themselves"
    )
    animal_allergies: Annotated[list[AnimalSpecies], AfterValidator(_unique)] | None = Field(
        default=None, description="Species the child is allergic to; [] = none; null = not stated"
    )
    cultural_needs: Annotated[list[CareNeed], AfterValidator(_unique)] = Field(
        default_factory=list, description="Coded cultural and faith needs (halal diet, ...)"
    )
    health_needs: LongText | None = None
    medication: LongText | None = None
    allergies: LongText | None = None
    school: School | None = None
    family_time: list[FamilyTime] | None = Field(
        default=None, description="Family-time arrangements; [] = none, null = not stated"
    )
    no_contact_with: list[ShortText] = Field(default_factory=list)
    placement_history: list[PreviousPlacement] | None = Field(
        default=None, description="Earlier placements; [] = first placement, null = not stated"
    )
    previous_placements_count: Annotated[int, Field(ge=0, le=99)] | None = Field(
        default=None, description="How many placements before this one, when not listed"
    )
    care_plan_exists: bool | None = Field(default=None, description="null = not stated")
    pets: PetsSuitability = Field(
        default=PetsSuitability.NOT_KNOWN, description="Whether this child can live with pets"
    )
    risks: Risks = Field(default_factory=Risks)
    behaviours: LongText | None = None
    strengths: LongText | None = None
    interests: list[ShortText] = Field(default_factory=list)
    wishes_and_feelings: LongText | None = None

    @model_validator(mode="after")
    def _age_is_known(self) -> ChildCreate:
        if self.date_of_birth is None and self.age_years is None:
            raise ValueError("give date_of_birth or age_years")
        return self


class ParentDetails(ContractModel):
    """The parent in a parent-and-child referral."""

    first_name: ShortText
    last_name: ShortText | None = None
    date_of_birth: SaneDate | None = None
    age_years: Annotated[int, Field(ge=10, le=80)] | None = None
    needs: LongText | None = None
    risks: LongText | None = None
    risk_states: Risks = Field(
        default_factory=Risks, description="The parent's own risks, coded as a child's are"
    )


class ReferralCreate(ContractModel):
    """What an LA sends. The referring LA is the caller's own (from its token)."""

    la_reference: LaReference
    referral_date: SaneDate
    agency_ids: Annotated[
        list[Code], Field(min_length=1, max_length=50), AfterValidator(_unique)
    ] = Field(description="The agencies this referral is sent to")
    social_worker: PersonContact
    team_manager: PersonContact | None = None
    placement: PlacementSought
    children: Annotated[list[ChildCreate], Field(min_length=1, max_length=MAX_CHILDREN)]
    parent: ParentDetails | None = None


class ReferralUpdate(ContractModel):
    """An LA's amendment (JSON merge patch semantics: only the fields sent change)."""

    la_reference: LaReference | None = None
    social_worker: PersonContact | None = None
    team_manager: PersonContact | None = None
    placement: PlacementSought | None = None
    children: Annotated[list[ChildCreate], Field(min_length=1, max_length=MAX_CHILDREN)] | None = (
        None
    )
    parent: ParentDetails | None = None


class ReferralStatus(StrEnum):
    """The referral as the LA sees it."""

    OPEN = "open"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"
    PLACED = "placed"  # the LA accepted an agency's offer


class RecipientStatus(StrEnum):
    """One agency's screening of a referral."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    INFORMATION_REQUESTED = "information_requested"
    PROGRESSING = "progressing"
    DECLINED = "declined"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    PLACED = "placed"  # the LA accepted this agency's offer


class DeclineReason(StrEnum):
    NO_VACANCY = "no_vacancy"
    NEEDS_CANNOT_BE_MET = "needs_cannot_be_met"
    LOCATION = "location"
    RISK_TO_OTHERS_IN_HOME = "risk_to_others_in_home"
    AGE_OUTSIDE_APPROVAL = "age_outside_approval"
    SIBLING_GROUP_TOO_LARGE = "sibling_group_too_large"
    MATCHING_CONSIDERATIONS = "matching_considerations"
    INSUFFICIENT_INFORMATION = "insufficient_information"
    PLACED_ELSEWHERE = "placed_elsewhere"
    OTHER = "other"


class Severity(StrEnum):
    BLOCKS_MATCHING = "blocks_matching"
    BEFORE_OFFER = "before_offer"
    NICE_TO_HAVE = "nice_to_have"


class CompletenessItem(ReadModel):
    """Something missing or unclear, and the question to send the LA."""

    pointer: str = Field(
        description="JSON pointer into the referral, e.g. /children/0/legal_status"
    )
    topic: str
    severity: Severity
    message: str
    question: str


class StatusChange(ReadModel):
    at: datetime
    agency_id: str | None
    actor_kind: str
    actor: str
    from_status: str | None
    to_status: str
    reason: str | None = None
    note: str | None = None


class ScreeningRead(ReadModel):
    """One agency's screening of the referral: the 15-minute clock and where it stands."""

    agency_id: str
    status: RecipientStatus
    received_at: datetime
    first_response_due_at: datetime
    first_responded_at: datetime | None
    first_response_overdue: bool
    assigned_officer: str | None
    assigned_officer_name: str | None
    decline_reason: DeclineReason | None
    decline_note: str | None


class LinkedReferral(ReadModel):
    """An earlier referral of the same child (a re-referral), with what happened to it."""

    referral_id: str
    referral_date: date
    la_reference: str
    match_basis: str = Field(description="la_reference, or name_and_date_of_birth")
    status: ReferralStatus
    outcomes: list[str] = Field(description="Each agency's outcome visible to the caller")


class ChildRead(ChildCreate):
    """A child as stored, with the age worked out on the day of reading."""

    model_config = ReadModel.model_config
    age_today: int | None = None


class ReferralRead(ReadModel):
    id: str
    version: int
    status: ReferralStatus
    la_code: str
    la_name: str
    la_reference: str
    referral_date: date
    received_at: datetime
    social_worker: PersonContact
    team_manager: PersonContact | None
    placement: PlacementSought
    children: list[ChildRead]
    parent: ParentDetails | None
    screening: list[ScreeningRead] = Field(
        description="One per agency the caller may see (an agency sees only its own)"
    )
    completeness: list[CompletenessItem]
    linked_referrals: list[LinkedReferral]
    document_id: str | None = None
    source: ReferralSource = Field(
        default=ReferralSource.LA_API,
        description="la_api: the LA sent it. agency_document: an agency registered it from a "
        "document it received; it is in the LA's own list only once the LA claims it",
    )
    registered_by: str | None = Field(
        default=None, description="Who registered it (kind:tenant:subject); when is received_at"
    )
    claimed_at: datetime | None = Field(
        default=None, description="When the LA claimed an agency-registered referral as its own"
    )
    claimed_by: str | None = None


class WaitingOn(StrEnum):
    """Whose move it is, as a list filter."""

    LA = "la"  # an agency asked the LA for information it has not fully given yet


class AgencyProgress(ReadModel):
    """One addressed agency's progress on a referral, as the LA's list shows it."""

    agency_id: str
    status: RecipientStatus
    first_responded_at: datetime | None
    open_questions: int = Field(
        description="Questions this agency asked that the LA has not answered yet"
    )
    offers: int | None = Field(
        default=None,
        description="Offers this agency has made; null until offers are recorded here",
    )


class ReferralSummary(ReadModel):
    """A work-queue row: enough to triage without opening the referral."""

    id: str
    la_code: str
    la_name: str
    la_reference: str
    referral_date: date
    received_at: datetime
    status: ReferralStatus
    setting: Setting
    urgency: Urgency
    needed_by: NeededBy
    start_date: date | None
    children_count: int
    youngest_age: int | None
    eldest_age: int | None
    screening: ScreeningRead | None = Field(
        default=None, description="The calling agency's own screening (agencies only)"
    )
    blocking_gaps: int = Field(description="Completeness items that block matching")
    source: ReferralSource = ReferralSource.LA_API
    agencies: list[AgencyProgress] | None = Field(
        default=None,
        description="Each addressed agency's screening status and the questions it awaits "
        "answers to (the LA's list only; an agency sees its own screening)",
    )


class ReferralAssign(ContractModel):
    officer_id: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    officer_name: ShortText | None = None


class ReferralDecline(ContractModel):
    reason: DeclineReason
    note: LongText | None = None


class ReferralClose(ContractModel):
    note: LongText | None = None


class ReferralPlaced(ContractModel):
    """The offers service records the LA's acceptance: the child is placed with the agency."""

    agency_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    offer_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]


class ReferralWithdraw(ContractModel):
    reason: ShortText
    note: LongText | None = None


class InformationQuestionCreate(ContractModel):
    topic: ShortText = Field(description="e.g. placement_history, risks, family_time")
    text: LongText
    pointer: str | None = Field(default=None, max_length=200)


class InformationRequestCreate(ContractModel):
    questions: Annotated[list[InformationQuestionCreate], Field(min_length=1, max_length=30)]


class InformationRequestStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


JsonPointer = Annotated[
    str, StringConstraints(min_length=2, max_length=200, pattern=r"^(/[^/]*)+$")
]


class InformationQuestion(ReadModel):
    id: str
    topic: str
    text: str
    pointer: str | None
    answer: str | None
    answered_at: datetime | None
    value: JsonValue | None = Field(
        default=None, description="The structured value the LA's answer wrote into the referral"
    )
    applied_to: str | None = Field(
        default=None, description="JSON pointer into the referral where the value was written"
    )
    resolved_at: datetime | None = Field(
        default=None,
        description="When the asking agency's officer accepted the answer as resolving the gap",
    )
    resolved_by: str | None = None
    resolved_pointer: str | None = Field(
        default=None, description="The gap (JSON pointer) the accepted answer resolves"
    )


class InformationRequestRead(ReadModel):
    id: str
    referral_id: str
    agency_id: str
    status: InformationRequestStatus
    requested_at: datetime
    requested_by: str
    answered_at: datetime | None
    questions: list[InformationQuestion]


class InformationAnswer(ContractModel):
    """An answer in words, or a value for the field asked about, or both.

    A ``value`` is written into the referral at ``pointer`` (by default the question's
    own pointer; if the question has one, ``pointer`` must be it or lie within it), and
    the referral must still be valid: it is an amendment, with history and a new version.
    """

    question_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    answer: LongText | None = None
    value: JsonValue | None = Field(
        default=None,
        description="The field's new value, as ReferralCreate takes it at pointer "
        '(e.g. "C2" at /children/0/legal_status)',
    )
    pointer: JsonPointer | None = Field(
        default=None,
        description="Where value goes in the referral, e.g. /children/0/legal_status; "
        "default the question's pointer. A trailing /- appends to an array",
    )

    @model_validator(mode="after")
    def _says_something(self) -> InformationAnswer:
        if self.answer is None and self.value is None:
            raise ValueError("give answer, value, or both")
        if self.pointer is not None and self.value is None:
            raise ValueError("pointer says where value goes: give value too")
        return self


class InformationAnswersCreate(ContractModel):
    answers: Annotated[list[InformationAnswer], Field(min_length=1, max_length=30)]


class QuestionResolve(ContractModel):
    """The asking agency accepts an answer (in words) as resolving a gap in the referral."""

    pointer: JsonPointer | None = Field(
        default=None,
        description="The gap resolved, e.g. /children/0/legal_status; default the question's",
    )
    note: LongText | None = None


class SlaSummary(ReadModel):
    """The calling agency's first-response clock for today (Europe/London).

    "Today" starts at midnight in London; the three ``_today`` counts are of the same
    referrals, those received today, so ``answered_today <= received_today``.
    """

    agency_id: str
    target_minutes: int
    awaiting_first_response: int
    overdue: int
    received_today: int = Field(description="Received since midnight, London time")
    answered_today: int = Field(description="Of those received today, how many have an answer")
    answered_within_target_today: int = Field(
        description="Of those received today, how many were answered within the target"
    )


class AgencyUpdate(ContractModel):
    """An agency's entry in the directory (operators register agencies)."""

    name: ShortText
    first_response_minutes: Annotated[int, Field(ge=1, le=24 * 60)] = 15


class AgencySettingsUpdate(ContractModel):
    """What an agency sets for itself: its first-response target."""

    first_response_minutes: Annotated[int, Field(ge=1, le=24 * 60)]


class AgencyRead(ReadModel):
    id: str
    name: str
    first_response_minutes: int
