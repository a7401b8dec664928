"""How an LA's amendment applies to a referral: JSON Merge Patch (RFC 7396), deep.

The same rules serve the referrals service and its mock. A patch changes only what it
names, at any depth: ``{"placement": {"start_date": "2026-12-10"}}`` changes that one
field; ``null`` removes a member (so an optional field becomes not stated); an array
(``children``, ``family_time``...) is replaced whole, as RFC 7396 says.

A patch may be the body of a ``GET`` edited and sent back: what ``ReferralRead``
shows but an LA cannot amend (``id``, ``version``, ``status``, ``received_at``,
``screening``, ``completeness``, ``referral_date``..., and each child's computed
``age_today``) is ignored wherever it appears, never an error. Any other member that
is not a field of the referral is refused, by name.

An answer to an information request may carry a value for the field it answers:
:func:`set_value` writes it at an RFC 6901 pointer. The parent of the target must
exist (``/children/0/school/must_stay`` needs a school); an object member is set
whether or not it was there, an array element is replaced, and ``-`` appends. Only
what an amendment may change can be written.
"""

from __future__ import annotations

from typing import Any

from hearth_contract.problems import FieldError
from hearth_contract.referrals import ChildCreate, ChildRead, ReferralRead, ReferralUpdate

__all__ = [
    "AMENDABLE_FIELDS",
    "IGNORED_CHILD_FIELDS",
    "IGNORED_FIELDS",
    "MERGE_PATCH_MEDIA_TYPE",
    "PointerError",
    "amendment",
    "covers",
    "merge_patch",
    "parse_pointer",
    "set_value",
]

MERGE_PATCH_MEDIA_TYPE = "application/merge-patch+json"

AMENDABLE_FIELDS = frozenset(ReferralUpdate.model_fields)
# Shown by a read, never changed by an amendment: ignored when echoed back.
IGNORED_FIELDS = frozenset(ReferralRead.model_fields) - AMENDABLE_FIELDS
IGNORED_CHILD_FIELDS = frozenset(ChildRead.model_fields) - frozenset(ChildCreate.model_fields)


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 section 2: ``patch`` applied to ``target`` (neither is modified)."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            result.pop(name, None)
        else:
            result[name] = merge_patch(result.get(name), value)
    return result


def amendment(patch: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """The part of ``patch`` that amends a referral, and the members refused by name.

    Read-only members (``IGNORED_FIELDS``, and ``IGNORED_CHILD_FIELDS`` in each child)
    are dropped; a member that is neither amendable nor read-only is an error.
    """
    kept: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, value in patch.items():
        if name in IGNORED_FIELDS:
            continue
        if name not in AMENDABLE_FIELDS:
            errors.append(
                FieldError(
                    pointer=f"/{_escape(name)}",
                    detail="Not a field of a referral that an amendment can change.",
                    code="extra_forbidden",
                )
            )
            continue
        if name == "children" and isinstance(value, list):
            value = [_without_computed(child) for child in value]
        kept[name] = value
    return kept, errors


def _without_computed(child: Any) -> Any:
    if not isinstance(child, dict):
        return child
    return {k: v for k, v in child.items() if k not in IGNORED_CHILD_FIELDS}


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


class PointerError(ValueError):
    """The pointer does not name a place in this referral an answer can write."""


def parse_pointer(pointer: str) -> list[str]:
    """The reference tokens of an RFC 6901 pointer (``~1`` is ``/``, ``~0`` is ``~``)."""
    if not pointer.startswith("/"):
        raise PointerError("A JSON pointer starts with '/'.")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def covers(pointer: str, target: str) -> bool:
    """Whether ``target`` is ``pointer`` or lies within it."""
    return target == pointer or target.startswith(pointer.rstrip("/") + "/")


_APPEND = "-"  # RFC 6901: the (nonexistent) element after the last


def _index(segment: str, size: int, *, append: bool) -> int:
    if append and segment == _APPEND:
        return size
    if not segment.isdigit() or (len(segment) > 1 and segment.startswith("0")):
        raise PointerError(f"'{segment}' is not an array index.")
    index = int(segment)
    if index >= size:
        raise PointerError(f"There is no element {index}: the array has {size}.")
    return index


def set_value(document: dict[str, Any], pointer: str, value: Any) -> None:
    """Write ``value`` at ``pointer`` in ``document`` (changed in place)."""
    tokens = parse_pointer(pointer)
    if tokens[0] not in AMENDABLE_FIELDS:
        raise PointerError(f"/{tokens[0]} is not a field an answer can change.")
    container: Any = document
    walked = ""
    for token in tokens[:-1]:
        walked += "/" + token
        if isinstance(container, dict):
            container = container.get(token)
        elif isinstance(container, list):
            container = container[_index(token, len(container), append=False)]
        else:
            raise PointerError(f"{walked} is inside a value that has no fields.")
        if container is None:
            raise PointerError(f"The referral does not state {walked}: answer it whole.")
    last = tokens[-1]
    if isinstance(container, dict):
        container[last] = value
    elif isinstance(container, list):
        index = _index(last, len(container), append=True)
        if index == len(container):
            container.append(value)
        else:
            container[index] = value
    else:
        raise PointerError(f"{walked or '/'} has no fields to set.")
