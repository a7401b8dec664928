"""Every hard and safeguarding rule over whole columns of homes, for one referral.

The rule table in ``rules.hard`` and ``rules.safeguarding`` is the specification; each
function here gives, for every home at once, the same verdict as that rule's check
(a test compares them on hundreds of random pairings). A rule's outcome is which homes
it excludes (under the finding's code) and which it flags "needs information".
Places and residents are compared as (slots, homes) arrays, then reduced over the slots.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from hearth_matching.facts import Child, Referral
from hearth_matching.ranking.columns import Columns, any_slot, count_slots, micros
from hearth_matching.rules.base import RISKY, UNKNOWN, RuleContext, worse
from hearth_matching.rules.hard import CARERS_EXCLUSIONS, SETTINGS
from hearth_matching.rules.safeguarding import AGE_GAP, YOUNG_CHILD_AGE

__all__ = ["COLUMN_RULES", "Judgement", "Outcome", "Situation", "judge"]


@dataclass(frozen=True)
class Outcome:
    """Which homes a rule excludes (by finding code) and which it asks about."""

    excludes: dict[str, np.ndarray] = field(default_factory=dict)
    needs: np.ndarray | None = None


@dataclass
class Situation:
    """One referral against the columns at one moment; shared facts computed once."""

    referral: Referral
    columns: Columns
    context: RuleContext

    @cached_property
    def open_places(self) -> np.ndarray:
        """The slots holding a place that is available and confirmed recently enough."""
        c = self.columns
        oldest = micros(self.context.now - self.context.stale_after)
        return c.place_available & (c.place_confirmed >= oldest)

    @cached_property
    def open_count(self) -> np.ndarray:
        return count_slots(self.open_places)

    @cached_property
    def known_ages(self) -> list[int]:
        return [c.age for c in self.referral.children if c.age is not None]

    def none(self) -> np.ndarray:
        return np.zeros(self.columns.size, dtype=bool)

    def every(self) -> np.ndarray:
        return np.ones(self.columns.size, dtype=bool)

    def approved(self, kind: str) -> np.ndarray:
        """A household's approval, a children's home's places (``rules.hard.approved_kinds``)."""
        c = self.columns
        return np.where(c.is_household, c.placement_kinds.has(kind), c.offered_kinds.has(kind))


def _states(referral: Referral, side: str, risk: str) -> set[str]:
    return {
        c.to_child(risk) if side == "to_child" else c.to_others(risk) for c in referral.children
    }


def _setting(s: Situation) -> Outcome:
    c = s.columns
    offered = (c.is_household & (s.referral.setting in SETTINGS["household"])) | (
        c.is_home & (s.referral.setting in SETTINGS["home"])
    )
    return Outcome({"setting": ~offered})


def _vacancy(s: Situation) -> Outcome:
    c = s.columns
    not_available = c.available_count == 0
    stale = ~not_available & (s.open_count == 0)
    if s.referral.needed_by == "today":
        in_time = any_slot(s.open_places & (c.place_from <= s.context.today.toordinal()))
        not_available |= ~stale & ~in_time
    return Outcome({"vacancy_not_available": not_available, "vacancy_stale": stale})


def _age_range(s: Situation) -> Outcome:
    c = s.columns
    if any(child.age is None for child in s.referral.children):
        return Outcome(needs=s.every())
    if not s.known_ages:
        return Outcome()
    youngest, eldest = min(s.known_ages), max(s.known_ages)
    outside = (c.age_min > youngest) | (c.age_max < eldest)
    fits = (c.place_age_min <= youngest) & (c.place_age_max >= eldest)
    # The open places if there are any, else every place (as ``rules.hard._age_range``).
    no_open_fits = ~any_slot(s.open_places & fits)
    no_place_fits = (c.place_count > 0) & ~any_slot(c.place_valid & fits)
    return Outcome({"age_range": outside | np.where(s.open_count > 0, no_open_fits, no_place_fits)})


def _gender(s: Situation) -> Outcome:
    c = s.columns
    limited = c.genders.count > 0
    genders = {child.gender for child in s.referral.children}
    refused = limited & ~c.genders.all_of(genders - {"not_stated"})
    asked = limited & ~refused if "not_stated" in genders else None
    return Outcome({"gender": refused}, asked)


