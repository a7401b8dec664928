"""What is missing or unclear in a referral, and the question to ask the LA.

A pure function of the referral's content, so the same rules apply to a referral
sent by an LA system and to a draft read from a document.
"""

from __future__ import annotations

from collections.abc import Iterator

from hearth_contract.codes import CommunicationNeeds, PetsSuitability, RiskState
from hearth_contract.referrals import (
    ChildCreate,
    CompletenessItem,
    Gender,
    ReferralCreate,
    Setting,
    Severity,
)

__all__ = ["assess"]

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


def _risk_entries(child: ChildCreate) -> Iterator[tuple[str, str, RiskState, str | None]]:
    for group_name in ("to_child", "to_others"):
        group = getattr(child.risks, group_name)
        for name in type(group).model_fields:
            if name == "other":
                continue
            entry = getattr(group, name)
            yield group_name, name, entry.state, entry.detail


def _risk_items(child: ChildCreate, base: str, who: str) -> Iterator[CompletenessItem]:
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
            label = RISK_LABELS.get(name, name.replace("_", " "))
            if group == "to_others" and name == "criminal_exploitation":
                label = "criminal exploitation of others"
            yield _item(
                f"{base}/risks/{group}/{name}",
                "risks",
                Severity.BEFORE_OFFER,
                f"The risk of {label} is not stated for {who}.",
                f"Is there any known, past or suspected risk of {label} for {who}?",
            )
    for group, name, state, detail in entries:
        if state in (RiskState.PRESENT, RiskState.SUSPECTED) and not detail:
            label = RISK_LABELS.get(name, name.replace("_", " "))
            yield _item(
                f"{base}/risks/{group}/{name}/detail",
                "risks",
                Severity.BEFORE_OFFER,
                f"The {state.value} risk of {label} for {who} has no detail.",
                f"Please describe the risk of {label} for {who}: what has happened, how "
                "recently, and how it is managed.",
            )


def _child_items(child: ChildCreate, index: int, total: int) -> Iterator[CompletenessItem]:
    base = f"/children/{index}"
    who = child.known_as or child.first_name
    if total > 1:
        who = f"{who} (child {index + 1})"
    if child.legal_status is None:
        yield _item(f"{base}/legal_status", "legal_status", Severity.BLOCKS_MATCHING,
                    f"Legal status is missing for {who}.",
                    f"What is {who}'s legal status (for example section 20, interim care "
                    "order, full care order, remand)?")
    if child.gender is Gender.NOT_STATED:
        yield _item(f"{base}/gender", "gender", Severity.BLOCKS_MATCHING,
                    f"Gender is not stated for {who}.", f"What is {who}'s gender?")
    if child.date_of_birth is None:
        yield _item(f"{base}/date_of_birth", "identity", Severity.BEFORE_OFFER,
                    f"Only an age is given for {who}.", f"What is {who}'s date of birth?")
    yield from _risk_items(child, base, who)
    if child.family_time is None:
        yield _item(f"{base}/family_time", "family_time", Severity.BEFORE_OFFER,
                    f"Family time (contact) arrangements are not stated for {who}.",
                    f"What family time will {who} have: with whom, how often, where, and is it "
                    "supervised? Is there anyone {who} must not have contact with?".replace(
                        "{who}", who))
    if child.placement_history is None:
        yield _item(f"{base}/placement_history", "placement_history", Severity.BEFORE_OFFER,
                    f"Placement history is not given for {who}.",
                    f"Please list {who}'s previous placements: type, dates and why each ended.")
    if child.school is None:
        yield _item(f"{base}/school", "education", Severity.BEFORE_OFFER,
                    f"No school or education provision is named for {who}.",
                    f"Which school or education provision does {who} attend, and must they "
                    "stay there?")
    elif child.school.must_stay is None:
        yield _item(f"{base}/school/must_stay", "education", Severity.NICE_TO_HAVE,
                    f"It is not said whether {who} must stay at their school.",
                    f"Must {who} stay at {child.school.name}?")
    if child.health_needs is None:
        yield _item(f"{base}/health_needs", "health", Severity.BEFORE_OFFER,
                    f"Health needs are not described for {who}.",
                    f"Does {who} have any health needs, diagnoses or medication?")
    if child.communication_needs is CommunicationNeeds.NOT_SPECIFIED:
        yield _item(f"{base}/communication_needs", "communication", Severity.NICE_TO_HAVE,
                    f"Communication needs are not specified for {who}.",
                    f"Does {who} have communication needs (ESOL, BSL, Makaton, other)?")
    if child.category_of_need is None:
        yield _item(f"{base}/category_of_need", "category_of_need", Severity.NICE_TO_HAVE,
                    f"Category of need is missing for {who}.",
                    f"What is {who}'s category of need (N1 to N8)?")


def assess(referral: ReferralCreate) -> list[CompletenessItem]:
    """Every gap in the referral, most serious first."""
    items: list[CompletenessItem] = []
    placement = referral.placement
    if placement.living_companions is None:
        items.append(_item("/placement/living_companions", "living_companions",
                           Severity.BLOCKS_MATCHING,
                           "It is not said who the child can live alongside.",
                           "Can the child live with other children? Is a solo placement "
                           "recommended, or only with older or younger children?"))
    if placement.setting is Setting.PARENT_AND_CHILD and referral.parent is None:
        items.append(_item("/parent", "parent", Severity.BLOCKS_MATCHING,
                           "A parent-and-child referral does not name the parent.",
                           "Please give the parent's details, needs and any risks."))
    if placement.start_date is None:
        items.append(_item("/placement/start_date", "timing", Severity.BEFORE_OFFER,
                           "No start date is given.", "When should the placement start?"))
    if placement.deprivation_of_liberty is None:
        items.append(_item("/placement/deprivation_of_liberty", "legal", Severity.BEFORE_OFFER,
                           "It is not said whether a Deprivation of Liberty order applies.",
                           "Is there, or will there be, a Deprivation of Liberty order?"))
    if placement.pets is PetsSuitability.NOT_KNOWN:
        items.append(_item("/placement/pets", "pets", Severity.NICE_TO_HAVE,
                           "It is not known whether the child can live with pets.",
                           "Can the child live in a home with pets or animals?"))
    if not (referral.social_worker.email or referral.social_worker.phone):
        items.append(_item("/social_worker", "contacts", Severity.BEFORE_OFFER,
                           "The social worker has no email or phone number.",
                           "How can we reach the child's social worker?"))
    for index, child in enumerate(referral.children):
        items.extend(_child_items(child, index, len(referral.children)))
    order = {Severity.BLOCKS_MATCHING: 0, Severity.BEFORE_OFFER: 1, Severity.NICE_TO_HAVE: 2}
    return sorted(items, key=lambda item: order[item.severity])
