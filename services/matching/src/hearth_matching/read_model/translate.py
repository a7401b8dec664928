"""The records the referrals and vacancies services serve, reduced to matching facts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hearth_contract.codes import UPPER_TIER_OF_DISTRICT
from hearth_contract.referrals import ParentDetails, RecipientStatus, ReferralRead, Risks
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
_CLOSED = {
    RecipientStatus.DECLINED,
    RecipientStatus.CLOSED,
    RecipientStatus.WITHDRAWN,
    RecipientStatus.PLACED,
}
_OTHERS = {"criminal_exploitation_of_others": "criminal_exploitation"}
# A children's home's Ofsted categories, in the vocabulary its skills share with needs.
_CATEGORY_SKILLS = {
    "emotional_and_behavioural_difficulties": ("trauma",),
    "learning_disability": ("learning_disability", "disability"),
    "physical_disability": ("physical_disability", "disability"),
    "mental_disorders": ("mental_health",),
    "drug_and_alcohol_misuse": ("substance_misuse",),
    "sensory_impairment": ("sensory_impairment", "disability"),
}
_SPECIES = {
    "dog": "dog",
    "dogs": "dog",
    "puppy": "dog",
    "cat": "cat",
    "cats": "cat",
    "kitten": "cat",
    "rabbit": "rabbit",
    "rabbits": "rabbit",
    "guinea pig": "guinea_pig",
    "guinea pigs": "guinea_pig",
    "hamster": "hamster",
    "hamsters": "hamster",
    "bird": "bird",
    "birds": "bird",
    "horse": "horse",
    "horses": "horse",
    "pony": "horse",
    "fish": "fish",
}


def _risk_states(risks: Risks) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {k: v.state.value for k, v in risks.to_child if k != "other" and v is not None},
        {k: v.state.value for k, v in risks.to_others if k != "other" and v is not None},
    )


def _parent(parent: ParentDetails | None, on: date) -> Child | None:
    if parent is None:
        return None
    age = parent.age_years
    if age is None and parent.date_of_birth is not None:
        born = parent.date_of_birth
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    to_child, to_others = _risk_states(parent.risk_states)
    return Child(age=age, risks_to_child=to_child, risks_to_others=to_others)


def upper_tier(la_code: str | None, upper_tier_la_code: str | None = None) -> str | None:
    """The upper-tier council a home lies in: a district's county, else the code itself."""
    if upper_tier_la_code:
        return upper_tier_la_code
    return UPPER_TIER_OF_DISTRICT.get(la_code, la_code) if la_code else None


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
        to_child, to_others = _risk_states(child.risks)
        allergies = child.animal_allergies
        children.append(
            Child(
                age=age,
                gender=child.gender.value,
                risks_to_child=to_child,
                risks_to_others=to_others,
                legal_status=child.legal_status.value if child.legal_status else None,
                vulnerabilities=frozenset(v.value for v in child.vulnerabilities),
                animal_allergies=None
                if allergies is None
                else frozenset(a.value for a in allergies),
                cultural_needs=frozenset(n.value for n in child.cultural_needs),
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
        parent=_parent(referral.parent, referral.referral_date)
        if placement.setting.value == "parent_and_child"
        else None,
        progressing=frozenset(
            s.agency_id for s in referral.screening if s.status is RecipientStatus.PROGRESSING
        ),
        blocking_gaps=tuple(
            item.pointer
            for item in referral.completeness
            if item.severity.value == "blocks_matching"
        ),
    )


def _states(present, states) -> dict[str, str]:
    """A resident's risk states: the coded state wins; a bare listed risk is present."""
    found = {_OTHERS.get(r.value, r.value): "present" for r in present}
    found.update({_OTHERS.get(r.value, r.value): state.value for r, state in states.items()})
    return found


def _resident(profile, own_child: bool = False) -> Resident:
    vulnerabilities = profile.vulnerabilities
    return Resident(
        age=profile.age,
        gender=profile.gender.value,
        risks_to_child=_states(profile.risks_to_child, profile.risk_states_to_child),
        risks_to_others=_states(profile.risks_to_others, profile.risk_states_to_others),
        own_child=own_child,
        vulnerabilities=None
        if vulnerabilities is None
        else frozenset(v.value for v in vulnerabilities),
        sibling_of=frozenset(profile.sibling_of_referral_ids),
    )


def _household_pets(household: HouseholdRead) -> frozenset[str] | None:
    """The species kept; from the older free text only where it names a species."""
    if household.pets_kept is not None:
        return frozenset(p.value for p in household.pets_kept)
    if not household.pets:
        return None  # not recorded: an empty older list never said "no animals"
    return frozenset(_SPECIES.get(p.strip().lower(), "other") for p in household.pets)


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
        pets=_household_pets(household),
        supervision=household.supervision.value if household.supervision else None,
        adaptations=frozenset(a.value for a in household.adaptations),
        skills=frozenset(s.value for s in household.skills),
        languages=_lower(languages),
        religion=household.religion,
        interests=_lower(household.interests),
        exclusions=frozenset(e.value for e in household.exclusions),
        location=(float(household.location.easting), float(household.location.northing)),
        la_code=upper_tier(household.location.la_code, household.location.upper_tier_la_code),
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
        genders=frozenset(g.value for g in registration.genders),
        residents=tuple(_resident(r) for r in home.residents),
        pets=None if home.pets_kept is None else frozenset(p.value for p in home.pets_kept),
        adaptations=frozenset(a.value for a in home.adaptations),
        skills=frozenset(s.value for s in home.skills)
        | {skill for c in registration.categories for skill in _CATEGORY_SKILLS[c.value]},
        languages=_lower(home.staff_languages),
        interests=_lower(home.statement_of_purpose_tags),
        exclusions=frozenset(e.value for e in home.exclusions),
        location=(float(home.location.easting), float(home.location.northing)),
        la_code=upper_tier(home.location.la_code, home.location.upper_tier_la_code),
        deprivation_of_liberty=registration.deprivation_of_liberty,
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
