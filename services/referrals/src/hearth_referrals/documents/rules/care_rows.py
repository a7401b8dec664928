"""Counting the care rows of a placement-history table the main history reader does not
recognise ("From | To | Where | Why it ended", rows dated by year only).

A row that says the child lived at home ("At home with mother") is not a placement; a
row of foster carers, a children's home or a kinship carer is, the current one included.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby

from hearth_contract.codes import PlacementType

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["care_rows", "no_history_row"]

_WHERE = re.compile(r"\b(placement|placed|where|carers?|provider|type|address|setting)\b", re.I)
_WHEN = re.compile(r"\b(from|dates?|start\w*|when|period|year)\b", re.I)
_ENDING = re.compile(r"\b(to|until|end\w*|reason\w*|why|moved?)\b", re.I)
_DATED = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}[/.-]\d{2,4}\b|\b(present|now|current|ongoing)\b", re.I
)
_HOME = re.compile(
    r"\b(at home|home with|with (his |her |their )?(birth )?(mum|mother|dad|father|parents?)"
    r"|birth family|family home)\b",
    re.I,
)
_CARE = re.compile(
    r"\b(foster\w*|carers?|residential|children'?s home|kinship|connected person|secure"
    r"|supported|ifa|in-house|semi-independent|special guardian)\b",
    re.I,
)
_TYPES = [
    (PlacementType.K1, r"secure"),
    (PlacementType.K3, r"supported|semi-independent"),
    (PlacementType.U3, r"kinship|connected person|relative"),
    (PlacementType.U6, r"foster"),
    (PlacementType.K2, r"residential|children'?s home"),
]


# "# | Placement", "No. | Placement history": a numbered list of placements, one a row.
_NUMBER_COLUMN = re.compile(r"^\W*(#|no\.?|number|item)?\W*$", re.I)
_PLACEMENT_COLUMN = re.compile(
    r"^\W*(previous )?(placements?|placement history|care history|carers|where (placed|lived))\W*$",
    re.I,
)


# A register's risk columns ("Missing from care | Violence to others | Fire setting") say
# "from", "to" and "setting" as a history's columns do: columns most of which are risks
# head a risk register, never a history.
_RISK_COLUMNS = 3


def _history_header(texts: list[str]) -> bool:
    header = " ".join(texts)
    if sum(bool(risk_terms(text)) for text in texts) >= _RISK_COLUMNS:
        return False
    if len(texts) == 2 and _NUMBER_COLUMN.match(texts[0]) and _PLACEMENT_COLUMN.match(texts[1]):
        return True
    return (
        len(texts) >= 3
        and bool(_WHERE.search(header))
        and bool(_WHEN.search(header))
        and bool(_ENDING.search(header))
    )


def _row(texts: list[str], reference: date) -> dict | None:
    joined = " | ".join(text for text in texts if text.strip())
    if not _DATED.search(joined) and not find_dates(joined, reference):
        return None  # "03 Mar 22 | 19 Sep 23 | Foster": dated in words, a two-figure year
    if _HOME.search(joined) and not _CARE.search(joined):
        return None  # the child lived at home then: not a placement
    where = next((text for text in texts if _CARE.search(text)), None)
    dates = [found.value for found in find_dates(joined, reference)]
    kind = next(
        (code for code, pattern in _TYPES if where and re.search(pattern, where, re.I)), None
    )
    return {
        "placement_type": kind,
        "description": (where or joined)[:200],
        "started_on": dates[0] if dates else None,
        "ended_on": dates[1] if len(dates) > 1 and dates[1] >= dates[0] else None,
        "reason_for_ending": None,
        "reason_detail": texts[-1][:2000] if texts[-1].strip() else None,
    }


# A chronology's columns: when, and what happened ("Date | Event").
_EVENT = re.compile(r"^(events?|what happened|details|description|entry|episode|action)$", re.I)
# An event that places the child somewhere: "Placed: foster care", "Moved to residential".
_PLACED = re.compile(
    r"\b(placed|placement (with|in|at|began|started|made)|moved (in )?(to|into|in with)"
    r"|accommodated (with|in|at|by)|became looked after)\b",
    re.I,
)


def _chronology_header(texts: list[str]) -> int | None:
    """The column of events in a chronology's header ("Date | Event"), or None."""
    cleaned = [text.strip(" :*") for text in texts]
    if not 2 <= len(cleaned) <= 4 or not any(_WHEN.fullmatch(text) for text in cleaned):
        return None
    return next((i for i, text in enumerate(cleaned) if _EVENT.match(text)), None)


def _tables(blocks: list[Block]) -> list[list[list[Block]]]:
    cells = [block for block in blocks if block.kind is BlockKind.CELL]
    return [
        [list(row) for _row_key, row in groupby(table, key=lambda b: b.location.row)]
        for _key, table in groupby(
            cells, key=lambda b: (b.location.attachment, b.location.page, b.location.table)
        )
    ]


def care_rows(blocks: list[Block], reference: date) -> tuple[list[dict], list[Block]]:
    """The care placements of every history table, and the blocks they were read from;
    in a chronology ("Date | Event"), the events that place the child in care."""
    rows_found: list[dict] = []
    where: list[Block] = []
    for rows in _tables(blocks):
        if len(rows) < 2:
            continue
        header = [cell.text for cell in rows[0]]
        event = _chronology_header(header)
        if event is None and not _history_header(header):
            continue
        for row in rows[1:]:
            texts = [cell.text for cell in row]
            said = texts[event] if event is not None and event < len(texts) else ""
            if event is not None and not (_PLACED.search(said) and _CARE.search(said)):
                continue  # a meeting, an assessment or an order: not a placement
            found = _row(texts, reference)
            if found is not None:
                rows_found.append(found)
                where.extend(row)
    return rows_found, where


_NO_HISTORY = re.compile(
    r"^\W*(none|nil|n/a)\b|not (been )?(previously )?looked after|never been (in care|looked"
    r" after)|not been in care|first (placement|time in care)",
    re.I,
)


def no_history_row(blocks: list[Block]) -> Block | None:
    """A placement-history table whose only answer is "None - not previously looked after":
    the child has had no placement before (an empty history, not a gap)."""
    for rows in _tables(blocks):
        if len(rows) < 2 or not _history_header([cell.text for cell in rows[0]]):
            continue
        filled = [row for row in rows[1:] if any(cell.text.strip() for cell in row)]
        if len(filled) == 1 and _NO_HISTORY.search(filled[0][0].text):
            return filled[0][0]
    return None
