"""The offers service's events, as the placements service and integrators read them.

An offer is the agency's formal proposal of a placement to the LA, made from an agreed
match (``match.ready_for_offer``). The events are thin, like every feed's: ids, codes
and dates, never a child's details. ``offer.accepted`` carries what the placements
service needs to open the placement without another call.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hearth_contract.common import ContractModel, EventRead, LongText, ReadModel, ShortText
from hearth_contract.referrals import PersonContact, Setting

__all__ = [
    "AcceptanceProgress",
    "AcceptanceRead",
    "AcceptanceStep",
    "AddOnKind",
    "AddOnRate",
    "AddOnRequest",
    "AgencyBrandRead",
    "AgencyBrandUpdate",
    "AttachmentRead",
    "CareBand",
    "ChaseRead",
    "ChildBrief",
    "CoreFee",
    "CostingLine",
    "CostingRequest",
    "Costings",
    "LineAdjustment",
    "LinePeriod",
    "NeedMet",
    "OfferAccept",
    "OfferAcceptedData",
    "OfferCreate",
    "OfferDecline",
    "OfferDeclineReason",
    "OfferEmailRead",
    "OfferEmailStatus",
    "OfferEvent",
    "OfferPack",
    "OfferRead",
    "OfferStatus",
    "OfferStepRead",
    "OfferSummary",
    "OfferUpdate",
    "OfferWithdraw",
    "OneOffRate",
    "OneOffRequest",
    "PackLogo",
    "RateCardCreate",
    "RateCardRead",
]

Pence = Annotated[int, Field(ge=0, le=100_000_000, description="An amount in pence (GBP)")]
Code = Annotated[str, Field(pattern=r"^[a-z0-9_]{1,40}$")]
RecordId = Annotated[str, Field(min_length=1, max_length=64)]


class OfferEvent(StrEnum):
    """The types of event on the offers feed (``GET /v1/events`` of the offers service)."""

    DRAFTED = "offer.drafted"
    SENT = "offer.sent"
    CHASED = "offer.chased"
    WITHDRAWN = "offer.withdrawn"
    # the LA said yes: the place, the referral and the match are being updated; then
    # ``offer.accepted`` once all three are done
    ACCEPTING = "offer.accepting"
    ACCEPTED = "offer.accepted"
    DECLINED = "offer.declined"
    LAPSED = "offer.lapsed"


class OfferAcceptedData(BaseModel):
    """The data of an ``offer.accepted`` event: the LA has said yes to this offer."""

    model_config = ConfigDict(extra="ignore")

    offer_id: str
    match_id: str
    referral_id: str
    la_code: str = Field(description="The LA's ONS code (E10000016)")
    agency_id: str
    household_id: str | None = Field(default=None, description="A fostering household; or")
    home_id: str | None = Field(default=None, description="a children's home")
    vacancy_ids: list[str] = Field(description="The places the child will take")
    start_date: date = Field(description="The placement's agreed start date")
    placement_type: str = Field(description="SSDA903 placement type code (PLACEMENTTYPE_LABELS)")
    legal_status: str | None = Field(
        default=None, description="SSDA903 legal status code at the start, where known"
    )

    @classmethod
    def from_event(cls, event: EventRead) -> OfferAcceptedData:
        """The data of an event read from the offers feed; ``ValueError`` for another type."""
        if event.type != OfferEvent.ACCEPTED:
            raise ValueError(f"not an {OfferEvent.ACCEPTED} event: {event.type}")
        return cls.model_validate(event.data)


class OfferStatus(StrEnum):
    """Where an offer stands. ``draft`` is the agency's alone; the LA sees the rest."""

    DRAFT = "draft"
    SENT = "sent"
    # The LA said yes; the place is being filled, the referral placed and the match
    # closed in their services (retried until done), then ``accepted``.
    ACCEPTING = "accepting"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    LAPSED = "lapsed"  # past its answer-by date, or closed because the child was placed elsewhere


