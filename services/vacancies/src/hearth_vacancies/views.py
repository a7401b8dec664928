"""How stored records are shown: contract read models and strong ETags."""

from __future__ import annotations

from datetime import datetime

from hearth_contract.codes import UPPER_TIER_OF_DISTRICT
from hearth_contract.vacancies import HomeRead, HouseholdRead, Location, VacancyRead
from hearth_kit.etags import etag, matches_etag

from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.rules import is_stale

__all__ = ["etag", "home_read", "household_read", "matches_etag", "vacancy_read"]


def _location(record: Household | Home) -> Location:
    return Location(
        postcode=record.postcode,
        easting=record.easting,
        northing=record.northing,
        la_code=record.la_code,
        # A two-tier county's district lies in the county council's area (ONS lookup).
        upper_tier_la_code=UPPER_TIER_OF_DISTRICT.get(record.la_code, record.la_code)
        if record.la_code
        else None,
    )


def household_read(household: Household) -> HouseholdRead:
    return HouseholdRead.model_validate(
        {
            **household.profile,
            "id": str(household.id),
            "agency_id": household.agency_id,
            "external_id": household.external_id,
            "version": household.version,
            "location": _location(household),
            "created_at": household.created_at,
            "updated_at": household.updated_at,
        }
    )


def home_read(home: Home) -> HomeRead:
    return HomeRead.model_validate(
        {
            **home.profile,
            "id": str(home.id),
            "agency_id": home.agency_id,
            "external_id": home.external_id,
            "version": home.version,
            "location": _location(home),
            "created_at": home.created_at,
            "updated_at": home.updated_at,
        }
    )


def vacancy_read(vacancy: Vacancy, now: datetime, stale_after_hours: int = 24) -> VacancyRead:
    return VacancyRead(
        id=str(vacancy.id),
        agency_id=vacancy.agency_id,
        external_id=vacancy.external_id,
        household_id=str(vacancy.household_id) if vacancy.household_id else None,
        home_id=str(vacancy.home_id) if vacancy.home_id else None,
        setting=vacancy.setting,
        state=vacancy.state,
        unavailable_reason=vacancy.unavailable_reason,
        referral_id=vacancy.referral_id,
        held_by=vacancy.held_by,
        held_at=vacancy.held_at,
        available_from=vacancy.available_from,
        age_min=vacancy.age_min,
        age_max=vacancy.age_max,
        placement_kinds=vacancy.placement_kinds,
        placement_type=vacancy.placement_type,
        last_confirmed_at=vacancy.last_confirmed_at,
        last_confirmed_by=vacancy.last_confirmed_by,
        stale=is_stale(vacancy.last_confirmed_at, now, stale_after_hours),
        version=vacancy.version,
    )
