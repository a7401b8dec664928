"""Intake: an LA sends, amends and withdraws referrals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from hearth_contract.amendments import amendment, merge_patch
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    PreconditionFailed,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    RecipientStatus,
    ReferralCreate,
    ReferralSource,
    ReferralStatus,
    ReferralWithdraw,
)
from hearth_kit.bulk import TableRows
from hearth_kit.clock import local_date
from hearth_kit.db import new_id, unsaved
from hearth_kit.errors import validation_failed
from hearth_kit.idempotency import PendingClaim
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.orm.attributes import set_committed_value

from hearth_referrals.completeness import assess_json
from hearth_referrals.context import ReferralContext, parse_id
from hearth_referrals.intake.rules import check_dates, check_referral_date_is_recent
from hearth_referrals.models import Recipient, Referral, ReferralChild
from hearth_referrals.rereferrals import Candidate, ChildKey, find_earlier, name_key
from hearth_referrals.screening.transitions import TERMINAL, Step, next_status
from hearth_referrals.views import birth_bounds, blocking_gap_count

__all__ = ["IntakeService", "NewReferral"]


def _child_keys(content: ReferralCreate) -> list[ChildKey]:
    return [
        ChildKey(name_key(c.first_name) or "", name_key(c.last_name), c.date_of_birth)
        for c in content.children
    ]


def _content_columns(content: ReferralCreate) -> dict[str, Any]:
    """A referral's columns that its content gives: the document, the columns lists and
    matching filter on, and its completeness (assessed once, for the count and the answer)."""
    document = content.model_dump(mode="json")
    completeness = assess_json(document)
    youngest, eldest = birth_bounds(content)
    return {
        "la_reference": content.la_reference,
        "referral_date": content.referral_date,
        "setting": content.placement.setting.value,
        "urgency": content.placement.urgency.value,
        "needed_by": content.placement.needed_by.value,
        "start_date": content.placement.start_date,
        "children_count": len(content.children),
        "youngest_born_on": youngest,
        "eldest_born_on": eldest,
        "blocking_gaps": blocking_gap_count(completeness),
        "content": document,
        "completeness": completeness,
    }


@dataclass(frozen=True)
class NewReferral:
    """A referral :meth:`IntakeService.prepare` built: the values of every row of it, none
    written yet. Plain values, not ORM objects: the rows are inserted by the repository
    itself, and the answer is rendered from them (``views.new_referral_json``)."""

    referral: dict[str, Any]
    recipients: list[dict[str, Any]]
    children: list[dict[str, Any]]
    history: dict[str, Any]
    links: list[dict[str, Any]]
    event: TableRows

    def as_loaded(self) -> Referral:
        """The referral as an ORM object, as if read back (its screenings with it), with
        ``linked_earlier``: for a caller that goes on with it in the session's ways."""
        referral = unsaved(Referral, **self.referral)
        recipients = [unsaved(Recipient, **values) for values in self.recipients]
        set_committed_value(referral, "recipients", recipients)
        referral.linked_earlier = len(self.links)
        return referral


