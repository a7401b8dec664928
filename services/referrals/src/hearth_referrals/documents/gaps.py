"""What a draft is missing: the referrals service's completeness rules, on partial JSON.

The pointers and questions follow the service's completeness assessment of a full
referral, so an officer sees the same list for a draft as for a referral sent by an
LA system. A draft can also lack what a full referral must have (the reference, the
setting, a child's name); those are listed first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hearth_contract.referrals import CompletenessItem, Severity

__all__ = ["missing_information"]

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
RISKS = {
    "to_child": [
        "self_harm",
        "sexual_exploitation",
        "criminal_exploitation",
        "drug_alcohol",
        "eating_disorder",
        "missing",
    ],
    "to_others": [
        "physical_harm",
        "sexual_harm",
        "fire_setting",
        "harm_to_animals",
        "criminal_exploitation",
    ],
}
_REQUIRED = [
    (
        "/la_reference",
        "identity",
        "The LA's reference is missing.",
        "What is the child's reference in your case system?",
    ),
    ("/referral_date", "timing", "The referral date is missing.", "When was the referral made?"),
    (
        "/placement/setting",
        "placement",
        "The kind of placement sought is not clear.",
        "What kind of placement is sought (fostering, residential, parent and child, ...)?",
    ),
    (
        "/placement/urgency",
        "timing",
        "It is not clear whether this is an emergency.",
        "Is this an emergency or a planned placement?",
    ),
    (
        "/placement/duration",
        "placement",
        "The expected length of the placement is not given.",
        "Is the placement short-term, long-term, respite or permanence?",
    ),
]


def _item(pointer: str, topic: str, severity: Severity, message: str, question: str):
    return CompletenessItem(
        pointer=pointer, topic=topic, severity=severity, message=message, question=question
    )


def _get(data: dict[str, Any], pointer: str) -> Any:
    value: Any = data
    for key in pointer.strip("/").split("/"):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _risk_items(child: dict[str, Any], base: str, who: str) -> Iterator[CompletenessItem]:
    risks = child.get("risks") or {}
    stated = {
        (group, name)
        for group, names in RISKS.items()
        for name in names
        if (risks.get(group) or {}).get(name, {}).get("state", "not_stated") != "not_stated"
    }
    if not stated:
        yield _item(
            f"{base}/risks",
            "risks",
            Severity.BLOCKS_MATCHING,
            f"No risks are stated for {who}.",
            f"Please tell us, for {who}, whether each risk is present, historical, "
            "suspected or none known.",
        )
        return
    for group, names in RISKS.items():
        for name in names:
            if (group, name) not in stated:
                label = RISK_LABELS[name]
                yield _item(
                    f"{base}/risks/{group}/{name}",
                    "risks",
                    Severity.BEFORE_OFFER,
                    f"The risk of {label} is not stated for {who}.",
                    f"Is there any known, past or suspected risk of {label} for {who}?",
                )


def _child_items(child: dict[str, Any], index: int) -> Iterator[CompletenessItem]:
    base = f"/children/{index}"
    who = child.get("first_name") or f"child {index + 1}"
    if not child.get("first_name"):
        yield _item(
            f"{base}/first_name",
            "identity",
            Severity.BLOCKS_MATCHING,
            f"The name of child {index + 1} is missing.",
            "What is the child's name?",
        )
    if not child.get("legal_status"):
        yield _item(
            f"{base}/legal_status",
            "legal_status",
            Severity.BLOCKS_MATCHING,
            f"Legal status is missing for {who}.",
            f"What is {who}'s legal status?",
        )
    if not child.get("gender"):
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
            f"No date of birth is given for {who}.",
            f"What is {who}'s date of birth?",
        )
    yield from _risk_items(child, base, who)
    for key, topic, message, question in (
        (
            "family_time",
            "family_time",
            "Family time (contact) arrangements are not stated",
            "What family time will {who} have: with whom, how often, and is it supervised?",
        ),
        (
            "placement_history",
            "placement_history",
            "Placement history is not given",
            "Please list {who}'s previous placements: type, dates and why each ended.",
        ),
        (
            "school",
            "education",
            "No school or education provision is named",
            "Which school or education provision does {who} attend, and must they stay there?",
        ),
        (
            "health_needs",
            "health",
            "Health needs are not described",
            "Does {who} have any health needs, diagnoses or medication?",
        ),
    ):
        if child.get(key) is None:
            yield _item(
                f"{base}/{key}",
                topic,
                Severity.BEFORE_OFFER,
                f"{message} for {who}.",
                question.replace("{who}", who),
            )


def missing_information(referral: dict[str, Any]) -> list[CompletenessItem]:
    """Every gap in a (partial) ReferralCreate-shaped dict, most serious first."""
    items = [
        _item(pointer, topic, Severity.BLOCKS_MATCHING, message, question)
        for pointer, topic, message, question in _REQUIRED
        if _get(referral, pointer) is None
    ]
    worker = referral.get("social_worker") or {}
    if not worker.get("name"):
        items.append(
            _item(
                "/social_worker/name",
                "contacts",
                Severity.BLOCKS_MATCHING,
                "The child's social worker is not named.",
                "Who is the child's social worker?",
            )
        )
    if not (worker.get("email") or worker.get("phone")):
        items.append(
            _item(
                "/social_worker",
                "contacts",
                Severity.BEFORE_OFFER,
                "The social worker has no email or phone number.",
                "How can we reach the child's social worker?",
            )
        )
    placement = referral.get("placement") or {}
    if placement.get("start_date") is None:
        items.append(
            _item(
                "/placement/start_date",
                "timing",
                Severity.BEFORE_OFFER,
                "No start date is given.",
                "When should the placement start?",
            )
        )
    children = referral.get("children") or []
    if not children:
        items.append(
            _item(
                "/children",
                "identity",
                Severity.BLOCKS_MATCHING,
                "No child could be read from the document.",
                "Please send the child's details.",
            )
        )
    for index, child in enumerate(children):
        items.extend(_child_items(child, index))
    order = {Severity.BLOCKS_MATCHING: 0, Severity.BEFORE_OFFER: 1, Severity.NICE_TO_HAVE: 2}
    return sorted(items, key=lambda item: order[item.severity])
