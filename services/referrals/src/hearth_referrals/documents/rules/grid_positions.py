"""Reading a grid by where its cells stand: a header's empty corner, and detail columns.

A Word table leaves out a cell that is merged away or empty, so a row's list of cells
is not its columns: the reader gives each cell its column in the table's own grid, and
the rules here use it.

A header row whose corner cell is empty ("| Child 1 | Child 2" over "Name | Ellie | Jack")
starts one column to the right of its rows: the corner is put back, empty, so that each
child's name heads the child's own column.

A grid whose every answer column has a detail column beside it is read as one column each.

Per-child risk grids give each child two columns: the child's mark, and the detail of it
("Area | Amira | Detail | Yusuf | Detail"). Read column by column the detail columns are
children of their own, and a merged cell (a mark spanning its detail column when there
is no detail) moves every cell after it one column left. The grid is read here by where
each cell stands (its column in the table's own grid, as the reader gives it), and each
detail is put after the mark it explains ("▲ - hits his sisters"), so the grid has one
column per child again."""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import Block

__all__ = ["corner_put_back", "details_beside_columns"]

# A column that explains the one before it: "Detail", "Details", "Notes", "Comments",
# "Evidence", "What happened", "Why".
_DETAIL = re.compile(
    r"^\W*(?:details?|notes?|comments?|evidence|explanation|what happened|why|reason|info)"
    r"\W*$",
    re.I,
)
_MIN_PAIRS = 2


def _pairs(header: list[Block]) -> list[tuple[int, int]] | None:
    """The header's (answer column, detail column) pairs by grid position; None unless at
    least two answer columns each have a detail column right after them."""
    columns = [cell.location.cell for cell in header]
    if any(column is None for column in columns):
        return None
    texts = {cell.location.cell: cell.text for cell in header}
    pairs = [
        (column, column + 1)
        for column in columns[1:]
        if not _DETAIL.match(texts[column]) and _DETAIL.match(texts.get(column + 1, ""))
    ]
    details = sum(bool(_DETAIL.match(cell.text)) for cell in header)
    if len(pairs) < _MIN_PAIRS or len(pairs) != details:
        return None
    return pairs


def details_beside_columns(rows: list[list[Block]]) -> list[list[Block]]:
    """The table's rows with each detail column joined to the answer column before it and
    every cell in its grid column; the rows as they are when the header has no such
    pairs."""
    if not rows:
        return rows
    pairs = _pairs(rows[0])
    if pairs is None:
        return rows
    first = rows[0][0].location.cell
    joined: list[list[Block]] = []
    for row in rows:
        at = {cell.location.cell: cell for cell in row}
        lead = at.get(first)
        if lead is None:
            joined.append(row)
            continue
        cells = [lead]
        for answer, detail in pairs:
            mark = at.get(answer)
            explained = at.get(detail)
            words = [cell.text.strip() for cell in (mark, explained) if cell and cell.text.strip()]
            if row is rows[0]:
                words = words[:1]  # the header keeps the child's name
            base = mark or explained or replace(lead, text="")
            location = replace(base.location, cell=answer)
            cells.append(replace(base, text=" - ".join(words), location=location))
        joined.append(cells)
    return joined


def corner_put_back(rows: list[list[Block]]) -> list[list[Block]]:
    """The rows with an empty corner cell put back before a header row that starts one
    column right of the rows below it; the rows as they are otherwise."""
    if len(rows) < 2 or not rows[0] or any(not row for row in rows[1:]):
        return rows
    header = rows[0][0].location.cell
    below = {row[0].location.cell for row in rows[1:]}
    if header is None or len(below) != 1 or None in below or below.pop() != header - 1:
        return rows
    first = rows[0][0]
    corner = replace(first, text="", location=replace(first.location, cell=header - 1))
    return [[corner, *rows[0]], *rows[1:]]
