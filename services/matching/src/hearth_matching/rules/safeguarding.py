"""Safeguarding rules: the child against every child already living in the home, both ways.

A rule looks at one pair (the referred child and one resident) from both sides: the
risk the child poses to the resident, and the risk the resident poses to the child.
Where the referral leaves a relevant risk unsaid (or only historical), the home is
flagged "needs information" rather than passed.
"""

from __future__ import annotations

from collections.abc import Callable

from hearth_matching.facts import Child, Home, Referral, Resident
from hearth_matching.rules.base import RISKY, UNKNOWN, Finding, Rule, RuleContext, exclude, needs

__all__ = ["AGE_GAP", "SAFEGUARDING_RULES", "YOUNG_CHILD_AGE"]

YOUNG_CHILD_AGE = 8  # below this a child cannot be expected to get themselves out of a fire
AGE_GAP = 3  # physical harm: residents this many years younger are too vulnerable


def _pairwise(
    code: str,
    child_side: Callable[[Child, Resident], str | None],
    resident_side: Callable[[Child, Resident], str | None],
):
    """A check over every (child, resident) pair; each side says why it excludes or asks."""

    def check(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
        asked = None
        for child in referral.children:
            for resident in home.residents:
                for side in (child_side, resident_side):
                    said = side(child, resident)
                    if said is None:
                        continue
                    if said.startswith("?"):
                        asked = asked or said[1:]
                    else:
                        return exclude(code, said)
        return needs(code, asked) if asked else None

    return check


def _state(state: str, risky: str, unknown: str) -> str | None:
    """The reason for a risk's state: excluding if it is risky, a question if unknown."""
    if state in RISKY:
        return risky
    if state in UNKNOWN:
        return "?" + unknown
    return None


def _sexual_harm_child(child: Child, resident: Resident) -> str | None:
    if child.age is None or resident.age >= child.age:
        return None
    return _state(
        child.to_others("sexual_harm"),
        f"The child poses a risk of sexual harm; a younger child ({resident.age}) lives here.",
        "A younger child lives here; the referral does not say (or says only in the "
        "past) whether the child poses a risk of sexual harm.",
    )


def _sexual_harm_resident(child: Child, resident: Resident) -> str | None:
    if "sexual_harm" in resident.risks_to_others and (
        child.age is None or child.age < resident.age
    ):
        return f"A {resident.age}-year-old here poses a risk of sexual harm to younger children."
    return None


def _exploitation_child(child: Child, resident: Resident) -> str | None:
    at_risk = [child.to_child("sexual_exploitation"), child.to_child("criminal_exploitation")]
    if "criminal_exploitation" not in resident.risks_to_others:
        return None
    if any(s in RISKY for s in at_risk):
        return "The child is at risk of exploitation; a child here exploits or recruits others."
    if any(s in UNKNOWN for s in at_risk):
        return (
            "?A child here exploits or recruits others; the referral does not say whether "
            "the child is at risk of exploitation."
        )
    return None


def _exploitation_resident(child: Child, resident: Resident) -> str | None:
    vulnerable = {"sexual_exploitation", "criminal_exploitation"} & resident.risks_to_child
    if not vulnerable:
        return None
    return _state(
        child.to_others("criminal_exploitation"),
        "The child exploits or recruits others; a child here is at risk of exploitation.",
        "A child here is at risk of exploitation; the referral does not say whether "
        "the child exploits or recruits others.",
    )


def _fire_child(child: Child, resident: Resident) -> str | None:
    if resident.age >= YOUNG_CHILD_AGE:
        return None
    return _state(
        child.to_others("fire_setting"),
        f"The child sets fires; a child under {YOUNG_CHILD_AGE} lives here.",
        f"A child under {YOUNG_CHILD_AGE} lives here; the referral does not say "
        "whether the child sets fires.",
    )


def _fire_resident(child: Child, resident: Resident) -> str | None:
    if (
        "fire_setting" in resident.risks_to_others
        and child.age is not None
        and child.age < YOUNG_CHILD_AGE
    ):
        return f"A child here sets fires; the child is under {YOUNG_CHILD_AGE}."
    return None


def _physical_child(child: Child, resident: Resident) -> str | None:
    if child.age is None or resident.age > child.age - AGE_GAP:
        return None
    return _state(
        child.to_others("physical_harm"),
        f"The child may physically harm others; a much younger child ({resident.age}) lives here.",
        "A much younger child lives here; the referral does not say whether the child "
        "may physically harm others.",
    )


def _physical_resident(child: Child, resident: Resident) -> str | None:
    if (
        "physical_harm" in resident.risks_to_others
        and child.age is not None
        and child.age <= resident.age - AGE_GAP
    ):
        return (
            f"A {resident.age}-year-old here may physically harm others; the child is much younger."
        )
    return None


def _missing(referral: Referral, home: Home, context: RuleContext) -> Finding | None:
    """Going missing is about the home's capacity to supervise, not one pair."""
    already = sum(1 for r in home.residents if "missing" in r.risks_to_child)
    limit = 1 if home.kind == "household" else 2
    if already < limit:
        return None
    states = [c.to_child("missing") for c in referral.children]
    if any(s in RISKY for s in states):
        return exclude(
            "going_missing",
            f"The child goes missing; {already} child(ren) here "
            "already do, more than the home can supervise.",
        )
    if any(s in UNKNOWN for s in states):
        return needs(
            "going_missing",
            f"{already} child(ren) here go missing; the referral does "
            "not say whether the child does.",
        )
    return None


SAFEGUARDING_RULES: tuple[Rule, ...] = (
    Rule(
        "sexual_harm_to_younger",
        "sexual harm and younger children",
        "A child who poses a risk of sexual harm is not placed with younger children, and a "
        "child is not placed where an older child poses that risk.",
        _pairwise("sexual_harm_to_younger", _sexual_harm_child, _sexual_harm_resident),
    ),
    Rule(
        "exploitation",
        "exploitation",
        "A child at risk of sexual or criminal exploitation is not placed with a child who "
        "exploits or recruits others, either way round.",
        _pairwise("exploitation", _exploitation_child, _exploitation_resident),
    ),
    Rule(
        "fire_setting",
        "fire-setting and young children",
        f"Children under {YOUNG_CHILD_AGE} cannot be relied on to escape a fire; a child who "
        "sets fires is not placed with them.",
        _pairwise("fire_setting", _fire_child, _fire_resident),
    ),
    Rule(
        "physical_harm",
        "physical harm and much younger children",
        f"A child who may physically harm others is not placed with children {AGE_GAP} or "
        "more years younger, who could not protect themselves.",
        _pairwise("physical_harm", _physical_child, _physical_resident),
    ),
    Rule(
        "going_missing",
        "going missing and supervision",
        "A household can keep watch over one child who goes missing (a children's home "
        "two); beyond that nobody is safe.",
        _missing,
    ),
)
