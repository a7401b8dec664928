"""Matching: ranked, explained matches in both directions, and the decisions people take on them.

The matching service never places a child. It says which homes the rules exclude and
why, ranks the rest with every component of the score explained, and records each
decision: the officer's proposal, the supervising social worker's view, the carer's
or registered manager's answer.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from hearth_contract.common import ContractModel, LongText, ReadModel, ShortText

__all__ = [
    "OPEN_MATCH_STATUSES",
    "SCORE_COMPONENTS",
    "CarerDecision",
    "CarerDeclineReason",
    "ExcludedHome",
    "ExclusionCount",
    "ExclusionSummary",
    "FeedLag",
    "HoldState",
    "HolderKind",
    "HomeMatch",
    "MatchClose",
    "MatchCloseReason",
    "MatchCreate",
    "MatchDirection",
    "MatchList",
    "MatchPlaced",
    "MatchRead",
    "MatchRunRead",
    "MatchStatus",
    "MatchStepRead",
    "MatchingSettingsRead",
    "MatchingSettingsUpdate",
    "ReadModelLag",
    "ReferralMatch",
    "RuleFinding",
    "ScoreComponent",
    "SingleChange",
    "SswDecision",
    "VacancyMatchList",
    "Verdict",
]

Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]

SCORE_COMPONENTS = (
    "school_distance",
    "family_time_distance",
    "own_area",
    "experience",
    "culture",
    "interests",
    "age_mix",
    "siblings_together",
)


class Verdict(StrEnum):
    PASS = "pass"  # noqa: S105 - a rule outcome, not a password
    EXCLUDE = "exclude"
    NEEDS_INFORMATION = "needs_information"


class HolderKind(StrEnum):
    HOUSEHOLD = "household"
    HOME = "home"


class RuleFinding(ReadModel):
    """One rule's finding on one pairing: why a home is excluded, or what must be asked."""

    rule: str = Field(description="The rule's code, e.g. age_range, sexual_harm_to_younger")
    verdict: Verdict
    reason: str = Field(description="In words an officer can read")


class ScoreComponent(ReadModel):
    component: str
    weight: float
    points: float = Field(ge=0, le=1, description="How well this pairing does on it, 0 to 1")
    explanation: str


class ExclusionCount(ReadModel):
    rule: str
    title: str
    count: int


class SingleChange(ReadModel):
    """The one change that would bring the most excluded candidates back into consideration."""

    rule: str
    title: str
    would_open: int
    explanation: str


class ExclusionSummary(ReadModel):
    considered: int
    excluded: int
    by_reason: list[ExclusionCount] = Field(
        description="Each excluded candidate counted once, under the first rule it failed"
    )
    single_change: SingleChange | None
    text: str = Field(description="The summary in one sentence")


class HomeMatch(ReadModel):
    """A home that could take the child, ranked, with its score explained."""

    rank: int
    holder_id: str
    holder_kind: HolderKind
    name: str
    vacancy_ids: list[str]
    score: float = Field(ge=0, le=100)
    components: list[ScoreComponent]
    needs_information: list[RuleFinding]


class ExcludedHome(ReadModel):
    """A home the rules exclude for the referral, and every reason why (primary first)."""

    holder_id: str
    holder_kind: HolderKind
    name: str
    reasons: list[RuleFinding]


class MatchList(ReadModel):
    """The homes ranked for one referral, and why the others are not on the list."""

    referral_id: str
    generated_at: datetime
    homes: list[HomeMatch]
    exclusions: ExclusionSummary
    provisional: bool = Field(
        default=False,
        description="Screening has not progressed the referral for this agency: the ranking "
        "is provisional, for screening; decisions wait for it",
    )
    blocking_gaps: list[str] = Field(
        default_factory=list,
        description="JSON pointers of what the referral lacks that blocks matching",
    )
    excluded: list[ExcludedHome] = Field(
        default_factory=list,
        description="The excluded homes, by holder_id, one page (excluded_offset, "
        "excluded_limit; holder_id narrows it to one home)",
    )
    excluded_total: int = Field(default=0, description="How many homes are excluded in all")
    excluded_next_offset: int | None = Field(
        default=None, description="The excluded_offset of the next page, if there is one"
    )


class ReferralMatch(ReadModel):
    """An open referral a free place could serve, ranked."""

    rank: int
    referral_id: str
    la_code: str
    setting: str
    children_count: int
    youngest_age: int | None
    eldest_age: int | None
    score: float = Field(ge=0, le=100)
    components: list[ScoreComponent]
    needs_information: list[RuleFinding]


class VacancyMatchList(ReadModel):
    """The open referrals ranked for one free place."""

    vacancy_id: str
    holder_id: str
    generated_at: datetime
    referrals: list[ReferralMatch]
    exclusions: ExclusionSummary


class FeedLag(ReadModel):
    """How far the read model is behind one source's event feed."""

    feed: str = Field(description="referrals or vacancies")
    cursor: str | None = Field(description="The position applied up to (null: the start)")
    last_event_id: str | None = Field(description="The last event applied by this process")
    last_event_at: datetime | None = Field(description="When that event occurred")
    events_behind: int = Field(description="Events in the feed not yet applied")
    events_behind_at_least: bool = Field(
        description="True when there are so many that events_behind is only a lower bound"
    )
    seconds_behind: float = Field(
        description="Age of the oldest event not yet applied (0 when caught up)"
    )


class ReadModelLag(ReadModel):
    """Whether a ranking reflects the latest data: each feed's lag, checked now."""

    checked_at: datetime
    feeds: list[FeedLag]


