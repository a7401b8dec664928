"""Facts to and from the JSON documents the read model stores."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hearth_matching.facts import Child, Home, Place, Referral, Resident

__all__ = [
    "home_from_json",
    "home_to_json",
    "place_from_json",
    "place_to_json",
    "referral_from_json",
    "referral_to_json",
]


def _point(value: Any) -> tuple[float, float] | None:
    return (float(value[0]), float(value[1])) if value else None


def _optional_set(value: Any) -> frozenset[str] | None:
    return None if value is None else frozenset(value)


def _sorted_or_none(values: frozenset[str] | None) -> list[str] | None:
    return None if values is None else sorted(values)


def _states(value: Any) -> dict[str, str]:
    """Risk states; facts stored before states were kept hold a list of present risks."""
    return dict.fromkeys(value, "present") if isinstance(value, list) else dict(value)


def _child_to_json(c: Child) -> dict[str, Any]:
    return {
        "age": c.age,
        "gender": c.gender,
        "risks_to_child": c.risks_to_child,
        "risks_to_others": c.risks_to_others,
        "adaptations": sorted(c.adaptations),
        "disabilities": sorted(c.disabilities),
        "language": c.language,
        "religion": c.religion,
        "interests": sorted(c.interests),
        "legal_status": c.legal_status,
        "vulnerabilities": sorted(c.vulnerabilities),
        "animal_allergies": _sorted_or_none(c.animal_allergies),
        "cultural_needs": sorted(c.cultural_needs),
    }


def _child_from_json(c: dict[str, Any]) -> Child:
    return Child(
        age=c["age"],
        gender=c["gender"],
        risks_to_child=c["risks_to_child"],
        risks_to_others=c["risks_to_others"],
        adaptations=frozenset(c["adaptations"]),
        disabilities=frozenset(c["disabilities"]),
        language=c["language"],
        religion=c["religion"],
        interests=frozenset(c["interests"]),
        legal_status=c.get("legal_status"),
        vulnerabilities=frozenset(c.get("vulnerabilities", ())),
        animal_allergies=_optional_set(c.get("animal_allergies")),
        cultural_needs=frozenset(c.get("cultural_needs", ())),
    )


def referral_to_json(r: Referral) -> dict[str, Any]:
    return {
        "id": r.id,
        "la_code": r.la_code,
        "agency_ids": sorted(r.agency_ids),
        "setting": r.setting,
        "placement_kinds": sorted(r.placement_kinds),
        "children": [_child_to_json(c) for c in r.children],
        "parent": _child_to_json(r.parent) if r.parent else None,
        "living_companions": r.living_companions,
        "pets": r.pets,
        "deprivation_of_liberty": r.deprivation_of_liberty,
        "needed_by": r.needed_by,
        "start_date": r.start_date.isoformat() if r.start_date else None,
        "school": list(r.school) if r.school else None,
        "family_time": [[list(p), f] for p, f in r.family_time],
        "additional_support": sorted(r.additional_support),
        "progressing": sorted(r.progressing),
        "blocking_gaps": list(r.blocking_gaps),
    }


def referral_from_json(d: dict[str, Any]) -> Referral:
    return Referral(
        id=d["id"],
        la_code=d["la_code"],
        agency_ids=frozenset(d["agency_ids"]),
        setting=d["setting"],
        placement_kinds=frozenset(d["placement_kinds"]),
        children=tuple(_child_from_json(c) for c in d["children"]),
        parent=_child_from_json(d["parent"]) if d.get("parent") else None,
        living_companions=d["living_companions"],
        pets=d["pets"],
        deprivation_of_liberty=d["deprivation_of_liberty"],
        needed_by=d["needed_by"],
        start_date=date.fromisoformat(d["start_date"]) if d["start_date"] else None,
        school=_point(d["school"]),
        family_time=tuple((_point(p), f) for p, f in d["family_time"]),  # type: ignore[misc]
        additional_support=frozenset(d["additional_support"]),
        progressing=frozenset(d.get("progressing", ())),
        blocking_gaps=tuple(d.get("blocking_gaps", ())),
    )


def home_to_json(h: Home) -> dict[str, Any]:
    return {
        "id": h.id,
        "agency_id": h.agency_id,
        "kind": h.kind,
        "name": h.name,
        "age_min": h.age_min,
        "age_max": h.age_max,
        "capacity": h.capacity,
        "genders": sorted(h.genders),
        "placement_kinds": sorted(h.placement_kinds),
        "residents": [
            {
                "age": r.age,
                "gender": r.gender,
                "risks_to_child": r.risks_to_child,
                "risks_to_others": r.risks_to_others,
                "own_child": r.own_child,
                "vulnerabilities": _sorted_or_none(r.vulnerabilities),
                "sibling_of": sorted(r.sibling_of),
            }
            for r in h.residents
        ],
        "pets_kept": _sorted_or_none(h.pets),
        "deprivation_of_liberty": h.deprivation_of_liberty,
        "supervision": h.supervision,
        "adaptations": sorted(h.adaptations),
        "skills": sorted(h.skills),
        "languages": sorted(h.languages),
        "religion": h.religion,
        "interests": sorted(h.interests),
        "exclusions": sorted(h.exclusions),
        "location": list(h.location) if h.location else None,
        "la_code": h.la_code,
    }


def home_from_json(d: dict[str, Any], places: tuple[Place, ...] = ()) -> Home:
    return Home(
        id=d["id"],
        agency_id=d["agency_id"],
        kind=d["kind"],
        name=d["name"],
        age_min=d["age_min"],
        age_max=d["age_max"],
        capacity=d["capacity"],
        genders=frozenset(d["genders"]),
        placement_kinds=frozenset(d["placement_kinds"]),
        residents=tuple(
            Resident(
                age=r["age"],
                gender=r["gender"],
                risks_to_child=_states(r["risks_to_child"]),
                risks_to_others=_states(r["risks_to_others"]),
                own_child=r["own_child"],
                vulnerabilities=_optional_set(r.get("vulnerabilities")),
                sibling_of=frozenset(r.get("sibling_of", ())),
            )
            for r in d["residents"]
        ),
        # Facts stored before species were kept say nothing sure: not recorded.
        pets=_optional_set(d.get("pets_kept")),
        deprivation_of_liberty=d.get("deprivation_of_liberty"),
        supervision=d.get("supervision"),
        adaptations=frozenset(d["adaptations"]),
        skills=frozenset(d["skills"]),
        languages=frozenset(d["languages"]),
        religion=d["religion"],
        interests=frozenset(d["interests"]),
        exclusions=frozenset(d["exclusions"]),
        location=_point(d["location"]),
        la_code=d["la_code"],
        places=places,
    )


def place_to_json(p: Place) -> dict[str, Any]:
    return {
        "id": p.id,
        "state": p.state,
        "age_min": p.age_min,
        "age_max": p.age_max,
        "placement_kinds": sorted(p.placement_kinds),
        "available_from": p.available_from.isoformat(),
        "last_confirmed_at": p.last_confirmed_at.isoformat(),
    }


def place_from_json(d: dict[str, Any]) -> Place:
    return Place(
        id=d["id"],
        state=d["state"],
        age_min=d["age_min"],
        age_max=d["age_max"],
        placement_kinds=frozenset(d["placement_kinds"]),
        available_from=date.fromisoformat(d["available_from"]),
        last_confirmed_at=datetime.fromisoformat(d["last_confirmed_at"]),
    )
