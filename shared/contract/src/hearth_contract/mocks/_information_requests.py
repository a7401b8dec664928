"""The information-requests part of the referrals mock: ask, list, answer, resolve.

An agency (the mock's :attr:`~MockReferrals.agency_id`) asks; the LA answers, in words
or with a value written into the referral at the question's pointer (an amendment: a
new version and ``referral.amended``), as :mod:`hearth_contract.amendments` says; the
asking agency resolves a gap from an answer in words. The LA's list counts the
questions still open (``waiting_on=la``).
"""

from __future__ import annotations

import copy
import uuid
from typing import TYPE_CHECKING, Any

import httpx

from hearth_contract.amendments import PointerError, covers, set_value
from hearth_contract.mocks._http import json_response, parse_body, validate
from hearth_contract.problems import (
    FieldError,
    Forbidden,
    InformationRequestNotFound,
    InvalidState,
    ValidationFailed,
)
from hearth_contract.referrals import (
    InformationAnswer,
    InformationAnswersCreate,
    InformationQuestion,
    InformationRequestCreate,
    InformationRequestRead,
    InformationRequestStatus,
    QuestionResolve,
    RecipientStatus,
    ReferralCreate,
    ReferralStatus,
)

if TYPE_CHECKING:
    from hearth_contract.mocks.referrals import MockReferrals

__all__ = ["MockInformationRequests"]


