"""A child's name alone on a line inside another child's numbered Part.

A police notification or a strategy record gives each child's details under "CHILD 1",
"CHILD 2", then one risk list for all of them, each child's rows under a line of that
child's first name ("Kayla:" over "DSH: N"). The text has no new Part, so the rows sit in
the last child's Part; the name line says whose they are, until the Part changes.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.rules.answers import Answer

__all__ = ["NamedChildLines"]

# "RISKS KNOWN TO POLICE" paired with the name line under it, as if its label
_RISKS_HEADING = re.compile(r"^\W*(known |identified )?risks?\b", re.I)


def _names(child: ChildFindings) -> set[str]:
    """The ways a line may name the child: first name, known-as name, whole name."""
    found = {
        str(child.fields[key].value).lower()
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    first, last = child.fields.get("first_name"), child.fields.get("last_name")
    if first and first.value and last and last.value:
        found.add(f"{first.value} {last.value}".lower())
    return found


class NamedChildLines:
    """Follows the lines that name one child alone, for the Part they are written in."""

    def __init__(self) -> None:
        self._part: str | None = None
        self._child: int | None = None

    def see(self, builder: DraftBuilder, answer: Answer) -> None:
        """Note a line that is one child's name alone; forget it when the Part changes."""
        if answer.part != self._part:
            self._part = self._child = None
        if len(builder.children) < 2 or answer.options:
            return
        if answer.label and not _RISKS_HEADING.match(answer.label):
            return
        name = " ".join(answer.value.split()).strip(" :*-\u2013").lower()
        named = [index for index, child in enumerate(builder.children) if name in _names(child)]
        if name and len(named) == 1:
            self._part, self._child = answer.part, named[0]

    def follow(self, builder: DraftBuilder, answer: Answer) -> bool:
        """Make the child named above the one being read, within the same Part; True when
        the line is that child's alone (not the group's)."""
        if self._child is not None and answer.part == self._part:
            builder.current = self._child
            return True
        return False
