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
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["NamedChildLines"]

# "RISKS KNOWN TO POLICE" paired with the name line under it, as if its label
_RISKS_HEADING = re.compile(r"^\W*(known |identified )?risks?\b", re.I)


# A short heading ending with a name after a dash or "for" / "about": "Checklist: risk
# screen - Bailey", "Risk screen for Aaliyah", "Worries about Callum"
_ENDS_WITH_NAME = re.compile(
    r"^.*?\S(?:\s*[-\u2013\u2014]\s*|\s+(?:for|about)\s+)(?P<name>[A-Z][\w'-]+)\W*$"
)
_HEADING_WORDS = 6
_ITEM_HEAD = 60  # a list item names its risk near its start
# what such a heading lists: the child's risks, worries or safety
_ABOUT_RISKS = re.compile(r"\b(risks?|checklist|screen\w*|worr\w+|concerns?|safety|safe)\b", re.I)


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
        self._list = False  # named by a risk list's heading: only its risk lines follow
        self._heading: Answer | None = None

    def see(self, builder: DraftBuilder, answer: Answer) -> None:
        """Note a line that is one child's name alone, or a risk list's heading ending with
        one child's name; forget it when the Part changes."""
        if answer.part != self._part:
            self._part, self._child, self._list = None, None, False
        if len(builder.children) < 2 or answer.options:
            return
        heading = _ENDS_WITH_NAME.match(" ".join(f"{answer.label} {answer.value}".split()))
        if (
            heading
            and len(heading.group(0).split()) <= _HEADING_WORDS
            and _ABOUT_RISKS.search(heading.group(0)[: heading.start("name")])
        ):
            # "Checklist: risk screen - Bailey", "Risks for Aaliyah": a list's heading that
            # ends with the one child the list is about
            named = self._named(builder, heading["name"].lower())
            if named is not None:
                self._part, self._child, self._list = answer.part, named, True
                self._heading = answer
            return
        if answer.label and not _RISKS_HEADING.match(answer.label):
            return
        name = " ".join(answer.value.split()).strip(" :*-\u2013").lower()
        named = self._named(builder, name)
        if name and named is not None:
            self._part, self._child, self._list = answer.part, named, False

    @staticmethod
    def _named(builder: DraftBuilder, name: str) -> int | None:
        named = [index for index, child in enumerate(builder.children) if name in _names(child)]
        return named[0] if len(named) == 1 else None

    def follow(self, builder: DraftBuilder, answer: Answer) -> bool:
        """Make the child named above the one being read, within the same Part; True when
        the line is that child's alone (not the group's). A risk list's heading holds only
        for the risk lines under it."""
        if self._child is None or answer.part != self._part or answer is self._heading:
            return False
        if self._list and not (risk_terms(answer.label) or risk_terms(answer.value[:_ITEM_HEAD])):
            self._child, self._list = None, False
            return False
        builder.current = self._child
        return True
