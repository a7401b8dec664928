"""A respx mock of the matching service, so consumers' tests never hand-write its URLs.

    async def test_my_offer_flow(respx_mock):
        matching = register_mock_matching(respx_mock, "http://matching", now=clock.now)
        matching.add_ranking(referral_id, MatchList(...))
        ...  # code under test calls MatchingClient(httpx.AsyncClient(base_url=...), token)
        assert matching.matches[match_id].status is MatchStatus.READY_FOR_OFFER

Rankings are what the test gives it (the mock does not match); proposals and decisions
follow the service's order (SSW first, then the carer; a decline needs a reason code;
an open match can be closed with a coded reason),
with the service's problems: 404 for what it does not know, 409 out of order, 422 for a
bad body. Tokens are not checked. Needs the ``mock`` extra.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime

import httpx
import respx
from pydantic import ValidationError

from hearth_contract.matching import (
    OPEN_MATCH_STATUSES,
    CarerDecision,
    FeedLag,
    HolderKind,
    HoldState,
    MatchClose,
    MatchCloseReason,
    MatchCreate,
    MatchList,
    MatchRead,
    MatchRunRead,
    MatchStatus,
    MatchStepRead,
    ReadModelLag,
    SswDecision,
)
from hearth_contract.mocks._http import json_response, problem_response
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    MatchNotFound,
    MatchRunNotFound,
    ReferralNotFound,
    ValidationFailed,
)

__all__ = ["MockMatching", "register_mock_matching"]

_ID = r"(?P<id>[^/]+)"


class MockMatching:
    """The mock's state: rankings given by the test, and the matches proposed."""

    def __init__(self, *, now: Callable[[], datetime], agency_id: str = "agency-a") -> None:
        self.agency_id = agency_id
        self.now = now
        self.rankings: dict[str, MatchList] = {}
        self.runs: dict[str, MatchRunRead] = {}  # saved match runs, by id
        self.matches: dict[str, MatchRead] = {}
        self.lag: ReadModelLag | None = None  # None: caught up on both feeds

    def add_ranking(self, referral_id: str, ranking: MatchList) -> None:
        """What GET /v1/referrals/{id}/matches answers for this referral."""
        self.rankings[referral_id] = ranking

    def _step(self, match: MatchRead, step: str, outcome: str, **fields) -> MatchRead:
        now = self.now()
        entry = MatchStepRead(
            step=step,
            outcome=outcome,
            reason_code=fields.get("reason_code"),
            reason=fields.get("reason"),
            note=fields.get("note"),
            impact_on_residents_confirmed=None,
            actor="mock",
            at=now,
        )
        return match.model_copy(
            update={
                "steps": [*match.steps, entry],
                "updated_at": now,
                "version": match.version + 1,
                **{k: v for k, v in fields.items() if k in ("status", "hold")},
            }
        )

    def ranking(self, request: httpx.Request, id: str) -> httpx.Response:
        if id not in self.rankings:
            return problem_response(ReferralNotFound(), request.url.path)
        ranking = self.rankings[id]
        holder_id = request.url.params.get("holder_id")
        if holder_id is not None:
            excluded = [e for e in ranking.excluded if e.holder_id == holder_id]
            ranking = ranking.model_copy(
                update={"excluded": excluded, "excluded_next_offset": None}
            )
        return json_response(ranking)

    def get_run(self, request: httpx.Request, id: str) -> httpx.Response:
        if id not in self.runs:
            return problem_response(MatchRunNotFound(), request.url.path)
        return json_response(self.runs[id])

    def read_model_lag(self, request: httpx.Request) -> httpx.Response:
        lag = self.lag or ReadModelLag(
            checked_at=self.now(),
            feeds=[
                FeedLag(
                    feed=feed,
                    cursor=None,
                    last_event_id=None,
                    last_event_at=None,
                    events_behind=0,
                    events_behind_at_least=False,
                    seconds_behind=0.0,
                )
                for feed in ("referrals", "vacancies")
            ],
        )
        return json_response(lag)

    def propose(self, request: httpx.Request) -> httpx.Response:
        try:
            body = MatchCreate.model_validate_json(request.content)
        except ValidationError as exc:
            errors = [
                FieldError(pointer="/" + "/".join(map(str, e["loc"])), detail=e["msg"])
                for e in exc.errors()
            ]
            return problem_response(ValidationFailed(errors=errors), request.url.path)
        now = self.now()
        match = MatchRead(
            id=uuid.uuid4().hex,
            agency_id=self.agency_id,
            referral_id=body.referral_id,
            vacancy_id=body.places[0],
            vacancy_ids=body.places,
            holder_id="holder",
            holder_kind=HolderKind.HOUSEHOLD,
            status=MatchStatus.PROPOSED,
            score=0.0,
            needs_information=[],
            hold=HoldState.HELD,
            created_at=now,
            updated_at=now,
            version=1,
            steps=[],
        )
        match = self._step(match, "proposed", "proposed")
        self.matches[match.id] = match
        return json_response(match, 201, {"Location": f"/v1/matches/{match.id}"})

    def get(self, request: httpx.Request, id: str) -> httpx.Response:
        if id not in self.matches:
            return problem_response(MatchNotFound(), request.url.path)
        return json_response(self.matches[id])

    def ssw(self, request: httpx.Request, id: str) -> httpx.Response:
        match = self.matches.get(id)
        if match is None:
            return problem_response(MatchNotFound(), request.url.path)
        if match.status is not MatchStatus.PROPOSED:
            return problem_response(InvalidState("The SSW has already decided."), request.url.path)
        body = SswDecision.model_validate_json(request.content)
        status = MatchStatus.AWAITING_CARER if body.agrees else MatchStatus.NOT_AGREED
        hold = HoldState.HELD if body.agrees else HoldState.RELEASED
        self.matches[id] = self._step(
            match,
            "ssw_decision",
            "agreed" if body.agrees else "not_agreed",
            reason=body.reason,
            status=status,
            hold=hold,
        )
        return json_response(self.matches[id])

    def carer(self, request: httpx.Request, id: str) -> httpx.Response:
        match = self.matches.get(id)
        if match is None:
            return problem_response(MatchNotFound(), request.url.path)
        if match.status is not MatchStatus.AWAITING_CARER:
            return problem_response(InvalidState("The SSW must agree first."), request.url.path)
        body = CarerDecision.model_validate_json(request.content)
        if not body.accepts and body.reason_code is None:
            error = FieldError(pointer="/reason_code", detail="Give the reason for declining.")
            return problem_response(ValidationFailed(errors=[error]), request.url.path)
        if body.accepts:
            match = self._step(match, "carer_decision", "accepted")
            match = self._step(
                match, "ready_for_offer", "ready", status=MatchStatus.READY_FOR_OFFER
            )
        else:
            match = self._step(
                match,
                "carer_decision",
                "declined",
                reason_code=body.reason_code,
                status=MatchStatus.DECLINED,
                hold=HoldState.RELEASED,
            )
        self.matches[id] = match
        return json_response(match)

    def close(self, request: httpx.Request, id: str) -> httpx.Response:
        match = self.matches.get(id)
        if match is None:
            return problem_response(MatchNotFound(), request.url.path)
        try:
            body = MatchClose.model_validate_json(request.content)
        except ValidationError as exc:
            errors = [
                FieldError(pointer="/" + "/".join(map(str, e["loc"])), detail=e["msg"])
                for e in exc.errors()
            ]
            return problem_response(ValidationFailed(errors=errors), request.url.path)
        if match.status not in OPEN_MATCH_STATUSES:
            return problem_response(
                InvalidState(f"The match is {match.status} already."), request.url.path
            )
        self.matches[id] = self._step(
            match,
            "closed",
            "closed",
            reason_code=body.reason_code,
            note=body.note,
            status=MatchStatus.CLOSED,
            hold=HoldState.RELEASED,
        )
        return json_response(self.matches[id])

    def placed(self, request: httpx.Request, id: str) -> httpx.Response:
        """``POST /v1/matches/{id}/placed`` (the offers service): closed as placed, places
        kept filled; a match already closed as placed answers as it is."""
        match = self.matches.get(id)
        if match is None:
            return problem_response(MatchNotFound(), request.url.path)
        if match.status is MatchStatus.CLOSED and match.hold is HoldState.FILLED:
            return json_response(match)
        if match.status is not MatchStatus.READY_FOR_OFFER:
            return problem_response(
                InvalidState(f"The match is {match.status}, not ready for an offer."),
                request.url.path,
            )
        self.matches[id] = self._step(
            match,
            "placed",
            "closed",
            reason_code=MatchCloseReason.PLACED,
            status=MatchStatus.CLOSED,
            hold=HoldState.FILLED,
        )
        return json_response(self.matches[id])


