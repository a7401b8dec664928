"""Hard rules: a home is excluded for what it is not approved, registered or equipped for.

Each rule reads one fact of the referral against one of the home, and says why in
words an officer can repeat to the LA. Rules are checked in this order; the first
that excludes names the home's line in the exclusion summary. The ranking engine
applies the same rules to whole columns of homes at once (``ranking.column_rules``);
a test holds the two versions together, so this table stays the specification.
"""

from __future__ import annotations

from hearth_matching.facts import Home, Place, Referral
from hearth_matching.rules.base import (
    RISKY,
    UNKNOWN,
    Finding,
    Rule,
    RuleContext,
    asked_because,
    exclude,
    needs,
)

__all__ = [
    "CARERS_EXCLUSIONS",
    "EXTRA_TITLES",
    "HARD_RULES",
    "SETTINGS",
    "approved_kinds",
    "free_places",
    "open_places",
]

# The settings a home of each kind can offer.
SETTINGS = {"household": {"fostering", "parent_and_child"}, "home": {"residential"}}


def open_places(home: Home, context: RuleContext) -> list[Place]:
    """The home's places that are available and were confirmed recently enough."""
    return [
        p
        for p in home.places
        if p.state == "available" and context.now - p.last_confirmed_at <= context.stale_after
    ]


def free_places(home: Home, context: RuleContext) -> int:
    return len(open_places(home, context))


def approved_kinds(home: Home) -> set[str]:
    """What the home is approved for: a household's approval, a children's home's places."""
    if home.kind == "household":
        return set(home.placement_kinds)
    return set().union(*(p.placement_kinds for p in home.places))


