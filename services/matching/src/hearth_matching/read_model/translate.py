"""The records the referrals and vacancies services serve, reduced to matching facts."""

from __future__ import annotations

from collections.abc import Callable

from hearth_contract.referrals import RecipientStatus, ReferralRead
from hearth_contract.vacancies import HomeRead, HouseholdRead, VacancyRead

from hearth_matching.facts import Child, Home, Place, Point, Referral, Resident

__all__ = ["home_from_home", "home_from_household", "place_from_vacancy", "referral_from_read"]

Locate = Callable[[str], Point | None]
_KIND_FOR_DURATION = {
    "respite": "respite",
    "short_term": "short_term",
    "long_term": "long_term",
    "permanence": "long_term",
}
_CLOSED = {RecipientStatus.DECLINED, RecipientStatus.CLOSED, RecipientStatus.WITHDRAWN}
_OTHERS = {"criminal_exploitation_of_others": "criminal_exploitation"}


def _lower(values) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in values if v and v.strip())


def referral_from_read(referral: ReferralRead, locate: Locate) -> Referral:
    """The matching facts of a referral; agencies that closed or declined it are left out."""
    placement = referral.placement
    kinds = {_KIND_FOR_DURATION[placement.duration.value]}
    if placement.urgency.value == "emergency":
        kinds.add("emergency")
    children, school, family_time = [], None, []
    for child in referral.children:
        age = child.age_today if child.age_today is not None else child.age_years
        children.append(
            Child(
                age=age,
                gender=child.gender.value,
                risks_to_child={
                    k: v.state.value
                    for k, v in child.risks.to_child
                    if k != "other" and v is not None
                },
                risks_to_others={
                    k: v.state.value
                    for k, v in child.risks.to_others
                    if k != "other" and v is not None
                },
                adaptations=frozenset(a.value for a in child.adaptations),
                disabilities=frozenset(d.value for d in child.disabilities),
                language=child.first_language,
                religion=child.religion,
                interests=_lower(child.interests),
            )
        )
        if school is None and child.school and child.school.postcode:
            school = locate(child.school.postcode)
        for visit in child.family_time or []:
            point = locate(visit.venue_postcode) if visit.venue_postcode else None
            if point is not None:
                family_time.append((point, visit.frequency.value))
    recipients = frozenset(s.agency_id for s in referral.screening if s.status not in _CLOSED)
    return Referral(
        id=referral.id,
        la_code=referral.la_code,
        agency_ids=recipients,
        setting=placement.setting.value,
        placement_kinds=frozenset(kinds),
        children=tuple(children),
        living_companions=placement.living_companions.value
        if placement.living_companions
        else None,
        pets=placement.pets.value,
        deprivation_of_liberty=placement.deprivation_of_liberty,
        needed_by=placement.needed_by.value,
        start_date=placement.start_date,
        school=school,
        family_time=tuple(family_time),
        additional_support=frozenset(s.value for s in placement.additional_support),
    )


def _resident(profile, own_child: bool = False) -> Resident:
    return Resident(
        age=profile.age,
        gender=profile.gender.value,
        risks_to_child=frozenset(r.value for r in getattr(profile, "risks_to_child", [])),
        risks_to_others=frozenset(
            _OTHERS.get(r.value, r.value) for r in getattr(profile, "risks_to_others", [])
        ),
        own_child=own_child,
    )


def home_from_household(household: HouseholdRead) -> Home:
    approval = household.approval
    languages = list(household.languages) + [
        language for c in household.carers for language in c.languages
    ]
    return Home(
        id=household.id,
        agency_id=household.agency_id,
        kind="household",
        name=household.name,
        age_min=approval.age_min,
        age_max=approval.age_max,
        capacity=approval.children,
        genders=frozenset(g.value for g in approval.genders),
        placement_kinds=frozenset(k.value for k in approval.placement_kinds),
        residents=tuple(
            [_resident(c) for c in household.placed_children]
            + [_resident(c, own_child=True) for c in household.own_children]
        ),
        pets=tuple(household.pets),
        adaptations=frozenset(a.value for a in household.adaptations),
        skills=frozenset(s.value for s in household.skills),
        languages=_lower(languages),
        religion=household.religion,
        interests=_lower(household.interests),
        exclusions=frozenset(e.value for e in household.exclusions),
        location=(float(household.location.easting), float(household.location.northing)),
        la_code=household.location.la_code,
    )


def home_from_home(home: HomeRead) -> Home:
    registration = home.registration
    return Home(
        id=home.id,
        agency_id=home.agency_id,
        kind="home",
        name=home.name,
        age_min=registration.age_min,
        age_max=registration.age_max,
        capacity=registration.capacity,
        residents=tuple(_resident(r) for r in home.residents),
        skills=frozenset(c.value for c in registration.categories),
        interests=_lower(home.statement_of_purpose_tags),
        location=(float(home.location.easting), float(home.location.northing)),
        la_code=home.location.la_code,
    )


def place_from_vacancy(vacancy: VacancyRead) -> Place:
    return Place(
        id=vacancy.id,
        state=vacancy.state.value,
        age_min=vacancy.age_min,
        age_max=vacancy.age_max,
        placement_kinds=frozenset(k.value for k in vacancy.placement_kinds),
        available_from=vacancy.available_from,
        last_confirmed_at=vacancy.last_confirmed_at,
    )
