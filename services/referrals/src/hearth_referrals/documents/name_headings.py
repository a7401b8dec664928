"""A heading that is a child's whole name: "## Nia Mensah-Clarke" over her details.

Notes exported as Markdown, and forms written by hand, give each child a heading of
their own name and list the details below it ("- DOB: ..."). The heading starts that
child's details, the first child's or the next one's. A heading that happens to look
like a name ("## Family Time") is not one: only a heading followed at once by a date of
birth, an age or a gender starts a child.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.people import looks_like_name, split_name

__all__ = ["child_by_name_heading", "child_line_under_heading", "name_headings"]

# "## Nia Mensah-Clarke", "### KOBI MENSAH-CLARKE": a Markdown heading of two or three names.
_NAME_HEADING = re.compile(
    r"^#{1,4}\s+([A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){1,2})\s*#*\s*$"
)
_DETAILS = {"dob", "age", "gender"}
_LOOK_AHEAD = 3


def name_headings(answers: list[Answer]) -> set[int]:
    """The ids of the answers that are a child's name heading (see the module's docstring)."""
    found: set[int] = set()
    for index, answer in enumerate(answers):
        match = _NAME_HEADING.match(answer.value) if not answer.label else None
        if match is None or not looks_like_name(match.group(1)):
            continue
        below = answers[index + 1 : index + 1 + _LOOK_AHEAD]
        if any(field_for(other.label) in _DETAILS for other in below if other.label):
            found.add(id(answer))
    return found


def child_by_name_heading(builder: DraftBuilder, answer: Answer, headings: set[int]) -> bool:
    """Start the child a name heading names: the child of that first name if read already,
    the child being read if still unnamed, or else the next child."""
    if id(answer) not in headings:
        return False
    match = _NAME_HEADING.match(answer.value)
    if match is None:
        return False
    first, last = split_name(match.group(1))
    named = [
        index
        for index, child in enumerate(builder.children)
        if str(getattr(child.fields.get("first_name"), "value", "") or "").lower() == first.lower()
    ]
    if named:
        builder.current = named[0]
        return True
    if not builder.children:
        builder.children.append(ChildFindings())
        builder.current = 0
    elif "first_name" in builder.child.fields:
        builder.children.append(ChildFindings())
        builder.current = len(builder.children) - 1
    evidence = answer.block.evidence()
    builder.set(builder.child.fields, "first_name", first, 0.9, evidence)
    if last:
        builder.set(builder.child.fields, "last_name", last, 0.9, evidence)
    return True


# Per-child fields a section heading may ask about, each child answering on a line of their
# own: "FAMILY TIME" over "- Jack: Birth mother - letterbox once a year".
_PER_CHILD_FIELDS = {
    "family_time",
    "history",
    "health",
    "school",
    "allergies",
    "legal_status",
    "known_as",
}


def child_line_under_heading(builder: DraftBuilder, heading: str, answer: Answer) -> Answer:
    """ "- Ethan: Hay fever" under a "HEALTH" heading: Ethan's answer to the heading's
    question. The child named is made the one being read and the heading becomes the label;
    any other answer is returned as it is."""
    if not heading or not answer.label or len(builder.children) < 2:
        return answer
    if field_for(heading) not in _PER_CHILD_FIELDS:
        return answer
    label = " ".join(answer.label.split()).strip(" :*-").lower()
    named = [index for index, child in enumerate(builder.children) if label in _names_of(child)]
    if len(named) != 1:
        return answer
    builder.current = named[0]
    return Answer(heading, answer.value, answer.block, answer.options, answer.placeholder)


def _names_of(child: ChildFindings) -> set[str]:
    """The ways a line may name the child: first name, known-as name, whole name."""
    found = {
        str(child.fields[key].value).lower()
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    last = child.fields.get("last_name")
    first = child.fields.get("first_name")
    if first and first.value and last and last.value:
        found.add(f"{first.value} {last.value}".lower())
    return found
