"""What is missing or unclear in a referral, and the question to ask the LA.

The rules read the referral's JSON form, so exactly the same rules apply to a
referral sent by an LA system (``assess``) and to a partial draft read from a
document (``assess_json``): an absent field counts as not stated.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hearth_contract.codes import CommunicationNeeds, PetsSuitability, RiskState
from hearth_contract.referrals import (
    CompletenessItem,
    Gender,
    ReferralCreate,
    Setting,
    Severity,
)

__all__ = ["assess", "assess_json", "outstanding"]

RISK_NAMES = {
    "to_child": (
        "self_harm",
        "sexual_exploitation",
        "criminal_exploitation",
        "drug_alcohol",
        "eating_disorder",
        "missing",
    ),
    "to_others": (
        "physical_harm",
        "sexual_harm",
        "fire_setting",
        "harm_to_animals",
        "criminal_exploitation",
    ),
}
RISK_LABELS = {
    "self_harm": "self-harm",
    "sexual_exploitation": "sexual exploitation",
    "criminal_exploitation": "criminal exploitation",
    "drug_alcohol": "drug and alcohol use",
    "eating_disorder": "eating disorder",
    "missing": "going missing",
    "physical_harm": "physical harm to others",
    "sexual_harm": "sexual harm to others",
    "fire_setting": "fire-setting",
    "harm_to_animals": "harm to animals",
}


def _item(pointer: str, topic: str, severity: Severity, message: str, question: str):
    return CompletenessItem(
        pointer=pointer, topic=topic, severity=severity, message=message, question=question
    )


def _risk_entries(child: dict[str, Any]) -> Iterator[tuple[str, str, RiskState, str | None]]:
    risks = child.get("risks") or {}
    for group_name, names in RISK_NAMES.items():
        group = risks.get(group_name) or {}
        for name in names:
            entry = group.get(name) or {}
            yield (
                group_name,
                name,
                RiskState(entry.get("state") or "not_stated"),
                entry.get("detail"),
            )


def _risk_items(child: dict[str, Any], base: str, who: str) -> Iterator[CompletenessItem]:
    entries = list(_risk_entries(child))
    unstated = [(g, n) for g, n, state, _ in entries if state is RiskState.NOT_STATED]
    if len(unstated) == len(entries):
        yield _item(
            f"{base}/risks",
            "risks",
            Severity.BLOCKS_MATCHING,
            f"No risks are stated for {who}.",
            f"Please tell us, for {who}, whether each of these is a present, historical or "
            "suspected risk, or none known: self-harm, sexual exploitation, criminal "
            "exploitation, drug and alcohol use, eating disorder, going missing, physical "
            "harm to others, sexual harm to others, fire-setting, harm to animals.",
        )
    else:
        for group, name in unstated:
            label = _risk_label(group, name)
            yield _item(
                f"{base}/risks/{group}/{name}",
                "risks",
                Severity.BEFORE_OFFER,
                f"The risk of {label} is not stated for {who}.",
                f"Is there any known, past or suspected risk of {label} for {who}?",
            )
    for group, name, state, detail in entries:
        if state in (RiskState.PRESENT, RiskState.SUSPECTED) and not detail:
            label = _risk_label(group, name)
            yield _item(
                f"{base}/risks/{group}/{name}/detail",
                "risks",
                Severity.BEFORE_OFFER,
                f"The {state.value} risk of {label} for {who} has no detail.",
                f"Please describe the risk of {label} for {who}: what has happened, how "
                "recently, and how it is managed.",
            )


def _risk_label(group: str, name: str) -> str:
    if group == "to_others" and name == "criminal_exploitation":
        return "criminal exploitation of others"
    return RISK_LABELS.get(name, name.replace("_", " "))


def _child_items(child: dict[str, Any], index: int, total: int) -> Iterator[CompletenessItem]:
    base = f"/children/{index}"
    who = child.get("known_as") or child.get("first_name") or f"child {index + 1}"
    if total > 1:
        who = f"{who} (child {index + 1})"
    if not child.get("legal_status"):
        yield _item(
            f"{base}/legal_status",
            "legal_status",
            Severity.BLOCKS_MATCHING,
            f"Legal status is missing for {who}.",
            f"What is {who}'s legal status (for example section 20, interim care "
            "order, full care order, remand)?",
        )
    if (child.get("gender") or Gender.NOT_STATED) == Gender.NOT_STATED:
        yield _item(
            f"{base}/gender",
            "gender",
            Severity.BLOCKS_MATCHING,
            f"Gender is not stated for {who}.",
            f"What is {who}'s gender?",
        )
    if not child.get("date_of_birth"):
        yield _item(
            f"{base}/date_of_birth",
            "identity",
            Severity.BEFORE_OFFER,
            f"The date of birth is not given for {who}.",
            f"What is {who}'s date of birth?",
        )
    yield from _risk_items(child, base, who)
    if child.get("family_time") is None:
        yield _item(
            f"{base}/family_time",
            "family_time",
            Severity.BEFORE_OFFER,
            f"Family time (contact) arrangements are not stated for {who}.",
            f"What family time will {who} have: with whom, how often, where, and is it "
            f"supervised? Is there anyone {who} must not have contact with?",
        )
    if child.get("placement_history") is None:
        yield _item(
            f"{base}/placement_history",
            "placement_history",
            Severity.BEFORE_OFFER,
            f"Placement history is not given for {who}.",
            f"Please list {who}'s previous placements: type, dates and why each ended.",
        )
    school = child.get("school")
    if not school:
        yield _item(
            f"{base}/school",
            "education",
            Severity.BEFORE_OFFER,
            f"No school or education provision is named for {who}.",
            f"Which school or education provision does {who} attend, and must they stay there?",
        )
    elif school.get("must_stay") is None:
        yield _item(
            f"{base}/school/must_stay",
            "education",
            Severity.NICE_TO_HAVE,
            f"It is not said whether {who} must stay at their school.",
            f"Must {who} stay at {school.get('name') or 'their school'}?",
        )
    if not child.get("health_needs"):
        yield _item(
            f"{base}/health_needs",
            "health",
            Severity.BEFORE_OFFER,
            f"Health needs are not described for {who}.",
            f"Does {who} have any health needs, diagnoses or medication?",
        )
    if (child.get("communication_needs") or "not_specified") == CommunicationNeeds.NOT_SPECIFIED:
        yield _item(
            f"{base}/communication_needs",
            "communication",
            Severity.NICE_TO_HAVE,
            f"Communication needs are not specified for {who}.",
            f"Does {who} have communication needs (ESOL, BSL, Makaton, other)?",
        )
    if child.get("animal_allergies") is None:
        yield _item(
            f"{base}/animal_allergies",
            "pets",
            Severity.BEFORE_OFFER,
            f"It is not said whether {who} is allergic to any animal.",
            f"Is {who} allergic to any animal (dogs, cats, horses, ...)? Matching asks "
            "every home that keeps animals until this is known.",
        )
    if not child.get("category_of_need"):
        yield _item(
            f"{base}/category_of_need",
            "category_of_need",
            Severity.NICE_TO_HAVE,
            f"Category of need is missing for {who}.",
            f"What is {who}'s category of need (N1 to N8)?",
        )


def _placement_items(referral: dict[str, Any]) -> Iterator[CompletenessItem]:
    placement = referral.get("placement") or {}
    if placement.get("living_companions") is None:
        yield _item(
            "/placement/living_companions",
            "living_companions",
            Severity.BLOCKS_MATCHING,
            "It is not said who the child can live alongside.",
            "Can the child live with other children? Is a solo placement "
            "recommended, or only with older or younger children?",
        )
    if placement.get("setting") == Setting.PARENT_AND_CHILD and not referral.get("parent"):
        yield _item(
            "/parent",
            "parent",
            Severity.BLOCKS_MATCHING,
            "A parent-and-child referral does not name the parent.",
            "Please give the parent's details, needs and any risks.",
        )
    elif placement.get("setting") == Setting.PARENT_AND_CHILD:
        parent = referral.get("parent") or {}
        coded = parent.get("risk_states") or {}
        if all(state is RiskState.NOT_STATED for *_, state, _ in _risk_entries({"risks": coded})):
            yield _item(
                "/parent/risk_states",
                "risks",
                Severity.BEFORE_OFFER,
                "The parent's own risks are not stated.",
                "Please tell us, for the parent, whether each risk (to themselves and to "
                "others) is present, historical or suspected, or none known: matching "
                "weighs the parent against the children already living in each home.",
            )
    if placement.get("start_date") is None:
        yield _item(
            "/placement/start_date",
            "timing",
            Severity.BEFORE_OFFER,
            "No start date is given.",
            "When should the placement start?",
        )
    if placement.get("deprivation_of_liberty") is None:
        yield _item(
            "/placement/deprivation_of_liberty",
            "legal",
            Severity.BEFORE_OFFER,
            "It is not said whether a Deprivation of Liberty order applies.",
            "Is there, or will there be, a Deprivation of Liberty order?",
        )
    if (placement.get("pets") or PetsSuitability.NOT_KNOWN) == PetsSuitability.NOT_KNOWN:
        yield _item(
            "/placement/pets",
            "pets",
            Severity.NICE_TO_HAVE,
            "It is not known whether the child can live with pets.",
            "Can the child live in a home with pets or animals?",
        )
    worker = referral.get("social_worker") or {}
    if not (worker.get("email") or worker.get("phone")):
        yield _item(
            "/social_worker",
            "contacts",
            Severity.BEFORE_OFFER,
            "The social worker has no email or phone number.",
            "How can we reach the child's social worker?",
        )


_ORDER = {Severity.BLOCKS_MATCHING: 0, Severity.BEFORE_OFFER: 1, Severity.NICE_TO_HAVE: 2}


def assess_json(referral: dict[str, Any]) -> list[CompletenessItem]:
    """Every gap in a referral's JSON form (complete or a partial draft), most serious first."""
    items = list(_placement_items(referral))
    children = referral.get("children") or []
    for index, child in enumerate(children):
        items.extend(_child_items(child, index, len(children)))
    return sorted(items, key=lambda item: _ORDER[item.severity])


def assess(referral: ReferralCreate) -> list[CompletenessItem]:
    """Every gap in the referral, most serious first."""
    return assess_json(referral.model_dump(mode="json"))


def outstanding(
    items: list[CompletenessItem], resolved: list[str | None]
) -> list[CompletenessItem]:
    """The items not resolved: a resolved pointer covers the item at it and those within it."""
    pointers = [p.rstrip("/") for p in resolved if p]
    return [
        item
        for item in items
        if not any(item.pointer == p or item.pointer.startswith(p + "/") for p in pointers)
    ]