def register_mock_matching(
    respx_mock: respx.MockRouter,
    base_url: str,
    *,
    now: Callable[[], datetime],
    agency_id: str = "agency-a",
) -> MockMatching:
    """Route the matching service's endpoints at ``base_url`` to an in-memory mock.

    ``now`` is the test's clock: the mock stamps its steps from it, never the real date.
    """
    mock = MockMatching(now=now, agency_id=agency_id)
    base = re.escape(base_url.rstrip("/"))

    def route(method: str, path: str, handler) -> None:
        respx_mock.route(method=method, url__regex=f"^{base}{path}$").mock(side_effect=handler)

    route("GET", rf"/v1/referrals/{_ID}/matches(\?.*)?", mock.ranking)
    route("GET", r"/v1/read-model/lag", mock.read_model_lag)
    route("GET", rf"/v1/match-runs/{_ID}", mock.get_run)
    route("POST", r"/v1/matches", mock.propose)
    route("GET", rf"/v1/matches/{_ID}", mock.get)
    route("POST", rf"/v1/matches/{_ID}/ssw-decision", mock.ssw)
    route("POST", rf"/v1/matches/{_ID}/carer-decision", mock.carer)
    route("POST", rf"/v1/matches/{_ID}/close", mock.close)
    route("POST", rf"/v1/matches/{_ID}/placed", mock.placed)
    return mock
