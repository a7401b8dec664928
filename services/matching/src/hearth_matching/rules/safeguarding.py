"""Safeguarding rules: each referred person against every child already living in the
home, both ways.

A rule looks at one pair (a referred person, P: a child of the referral or, in a
parent-and-child referral, the parent; and one resident, R) from both sides: the risk P
poses to R, and the risk R poses to P. A risk present or suspected decides; historical,
not stated or not recorded is asked about ("needs information"), saying which; none
known is no risk. Where the condition a risk needs (an age, a vulnerability) is not
known, the pair is asked about unless the risk is none known. ``RULES.md`` is the table.
"""

from __future__ import annotations

from collections.abc import Callable

from hearth_matching.facts import Child, Home, Referral, Resident
from hearth_matching.rules.base import (
    RISKY,
    UNKNOWN,
    Finding,
    Rule,
    RuleContext,
    asked_because,
    exclude,
    needs,
    worse,
)

__all__ = [
    "AGE_GAP",
    "SAFEGUARDING_RULES",
    "YOUNG_CHILD_AGE",
    "missing_limit",
    "poser_condition",
    "resident_condition",
]

YOUNG_CHILD_AGE = 8  # below this a child cannot be expected to get themselves out of a fire
AGE_GAP = 3  # physical harm: residents this many years younger are too vulnerable
THE_CHILD = "the referred child"
A_RESIDENT = "a child living here"