class OfferDeclineReason(StrEnum):
    """Why an LA declined an offer (``other`` needs a note)."""

    COST = "cost"
    DISTANCE = "distance"
    NEEDS_NOT_MET = "needs_not_met"
    PLACED_ELSEWHERE = "placed_elsewhere"
    CHILDS_PLAN_CHANGED = "childs_plan_changed"
    OTHER = "other"


class CareBand(StrEnum):
    """The band of a core weekly fee."""

    STANDARD = "standard"
    ENHANCED = "enhanced"
    SPECIALIST = "specialist"
    PARENT_AND_CHILD = "parent_and_child"
    SOLO = "solo"


class AddOnKind(StrEnum):
    """A weekly add-on to the core fee."""

    EXTRA_SUPPORT_HOURS = "extra_support_hours"  # priced per hour
    EDUCATION_SUPPORT = "education_support"  # priced per week
    TRANSPORT = "transport"  # priced per week
    THERAPY = "therapy"  # priced per week


class LinePeriod(StrEnum):
    WEEKLY = "weekly"
    ONE_OFF = "one_off"


class CoreFee(ContractModel):
    """The core weekly fee for a setting and band."""

    setting: Setting
    band: CareBand
    weekly_pence: Pence


class AddOnRate(ContractModel):
    """An add-on's price: per hour (extra support hours) or per week (the others)."""

    kind: AddOnKind
    rate_pence: Pence
    description: ShortText | None = None


class OneOffRate(ContractModel):
    """A one-off cost (for example an introductions period or equipment)."""

    code: Code
    description: ShortText
    amount_pence: Pence


class RateCardCreate(ContractModel):
    """A version of the agency's rate card, in force from ``effective_from`` (inclusive) to
    ``effective_to`` (inclusive; open-ended when absent). Versions may not overlap."""

    effective_from: date
    effective_to: date | None = None
    core_fees: list[CoreFee] = Field(min_length=1, max_length=100)
    add_ons: list[AddOnRate] = Field(default_factory=list, max_length=20)
    one_offs: list[OneOffRate] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def _consistent(self) -> RateCardCreate:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        keys = [(fee.setting, fee.band) for fee in self.core_fees]
        if len(keys) != len(set(keys)):
            raise ValueError("core_fees name a setting and band twice")
        if len({a.kind for a in self.add_ons}) != len(self.add_ons):
            raise ValueError("add_ons name a kind twice")
        if len({o.code for o in self.one_offs}) != len(self.one_offs):
            raise ValueError("one_offs name a code twice")
        reserved = {"core", *AddOnKind}
        if any(o.code in reserved for o in self.one_offs):
            raise ValueError("a one-off's code may not be 'core' or an add-on kind")
        return self


class RateCardRead(ReadModel):
    id: str
    agency_id: str
    version: int = Field(description="1 for the agency's first rate card, then 2, 3, ...")
    effective_from: date
    effective_to: date | None
    core_fees: list[CoreFee]
    add_ons: list[AddOnRate]
    one_offs: list[OneOffRate]
    created_at: datetime
    created_by: str


class AddOnRequest(ContractModel):
    """An add-on for this child: hours a week for extra support hours, else 1 (a week)."""

    kind: AddOnKind
    quantity: Annotated[int, Field(ge=1, le=168)] = 1


class OneOffRequest(ContractModel):
    code: Code
    quantity: Annotated[int, Field(ge=1, le=100)] = 1


class LineAdjustment(ContractModel):
    """An officer's change to one priced line (by its ``code``); the reason is in the pack."""

    code: Code
    amount_pence: Pence
    reason: ShortText


class CostingRequest(ContractModel):
    """What to price from the rate card in force on the offer's date."""

    band: CareBand
    add_ons: list[AddOnRequest] = Field(default_factory=list, max_length=10)
    one_offs: list[OneOffRequest] = Field(default_factory=list, max_length=20)
    adjustments: list[LineAdjustment] = Field(default_factory=list, max_length=30)


