"""The typed client for the placements service: one method per endpoint."""

from __future__ import annotations

from urllib.parse import quote

from hearth_contract.clients.base import Versioned, request_json
from hearth_contract.clients.events import EventsClient
from hearth_contract.common import Page
from hearth_contract.placements import (
    ActualPlacementRecord,
    CalendarLink,
    CalendarLinkCreate,
    DelegatedAuthorityRead,
    DelegatedAuthorityWrite,
    MeetingCancel,
    MeetingCreate,
    MeetingHeld,
    MeetingRead,
    MeetingReschedule,
    PlacementDetails,
    PlacementEnd,
    PlacementRead,
    PlacementWorkers,
    RiskAssessmentRead,
    RiskAssessmentWrite,
    StabilityFigures,
    TaskComplete,
    TaskRead,
    TaskReschedule,
    WorkList,
)

__all__ = ["PlacementsClient"]


def _one(collection: str, record_id: str, suffix: str = "") -> str:
    return f"/v1/{collection}/{quote(record_id, safe='')}{suffix}"


def _if_match(etag: str | None) -> dict[str, str]:
    return {"If-Match": etag} if etag else {}


class PlacementsClient(EventsClient):
    """A placement's first weeks: its clock, meetings, records, ending and exports.

    Every failure raises the server's problem type (``PlacementNotFound``, ...).
    """

    async def list_placements(self, after: str | None = None, limit: int = 50):
        params: dict[str, str | int] = {"limit": limit}
        if after:
            params["after"] = after
        response = await self._request("GET", "/v1/placements", params=params)
        return self._parse(Page[PlacementRead], response)

    async def get_placement(self, placement_id: str) -> Versioned[PlacementRead]:
        response = await self._request("GET", _one("placements", placement_id))
        return self._versioned(PlacementRead, response)

    async def set_workers(
        self, placement_id: str, body: PlacementWorkers, etag: str
    ) -> Versioned[PlacementRead]:
        response = await self._request(
            "PUT",
            _one("placements", placement_id, "/workers"),
            json=body.model_dump(mode="json"),
            headers=_if_match(etag),
        )
        return self._versioned(PlacementRead, response)

    async def set_details(
        self, placement_id: str, body: PlacementDetails, etag: str
    ) -> Versioned[PlacementRead]:
        response = await self._request(
            "PUT",
            _one("placements", placement_id, "/details"),
            json=body.model_dump(mode="json"),
            headers=_if_match(etag),
        )
        return self._versioned(PlacementRead, response)

    async def end(self, placement_id: str, body: PlacementEnd, etag: str) -> PlacementRead:
        response = await self._request(
            "POST",
            _one("placements", placement_id, "/end"),
            json=request_json(body),
            headers=_if_match(etag),
        )
        return self._parse(PlacementRead, response)

    async def tasks(self, placement_id: str) -> list[TaskRead]:
        response = await self._request("GET", _one("placements", placement_id, "/tasks"))
        return self._parse(list[TaskRead], response)

    async def get_task(self, task_id: str) -> Versioned[TaskRead]:
        return self._versioned(TaskRead, await self._request("GET", _one("tasks", task_id)))

    async def complete_task(self, task_id: str, body: TaskComplete, etag: str) -> TaskRead:
        response = await self._request(
            "POST", _one("tasks", task_id, "/complete"), json=request_json(body),
            headers=_if_match(etag),
        )  # fmt: skip
        return self._parse(TaskRead, response)

    async def reschedule_task(self, task_id: str, body: TaskReschedule, etag: str) -> TaskRead:
        response = await self._request(
            "POST", _one("tasks", task_id, "/reschedule"), json=request_json(body),
            headers=_if_match(etag),
        )  # fmt: skip
        return self._parse(TaskRead, response)

    async def schedule_meeting(
        self, placement_id: str, body: MeetingCreate, idempotency_key: str | None = None
    ) -> Versioned[MeetingRead]:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        response = await self._request(
            "POST", _one("placements", placement_id, "/meetings"), json=request_json(body),
            headers=headers,
        )  # fmt: skip
        return self._versioned(MeetingRead, response)

    async def meetings(self, placement_id: str) -> list[MeetingRead]:
        response = await self._request("GET", _one("placements", placement_id, "/meetings"))
        return self._parse(list[MeetingRead], response)

    async def record_meeting(
        self, meeting_id: str, body: MeetingHeld, etag: str
    ) -> Versioned[MeetingRead]:
        response = await self._request(
            "POST", _one("meetings", meeting_id, "/held"), json=request_json(body),
            headers=_if_match(etag),
        )  # fmt: skip
        return self._versioned(MeetingRead, response)

    async def reschedule_meeting(
        self, meeting_id: str, body: MeetingReschedule, etag: str
    ) -> Versioned[MeetingRead]:
        response = await self._request(
            "POST", _one("meetings", meeting_id, "/reschedule"), json=request_json(body),
            headers=_if_match(etag),
        )  # fmt: skip
        return self._versioned(MeetingRead, response)

    async def cancel_meeting(
        self, meeting_id: str, body: MeetingCancel, etag: str
    ) -> Versioned[MeetingRead]:
        response = await self._request(
            "POST", _one("meetings", meeting_id, "/cancel"), json=request_json(body),
            headers=_if_match(etag),
        )  # fmt: skip
        return self._versioned(MeetingRead, response)

    async def write_risk_assessment(
        self, placement_id: str, body: RiskAssessmentWrite, etag: str | None = None
    ) -> Versioned[RiskAssessmentRead]:
        response = await self._request(
            "PUT", _one("placements", placement_id, "/risk-assessment"),
            json=request_json(body), headers=_if_match(etag),
        )  # fmt: skip
        return self._versioned(RiskAssessmentRead, response)

    async def write_delegated_authority(
        self, placement_id: str, body: DelegatedAuthorityWrite, etag: str | None = None
    ) -> Versioned[DelegatedAuthorityRead]:
        response = await self._request(
            "PUT", _one("placements", placement_id, "/delegated-authority"),
            json=request_json(body), headers=_if_match(etag),
        )  # fmt: skip
        return self._versioned(DelegatedAuthorityRead, response)

    async def work_list(self, worker_id: str | None = None, limit: int = 100) -> WorkList:
        params: dict[str, str | int] = {"limit": limit}
        if worker_id:
            params["worker_id"] = worker_id
        return self._parse(WorkList, await self._request("GET", "/v1/work-list", params=params))

    async def calendar(self, worker_id: str | None = None) -> bytes:
        """The iCalendar feed: the caller's agency (or LA), or one worker's."""
        path = (
            _one("calendars/workers", worker_id) + ".ics"
            if worker_id
            else "/v1/calendars/placements.ics"
        )
        return (await self._request("GET", path)).content

    async def calendar_link(self, worker_id: str | None = None) -> CalendarLink:
        """A link a calendar client subscribes to without a token (keep it secret)."""
        body = CalendarLinkCreate(worker_id=worker_id)
        response = await self._request("POST", "/v1/calendars/links", json=request_json(body))
        return self._parse(CalendarLink, response)

    async def actual_placement(self, placement_id: str) -> ActualPlacementRecord:
        response = await self._request("GET", _one("placements", placement_id, "/actual-placement"))
        return self._parse(ActualPlacementRecord, response)

    async def ssda903_episodes(self) -> str:
        return (await self._request("GET", "/v1/exports/ssda903-episodes.csv")).text

    async def stability(self) -> list[StabilityFigures]:
        return self._parse(list[StabilityFigures], await self._request("GET", "/v1/stability"))