def _free_places(s: Situation) -> Outcome:
    room = np.minimum(s.open_count, s.columns.room)
    return Outcome({"free_places": room < s.referral.sibling_count})


def _placement_kind(s: Situation) -> Outcome:
    c = s.columns
    missing = s.none()
    for kind in s.referral.placement_kinds:
        approved = c.is_home | c.placement_kinds.has(kind)
        missing |= ~(c.offered_kinds.has(kind) & approved)
    return Outcome({"placement_kind": missing})


def _sibling_group(s: Situation) -> Outcome:
    if s.referral.sibling_count < 2:
        return Outcome()
    return Outcome({"sibling_group_approval": ~s.approved("sibling_group")})


def _remand(s: Situation) -> Outcome:
    statuses = {child.legal_status for child in s.referral.children}
    not_approved = ~s.approved("remand")
    if "J1" in statuses:
        return Outcome({"remand_approval": not_approved})
    if None in statuses:
        return Outcome(needs=not_approved)
    return Outcome()


def _parent_and_child(s: Situation) -> Outcome:
    if s.referral.setting != "parent_and_child":
        return Outcome()
    return Outcome({"parent_and_child": ~s.columns.placement_kinds.has("parent_and_child")})


def _adaptations(s: Situation) -> Outcome:
    needed = set().union(*(child.adaptations for child in s.referral.children))
    return Outcome({"adaptations": ~s.columns.adaptations.all_of(needed)})


def _living_companions(s: Situation) -> Outcome:
    c = s.columns
    lived_in = c.resident_count > 0
    companions = s.referral.living_companions
    if companions is None:
        return Outcome(needs=lived_in)
    if companions == "solo_placement_recommended":
        return Outcome({"living_companions": lived_in})
    if companions == "only_with_older_children" and s.known_ages:
        younger = c.resident_valid & (c.resident_age <= max(s.known_ages))
        return Outcome({"living_companions": any_slot(younger)})
    if companions == "only_with_younger_children" and s.known_ages:
        older = c.resident_valid & (c.resident_age >= min(s.known_ages))
        return Outcome({"living_companions": any_slot(older)})
    return Outcome()


def _pets(s: Situation) -> Outcome:
    c = s.columns
    has_pets, unknown = c.has_pets, ~c.pets_known
    harms = _states(s.referral, "to_others", "harm_to_animals")
    wanted = s.referral.pets
    refused = c.pets_known & ~has_pets if wanted == "yes_must" else s.none()
    asked = s.none() if wanted == "yes_can" and not harms & (RISKY | UNKNOWN) else unknown
    if wanted == "no" or harms & RISKY:
        return Outcome({"pets": refused | has_pets}, asked)
    if wanted == "not_known" or harms & UNKNOWN:
        return Outcome({"pets": refused}, asked | has_pets)
    return Outcome({"pets": refused}, asked)


def _animal_allergy(s: Situation) -> Outcome:
    c = s.columns
    refused, asked = s.none(), s.none()
    for child in s.referral.children:
        allergies = child.animal_allergies
        if allergies is None:
            asked |= c.has_pets | ~c.pets_known
        elif allergies:
            refused |= c.pets.any_of(allergies)
            asked |= ~c.pets_known | c.pets.has("other")
            if "other" in allergies:
                asked |= c.has_pets
    return Outcome({"animal_allergy": refused}, asked & ~refused)


def _deprivation_of_liberty(s: Situation) -> Outcome:
    c = s.columns
    wanted = s.referral.deprivation_of_liberty
    if wanted:
        return Outcome(
            {"deprivation_of_liberty": ~c.dol_registered & ~c.dol_unknown}, c.dol_unknown
        )
    if wanted is None:
        return Outcome(needs=~c.dol_registered)
    return Outcome()


def _carers_exclusions(s: Situation) -> Outcome:
    c = s.columns
    refused = s.none()
    if s.referral.sibling_count > 1:
        refused |= c.exclusions.has("sibling_groups")
    asked = s.none()
    for exclusion, (side, risk) in CARERS_EXCLUSIONS.items():
        states = _states(s.referral, side, risk)
        if states & RISKY:
            refused |= c.exclusions.has(exclusion)
        elif states & UNKNOWN:
            asked |= c.exclusions.has(exclusion)
    return Outcome({"carers_exclusions": refused}, asked & ~refused)


