"""A parent-and-child referral's table with a column per person: " | Mother | Baby".

The rows ask the same questions of both (name, date of birth, health, each risk); the
baby's column is the child's, the parent's column is about the parent (her overdose,
her cannabis, her fights are hers). The column headers are roles, not the children's
first names, so the table is not one of siblings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import Block

__all__ = ["parent_and_child_columns"]

_DETAILS = r"(?:'s|s')?(?:\s+(?:details|information|info))?"
_PARENT = re.compile(
    rf"^\W*(?:birth |young |the )?(mother|mum|father|dad|parent(?:\s*\d)?|carer|mother/parent)"
    rf"{_DETAILS}\W*$",
    re.I,
)
_CHILD = re.compile(
    rf"^\W*(?:the )?(baby|infant|newborn|unborn(?: baby)?|child)(?:\s*\d)?{_DETAILS}\W*$", re.I
)


def parent_and_child_columns(rows: list[list[Block]]) -> list[tuple[str, Block, Block]] | None:
    """Each row's answer for each person as (question, answer cell, question cell), the
    answer cell's part naming whose it is: the parent's ("Mother") or the child's ("Child
    1" when there are several children, the table's own part for one). None when the
    header row is not one parent column and at least one child column."""
    header = [cell.text.strip() for cell in rows[0]]
    if len(rows) < 2 or len(header) < 3 or (header[0] and _CHILD.match(header[0])):
        return None
    parents = [index for index, text in enumerate(header) if index and _PARENT.match(text)]
    children = [index for index, text in enumerate(header) if index and _CHILD.match(text)]
    if not parents or not children or len(parents) + len(children) != len(header) - 1:
        return None
    found = []
    for column in range(1, len(header)):
        if column in parents:
            part = _PARENT.match(header[column]).group(1).capitalize()
        elif len(children) > 1:
            part = f"Child {children.index(column) + 1}"
        else:
            part = None
        for row in rows[1:]:
            if column >= len(row) or not row[0].text.strip():
                continue
            cell = row[column]
            if part is not None:
                cell = replace(cell, location=replace(cell.location, part=part))
            # "Mother's health": her answer, in words every reader knows is not the child's
            label = f"{part}'s {row[0].text.strip()}" if column in parents else row[0].text
            found.append((label, cell, row[0]))
    return found


# The words that head a risk or needs table's columns ("Risk | Rating | Commentary"):
# capitalised like a first name, never a child's.
_COLUMN_WORD = re.compile(
    r"^\W*(rating|ratings|commentary|comments?|details?|notes?|evidence|status|score|level"
    r"|description|summary|actions?|mitigation|severity|likelihood|impact|outcome|response"
    r"|answer|information|concerns?|history|context|frequency|current|historic|plan"
    r"|management|strategy|strategies|triggers?|rag|grade|category|explanation|narrative)\W*$",
    re.I,
)


def column_word(text: str) -> bool:
    """A column's heading word ("Rating", "Commentary"), not a child's first name."""
    return bool(_COLUMN_WORD.match(text))