def _pairwise(
    code: str,
    person_side: Callable[[Child, Resident], str | None],
    resident_side: Callable[[Child, Resident], str | None],
):
    """A check over every (referred person, resident) pair; each side says why it
    excludes, or (a reason starting with "?") what must be asked."""

    def check(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
        asked = None
        for person in referral.people:
            for resident in home.residents:
                for side in (person_side, resident_side):
                    said = side(person, resident)
                    if said is None:
                        continue
                    if said.startswith("?"):
                        asked = asked or said[1:]
                    else:
                        return exclude(code, said)
        return needs(code, asked) if asked else None

    return check


def _one_sided(
    condition: bool | None, state: str, risk: str, whose: str, excluding: str, concerned: str
) -> str | None:
    """A risk that matters only where ``condition`` holds (None: not known)."""
    if condition is False or (state not in RISKY and state not in UNKNOWN):
        return None
    if condition and state in RISKY:
        return excluding
    if state in RISKY:
        return f"?{excluding[:-1]}, if {concerned}: not known; ask."
    return f"?{concerned[0].upper()}{concerned[1:]}; {asked_because(state, risk, whose)}."


def _two_sided(poses: str, at_risk: str, excluding: str, question: str) -> str | None:
    """Both sides are risk states: both decide to exclude; either none known clears it."""
    if poses not in RISKY | UNKNOWN or at_risk not in RISKY | UNKNOWN:
        return None
    if poses in RISKY and at_risk in RISKY:
        return excluding
    return "?" + question


def poser_condition(person: Child, resident: Resident) -> bool | None:
    """Sexual harm, P poses: is R younger than P, or vulnerable? (None: not known)."""
    younger = None if person.age is None else resident.age < person.age
    if younger or resident.vulnerable:
        return True
    if younger is False and resident.vulnerable is False:
        return False
    return None


def resident_condition(person: Child, resident: Resident) -> bool | None:
    """Sexual harm, R poses: is P younger than R, or vulnerable (even if older)?"""
    if person.vulnerable:
        return True
    return None if person.age is None else person.age < resident.age


def _sexual_harm_person(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        poser_condition(person, resident),
        person.to_others("sexual_harm"),
        "sexual_harm",
        THE_CHILD,
        f"The child poses a risk of sexual harm; a younger or more vulnerable child "
        f"({resident.age}) lives here.",
        f"a child of {resident.age} lives here (younger or vulnerable, or not known)",
    )


def _sexual_harm_resident(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        resident_condition(person, resident),
        resident.to_others("sexual_harm"),
        "sexual_harm",
        A_RESIDENT,
        f"A {resident.age}-year-old here poses a risk of sexual harm to younger or more "
        "vulnerable children.",
        f"a {resident.age}-year-old lives here and the child is younger, vulnerable, "
        "or of unknown age",
    )


def _at_risk(risks: Callable[[str], str]) -> str:
    return worse(risks("sexual_exploitation"), risks("criminal_exploitation"))


def _exploitation_person(person: Child, resident: Resident) -> str | None:
    poses = resident.to_others("criminal_exploitation")
    at_risk = _at_risk(person.to_child)
    return _two_sided(
        poses,
        at_risk,
        "The child is at risk of exploitation; a child here exploits or recruits others.",
        "A child here may exploit or recruit others and the child may be at risk of "
        f"exploitation: {_which(poses, at_risk, 'criminal_exploitation', 'exploitation')}.",
    )


def _exploitation_resident(person: Child, resident: Resident) -> str | None:
    poses = person.to_others("criminal_exploitation")
    at_risk = _at_risk(resident.to_child)
    return _two_sided(
        poses,
        at_risk,
        "The child exploits or recruits others; a child here is at risk of exploitation.",
        "The child may exploit or recruit others and a child here may be at risk of "
        f"exploitation: {_which(at_risk, poses, 'exploitation', 'criminal_exploitation')}.",
    )


def _which(resident_state: str, person_state: str, resident_risk: str, person_risk: str) -> str:
    """What to ask in a two-sided rule: the side (or sides) not yet known."""
    asks = []
    if resident_state in UNKNOWN:
        asks.append(asked_because(resident_state, resident_risk, A_RESIDENT))
    if person_state in UNKNOWN:
        asks.append(asked_because(person_state, person_risk, THE_CHILD))
    return "; ".join(asks) or "ask"


def _fire_person(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        resident.age < YOUNG_CHILD_AGE,
        person.to_others("fire_setting"),
        "fire_setting",
        THE_CHILD,
        f"The child sets fires; a child under {YOUNG_CHILD_AGE} lives here.",
        f"a child under {YOUNG_CHILD_AGE} lives here",
    )


def _fire_resident(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        None if person.age is None else person.age < YOUNG_CHILD_AGE,
        resident.to_others("fire_setting"),
        "fire_setting",
        A_RESIDENT,
        f"A child here sets fires; the child is under {YOUNG_CHILD_AGE}.",
        f"the child is under {YOUNG_CHILD_AGE}, or of unknown age",
    )


def _physical_person(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        None if person.age is None else resident.age <= person.age - AGE_GAP,
        person.to_others("physical_harm"),
        "physical_harm",
        THE_CHILD,
        f"The child may physically harm others; a much younger child ({resident.age}) lives here.",
        f"a child of {resident.age} lives here, much younger than the child or of unknown gap",
    )


def _physical_resident(person: Child, resident: Resident) -> str | None:
    return _one_sided(
        None if person.age is None else person.age <= resident.age - AGE_GAP,
        resident.to_others("physical_harm"),
        "physical_harm",
        A_RESIDENT,
        f"A {resident.age}-year-old here may physically harm others; the child is much younger.",
        f"a {resident.age}-year-old lives here and the child is much younger, or of unknown age",
    )


def missing_limit(home: Home) -> int:
    """How many children who go missing a home can keep watch over."""
    return 1 if home.kind == "household" else 2


def _missing(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    """Going missing is about the home's capacity to supervise, not one pair."""
    certain = sum(1 for r in home.residents if r.to_child("missing") in RISKY)
    maybe = certain + sum(1 for r in home.residents if r.to_child("missing") in UNKNOWN)
    limit = missing_limit(home)
    if maybe < limit:
        return None
    states = [c.to_child("missing") for c in referral.children]
    if any(s in RISKY for s in states):
        if certain >= limit:
            return exclude(
                "going_missing",
                f"The child goes missing; {certain} child(ren) here "
                "already do, more than the home can supervise.",
            )
        return needs(
            "going_missing",
            "The child goes missing; whether the children here do is historical or not "
            "recorded: ask the home.",
        )
    unknown = [s for s in states if s in UNKNOWN]
    if unknown:
        return needs(
            "going_missing",
            "Children here go missing (or may); "
            + asked_because(unknown[0], "going missing", THE_CHILD)
            + ".",
        )
    return None


SAFEGUARDING_RULES: tuple[Rule, ...] = (
    Rule(
        "sexual_harm_to_younger",
        "sexual harm and younger or vulnerable children",
        "A child who poses a risk of sexual harm is not placed with younger or more "
        "vulnerable children, and a child is not placed where an older child poses that "
        "risk, nor a vulnerable child where any child does.",
        _pairwise("sexual_harm_to_younger", _sexual_harm_person, _sexual_harm_resident),
    ),
    Rule(
        "exploitation",
        "exploitation",
        "A child at risk of sexual or criminal exploitation is not placed with a child who "
        "exploits or recruits others, either way round.",
        _pairwise("exploitation", _exploitation_person, _exploitation_resident),
    ),
    Rule(
        "fire_setting",
        "fire-setting and young children",
        f"Children under {YOUNG_CHILD_AGE} cannot be relied on to escape a fire; a child who "
        "sets fires is not placed with them.",
        _pairwise("fire_setting", _fire_person, _fire_resident),
    ),
    Rule(
        "physical_harm",
        "physical harm and much younger children",
        f"A child who may physically harm others is not placed with children {AGE_GAP} or "
        "more years younger, who could not protect themselves.",
        _pairwise("physical_harm", _physical_person, _physical_resident),
    ),
    Rule(
        "going_missing",
        "going missing and supervision",
        "A household can keep watch over one child who goes missing (a children's home "
        "two); beyond that nobody is safe.",
        _missing,
    ),
)
