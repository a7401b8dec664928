"""A checklist's flag column, taken out of its table before the table is read.

An Access to Resources team's quality check, an audit sheet or a tracker sets each item
beside a column that only says whether it was given ("Check item | Provided? | What the
referral says" over "Case ID | Y | LCS 1190473"). Read as it stands, the flag is the
item's answer ("Y") and the item looks answered when the flag says it was not ("Case ID |
N"). Without the column, each item stands beside what was given; an item flagged as not
given, with nothing after it, is answered "not provided" (a gap for the LA to fill), in
the reader's words, its evidence quoting the document's own flag. Rows of risks are left
as they are: there, a "Y" column is the risk's own answer; so are rows of questions ("Any
allergies? | Yes | Nuts"), which the "Yes" answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["without_flag_columns"]

# "Provided?", "Y/N", "Included?", "Received (Y/N)": a column saying whether an item was given.
_FLAG_HEADER = re.compile(
    r"^\W*(?:y\s*/\s*n|yes\s*/\s*no|[a-z]+(?: [a-z]+)?\s*\?(?:\s*\(?y\s*/\s*n\)?)?"
    r"|(?:provided|included|received|attached|evidenced|completed?|done|met|checked|given)"
    r"(?:\s*\(?y\s*/\s*n\)?)?)\W*$",
    re.IGNORECASE,
)
_FLAG = re.compile(
    r"^\W*(?:y|n|yes|no|n/?a|\u2713|\u2714|\u2717|\u2718|x|partly|part)?\W*$", re.IGNORECASE
)
_NOT_GIVEN = re.compile(r"^\W*(?:n|no|\u2717|\u2718|x)?\W*$", re.IGNORECASE)
_MIN_ROWS = 3


def _table_key(block: Block) -> tuple:
    where = block.location
    return (where.attachment, where.page, where.part, where.table)


def _row_key(block: Block) -> int | None:
    return block.location.row


def _flag_column(rows: list[list[Block]]) -> int | None:
    header = [cell.text.strip() for cell in rows[0]]
    if len(rows) < _MIN_ROWS or len(header) < 3:
        return None
    firsts = [row[0].text for row in rows[1:] if row[0].text.strip()]
    if firsts and 2 * sum(bool(risk_terms(text)) for text in firsts) >= len(firsts):
        return None  # rows of risks: a "Y" column is each risk's answer
    if firsts and 2 * sum(text.rstrip().endswith("?") for text in firsts) >= len(firsts):
        return None  # "Any allergies? | Yes | Nuts": questions, the "Yes" their answer
    flag = next(
        (
            index
            for index in range(1, len(header) - 1)
            if _FLAG_HEADER.match(header[index]) and not _FLAG_HEADER.match(header[index + 1])
        ),
        None,
    )
    body = [row for row in rows[1:] if len(row) > 1]
    if flag is None or not body:
        return None
    if not all(len(row) <= flag or _FLAG.match(row[flag].text) for row in body):
        return None
    given = sum(len(row) > flag + 1 and bool(row[flag + 1].text.strip()) for row in body)
    return flag if 2 * given >= len(body) else None  # else the flag is the answer


def _unflagged(row: list[Block], flag: int) -> list[Block]:
    if len(row) <= flag:
        return row
    given = row[flag + 1].text.strip() if len(row) > flag + 1 else ""
    if not given and _NOT_GIVEN.match(row[flag].text):
        return [*row[:flag], row[flag].reworded("not provided"), *row[flag + 2 :]]
    return row[:flag] + row[flag + 1 :] if len(row) > flag + 1 else row


def without_flag_columns(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each checklist table's flag column taken out (the module's docstring)."""
    if not any(block.kind is BlockKind.CELL for block in blocks):
        return blocks
    written: list[Block] = []
    for is_cell, run in groupby(blocks, key=lambda block: block.kind is BlockKind.CELL):
        run = list(run)
        if not is_cell:
            written.extend(run)
            continue
        for _key, table in groupby(run, key=_table_key):
            rows = [list(row) for _row, row in groupby(table, key=_row_key)]
            flag = _flag_column(rows)
            if flag is None:
                written.extend(cell for row in rows for cell in row)
                continue
            for row in rows:
                kept = _unflagged(row, flag)
                written.extend(
                    cell
                    if cell.location.cell is None or number == cell.location.cell
                    else _renumbered(cell, number)
                    for number, cell in enumerate(kept, start=1)
                )
    return written


def _renumbered(cell: Block, number: int) -> Block:
    return replace(cell, location=replace(cell.location, cell=number))