class MockInformationRequests:
    """The questions asked about the mock's referrals, and their answers."""

    def __init__(self, referrals: MockReferrals) -> None:
        self.referrals = referrals
        self.requests: dict[str, InformationRequestRead] = {}

    def open_questions(self, referral_id: str, agency_id: str) -> int:
        """Questions ``agency_id`` asked about the referral that the LA has not answered."""
        return sum(
            1
            for r in self.requests.values()
            if r.referral_id == referral_id
            and r.agency_id == agency_id
            and r.status is InformationRequestStatus.OPEN
            for q in r.questions
            if q.answered_at is None
        )

    def _asking_agency(self) -> str:
        if self.referrals.agency_id is None:
            raise Forbidden("Only an agency asks questions and resolves gaps.")
        return self.referrals.agency_id

    def _request(self, referral_id: str, request_id: str) -> InformationRequestRead:
        self.referrals._find(referral_id)
        found = self.requests.get(request_id)
        agency = self.referrals.agency_id
        if (
            found is None
            or found.referral_id != referral_id
            or agency not in (None, found.agency_id)
        ):
            raise InformationRequestNotFound()
        return found

    def ask(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``POST /v1/referrals/{id}/information-requests``: the agency's screening waits."""
        agency_id = self._asking_agency()
        self.referrals._find(referral_id)
        body = parse_body(InformationRequestCreate, request)
        asked = InformationRequestRead(
            id=str(uuid.uuid4()),
            referral_id=referral_id,
            agency_id=agency_id,
            status=InformationRequestStatus.OPEN,
            requested_at=self.referrals.now(),
            requested_by="mock-user",
            answered_at=None,
            questions=[
                InformationQuestion(
                    id=uuid.uuid4().hex[:12],
                    topic=q.topic,
                    text=q.text,
                    pointer=q.pointer,
                    answer=None,
                    answered_at=None,
                )
                for q in body.questions
            ],
        )
        self.requests[asked.id] = asked
        self.referrals._set_screening(
            referral_id, agency_id, RecipientStatus.INFORMATION_REQUESTED, "information_requested"
        )
        location = f"/v1/referrals/{referral_id}/information-requests/{asked.id}"
        return json_response(asked, 201, {"Location": location})

    def list(self, request: httpx.Request, referral_id: str) -> httpx.Response:
        """``GET /v1/referrals/{id}/information-requests``: an agency sees its own."""
        self.referrals._find(referral_id)
        agency = self.referrals.agency_id
        found = [
            r
            for r in self.requests.values()
            if r.referral_id == referral_id and agency in (None, r.agency_id)
        ]
        return httpx.Response(200, json=[r.model_dump(mode="json") for r in found])

    def answer(self, request: httpx.Request, referral_id: str, request_id: str) -> httpx.Response:
        """``POST …/answers``: words, values written into the referral, or both (LA only)."""
        if self.referrals.agency_id is not None:
            raise Forbidden("Only the referring LA answers.")
        asked = self._request(referral_id, request_id)
        if asked.status is not InformationRequestStatus.OPEN:
            raise InvalidState(f"This information request is {asked.status.value}.")
        body = parse_body(InformationAnswersCreate, request)
        by_id = {q.id: q for q in asked.questions}
        unknown = [
            FieldError(pointer=f"/answers/{i}/question_id", detail="No such question.")
            for i, a in enumerate(body.answers)
            if a.question_id not in by_id
        ]
        if unknown:
            raise ValidationFailed("Some answers are to questions not asked.", errors=unknown)
        applied = self._apply_values(referral_id, asked, body.answers, by_id)
        now = self.referrals.now()
        for answer in body.answers:
            by_id[answer.question_id] = by_id[answer.question_id].model_copy(
                update={
                    "answer": answer.answer,
                    "answered_at": now,
                    **(
                        {"value": answer.value, "applied_to": applied[answer.question_id]}
                        if answer.question_id in applied
                        else {}
                    ),
                }
            )
        questions = [by_id[q.id] for q in asked.questions]
        update: dict[str, Any] = {"questions": questions}
        if all(q.answered_at for q in questions):
            update.update(status=InformationRequestStatus.ANSWERED, answered_at=now)
        asked = self.requests[request_id] = asked.model_copy(update=update)
        if asked.status is InformationRequestStatus.ANSWERED:
            self.referrals._set_screening(
                referral_id, asked.agency_id, RecipientStatus.ACKNOWLEDGED, "information_provided"
            )
        return json_response(asked)

    def _apply_values(
        self,
        referral_id: str,
        asked: InformationRequestRead,
        answers: list[InformationAnswer],
        by_id: dict[str, InformationQuestion],
    ) -> dict[str, str]:
        valued = [(i, a) for i, a in enumerate(answers) if a.value is not None]
        if not valued:
            return {}
        referral = self.referrals._find(referral_id)
        if referral.status is not ReferralStatus.OPEN:
            raise InvalidState(f"A {referral.status.value} referral cannot be amended.")
        document = copy.deepcopy(self.referrals._content(referral))
        applied: dict[str, str] = {}
        for index, answer in valued:
            asked_at = by_id[answer.question_id].pointer
            pointer = answer.pointer or asked_at
            try:
                if pointer is None or (asked_at and not covers(asked_at, pointer)):
                    raise PointerError("The value must go where the question asks.")
                set_value(document, pointer, answer.value)
            except PointerError as exc:
                error = FieldError(pointer=f"/answers/{index}/pointer", detail=str(exc))
                raise ValidationFailed("A value cannot be written.", errors=[error]) from None
            applied[answer.question_id] = pointer
        content = validate(ReferralCreate, document)
        self.referrals._store_content(referral, content, information_request_id=asked.id)
        return applied

    def resolve(
        self, request: httpx.Request, referral_id: str, request_id: str, question_id: str
    ) -> httpx.Response:
        """``POST …/questions/{q}/resolve``: the asking agency accepts an answer in words."""
        self._asking_agency()
        asked = self._request(referral_id, request_id)
        body = parse_body(QuestionResolve, request)
        question = next((q for q in asked.questions if q.id == question_id), None)
        if question is None:
            raise InformationRequestNotFound("No such question in this request.")
        if question.answered_at is None:
            raise InvalidState("The LA has not answered this question yet.")
        pointer = body.pointer or question.pointer
        if pointer is None:
            error = FieldError(pointer="/pointer", detail="The question names no field.")
            raise ValidationFailed("Say which gap the answer resolves.", errors=[error])
        resolved = question.model_copy(
            update={
                "resolved_at": self.referrals.now(),
                "resolved_by": "mock-user",
                "resolved_pointer": pointer,
            }
        )
        questions = [resolved if q.id == question_id else q for q in asked.questions]
        asked = self.requests[request_id] = asked.model_copy(update={"questions": questions})
        return json_response(asked)