def _missing_supervision(s: Situation) -> Outcome:
    c = s.columns
    states = _states(s.referral, "to_child", "missing")
    if states & RISKY:
        return Outcome({"missing_supervision": c.supervision_limited}, c.supervision_unknown)
    if states & UNKNOWN:
        return Outcome(needs=c.supervision_limited | c.supervision_unknown)
    return Outcome()


# For one referred person: which resident slots exclude the home, and which ask.
# ``False`` stands for "no slot" without building an array (most risks are none known).
Residents = np.ndarray | bool
PairCheck = Callable[[Columns, Child], tuple[Residents, Residents]]
Condition = Callable[[], Residents]


def _or(first: Residents, second: Residents) -> Residents:
    if first is False:
        return second
    if second is False:
        return first
    return first | second


def _never() -> Residents:
    return False


def _always() -> Residents:
    return True


def _person_poses(
    state: str, true: Condition, unknown: Condition = _never
) -> tuple[Residents, Residents]:
    """P's risk, where the condition on the resident is true or not known."""
    if state in RISKY:
        return true(), unknown()
    if state in UNKNOWN:
        return False, _or(true(), unknown())
    return False, False


def _resident_poses(
    c: Columns, risk: str, true: Residents, unknown: Residents = False
) -> tuple[Residents, Residents]:
    """R's risk, where the condition on the referred person is true or not known."""
    if true is False and unknown is False:
        return False, False
    decides, asks = c.resident_to_others.has(risk), c.resident_to_others.has(risk + "?")
    if unknown is False:
        return decides & true, asks & true
    if true is False:
        return False, (decides | asks) & unknown
    return decides & true, (decides & unknown) | (asks & (true | unknown))


def _pairwise(code: str, check: PairCheck) -> Callable[[Situation], Outcome]:
    def rule(s: Situation) -> Outcome:
        c = s.columns
        excluding: Residents = False
        asking: Residents = False
        for person in s.referral.people:
            excludes, asks = check(c, person)
            excluding = _or(excluding, excludes)
            asking = _or(asking, asks)
        refused = any_slot(excluding & c.resident_valid) if excluding is not False else s.none()
        if asking is False:
            return Outcome({code: refused})
        return Outcome({code: refused}, any_slot(asking & c.resident_valid) & ~refused)

    return rule


def _both(a: tuple[Residents, Residents], b: tuple[Residents, Residents]):
    return _or(a[0], b[0]), _or(a[1], b[1])


def _sexual_harm(c: Columns, person: Child) -> tuple[Residents, Residents]:
    age = person.age

    def true() -> Residents:
        if age is None:
            return c.resident_vulnerable
        return (c.resident_age < age) | c.resident_vulnerable

    def unknown() -> Residents:
        if age is None:
            return ~c.resident_vulnerable
        return ~true() & c.resident_vulnerability_unknown

    poses = _person_poses(person.to_others("sexual_harm"), true, unknown)
    if person.vulnerable:
        return _both(poses, _resident_poses(c, "sexual_harm", True))
    if age is None:
        return _both(poses, _resident_poses(c, "sexual_harm", False, True))
    return _both(poses, _resident_poses(c, "sexual_harm", c.resident_age > age))


def _group(state: str) -> str:
    return "decides" if state in RISKY else "asks" if state in UNKNOWN else "clear"


def _exploitation(c: Columns, person: Child) -> tuple[Residents, Residents]:
    first: tuple[Residents, Residents] = (False, False)
    second: tuple[Residents, Residents] = (False, False)
    # R exploits, P at risk.
    at_risk = _group(
        worse(person.to_child("sexual_exploitation"), person.to_child("criminal_exploitation"))
    )
    if at_risk != "clear":
        exploits = c.resident_to_others.has("criminal_exploitation")
        may_exploit = c.resident_to_others.has("criminal_exploitation?")
        first = (exploits, may_exploit) if at_risk == "decides" else (False, exploits | may_exploit)
    # P exploits, R at risk.
    poses = _group(person.to_others("criminal_exploitation"))
    if poses != "clear":
        risky = c.resident_to_child.any_of(("sexual_exploitation", "criminal_exploitation"))
        unsure = c.resident_to_child.any_of(("sexual_exploitation?", "criminal_exploitation?"))
        second = (risky, ~risky & unsure) if poses == "decides" else (False, risky | unsure)
    return _both(first, second)


