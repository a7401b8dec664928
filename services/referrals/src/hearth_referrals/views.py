"""Turning stored referrals into what callers read."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pydantic_core
from hearth_contract.codes import LOCAL_AUTHORITIES
from hearth_contract.referrals import (
    AgencyProgress,
    ChildCreate,
    ChildRead,
    CompletenessItem,
    LinkedReferral,
    ReferralCreate,
    ReferralRead,
    ReferralSummary,
    ScreeningRead,
    Severity,
)
from hearth_kit.clock import local_date

from hearth_referrals.ages import age_on, born_on_estimate
from hearth_referrals.completeness import assess
from hearth_referrals.models import Recipient, Referral, ReferralLink

__all__ = [
    "content_of",
    "etag",
    "la_name",
    "new_referral_json",
    "referral_view",
    "screening_view",
    "summary_view",
    "version_tag",
]


def la_name(la_code: str) -> str:
    return LOCAL_AUTHORITIES.get(la_code, la_code)


def etag(referral: Referral) -> str:
    return version_tag(referral.version)


def version_tag(version: int) -> str:
    """The ETag of a referral's ``version``."""
    return f'"{version}"'


def content_of(referral: Referral) -> ReferralCreate:
    return ReferralCreate.model_validate(referral.content)


def screening_view(recipient: Recipient, now: datetime) -> ScreeningRead:
    return ScreeningRead(
        agency_id=recipient.agency_id,
        status=recipient.status,
        received_at=recipient.received_at,
        first_response_due_at=recipient.first_response_due_at,
        first_responded_at=recipient.first_responded_at,
        first_response_overdue=recipient.first_responded_at is None
        and recipient.first_response_due_at < now,
        assigned_officer=recipient.assigned_officer,
        assigned_officer_name=recipient.assigned_officer_name,
        decline_reason=recipient.decline_reason,
        decline_note=recipient.decline_note,
    )


def _linked(basis: str, earlier: Referral) -> LinkedReferral:
    outcomes = [
        f"{r.agency_id}: {r.status}" + (f" ({r.decline_reason})" if r.decline_reason else "")
        for r in earlier.recipients
    ]
    return LinkedReferral(
        referral_id=str(earlier.id),
        referral_date=earlier.referral_date,
        la_reference=earlier.la_reference,
        match_basis=basis,
        status=earlier.status,
        outcomes=outcomes,
    )


_CHILD_FIELDS = tuple(ChildCreate.model_fields)


def _child_read(child: ChildCreate, today: date) -> ChildRead:
    """A validated child as read, with its age today: built, not validated a second time
    (validating every text of every child again cost about 6% of a referral's CPU)."""
    return ChildRead.model_construct(
        _fields_set={*child.model_fields_set, "age_today"},
        **{name: getattr(child, name) for name in _CHILD_FIELDS},
        age_today=age_on(child.date_of_birth, today) if child.date_of_birth else None,
    )


def referral_view(
    referral: Referral,
    links: list[tuple[ReferralLink, Referral]],
    now: datetime,
    content: ReferralCreate | None = None,
) -> ReferralRead:
    """The whole referral; pass ``content`` when it is already validated (just written)."""
    content = content or content_of(referral)
    today = local_date(now)
    children = [_child_read(child, today) for child in content.children]
    return ReferralRead(
        id=str(referral.id),
        version=referral.version,
        status=referral.status,
        la_code=referral.la_code,
        la_name=la_name(referral.la_code),
        la_reference=referral.la_reference,
        referral_date=referral.referral_date,
        received_at=referral.received_at,
        social_worker=content.social_worker,
        team_manager=content.team_manager,
        placement=content.placement,
        children=children,
        parent=content.parent,
        screening=[screening_view(r, now) for r in referral.recipients],
        completeness=assess(content) if referral.completeness is None else referral.completeness,
        linked_referrals=[_linked(link.basis, earlier) for link, earlier in links],
        document_id=str(referral.document_id) if referral.document_id else None,
        source=referral.source,
        registered_by=referral.created_by,
        claimed_at=referral.claimed_at,
        claimed_by=referral.claimed_by,
    )