class CostingLine(ReadModel):
    """One priced line, frozen into the offer."""

    code: str = Field(description="core, an add-on kind, or a one-off code")
    description: str
    period: LinePeriod
    quantity: int
    unit_pence: int
    priced_pence: int = Field(description="quantity x unit, from the rate card")
    amount_pence: int = Field(description="What is charged: priced_pence, or the adjustment")
    adjustment_reason: str | None = None


class Costings(ReadModel):
    """An offer's costings: lines frozen from one rate-card version, and their totals."""

    rate_card_id: str
    rate_card_version: int
    setting: Setting
    band: CareBand
    lines: list[CostingLine]
    weekly_total_pence: int
    one_off_total_pence: int
    total_weekly_cost: int = Field(
        description="Placements Standard totalWeeklyCost: the weekly total in whole pounds"
    )
    rounding: str = Field(
        description="How pence become the standard's whole pounds (half up, once, on the total)"
    )


class ChildBrief(ReadModel):
    """What the LA needs to recognise the child in an offer, and the needs it asked about."""

    first_name: str
    age_years: int | None
    gender: str
    legal_status: str | None
    needs: list[str]


class NeedMet(ReadModel):
    """How the home meets one of the child's needs, in words an LA reads."""

    need: str
    how: str


class AttachmentRead(ReadModel):
    """A file of the family or home profile (a picture book, a profile document)."""

    id: str
    filename: str
    media_type: Literal["image/jpeg", "image/png", "application/pdf"]
    size_bytes: int
    sha256: str
    description: str | None = Field(default=None, description="Alternative text for an image")


class PackLogo(ReadModel):
    """The agency's logo as a pack shows it: the stored image by its hash, and its alt text."""

    sha256: str
    media_type: Literal["image/jpeg", "image/png"]
    alt_text: str = Field(description="Alternative text, read out in place of the image")


class AgencyBrandUpdate(ContractModel):
    """The agency's name as its packs show it."""

    display_name: ShortText


class AgencyBrandRead(ReadModel):
    """The agency's name and logo, as its next packs will show them (sent packs keep theirs)."""

    agency_id: str
    display_name: str | None
    logo: PackLogo | None
    updated_at: datetime | None


class OfferPack(ReadModel):
    """What the LA receives, frozen when the offer is sent."""

    composed_at: datetime
    agency_id: str
    agency_name: str | None = Field(default=None, description="The agency's name, as it set it")
    logo: PackLogo | None = None
    children: list[ChildBrief]
    needs_met: list[NeedMet]
    needs_not_met: list[str]
    profile_text: str | None
    attachments: list[AttachmentRead]
    costings: Costings | None
    contacts: list[PersonContact]
    answer_by: date | None


class OfferStepRead(ReadModel):
    step: str = Field(description="drafted, edited, sent, chased, accepted, declined, ...")
    reason_code: str | None = None
    note: str | None = None
    actor: str
    at: datetime


class OfferEmailStatus(StrEnum):
    QUEUED = "queued"  # waiting for SMTP (first try, or a retry after an outage)
    SENT = "sent"  # the mail server accepted it
    FAILED = "failed"  # refused for good, or out of attempts: a person must act


class OfferEmailRead(ReadModel):
    """One email of a sent offer (the pack PDF attached), as the mail outbox delivers it."""

    id: str
    recipient_role: Literal["social_worker", "placement_team"]
    to_address: str
    status: OfferEmailStatus
    attempts: int
    last_error: str | None = Field(description="The last SMTP error's kind and code, if any")
    next_attempt_at: datetime | None = Field(description="When it is tried again (queued)")
    sent_at: datetime | None
    message_id: str = Field(description="The Message-ID, the same on every attempt")


class AcceptanceStep(StrEnum):
    """What an LA's acceptance does in the other services, in this order."""

    PLACE_FILLED = "place_filled"  # vacancies: the place held for the match is filled
    MATCH_PLACED = "match_placed"  # matching: the match is closed as placed
    REFERRAL_PLACED = "referral_placed"  # referrals: placed with this agency


