"""Information requests: an agency asks the LA structured questions; the LA answers."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from hearth_contract.amendments import PointerError, covers, set_value
from hearth_contract.problems import (
    FieldError,
    InformationRequestNotFound,
    InvalidState,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    InformationAnswer,
    InformationAnswersCreate,
    InformationRequestCreate,
    InformationRequestRead,
    InformationRequestStatus,
    QuestionResolve,
    RecipientStatus,
    ReferralStatus,
)

from hearth_referrals.context import ReferralContext, parse_id
from hearth_referrals.intake.service import IntakeService
from hearth_referrals.models import InformationRequest, Referral
from hearth_referrals.screening.service import ScreeningService
from hearth_referrals.screening.transitions import Step

__all__ = ["InformationRequestService", "request_view"]


def _target(answer: InformationAnswer, asked: str | None) -> str:
    """Where an answer's value goes: its own pointer, within the question's if it has one."""
    if answer.pointer is None:
        if asked is None:
            raise PointerError("The question names no field: say where the value goes.")
        return asked
    if asked is not None and not covers(asked, answer.pointer):
        raise PointerError(f"The question asks about {asked}: the value must go there or within.")
    return answer.pointer


def _blame(error: FieldError, targets: list[tuple[int, str]]) -> FieldError:
    """A referral's validation error as an error of the answer whose value caused it."""
    index = next(
        (i for i, p in targets if covers(p, error.pointer) or covers(error.pointer, p)),
        targets[0][0],
    )
    return FieldError(
        pointer=f"/answers/{index}/value",
        detail=f"{error.pointer or '/'}: {error.detail}",
        code=error.code,
    )


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

    async def _open_request(
        self, referral: Referral, request_id: str
    ) -> tuple[InformationRequest, list[dict[str, Any]]]:
        request = await self.ctx.repository.information_request(
            referral.id, parse_id(request_id, InformationRequestNotFound)
        )
        if request is None:
            raise InformationRequestNotFound()
        return request, [dict(q) for q in request.questions]

    async def answer(
        self, referral_id: str, request_id: str, body: InformationAnswersCreate
    ) -> InformationRequest:
        """The LA answers; values are written into the referral (an amendment, with history);
        when every question is answered the agency's screening resumes."""
        ctx = self.ctx
        referral = await ctx.load_for_update(referral_id)
        request, questions = await self._open_request(referral, request_id)
        if request.status != InformationRequestStatus.OPEN.value:
            raise InvalidState(f"This information request is {request.status}.")
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
        applied = await self._apply_values(referral, request, body, by_id)
        now = ctx.now()
        for answer in body.answers:
            question = by_id[answer.question_id]
            question["answer"] = answer.answer
            question["answered_at"] = now.isoformat()
            if answer.question_id in applied:
                question["value"] = answer.value
                question["applied_to"] = applied[answer.question_id]
        request.questions = questions
        if all(q.get("answered_at") for q in questions):
            request.status = InformationRequestStatus.ANSWERED.value
            request.answered_at = now
            await self._resume(referral, request)
        return request

    async def _apply_values(
        self,
        referral: Referral,
        request: InformationRequest,
        body: InformationAnswersCreate,
        by_id: dict[str, dict[str, Any]],
    ) -> dict[str, str]:
        """Write the answers' values into the referral; the pointer each was written at."""
        valued = [(i, a) for i, a in enumerate(body.answers) if a.value is not None]
        if not valued:
            return {}
        if referral.status != ReferralStatus.OPEN.value:
            raise InvalidState(
                f"A {referral.status} referral cannot be amended; answer in words instead."
            )
        document = copy.deepcopy(referral.content)
        targets: list[tuple[int, str]] = []
        errors: list[FieldError] = []
        for index, answer in valued:
            try:
                pointer = _target(answer, by_id[answer.question_id].get("pointer"))
                set_value(document, pointer, answer.value)
            except PointerError as exc:
                errors.append(
                    FieldError(pointer=f"/answers/{index}/pointer", detail=str(exc), code="pointer")
                )
            else:
                targets.append((index, pointer))
        if errors:
            problem = "Some values cannot be written into the referral."
            raise ValidationFailed(problem, errors=errors)
        intake = IntakeService(self.ctx)
        try:
            content = intake.validated(document)
        except ValidationFailed as exc:
            raise ValidationFailed(
                "The answers would make the referral invalid.",
                errors=[_blame(error, targets) for error in exc.errors or []],
            ) from None
        pointers = [pointer for _, pointer in targets]
        await intake.replace_content(
            referral, content, reason="amended by an answer", note=", ".join(pointers)
        )
        await self.ctx.emit(
            "referral.amended",
            referral,
            content.agency_ids,
            version=referral.version,
            information_request_id=str(request.id),
        )
        return {body.answers[index].question_id: pointer for index, pointer in targets}

    async def resolve(
        self, referral_id: str, request_id: str, question_id: str, body: QuestionResolve
    ) -> InformationRequest:
        """The asking agency accepts an answer as resolving a gap: its progress no longer
        waits on that gap, though the referral still does not state it."""
        ctx = self.ctx
        referral, recipient = await ScreeningService(ctx).own_screening(referral_id)
        request, questions = await self._open_request(referral, request_id)
        question = next((q for q in questions if q["id"] == question_id), None)
        if question is None:
            raise InformationRequestNotFound("No such question in this request.")
        if not question.get("answered_at"):
            raise InvalidState("The LA has not answered this question yet.")
        pointer = body.pointer or question.get("pointer")
        if pointer is None:
            raise ValidationFailed(
                "Say which gap the answer resolves.",
                errors=[FieldError(pointer="/pointer", detail="The question names no field.")],
            )
        if question.get("resolved_pointer") == pointer:
            return request
        question.update(
            resolved_at=ctx.now().isoformat(),
            resolved_by=ctx.principal.subject,
            resolved_pointer=pointer,
        )
        request.questions = questions
        ctx.record(
            referral,
            agency_id=recipient.agency_id,
            from_status=recipient.status,
            to_status=recipient.status,
            reason=f"gap resolved by an answer: {pointer}"[:200],
            note=body.note,
        )
        await ctx.emit(
            "referral.gap_resolved",
            referral,
            [recipient.agency_id],
            agency_id=recipient.agency_id,
            information_request_id=str(request.id),
            pointer=pointer,
        )
        return request

    async def _resume(self, referral: Referral, request: InformationRequest) -> None:
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