class MatchDirection(StrEnum):
    REFERRAL = "referral"
    VACANCY = "vacancy"


class MatchRunRead(ReadModel):
    """A saved record of what was considered: the ranked list as the officer saw it."""

    id: str
    direction: MatchDirection
    subject_id: str
    created_at: datetime
    created_by: str
    result: MatchList | VacancyMatchList


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    AWAITING_CARER = "awaiting_carer"
    READY_FOR_OFFER = "ready_for_offer"
    NOT_AGREED = "not_agreed"
    DECLINED = "declined"
    CLOSED = "closed"


# A match in one of these states still claims its places.
OPEN_MATCH_STATUSES = frozenset(
    {MatchStatus.PROPOSED, MatchStatus.AWAITING_CARER, MatchStatus.READY_FOR_OFFER}
)


class HoldState(StrEnum):
    HELD = "held"
    RELEASED = "released"
    RELEASE_FAILED = "release_failed"
    FILLED = "filled"  # the LA accepted the offer: the places are the child's now


class CarerDeclineReason(StrEnum):
    """Why a carer or registered manager said no: kept as data about what carers accept."""

    AGE_OR_GENDER = "age_or_gender"
    RISKS_TOO_HIGH = "risks_too_high"
    IMPACT_ON_CURRENT_CHILDREN = "impact_on_current_children"
    DISTANCE_OR_CONTACT = "distance_or_contact"
    TIMING = "timing"
    HOUSEHOLD_CIRCUMSTANCES = "household_circumstances"
    NEEDS_BEYOND_SKILLS = "needs_beyond_skills"
    OTHER = "other"


class MatchCloseReason(StrEnum):
    """Why a match ended before an offer was accepted; the first two are set by the feed."""

    REFERRAL_WITHDRAWN = "referral_withdrawn"  # the LA withdrew the referral
    REFERRAL_CLOSED = "referral_closed"  # the agency closed or declined the referral
    PLACED_ELSEWHERE = "placed_elsewhere"
    PLACED = "placed"  # the LA accepted the offer made from this match
    OFFER_DECLINED_BY_LA = "offer_declined_by_la"
    NEEDS_CHANGED = "needs_changed"
    PLACE_NO_LONGER_AVAILABLE = "place_no_longer_available"
    PROPOSED_IN_ERROR = "proposed_in_error"
    OTHER = "other"


class MatchCreate(ContractModel):
    """Propose a referral for free places in one home; they are held while people decide.

    One place (``vacancy_id``), or a sibling group's places in the same home
    (``vacancy_ids``): all are held, or none.
    """

    referral_id: Id
    vacancy_id: Id | None = None
    vacancy_ids: list[Id] | None = Field(
        default=None,
        min_length=1,
        max_length=8,
        description="A sibling group's places, all in one home; instead of vacancy_id",
    )
    note: LongText | None = None

    @model_validator(mode="after")
    def _one_way_to_name_places(self) -> MatchCreate:
        if (self.vacancy_id is None) == (self.vacancy_ids is None):
            raise ValueError("give exactly one of vacancy_id and vacancy_ids")
        if self.vacancy_ids is not None and len(set(self.vacancy_ids)) != len(self.vacancy_ids):
            raise ValueError("vacancy_ids must not repeat a place")
        return self

    @property
    def places(self) -> list[str]:
        """The places to hold, in the order given."""
        return self.vacancy_ids if self.vacancy_ids is not None else [self.vacancy_id or ""]


class MatchClose(ContractModel):
    """An officer ends a match, with a coded reason; its places are released."""

    reason_code: MatchCloseReason
    note: LongText | None = None


class MatchPlaced(ContractModel):
    """The offers service records that the LA accepted the offer made from this match."""

    offer_id: ShortText


class SswDecision(ContractModel):
    """The supervising social worker's second opinion, with the reason."""

    agrees: bool
    reason: ShortText
    note: LongText | None = None


class CarerDecision(ContractModel):
    """The carer's (or the home's registered manager's) answer."""

    accepts: bool
    reason_code: CarerDeclineReason | None = Field(
        default=None, description="Required when declining"
    )
    note: LongText | None = None
    impact_on_residents_confirmed: bool | None = Field(
        default=None,
        description="A registered manager accepting must confirm they have "
        "weighed the impact on the young people already living there",
    )


class MatchStepRead(ReadModel):
    step: str = Field(description="proposed, ssw_decision, carer_decision, ready_for_offer, closed")
    outcome: str
    reason_code: str | None
    reason: str | None
    note: str | None
    impact_on_residents_confirmed: bool | None
    actor: str
    at: datetime


class MatchRead(ReadModel):
    id: str
    agency_id: str
    referral_id: str
    vacancy_id: str = Field(description="The first of vacancy_ids")
    vacancy_ids: list[str] = Field(description="Every place the match holds, in one home")
    holder_id: str
    holder_kind: HolderKind
    status: MatchStatus
    score: float
    needs_information: list[RuleFinding]
    hold: HoldState
    created_at: datetime
    updated_at: datetime
    version: int
    steps: list[MatchStepRead]


class MatchingSettingsUpdate(ContractModel):
    """How much each score component counts for this agency (0 to 10; 0 switches it off)."""

    weights: dict[
        Annotated[str, StringConstraints(max_length=40)], Annotated[float, Field(ge=0, le=10)]
    ]


class MatchingSettingsRead(ReadModel):
    agency_id: str
    weights: dict[str, float]
    stale_after_hours: int