class AcceptanceProgress(ReadModel):
    """Where an accepted offer's steps stand in the other services (each retried until
    done, unless a service refused one for good: then it waits for an operator)."""

    done: list[AcceptanceStep]
    waiting_on: AcceptanceStep | None = Field(
        description="The next step to complete; null once the offer is accepted"
    )
    last_problem: str | None = Field(
        description="Why the step waited last time (the service's problem type, or "
        "'unavailable'); it is tried again unless ``failed``"
    )
    waits: int = Field(description="How many times a step waited, each new reason once")
    failed: bool = Field(
        default=False,
        description="The service refused ``waiting_on`` for good (a 4xx such as "
        "vacancies:double-booking or matching:match-not-found): it is not retried until an "
        "operator has resolved it there and asks again (POST /v1/offers/{id}/acceptance:retry)",
    )
    failed_status: int | None = Field(
        default=None, description="The HTTP status of the refusal, while ``failed``"
    )


class AcceptanceRead(ReadModel):
    """An acceptance as an operator sees it: ids and progress, no child's detail."""

    offer_id: str
    agency_id: str
    la_code: str
    referral_id: str
    match_id: str
    status: OfferStatus
    answered_at: datetime | None
    acceptance: AcceptanceProgress


class OfferRead(ReadModel):
    id: str
    agency_id: str
    la_code: str
    referral_id: str
    match_id: str
    household_id: str | None
    home_id: str | None
    vacancy_ids: list[str]
    setting: Setting
    placement_type: str
    match_run_id: str | None = None
    status: OfferStatus
    answer_by: date | None
    profile_text: str | None
    contacts: list[PersonContact]
    costings: Costings | None
    attachments: list[AttachmentRead]
    pack: OfferPack | None = Field(description="Frozen at send; null while a draft")
    sent_at: datetime | None
    answered_at: datetime | None
    start_date: date | None
    reason_code: str | None = Field(description="The decline, withdrawal or lapse reason")
    last_chased_at: datetime | None
    chase_count: int
    created_at: datetime
    updated_at: datetime
    version: int
    history: list[OfferStepRead]
    emails: list[OfferEmailRead] = Field(
        default_factory=list, description="The offer's emails and their state (once sent)"
    )
    acceptance: AcceptanceProgress | None = Field(
        default=None, description="Once the LA says yes: the steps in the other services"
    )


class OfferSummary(ReadModel):
    """One agency's offer for a child, side by side with the others (the LA's view)."""

    id: str
    agency_id: str
    status: OfferStatus
    weekly_total_pence: int | None
    total_weekly_cost: int | None
    needs_met: int
    needs_not_met: int
    answer_by: date | None
    sent_at: datetime | None


class ChaseRead(ReadModel):
    """A sent offer awaiting the LA's answer for longer than the agency's chase interval."""

    offer_id: str
    referral_id: str
    la_code: str
    sent_at: datetime
    last_chased_at: datetime | None
    working_hours_waiting: float
    answer_by: date | None


class OfferCreate(ContractModel):
    """Make a draft offer from a match the carer or registered manager has agreed to."""

    match_id: RecordId


class OfferUpdate(ContractModel):
    """Edit a draft: each field given replaces the draft's; absent fields stay."""

    costing: CostingRequest | None = None
    match_run_id: RecordId | None = Field(
        default=None,
        description="A match run the officer saved for the child (matching's "
        "POST /v1/referrals/{id}/match-runs, before proposing): the pack explains how the "
        "home meets each need from it. Without one, from matching's ranking at send.",
    )
    profile_text: LongText | None = None
    contacts: list[PersonContact] | None = Field(default=None, max_length=10)
    answer_by: date | None = None


class OfferAccept(ContractModel):
    start_date: date
    note: LongText | None = None


class OfferDecline(ContractModel):
    reason_code: OfferDeclineReason
    note: LongText | None = None

    @model_validator(mode="after")
    def _other_needs_note(self) -> OfferDecline:
        if self.reason_code is OfferDeclineReason.OTHER and not self.note:
            raise ValueError("a decline for another reason needs a note")
        return self


class OfferWithdraw(ContractModel):
    reason: ShortText
