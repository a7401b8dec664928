"""Builders for matching facts and constants shared by the matching tests."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from hearth_kit.clock import TEST_NOW
from hearth_matching.facts import CHILD_RISKS, OTHERS_RISKS, Child, Home, Place, Referral, Resident
from hearth_matching.rules.base import RuleContext
from hearth_matching.rules.scoring import FREQUENCY_WEIGHT

NOW = TEST_NOW

CONTEXT = RuleContext(now=NOW)
AGENCY_A = "agency-a"
AGENCY_B = "agency-b"
KENT = "E10000016"
# OS grid points: Maidstone (Kent) and Manchester.
MAIDSTONE = (576000.0, 155800.0)
MANCHESTER = (384000.0, 398000.0)

SAFE_TO_CHILD = dict.fromkeys(
    (
        "self_harm",
        "sexual_exploitation",
        "criminal_exploitation",
        "drug_alcohol",
        "eating_disorder",
        "missing",
    ),
    "none_known",
)
SAFE_TO_OTHERS = dict.fromkeys(
    ("physical_harm", "sexual_harm", "fire_setting", "harm_to_animals", "criminal_exploitation"),
    "none_known",
)


def child(
    age: int | None = 10,
    gender: str = "female",
    to_child: dict[str, str] | None = None,
    to_others: dict[str, str] | None = None,
    **kwargs: Any,
) -> Child:
    """A referred child whose referral says everything: no risk known, a care order (C2),
    no animal allergy, unless told otherwise."""
    values: dict[str, Any] = {"legal_status": "C2", "animal_allergies": frozenset()}
    values.update(kwargs)
    return Child(
        age=age,
        gender=gender,
        risks_to_child={**SAFE_TO_CHILD, **(to_child or {})},
        risks_to_others={**SAFE_TO_OTHERS, **(to_others or {})},
        **values,
    )


def referral(*children: Child, **kwargs: Any) -> Referral:
    values: dict[str, Any] = {
        "id": "ref-1",
        "la_code": KENT,
        "agency_ids": frozenset({AGENCY_A}),
        "setting": "fostering",
        "placement_kinds": frozenset({"short_term"}),
        "children": children or (child(),),
        "living_companions": "no_preference",
        "pets": "yes_can",
        "deprivation_of_liberty": False,
        "needed_by": "later",
        "school": MAIDSTONE,
    }
    values.update(kwargs)
    return Referral(**values)


def place(place_id: str = "place-1", **kwargs: Any) -> Place:
    values: dict[str, Any] = {
        "id": place_id,
        "state": "available",
        "age_min": 0,
        "age_max": 17,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "available_from": date(2026, 11, 23),
        "last_confirmed_at": NOW - timedelta(hours=2),
    }
    values.update(kwargs)
    return Place(**values)


def resident(
    age: int, gender: str = "male", to_child=(), to_others=(), own=False, **kwargs: Any
) -> Resident:
    """A resident whose every risk is recorded: those named present (or the state given in
    a mapping), the rest none known; no vulnerability, unless told otherwise."""
    values: dict[str, Any] = {"vulnerabilities": frozenset()}
    values.update(kwargs)
    return Resident(
        age=age,
        gender=gender,
        risks_to_child={**SAFE_TO_CHILD, **_named(to_child)},
        risks_to_others={**SAFE_TO_OTHERS, **_named(to_others)},
        own_child=own,
        **values,
    )


def _named(risks) -> dict[str, str]:
    return dict(risks) if isinstance(risks, dict) else dict.fromkeys(risks, "present")


def home(home_id: str = "home-1", places: int = 1, **kwargs: Any) -> Home:
    values: dict[str, Any] = {
        "id": home_id,
        "agency_id": AGENCY_A,
        "kind": "household",
        "name": "Rowan household",
        "age_min": 0,
        "age_max": 17,
        "capacity": 3,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "location": MAIDSTONE,
        "la_code": KENT,
        "pets": frozenset(),
        "supervision": "full",
        "deprivation_of_liberty": True,
        "places": tuple(place(f"{home_id}-place-{i}") for i in range(places)),
    }
    values.update(kwargs)
    return Home(**values)


def with_places(h: Home, *places: Place) -> Home:
    return replace(h, places=places)


# Vocabularies for random pairings: every value a rule or score component looks at.
_STATES = ("present", "suspected", "historical", "none_known", "not_stated")
_KINDS = (
    "emergency",
    "short_term",
    "long_term",
    "respite",
    "sibling_group",
    "parent_and_child",
    "remand",
)
_ADAPTATIONS = ("wheelchair_access", "ground_floor_bedroom", "hoist", "adapted_bathroom")
_SKILLS = (
    "child_sexual_exploitation",
    "mental_health",
    "substance_misuse",
    "disability",
    "autism",
    "teenagers",
    "therapeutic",
)
_CULTURAL = ("halal_diet", "mosque_attendance", "church_attendance")
_LANGUAGES = ("english", "polish", "arabic", "urdu", "somali")
_RELIGIONS = ("Christian", "muslim", "Muslim", "Sikh", "none", "Hindu")
_INTERESTS = ("football", "music", "art", "swimming", "gaming", "horses")
_CARERS_EXCLUSIONS = (
    "sibling_groups",
    "sexual_harm_to_others",
    "physical_harm_to_others",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation",
    "sexual_exploitation",
    "going_missing",
    "self_harm",
    "drug_alcohol",
    "smoking",
)
_LA_CODES = (KENT, "E08000003", "E09000022")


def _some(rng: random.Random, values: tuple, most: int) -> frozenset:
    return frozenset(rng.sample(values, rng.randint(0, most)))


def _grid_point(rng: random.Random) -> tuple[float, float]:
    return (rng.uniform(200e3, 650e3), rng.uniform(50e3, 600e3))


def random_place(rng: random.Random, place_id: str) -> Place:
    """A place in any state, of any age band, confirmed recently, long ago or just on time."""
    age_min = rng.choice([0, 0, 0, 5, 12])
    usual = frozenset({"emergency", "short_term", "long_term"})
    return Place(
        id=place_id,
        state=rng.choices(["available", "on_hold", "filled"], (8, 1, 1))[0],
        age_min=age_min,
        age_max=rng.choice([age_min + 4, 17, 17, 17]),
        placement_kinds=usual | _some(rng, _KINDS, 2)
        if rng.random() < 0.8
        else _some(rng, _KINDS, 3),
        available_from=NOW.date() + timedelta(days=rng.choice([-3, 0, 0, 0, 1, 7])),
        last_confirmed_at=NOW
        - rng.choices(
            [
                timedelta(hours=2),
                timedelta(hours=24),  # just fresh enough
                timedelta(hours=24, microseconds=1),  # just too old
                timedelta(days=3),
            ],
            (7, 1, 1, 1),
        )[0],
    )


_RESIDENT_STATES = ("present", "suspected", "historical", "not_recorded", "none_known")
_VULNERABILITIES = ("learning_disability", "non_verbal", "known_sexual_abuse_victim")
_SPECIES = ("dog", "cat", "rabbit", "horse", "other")


def _resident_risks(rng: random.Random, names: tuple[str, ...]) -> dict[str, str]:
    """Mostly none known; some present, suspected, historical; some not recorded at all."""
    weights = (2, 1, 1, 1, 30)
    return {n: rng.choices(_RESIDENT_STATES, weights)[0] for n in names if rng.random() < 0.9}


def random_resident(rng: random.Random, referral_ids: int = 60) -> Resident:
    return Resident(
        age=rng.randint(0, 17),
        gender=rng.choice(["male", "female"]),
        risks_to_child=_resident_risks(rng, CHILD_RISKS),
        risks_to_others=_resident_risks(rng, OTHERS_RISKS),
        own_child=rng.random() < 0.2,
        vulnerabilities=rng.choices(
            [None, frozenset(), _some(rng, _VULNERABILITIES, 2)], (1, 6, 2)
        )[0],
        sibling_of=frozenset({f"ref-{rng.randrange(referral_ids):06d}"})
        if rng.random() < 0.1
        else frozenset(),
    )


def random_home(rng: random.Random, index: int, agency_id: str = AGENCY_A) -> Home:
    """A household or children's home with a realistic spread of every fact the rules read."""
    age_min = rng.choice([0, 0, 0, 2, 5, 8, 11, 12])
    kind = rng.choices(["household", "home"], (4, 1))[0]
    usual = frozenset({"emergency", "short_term", "long_term"})
    return Home(
        id=f"home-{index:06d}",
        agency_id=agency_id,
        kind=kind,
        name=f"Home {index}",
        age_min=age_min,
        age_max=rng.choice([rng.randint(age_min, 17), 17]),
        capacity=rng.randint(1, 4 if kind == "household" else 6),
        genders=frozenset(rng.sample(["male", "female", "other"], rng.choice([0, 0, 0, 0, 1, 2]))),
        placement_kinds=usual | _some(rng, _KINDS, 2)
        if rng.random() < 0.8
        else _some(rng, _KINDS, 4),
        residents=tuple(random_resident(rng) for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))),
        pets=rng.choices([None, frozenset(), _some(rng, _SPECIES, 2)], (1, 5, 3))[0],
        deprivation_of_liberty=rng.choice([None, True, False]) if kind == "home" else None,
        supervision=rng.choice([None, "full", "full", "limited"]) if kind == "household" else None,
        adaptations=_some(rng, _ADAPTATIONS, 2) if rng.random() < 0.2 else frozenset(),
        skills=_some(rng, _SKILLS, 3) | _some(rng, _CULTURAL, 1),
        languages=frozenset({"english"}) | _some(rng, _LANGUAGES, 1),
        religion=rng.choice((None, *_RELIGIONS)),
        interests=_some(rng, _INTERESTS, 3),
        exclusions=_some(rng, _CARERS_EXCLUSIONS, 2) if rng.random() < 0.2 else frozenset(),
        location=None if rng.random() < 0.05 else _grid_point(rng),
        la_code=rng.choice((None, *_LA_CODES)),
        places=tuple(
            random_place(rng, f"home-{index:06d}-place-{i}")
            for i in range(rng.choice([0, 1, 1, 1, 2, 2, 3]))
        ),
    )


