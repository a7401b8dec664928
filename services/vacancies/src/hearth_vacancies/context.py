"""What every service method works with: the session, the caller, the clock and the postcodes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from hearth_contract.auth import CallerKind
from hearth_contract.problems import FieldError, ValidationFailed
from hearth_contract.vacancies import HomeCreate, HouseholdCreate
from hearth_kit.auth import Principal
from hearth_kit.clock import Clock
from hearth_kit.events import EventData, emit
from hearth_kit.postcodes import GridReference, PostcodeDirectory
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_vacancies.repository import VacancyRepository
from hearth_vacancies.settings import VacanciesSettings

__all__ = ["VacancyContext", "parse_id", "reject"]

Located = TypeVar("Located", HouseholdCreate, HomeCreate)


def parse_id(raw: str, not_found: type[Exception]) -> uuid.UUID:
    """An id from a path; a malformed one is simply not found (no hint of what exists)."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise not_found() from None


def reject(errors: list[FieldError]) -> None:
    """Raise one 422 naming every field at fault, if there is any."""
    if errors:
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


@dataclass
class VacancyContext:
    session: AsyncSession
    principal: Principal
    clock: Clock
    settings: VacanciesSettings
    postcodes: PostcodeDirectory
    acting_agency_id: str | None = None

    @property
    def repository(self) -> VacancyRepository:
        return VacancyRepository(self.session)

    @property
    def agency_id(self) -> str:
        """The caller's agency, or the agency a peer service acts for on one record."""
        agency_id = self.principal.tenant or self.acting_agency_id
        assert agency_id is not None
        return agency_id

    @property
    def actor(self) -> str:
        return self.principal.actor

    @property
    def holder(self) -> str:
        """Who a hold is recorded as placed by: a service by its client id (stable across
        its short-lived tokens), anyone else by their actor id."""
        if self.principal.kind is CallerKind.SERVICE:
            return self.principal.client_id
        return self.principal.actor

    def now(self) -> datetime:
        return self.clock.now()

    def locate(self, postcode: str, pointer: str = "/postcode") -> GridReference:
        """The postcode's grid reference; an unknown postcode is a 422 naming the field."""
        found = self.postcodes.resolve(postcode)
        if found is None:
            reject(
                [
                    FieldError(
                        pointer=pointer,
                        code="unknown_postcode",
                        detail="The postcode is not in the ONS postcode directory.",
                    )
                ]
            )
        assert found is not None
        return found

    def located(self, body: Located) -> tuple[Located, dict[str, object]]:
        """A household's or home's request, its postcode normalised, and its location columns."""
        grid = self.locate(body.postcode)
        if body.postcode != grid.postcode:
            body = body.model_copy(update={"postcode": grid.postcode})
        columns = {
            "postcode": grid.postcode,
            "easting": grid.easting,
            "northing": grid.northing,
            "la_code": grid.la_code,
        }
        return body, columns

    async def emit(self, type: str, subject_type: str, subject_id: str, **data) -> None:
        payload: EventData = {"agency_id": self.agency_id, **data}
        await emit(
            self.session,
            type,
            subject_type=subject_type,
            subject_id=subject_id,
            agency_ids=[self.agency_id],
            data=payload,
        )
