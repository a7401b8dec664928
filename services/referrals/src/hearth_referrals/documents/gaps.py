"""What a draft is missing: the referrals service's own completeness rules, plus what a
draft can lack that a full referral must have (the reference, the setting, a child's name).

The service's rules (``hearth_referrals.completeness.assess_json``) read the referral's
JSON form, absent fields counting as not stated, so an officer sees for a draft the
same list, with the same questions, as for a referral sent by an LA system.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from hearth_contract.referrals import CompletenessItem, Severity

from hearth_referrals.completeness import assess_json

__all__ = ["missing_information"]

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


def _item(pointer: str, topic: str, message: str, question: str) -> CompletenessItem:
    return CompletenessItem(
        pointer=pointer,
        topic=topic,
        severity=Severity.BLOCKS_MATCHING,
        message=message,
        question=question,
    )


def _get(data: dict[str, Any], pointer: str) -> Any:
    value: Any = data
    for key in pointer.strip("/").split("/"):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _required_items(referral: dict[str, Any]) -> list[CompletenessItem]:
    items = [
        _item(pointer, topic, message, question)
        for pointer, topic, message, question in _REQUIRED
        if _get(referral, pointer) is None
    ]
    if not (referral.get("social_worker") or {}).get("name"):
        items.append(
            _item(
                "/social_worker/name",
                "contacts",
                "The child's social worker is not named.",
                "Who is the child's social worker?",
            )
        )
    children = referral.get("children") or []
    if not children:
        items.append(
            _item(
                "/children",
                "identity",
                "No child could be read from the document.",
                "Please send the child's details.",
            )
        )
    for index, child in enumerate(children):
        if not child.get("first_name"):
            items.append(
                _item(
                    f"/children/{index}/first_name",
                    "identity",
                    f"Child {index + 1}'s name could not be read.",
                    f"What is child {index + 1}'s name?",
                )
            )
    return items


def _answered_in_part(referral: dict[str, Any], item: CompletenessItem) -> bool:
    """The document answers the question in part: a count of earlier placements is an
    answer to "list the placements" an LA would not expect to be asked again."""
    match = re.match(r"^/children/(\d+)/placement_history$", item.pointer)
    if not match:
        return False
    children = referral.get("children") or []
    index = int(match.group(1))
    return index < len(children) and children[index].get("previous_placements_count") is not None


def missing_information(
    referral: dict[str, Any], answered: Collection[str] = ()
) -> list[CompletenessItem]:
    """Every gap in a (partial) ReferralCreate-shaped dict, most serious first.

    ``answered`` are the pointers whose question the document answers in words the
    reader could not place (a label with a real answer): those are not gaps.
    """
    items = _required_items(referral) + assess_json(referral)
    return [
        item
        for item in items
        if not _answered_in_part(referral, item) and item.pointer not in answered
    ]