def _random_risks(rng: random.Random, names: tuple[str, ...]) -> dict[str, str]:
    """Mostly none known, some risks present or unsaid; a name may be missing altogether."""
    weights = (1, 1, 1, 40, 3)
    return {n: rng.choices(_STATES, weights)[0] for n in names if rng.random() < 0.97}


def random_child(rng: random.Random) -> Child:
    return Child(
        age=None if rng.random() < 0.03 else rng.randint(0, 17),
        gender=rng.choices(["male", "female", "other", "not_stated"], (5, 5, 1, 1))[0],
        risks_to_child=_random_risks(rng, CHILD_RISKS),
        risks_to_others=_random_risks(rng, OTHERS_RISKS),
        adaptations=_some(rng, _ADAPTATIONS, 1) if rng.random() < 0.1 else frozenset(),
        disabilities=rng.choice(
            [frozenset(), frozenset({"NONE"}), frozenset({"AUT"}), frozenset({"LD"})]
        ),
        language=rng.choice([None, "English", "polish", "Arabic", "Tigrinya"]),
        religion=rng.choice([None, "none", "Muslim", "christian", "Sikh"]),
        interests=_some(rng, _INTERESTS, 2),
        legal_status=rng.choices([None, "C2", "V2", "J1"], (1, 6, 3, 1))[0],
        vulnerabilities=_some(rng, _VULNERABILITIES, 1) if rng.random() < 0.1 else frozenset(),
        animal_allergies=rng.choices([None, frozenset(), _some(rng, _SPECIES, 1)], (2, 6, 2))[0],
        cultural_needs=_some(rng, _CULTURAL, 2) if rng.random() < 0.2 else frozenset(),
    )


