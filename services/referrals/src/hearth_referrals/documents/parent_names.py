"""Parents named in a passage, so that a sentence about one of them is not the child's.

"A place for Dana (mum, 24) and baby Rio. Dana drank heavily until the spring.": the
passage says who Dana is, and the sentence that opens on her name tells her history, not
the baby's. A parent who is the referral's own child (a looked-after young mother) is one
of the children, never dropped.
"""

from __future__ import annotations

import re

__all__ = ["opens_on_a_parent", "parents_named"]

_PARENT = (
    r"(?:birth\s+)?(?:mum|mam|mother|dad|father|parent)(?!['\u2019]s)"
    # a parent's partner, or a step-parent, in the parent's place: "mum's new partner, Kieran
    # Lowe", "stepdad Wayne"
    r"|(?:mum|mam|mother|dad|father)['\u2019]s\s+(?:new\s+|ex-?\s?|former\s+)?(?:partner"
    r"|boyfriend|girlfriend|husband|wife)|step-?(?:dad|mum|father|mother)"
)
# "Dana", "Kerry-Ann", "O'Neill"
_NAME = r"(?<![\w-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*"
_NAMED_PARENT = (
    # "Dana (mum, 24)", "Dana (birth mother)"
    re.compile(rf"\b(?P<name>{_NAME})\s*\(\s*(?i:{_PARENT})\b"),
    # "mum Dana", "the mother, Dana," "her father Lee"
    re.compile(rf"\b(?i:{_PARENT}),?\s+(?P<name>{_NAME})\b(?!['\u2019]s)"),
    # "Dana, the mother," "Lee, her father"
    re.compile(
        rf"\b(?P<name>{_NAME}),\s+(?i:(?:the|her|his|their|baby's|the baby's)\s+{_PARENT})\b"
    ),
)
_OPENING = re.compile(rf"^\W*(?P<name>{_NAME})\b(?!['\u2019]s\b)(?!\s+(?:and|&)\s)")


def parents_named(text: str, children: set[str]) -> set[str]:
    """The names (lower case) the text gives a parent, other than any child's name."""
    found = {
        match.group("name").lower() for pattern in _NAMED_PARENT for match in pattern.finditer(text)
    }
    return found - children - {"mum", "mam", "mother", "dad", "father", "parent", "stepdad"}


def opens_on_a_parent(sentence: str, parents: set[str]) -> bool:
    """The sentence opens on a parent's name as its subject ("Dana drank ...")."""
    found = _OPENING.match(sentence)
    return bool(found and found.group("name").lower() in parents)
