"""Layout rules shared by the readers: headings that start a Part of a form."""

from __future__ import annotations

import re

__all__ = ["numbered_part", "part_heading"]

_PART = re.compile(
    r"^\s*((part|section)\s+([0-9]{1,2}|[A-Z])\b[\s:.\-\u2013]*.*"
    # "Child 2", "2.1 Child 2: Lacey", "About child 2", "Details of child 2"
    r"|(\d{1,2}(\.\d{1,2})*\.?\s+)?((about|details (of|for)|information (about|on))\s+)?"
    r"child\s+[0-9]\b.*)$",
    re.IGNORECASE,
)


# "Section 20 agreed tonight", "Section 31 Care Order": the Children Act, not a heading.
_LEGAL_SECTION = re.compile(
    r"^\s*section\s+(17|20|25|31|38|44|46|47)\b(?!\s*[:.\-\u2013]\s*[A-Z])(?!\s*$)", re.I
)


# A heading naming whose details follow ("Baby's details", "Mother", "Social worker's
# details"); a bare "Social Worker" is a signature's job title, not a heading.
_SUBJECT = re.compile(
    r"^\s*(the )?((baby|mother|father|parent|birth parents?|family members?"
    r"|professionals( involved)?)('s|s'|s)?( details| information)?"
    r"|(child|young person|(allocated )?social worker|team manager)('s|s')?"
    r" (details|information|contact details)"
    # a bare "Child" or "Placement" heading ends a "Parent" Part before it
    r"|(the )?(child|young person|baby)|placement( (details|sought|required|needed|requested"
    r"|information|request))?)\s*:?\s*$",
    re.IGNORECASE,
)


def part_heading(text: str) -> str | None:
    """The heading if ``text`` starts a Part ("Part 3: Risks", "Section B", "Child 2",
    "Baby's details", "Social worker")."""
    line = text.strip()
    if not line or len(line) > 80 or "\n" in line:
        return None
    if (_PART.match(line) or _SUBJECT.match(line)) and not _LEGAL_SECTION.match(line):
        return line.rstrip(":").strip()
    return None


def numbered_part(text: str) -> bool:
    """ "Part 3: Risks", "Section B", "Child 2": a numbered Part, a heading wherever it is
    written (unlike "Mother" or "Placement", which may be a row's label)."""
    return bool(_PART.match(text.strip())) and not _LEGAL_SECTION.match(text.strip())