def random_parent(rng: random.Random) -> Child | None:
    if rng.random() < 0.2:
        return None
    return Child(
        age=rng.choice([None, 15, 17, 19, 24]),
        risks_to_child=_random_risks(rng, CHILD_RISKS),
        risks_to_others=_random_risks(rng, OTHERS_RISKS),
    )


def random_referral(rng: random.Random, index: int) -> Referral:
    """A referral of one to three children with every placement fact the rules read."""
    return Referral(
        id=f"ref-{index:06d}",
        la_code=rng.choice(_LA_CODES),
        agency_ids=frozenset({AGENCY_A}),
        setting=rng.choices(
            ["fostering", "residential", "parent_and_child", "secure"], (14, 3, 2, 1)
        )[0],
        placement_kinds=frozenset(rng.sample(_KINDS[:4], rng.choices([1, 2], (4, 1))[0])),
        children=tuple(random_child(rng) for _ in range(rng.choice([1, 1, 1, 1, 2, 3]))),
        living_companions=rng.choices(
            [
                None,
                "no_preference",
                "solo_placement_recommended",
                "only_with_older_children",
                "only_with_younger_children",
            ],
            (1, 6, 1, 1, 1),
        )[0],
        pets=rng.choices(["yes_can", "no", "not_known", "yes_must"], (10, 3, 5, 2))[0],
        deprivation_of_liberty=rng.choices([False, True, None], (16, 1, 3))[0],
        needed_by=rng.choice(["today", "later", "later"]),
        school=None if rng.random() < 0.2 else _grid_point(rng),
        family_time=tuple(
            (_grid_point(rng), rng.choice([*FREQUENCY_WEIGHT, "unheard_of"]))
            for _ in range(rng.choice([0, 1, 1, 2]))
        ),
        additional_support=frozenset({"therapeutic_support"})
        if rng.random() < 0.2
        else frozenset(),
        parent=random_parent(rng),
    )