class IntakeService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def _look_up(
        self, content: ReferralCreate, la_code: str, claim: PendingClaim | None
    ) -> tuple[dict[str, int], list[Any]]:
        """The agencies' first-response targets (422 naming any unknown agency) and the
        earlier referrals that may be of the same child, read together (with the key's
        ``claim``, if given)."""
        dates = [c.date_of_birth for c in content.children if c.date_of_birth]
        known, candidates = await self.ctx.repository.intake_lookups(
            content.agency_ids, la_code, content.la_reference, dates, claim
        )
        unknown = [
            FieldError(pointer=f"/agency_ids/{i}", detail="No agency has this id.", code="unknown")
            for i, agency_id in enumerate(content.agency_ids)
            if agency_id not in known
        ]
        if unknown:
            raise ValidationFailed("The referral is addressed to unknown agencies.", errors=unknown)
        return known, candidates

    def _apply_content(self, referral: Referral, content: ReferralCreate) -> None:
        for name, value in _content_columns(content).items():
            setattr(referral, name, value)

    def _children(
        self, referral_id: uuid.UUID, la_code: str, keys: list[ChildKey]
    ) -> list[dict[str, Any]]:
        """The values of the referral's child rows (the keys re-referrals are found by)."""
        return [
            {
                "id": new_id(),
                "referral_id": referral_id,
                "position": index,
                "la_code": la_code,
                "first_name_key": key.first_name_key,
                "last_name_key": key.last_name_key,
                "date_of_birth": key.date_of_birth,
            }
            for index, key in enumerate(keys)
        ]

    async def _replace_children(self, referral: Referral, content: ReferralCreate) -> None:
        session = self.ctx.session
        await session.execute(
            sa.delete(ReferralChild).where(ReferralChild.referral_id == referral.id)
        )
        children = self._children(referral.id, referral.la_code, _child_keys(content))
        session.add_all(ReferralChild(**values) for values in children)

    async def create(
        self,
        content: ReferralCreate,
        *,
        referral_id: uuid.UUID | None = None,
        document_id: Any = None,
        la_code: str | None = None,
        source: ReferralSource = ReferralSource.LA_API,
    ) -> Referral:
        """Register a referral at once, addressed to each agency with its own 15-minute clock.

        The returned referral carries ``linked_earlier``: how many earlier referrals of the
        same child were found.
        """
        new = await self.prepare(
            content,
            referral_id=referral_id,
            document_id=document_id,
            la_code=la_code,
            source=source,
        )
        await self.register(new)
        return new.as_loaded()

    async def prepare(
        self,
        content: ReferralCreate,
        *,
        referral_id: uuid.UUID | None = None,
        document_id: Any = None,
        la_code: str | None = None,
        source: ReferralSource = ReferralSource.LA_API,
        claim: PendingClaim | None = None,
    ) -> NewReferral:
        """A new referral as :meth:`create` registers it, read and built but not yet written:
        its answer can be rendered first and written with it (:meth:`register`).

        ``claim``: the request's Idempotency-Key, claimed in the look-up's statement."""
        ctx = self.ctx
        now = ctx.now()
        today = local_date(now)
        check_dates(content, today)
        check_referral_date_is_recent(content, today)
        la_code = la_code or ctx.principal.tenant
        targets, candidates = await self._look_up(content, la_code, claim)
        referral_id = referral_id or new_id()
        # Only the columns intake sets: the rest (claimed_at, an agency's response) are
        # null until they happen, as the insert leaves them.
        referral = {
            "id": referral_id,
            "version": 1,
            "la_code": la_code,
            "received_at": now,
            "status": ReferralStatus.OPEN.value,
            "created_by": ctx.principal.actor,
            "document_id": document_id,
            "source": source.value,
            **_content_columns(content),
        }
        recipients = [
            {
                "id": new_id(),
                "referral_id": referral_id,
                "agency_id": agency_id,
                "la_code": la_code,
                "status": RecipientStatus.NEW.value,
                "received_at": now,
                "first_response_due_at": now + timedelta(minutes=targets[agency_id]),
            }
            for agency_id in content.agency_ids
        ]
        keys = _child_keys(content)  # each name made comparable once
        links = self._find_earlier(referral_id, la_code, content.la_reference, keys, candidates)
        event = ctx.event(
            "referral.received",
            referral_id,
            la_code,
            content.agency_ids,
            setting=referral["setting"],
            urgency=referral["urgency"],
            needed_by=referral["needed_by"],
            children_count=referral["children_count"],
            source=referral["source"],
        )
        history = ctx.history_values(
            referral_id, la_code, agency_id=None, from_status=None, to_status=referral["status"]
        )
        children = self._children(referral_id, la_code, keys)
        return NewReferral(referral, recipients, children, history, links, event)

    async def register(self, new: NewReferral, *also: TableRows, alone: bool = False) -> None:
        """Write a prepared referral, its event, its audit rows and ``also`` (the rows of
        the answer's Idempotency-Key) in one statement; ``alone``, as its own transaction
        (the request writes nothing else)."""
        await self.ctx.repository.add_new(
            new.referral,
            new.recipients,
            new.children,
            new.history,
            new.links,
            new.event,
            *also,
            alone=alone,
        )

    def _find_earlier(
        self,
        referral_id: uuid.UUID,
        la_code: str,
        la_reference: str,
        keys: list[ChildKey],
        rows: list[Any],
    ) -> list[dict[str, Any]]:
        """The rows linking the new referral to the earlier ones of the same child."""
        candidates = [
            Candidate(
                referral_id=str(row.referral_id),
                la_reference=row.la_reference,
                child=ChildKey(row.first_name_key, row.last_name_key, row.date_of_birth)
                if row.first_name_key is not None
                else None,
            )
            for row in rows
            if row.referral_id != referral_id
        ]
        links = find_earlier(la_reference, keys, candidates)
        return [
            {
                "referral_id": referral_id,
                "earlier_referral_id": uuid.UUID(earlier_id),
                "la_code": la_code,
                "basis": basis,
            }
            for earlier_id, basis in links.items()
        ]

    async def amend(self, referral_id: str, if_match: str, patch: dict[str, Any]) -> Referral:
        """Apply an LA's merge patch (RFC 7396) if the referral has not changed since it was read.

        Read-only members echoed back from a read are ignored (``hearth_contract.amendments``).
        """
        ctx = self.ctx
        referral = await ctx.load_for_update(referral_id)
        if if_match.strip() != f'"{referral.version}"':
            raise PreconditionFailed("The referral has changed; read it again and reapply.")
        if referral.status != ReferralStatus.OPEN.value:
            raise InvalidState(f"A {referral.status} referral cannot be amended.")
        changes, refused = amendment(patch)
        if refused:
            raise ValidationFailed("The amendment names fields it cannot change.", errors=refused)
        content = self.validated(merge_patch(referral.content, changes))
        await self.replace_content(referral, content, reason="amended")
        await ctx.emit("referral.amended", referral, content.agency_ids, version=referral.version)
        return referral

    def validated(self, document: dict[str, Any]) -> ReferralCreate:
        """A changed referral document as a valid referral (422 naming each field, if not)."""
        try:
            content = ReferralCreate.model_validate(document)
        except PydanticValidationError as exc:
            raise validation_failed(exc) from None
        check_dates(content, self.ctx.today())
        return content

    async def replace_content(
        self, referral: Referral, content: ReferralCreate, *, reason: str, note: str | None = None
    ) -> None:
        """Store changed content: its columns, children and gaps recomputed, the version bumped,
        a history row. The caller emits the event."""
        ctx = self.ctx
        self._apply_content(referral, content)
        await self._replace_children(referral, content)
        ctx.record(
            referral,
            agency_id=None,
            from_status=referral.status,
            to_status=referral.status,
            reason=reason,
            note=note,
        )
        await ctx.session.flush()

    async def withdraw(self, referral_id: str, body: ReferralWithdraw) -> Referral:
        """The LA no longer needs a placement: every agency's screening stops."""
        ctx = self.ctx
        referral = await ctx.load_for_update(referral_id)
        if referral.status != ReferralStatus.OPEN.value:
            raise InvalidState(f"A {referral.status} referral cannot be withdrawn.")
        referral.status = ReferralStatus.WITHDRAWN.value
        ctx.record(
            referral,
            agency_id=None,
            from_status=ReferralStatus.OPEN.value,
            to_status=referral.status,
            reason=body.reason,
            note=body.note,
        )
        for recipient in referral.recipients:
            current = RecipientStatus(recipient.status)
            if current in TERMINAL:
                continue
            recipient.status = next_status(current, Step.WITHDRAW).value
        await ctx.session.flush()
        await ctx.emit("referral.withdrawn", referral, [r.agency_id for r in referral.recipients])
        return referral

    async def claim(self, referral_id: str) -> Referral:
        """The LA named on an agency-registered referral takes it into its own list.

        Claiming again changes nothing. The LA's own submissions need no claim (409);
        a referral naming another LA, or none, is not found.
        """
        ctx = self.ctx
        referral = await ctx.repository.referral_to_claim(
            parse_id(referral_id), ctx.principal.tenant
        )
        if referral is None:
            raise ReferralNotFound()
        if referral.source == ReferralSource.LA_API.value:
            raise InvalidState("This referral is already the LA's own submission.")
        if referral.claimed_at is not None:
            return referral
        referral.claimed_at = ctx.now()
        referral.claimed_by = ctx.principal.actor
        ctx.record(
            referral,
            agency_id=None,
            from_status=referral.status,
            to_status=referral.status,
            reason="claimed by the LA",
        )
        await ctx.session.flush()
        await ctx.emit("referral.claimed", referral, [r.agency_id for r in referral.recipients])
        return referral