def _setting(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if referral.setting not in SETTINGS[home.kind]:
        return exclude(
            "setting",
            f"A {home.setting} placement cannot meet a referral for "
            f"{referral.setting.replace('_', ' ')}.",
        )
    return None


def _placement_kind(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    wanted = referral.placement_kinds
    offered = set().union(*(p.placement_kinds for p in home.places)) if home.places else set()
    approved = home.placement_kinds if home.kind == "household" else offered
    missing = sorted(wanted - (approved & offered))
    if missing:
        return exclude(
            "placement_kind",
            "Not approved or offered for " + ", ".join(m.replace("_", " ") for m in missing) + ".",
        )
    return None


def _age_range(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    ages = [c.age for c in referral.children]
    if any(a is None for a in ages):
        return needs("age_range", "A child's age is not given.")
    places = open_places(home, context) or list(home.places)
    outside = [a for a in ages if not home.age_min <= a <= home.age_max]  # type: ignore[operator]
    if outside:
        return exclude(
            "age_range",
            f"Approved for ages {home.age_min} to {home.age_max}; the child is {outside[0]}.",
        )
    if places and not any(
        all(p.age_min <= a <= p.age_max for a in ages)  # type: ignore[operator]
        for p in places
    ):
        return exclude("age_range", "No free place here is offered for the child's age.")
    return None


def _gender(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if not home.genders:
        return None
    approved = " or ".join(sorted(home.genders))
    genders = {child.gender for child in referral.children}
    if genders - home.genders - {"not_stated"}:
        return exclude("gender", f"Approved for {approved} children only.")
    if "not_stated" in genders:
        return needs(
            "gender",
            f"The home is approved for {approved} children; the child's gender is not given.",
        )
    return None


def _vacancy(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if not home.places or not any(p.state == "available" for p in home.places):
        return exclude("vacancy_not_available", "No place here is available now.")
    if not open_places(home, context):
        return exclude(
            "vacancy_stale",
            "The free place has not been confirmed with the carer "
            "or home recently; confirm it first.",
        )
    if referral.needed_by == "today" and all(
        p.available_from > context.today for p in open_places(home, context)
    ):
        return exclude(
            "vacancy_not_available", "The place is not free until after the child needs a home."
        )
    return None


def _free_places(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    wanted = referral.sibling_count
    free = free_places(home, context)
    room = home.capacity - len([r for r in home.residents if not r.own_child])
    if min(free, room) < wanted:
        return exclude(
            "free_places",
            f"{min(free, room)} free place(s) for a group of {wanted}: "
            "the siblings would be split.",
        )
    return None


def _parent_and_child(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if referral.setting == "parent_and_child" and "parent_and_child" not in home.placement_kinds:
        return exclude("parent_and_child", "Not approved for parent-and-child placements.")
    return None


def _adaptations(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    needed = set().union(*(c.adaptations for c in referral.children))
    missing = sorted(needed - home.adaptations)
    if missing:
        return exclude(
            "adaptations", "Lacks " + ", ".join(m.replace("_", " ") for m in missing) + "."
        )
    return None


def _living_companions(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    others = home.residents
    if not others:
        return None
    companions = referral.living_companions
    ages = [c.age for c in referral.children if c.age is not None]
    if companions is None:
        return needs(
            "living_companions",
            "The referral does not say whether the child can live "
            "with other children, and children live here.",
        )
    if companions == "solo_placement_recommended":
        return exclude(
            "living_companions",
            f"A solo placement is recommended; {len(others)} child(ren) live here.",
        )
    if companions == "only_with_older_children" and ages:
        if any(r.age <= max(ages) for r in others):
            return exclude(
                "living_companions",
                "The child should live only with older children; "
                "a younger or same-age child lives here.",
            )
    if companions == "only_with_younger_children" and ages:
        if any(r.age >= min(ages) for r in others):
            return exclude(
                "living_companions",
                "The child should live only with younger "
                "children; an older or same-age child lives here.",
            )
    return None


def _sibling_group(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if referral.sibling_count > 1 and "sibling_group" not in approved_kinds(home):
        return exclude(
            "sibling_group_approval",
            f"Not approved for sibling groups; {referral.sibling_count} siblings are referred.",
        )
    return None


def _remand(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if "remand" in approved_kinds(home):
        return None
    statuses = [c.legal_status for c in referral.children]
    if "J1" in statuses:
        return exclude("remand_approval", "The child is remanded (J1); not approved for remand.")
    if None in statuses:
        return needs(
            "remand_approval",
            "The child's legal status is not given; the home is not approved for remand.",
        )
    return None


def _pets(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    harms = [c.to_others("harm_to_animals") for c in referral.children]
    if home.pets is None:
        if referral.pets == "yes_can" and all(h not in RISKY | UNKNOWN for h in harms):
            return None
        return needs(
            "pets",
            "Whether animals are kept here is not recorded; the referral limits or asks "
            "about animals.",
        )
    if home.pets:
        if referral.pets == "no":
            return exclude("pets", "The child must not live with animals; there are pets here.")
        if any(h in RISKY for h in harms):
            return exclude("pets", "The child has harmed animals; there are pets here.")
        if referral.pets == "not_known" or any(h in UNKNOWN for h in harms):
            return needs(
                "pets",
                "There are pets here; the referral does not say whether the child "
                "can live with animals or has harmed them.",
            )
    elif referral.pets == "yes_must":
        return exclude("pets", "The child must live with animals; there are none here.")
    return None


def _animal_allergy(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    kept = home.pets
    for child in referral.children:
        allergies = child.animal_allergies
        if allergies and kept and allergies & kept:
            species = ", ".join(sorted(allergies & kept)).replace("_", " ")
            return exclude("animal_allergy", f"The child is allergic to {species}; kept here.")
    for child in referral.children:
        allergies = child.animal_allergies
        if allergies == frozenset() or kept == frozenset():
            continue
        if allergies is None:
            return needs(
                "animal_allergy",
                "The referral does not say whether the child is allergic to animals; "
                + (
                    "animals are kept here."
                    if kept
                    else "whether animals are kept here is not recorded."
                ),
            )
        if kept is None:
            return needs(
                "animal_allergy",
                "The child is allergic to animals; whether animals are kept here is not recorded.",
            )
        if "other" in kept:
            return needs(
                "animal_allergy",
                "The child is allergic to animals; an animal of an unnamed species is kept here.",
            )
        if "other" in allergies:
            return needs(
                "animal_allergy",
                "The child is allergic to an animal the referral does not name; animals are "
                "kept here.",
            )
    return None


def _deprivation_of_liberty(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    wanted = referral.deprivation_of_liberty
    registered = home.deprivation_of_liberty if home.kind == "home" else False
    if wanted is False or registered:
        return None
    if wanted and registered is False:
        return exclude(
            "deprivation_of_liberty",
            "A deprivation-of-liberty order needs a home registered for it; this one is not.",
        )
    if wanted:
        return needs(
            "deprivation_of_liberty",
            "A deprivation-of-liberty order applies; whether this home is registered for it "
            "is not recorded.",
        )
    return needs(
        "deprivation_of_liberty",
        "The referral does not say whether a deprivation-of-liberty order applies.",
    )


# Each carers' exclusion and the child's risk it is about ("" for the group's size).
CARERS_EXCLUSIONS = {
    "sexual_harm_to_others": ("to_others", "sexual_harm"),
    "physical_harm_to_others": ("to_others", "physical_harm"),
    "fire_setting": ("to_others", "fire_setting"),
    "harm_to_animals": ("to_others", "harm_to_animals"),
    "criminal_exploitation": ("to_child", "criminal_exploitation"),
    "sexual_exploitation": ("to_child", "sexual_exploitation"),
    "going_missing": ("to_child", "missing"),
    "self_harm": ("to_child", "self_harm"),
    "drug_alcohol": ("to_child", "drug_alcohol"),
}


def _carers_exclusions(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if not home.exclusions:
        return None
    if "sibling_groups" in home.exclusions and referral.sibling_count > 1:
        return exclude("carers_exclusions", "The carers do not take sibling groups.")
    unknown = []
    for exclusion in sorted(home.exclusions & CARERS_EXCLUSIONS.keys()):
        side, risk = CARERS_EXCLUSIONS[exclusion]
        states = [
            c.to_child(risk) if side == "to_child" else c.to_others(risk) for c in referral.children
        ]
        label = exclusion.replace("_", " ")
        if any(s in RISKY for s in states):
            return exclude("carers_exclusions", f"The carers will not consider {label}.")
        if any(s in UNKNOWN for s in states):
            unknown.append(label)
    if unknown:
        return needs(
            "carers_exclusions",
            "The carers will not consider "
            + ", ".join(unknown)
            + "; the referral does not say (or says only in the past).",
        )
    return None


def _missing_supervision(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    if home.kind != "household" or home.supervision == "full":
        return None
    states = [c.to_child("missing") for c in referral.children]
    if all(s not in RISKY | UNKNOWN for s in states):
        return None
    if home.supervision is None:
        return needs(
            "missing_supervision",
            "How far the carers can supervise a child who goes missing is not recorded; "
            "the child's risk of going missing is not none known.",
        )
    if any(s in RISKY for s in states):
        return exclude(
            "missing_supervision",
            "The child goes missing; the carers can supervise only in a limited way.",
        )
    state = next(s for s in states if s in UNKNOWN)
    return needs(
        "missing_supervision",
        "The carers can supervise only in a limited way; "
        + asked_because(state, "going missing", "the referred child")
        + ".",
    )


HARD_RULES: tuple[Rule, ...] = (
    Rule(
        "setting",
        "setting",
        "A foster household cannot offer residential care, nor a children's home fostering.",
        _setting,
    ),
    Rule(
        "vacancy_not_available",
        "no place available now",
        "Only places free now, or by the day the child needs them, can be offered.",
        _vacancy,
    ),
    Rule(
        "age_range",
        "age range",
        "Carers are approved, and homes registered, for an age "
        "range; placing outside it breaks the terms of approval.",
        _age_range,
    ),
    Rule("gender", "gender", "Some approvals are for girls or boys only.", _gender),
    Rule(
        "free_places",
        "free places for the sibling group",
        "Siblings are placed together "
        "unless their plan says otherwise: the home needs a place for each.",
        _free_places,
    ),
    Rule(
        "placement_kind",
        "placement type",
        "Emergency, short-term, long-term and respite care are separate terms of approval.",
        _placement_kind,
    ),
    Rule(
        "sibling_group_approval",
        "sibling group approval",
        "Two or more brothers and sisters placed together need carers assessed and "
        "approved for a sibling group.",
        _sibling_group,
    ),
    Rule(
        "remand_approval",
        "remand approval",
        "A child remanded to local authority accommodation (legal status J1) needs a "
        "placement approved for remand.",
        _remand,
    ),
    Rule(
        "parent_and_child",
        "parent-and-child approval",
        "A parent-and-child placement needs carers approved and trained to assess a parent.",
        _parent_and_child,
    ),
    Rule(
        "adaptations",
        "adaptations",
        "A disabled child needs the home to be adapted before "
        "they arrive (access, bathroom, hoist).",
        _adaptations,
    ),
    Rule(
        "living_companions",
        "who the child can live with",
        "The child's social worker "
        "has said whether the child should live alone, or only with older or younger "
        "children.",
        _living_companions,
    ),
    Rule(
        "pets",
        "pets",
        "A child who must not live with animals, or who has harmed them, "
        "is not placed where there are pets; one who needs an animal is.",
        _pets,
    ),
    Rule(
        "animal_allergy",
        "animal allergy",
        "A child allergic to a species is not placed where that species is kept; other "
        "animals do not rule a home out.",
        _animal_allergy,
    ),
    Rule(
        "deprivation_of_liberty",
        "deprivation of liberty",
        "Restrictions amounting to a deprivation of liberty need the court's authority and "
        "a children's home registered for them.",
        _deprivation_of_liberty,
    ),
    Rule(
        "carers_exclusions",
        "carers' own exclusions",
        "Carers decide freely what they will "
        "take on; their stated exclusions are respected, not argued with.",
        _carers_exclusions,
    ),
    Rule(
        "missing_supervision",
        "going missing and limited supervision",
        "Carers who can supervise only in a limited way cannot keep a child who goes "
        "missing safe, nor respond in time when they do.",
        _missing_supervision,
    ),
)
# Findings some checks give under a code of their own (a stale place, rather than none).
EXTRA_TITLES = {"vacancy_stale": "place not confirmed in 24 hours"}