class World:
    """The referrals and vacancies services the matching app follows, driven over HTTP."""

    def __init__(self, referrals, vacancies, tokens, app) -> None:
        from hearth_contract.auth import CallerKind, Scope

        self.referrals, self.vacancies, self.tokens, self.app = referrals, vacancies, tokens, app
        self.operator = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
        self.la = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
        self._sent = 0

    def officer(self, agency_id: str = AGENCY_A) -> dict[str, str]:
        from hearth_contract.auth import CallerKind, Scope

        return self.tokens.headers(
            CallerKind.AGENCY,
            agency_id,
            [
                Scope.VACANCIES_READ,
                Scope.VACANCIES_MANAGE,
                Scope.MATCHING_READ,
                Scope.MATCHING_DECIDE,
                Scope.AGENCY_ADMIN,
            ],
            subject=f"officer-{agency_id}",
        )

    async def send_referral(
        self, agency_ids=(AGENCY_A,), *, siblings: int = 1, progress: bool = True, **placement: Any
    ) -> str:
        """An LA's referral of one child (or a sibling group), screened and progressed by each
        agency unless ``progress`` is false (then matching ranks it provisionally)."""
        from hearth_contract.examples import example_referral

        self._sent += 1
        for agency_id in (AGENCY_A, AGENCY_B):
            await self.referrals.put(
                f"/v1/agencies/{agency_id}", json={"name": agency_id}, headers=self.operator
            )
        body = example_referral(self._sent, agency_ids=list(agency_ids), referral_date=NOW.date())
        body["children"] = body["children"][:1]
        body["children"][0]["date_of_birth"] = "2016-05-01"  # ten on 23 November 2026
        body["children"][0]["risks"] = {"to_child": {}, "to_others": {}}
        for part in ("to_child", "to_others"):
            names = SAFE_TO_CHILD if part == "to_child" else SAFE_TO_OTHERS
            body["children"][0]["risks"][part] = {n: {"state": "none_known"} for n in names}
        for sibling in range(1, siblings):  # a sibling group: the same child, renamed
            body["children"].append({**body["children"][0], "first_name": f"Sibling{sibling}"})
        body["placement"].update(
            {
                "setting": "fostering",
                "urgency": "planned",
                "duration": "short_term",
                "living_companions": "no_preference",
                "pets": "yes_can",
                "deprivation_of_liberty": False,
                "needed_by": "later",
                **placement,
            }
        )
        response = await self.referrals.post(
            "/v1/referrals", json=body, headers={**self.la, "Idempotency-Key": f"m-{self._sent}"}
        )
        assert response.status_code == 201, response.text
        referral_id = response.json()["id"]
        if progress:
            for agency_id in agency_ids:
                await self.screen(referral_id, agency_id)
        return referral_id

    async def screen(self, referral_id: str, agency_id: str = AGENCY_A) -> None:
        """The agency's officer acknowledges the referral and progresses it to matching."""
        from hearth_contract.auth import CallerKind, Scope

        screener = self.tokens.headers(
            CallerKind.AGENCY, agency_id, [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN]
        )
        for step in ("acknowledge", "progress"):
            answer = await self.referrals.post(
                f"/v1/referrals/{referral_id}/{step}", headers=screener
            )
            assert answer.status_code == 200, answer.text

    async def open_household(self, agency_id: str = AGENCY_A, **overrides: Any) -> tuple[str, str]:
        household = {
            "name": f"Household {agency_id}",
            "carers": [{"name": "Sam Carer"}],
            "approval": {
                "age_min": 0,
                "age_max": 17,
                "children": 2,
                "placement_kinds": ["emergency", "short_term", "long_term"],
            },
            "bedrooms": 3,
            "postcode": "ME14 1XX",
            "supervising_social_worker": {"name": "Alex Worker"},
            **overrides,
        }
        created = await self.vacancies.post(
            "/v1/households", json=household, headers=self.officer(agency_id)
        )
        assert created.status_code == 201, created.text
        vacancy = await self.vacancies.post(
            "/v1/vacancies",
            headers=self.officer(agency_id),
            json={
                "household_id": created.json()["id"],
                "available_from": "2026-11-23",
                "age_min": household["approval"]["age_min"],
                "age_max": household["approval"]["age_max"],
                "placement_kinds": household["approval"]["placement_kinds"],
            },
        )
        assert vacancy.status_code == 201, vacancy.text
        return created.json()["id"], vacancy.json()["id"]

    async def catch_up(self) -> int:
        return await self.app.state.feeds.catch_up()