def _fire(c: Columns, person: Child) -> tuple[Residents, Residents]:
    poses = _person_poses(
        person.to_others("fire_setting"), lambda: c.resident_age < YOUNG_CHILD_AGE
    )
    if person.age is None:
        return _both(poses, _resident_poses(c, "fire_setting", False, True))
    return _both(poses, _resident_poses(c, "fire_setting", person.age < YOUNG_CHILD_AGE))


def _physical(c: Columns, person: Child) -> tuple[Residents, Residents]:
    age = person.age
    if age is None:
        return _both(
            _person_poses(person.to_others("physical_harm"), _never, _always),
            _resident_poses(c, "physical_harm", False, True),
        )
    return _both(
        _person_poses(person.to_others("physical_harm"), lambda: c.resident_age <= age - AGE_GAP),
        _resident_poses(c, "physical_harm", c.resident_age >= age + AGE_GAP),
    )


def _going_missing(s: Situation) -> Outcome:
    c = s.columns
    beyond, maybe = c.missing_beyond_supervision, c.missing_maybe_beyond
    states = _states(s.referral, "to_child", "missing")
    if states & RISKY:
        return Outcome({"going_missing": beyond}, maybe & ~beyond)
    if states & UNKNOWN:
        return Outcome(needs=maybe)
    return Outcome()


# In the rule table's order (a test holds the codes to ``HARD_RULES + SAFEGUARDING_RULES``).
COLUMN_RULES: dict[str, Callable[[Situation], Outcome]] = {
    "setting": _setting,
    "vacancy_not_available": _vacancy,
    "age_range": _age_range,
    "gender": _gender,
    "free_places": _free_places,
    "placement_kind": _placement_kind,
    "sibling_group_approval": _sibling_group,
    "remand_approval": _remand,
    "parent_and_child": _parent_and_child,
    "adaptations": _adaptations,
    "living_companions": _living_companions,
    "pets": _pets,
    "animal_allergy": _animal_allergy,
    "deprivation_of_liberty": _deprivation_of_liberty,
    "carers_exclusions": _carers_exclusions,
    "missing_supervision": _missing_supervision,
    "sexual_harm_to_younger": _pairwise("sexual_harm_to_younger", _sexual_harm),
    "exploitation": _pairwise("exploitation", _exploitation),
    "fire_setting": _pairwise("fire_setting", _fire),
    "physical_harm": _pairwise("physical_harm", _physical),
    "going_missing": _going_missing,
}


@dataclass
class Judgement:
    """Every rule's outcome on every home for one referral, in the rule table's order."""

    outcomes: dict[str, Outcome]
    excluded: np.ndarray
    questions: np.ndarray  # how many rules ask for information, per home

    def exclusion_counts(self) -> tuple[Counter[str], Counter[str]]:
        """Homes by first excluding finding, and homes excluded by that finding alone."""
        masks = [
            (code, mask)
            for outcome in self.outcomes.values()
            for code, mask in outcome.excludes.items()
            if mask.any()
        ]
        failing = np.zeros(len(self.excluded), dtype=np.int8)
        for _, mask in masks:
            failing += mask.view(np.int8)
        alone = failing == 1
        unseen = np.ones(len(self.excluded), dtype=bool)
        first: Counter[str] = Counter()
        only: Counter[str] = Counter()
        for code, mask in masks:
            first[code] += int(np.count_nonzero(mask & unseen))
            only[code] += int(np.count_nonzero(mask & alone))
            unseen &= ~mask
        return +first, +only


def judge(referral: Referral, columns: Columns, context: RuleContext) -> Judgement:
    """Every column rule for one referral against every home."""
    situation = Situation(referral, columns, context)
    outcomes = {code: rule(situation) for code, rule in COLUMN_RULES.items()}
    excluded = np.zeros(columns.size, dtype=bool)
    for outcome in outcomes.values():
        for mask in outcome.excludes.values():
            excluded |= mask
    questions = np.zeros(columns.size, dtype=np.int8)
    for outcome in outcomes.values():
        if outcome.needs is not None:
            questions += outcome.needs.view(np.int8)
    return Judgement(outcomes, excluded, questions)
