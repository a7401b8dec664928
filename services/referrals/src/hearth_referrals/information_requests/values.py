"""Writing an answer's value into a referral's JSON document at a JSON pointer (pure).

RFC 6901 pointers. The parent of the target must exist (an answer fills a field of
what the referral states: ``/children/0/school/must_stay`` needs a school); an object
member is set whether or not it was there, an array element is replaced, and ``-``
appends. Only what an LA may amend can be written (``hearth_contract.amendments``).
"""

from __future__ import annotations

from typing import Any

from hearth_contract.amendments import AMENDABLE_FIELDS

__all__ = ["PointerError", "covers", "parse_pointer", "set_value"]


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
