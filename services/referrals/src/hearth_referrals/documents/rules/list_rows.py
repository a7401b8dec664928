"""Lists written one item a line under a heading: "Care history" over a placement a line,
"Family time" over a person a line.

A form typed as paragraphs pairs the heading with its first line only; the lines below
it, each another placement ("Foster carers, Beverley, 2022 - 2024") or another person
seen ("Mam - once a week at the contact centre"), are more rows of the same answer, as
long as each one looks like a row of that list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import BlockKind
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.history import family_time
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["list_rows_below"]

_YEAR_OR_DATE = re.compile(r"\b(19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}/\d{4}\b")
_PLACEMENT_WORD = re.compile(
    r"\b(foster|carers?|children'?s home|residential|kinship|connected person|special"
    r" guardian|semi[- ]independent|supported (lodgings|accommodation)|mother and baby"
    r"|parent and child|secure (unit|home|children's home)|respite|unit|hostel|placement"
    r"|adopt\w*|friends and family)\b",
    re.I,
)


def _placement_row(line: str) -> bool:
    """ "Foster carers, Pickering, 2020 - 2024": a kind of placement and when, in a line
    short enough to be a row, not a sentence."""
    line = line.strip()
    return (
        len(line.split()) <= 16
        and bool(_PLACEMENT_WORD.search(line))
        and bool(_YEAR_OR_DATE.search(line))
        and not re.search(r"[.!?]\s+\S", line)
    )


def _family_row(line: str) -> bool:
    """ "Nan - video call three times a week": one person and how often they are seen."""
    line = line.strip()
    if len(line.split()) > 20 or re.search(r"[.!?]\s+\S", line):
        return False
    found = family_time(line)
    return bool(found) and len(found) == 1 and bool(found[0].get("with_whom"))


_ROW = {"history": _placement_row, "placements_count": _placement_row, "family_time": _family_row}


def list_rows_below(answers: list[Answer]) -> list[Answer]:
    """The lines below a list's first row that are more of its rows, joined to it (one
    row a line), until a line that is not one."""
    kept: list[Answer] = []
    for answer in answers:
        previous = kept[-1] if kept else None
        row = _ROW.get(field_for(previous.label, previous.part) or "") if previous else None
        if (
            row is not None
            and not answer.label
            and not answer.options
            and answer.block.kind is BlockKind.PARAGRAPH
            and previous.part == answer.part
            and row(previous.value.splitlines()[-1] if previous.value.strip() else "")
            and row(answer.value)
        ):
            kept[-1] = replace(previous, value=f"{previous.value}\n{answer.value.strip()}")
            continue
        kept.append(answer)
    return kept