def _screening_values(values: dict[str, Any], now: datetime) -> dict[str, Any]:
    """:func:`screening_view`'s fields of a recipient just built (its row's ``values``:
    what it was not given is None), as plain values, in its order."""
    responded = values.get("first_responded_at")
    return {
        "agency_id": values["agency_id"],
        "status": values["status"],
        "received_at": values["received_at"],
        "first_response_due_at": values["first_response_due_at"],
        "first_responded_at": responded,
        "first_response_overdue": responded is None and values["first_response_due_at"] < now,
        "assigned_officer": values.get("assigned_officer"),
        "assigned_officer_name": values.get("assigned_officer_name"),
        "decline_reason": values.get("decline_reason"),
        "decline_note": values.get("decline_note"),
    }


def new_referral_json(
    values: dict[str, Any],
    recipients: list[dict[str, Any]],
    content: ReferralCreate,
    links: list[tuple[str, Referral]],
    now: datetime,
) -> bytes:
    """A referral just built from ``content`` (its row's ``values``, and its recipients')
    as its read shows it: the same JSON as ``referral_view(...).model_dump_json()``, from
    what intake has in hand: the referral's document (``content`` already dumped in JSON
    mode, kept as its ``content`` column) and its completeness items. ``links``: the
    earlier referrals it links to, each with the link's basis.

    Building the view's models validates every part again and dumps the document a second
    time; here the document's parts are used as they are, and the new rows' values read
    from them directly (the service's tests hold the two renderings byte for byte equal).
    """
    document = values["content"]
    today = local_date(now)
    children = [
        {
            **child,
            "age_today": age_on(created.date_of_birth, today) if created.date_of_birth else None,
        }
        for child, created in zip(document["children"], content.children, strict=True)
    ]
    la_code = values["la_code"]
    document_id = values.get("document_id")
    read = {
        "id": str(values["id"]),
        "version": values["version"],
        "status": values["status"],
        "la_code": la_code,
        "la_name": la_name(la_code),
        "la_reference": values["la_reference"],
        "referral_date": values["referral_date"],
        "received_at": values["received_at"],
        "social_worker": document["social_worker"],
        "team_manager": document["team_manager"],
        "placement": document["placement"],
        "children": children,
        "parent": document["parent"],
        "screening": [_screening_values(r, now) for r in recipients],
        "completeness": values["completeness"],
        "linked_referrals": [_linked(basis, earlier) for basis, earlier in links],
        "document_id": str(document_id) if document_id else None,
        "source": values["source"],
        "registered_by": values.get("created_by"),
        "claimed_at": values.get("claimed_at"),
        "claimed_by": values.get("claimed_by"),
    }
    return pydantic_core.to_json(read)


def _age(born_on: date | None, today: date) -> int | None:
    return age_on(born_on, today) if born_on else None


def summary_view(
    referral: Referral,
    recipient: Recipient | None,
    now: datetime,
    agencies: list[AgencyProgress] | None = None,
) -> ReferralSummary:
    """A list row: an agency's with its own ``recipient``, the LA's with every ``agencies``."""
    today = local_date(now)
    return ReferralSummary(
        id=str(referral.id),
        la_code=referral.la_code,
        la_name=la_name(referral.la_code),
        la_reference=referral.la_reference,
        referral_date=referral.referral_date,
        received_at=referral.received_at,
        status=referral.status,
        setting=referral.setting,
        urgency=referral.urgency,
        needed_by=referral.needed_by,
        start_date=referral.start_date,
        children_count=referral.children_count,
        youngest_age=_age(referral.youngest_born_on, today),
        eldest_age=_age(referral.eldest_born_on, today),
        screening=screening_view(recipient, now) if recipient else None,
        blocking_gaps=referral.blocking_gaps,
        source=referral.source,
        agencies=agencies,
    )


def birth_bounds(content: ReferralCreate) -> tuple[date | None, date | None]:
    """(youngest child's birth date, eldest child's), estimated where only an age is given."""
    born = [
        child.date_of_birth or born_on_estimate(child.age_years or 0, content.referral_date)
        for child in content.children
    ]
    return (max(born), min(born)) if born else (None, None)


def blocking_gap_count(completeness: list[CompletenessItem]) -> int:
    return sum(1 for item in completeness if item.severity is Severity.BLOCKS_MATCHING)
