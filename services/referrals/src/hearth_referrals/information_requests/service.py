"""Information requests: an agency asks the LA structured questions; the LA answers."""

from __future__ import annotations

import uuid

from hearth_contract.problems import (
    FieldError,
    InformationRequestNotFound,
    InvalidState,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    InformationAnswersCreate,
    InformationRequestCreate,
    InformationRequestRead,
    InformationRequestStatus,
    RecipientStatus,
)

from hearth_referrals.context import ReferralContext, parse_id
from hearth_referrals.models import InformationRequest
from hearth_referrals.screening.service import ScreeningService
from hearth_referrals.screening.transitions import Step

__all__ = ["InformationRequestService", "request_view"]


def request_view(request: InformationRequest) -> InformationRequestRead:
    return InformationRequestRead(
        id=str(request.id),
        referral_id=str(request.referral_id),
        agency_id=request.agency_id,
        status=request.status,
        requested_at=request.requested_at,
        requested_by=request.requested_by,
        answered_at=request.answered_at,
        questions=request.questions,
    )


class InformationRequestService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def ask(self, referral_id: str, body: InformationRequestCreate) -> InformationRequest:
        """Send the LA questions; the agency's screening waits on the answers."""
        ctx = self.ctx
        screening = ScreeningService(ctx)
        referral, recipient = await screening.own_screening(referral_id)
        request = InformationRequest(
            referral_id=referral.id,
            agency_id=recipient.agency_id,
            la_code=referral.la_code,
            status=InformationRequestStatus.OPEN.value,
            requested_at=ctx.now(),
            requested_by=ctx.principal.subject,
            questions=[
                {
                    "id": uuid.uuid4().hex[:12],
                    "topic": q.topic,
                    "text": q.text,
                    "pointer": q.pointer,
                    "answer": None,
                    "answered_at": None,
                }
                for q in body.questions
            ],
        )
        ctx.session.add(request)
        await ctx.session.flush()
        await screening.step(
            referral,
            recipient,
            Step.REQUEST_INFORMATION,
            reason=f"{len(body.questions)} question(s)",
        )
        return request

    async def list(self, referral_id: str) -> list[InformationRequest]:
        """The questions asked about a referral (an agency sees its own; the LA sees all)."""
        referral = await self.ctx.load(referral_id)
        return await self.ctx.repository.information_requests(referral.id)

    async def answer(
        self, referral_id: str, request_id: str, body: InformationAnswersCreate
    ) -> InformationRequest:
        """The LA answers; when every question is answered the agency's screening resumes."""
        ctx = self.ctx
        referral = await ctx.load_for_update(referral_id)
        request = await ctx.repository.information_request(
            referral.id, parse_id(request_id, InformationRequestNotFound)
        )
        if request is None:
            raise InformationRequestNotFound()
        if request.status != InformationRequestStatus.OPEN.value:
            raise InvalidState(f"This information request is {request.status}.")
        questions = [dict(q) for q in request.questions]
        by_id = {q["id"]: q for q in questions}
        unknown = [
            FieldError(
                pointer=f"/answers/{i}/question_id",
                detail="No such question in this request.",
                code="unknown",
            )
            for i, a in enumerate(body.answers)
            if a.question_id not in by_id
        ]
        if unknown:
            raise ValidationFailed(
                "Some answers are to questions this request does not ask.", errors=unknown
            )
        now = ctx.now()
        for answer in body.answers:
            by_id[answer.question_id]["answer"] = answer.answer
            by_id[answer.question_id]["answered_at"] = now.isoformat()
        request.questions = questions
        if all(q["answer"] for q in questions):
            request.status = InformationRequestStatus.ANSWERED.value
            request.answered_at = now
            await self._resume(referral, request)
        return request

    async def _resume(self, referral, request: InformationRequest) -> None:
        ctx = self.ctx
        recipient = next((r for r in referral.recipients if r.agency_id == request.agency_id), None)
        if recipient is None:
            raise ReferralNotFound()
        open_requests = [
            r
            for r in await ctx.repository.information_requests(referral.id)
            if r.agency_id == request.agency_id
            and r.status == InformationRequestStatus.OPEN.value
            and r.id != request.id
        ]
        if recipient.status != RecipientStatus.INFORMATION_REQUESTED.value or open_requests:
            return
        previous = recipient.status
        recipient.status = recipient.status_before_questions or RecipientStatus.ACKNOWLEDGED.value
        ctx.record(
            referral,
            agency_id=recipient.agency_id,
            from_status=previous,
            to_status=recipient.status,
            reason="information provided",
        )
        await ctx.emit(
            "referral.information_provided",
            referral,
            [recipient.agency_id],
            agency_id=recipient.agency_id,
            status=recipient.status,
            information_request_id=str(request.id),
        )
